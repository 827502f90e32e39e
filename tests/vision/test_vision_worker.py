"""``python -m vision.worker`` against real Kafka, PostgreSQL and Redis: Event, thumbnail row, screen push, health."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
import redis

from gridcc.runtime import components as comp
from gridcc.runtime.bus import channel
from gridcc.settings import Settings
from simulators.camera_script import make_incident
from streams.topics import RAW, ensure_topics
from tests.topics import read_json
from vision.registry import Registry, Watch


def test_worker_publishes_stores_pushes_and_stops_cleanly(
    settings: Settings,
    pg: psycopg.Connection,
    redis_client: redis.Redis,
    run_dir: Path,
    vision_data_dir: Path,
    model_onnx: Path,
    camera_sim: Callable[..., str],
    small_registry: Registry,
) -> None:
    asyncio.run(ensure_topics(settings))
    feed = small_registry[4]
    base = camera_sim(12, [make_incident(feed, Watch.PERSON_DOWN, 6.0, 90.0, seed=21)])
    pubsub = redis_client.pubsub()
    pubsub.subscribe(channel(settings))
    component = comp.Component(
        "vision-0", (sys.executable, "-m", "vision.worker"), redis_health=f"{settings.topic_prefix}:health:vision:*"
    )
    extra = {
        "GRIDCC_VISION_CAMERA_BASE": base,
        "GRIDCC_VISION__FEEDS": "12",
        "GRIDCC_VISION__REVISIT_TARGET_S": "1.5",
        "GRIDCC_DATA_DIR": str(vision_data_dir),  # the ONNX export cached by the session fixture
    }
    child = comp.spawn(component, settings, run_dir / "logs", extra)
    try:
        comp.wait_healthy(component, child, settings, 60)
        events = asyncio.run(read_json(settings, RAW, 1, 40, lambda r: r.get("camera_id") == feed.camera_id))
        assert len(events) == 1, child.log_tail()
        ev = events[0]
        assert ev["source"] == "video" and ev["kind"] == "alarm" and ev["grid_id"] == feed.grid_id
        assert ev["matter_code"] and ev["attrs"]["rule"] == "person_down"  # type: ignore[index]
        sid = str(ev["photo_ref"]).removeprefix("snapshot:")
        row = pg.execute("SELECT camera_id, length(jpeg) FROM vision_snapshots WHERE snapshot_id = %s", (sid,))
        camera_id, size = row.fetchone() or (None, 0)
        assert camera_id == feed.camera_id and size > 1000
        recorded = pg.execute("SELECT event->>'camera_id' FROM sent_events WHERE event_id = %s", (ev["event_id"],))
        assert recorded.fetchall() == [(feed.camera_id,)]  # for the ingest relay's second look
        pushed = []
        deadline = time.monotonic() + 5
        while not pushed and time.monotonic() < deadline:
            msg = pubsub.get_message(timeout=0.5)
            if msg and msg["type"] == "message" and (body := json.loads(msg["data"]))["type"] == "camera":
                pushed.append(body)
        assert pushed and pushed[0]["audience"] == "ops"
        assert pushed[0]["data"]["camera_id"] == feed.camera_id
        assert pushed[0]["data"]["matter_code"] == ev["matter_code"]
        assert pushed[0]["data"]["thumbnail"].startswith("data:image/jpeg;base64,")
        key = next(redis_client.scan_iter(f"{settings.topic_prefix}:health:vision:*"))
        deadline = time.monotonic() + 5
        while (health := json.loads(redis_client.get(key) or "{}")).get("published", 0) < 1:  # refreshed every second
            assert time.monotonic() < deadline, health
            time.sleep(0.2)
        for name in ("polled_fps", "revisit_p50_s", "revisit_p99_s", "motion_share", "yolo_fps"):
            assert name in health
        assert health["polled_fps"] > 0 and health["feeds"] == 12 and health["published"] >= 1
    finally:
        pubsub.close()
        child.stop(timeout=15)
    assert child.proc is not None and child.proc.returncode == 0, child.log_tail()
    assert not list(redis_client.scan_iter(f"{settings.topic_prefix}:health:vision:*"))
    assert "vision worker stopped" in child.log_tail(40)


@pytest.mark.parametrize("spec", ["2/2", "x", "-1/3"])
def test_bad_shard_specs_are_refused(spec: str) -> None:
    from vision.worker import parse_shard

    with pytest.raises(ValueError):
        parse_shard(spec)
