"""Appending to and verifying the audit chain in PostgreSQL.

Appends take a transaction-scoped advisory lock so that the stream workers
and every dispatch engine extend one chain in one order; the lock is taken
last in each transaction, so it is held only for the few milliseconds before
commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import psycopg

from gridcc.domain.audit import GENESIS, Break, Transition, chain, first_break

_CHAIN_LOCK = 0x61756469  # "audi"


def iso(at: datetime) -> str:
    """The canonical text of a time in the chain: UTC, microseconds, whatever the session's zone."""
    return at.astimezone(UTC).isoformat(timespec="microseconds")


_LAST = "SELECT hash FROM case_transitions ORDER BY seq DESC LIMIT 1"
_COPY = "COPY case_transitions (case_id, at, from_status, to_status, actor, reason, prev_hash, hash) FROM STDIN"


def _rows(prev: str, records: Sequence[Transition]) -> list[tuple[str | None, ...]]:
    return [(r.case_id, r.at, r.from_status, r.to_status, r.actor, r.reason, p, h) for r, p, h in chain(prev, records)]


def append(cur: psycopg.Cursor, records: Sequence[Transition]) -> None:
    """Append ``records`` inside the caller's transaction."""
    if not records:
        return
    cur.execute("SELECT pg_advisory_xact_lock(%s)", (_CHAIN_LOCK,))
    row = cur.execute(_LAST).fetchone()
    with cur.copy(_COPY) as copy:
        for values in _rows(row[0] if row else GENESIS, records):
            copy.write_row(values)


async def append_async(cur: psycopg.AsyncCursor, records: Sequence[Transition]) -> None:
    """:func:`append` for an async connection."""
    if not records:
        return
    await cur.execute("SELECT pg_advisory_xact_lock(%s)", (_CHAIN_LOCK,))
    await cur.execute(_LAST)
    row = await cur.fetchone()
    async with cur.copy(_COPY) as copy:
        for values in _rows(row[0] if row else GENESIS, records):
            await copy.write_row(values)


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
