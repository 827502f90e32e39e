"""End to end against the camera simulator: poll, gate, detect, and exactly one event per scripted incident."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np

from gridcc.domain.event import EventKind, Source
from simulators.camera_script import make_incident
from vision.detector import OnnxDetector
from vision.events import Outgoing
from vision.hotreload import ModelHolder
from vision.matters import MatterMap
from vision.pipeline import Pipeline, PipelineConfig
from vision.registry import Registry, Watch
from vision.rules import Alert, RuleConfig
from vision.scheduler import SchedulerConfig
from vision.sinks import MemorySink

MATTERS = MatterMap({w: f"T-{w.value}" for w in Watch}, {}, frozenset())


async def _run_for(pipe: Pipeline, seconds: float) -> None:
    stop = asyncio.Event()
    task = asyncio.create_task(pipe.run(stop))
    await asyncio.sleep(seconds)
    stop.set()
    await asyncio.wait_for(task, 10)


def test_incidents_become_exactly_one_event_each(
    camera_sim: Callable[..., str], small_registry: Registry, model_onnx: Path, detector: OnnxDetector
) -> None:
    feeds = {"down": small_registry[3], "crowd": small_registry[6], "smoke": small_registry[9]}
    script = [
        make_incident(feeds["down"], Watch.PERSON_DOWN, 3.0, 60.0, seed=11, n=0),
        make_incident(feeds["crowd"], Watch.GATHERING, 3.0, 60.0, seed=12, n=1),
        make_incident(feeds["smoke"], Watch.SMOKE, 3.0, 60.0, seed=13, n=2),  # the fall model sees no smoke
    ]
    base = camera_sim(12, script, ambient=0.2)
    registry = small_registry.with_base(base)
    holder = ModelHolder(model_onnx, lambda p: detector)
    sink = MemorySink()
    config = PipelineConfig(SchedulerConfig(target_s=1.5), RuleConfig(gathering_s=4.0), batch=4)
    pipe = Pipeline(registry, holder, sink, MATTERS, config)
    start = pipe.totals()
    asyncio.run(_run_for(pipe, 16.0))
    report = pipe.report(start, pipe.totals())

    got = sorted((o.event.camera_id, o.event.attrs["rule"]) for o in sink.items)
    assert got == [(feeds["down"].camera_id, "person_down"), (feeds["crowd"].camera_id, "gathering")]
    assert pipe.enabled == {Watch.PERSON_DOWN, Watch.GATHERING}
    for out in sink.items:
        ev, feed = out.event, registry.get(out.event.camera_id)
        assert ev.source is Source.VIDEO and ev.kind is EventKind.ALARM
        assert ev.photo_ref == f"snapshot:{out.snapshot_id}" and ev.event_id == f"vid-{out.snapshot_id}"
        assert ev.matter_code == f"T-{ev.attrs['rule']}"
        assert (ev.grid_id, ev.lat, ev.lon) == (feed.grid_id, feed.lat, feed.lon)
        assert abs(ev.occurred_at.timestamp() - time.time()) < 30
        thumb = cv2.imdecode(np.frombuffer(out.jpeg, np.uint8), cv2.IMREAD_COLOR)
        assert thumb.shape == (180, 320, 3)
        data = out.bus_data()
        assert data["camera_id"] == ev.camera_id and data["thumbnail"].startswith("data:image/jpeg;base64,")
    assert report["feeds_covered"] == 12 and report["fetch_errors"] == 0
    assert 0 < report["revisit_p50_s"] <= 1.5 and report["revisit_p99_s"] <= 1.5
    assert report["yolo_fps"] > 0 and 0 < report["motion_share"] < 1
    assert report["to_detector"]["motion"] >= 3


def test_an_alert_the_registry_cannot_make_valid_is_dead_lettered(
    small_registry: Registry, model_onnx: Path, detector: OnnxDetector
) -> None:
    broken = Registry([replace(small_registry[0], lat=95.0)])  # a mistyped latitude in the asset register
    sink = MemorySink()
    pipe = Pipeline(broken, ModelHolder(model_onnx, lambda p: detector), sink, MATTERS)
    alert = Alert(broken[0].camera_id, "z0", Watch.PERSON_DOWN, time.time(), time.time() - 8, 0.7, ())
    outgoing: list[Outgoing] = []
    dead: list[tuple[bytes, str]] = []
    pipe._emit(0, alert, np.zeros((360, 640, 3), np.uint8), [], "m", outgoing, dead)
    assert outgoing == [] and len(dead) == 1 and pipe.counts["dead_letters"] == 1
    raw, reason = dead[0]
    assert b'"camera_id": "CAM-00000"' in raw and "invalid video event" in reason and "lat" in reason
