"""``gridcc bench e2e``: the whole command center under a mixed load, report to task, measured for real.

It starts a private stack (or uses a running ``gridcc up`` with
``--use-running``), puts one worker on duty per grid and specialist team with a
socket each, opens the wall screens, measures the no-op ceiling of faust on
this broker, then drives citizens (HTTP), sensors (MQTT) and cameras (Kafka)
at ``--rate`` events/s for ``--seconds``.  Progress goes to stderr every few
seconds; the result is ONE JSON line on stdout, also written to
``docs/bench/e2e-<rate>.json`` (``--sweep``: ``sweep.json`` and a plot).

Why this shape: the district's targets (shared DESIGN.md) are about the
whole path a citizen or a sensor sees, so the benchmark goes in through the
same doors and out through the same socket a worker's phone holds.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gridcc.runtime.process import StartupError
from gridcc.settings import Settings, get_settings
from simulators.bench_burst import burst as run_burst
from simulators.bench_check import measure_noop
from simulators.bench_run import Bench, Options
from simulators.bench_sockets import run_loop
from simulators.bench_stack import Stack, attach_running, start_stack, stop_on_sigterm

DEFAULT_SWEEP = (25, 50, 100, 250, 500, 1000, 2000, 3000)
GOAL_P99_MS = 1000.0


def _mix(text: str) -> dict[str, float]:
    try:
        parts = dict(p.split("=", 1) for p in text.split(","))
        mix = {k.strip(): float(v) for k, v in parts.items()}
    except ValueError:
        raise argparse.ArgumentTypeError("--mix looks like citizen=40,iot=40,video=20") from None
    if not set(mix) <= {"citizen", "iot", "video"} or sum(mix.values()) <= 0:
        raise argparse.ArgumentTypeError("--mix takes citizen, iot and video shares (any positive scale)")
    return mix


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="gridcc bench e2e",
        description=(
            "End-to-end benchmark: report -> case -> task on a worker's socket, under a mixed load at a fixed "
            "offered rate (open loop). Progress lines go to stderr; one JSON line to stdout and "
            "<out>/e2e-<rate>.json. Takes about 40 s of set-up plus --seconds plus the drain."
        ),
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    p.add_argument("--rate", type=float, default=1000, help="offered events per second, all sources together")
    p.add_argument("--seconds", type=float, default=30, help="how long the load runs (each step, with --sweep)")
    p.add_argument("--sweep", action="store_true", help="run increasing rates on one stack; report the best passing")
    p.add_argument("--rates", default=",".join(map(str, DEFAULT_SWEEP)), help="the --sweep rates, comma-separated")
    p.add_argument("--keep-going", action="store_true", help="--sweep: go on after the first failing step")
    p.add_argument("--use-running", action="store_true", help="measure a running `gridcc up` instead of starting one")
    p.add_argument("--workers", type=int, default=0, help="faust worker processes of a started stack (0: settings)")
    p.add_argument("--mix", type=_mix, default="citizen=40,iot=40,video=20", help="share per source")
    p.add_argument("--dup-share", type=float, default=0.05, help="share of events that duplicate a recent incident")
    p.add_argument(
        "--text-share",
        type=float,
        default=0.0,
        help="share of citizen reports sent as free text (classifier path) instead of Open311 codes",
    )
    p.add_argument("--noop-messages", type=int, default=50_000, help="messages for the no-op ceiling (0: skip)")
    p.add_argument("--burst", type=int, default=2000, help="new-case events produced at once for pipeline_rate")
    p.add_argument("--drain", type=float, default=60, help="longest wait for stored events and tasks after the load")
    p.add_argument("--screens", type=int, default=20, help="wall-screen (/ws/ops) sockets")
    p.add_argument(
        "--phones",
        choices=("work", "listen"),
        default="work",
        help="work: the on-duty phones accept each offer after 1-5 s and resolve it 20-60 s later; "
        "listen: they only time arrivals, so every offer expires and is re-offered",
    )
    p.add_argument("--seed", type=int, default=20151201, help="random seed of the incidents")
    p.add_argument("--out", type=Path, default=Path("docs/bench"), help="folder for the JSON results and the plot")
    p.add_argument("--keep-data", action="store_true", help="keep a started stack's database folder")
    return p


def goals(result: dict[str, Any]) -> dict[str, bool]:
    p99, heat, noop = result.get("p99_ms"), result.get("heatmap_p99_ms"), result.get("noop_rate")
    out = {
        "p99_under_1s": p99 is not None and p99 < GOAL_P99_MS,
        "no_loss": result.get("lost") == 0,
        "no_duplicate_cases": result.get("duplicate_cases") == 0,
        "heatmap_p99_under_250ms": heat is not None and heat < 250,
    }
    if noop and result.get("pipeline_rate") is not None:
        out["pipeline_at_least_half_noop"] = result["pipeline_rate"] >= noop / 2
    return out


def _machine() -> dict[str, Any]:
    return {"cpus": os.cpu_count(), "loadavg_at_start": [round(x, 2) for x in os.getloadavg()]}


async def _session(args: argparse.Namespace, stack: Stack) -> list[dict[str, Any]]:
    opts = Options(args.mix, args.dup_share, args.text_share, args.drain, seed=args.seed, ops_screens=args.screens)
    if args.phones == "listen":
        opts.phones = None
    bench = Bench(stack, opts)
    try:
        setup = await bench.setup()
        head: dict[str, Any] = {
            "bench": "e2e",
            **setup,
            "mix": args.mix,
            "dup_share": args.dup_share,
            "text_share": args.text_share,
            "stream_workers": stack.settings.streams.workers,
            "stack": "running" if args.use_running else "started",
            **_machine(),
        }
        if stack.notes:
            head["notes"] = stack.notes
        if args.noop_messages:
            bench.say(f"  no-op ceiling: {args.noop_messages} messages onto {stack.settings.topic('bench.noop')} ...")
            head.update(await measure_noop(stack.settings, args.noop_messages))
            bench.say(f"  no-op: {head['noop_rate']} msg/s")
        if args.burst:  # on the idle stack, like the no-op ceiling, so the two compare
            bench.say(f"  pipeline burst: {args.burst} new-case camera events at once ...")
            head.update(await run_burst(bench, args.burst))
            head["pipeline_to_noop"] = (
                round(head["pipeline_rate"] / head["noop_rate"], 3) if head.get("noop_rate") else None
            )
            bench.say(f"  pipeline: {head['pipeline_rate']} tasks/s (streams alone {head['streams_rate']} events/s)")
        rates = [float(r) for r in args.rates.split(",")] if args.sweep else [args.rate]
        results = []
        for lane, rate in enumerate(rates):
            bench.say(f"step {lane + 1}/{len(rates)}: {rate:g} events/s for {args.seconds:g} s")
            step = {**head, **await bench.step(rate, args.seconds, lane)}
            step["goals"] = goals(step)
            results.append(step)
            ok = step["goals"]["p99_under_1s"] and step["goals"]["no_loss"]
            bench.say(
                f"  -> p99 {step['p99_ms']} ms, lost {step['lost']}, achieved {step['achieved_rate']}/s"
                f"{'' if ok else '  (FAILS: p99 >= 1 s or loss)'}"
            )
            if args.sweep and not ok and not args.keep_going:
                break
        return results
    finally:
        await bench.teardown()


def _write(out: Path, name: str, data: Any) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return path


def plot(steps: list[dict[str, Any]], path: Path) -> None:
    """p50 and p99 report->task latency against the offered rate, with the 1 s goal drawn in."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rates = [s["offered_rate"] for s in steps]
    fig, ax = plt.subplots(figsize=(7, 4.2), dpi=110)
    ax.plot(rates, [s["p50_ms"] or 0 for s in steps], "o-", label="p50")
    ax.plot(rates, [s["p99_ms"] or 0 for s in steps], "s-", label="p99")
    ax.axhline(GOAL_P99_MS, color="red", ls="--", lw=1, label="p99 goal (1 s)")
    ax.set_xlabel("offered events/s (citizen HTTP + IoT MQTT + video Kafka)")
    ax.set_ylabel("report -> task latency, ms")
    ax.set_yscale("log")
    if rates and max(rates) >= 10 * min(rates):
        ax.set_xscale("log")
        ax.set_xticks(rates, [f"{r:g}" for r in rates])
    ax.set_title("Grid Command end to end, 2-core shared machine")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(argv) if argv is not None else None)
    stop_on_sigterm()
    base: Settings = get_settings()
    t0 = time.monotonic()
    sys.stderr.write(
        "Grid Command e2e benchmark: "
        + ("using the running stack\n" if args.use_running else "starting a private stack\n")
    )
    try:
        stack = attach_running(base) if args.use_running else start_stack(base, args.workers or None, args.keep_data)
    except StartupError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    try:
        results = run_loop(_session(args, stack))
    finally:
        stack.stop()
    for r in results:
        r["wall_s"] = round(time.monotonic() - t0, 1)
    if args.sweep:
        passing = [r for r in results if r["goals"]["p99_under_1s"] and r["goals"]["no_loss"]]
        summary = {
            "bench": "e2e-sweep",
            "best_rate": max((r["offered_rate"] for r in passing), default=None),
            "noop_rate": results[0].get("noop_rate") if results else None,
            "pipeline_rate": results[0].get("pipeline_rate") if results else None,
            "steps": results,
        }
        _write(args.out, "sweep.json", summary)
        plot(results, args.out / "latency_vs_rate.png")
        line = summary
    else:
        line = results[0]
        _write(args.out, f"e2e-{args.rate:g}.json", line)
    sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
