"""``gridcc bench vision --feeds 5000 --seconds 60``: can this box watch every feed within its revisit target?

Runs the real pipeline (aiohttp polling, motion gate, batched YOLO, rules)
against the camera simulator (started here on a free port unless
``--camera-base`` points at one), with events counted in memory: no Kafka,
PostgreSQL or Redis needed.  Prints a progress line every few seconds and
ends with one JSON line.  Detections are checked against the simulator's
scripted ground truth (``GET /incidents``): an incident counts as found when
an event of its rule came from its camera while it lasted (plus a grace).

The simulator shares the machine: ``cpu_percent`` is this process (100 = one
core), ``sim_cpu_percent`` the simulator, ``system_cpu_percent`` the whole box
(100 = all cores) and ``other_cpu_cores`` whatever else ran meanwhile.  As a
shared box makes wall-clock rates noisy, CPU *time* per poll (main thread)
and per YOLO frame (the other threads) is reported too, with the cores the
revisit target would need at the measured motion share
(``projected_cores_at_target``, simulator included).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import threading
import time
from typing import Any

import aiohttp
import psutil

from gridcc.domain.event import Event
from gridcc.runtime.process import free_port
from gridcc.settings import Settings, get_settings
from simulators.cameras import spawn
from vision.detector import load_detector
from vision.hotreload import ModelHolder
from vision.matters import TARGETS, MatterMap, load_matters
from vision.model import configure_runtime, configured_model_path, runnable_model
from vision.pipeline import Pipeline, PipelineConfig
from vision.registry import Watch, build_registry
from vision.rules import RuleConfig
from vision.scheduler import SchedulerConfig
from vision.sinks import MemorySink

log = logging.getLogger("vision.bench")


def _matters() -> MatterMap:
    """The taxonomy's codes; placeholders when it is not built yet (the benchmark needs no real codes)."""
    try:
        return load_matters()
    except (FileNotFoundError, ValueError) as exc:
        log.warning("taxonomy unavailable (%s): using placeholder matter codes", exc)
        return MatterMap({w: f"VISION-{w.value}" for w in TARGETS}, {}, frozenset())


def thread_cpu(proc: psutil.Process) -> tuple[float, float]:
    """CPU seconds of (the main thread, all others): polling runs on the first, decoding for and running YOLO
    on the others, so the two costs separate even on a box shared with other work."""
    main_id = threading.main_thread().native_id
    main = other = 0.0
    for t in proc.threads():
        if t.id == main_id:
            main += t.user_time + t.system_time
        else:
            other += t.user_time + t.system_time
    return main, other


def score(
    incidents: list[dict[str, Any]], events: list[Event], run_end: float, grace: dict[str, float]
) -> dict[str, Any]:
    """Per rule: incidents due by the end of the run, how many got an event, and events matching none."""
    per: dict[str, dict[str, int]] = {}
    matched: set[str] = set()
    for inc in incidents:
        kind = inc["kind"]
        if kind not in grace or inc["start"] > run_end:
            continue
        row = per.setdefault(kind, {"started": 0, "due": 0, "found": 0})
        row["started"] += 1
        hits = [
            e.event_id
            for e in events
            if e.camera_id == inc["camera_id"]
            and e.attrs.get("rule") == kind
            and inc["start"] - 1 <= e.occurred_at.timestamp() <= inc["end"] + grace[kind]
        ]
        matched.update(hits)
        if inc["start"] + grace[kind] <= run_end:
            row["due"] += 1
            row["found"] += bool(hits)
    return {"incidents": per, "unmatched_events": sum(e.event_id not in matched for e in events)}


async def _run(args: argparse.Namespace, settings: Settings, base: str, sim: psutil.Process | None) -> dict[str, Any]:
    threads = configure_runtime(settings, args.threads)
    registry = build_registry(args.feeds, settings.simulator.seed, base)
    v = settings.vision
    path = runnable_model(configured_model_path(settings), settings)  # exported already by main()
    holder = ModelHolder(path, lambda p: load_detector(runnable_model(p, settings), v.imgsz, v.device, threads))
    sink = MemorySink()
    rules = RuleConfig()
    config = PipelineConfig(SchedulerConfig(target_s=v.revisit_target_s), rules, batch=args.batch)
    pipe = Pipeline(registry, holder, sink, _matters(), config)
    me = psutil.Process()
    me.cpu_percent(None)
    if sim:
        sim.cpu_percent(None)
    psutil.cpu_percent(None)
    cpu0, sim0 = thread_cpu(me), sum(sim.cpu_times()[:2]) if sim else 0.0
    stop = asyncio.Event()
    runner = asyncio.create_task(pipe.run(stop))
    t_start = time.time()
    start = prev = pipe.totals()
    next_at = time.monotonic() + args.every
    end_at = time.monotonic() + args.seconds
    while time.monotonic() < end_at:
        await asyncio.sleep(min(0.25, max(0.0, end_at - time.monotonic())))
        if time.monotonic() >= next_at or time.monotonic() >= end_at:
            cur = pipe.totals()
            r = pipe.report(prev, cur)
            print(
                f"[{time.time() - t_start:5.1f} s] polled {r['polled_fps']:.0f}/s, motion {r['motion_share']:.1%}, "
                f"yolo {r['yolo_fps']:.1f} fps (batch p50 {r['yolo_batch_p50_ms']:.0f} ms), revisit p50 "
                f"{r['revisit_p50_s']:.1f} s p99 {r['revisit_p99_s']:.1f} s, stalest {r['stalest_s']:.1f} s, "
                f"covered {r['feeds_covered']}/{r['feeds']}, detector queue {r['pending']} (owed "
                f"{r['detector_owed']}), events {r['events']}",
                flush=True,
            )
            prev, next_at = cur, next_at + args.every
    end = pipe.totals()
    final = pipe.report(start, end)
    cpu, sim_cpu, sys_cpu = me.cpu_percent(None), sim.cpu_percent(None) if sim else None, psutil.cpu_percent(None)
    cpu1, sim1 = thread_cpu(me), sum(sim.cpu_times()[:2]) if sim else 0.0
    polls, frames = max(1.0, end["ok"] - start["ok"]), max(1.0, end["yolo_frames"] - start["yolo_frames"])
    costs = {  # CPU time, not wall time: unaffected by whatever else shares the box
        "cpu_ms_per_poll": round((cpu1[0] - cpu0[0]) * 1000 / polls, 3),
        "cpu_ms_per_yolo_frame": round((cpu1[1] - cpu0[1]) * 1000 / frames, 2),
        "sim_cpu_ms_per_request": round((sim1 - sim0) * 1000 / polls, 3) if sim else None,
    }
    st = pipe.sched.stats()
    need_polls = args.feeds / (config.scheduler.pace * v.revisit_target_s)
    need_yolo = need_polls * sum(st.to_detector.values()) / max(1, st.ok)
    per_poll = costs["cpu_ms_per_poll"] + (costs["sim_cpu_ms_per_request"] or 0.0)
    costs["projected_cores_at_target"] = round(
        (need_polls * per_poll + need_yolo * costs["cpu_ms_per_yolo_frame"]) / 1000, 2
    )
    rss = me.memory_info().rss / 2**20
    run_end = time.time()
    stop.set()
    await runner
    async with aiohttp.ClientSession() as session, session.get(f"{base}/incidents") as resp:
        truth = (await resp.json())["incidents"] if resp.status == 200 else []
    target = v.revisit_target_s
    confirm = rules.confirm_hits * target + target  # confirmations at one visit per target, plus a visit of slack
    grace = {
        Watch.PERSON_DOWN.value: confirm,
        Watch.SMOKE.value: confirm,
        Watch.GATHERING.value: rules.gathering_s + 3 * target,
        Watch.PARKING.value: rules.parking_s + 3 * target,
        Watch.PILE.value: rules.pile_s + 3 * target,
    }
    enabled = {w.value for w in pipe.enabled}
    checked = score(truth, [o.event for o in sink.items], run_end, {k: g for k, g in grace.items() if k in enabled})
    return {
        **final,
        "seconds": args.seconds,
        "imgsz": v.imgsz,
        "device": v.device,
        "model": holder.current.source.name,
        "threads": threads,
        "cpu_percent": round(cpu, 1),
        "sim_cpu_percent": round(sim_cpu, 1) if sim_cpu is not None else None,
        "system_cpu_percent": round(sys_cpu, 1),
        "cores": os.cpu_count(),
        # what else ran on the box meanwhile (other people's tests, a demo stack), in cores
        "other_cpu_cores": round(max(0.0, sys_cpu * (os.cpu_count() or 1) - cpu - (sim_cpu or 0.0)) / 100, 2),
        "load_avg_1m": round(os.getloadavg()[0], 2),
        "rss_mb": round(rss, 1),
        **costs,
        "events_by_rule": pipe.events_by_rule,
        "rules_on": sorted(enabled),
        **checked,
    }


def main(argv: list[str] | None = None) -> int:
    s = get_settings()
    p = argparse.ArgumentParser(prog="gridcc bench vision", description=__doc__.split("\n\n")[0])
    p.add_argument("--feeds", type=int, default=s.vision.feeds)
    p.add_argument("--seconds", type=float, default=60.0)
    p.add_argument("--imgsz", type=int, default=s.vision.imgsz)
    p.add_argument("--device", default=s.vision.device)
    p.add_argument(
        "--camera-base",
        help="a running camera simulator started with the same --feeds and seed; default: start one on a free port",
    )
    p.add_argument("--incidents-per-min", type=float, default=60.0, help="for the simulator started here")
    p.add_argument("--ambient", type=float, default=0.04, help="share of feeds with a passer-by (simulator)")
    p.add_argument("--threads", type=int, help="inference threads (default: cores - 1)")
    p.add_argument("--batch", type=int, default=8, help="frames per detector batch")
    p.add_argument("--every", type=float, default=5.0, help="seconds between progress lines")
    a = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    settings = s.model_copy(update={"vision": s.vision.model_copy(update={"imgsz": a.imgsz, "device": a.device})})
    configure_runtime(settings, a.threads)
    runnable_model(configured_model_path(settings), settings)  # a first run exports to ONNX before the clock starts
    proc = None
    base = a.camera_base
    if not base:
        port = free_port()
        sim_args = ["--seed", str(s.simulator.seed), "--incidents-per-min", str(a.incidents_per_min)]
        sim_args += ["--ambient", str(a.ambient), "--horizon", str(a.seconds + 120)]
        # incidents start after the worker's first cycle: a first frame is a baseline, not motion
        sim_args += ["--first-after", str(settings.vision.revisit_target_s * 1.2)]
        proc = spawn(port, a.feeds, *sim_args)
        base = f"http://127.0.0.1:{port}"
        print(f"camera simulator: {a.feeds} feeds at {base} (pid {proc.pid})", flush=True)
    try:
        result = asyncio.run(_run(a, settings, base.rstrip("/"), psutil.Process(proc.pid) if proc else None))
    finally:
        if proc:
            proc.terminate()
            with contextlib.suppress(Exception):
                proc.wait(10)
    print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
