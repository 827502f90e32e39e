"""The wall screen's KPI query on real PostgreSQL: a case nobody could take is counted as waiting."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from dashboard.kpi import kpis
from tests.conftest import fresh_database

_CASE = (
    "INSERT INTO cases (case_id, matter_code, domain, grid_id, lat, lon, status, priority, base_priority, opened_at, "
    "last_event_at, first_event_id, waiting_since) "
    "VALUES (%s, 'BJ-01-06', 'BJ', 'G1', 23.02, 113.1, %s, 2, 2, now(), now(), %s, %s)"
)


@pytest.fixture
def own_db() -> Iterator[str]:
    """Its own database: the session's is shared with a running stack whose counts move under a test."""
    with fresh_database("kpi") as url:
        yield url


async def test_waiting_counts_registered_and_unassigned_cases(own_db: str) -> None:
    async with await psycopg.AsyncConnection.connect(own_db, autocommit=True) as conn:
        assert (await kpis(conn))["waiting"] == 0
        await conn.execute(_CASE, ("CK1", "registered", "ev-1", None))  # its notice never reached the engine
        await conn.execute(_CASE, ("CK2", "dispatched", "ev-2", "2026-01-01T00:00:00Z"))  # nobody was on duty
        await conn.execute(_CASE, ("CK3", "dispatched", "ev-3", None))  # offered: not waiting
        await conn.execute(_CASE, ("CK4", "accepted", "ev-4", None))
        assert (await kpis(conn))["waiting"] == 2
