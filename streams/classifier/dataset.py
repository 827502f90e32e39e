"""The labelled sets the text model is trained, tuned and judged on.

* ``train``: generated reports in text family "a" (``simulators/texts.py``),
  ``TRAIN_PER_TYPE`` per citizen-reportable type.
* ``dev``: more family "a" reports from another seed; picks the epoch and the
  softmax temperature, never the held-out set.
* ``heldout``: generated reports in family "b" (disjoint sentence shapes,
  glue words, place names, typo tables and hand-written symptom phrases) from
  a third seed, minus any text that also occurs in training, plus the
  hand-written reports of ``data/handwritten.jsonl`` (written by a person,
  never produced by the generator, never trained on).

Every type gets its own ``random.Random`` seeded with the set's seed and the
type's code, so the sets are deterministic and adding a type to the taxonomy
does not reshuffle the others.
"""

from __future__ import annotations

import gzip
import io
import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from gridcc.domain.taxonomy import MatterType
from simulators.texts import compose

DATA_DIR = Path(__file__).with_name("data")
TRAIN_SEED, DEV_SEED, HELDOUT_SEED = 20250601, 20250602, 20250603
TRAIN_PER_TYPE, DEV_PER_TYPE, HELDOUT_PER_TYPE = 40, 3, 2
TRAIN_TYPO_RATE = 0.2  # a little above the live rate: typos are augmentation for training
HELDOUT_TYPO_RATE = 0.15  # the live simulator's rate


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled report; ``origin`` is generated, handwritten or handwritten-blind (the second batch)."""

    text: str
    code: str
    origin: str = "generated"


def generate(types: Sequence[MatterType], per_type: int, family: str, seed: int, typo_rate: float) -> list[Example]:
    """``per_type`` distinct reports for every type, in one text family."""
    out: list[Example] = []
    for t in types:
        rng = random.Random(f"{seed}:{t.code}")
        seen: set[str] = set()
        for _ in range(per_type * 5):  # distinct texts; short shapes repeat now and then
            text = compose(t, rng, family, typo_rate).text
            if text not in seen:
                seen.add(text)
                out.append(Example(text, t.code))
            if len(seen) == per_type:
                break
    return out


def handwritten(path: Path = DATA_DIR / "handwritten.jsonl", codes: Iterable[str] | None = None) -> list[Example]:
    """The hand-written reports, optionally only those labelled with one of ``codes``."""
    keep = set(codes) if codes is not None else None
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [
        Example(r["text"], r["code"], "handwritten-blind" if r.get("blind") else "handwritten")
        for r in rows
        if keep is None or r["code"] in keep
    ]


@dataclass(frozen=True, slots=True)
class Sets:
    train: list[Example]
    dev: list[Example]
    heldout: list[Example]
    dropped_overlap: int  # generated held-out texts removed because training has the same text


def build(types: Sequence[MatterType], train_per_type: int = TRAIN_PER_TYPE) -> Sets:
    """All three sets for ``types`` (the full citizen-reportable list, or a few for a quick test)."""
    train = generate(types, train_per_type, "a", TRAIN_SEED, TRAIN_TYPO_RATE)
    dev = generate(types, DEV_PER_TYPE, "a", DEV_SEED, TRAIN_TYPO_RATE)
    generated = generate(types, HELDOUT_PER_TYPE, "b", HELDOUT_SEED, HELDOUT_TYPO_RATE)
    train_texts = {e.text for e in train}
    kept = [e for e in generated if e.text not in train_texts]
    heldout = kept + handwritten(codes={t.code for t in types})
    return Sets(train, dev, heldout, len(generated) - len(kept))


def write_jsonl(path: Path, examples: Iterable[Example], with_origin: bool = False) -> None:
    """JSON lines; ``.gz`` paths are gzipped with a fixed timestamp so rebuilds are byte-identical."""
    lines = []
    for e in examples:
        row = {"text": e.text, "code": e.code, **({"origin": e.origin} if with_origin else {})}
        lines.append(json.dumps(row, ensure_ascii=False))
    payload = ("\n".join(lines) + "\n").encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".gz":
        buf = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
            gz.write(payload)
        payload = buf.getvalue()
    path.write_bytes(payload)


def read_jsonl(path: Path) -> list[Example]:
    """Examples written by ``write_jsonl`` (gzipped or not)."""
    raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    return [Example(r["text"], r["code"], r.get("origin", "generated")) for r in rows]
