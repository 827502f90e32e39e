"""The trained text model: load the shipped arrays and classify batches of citizens' texts.

``data/model.npz`` holds plain arrays only (n-gram vocabulary, idf, the
factorised weights of ``fit.py``, the type codes, a JSON metadata string), so
it is read with ``allow_pickle=False``: loading a model file cannot run code,
and it loads in well under a second.  ``load_trained`` is what
``streams.classifier.loader`` asks for; it answers None (and the stream falls
back to keyword matching) when the file is missing, unreadable, or names a
type the running taxonomy does not have.

Scores are temperature-scaled softmax probabilities over all
citizen-reportable types, so they sum to one across types and the stream's
``min_confidence`` threshold (0.35) can be read as "less than a one-in-three
chance of being right goes to a person" (the calibration table in
``docs/classification.md`` shows how well that holds).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from gridcc.domain.taxonomy import Taxonomy
from streams.classifier import Candidate, Prediction
from streams.classifier.features import Featurizer, KeywordIndex
from streams.classifier.fit import Array, Weights, logits, softmax

log = logging.getLogger(__name__)

MODEL_FILE = Path(__file__).with_name("data") / "model.npz"
FORMAT = 1


class NgramModel:
    """A ``TextClassifier``: character n-grams, factorised softmax, top three with probabilities."""

    def __init__(
        self,
        featurizer: Featurizer,
        keywords: KeywordIndex,
        weights: Weights,
        codes: Sequence[str],
        meta: dict[str, Any],
    ) -> None:
        self.featurizer = featurizer
        self.keywords = keywords
        self.weights = weights
        self.codes = tuple(codes)
        self.meta = meta

    def probabilities(self, texts: Sequence[str]) -> Array:
        """Texts x types matrix of probabilities (rows sum to one)."""
        z = logits(self.weights, self.featurizer.transform(texts), self.keywords.transform(texts))
        return softmax(z / np.float32(self.weights.temperature))

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        if not texts:
            return []
        p = self.probabilities(texts)
        k = min(3, p.shape[1])
        top = np.argpartition(-p, k - 1, axis=1)[:, :k]
        rows = np.arange(len(texts))[:, None]
        order = np.argsort(-p[rows, top], axis=1, kind="stable")
        top = top[rows, order]
        scores = p[rows, top].tolist()
        out = []
        for ids, ss in zip(top.tolist(), scores, strict=True):
            cands = tuple(Candidate(self.codes[i], float(s)) for i, s in zip(ids, ss, strict=True))
            out.append(Prediction(cands[0].code, cands[0].score, cands))
        return out


def save(
    path: Path,
    vocab: Sequence[str],
    idf: Array,
    w: Weights,
    codes: Sequence[str],
    keywords: Sequence[str],
    keyword_ptr: Sequence[int],
    keyword_types: Sequence[int],
    **meta: Any,
) -> None:
    """Write the model file: float16 embeddings (half the size, no measurable accuracy change)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        np.savez_compressed(
            fh,
            format=np.array(FORMAT),
            vocab=np.array(vocab),
            idf=idf.astype(np.float32),
            E=w.E.astype(np.float16),
            U=w.U.astype(np.float32),
            b=w.b.astype(np.float32),
            alpha=np.array(w.alpha, np.float32),
            temperature=np.array(w.temperature, np.float32),
            keywords=np.array(keywords),
            keyword_ptr=np.array(keyword_ptr, np.int32),
            keyword_types=np.array(keyword_types, np.int32),
            codes=np.array(codes),
            meta=np.array(json.dumps(meta, ensure_ascii=False, sort_keys=True)),
        )


def load(path: Path = MODEL_FILE) -> NgramModel:
    """Read a model file written by ``save``; raises ValueError on a file of another format."""
    with np.load(path, allow_pickle=False) as z:
        if int(z["format"]) != FORMAT:
            raise ValueError(f"{path}: model format {int(z['format'])}, this code reads {FORMAT}")
        vocab = z["vocab"].tolist()
        weights = Weights(
            E=z["E"].astype(np.float32),
            U=z["U"].astype(np.float32),
            b=z["b"].astype(np.float32),
            alpha=float(z["alpha"]),
            temperature=float(z["temperature"]),
        )
        codes = z["codes"].tolist()
        meta = json.loads(str(z["meta"]))
        featurizer = Featurizer(vocab, z["idf"])
        keywords = KeywordIndex(
            z["keywords"].tolist(), z["keyword_ptr"].tolist(), z["keyword_types"].tolist(), len(codes)
        )
    return NgramModel(featurizer, keywords, weights, codes, meta)


def load_trained(taxonomy: Taxonomy, path: Path = MODEL_FILE) -> NgramModel | None:
    """The shipped model, or None when there is none usable with this taxonomy."""
    if not path.exists():
        return None
    try:
        model = load(path)
    except (OSError, ValueError, KeyError) as exc:
        log.warning("text model %s unreadable (%s): not used", path, exc)
        return None
    unknown = [c for c in model.codes if c not in taxonomy]
    if unknown:
        log.warning("text model knows %d codes the taxonomy lacks (%s...): not used", len(unknown), unknown[:3])
        return None
    return model
