"""Appending to, sealing and verifying the audit chain in PostgreSQL.

A transition is written in the transaction that makes it, to
``case_transitions_pending``, with no lock: the stream workers, every dispatch
engine and every worker's tap on a phone write side by side.  The *sealer*
(:func:`seal_async`, run by the dispatch service every
``GRIDCC_DISPATCH__SEAL_INTERVAL_S``) moves what has committed into the hash
chain ``case_transitions`` in batches, one sealer at a time.  An earlier
design chained inside each writing transaction under one advisory lock held
through commit; at 100 events/s with phones accepting and resolving, that lock
was PostgreSQL's largest cost (16 ms mean wait per transaction) and capped
the whole stack.  The price: a transition is tamper-evident from its sealing,
a fraction of a second after its commit, not from the commit itself.
``case_history`` shows sealed and pending transitions together.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import psycopg

from gridcc.domain.audit import GENESIS, Break, Transition, chain, first_break

_CHAIN_LOCK = 0x61756469  # "audi"
SEAL_BATCH = 10_000  # transitions sealed per transaction; a sealer that got this many has a backlog to go on with


def iso(at: datetime) -> str:
    """The canonical text of a time in the chain: UTC, microseconds, whatever the session's zone."""
    return at.astimezone(UTC).isoformat(timespec="microseconds")


_LAST = "SELECT hash FROM case_transitions ORDER BY seq DESC LIMIT 1"
_COPY = "COPY case_transitions (case_id, at, from_status, to_status, actor, reason, prev_hash, hash) FROM STDIN"
# One statement, one round trip: most writers record one or two transitions, where COPY's extra round trips cost
# more than the rows (it was the database's largest item at 100 events/s once the chain lock had gone).
_PENDING = (
    "INSERT INTO case_transitions_pending (case_id, at, from_status, to_status, actor, reason) "
    "SELECT * FROM unnest(%s::text[], %s::timestamptz[], %s::text[], %s::text[], %s::text[], %s::text[])"
)
_TAKE = (
    "DELETE FROM case_transitions_pending WHERE id IN (SELECT id FROM case_transitions_pending ORDER BY id LIMIT %s) "
    "RETURNING id, case_id, at, from_status, to_status, actor, reason"
)


def _rows(prev: str, records: Sequence[Transition]) -> list[tuple[str | None, ...]]:
    return [(r.case_id, r.at, r.from_status, r.to_status, r.actor, r.reason, p, h) for r, p, h in chain(prev, records)]


def _sealable(taken: list[tuple[Any, ...]]) -> list[Transition]:
    """Taken rows in the order they were written (a case's transitions are written in its own order)."""
    return [Transition(c, iso(at), frm, to, actor, why) for _, c, at, frm, to, actor, why in sorted(taken)]


def _pending_args(records: Sequence[Transition]) -> list[list[str | None]]:
    return [
        list(col)
        for col in zip(
            *((r.case_id, r.at, r.from_status, r.to_status, r.actor, r.reason) for r in records), strict=True
        )
    ]


def append(cur: psycopg.Cursor, records: Sequence[Transition]) -> None:
    """Record ``records`` inside the caller's transaction; they join the chain when sealed."""
    if records:
        cur.execute(_PENDING, _pending_args(records))


async def append_async(cur: psycopg.AsyncCursor, records: Sequence[Transition]) -> None:
    """:func:`append` for an async connection."""
    if records:
        await cur.execute(_PENDING, _pending_args(records))


def seal(conn: psycopg.Connection, limit: int = SEAL_BATCH) -> int:
    """Chain up to ``limit`` committed pending transitions; 0 when another sealer holds the chain."""
    with conn.transaction(), conn.cursor() as cur:
        if not cur.execute("SELECT pg_try_advisory_xact_lock(%s)", (_CHAIN_LOCK,)).fetchone()[0]:  # type: ignore[index]
            return 0
        records = _sealable(cur.execute(_TAKE, (limit,)).fetchall())
        if records:
            row = cur.execute(_LAST).fetchone()
            with cur.copy(_COPY) as copy:
                for values in _rows(row[0] if row else GENESIS, records):
                    copy.write_row(values)
    return len(records)


async def seal_async(conn: psycopg.AsyncConnection, limit: int = SEAL_BATCH) -> int:
    """:func:`seal` for an async connection."""
    async with conn.transaction():
        cur = conn.cursor()
        await cur.execute("SELECT pg_try_advisory_xact_lock(%s)", (_CHAIN_LOCK,))
        if not (await cur.fetchone())[0]:  # type: ignore[index]
            return 0
        await cur.execute(_TAKE, (limit,))
        records = _sealable(await cur.fetchall())
        if records:
            await cur.execute(_LAST)
            row = await cur.fetchone()
            async with cur.copy(_COPY) as copy:
                for values in _rows(row[0] if row else GENESIS, records):
                    await copy.write_row(values)
    return len(records)


def pending(conn: psycopg.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM case_transitions_pending").fetchone()[0])  # type: ignore[index]


def verify(conn: psycopg.Connection) -> tuple[int, Break | None, int | None]:
    """Walk the whole chain: (records checked, first break, seq of the broken record)."""
    rows = []
    seqs = []
    cur = conn.execute(
        "SELECT seq, case_id, at, from_status, to_status, actor, reason, prev_hash, hash "
        "FROM case_transitions ORDER BY seq"
    )
    for seq, case_id, at, frm, to, actor, reason, prev_hash, h in cur:
        rows.append((Transition(case_id, iso(at), frm, to, actor, reason), prev_hash, h))
        seqs.append(seq)
    broken = first_break(rows)
    return len(rows), broken, (seqs[broken.index] if broken else None)
