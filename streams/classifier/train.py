"""``python -m streams.classifier.train``: rebuild the data sets, train, evaluate, write the report.

One command so that the shipped model, its data and ``docs/classification.md``
can never disagree: every figure in the document comes from the run that
wrote the model file next to it.  ``--types N`` trains on N types spread over
the taxonomy into a scratch directory (the test suite runs the whole pipeline
that way in seconds).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from gridcc.domain.event import Source
from gridcc.domain.taxonomy import MatterType, Taxonomy, load_taxonomy
from gridcc.settings import Settings
from streams.classifier import calibrate, evaluate
from streams.classifier.dataset import DATA_DIR, Example, Sets, build, read_jsonl, write_jsonl
from streams.classifier.features import Featurizer, KeywordIndex, build_vocabulary
from streams.classifier.fit import FitConfig, Weights, fit, logits
from streams.classifier.keyword import KeywordClassifier
from streams.classifier.model import load, save
from streams.classifier.report import Results, render

log = logging.getLogger(__name__)
DOCS = Path(__file__).resolve().parents[2] / "docs" / "classification.md"
MIN_DF = 3


def pick_types(taxonomy: Taxonomy, limit: int | None) -> tuple[MatterType, ...]:
    """All citizen-reportable types, or ``limit`` of them evenly spread over the code list."""
    types = taxonomy.reportable_by(Source.CITIZEN)
    if limit is None or limit >= len(types):
        return types
    step = len(types) / limit
    return tuple(types[int(i * step)] for i in range(limit))


def _data(types: Sequence[MatterType], out: Path, reuse: bool) -> Sets:
    paths = out / "train.jsonl.gz", out / "dev.jsonl.gz", out / "heldout.jsonl"
    if reuse:
        train, dev, heldout = (read_jsonl(p) for p in paths)
        return Sets(train, dev, heldout, 0)
    sets = build(types)
    write_jsonl(paths[0], sets.train)
    write_jsonl(paths[1], sets.dev)
    write_jsonl(paths[2], sets.heldout, with_origin=True)
    return sets


def _train(sets: Sets, types: Sequence[MatterType], config: FitConfig) -> tuple[Any, ...]:
    words = [(t.name_zh, *t.keywords) for t in types]
    vocab, idf = build_vocabulary((e.text for e in sets.train), MIN_DF, always=(w for ws in words for w in ws))
    featurizer, keywords = Featurizer(vocab, idf), KeywordIndex.build(words)
    index = {t.code: i for i, t in enumerate(types)}

    def xy(examples: Sequence[Example]) -> tuple[Any, Any, np.ndarray[Any, np.dtype[np.int64]]]:
        texts = [e.text for e in examples]
        return featurizer.transform(texts), keywords.transform(texts), np.array([index[e.code] for e in examples])

    x, k, y = xy(sets.train)
    xd, kd, yd = xy(sets.dev)

    def dev_top1(w: Weights) -> float:
        return float((logits(w, xd, kd).argmax(axis=1) == yd).mean())

    weights, history = fit(x, k, y, len(types), config, dev_top1)
    weights.temperature, probe = calibrate.temperature(sets.train, sets.dev, types, xy, config)
    return vocab, idf, keywords, weights, history, probe


def run(
    out: Path = DATA_DIR,
    docs: Path | None = DOCS,
    limit: int | None = None,
    reuse: bool = False,
    config: FitConfig | None = None,
) -> Results:
    """The whole pipeline; returns the figures (and writes data, model and, with ``docs``, the report)."""
    started = time.perf_counter()
    config = config or FitConfig()
    taxonomy = load_taxonomy()
    types = pick_types(taxonomy, limit)
    sets = _data(types, out, reuse)
    vocab, idf, keywords, weights, history, probe = _train(sets, types, config)
    model_path = out / "model.npz"
    kw_list, kw_ptr, kw_types = keywords.arrays()
    save(model_path, vocab, idf, weights, [t.code for t in types], kw_list, kw_ptr, kw_types, types=len(types))
    t0 = time.perf_counter()
    model = load(model_path)
    load_seconds = time.perf_counter() - t0

    baseline = KeywordClassifier(taxonomy, frozenset({Source.CITIZEN.value}))
    groups = {
        "generated": [e for e in sets.heldout if e.origin == "generated"],
        "handwritten": [e for e in sets.heldout if e.origin.startswith("handwritten")],
        "blind": [e for e in sets.heldout if e.origin == "handwritten-blind"],
        "all": sets.heldout,
        "dev": sets.dev,
    }
    threshold = Settings().streams.min_confidence
    preds = {g: model.predict([e.text for e in ex]) for g, ex in groups.items()}
    base = {g: baseline.predict([e.text for e in ex]) for g, ex in groups.items() if g != "dev"}
    true = {g: [e.code for e in ex] for g, ex in groups.items()}
    texts = [e.text for e in sets.heldout]
    results = Results(
        n_types=len(types),
        n_train=len(sets.train),
        n_dev=len(sets.dev),
        n_generated=len(groups["generated"]),
        n_handwritten=len(groups["handwritten"]),
        n_blind=len(groups["blind"]),
        dropped_overlap=sets.dropped_overlap,
        vocab=len(vocab),
        keywords=len(kw_list),
        dim=config.dim,
        epochs=config.epochs,
        best_epoch=history.best_epoch,
        dev_top1=history.dev_top1,
        alpha=weights.alpha,
        temperature=weights.temperature,
        probe=probe,
        fit_seconds=history.seconds,
        total_seconds=0.0,
        model_mb=model_path.stat().st_size / 1e6,
        data_mb=sum((out / f).stat().st_size for f in ("train.jsonl.gz", "dev.jsonl.gz", "heldout.jsonl")) / 1e6,
        load_seconds=load_seconds,
        ms_per_text=evaluate.per_text_ms(model, texts),
        baseline_ms_per_text=evaluate.per_text_ms(baseline, texts[:1000], repeats=1),
        threshold=threshold,
        model={g: evaluate.score(true[g], p, threshold) for g, p in preds.items()},
        baseline={g: evaluate.score(true[g], p, threshold) for g, p in base.items()},
        confused=evaluate.confused_pairs(true["generated"], preds["generated"]),
        confused_hand=evaluate.confused_pairs(true["handwritten"], preds["handwritten"], k=200),
        domains=evaluate.per_domain(true["generated"], preds["generated"], taxonomy),
        same_domain=evaluate.same_domain_share(true["generated"], preds["generated"], taxonomy),
        calibration={g: evaluate.calibration(true[g], preds[g]) for g in ("generated", "handwritten")},
    )
    results.total_seconds = time.perf_counter() - started
    if docs is not None:
        docs.write_text(render(results, taxonomy), encoding="utf-8")
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m streams.classifier.train", description=__doc__)
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="where data files and model.npz go")
    parser.add_argument("--docs", type=Path, default=DOCS, help="report path ('-' for none)")
    parser.add_argument("--types", type=int, default=None, help="train on only this many types (quick check)")
    parser.add_argument("--reuse-data", action="store_true", help="train on the data files already in --out")
    parser.add_argument("--epochs", type=int, default=FitConfig().epochs)
    parser.add_argument("--dim", type=int, default=FitConfig().dim)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    docs = None if str(args.docs) == "-" else args.docs
    r = run(args.out, docs, args.types, args.reuse_data, FitConfig(dim=args.dim, epochs=args.epochs))
    for key in ("generated", "handwritten", "blind", "all"):
        m, b = r.model[key], r.baseline[key]
        if m.n:
            print(
                f"{key:12s} n={m.n:5d}  top-1 {m.top1:.3f}  top-3 {m.top3:.3f}  low-confidence {m.low_rate:.3f}"
                f"  top-1 above threshold {m.above_top1:.3f}  | keyword baseline top-1 {b.top1:.3f} top-3 {b.top3:.3f}"
            )
    print(
        f"model {r.model_mb:.1f} MB, load {r.load_seconds:.2f} s, {r.ms_per_text:.3f} ms/text,"
        f" training {r.fit_seconds:.0f} s, total {r.total_seconds:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
