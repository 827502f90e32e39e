"""The faust pipeline on the real broker and database: flow, merging, dead letters, and a SIGKILL mid-stream."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from aiokafka import AIOKafkaProducer

from gridcc.domain.event import Event, Source
from gridcc.domain.geo import load_geography
from gridcc.runtime import components as comp
from gridcc.runtime.process import Child
from gridcc.settings import Settings
from streams.topics import DEADLETTER, RAW, bootstrap, ensure_topics
from tests.topics import read_json

CODE = "BJ-01-06"  # 路灯井盖


class Pipeline:
    def __init__(self, settings: Settings, log_dir: Path) -> None:
        self.settings = settings
        self.log_dir = log_dir
        self.child: Child | None = None

    def start(self) -> None:
        component = comp.streams_worker(self.settings, 0)
        self.child = comp.spawn(component, self.settings, self.log_dir)
        comp.wait_healthy(component, self.child, self.settings, 90)

    def stop(self) -> None:
        if self.child:
            self.child.stop()


@pytest.fixture(scope="module")
def pipeline(settings: Settings, run_dir: Path, pg: object, redis_client: object) -> Iterator[Pipeline]:
    own = settings.model_copy(update={"topic_prefix": settings.topic_prefix + "p"})
    asyncio.run(ensure_topics(own))
    p = Pipeline(own, run_dir / "logs")
    p.start()
    yield p
    p.stop()


def _event(i: int, grid_index: int, jitter: float, code: str | None = CODE, text: str | None = None) -> Event:
    geo = load_geography()
    lat, lon = geo.grids[grid_index].centroid
    return Event(
        event_id=f"pt-{uuid.uuid4().hex[:8]}-{i}",
        source=Source.IOT if code else Source.CITIZEN,
        occurred_at=datetime.now(UTC) - timedelta(seconds=5),
        lat=lat + jitter,
        lon=lon,
        grid_id=geo.grids[grid_index].grid_id,
        matter_code=code,
        text=text,
        reporter=f"dev-{i}" if not code else None,
    )


async def _produce(settings: Settings, payloads: list[tuple[str, bytes]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap(settings), linger_ms=5)
    await producer.start()
    try:
        futs = [await producer.send(settings.topic(RAW), key=k.encode(), value=v) for k, v in payloads]
        await asyncio.gather(*futs)
    finally:
        await producer.stop()


def _wait_for(pg: psycopg.Connection, sql: str, args: tuple[object, ...], want: int, timeout: float) -> int:
    deadline = time.monotonic() + timeout
    n = -1
    while time.monotonic() < deadline:
        n = pg.execute(sql, args).fetchone()[0]
        if n >= want:
            return n
        time.sleep(0.3)
    return n


def test_events_flow_into_cases_and_duplicates_merge(pipeline: Pipeline, pg: psycopg.Connection) -> None:
    events = [_event(i, 50, i * 1e-5) for i in range(10)] + [_event(99, 60, 0.0)]
    text = _event(100, 70, 0.0, code=None, text="路口的路灯井盖不见了，晚上很危险")
    events.append(text)
    asyncio.run(_produce(pipeline.settings, [(e.grid_id or "", e.model_dump_json().encode()) for e in events]))
    ids = [e.event_id for e in events]
    assert _wait_for(pg, "SELECT count(*) FROM events WHERE event_id = ANY(%s)", (ids,), 12, 30) == 12
    cases = pg.execute(
        "SELECT c.grid_id, c.event_count FROM cases c WHERE c.case_id IN "
        "(SELECT case_id FROM case_events WHERE event_id = ANY(%s)) AND c.matter_code = %s ORDER BY 1",
        (ids[:11], CODE),
    ).fetchall()
    geo = load_geography()
    assert cases == sorted([(geo.grids[50].grid_id, 10), (geo.grids[60].grid_id, 1)])
    row = pg.execute("SELECT matter_code, score FROM events WHERE event_id = %s", (text.event_id,)).fetchone()
    classified = row is not None and row[0] is not None
    in_intake = pg.execute("SELECT count(*) FROM intake WHERE event_id = %s", (text.event_id,)).fetchone()[0]
    assert classified or in_intake == 1  # classified with confidence, or handed to a person: never guessed


def test_malformed_messages_go_to_the_dead_letter_topic(pipeline: Pipeline, pg: psycopg.Connection) -> None:
    good = _event(1, 80, 0.0)
    bad = [
        b"{not json",
        json.dumps({"event_id": "x"}).encode(),
        _event(2, 80, 0.0).model_copy(update={"lat": 39.9, "lon": 116.4}).model_dump_json().encode(),
        _event(3, 80, 0.0, code="NOPE-00-00").model_dump_json().encode(),
    ]
    asyncio.run(_produce(pipeline.settings, [("k", b) for b in bad] + [("k", good.model_dump_json().encode())]))
    dead = asyncio.run(read_json(pipeline.settings, DEADLETTER, 4, 30))
    reasons = " | ".join(str(d["reason"]) for d in dead)
    for expected in ("not JSON", "invalid event", "outside the district", "unknown matter code"):
        assert expected in reasons
    assert _wait_for(pg, "SELECT count(*) FROM events WHERE event_id = %s", (good.event_id,), 1, 20) == 1
    assert pipeline.child is not None and pipeline.child.alive()


def test_sigkill_mid_stream_loses_nothing_and_duplicates_no_case(pipeline: Pipeline, pg: psycopg.Connection) -> None:
    incidents, per = 300, 5
    events = [_event(i * per + k, 100 + i, k * 2e-6) for i in range(incidents) for k in range(per)]
    ids = [e.event_id for e in events]
    payloads = [(e.grid_id or "", e.model_dump_json().encode()) for e in events]
    asyncio.run(_produce(pipeline.settings, payloads))
    _wait_for(pg, "SELECT count(*) FROM events WHERE event_id = ANY(%s)", (ids,), 200, 30)
    assert pipeline.child is not None
    pipeline.child.kill()  # SIGKILL, mid-stream
    pipeline.start()
    n = _wait_for(pg, "SELECT count(*) FROM events WHERE event_id = ANY(%s)", (ids,), len(ids), 90)
    assert n == len(ids)  # nothing lost
    per_case = pg.execute(
        "SELECT ce.case_id, count(*) FROM case_events ce WHERE ce.event_id = ANY(%s) GROUP BY 1", (ids,)
    ).fetchall()
    assert len(per_case) == incidents and all(c == per for _, c in per_case)  # no duplicate case
