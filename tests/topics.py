"""Reading what landed on a project topic, for tests: a fresh consumer group from the earliest offset."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from typing import Any

from aiokafka import AIOKafkaConsumer

from gridcc.settings import Settings
from streams.topics import bootstrap


async def read_json(
    settings: Settings, topic: str, want: int, timeout: float, keep: Callable[[dict[str, Any]], bool] = lambda _: True
) -> list[dict[str, Any]]:
    """The JSON records of ``settings.topic(topic)`` that ``keep`` accepts, once ``want`` arrived or time is up."""
    consumer = AIOKafkaConsumer(
        settings.topic(topic),
        bootstrap_servers=bootstrap(settings),
        auto_offset_reset="earliest",
        group_id=f"t-{uuid.uuid4().hex[:6]}",
    )
    await consumer.start()
    out: list[dict[str, Any]] = []
    try:
        deadline = time.monotonic() + timeout
        while len(out) < want and time.monotonic() < deadline:
            for msgs in (await consumer.getmany(timeout_ms=500)).values():
                out += [rec for m in msgs if keep(rec := json.loads(m.value))]
    finally:
        await consumer.stop()
    return out
