"""The end-to-end benchmark's machinery, tiny: a started stack on the test servers, 20 events/s for 5 s.

Not a performance test (the suite's machine is shared): it checks that the
benchmark runs from the CLI, puts out one JSON line with every key the
documentation promises, and that on a light load nothing is lost and no
incident is split into two cases.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from tests.conftest import fresh_database

KEYS = {
    "offered_rate", "achieved_rate", "events_in", "events_out", "lost", "duplicate_cases", "p50_ms", "p95_ms",
    "p99_ms", "heatmap_p99_ms", "components", "noop_rate", "pipeline_rate", "tasks_received", "goals",
    "second_look",
}  # fmt: skip
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def bench_db() -> Iterator[str]:
    """A database of its own, so the benchmark's cases meet no other test's."""
    with fresh_database("bench", migrated=False) as url:  # the benchmark applies the schema itself
        yield url


def test_tiny_run_reports_every_key_and_loses_nothing(
    settings: object, redis_url: str, bench_db: str, tmp_path: Path
) -> None:
    prefix = f"b{uuid.uuid4().hex[:6]}"  # its own topics, consumer groups and Redis keys
    env = {**os.environ, "GRIDCC_TOPIC_PREFIX": prefix, "GRIDCC_DATABASE_URL": bench_db}
    argv = [sys.executable, "-m", "gridcc.cli", "bench", "e2e", "--rate", "20", "--seconds", "5", "--drain", "30",
            "--noop-messages", "2000", "--burst", "100", "--screens", "2", "--out", str(tmp_path)]  # fmt: skip
    try:
        done = subprocess.run(argv, env=env, cwd=ROOT, capture_output=True, text=True, timeout=170)
    finally:
        r = redis.Redis.from_url(redis_url)
        keys = list(r.scan_iter(f"{prefix}:*"))
        if keys:
            r.delete(*keys)
        r.close()
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1, done.stdout[-2000:]
    result = json.loads(lines[0])
    assert set(result) >= KEYS, KEYS - set(result)
    assert result["lost"] == 0 and result["events_in"] == result["events_out"] > 50
    assert result["duplicate_cases"] == 0
    assert set(result["second_look"]) == {"reports_published_again", "events_published_again", "events_given_up"}
    assert result["tasks_missing"] == 0 and result["tasks_received"] > 0
    assert result["phones"]["accepted"] > 0 and result["phones"]["failed"] == 0  # the phones work their offers
    assert {"streams-0", "dispatch-0", "mqtt-bridge", "ingest", "dashboard"} <= set(result["components"])
    assert json.loads((tmp_path / "e2e-20.json").read_text())["events_in"] == result["events_in"]
