"""The project's Kafka topics: names, partitions, and who produces to each.

Topics are pre-created with the configured partition count (``ensure_topics``)
because a broker auto-creates with its own default (Tansu: 4), and a producer
such as the ingest outbox relay may write before any faust worker declares them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence

from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from gridcc.settings import Settings
from streams.processor import dead_letter

log = logging.getLogger(__name__)

RAW = "events.raw"  # every Event from every source, keyed by grid id (ingest, MQTT bridge, vision)
CASES = "cases"  # case created/updated notices for the dispatch engine, keyed by grid id
DEADLETTER = "deadletter"  # malformed input with the reason, never retried automatically
NOOP = "bench.noop"  # the benchmark's no-op agent measures the stack's ceiling here

ALL = (RAW, CASES, DEADLETTER, NOOP)


def bootstrap(settings: Settings) -> str:
    if not settings.kafka_url:
        raise RuntimeError("GRIDCC_KAFKA_URL is not set (run under `gridcc up`, or point it at a broker)")
    return settings.kafka_url.split("://", 1)[-1]


async def publish_dead_letters(
    producer: AIOKafkaProducer, settings: Settings, items: Sequence[tuple[bytes, str]], stage: str
) -> None:
    """Each (payload, reason) onto the dead-letter topic; returns once the broker acknowledged them all."""
    topic = settings.topic(DEADLETTER)
    await asyncio.gather(*[await producer.send(topic, value=dead_letter(raw, why, stage)) for raw, why in items])


async def ensure_topics(settings: Settings, names: tuple[str, ...] = ALL, timeout: float = 30.0) -> None:
    """Create the project's topics if missing; idempotent and safe to race."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap(settings), request_timeout_ms=int(timeout * 1000))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [settings.topic(n) for n in names if settings.topic(n) not in existing]
        for name in missing:
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(
                    [NewTopic(name, num_partitions=settings.streams.partitions, replication_factor=1)]
                )
        if missing:
            log.info("created topics %s", ", ".join(missing))
        await asyncio.sleep(0)
    finally:
        await admin.close()
