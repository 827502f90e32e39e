"""The softmax temperature, fitted on wording the model has never seen.

A temperature fitted on the dev set (same generator family as training, 99 %
accurate) sharpens the scores, and the model then says 0.99 about citizens'
free wording it gets wrong four times in ten, so nothing reaches the intake
queue.  The stream needs scores that mean something on *unfamiliar* wording.
So the temperature is cross-fitted: a second model is trained without a
reserved half of the training family's hand-written symptom phrases, and the
temperature is the one that best fits its probabilities on reports that
describe the problem with exactly those reserved phrases.  That probe is
drawn from the training family only; the held-out family "b" and the
hand-written reports play no part.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from gridcc.domain.taxonomy import MatterType
from simulators.text_phrases import material
from simulators.texts import compose
from streams.classifier.dataset import Example
from streams.classifier.fit import FitConfig, Weights, fit, fit_temperature, logits

PROBE_SEED = 20250604
PROBE_PER_TYPE = 3

Encode = Callable[[Sequence[Example]], tuple[Any, Any, np.ndarray[Any, np.dtype[np.int64]]]]


def reserved_phrases(types: Sequence[MatterType]) -> dict[str, tuple[str, ...]]:
    """Per type, every second family-a symptom phrase (types with at least two of them)."""
    out: dict[str, tuple[str, ...]] = {}
    for t in types:
        phrases = material(t).symptoms["a"]
        if len(phrases) >= 2:
            out[t.code] = phrases[1::2]
    return out


def probe_set(types: Sequence[MatterType], reserved: dict[str, tuple[str, ...]]) -> list[Example]:
    """Family-a reports whose description of the problem is one of the reserved phrases."""
    out: list[Example] = []
    for t in types:
        phrases = reserved.get(t.code)
        if not phrases:
            continue
        rng = random.Random(f"{PROBE_SEED}:{t.code}")
        found: set[str] = set()
        for _ in range(200):
            text = compose(t, rng, "a").text
            if any(p in text for p in phrases) and text not in found:
                found.add(text)
                if len(found) == PROBE_PER_TYPE:
                    break
        out.extend(Example(text, t.code) for text in sorted(found))
    return out


def temperature(
    train: Sequence[Example],
    dev: Sequence[Example],
    types: Sequence[MatterType],
    encode: Encode,
    config: FitConfig,
) -> tuple[float, int]:
    """(temperature, probe size): cross-fitted as the module docstring says."""
    reserved = reserved_phrases(types)
    probe = probe_set(types, reserved)
    if not probe:
        return 1.0, 0
    kept = [e for e in train if not any(p in e.text for p in reserved.get(e.code, ()))]
    x, k, y = encode(kept)
    xd, kd, yd = encode(dev)

    def dev_top1(w: Weights) -> float:
        return float((logits(w, xd, kd).argmax(axis=1) == yd).mean())

    weights, _ = fit(x, k, y, len(types), config, dev_top1)
    xp, kp, yp = encode(probe)
    return fit_temperature(logits(weights, xp, kp), yp), len(probe)
