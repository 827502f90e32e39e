"""The dispatch engine process on the test stack: a malformed case notice is dead-lettered, the engine goes on."""

from __future__ import annotations

import asyncio
import json
import uuid

from aiokafka import AIOKafkaProducer

from gridcc.settings import Settings
from streams.topics import CASES, DEADLETTER, bootstrap
from tests.stack import Stack
from tests.topics import read_json


async def _send(settings: Settings, values: list[bytes]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap(settings))
    await producer.start()
    try:
        for v in values:
            await producer.send_and_wait(settings.topic(CASES), v)
    finally:
        await producer.stop()


def test_malformed_case_notices_go_to_the_dead_letter_topic(stack: Stack, settings: Settings) -> None:
    mark = uuid.uuid4().hex
    bad = [f"{{not json {mark}", json.dumps({"case": mark}), json.dumps({"case_id": 7, "m": mark})]
    asyncio.run(_send(settings, [b.encode() for b in bad]))

    dead = asyncio.run(
        read_json(settings, DEADLETTER, 3, 30, lambda r: r.get("stage") == "dispatch" and mark in r.get("payload", ""))
    )

    assert len(dead) == 3
    reasons = sorted(d["reason"] for d in dead)
    assert all(r.startswith("malformed case notice") for r in reasons)
    assert any("KeyError" in r for r in reasons) and any("non-empty string" in r for r in reasons)
    assert stack.children["dispatch-0"].alive()
