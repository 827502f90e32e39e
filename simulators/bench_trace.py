"""Where did a lost event go?  Follow its id through the broker before the stack stops.

A benchmark that only says ``lost: 4`` leaves the next person guessing: was the
record never written (producer or broker), written and skipped (consumer), or
rejected with a reason (dead letter)?  This reads the raw and dead-letter topics
from the start with a plain consumer outside any group, and asks the broker for
the stream group's committed offsets, so each lost id comes back with the
partition and offset it was stored at, the dead-letter reason if it has one, and
whether the group's commit already passed it.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterable
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition

from gridcc.settings import Settings
from streams.topics import DEADLETTER, RAW, bootstrap

_IDLE_S = 3.0  # a topic read from the start is done when nothing new arrives for this long


def _event_id(value: bytes) -> str | None:
    try:
        doc = json.loads(value)
    except ValueError:
        return None
    return doc.get("event_id") if isinstance(doc, dict) else None


async def _scan(settings: Settings, topic: str, wanted: set[str], dead: bool) -> dict[str, dict[str, Any]]:
    """Each wanted id found in ``topic``: partition, offset (and the reason, for dead letters)."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap(settings), group_id=None, enable_auto_commit=False, auto_offset_reset="earliest"
    )
    await consumer.start()
    found: dict[str, dict[str, Any]] = {}
    try:
        parts = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        idle_since = time.monotonic()
        while time.monotonic() - idle_since < _IDLE_S:
            batch = await consumer.getmany(timeout_ms=500, max_records=10_000)
            if batch:
                idle_since = time.monotonic()
            for tp, records in batch.items():
                for rec in records:
                    if rec.value is None:
                        continue
                    if dead:
                        doc = json.loads(rec.value)
                        payload = str(doc.get("payload", ""))
                        hit = next((i for i in wanted if i in payload), None)
                        extra = {"reason": doc.get("reason"), "stage": doc.get("stage")}
                    else:
                        hit = _event_id(rec.value)
                        extra = {}
                    if hit in wanted:
                        found.setdefault(hit, {"partition": tp.partition, "offset": rec.offset, **extra})
    finally:
        await consumer.stop()
    return found


async def committed_offsets(settings: Settings, group_id: str, topic: str) -> dict[int, int | None]:
    """The group's committed offset per partition (OffsetFetch without joining the group)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap(settings), group_id=group_id, enable_auto_commit=False)
    await consumer.start()
    try:
        parts = consumer.partitions_for_topic(topic) or set()
        return {p: await consumer.committed(TopicPartition(topic, p)) for p in sorted(parts)}
    finally:
        await consumer.stop()


async def trace_lost(settings: Settings, lost: Iterable[str], limit: int = 50) -> dict[str, Any]:
    """The trace of up to ``limit`` lost ids; a broker error is reported, never raised (the result matters more)."""
    wanted = set(list(lost)[:limit])
    if not wanted:
        return {}
    raw_topic, dead_topic = settings.topic(RAW), settings.topic(DEADLETTER)
    try:
        raw, dead, committed = await asyncio.wait_for(
            asyncio.gather(
                _scan(settings, raw_topic, wanted, dead=False),
                _scan(settings, dead_topic, wanted, dead=True),
                committed_offsets(settings, f"{settings.topic_prefix}-streams", raw_topic),
            ),
            timeout=300,
        )
    except Exception as exc:  # a diagnostic must not cost the run its result
        return {"error": f"{type(exc).__name__}: {exc}"}
    events = {}
    for event_id in sorted(wanted):
        where = raw.get(event_id)
        entry: dict[str, Any] = {"in_raw_topic": where is not None}
        if where:
            commit = committed.get(where["partition"])
            entry.update(where, committed_past=commit is not None and commit > where["offset"])
        if event_id in dead:
            entry["dead_letter"] = dead[event_id]
        events[event_id] = entry
    return {"committed": {str(p): c for p, c in committed.items()}, "events": events}
