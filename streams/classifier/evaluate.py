"""Figures for the evaluation report: accuracy, confusions, per-domain accuracy, calibration, speed.

Every function takes the true codes and the classifier's ``Prediction``s, so
the trained model and the keyword baseline are measured by the same code.
"""

from __future__ import annotations

import itertools
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from gridcc.domain.taxonomy import Taxonomy
from streams.classifier import Prediction, TextClassifier


@dataclass(frozen=True, slots=True)
class Scores:
    """Accuracy on one set, and what the ``min_confidence`` threshold does to it."""

    n: int
    top1: float
    top3: float
    low_rate: float  # share of reports scored below the threshold (sent to the human intake queue)
    above_top1: float  # top-1 accuracy of the reports the stream would classify automatically
    no_answer: float  # share with no prediction at all (keyword baseline: no keyword found)


def _hit3(code: str, p: Prediction) -> bool:
    return any(c.code == code for c in p.top3)


def score(true: Sequence[str], preds: Sequence[Prediction], threshold: float) -> Scores:
    """Top-1/top-3 accuracy and the threshold's effect on one labelled set."""
    n = len(true)
    if n == 0:
        return Scores(0, 0.0, 0.0, 0.0, 0.0, 0.0)
    right = [p.code == t for t, p in zip(true, preds, strict=True)]
    above = [r for r, p in zip(right, preds, strict=True) if p.code and p.score >= threshold]
    return Scores(
        n=n,
        top1=sum(right) / n,
        top3=sum(_hit3(t, p) for t, p in zip(true, preds, strict=True)) / n,
        low_rate=1 - len(above) / n,
        above_top1=sum(above) / len(above) if above else 0.0,
        no_answer=sum(not p.code for p in preds) / n,
    )


def confused_pairs(true: Sequence[str], preds: Sequence[Prediction], k: int = 15) -> list[tuple[str, str, int]]:
    """The most frequent (true, predicted) mistakes, most frequent first."""
    counts = Counter((t, p.code) for t, p in zip(true, preds, strict=True) if p.code != t)
    return [(t, p, c) for (t, p), c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]


def per_domain(true: Sequence[str], preds: Sequence[Prediction], taxonomy: Taxonomy) -> list[tuple[str, int, float]]:
    """(domain, reports, top-1) for every domain present, worst first."""
    n: Counter[str] = Counter()
    ok: Counter[str] = Counter()
    for t, p in zip(true, preds, strict=True):
        d = taxonomy.get(t).domain
        n[d] += 1
        ok[d] += p.code == t
    return sorted(((d, n[d], ok[d] / n[d]) for d in n), key=lambda r: (r[2], r[0]))


def same_domain_share(true: Sequence[str], preds: Sequence[Prediction], taxonomy: Taxonomy) -> float:
    """Of the wrong answers, how many at least name a type of the right domain (same department pool)."""
    wrong = [(t, p.code) for t, p in zip(true, preds, strict=True) if p.code and p.code != t]
    if not wrong:
        return 0.0
    return sum(taxonomy.get(t).domain == taxonomy.get(c).domain for t, c in wrong) / len(wrong)


def calibration(
    true: Sequence[str], preds: Sequence[Prediction], edges: Sequence[float] = (0.0, 0.2, 0.35, 0.5, 0.7, 0.9, 1.0001)
) -> list[tuple[float, float, int, float, float]]:
    """(low, high, reports, mean score, accuracy) per score band: calibrated scores have mean ~= accuracy."""
    rows = []
    for lo, hi in itertools.pairwise(edges):
        band = [(p.score, p.code == t) for t, p in zip(true, preds, strict=True) if lo <= p.score < hi]
        if band:
            rows.append(
                (lo, min(hi, 1.0), len(band), sum(s for s, _ in band) / len(band), sum(r for _, r in band) / len(band))
            )
    return rows


def per_text_ms(model: TextClassifier, texts: Sequence[str], batch: int = 500, repeats: int = 3) -> float:
    """Best-of-``repeats`` wall time per text, classifying in the stream's batch size."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        for i in range(0, len(texts), batch):
            model.predict(texts[i : i + batch])
        best = min(best, (time.perf_counter() - started) / max(len(texts), 1))
    return best * 1000
