"""Simulated traffic is deterministic for a seed, and a recording replays against a running stack."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import psycopg

from gridcc.domain.geo import load_geography
from gridcc.domain.taxonomy import load_taxonomy
from simulators.citizens import CitizenSim
from simulators.replay import Recorder, replay
from tests.stack import Stack


def test_same_seed_same_reports() -> None:
    tax, geo = load_taxonomy(), load_geography()
    a = CitizenSim("http://x", tax, geo, 1.0, seed=7, devices=50)
    b = CitizenSim("http://x", tax, geo, 1.0, seed=7, devices=50)
    c = CitizenSim("http://x", tax, geo, 1.0, seed=8, devices=50)
    first = [a.one() for _ in range(20)]
    assert first == [b.one() for _ in range(20)]
    assert first != [c.one() for _ in range(20)]


def test_a_recording_replays_the_same_reports(stack: Stack, pg: psycopg.Connection, tmp_path: Path) -> None:
    sim = CitizenSim(stack.base, load_taxonomy(), load_geography(), 1.0, seed=int(time.time()), devices=50)
    path = tmp_path / "day.jsonl"
    rec = Recorder(path)
    bodies = [{k: v for k, v in sim.one().items() if not k.startswith("_")} for _ in range(5)]
    for body in bodies:
        rec.report(body)
    rec.reading(f"{stack.settings.topic_prefix}/iot/4406040000000000/gas", b'{"value": 1, "unit": "%LEL"}')
    rec.close()
    assert [json.loads(line)["kind"] for line in path.read_text().splitlines()] == ["report"] * 5 + ["reading"]
    counts = asyncio.run(replay(path, stack.base, stack.settings.mqtt_url or "", speed=100))
    assert counts == {"reports": 5, "refused": 0, "readings": 1}
    keys = [b["idempotency_key"] for b in bodies]
    assert pg.execute("SELECT count(*) FROM reports WHERE idempotency_key = ANY(%s)", (keys,)).fetchone() == (5,)
    again = asyncio.run(replay(path, stack.base, stack.settings.mqtt_url or "", speed=100))
    assert again["reports"] == 5  # idempotent: the same keys give the same reports, not new ones
    assert pg.execute("SELECT count(*) FROM reports WHERE idempotency_key = ANY(%s)", (keys,)).fetchone() == (5,)
