"""Text classification of citizens' reports into the 1412 matter types.

Every classifier answers the same question for a batch of texts: the best
matter type, its score in [0, 1], and the top three, so the stream can route a
low score to the human intake queue instead of guessing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Candidate:
    code: str
    score: float


@dataclass(frozen=True, slots=True)
class Prediction:
    code: str
    score: float
    top3: tuple[Candidate, ...]


class TextClassifier(Protocol):
    def predict(self, texts: Sequence[str]) -> list[Prediction]: ...
