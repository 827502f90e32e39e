"""The one ``Event`` every source is converted into at the edge.

A citizen's report, an IoT alarm and a video detection look nothing alike on
the wire; the adapters in ``ingest/`` and ``vision/`` turn each into an
``Event`` so the stream, dispatch and storage code only ever sees this type.

Example::

    >>> from datetime import UTC, datetime
    >>> e = Event(event_id="r-1", source=Source.CITIZEN, occurred_at=datetime(2026, 1, 5, tzinfo=UTC),
    ...           lat=23.02, lon=113.11, text="路口井盖不见了")
    >>> e.source.value
    'citizen'
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Source(StrEnum):
    """Where an event came from; the heat-map filters on it."""

    CITIZEN = "citizen"
    IOT = "iot"
    VIDEO = "video"


class EventKind(StrEnum):
    """An alarm opens or feeds a case; a clearing only records that a sensor recovered."""

    REPORT = "report"
    ALARM = "alarm"
    CLEAR = "clear"


class Event(BaseModel):
    """One observation of a problem somewhere in the district."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    event_id: str = Field(min_length=1, max_length=64, description="Globally unique; sinks dedupe on it")
    source: Source
    kind: EventKind = EventKind.REPORT
    occurred_at: datetime = Field(description="When it happened (tz-aware)")
    received_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    grid_id: str | None = Field(None, description="Set at the edge when known; the Kafka key")
    text: str | None = Field(None, max_length=500, description="Citizen's free text (Chinese)")
    matter_code: str | None = Field(None, description="Set by rule for IoT/video; by the classifier otherwise")
    component_code: str | None = Field(None, pattern=r"^\d{16}$")
    camera_id: str | None = None
    reporter: str | None = Field(None, max_length=128, description="Hashed device token of a citizen")
    photo_ref: str | None = Field(None, max_length=256, description="Where the photo/thumbnail is stored")
    attrs: dict[str, Any] = Field(default_factory=dict)

    @field_validator("occurred_at", "received_at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("timestamps must carry a timezone")
        return value
