"""Persisting a located batch and merging it into cases, in one transaction.

Delivery is at-least-once (a killed worker's batch comes again), so the
``events`` insert is the idempotency gate: only events that were not already
stored open or join cases; replayed ones just re-announce their case so the
dispatch engine (itself idempotent) still hears of it.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import psycopg

from gridcc.domain.audit import Transition
from gridcc.domain.taxonomy import Taxonomy
from gridcc.domain.workflow import OPEN, CaseStatus
from gridcc.runtime import audit_store
from streams.merge import Incoming, OpenCase, plan, search_box
from streams.processor import Located, is_case_bound

# Inlined as literals, not bound: a prepared statement's generic plan cannot prove that ``status = ANY($1)``
# implies the partial index ``cases_open_near``'s predicate and scans every case ever opened instead.
_OPEN_SQL = "(" + ", ".join(f"'{s.value}'" for s in sorted(OPEN)) + ")"
_EVENT_COLS = (
    "event_id",
    "occurred_at",
    "received_at",
    "source",
    "kind",
    "matter_code",
    "domain",
    "grid_id",
    "lat",
    "lon",
    "score",
    "component_code",
    "camera_id",
    "text",
)
# The SQL type of each of _EVENT_COLS, for the arrays they are inserted from.
_EVENT_TYPES = ("text", "timestamptz", "timestamptz", "text", "text", "text", "text")
_EVENT_TYPES += ("text", "float8", "float8", "float4", "text", "text", "text")


@dataclass(frozen=True, slots=True)
class CaseNotice:
    """What the dispatch engine is told: a case to (re)consider."""

    case_id: str
    grid_id: str
    matter_code: str
    opened: bool

    def to_json(self) -> bytes:
        return json.dumps(
            {"case_id": self.case_id, "grid_id": self.grid_id, "matter_code": self.matter_code, "opened": self.opened}
        ).encode()


def case_id_for(first_event_id: str) -> str:
    """Deterministic, so a replayed first event can never open a second case."""
    return "C" + hashlib.blake2b(first_event_id.encode(), digest_size=8).hexdigest().upper()


def _priority_sql() -> str:
    # More reporters and more kinds of source mean more certainty and more urgency.
    return (
        "greatest(1, base_priority - CASE WHEN reporter_count >= 10 THEN 2 "
        "WHEN reporter_count >= 3 OR cardinality(sources) >= 2 THEN 1 ELSE 0 END)"
    )


class CaseStore:
    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy

    def _limits(self, code: str) -> tuple[float, timedelta]:
        t = self.taxonomy.get(code)
        return float(t.merge_radius_m), timedelta(minutes=t.merge_window_min)

    async def save(self, conn: psycopg.AsyncConnection, batch: list[Located]) -> list[CaseNotice]:
        if not batch:
            return []
        async with conn.transaction():
            cur = conn.cursor()
            fresh = await self._insert_events(cur, batch)
            replayed = [loc.event.event_id for loc in batch if loc.event.event_id not in fresh]
            notices = await self._renotify(cur, replayed)
            new_batch = [loc for loc in batch if loc.event.event_id in fresh]
            await self._intake(cur, [loc for loc in new_batch if loc.needs_intake])
            notices += await self._merge(cur, [loc for loc in new_batch if is_case_bound(loc)])
        return notices

    async def _insert_events(self, cur: psycopg.AsyncCursor, batch: list[Located]) -> set[str]:
        # One statement from arrays: no temporary table, whose ON COMMIT truncation cost a file operation and
        # a lock per batch. DISTINCT ON drops a redelivered copy of an event inside the same batch.
        rows = [
            (
                loc.event.event_id,
                loc.event.occurred_at,
                loc.event.received_at,
                loc.event.source.value,
                loc.event.kind.value,
                loc.matter_code,
                loc.domain,
                loc.grid_id,
                loc.event.lat,
                loc.event.lon,
                loc.score,
                loc.event.component_code,
                loc.event.camera_id,
                loc.event.text,
            )
            for loc in batch
        ]
        columns = [list(col) for col in zip(*rows, strict=True)]
        arrays = ", ".join(f"%s::{t}[]" for t in _EVENT_TYPES)
        await cur.execute(
            f"INSERT INTO events ({', '.join(_EVENT_COLS)}) SELECT DISTINCT ON (event_id) * "
            f"FROM unnest({arrays}) AS u({', '.join(_EVENT_COLS)}) ON CONFLICT DO NOTHING RETURNING event_id",
            columns,
        )
        return {r[0] for r in await cur.fetchall()}

    async def _renotify(self, cur: psycopg.AsyncCursor, event_ids: list[str]) -> list[CaseNotice]:
        if not event_ids:
            return []
        await cur.execute(
            "SELECT DISTINCT c.case_id, c.grid_id, c.matter_code FROM case_events ce "
            "JOIN cases c USING (case_id) WHERE ce.event_id = ANY(%s)",
            (event_ids,),
        )
        return [CaseNotice(cid, gid, code, False) for cid, gid, code in await cur.fetchall()]

    async def _intake(self, cur: psycopg.AsyncCursor, batch: list[Located]) -> None:
        if not batch:
            return
        async with cur.copy("COPY intake (event_id, received_at, event, candidates) FROM STDIN") as copy:
            for loc in batch:
                await copy.write_row(
                    (
                        loc.event.event_id,
                        loc.event.received_at,
                        loc.event.model_dump_json(),
                        json.dumps([{"code": c, "score": s} for c, s in loc.candidates]),
                    )
                )

    async def _merge(self, cur: psycopg.AsyncCursor, batch: list[Located]) -> list[CaseNotice]:
        if not batch:
            return []
        # Only open cases of the same type near some event and inside its window can take it. They are locked
        # in id order (dispatch locks the same way): a case cannot close under our feet.
        boxes: list[list[object]] = [[], [], [], [], [], []]
        for loc in batch:
            radius_m, window = self._limits(loc.matter_code or "")
            for column, value in zip(
                boxes,
                (loc.matter_code, *search_box(loc.event.lat, loc.event.lon, radius_m), loc.event.occurred_at - window),
                strict=True,
            ):
                column.append(value)
        await cur.execute(
            "SELECT case_id, matter_code, lat, lon, last_event_at FROM cases "
            f"WHERE status IN {_OPEN_SQL} AND case_id IN ("
            " SELECT c.case_id FROM cases c JOIN unnest(%s::text[], %s::float8[], %s::float8[], %s::float8[],"
            " %s::float8[], %s::timestamptz[]) AS b(code, lat0, lat1, lon0, lon1, since)"
            " ON c.matter_code = b.code AND c.last_event_at >= b.since"
            " AND c.lat BETWEEN b.lat0 AND b.lat1 AND c.lon BETWEEN b.lon0 AND b.lon1"
            f" WHERE c.status IN {_OPEN_SQL}) ORDER BY case_id FOR UPDATE",
            boxes,
        )
        candidates = [OpenCase(*row) for row in await cur.fetchall()]
        by_id = {loc.event.event_id: loc for loc in batch}
        incoming = [
            Incoming(loc.event.event_id, loc.matter_code or "", loc.event.lat, loc.event.lon, loc.event.occurred_at)
            for loc in batch
        ]
        decisions, touched = plan(incoming, candidates, self._limits, lambda ev: case_id_for(ev.event_id))

        new_cases = [c for c in touched.values() if c.new]
        now = datetime.now(UTC)
        if new_cases:
            async with cur.copy(
                "COPY cases (case_id, matter_code, domain, grid_id, lat, lon, status, priority, base_priority, "
                "opened_at, last_event_at, event_count, reporter_count, sources, first_event_id, title) FROM STDIN"
            ) as copy:
                for c in new_cases:
                    first = by_id[c.event_ids[0]]
                    t = self.taxonomy.get(c.matter_code)
                    await copy.write_row(
                        (
                            c.case_id,
                            c.matter_code,
                            t.domain,
                            first.grid_id,
                            c.lat,
                            c.lon,
                            CaseStatus.REGISTERED.value,
                            t.priority,
                            t.priority,
                            first.event.occurred_at,
                            c.last_event_at,
                            0,
                            0,
                            [],
                            first.event.event_id,
                            t.name_zh,
                        )
                    )
        async with cur.copy("COPY case_events (case_id, event_id, source, reporter, report_id, at) FROM STDIN") as cp:
            for d in decisions:
                e = by_id[d.event_id].event
                await cp.write_row(
                    (d.case_id, e.event_id, e.source.value, e.reporter, e.attrs.get("report_id"), e.occurred_at)
                )
        sources: dict[str, set[str]] = defaultdict(set)
        for d in decisions:
            sources[d.case_id].add(by_id[d.event_id].event.source.value)
        ids = sorted(touched)
        await cur.execute(
            "UPDATE cases c SET last_event_at = greatest(c.last_event_at, u.last), "
            "sources = ARRAY(SELECT DISTINCT s FROM unnest(c.sources || string_to_array(u.srcs, ',')) s ORDER BY s), "
            "event_count = (SELECT count(*) FROM case_events ce WHERE ce.case_id = c.case_id), "
            "reporter_count = (SELECT count(DISTINCT reporter) FROM case_events ce "
            "                  WHERE ce.case_id = c.case_id AND reporter IS NOT NULL) "
            "FROM unnest(%s::text[], %s::timestamptz[], %s::text[]) AS u(case_id, last, srcs) "
            "WHERE c.case_id = u.case_id",
            (ids, [touched[i].last_event_at for i in ids], [",".join(sorted(sources[i])) for i in ids]),
        )
        await cur.execute(f"UPDATE cases SET priority = {_priority_sql()} WHERE case_id = ANY(%s)", (ids,))
        at = audit_store.iso(now)
        transitions = []
        for c in new_cases:
            transitions.append(
                Transition(
                    c.case_id, at, None, CaseStatus.REPORTED.value, "system:streams", f"first event {c.event_ids[0]}"
                )
            )
            transitions.append(
                Transition(
                    c.case_id,
                    at,
                    CaseStatus.REPORTED.value,
                    CaseStatus.REGISTERED.value,
                    "system:streams",
                    "registered automatically (立案)",
                )
            )
        await audit_store.append_async(cur, transitions)
        return [CaseNotice(c.case_id, by_id[c.event_ids[0]].grid_id, c.matter_code, c.new) for c in touched.values()]
