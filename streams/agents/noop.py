"""A no-op agent: the benchmark's measure of what this broker and faust can carry at all."""

from __future__ import annotations

from typing import Any

from streams.app import app, settings
from streams.topics import NOOP

noop_topic = app.topic(settings.topic(NOOP), partitions=settings.streams.partitions)
noop_counter: dict[str, int] = {"seen": 0}


@app.agent(noop_topic)
async def noop(stream: Any) -> None:
    async for batch in stream.take(1000, within=0.01):
        noop_counter["seen"] += len(batch)
