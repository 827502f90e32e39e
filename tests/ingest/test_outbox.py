"""The outbox relay's second look: a report the broker acknowledged but the stream never stored is sent again."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from aiokafka import AIOKafkaConsumer
from psycopg_pool import AsyncConnectionPool

from gridcc.domain.event import Event, Source
from gridcc.runtime import sent_events
from gridcc.settings import Settings
from ingest.outbox import OutboxRelay
from streams.topics import RAW, bootstrap, ensure_topics
from tests.conftest import fresh_database


@pytest.fixture
async def relay(settings: Settings) -> AsyncIterator[OutboxRelay]:
    with fresh_database("outbox") as url:
        # Its own topics too: what it publishes again must not reach the test stack's stream.
        own = settings.model_copy(update={"database_url": url, "topic_prefix": f"ob{uuid.uuid4().hex[:6]}"})
        await ensure_topics(own)
        pool = AsyncConnectionPool(url, min_size=1, max_size=2, open=False)
        await pool.open(wait=True)
        yield OutboxRelay(own, pool)
        await pool.close()


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


async def _raw_ids(settings: Settings, n: int) -> list[str]:
    consumer = AIOKafkaConsumer(
        settings.topic(RAW), bootstrap_servers=bootstrap(settings), group_id=None, auto_offset_reset="earliest"
    )
    await consumer.start()
    ids: list[str] = []
    try:
        async with asyncio.timeout(20):
            while len(ids) < n:
                for records in (await consumer.getmany(timeout_ms=500)).values():
                    ids += [json.loads(r.value)["event_id"] for r in records if r.value]
    finally:
        await consumer.stop()
    return ids


async def test_alarms_and_detections_get_the_same_second_look(relay: OutboxRelay) -> None:
    ing = relay.settings.ingest
    at = datetime.now(UTC) - timedelta(seconds=ing.outbox_verify_after_s + 120)
    events = [
        Event(event_id=eid, source=Source.IOT, occurred_at=at, lat=23.02, lon=113.1, grid_id="G1")
        for eid in ("ESTORED", "ELOST", "ELASTTRY", "ERECENT")
    ]
    url = relay.settings.database_url or ""
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        await sent_events.record(conn, events)
        await sent_events.record(conn, events[:1])  # a writer's retry: still one row
        await conn.execute(
            "UPDATE sent_events SET sent_at = %s, republished = CASE event_id WHEN 'ELASTTRY' THEN %s ELSE 0 END "
            "WHERE event_id <> 'ERECENT'",
            (at, ing.outbox_max_republish - 1),
        )
        await conn.execute(
            "INSERT INTO events (event_id, occurred_at, received_at, source, kind, grid_id, lat, lon) "
            "VALUES ('ESTORED', %s, %s, 'iot', 'alarm', 'G1', 23.02, 113.1)",
            (at, at),
        )

        out = await relay.recheck_sent()

        assert out.stored == 1
        assert [json.loads(v)["event_id"] for _, v in out.again] == ["ELOST"]
        assert out.given_up == ["ELASTTRY"]
        assert await _raw_ids(relay.settings, 1) == ["ELOST"]
        cur = await conn.execute(
            "SELECT event_id, republished, given_up_at IS NOT NULL, sent_at > now() - interval '1 minute' "
            "FROM sent_events ORDER BY event_id"
        )
        assert await cur.fetchall() == [
            ("ELASTTRY", ing.outbox_max_republish, True, True),  # kept, with an error logged, for an operator
            ("ELOST", 1, False, True),  # looked at again one verify period after this publication
            ("ERECENT", 0, False, True),  # not due yet
        ]
        again = await relay.recheck_sent()
        assert (again.stored, again.again, again.given_up) == (0, [], [])
        await conn.execute(  # the republished copy reaches the stream; the next look after the delay sees it
            "INSERT INTO events (event_id, occurred_at, received_at, source, kind, grid_id, lat, lon) "
            "VALUES ('ELOST', %s, %s, 'iot', 'alarm', 'G1', 23.02, 113.1)",
            (at, at),
        )
        await conn.execute("UPDATE sent_events SET sent_at = %s WHERE event_id = 'ELOST'", (at,))
        assert (await relay.recheck_sent()).stored == 1
        cur = await conn.execute("SELECT republished, stored_at IS NOT NULL FROM sent_events WHERE event_id = 'ELOST'")
        assert await cur.fetchall() == [(1, True)]  # kept: the record of what the second look recovered


async def test_one_look_goes_through_more_than_a_batch(relay: OutboxRelay, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ingest.outbox.VERIFY_BATCH", 2)
    at = datetime.now(UTC) - timedelta(seconds=relay.settings.ingest.outbox_verify_after_s + 120)
    events = [Event(event_id=f"E{i}", source=Source.IOT, occurred_at=at, lat=23.02, lon=113.1) for i in range(5)]
    async with await psycopg.AsyncConnection.connect(relay.settings.database_url or "", autocommit=True) as conn:
        await sent_events.record(conn, events)
        await conn.execute("UPDATE sent_events SET sent_at = %s", (at,))
        for e in events:
            await conn.execute(
                "INSERT INTO events (event_id, occurred_at, received_at, source, kind, grid_id, lat, lon) "
                "VALUES (%s, %s, %s, 'iot', 'alarm', 'G1', 23.02, 113.1)",
                (e.event_id, at, at),
            )
        await relay.second_look()
        cur = await conn.execute("SELECT count(*) FROM sent_events")
        assert await cur.fetchone() == (0,)  # three batches of at most two, in one look
