"""``gridcc bench mqtt``: how many sensor readings a second the MQTT bridge stores, and at what CPU.

The bridge runs as ``gridcc up`` runs it, against real servers (embedded ones
on free ports unless URLs are configured, or a running stack with
``--use-running``).  A separate process publishes ``--readings`` normal
readings from real IoT components as fast as it can (so the publisher's own
CPU is not the bridge's); the benchmark counts the rows arriving in the
``readings`` table.  The readings carry timestamps in a window of their own,
30 days back, so they are counted exactly even beside a live simulator and
raise no alarm.  One JSON line on stdout, also written to ``<out>/mqtt.json``.
Goal (shared DESIGN.md): at least 5,000 readings/s stored, on one core.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import queue
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import psutil
import psycopg

from gridcc.runtime.process import StartupError
from gridcc.settings import Settings, get_settings

GOAL_PER_S = 5000
BACKDATE_S = 30 * 86_400.0
_OUTSTANDING = 20_000


def publish(
    mqtt_url: str, prefix: str, sensors: list[tuple[str, str, str, float]], n: int, base: float, qos: int, out: Any
) -> None:
    """The publisher process: ``n`` readings round-robin over ``sensors`` (code, metric, unit, value)."""
    import paho.mqtt.client as mqtt

    u = urlparse(mqtt_url)
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"bench-pub-{os.getpid()}")
    client.max_inflight_messages_set(1000)
    client.connect(u.hostname or "127.0.0.1", u.port or 1883)
    client.loop_start()
    t0 = time.time()
    infos = []
    for i in range(n):
        code, metric, unit, value = sensors[i % len(sensors)]
        ts = base + i * 1e-4
        payload = f'{{"value": {value}, "unit": "{unit}", "ts": {ts!r}}}'
        infos.append(client.publish(f"{prefix}/iot/{code}/{metric}", payload, qos=qos))
        if i >= _OUTSTANDING:  # paho's message ids are 16-bit: keep fewer than 65,535 unacknowledged
            infos[i - _OUTSTANDING].wait_for_publish(120)
    for info in infos[-_OUTSTANDING:]:
        info.wait_for_publish(120)
    t1 = time.time()
    client.loop_stop()
    client.disconnect()
    out.put((t0, t1))


def _sensors(settings: Settings, count: int) -> list[tuple[str, str, str, float]]:
    from gridcc.domain.components import SENSOR_KINDS, load_components
    from gridcc.domain.geo import load_geography
    from ingest.thresholds import RULES
    from simulators.iot import NORMAL

    comps = load_components(None, load_geography(), cache_dir=settings.data_dir / "cache")
    out = []
    for row in comps.iot_components()[:count].tolist():
        kind = SENSOR_KINDS[int(comps.sensor_index[row])].value
        out.append((comps.code_str(row), RULES[kind].metric, RULES[kind].unit, NORMAL[kind][0]))
    return out


def _stored(database_url: str, lo: float, hi: float) -> int:
    with psycopg.connect(database_url, autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*) FROM readings WHERE ts BETWEEN to_timestamp(%s) AND to_timestamp(%s)", (lo, hi)
        ).fetchone()
    return int(row[0]) if row else 0


def _cpu(pid: int | None) -> tuple[float, int]:
    """CPU seconds and RSS of a process tree."""
    if not pid:
        return 0.0, 0
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0.0, 0
    cpu, rss = 0.0, 0
    for p in procs:
        try:
            t = p.cpu_times()
            cpu += t.user + t.system
            rss += p.memory_info().rss
        except psutil.Error:
            continue
    return cpu, rss


def run(settings: Settings, pids: dict[str, int], args: argparse.Namespace) -> dict[str, Any]:
    sensors = _sensors(settings, args.sensors)
    base = round(time.time() - BACKDATE_S, 3)
    lo, hi = base - 1, base + args.readings * 1e-4 + 1
    before = _stored(settings.database_url or "", lo, hi)
    cpu0 = {k: _cpu(p)[0] for k, p in pids.items()}
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    job = (settings.mqtt_url, settings.topic_prefix, sensors, args.readings, base, args.qos, q)
    proc = ctx.Process(target=publish, args=job, name="bench-mqtt-publisher")
    w0 = time.time()
    proc.start()
    stored, last_change, t_done, rss_max = before, time.time(), None, 0
    while time.time() - last_change < args.idle:
        time.sleep(0.25)
        now_stored = _stored(settings.database_url or "", lo, hi)
        rss_max = max(rss_max, _cpu(pids.get("mqtt-bridge"))[1])
        if now_stored != stored:
            stored, last_change = now_stored, time.time()
        if stored - before >= args.readings:
            t_done = time.time()
            break
    proc.join(60)
    try:
        t_pub0, t_pub1 = q.get(timeout=10)
    except queue.Empty:  # the publisher died: time from its start
        t_pub0, t_pub1 = w0, time.time()
    wall = (t_done or last_change) - t_pub0
    cpu = {k: round((_cpu(p)[0] - cpu0[k]) / max(wall, 1e-9) * 100, 1) for k, p in pids.items()}
    got = stored - before
    return {
        "bench": "mqtt",
        "readings": args.readings,
        "sensors": len(sensors),
        "qos": args.qos,
        "publish_rate": round(args.readings / max(t_pub1 - t_pub0, 1e-9)),
        "stored": got,
        "lost": args.readings - got,
        "stored_rate": round(got / max(wall, 1e-9)),
        "seconds": round(wall, 2),
        "cpu_percent": cpu,
        "bridge_rss_mb": round(rss_max / 2**20, 1),
        "readings_per_bridge_cpu_s": round(got / max(cpu.get("mqtt-bridge", 0) / 100 * wall, 1e-9)),
        "goal_5000_per_s": got / max(wall, 1e-9) >= GOAL_PER_S and got == args.readings,
        "cpus": os.cpu_count(),
        "loadavg_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="gridcc bench mqtt",
        description="MQTT bridge throughput: readings published as fast as possible from another process, "
        "counted as stored rows in the readings table; the bridge's CPU alongside. One JSON line on stdout.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    p.add_argument("--readings", type=int, default=200_000, help="readings to publish")
    p.add_argument("--sensors", type=int, default=2000, help="distinct IoT components publishing")
    p.add_argument("--qos", type=int, choices=(0, 1), default=1, help="MQTT QoS of the publications")
    p.add_argument("--idle", type=float, default=15, help="stop when no new row arrived for this long")
    p.add_argument("--use-running", action="store_true", help="measure a running `gridcc up`'s bridge")
    p.add_argument("--out", type=Path, default=Path("docs/bench"), help="folder for mqtt.json")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(argv) if argv is not None else None)
    base = get_settings()
    launcher = None
    try:
        if args.use_running:
            from simulators.bench_stack import attach_running

            stack = attach_running(base)
            settings, pids = stack.settings, stack.roots
        else:
            settings, launcher, pids = _start(base)
        result = run(settings, {k: v for k, v in pids.items() if k in ("mqtt-bridge", "mqtt", "postgres")}, args)
    except StartupError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    finally:
        if launcher is not None:
            launcher.stop()
            from simulators.bench_stack import drop_data

            drop_data(launcher.settings.data_dir)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "mqtt.json").write_text(json.dumps(result, indent=1) + "\n")
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


def _start(base: Settings) -> tuple[Settings, Any, dict[str, int]]:
    """Servers (embedded where no URL is set) and the bridge alone, in a fresh data folder on free ports."""
    from gridcc.runtime import components as comp
    from gridcc.runtime.launcher import Launcher
    from gridcc.runtime.process import free_port

    ports = base.ports.model_copy(update={k: free_port(base.host) for k in ("kafka", "redis", "postgres", "mqtt")})
    data_dir = (base.data_dir / "bench" / f"mqtt-{time.strftime('%Y%m%d-%H%M%S')}").resolve()
    launcher = Launcher(base.model_copy(update={"ports": ports, "data_dir": data_dir}), out=sys.stderr)
    try:
        settings = launcher.start_servers()
        bridge = comp.mqtt_bridge(settings)
        child = comp.spawn(bridge, settings, launcher.log_dir)
        launcher.children.append((bridge, child))
        comp.wait_healthy(bridge, child, settings, 120)
    except BaseException:
        launcher.stop()
        raise
    pids = {srv.name: srv.child.pid for srv in launcher.servers if srv.child is not None and srv.child.pid}
    pids["mqtt-bridge"] = child.pid or 0
    return settings, launcher, pids


if __name__ == "__main__":
    sys.exit(main())
