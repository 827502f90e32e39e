"""Where incidents go: the snapshot table, the RAW Kafka topic, the ops wall screen (or memory, for the benchmark).

Order matters: the thumbnail row is written before the Event is published, so
``photo_ref`` always resolves for whoever consumes the Event; the screen push
comes last because it is fire-and-forget.  Every write is idempotent on the
snapshot/event id (a replay after a crash duplicates nothing downstream).
A batch that fails is kept and retried with the next one, up to a bound.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Protocol

import psycopg
from aiokafka import AIOKafkaProducer
from redis.asyncio import Redis

from gridcc.runtime import bus, sent_events
from gridcc.settings import Settings
from streams.topics import RAW, bootstrap, ensure_topics, publish_dead_letters
from vision.events import Outgoing

log = logging.getLogger(__name__)

INSERT_SNAPSHOT = (
    "INSERT INTO vision_snapshots (snapshot_id, camera_id, at, jpeg) VALUES (%s, %s, %s, %s) "
    "ON CONFLICT (snapshot_id) DO NOTHING"
)


class Sink(Protocol):
    async def publish(self, items: Sequence[Outgoing]) -> None: ...

    async def dead_letter(self, items: Sequence[tuple[bytes, str]]) -> None: ...

    async def close(self) -> None: ...


class MemorySink:
    """Keeps everything: the benchmark and tests count and inspect incidents without any server."""

    def __init__(self) -> None:
        self.items: list[Outgoing] = []
        self.dead: list[tuple[bytes, str]] = []

    async def publish(self, items: Sequence[Outgoing]) -> None:
        self.items.extend(items)

    async def dead_letter(self, items: Sequence[tuple[bytes, str]]) -> None:
        self.dead.extend(items)

    async def close(self) -> None:
        return None


class LiveSink:
    """PostgreSQL (``vision_snapshots``), Kafka (RAW, keyed by grid id) and the Redis bus (audience ``ops``)."""

    def __init__(
        self,
        settings: Settings,
        conn: psycopg.AsyncConnection,
        producer: AIOKafkaProducer,
        redis: Redis,
        max_backlog: int = 1000,
    ) -> None:
        self.settings, self.conn, self.producer, self.redis = settings, conn, producer, redis
        self.max_backlog = max_backlog
        self._backlog: list[Outgoing] = []
        self.published = 0
        self.failed = 0

    @classmethod
    async def start(cls, settings: Settings) -> LiveSink:
        await ensure_topics(settings)
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap(settings), linger_ms=5, acks="all")
        await producer.start()
        conn = await psycopg.AsyncConnection.connect(settings.database_url or "", autocommit=True)
        return cls(settings, conn, producer, bus.redis_client(settings))

    async def publish(self, items: Sequence[Outgoing]) -> None:
        batch = [*self._backlog, *items]
        if not batch:
            return
        try:
            async with self.conn.cursor() as cur:
                await cur.executemany(
                    INSERT_SNAPSHOT,
                    [(o.snapshot_id, o.event.camera_id, o.event.occurred_at, o.jpeg) for o in batch],
                )
            await sent_events.record(self.conn, [o.event for o in batch])  # the ingest relay's second look
            topic = self.settings.topic(RAW)
            futures = [
                await self.producer.send(
                    topic, key=(o.event.grid_id or "").encode(), value=o.event.model_dump_json().encode()
                )
                for o in batch
            ]
            await asyncio.gather(*futures)
        except Exception:
            self.failed += 1
            self._backlog = batch[-self.max_backlog :]
            dropped = len(batch) - len(self._backlog)
            log.exception(
                "publishing %d vision events failed; retrying with the next batch (%d dropped)", len(batch), dropped
            )
            return
        self._backlog = []
        self.published += len(batch)
        try:
            await bus.publish_many(self.redis, self.settings, [("ops", "camera", o.bus_data()) for o in batch])
        except Exception:
            log.warning("ops screen push failed for %d camera alerts (events are stored)", len(batch), exc_info=True)

    async def dead_letter(self, items: Sequence[tuple[bytes, str]]) -> None:
        """Alerts that could not become a valid Event, with the reason; never retried automatically."""
        await publish_dead_letters(self.producer, self.settings, items, "vision")

    async def close(self) -> None:
        await self.producer.stop()
        await self.conn.close()
        await self.redis.aclose()
