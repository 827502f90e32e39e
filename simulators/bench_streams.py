"""``gridcc bench streams``: does a second stream worker process add throughput?

The stream stage alone (validate, locate, classify, merge into cases, persist)
on real servers, without ingest, dispatch or the dashboard competing for the
same cores: for each worker count it starts that many faust workers on fresh
topics (their own prefix, so each count starts from an empty consumer group),
produces ``--events`` new-case events at once onto the raw topic, and times the
workers' own processed counters reaching the total.  Every count runs against
the same servers, one after the other, so the figures compare within one run.
One JSON line on stdout, also written to ``<out>/streams.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil
from aiokafka import AIOKafkaProducer

from gridcc.domain.event import Event, EventKind, Source
from gridcc.domain.geo import load_geography
from gridcc.domain.taxonomy import load_taxonomy
from gridcc.runtime import components as comp
from gridcc.runtime.process import StartupError, free_port
from gridcc.settings import Settings, get_settings
from simulators.bench_burst import stream_events
from streams.topics import RAW, bootstrap, ensure_topics


def make_events(n: int, seed: int, run: str) -> list[Event]:
    """Events that mostly open cases of their own: random types at random grids, as cameras and apps send them."""
    rng = random.Random(seed)
    geo, tax = load_geography(), load_taxonomy()
    codes = [t.code for t in tax.reportable_by(Source.VIDEO)] + [t.code for t in tax.reportable_by(Source.CITIZEN)]
    now = datetime.now(UTC)
    out = []
    for i in range(n):
        grid = rng.choice(geo.grids)
        out.append(
            Event(
                event_id=f"bs-{run}-{i}",
                source=Source.VIDEO,
                kind=EventKind.ALARM,
                occurred_at=now,
                lat=grid.centroid[0] + rng.uniform(-3e-4, 3e-4),
                lon=grid.centroid[1] + rng.uniform(-3e-4, 3e-4),
                grid_id=grid.grid_id,
                matter_code=rng.choice(codes),
                attrs={"rule": "bench-streams"},
            )
        )
    return out


async def produce(settings: Settings, events: list[Event]) -> float:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap(settings), linger_ms=5, acks="all")
    await producer.start()
    t0 = time.time()
    try:
        futures = [
            await producer.send(settings.topic(RAW), key=(e.grid_id or "").encode(), value=e.model_dump_json().encode())
            for e in events
        ]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return time.time() - t0


def _cpu_s(pids: dict[str, int]) -> dict[str, float]:
    out = {}
    for name, pid in pids.items():
        try:
            root = psutil.Process(pid)
            total = 0.0
            for p in [root, *root.children(recursive=True)]:
                t = p.cpu_times()
                total += t.user + t.system
            out[name] = total
        except psutil.Error:
            out[name] = 0.0
    return out


def run_count(
    settings: Settings, workers: int, n: int, seed: int, log_dir: Path, servers: dict[str, int]
) -> dict[str, Any]:
    s = settings.model_copy(update={"topic_prefix": f"{settings.topic_prefix}w{workers}"})
    asyncio.run(ensure_topics(s))
    children = []
    try:
        for i in range(workers):
            c = comp.streams_worker(s, i)
            child = comp.spawn(c, s, log_dir)
            children.append(child)
            comp.wait_healthy(c, child, s, 180)
        time.sleep(3.0)  # let the group settle: every worker owns its partitions before the load
        events = make_events(n, seed, f"w{workers}")
        pids = {**servers, **{f"streams-{i}": ch.pid or 0 for i, ch in enumerate(children)}}
        cpu0 = _cpu_s(pids)
        before, _ = asyncio.run(stream_events(s.redis_url or "", s.topic_prefix))
        t0 = time.time()
        produce_s = asyncio.run(produce(s, events))
        done, prev = None, (t0, before)
        while time.time() - t0 < 600:
            count, at = asyncio.run(stream_events(s.redis_url or "", s.topic_prefix))
            if count >= before + n and at > prev[0]:
                done = prev[0] + (before + n - prev[1]) / max(count - prev[1], 1) * (at - prev[0])
                break
            if at > prev[0]:
                prev = (at, count)
                sys.stderr.write(f"  {workers} worker(s): {count - before}/{n} events processed\n")
            time.sleep(0.25)
        wall = (done or time.time()) - t0
        cpu1 = _cpu_s(pids)
        return {
            "workers": workers,
            "events": n,
            "produce_s": round(produce_s, 2),
            "seconds": round(wall, 2),
            "rate": round(n / wall) if done else None,
            "cpu_percent": {k: round((cpu1[k] - cpu0[k]) / wall * 100, 1) for k in pids},
        }
    finally:
        for child in children:
            child.stop()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="gridcc bench streams",
        description="Stream-stage throughput with 1, 2, ... faust worker processes on the same servers, one count "
        "after the other. One JSON line on stdout.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    p.add_argument("--workers", default="1,2", help="worker counts to compare, comma-separated")
    p.add_argument("--events", type=int, default=20_000, help="new-case events produced at once per count")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--out", type=Path, default=Path("docs/bench"), help="folder for streams.json")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    from gridcc.runtime.launcher import Launcher
    from simulators.bench_stack import drop_data, stop_on_sigterm

    args = build_parser().parse_args(list(argv) if argv is not None else None)
    stop_on_sigterm()
    counts = [int(x) for x in args.workers.split(",") if x.strip()]
    load = [round(x, 2) for x in os.getloadavg()]
    base = get_settings()
    ports = base.ports.model_copy(update={k: free_port(base.host) for k in ("kafka", "redis", "postgres", "mqtt")})
    data_dir = (base.data_dir / "bench" / f"streams-{time.strftime('%Y%m%d-%H%M%S')}").resolve()
    launcher = Launcher(base.model_copy(update={"ports": ports, "data_dir": data_dir}), out=sys.stderr)
    try:
        settings = launcher.start_servers()
        servers = {srv.name: srv.child.pid for srv in launcher.servers if srv.child is not None and srv.child.pid}
        runs = []
        for k in counts:
            sys.stderr.write(f"{k} stream worker(s), {args.events} events ...\n")
            runs.append(run_count(settings, k, args.events, args.seed, launcher.log_dir, servers))
            sys.stderr.write(f"  -> {runs[-1]['rate']} events/s in {runs[-1]['seconds']} s\n")
    except StartupError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    finally:
        launcher.stop()
        drop_data(data_dir)
    first = runs[0]["rate"] or 0
    result = {
        "bench": "streams",
        "partitions": settings.streams.partitions,
        "runs": runs,
        "speedup": {str(r["workers"]): round((r["rate"] or 0) / first, 2) if first else None for r in runs},
        "cpus": os.cpu_count(),
        "loadavg_at_start": load,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "streams.json").write_text(json.dumps(result, indent=1) + "\n")
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
