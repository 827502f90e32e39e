"""``python -m simulators.run``: the district's traffic for the demo, from one process.

Citizens report over HTTP to the ingest API, sensors publish over MQTT, and
the on-duty workers of a share of the grid teams work their tasks over the
dashboard's sockets.  Prints one progress line every ten seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import random
import signal
import time
from pathlib import Path

from gridcc.domain.components import load_components
from gridcc.domain.geo import load_geography
from gridcc.domain.taxonomy import load_taxonomy
from gridcc.domain.teams import load_teams
from gridcc.settings import get_settings
from simulators.citizens import CitizenSim
from simulators.iot import IotSim
from simulators.replay import Recorder, replay
from simulators.workers import WorkerSim

log = logging.getLogger("simulators")


async def main_async(args: argparse.Namespace) -> None:
    s = get_settings()
    sim = s.simulator
    tax, geo = load_taxonomy(), load_geography()
    teams = load_teams(geo)
    comps = load_components(None, geo, cache_dir=s.data_dir / "cache")
    citizens = CitizenSim(args.ingest, tax, geo, sim.citizen_rate * sim.scale, sim.seed)
    iot = IotSim(
        s.mqtt_url or "", s.topic_prefix, comps, int(sim.iot_sensors * sim.scale), sim.iot_period_s, sim.seed + 1
    )
    rng = random.Random(sim.seed + 2)
    grid_workers = [w for g in geo.grids for w in teams.grid_team(g.grid_id).workers]
    specialists = [w for t in teams.teams if t.kind == "specialist" for w in t.workers]
    share = min(1.0, args.worker_share)
    chosen = [w for w in grid_workers if rng.random() < share] + specialists
    workers = WorkerSim(args.dashboard, chosen, s.demo_password or "", sim.seed + 3, speed=args.speed)
    if args.replay:
        counts = await replay(Path(args.replay), args.ingest, s.mqtt_url or "", args.replay_speed)
        print(f"replayed {counts}", flush=True)
        return
    if args.record:
        recorder = Recorder(Path(args.record))
        citizens.recorder = iot.recorder = recorder
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    if args.seconds:
        loop.call_later(args.seconds, stop.set)
    runners = [asyncio.create_task(x.run(stop)) for x in (citizens, iot, workers)]
    t0 = time.monotonic()
    while not stop.is_set():
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), 10)
        print(
            f"[{time.monotonic() - t0:6.0f} s] reports sent {citizens.sent} (failed {citizens.failed}), "
            f"readings {iot.published}, phones online {workers.connected}/{len(chosen)}, tasks done {workers.done}",
            flush=True,
        )
    await asyncio.gather(*runners, return_exceptions=True)


def main() -> None:
    p = argparse.ArgumentParser(description="Simulated citizens, sensors and workers feeding Grid Command.")
    p.add_argument("--ingest", default="http://127.0.0.1:8001", help="ingest API base URL")
    p.add_argument("--dashboard", default="http://127.0.0.1:8000", help="dashboard base URL (workers' sockets)")
    p.add_argument("--seconds", type=float, default=0, help="stop after this long (0: until Ctrl-C)")
    p.add_argument("--worker-share", type=float, default=0.25, help="share of grid teams' workers online")
    p.add_argument("--speed", type=float, default=1.0, help="how much faster than life workers act")
    p.add_argument("--record", metavar="FILE", help="also write every report and reading sent to FILE (JSON lines)")
    p.add_argument("--replay", metavar="FILE", help="send a recording instead of generating traffic, then stop")
    p.add_argument("--replay-speed", type=float, default=1.0, help="replay this many times faster than recorded")
    args = p.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
