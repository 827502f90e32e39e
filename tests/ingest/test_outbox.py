"""The outbox relay's second look: a report the broker acknowledged but the stream never stored is sent again."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from psycopg_pool import AsyncConnectionPool

from gridcc.runtime.db import migrate
from gridcc.settings import Settings
from ingest.outbox import OutboxRelay
from tests.conftest import PG_ADMIN_URL


@pytest.fixture
async def relay(settings: Settings) -> AsyncIterator[OutboxRelay]:
    name = f"gridcc_outbox_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    migrate(url)
    own = settings.model_copy(update={"database_url": url})
    pool = AsyncConnectionPool(url, min_size=1, max_size=2, open=False)
    await pool.open(wait=True)
    yield OutboxRelay(own, pool)
    await pool.close()
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _report(
    conn: psycopg.Connection, rid: str, published_ago_s: float, republished: int = 0, stored: bool = False
) -> None:
    now = datetime.now(UTC)
    at = now - timedelta(seconds=published_ago_s + 1)
    event = {"event_id": rid, "occurred_at": at.isoformat(), "source": "citizen"}
    conn.execute(
        "INSERT INTO reports (report_id, idempotency_key, device_hash, lat, lon, grid_id, event, published_at, "
        "republished) VALUES (%s, %s, 'dev', 23.02, 113.1, 'G1', %s, %s, %s)",
        (rid, rid, json.dumps(event), now - timedelta(seconds=published_ago_s), republished),
    )
    if stored:
        conn.execute(
            "INSERT INTO events (event_id, occurred_at, received_at, source, kind, grid_id, lat, lon) "
            "VALUES (%s, %s, %s, 'citizen', 'report', 'G1', 23.02, 113.1)",
            (rid, at, at),
        )


async def test_unstored_reports_are_sent_again_then_given_up(relay: OutboxRelay) -> None:
    after = relay.settings.ingest.outbox_verify_after_s
    with psycopg.connect(relay.settings.database_url or "", autocommit=True) as conn:
        _report(conn, "RSTORED", after + 60, stored=True)
        _report(conn, "RLOST", after + 60)
        _report(conn, "RLASTTRY", after + 60, republished=relay.settings.ingest.outbox_max_republish - 1)
        _report(conn, "RRECENT", 5)  # not due yet: the stream may still be on its way to it
        assert await relay.verify_once() == (1, 2)
        rows = conn.execute(
            "SELECT report_id, published_at IS NOT NULL, verified_at IS NOT NULL, republished FROM reports "
            "ORDER BY report_id"
        ).fetchall()
        assert rows == [
            ("RLASTTRY", True, True, relay.settings.ingest.outbox_max_republish),  # given up, with an error logged
            ("RLOST", False, False, 1),  # unpublished again: the relay's next sweep sends it
            ("RRECENT", True, False, 0),
            ("RSTORED", True, True, 0),
        ]
        assert relay.republished == 1
        assert await relay.verify_once() == (0, 0)  # each report is looked at once per publication
