"""Keyword matching against the taxonomy's keywords and synonyms.

The fallback when no trained model file is present, and a baseline the
trained model is measured against: each type scores the summed length of its
keywords found in the text, normalised over the candidates.
"""

from __future__ import annotations

from collections.abc import Sequence

from gridcc.domain.taxonomy import Taxonomy
from streams.classifier import Candidate, Prediction


class KeywordClassifier:
    def __init__(self, taxonomy: Taxonomy, sources: frozenset[str] | None = None) -> None:
        self._keywords: list[tuple[str, str]] = []
        for t in taxonomy:
            if sources is not None and not (set(t.sources) & sources):
                continue
            for kw in {t.name_zh, *t.keywords}:
                self._keywords.append((kw, t.code))

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        out = []
        for text in texts:
            scores: dict[str, float] = {}
            for kw, code in self._keywords:
                if kw in text:
                    scores[code] = scores.get(code, 0.0) + len(kw) ** 2
            if not scores:
                out.append(Prediction("", 0.0, ()))
                continue
            total = sum(scores.values())
            ranked = sorted(scores.items(), key=lambda kv: -kv[1])[:3]
            top3 = tuple(Candidate(c, s / total) for c, s in ranked)
            out.append(Prediction(top3[0].code, top3[0].score, top3))
        return out
