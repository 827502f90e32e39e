"""A no-op agent: the benchmark's measure of what this broker and faust can carry at all.

It only counts; the count goes to Redis twice a second so the benchmark can
time how fast a burst it produced was drained, on the same broker and in the
same run as the real pipeline.
"""

from __future__ import annotations

import json
import os
import time
from typing import Any

from gridcc.runtime import bus
from streams.app import app, settings
from streams.topics import NOOP

noop_topic = app.topic(settings.topic(NOOP), partitions=settings.streams.partitions)
counter: dict[str, float] = {"seen": 0, "first": 0.0, "last": 0.0}
_redis: list[Any] = []


@app.agent(noop_topic)
async def noop(stream: Any) -> None:
    async for batch in stream.take(1000, within=0.01):
        now = time.time()
        if not counter["first"]:
            counter["first"] = now
        counter["seen"] += len(batch)
        counter["last"] = now


@app.timer(interval=0.5)
async def report_noop() -> None:
    if not counter["seen"]:
        return
    if not _redis:
        _redis.append(bus.redis_client(settings))
    await _redis[0].hset(f"{settings.topic_prefix}:bench:noop", str(os.getpid()), json.dumps(counter))
