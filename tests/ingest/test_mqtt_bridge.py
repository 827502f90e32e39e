"""The MQTT bridge against real Mosquitto (published with paho, a client we did not write), Kafka and PostgreSQL."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import paho.mqtt.client as mqtt
import psycopg
import pytest

from gridcc.domain.components import SensorKind, load_components
from gridcc.domain.geo import load_geography
from gridcc.runtime import components as comp
from gridcc.runtime.process import Child
from gridcc.settings import Settings
from streams.topics import DEADLETTER, RAW, ensure_topics
from tests.topics import read_json


@pytest.fixture(scope="module")
def bridge(settings: Settings, run_dir: Path, pg: object, redis_client: object) -> Iterator[Child]:
    asyncio.run(ensure_topics(settings))
    component = comp.mqtt_bridge(settings)
    child = comp.spawn(component, settings, run_dir / "logs")
    try:
        comp.wait_healthy(component, child, settings, 60)
        yield child
    finally:
        child.stop()


def _publish(settings: Settings, messages: list[tuple[str, bytes]]) -> None:
    u = urlparse(settings.mqtt_url)
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"test-{uuid.uuid4().hex[:6]}")
    client.connect(u.hostname or "127.0.0.1", u.port or 1883)
    client.loop_start()
    for topic, payload in messages:
        client.publish(topic, payload, qos=1).wait_for_publish(5)
    client.loop_stop()
    client.disconnect()


def test_alarm_becomes_one_event_readings_are_stored_garbage_is_dead_lettered(
    bridge: Child, settings: Settings, pg: psycopg.Connection
) -> None:
    reg = load_components(None, load_geography(), cache_dir=settings.data_dir / "cache")
    gas = reg.code_str(int(reg.iot_components(SensorKind.GAS_CONCENTRATION)[0]))
    p = settings.topic_prefix
    t0 = time.time() - 60
    # 20 s of a leak (>= 20 %LEL, alarm after 5 s), jitter included: one alarm, not twenty.
    leak = [
        (f"{p}/iot/{gas}/gas", json.dumps({"value": 25 + (i % 3), "unit": "%LEL", "ts": t0 + i}).encode())
        for i in range(20)
    ]
    garbage = [
        (f"{p}/iot/{gas}/gas", b"{not json"),
        (f"{p}/iot/4406049999999999/gas", json.dumps({"value": 1, "unit": "%LEL"}).encode()),
        (f"{p}/iot/{gas}/gas", json.dumps({"value": 1, "unit": "ppm"}).encode()),
        (f"{p}/iot/{gas}/tilt", json.dumps({"value": 1, "unit": "deg"}).encode()),
        (f"{p}/iot/{gas}/gas", json.dumps({"value": 1e9, "unit": "%LEL"}).encode()),
    ]
    _publish(settings, leak + garbage)
    events = asyncio.run(read_json(settings, RAW, 1, 20, lambda r: gas in json.dumps(r)))
    assert len(events) == 1 and events[0]["kind"] == "alarm" and events[0]["component_code"] == gas
    dead = asyncio.run(read_json(settings, DEADLETTER, 5, 20, lambda r: gas[:6] in json.dumps(r)))
    reasons = " | ".join(str(d["reason"]) for d in dead)
    for expected in ("payload must be JSON", "unknown component", "wrong unit", "has no tilt sensor", "implausible"):
        assert expected in reasons
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        n = pg.execute("SELECT count(*) FROM readings WHERE component_code = %s", (gas,)).fetchone()[0]
        if n >= 20:
            break
        time.sleep(0.3)
    assert n == 20
    # Recorded before it was published, for the ingest relay's second look (gridcc/runtime/sent_events.py).
    recorded = pg.execute("SELECT event->>'kind' FROM sent_events WHERE event_id = %s", (events[0]["event_id"],))
    assert recorded.fetchall() == [("alarm",)]
    assert bridge.alive()
