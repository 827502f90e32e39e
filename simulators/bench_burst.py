"""The pipeline's own ceiling, comparable with the no-op agent's: a burst of new-case events, drained.

The load steps measure the district's doors (HTTP, MQTT) as much as the
pipeline behind them.  To compare the pipeline with faust's no-op ceiling on
the same broker, this produces ``n`` camera events that each open a new case,
all at once, straight onto the raw topic, and times two finish lines:

- ``streams_rate``: the stream workers' processed counter (validate, locate,
  classify, merge, persist) reaching ``n``; the counter is published once a
  second, so the finish time is interpolated between two publications;
- ``pipeline_rate``: the last of the ``n`` tasks arriving on the on-duty
  workers' sockets (the above plus the case topic, dispatch and the push).
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import TYPE_CHECKING, Any

import redis.asyncio as aredis

from simulators.bench_result import Step

if TYPE_CHECKING:
    from simulators.bench_run import Bench


async def stream_events(redis_url: str, prefix: str) -> tuple[int, float]:
    """Events processed by all stream workers, and the newest of their publication times."""
    r = aredis.Redis.from_url(redis_url, decode_responses=True)
    keys = [k async for k in r.scan_iter(f"{prefix}:heat:*")]
    parts = [json.loads(v)["data"] for v in (await r.mget(keys) if keys else []) if v]
    await r.aclose()
    return sum(p["stats"]["events"] for p in parts), max((p["at"] for p in parts), default=0.0)


async def burst(bench: Bench, n: int, timeout: float = 180.0) -> dict[str, Any]:
    s = bench.s
    st = bench._step = Step(0, 0, 1)
    before, _ = await stream_events(s.redis_url or "", s.topic_prefix)
    t0 = time.time()
    for _ in range(n):
        inc = bench.planner.video()
        if inc is None:
            break
        st.incidents.append(inc)
        await bench.video.send(inc, inc.lat, inc.lon, bench._accept, bench._fail)
    await bench.video.producer.flush()
    produced_s = time.time() - t0
    target = before + len(st.incidents)
    streams_done: float | None = None
    prev = (t0, before)  # the last counter publication seen short of the target
    got: list[float] = []
    while time.time() - t0 < timeout:
        bench.pump()
        got = [bench.arrivals[i.case_id] for i in st.incidents if i.case_id in bench.arrivals]
        if streams_done is None:
            count, at = await stream_events(s.redis_url or "", s.topic_prefix)
            if count >= target and at > prev[0]:
                streams_done = prev[0] + (target - prev[1]) / max(count - prev[1], 1) * (at - prev[0])
            elif at > prev[0]:
                prev = (at, count)
        if len(got) == len(st.incidents) and streams_done:
            break
        await asyncio.sleep(0.1)
    return {
        "burst_events": len(st.incidents),
        "burst_produce_s": round(produced_s, 2),
        "burst_tasks": len(got),
        "pipeline_rate": round(len(got) / (max(got) - t0)) if got else 0,
        "streams_rate": round(len(st.incidents) / (streams_done - t0)) if streams_done else None,
    }
