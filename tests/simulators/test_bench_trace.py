"""Tracing lost events on the real broker: found in the raw topic, dead-lettered with a reason, or nowhere."""

from __future__ import annotations

import asyncio
import json
import uuid

from aiokafka import AIOKafkaProducer

from gridcc.settings import Settings
from simulators.bench_trace import trace_lost
from streams.processor import dead_letter
from streams.topics import DEADLETTER, RAW, bootstrap, ensure_topics


async def _publish(s: Settings, stored: str, rejected: str) -> int:
    await ensure_topics(s)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap(s))
    await producer.start()
    try:
        for i in range(5):  # neighbours, so the offset found is not trivially 0
            await producer.send_and_wait(s.topic(RAW), json.dumps({"event_id": f"other-{i}"}).encode(), partition=3)
        meta = await producer.send_and_wait(s.topic(RAW), json.dumps({"event_id": stored}).encode(), partition=3)
        raw = json.dumps({"event_id": rejected, "lat": 0.0}).encode()
        await producer.send_and_wait(s.topic(DEADLETTER), dead_letter(raw, "outside the district", "streams"))
        return int(meta.offset)
    finally:
        await producer.stop()


def test_each_lost_id_is_placed_or_explained(settings: Settings) -> None:
    s = settings.model_copy(update={"topic_prefix": f"tr{uuid.uuid4().hex[:6]}"})
    stored, rejected, nowhere = "ev-stored", "ev-rejected", "ev-nowhere"
    offset = asyncio.run(_publish(s, stored, rejected))

    trace = asyncio.run(trace_lost(s, [stored, rejected, nowhere]))

    events = trace["events"]
    assert events[stored] == {"in_raw_topic": True, "partition": 3, "offset": offset, "committed_past": False}
    assert offset == 5
    assert events[rejected]["in_raw_topic"] is False
    assert events[rejected]["dead_letter"]["reason"] == "outside the district"
    assert events[nowhere] == {"in_raw_topic": False}
    assert set(trace["committed"]) == {str(p) for p in range(s.streams.partitions)}
