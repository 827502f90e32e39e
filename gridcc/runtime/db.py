"""Schema migrations and the two time-series modes.

TimescaleDB is the target (hypertables, continuous aggregates, compression,
retention); where ``CREATE EXTENSION timescaledb`` fails, the same tables are
range-partitioned by day with a BRIN index and ``date_bin`` replaces
``time_bucket``, so every query the project makes returns the same rows.
Migrations are idempotent and serialised with an advisory lock, so every
process may call :func:`migrate` at start.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from importlib import resources

import psycopg

log = logging.getLogger(__name__)

_MIGRATION_LOCK = 0x6772_6964  # "grid"

# Cases with no live task: never dispatched (their notice may be lost) or nobody eligible was on duty. The SLA
# tick offers them again, the wall screen and `gridcc status` count them. The same text is the predicate of the
# partial index `cases_waiting` (sql/001_core.sql), which is what lets the planner answer from that index.
CASES_WAITING = "(status = 'registered' OR (status = 'dispatched' AND waiting_since IS NOT NULL))"


class TimeSeriesMode(StrEnum):
    TIMESCALE = "timescaledb"
    PARTITIONED = "partitioned"


def _sql(name: str) -> str:
    return resources.files("gridcc.runtime").joinpath("sql", name).read_text(encoding="utf-8")


def _numbered() -> list[str]:
    """``001_core.sql``, ``002_...sql``: every numbered file, in order, each idempotent."""
    folder = resources.files("gridcc.runtime").joinpath("sql")
    return sorted(p.name for p in folder.iterdir() if p.name[:3].isdigit() and p.name.endswith(".sql"))


def _try_timescale(conn: psycopg.Connection) -> bool:
    try:
        with conn.transaction():
            conn.execute("CREATE EXTENSION IF NOT EXISTS timescaledb")
        return True
    except psycopg.Error:
        return False


def current_mode(conn: psycopg.Connection) -> TimeSeriesMode:
    row = conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'timescaledb'").fetchone()
    return TimeSeriesMode.TIMESCALE if row else TimeSeriesMode.PARTITIONED


def migrate(url: str, *, allow_timescale: bool = True, days_ahead: int = 7) -> TimeSeriesMode:
    """Bring the database at ``url`` to the current schema; return the time-series mode in use."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (_MIGRATION_LOCK,))
        try:
            exists = conn.execute("SELECT to_regclass('events') IS NOT NULL").fetchone()
            if exists and exists[0]:
                mode = current_mode(conn)
            else:
                mode = (
                    TimeSeriesMode.TIMESCALE if allow_timescale and _try_timescale(conn) else TimeSeriesMode.PARTITIONED
                )
            with conn.transaction():
                for name in _numbered():
                    conn.execute(_sql(name))
                conn.execute(_sql(f"events_{'timescale' if mode is TimeSeriesMode.TIMESCALE else 'partitioned'}.sql"))
            if mode is TimeSeriesMode.PARTITIONED:
                ensure_partitions(conn, datetime.now(UTC).date(), days_ahead)
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (_MIGRATION_LOCK,))
    log.info("database schema ready (%s mode)", mode.value)
    return mode


def ensure_partitions(conn: psycopg.Connection, start: date, days: int) -> None:
    """Daily partitions from ``start - 1`` to ``start + days``; rows outside land in the default one."""
    for table, col in (("events", "occurred_at"), ("readings", "ts")):
        for offset in range(-1, days + 1):
            day = start + timedelta(days=offset)
            name = f"{table}_{day:%Y%m%d}"
            exists = conn.execute("SELECT to_regclass(%s) IS NOT NULL", (name,)).fetchone()
            if exists and exists[0]:
                continue
            lo, hi = day.isoformat(), (day + timedelta(days=1)).isoformat()
            moved = conn.execute(
                f"SELECT count(*) FROM {table}_default WHERE {col} >= %s AND {col} < %s", (lo, hi)
            ).fetchone()
            if moved and moved[0]:
                # Rows already in the default partition would block the attach: leave them there.
                continue
            conn.execute(f"CREATE TABLE IF NOT EXISTS {name} PARTITION OF {table} FOR VALUES FROM ('{lo}') TO ('{hi}')")


def bucket_expr(mode: TimeSeriesMode, width: str, column: str) -> str:
    """The SQL that buckets ``column`` by ``width`` (an interval literal like '1 minute') in either mode."""
    if mode is TimeSeriesMode.TIMESCALE:
        return f"time_bucket(interval '{width}', {column})"
    return f"date_bin(interval '{width}', {column}, timestamptz '2000-01-01 00:00:00+00')"


def events_per_grid(
    conn: psycopg.Connection, mode: TimeSeriesMode, since: datetime, width: str = "1 minute"
) -> list[tuple[datetime, str, str, str, int]]:
    """Events per (bucket, grid, domain, source) since ``since``: the heat-map's history query."""
    sql = (
        f"SELECT {bucket_expr(mode, width, 'occurred_at')} AS bucket, grid_id, coalesce(domain, ''), source, "
        "count(*)::int FROM events WHERE occurred_at >= %s GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"
    )
    return [tuple(r) for r in conn.execute(sql, (since,)).fetchall()]  # type: ignore[misc]
