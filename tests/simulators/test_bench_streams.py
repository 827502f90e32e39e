"""The stream-stage benchmark, tiny: one worker, 300 events, on the test servers.

Not a performance test: it checks that the benchmark runs from the CLI, that its
JSON line has the promised shape, and that every event it produced was stored.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import redis

from tests.simulators.test_bench_e2e import ROOT, bench_db  # noqa: F401  (the fixture)


def test_tiny_run_stores_every_event_and_reports_a_rate(redis_url: str, bench_db: str, tmp_path: Path) -> None:  # noqa: F811
    prefix = f"s{uuid.uuid4().hex[:6]}"
    env = {**os.environ, "GRIDCC_TOPIC_PREFIX": prefix, "GRIDCC_DATABASE_URL": bench_db}
    argv = [sys.executable, "-m", "gridcc.cli", "bench", "streams", "--workers", "1", "--events", "300",
            "--out", str(tmp_path)]  # fmt: skip
    try:
        done = subprocess.run(argv, env=env, cwd=ROOT, capture_output=True, text=True, timeout=170)
    finally:
        r = redis.Redis.from_url(redis_url)
        keys = list(r.scan_iter(f"{prefix}*"))
        if keys:
            r.delete(*keys)
        r.close()
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == json.loads((tmp_path / "streams.json").read_text())
    [run] = result["runs"]
    assert run["workers"] == 1 and run["events"] == 300 and run["rate"] > 0
    assert run["cpu_percent"]["streams-0"] > 0
    with psycopg.connect(bench_db) as conn:
        stored = conn.execute("SELECT count(*) FROM events WHERE event_id LIKE 'bs-w1-%'").fetchone()
    assert stored == (300,)
