"""One batch of raw events: validate, locate, classify, then hand over to the case store.

Per-message Python work is what limits faust on two cores, so everything here
works on a whole batch: one parse loop, one classifier call, one database
transaction.  Pure apart from the store it is given, so tests drive
:meth:`Processor.step` directly.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from pydantic import ValidationError

from gridcc.domain.event import Event, EventKind, Source
from gridcc.domain.geo import Geography
from gridcc.domain.taxonomy import Taxonomy
from streams.classifier import Prediction, TextClassifier


@dataclass(frozen=True, slots=True)
class Located:
    """A valid event, placed on a grid and given a matter type (or sent to intake)."""

    event: Event
    grid_id: str
    grid_index: int
    matter_code: str | None
    domain: str | None
    score: float | None
    candidates: tuple[tuple[str, float], ...] = ()

    @property
    def needs_intake(self) -> bool:
        return self.matter_code is None


@dataclass
class BatchOutcome:
    located: list[Located] = field(default_factory=list)
    dead: list[tuple[bytes, str]] = field(default_factory=list)


class Processor:
    def __init__(
        self, taxonomy: Taxonomy, geography: Geography, classifier: TextClassifier, min_confidence: float
    ) -> None:
        self.taxonomy = taxonomy
        self.geo = geography
        self.classifier = classifier
        self.min_confidence = min_confidence

    def step(self, raws: Sequence[bytes]) -> BatchOutcome:
        out = BatchOutcome()
        parsed: list[tuple[Event, int]] = []
        for raw in raws:
            try:
                event = Event.model_validate_json(raw)
            except ValidationError as exc:
                kind = "not JSON: " if exc.errors()[0]["type"] == "json_invalid" else "invalid event: "
                out.dead.append((raw, kind + _short(exc)))
                continue
            except (ValueError, UnicodeDecodeError) as exc:
                out.dead.append((raw, f"not JSON: {exc}"))
                continue
            index = self.geo.locate_index(event.lat, event.lon)
            if index < 0:
                out.dead.append((raw, f"outside the district: lat={event.lat} lon={event.lon}"))
                continue
            if event.matter_code is not None and event.matter_code not in self.taxonomy:
                out.dead.append((raw, f"unknown matter code {event.matter_code!r}"))
                continue
            if event.matter_code is None and not (event.text and event.text.strip()):
                out.dead.append((raw, "no matter code and no text to classify"))
                continue
            parsed.append((event, index))

        to_classify = [i for i, (e, _) in enumerate(parsed) if e.matter_code is None]
        predictions: dict[int, Prediction] = {}
        if to_classify:
            texts = [parsed[i][0].text or "" for i in to_classify]
            predictions = dict(zip(to_classify, self.classifier.predict(texts), strict=True))

        for i, (event, index) in enumerate(parsed):
            grid_id = self.geo.grids[index].grid_id
            code, score, cands = event.matter_code, None, ()
            if i in predictions:
                p = predictions[i]
                cands = tuple((c.code, c.score) for c in p.top3)
                score = p.score
                code = p.code if p.code and p.score >= self.min_confidence else None
            domain = self.taxonomy.get(code).domain if code else None
            out.located.append(Located(event, grid_id, index, code, domain, score, cands))
        return out


def _short(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in exc.errors()[:3])


def dead_letter(raw: bytes, reason: str, stage: str) -> bytes:
    """The dead-letter record: the reason, where it failed, and the payload as text."""
    return json.dumps(
        {
            "stage": stage,
            "reason": reason,
            "at": datetime.now(UTC).isoformat(),
            "payload": raw.decode("utf-8", errors="replace")[:10_000],
        },
        ensure_ascii=False,
    ).encode()


def is_case_bound(loc: Located) -> bool:
    """Clearings only record that a sensor recovered; everything else opens or joins a case."""
    return loc.matter_code is not None and loc.event.kind is not EventKind.CLEAR


__all__ = ["BatchOutcome", "Located", "Processor", "Source", "dead_letter", "is_case_bound"]
