"""A second look for events that have no report row: IoT alarms and camera detections.

A citizen report is committed to ``reports`` before it is published, and the
ingest relay later checks it against ``events`` (ingest/outbox.py).  Alarms from
the MQTT bridge and detections from vision went straight to the broker, so an
acknowledged record that never reached the stream (long benchmark runs on the
embedded broker lost a few, docs/benchmarks.md) was lost for good.  Their
writers now record each event here, one more statement per batch on the database
connection they already hold, before publishing it; the relay's second look deletes the ones the stream
stored and publishes the others again, ``outbox_max_republish`` times at most.
A row that had to be published again is kept once stored (``stored_at``): the
record of what the broker lost and the second look recovered, which the
benchmark reports.  The stream's sinks are idempotent by event id, so a late
original costs nothing.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import psycopg

from gridcc.domain.event import Event

log = logging.getLogger(__name__)

RECORD_SQL = (
    "INSERT INTO sent_events (event_id, occurred_at, grid_id, event) "
    "SELECT * FROM unnest(%s::text[], %s::timestamptz[], %s::text[], %s::jsonb[]) ON CONFLICT (event_id) DO NOTHING"
)

# Due rows are locked (several relays share the work), each checked against `events` in a one-minute window
# of its time (so a partitioned or hypertable `events` is pruned), the stored ones deleted (or, if they had to
# be sent again, marked stored), the others sent again or, after the last try, given up and kept for an
# operator to see.
_VERIFY_SQL = """
WITH due AS (
    SELECT event_id, occurred_at FROM sent_events
    WHERE given_up_at IS NULL AND stored_at IS NULL AND sent_at < now() - make_interval(secs => %(after)s)
    ORDER BY sent_at LIMIT %(limit)s FOR UPDATE SKIP LOCKED),
checked AS (
    SELECT d.event_id, EXISTS (
        SELECT 1 FROM events e WHERE e.event_id = d.event_id
        AND e.occurred_at BETWEEN d.occurred_at - interval '1 minute' AND d.occurred_at + interval '1 minute'
    ) AS stored FROM due d),
gone AS (
    DELETE FROM sent_events s USING checked c WHERE s.event_id = c.event_id AND c.stored AND s.republished = 0
    RETURNING s.event_id),
recovered AS (
    UPDATE sent_events s SET stored_at = now() FROM checked c
    WHERE s.event_id = c.event_id AND c.stored AND s.republished > 0 RETURNING s.event_id),
again AS (
    UPDATE sent_events s SET
        republished = s.republished + 1,
        sent_at = now(),
        given_up_at = CASE WHEN s.republished + 1 >= %(max)s THEN now() END
    FROM checked c WHERE s.event_id = c.event_id AND NOT c.stored
    RETURNING s.event_id, s.grid_id, s.event, s.republished::int)
SELECT event_id, grid_id, event, republished FROM again
UNION ALL SELECT NULL, NULL, NULL, (SELECT count(*) FROM gone)::int + (SELECT count(*) FROM recovered)::int
"""


def record_params(events: Sequence[Event]) -> tuple[list[str], list[Any], list[str], list[str]]:
    return (
        [e.event_id for e in events],
        [e.occurred_at for e in events],
        [e.grid_id or "" for e in events],
        [e.model_dump_json() for e in events],
    )


async def record(conn: psycopg.AsyncConnection, events: Sequence[Event]) -> None:
    """Remember events about to be published; one statement whatever their number."""
    if events:
        await conn.execute(RECORD_SQL, record_params(events))


@dataclass
class Recheck:
    """The outcome of one look: how many were stored, the events to publish again (grid id, JSON), given up."""

    stored: int = 0
    again: list[tuple[str, bytes]] = field(default_factory=list)
    given_up: list[str] = field(default_factory=list)

    @property
    def looked(self) -> int:
        return self.stored + len(self.again) + len(self.given_up)


async def recheck(conn: psycopg.AsyncConnection, after_s: float, max_republish: int, limit: int = 5000) -> Recheck:
    """Look once at events sent ``after_s`` ago or more; run it in a transaction (the rows are locked)."""
    cur = await conn.execute(_VERIFY_SQL, {"after": after_s, "max": max_republish, "limit": limit})
    out = Recheck()
    for event_id, grid_id, event, republished in await cur.fetchall():
        if event_id is None:  # the last row: how many were found stored
            out.stored = republished
        elif republished >= max_republish:
            out.given_up.append(event_id)
            log.error("event %s was published %d times and never stored by the stream; given up", event_id, republished)
        else:
            out.again.append((grid_id, json.dumps(event).encode()))
            log.warning("event %s was acknowledged by the broker but never stored; publishing it again", event_id)
    return out
