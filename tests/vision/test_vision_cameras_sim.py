"""The camera simulator over HTTP: snapshots, MJPEG, ground truth, cheap repeated frames."""

from __future__ import annotations

import itertools
import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable

import cv2
import numpy as np
import pytest

from simulators.camera_script import generate, make_incident, walker_at
from simulators.cameras import CameraSimulator
from vision.registry import Registry, Watch, build_registry
from vision.sources import CaptureSource, SourceError


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.read()


def test_http_snapshots_mjpeg_and_incidents(camera_sim: Callable[..., str], small_registry: Registry) -> None:
    down = make_incident(small_registry[2], Watch.PERSON_DOWN, 1.0, 30.0, seed=4)
    base = camera_sim(12, [down])
    truth = json.loads(_get(f"{base}/incidents"))
    assert abs(truth["t0"] - time.time()) < 30
    (inc,) = truth["incidents"]
    assert inc["camera_id"] == "CAM-00002" and inc["kind"] == "person_down" and inc["zone_id"] == "z0"
    assert inc["start"] == pytest.approx(truth["t0"] + 1.0, abs=0.01)
    jpeg = _get(f"{base}/cam/CAM-00005.jpg")
    img = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert img.shape == (360, 640, 3)
    assert _get(f"{base}/cam/CAM-00005.jpg") == jpeg  # a still feed is one cached encode
    with pytest.raises(urllib.error.HTTPError) as err:
        _get(f"{base}/cam/CAM-99999.jpg")
    assert err.value.code == 404
    stream = CaptureSource(f"{base}/cam/CAM-00002.mjpg?fps=10")
    try:
        assert stream.read().shape == (360, 640, 3)
    finally:
        stream.close()
    with pytest.raises(SourceError, match="RTSP is not testable"):
        CaptureSource("rtsp://127.0.0.1:9/none", open_timeout_s=1).read()


def test_frames_follow_the_script_and_are_cached() -> None:
    reg = build_registry(6, seed=2)
    inc = make_incident(reg[1], Watch.GATHERING, 10.0, 70.0, seed=1)
    sim = CameraSimulator(reg, [inc], ambient=0.0, seed=2)
    t0 = sim.t0
    before, during = sim.snapshot("CAM-00001", t0 + 5), sim.snapshot("CAM-00001", t0 + 30)
    assert before is not None and during is not None and before != during
    assert sim.snapshot("CAM-00001", t0 + 31) is during  # the crowd stands still: same cached bytes
    assert sim.snapshot("CAM-00001", t0 + 80) == before
    assert sim.snapshot("nope") is None


def test_generated_script_is_reproducible_and_one_incident_per_feed_at_a_time() -> None:
    reg = build_registry(300, seed=7)
    a, b = generate(reg, 7, per_min=60, horizon_s=600), generate(reg, 7, per_min=60, horizon_s=600)
    assert a == b and len(a) > 500
    assert {i.kind for i in a} == set(Watch)
    by_feed: dict[str, list[tuple[float, float]]] = {}
    for i in a:
        zone = next(z for z in reg.get(i.camera_id).zones if z.zone_id == i.zone_id)
        assert i.kind in zone.watch
        by_feed.setdefault(i.camera_id, []).append((i.start, i.end))
    for spans in by_feed.values():
        spans.sort()
        assert all(s2 >= e1 for (_, e1), (s2, _) in itertools.pairwise(spans))
    share = sum(walker_at(f"CAM-{k:05d}", 100.0, 0.1, 7) is not None for k in range(3000)) / 3000
    assert 0.07 < share < 0.13
