"""The outbox relay: reports committed to PostgreSQL are delivered to Kafka, at least once.

The API answers a citizen only after the report row is committed; this relay
then moves unpublished rows to the raw topic and marks them published once the
broker acknowledged them.  A broker outage only delays delivery: rows stay
unpublished and are retried, so an accepted report is never lost.  Several
ingest processes share the work through ``FOR UPDATE SKIP LOCKED``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging

from aiokafka import AIOKafkaProducer
from psycopg_pool import AsyncConnectionPool

from gridcc.settings import Settings
from streams.topics import RAW, bootstrap

log = logging.getLogger(__name__)


class OutboxRelay:
    def __init__(self, settings: Settings, pool: AsyncConnectionPool, batch: int = 500) -> None:
        self.settings = settings
        self.pool = pool
        self.batch = batch
        self.topic = settings.topic(RAW)
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._producer: AIOKafkaProducer | None = None
        self.relayed = 0
        self.failures = 0
        self.last_error: str | None = None

    def wake(self) -> None:
        self._wake.set()

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="outbox-relay")

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self._drop_producer()

    async def _producer_ready(self) -> AIOKafkaProducer:
        if self._producer is None:
            producer = AIOKafkaProducer(
                bootstrap_servers=bootstrap(self.settings), linger_ms=1, acks="all", request_timeout_ms=10_000
            )
            self._producer = producer  # kept even if start fails, so the failure path stops its tasks
            await asyncio.wait_for(producer.start(), 15)
        return self._producer

    async def _run(self) -> None:
        backoff = 0.2
        while True:
            try:
                # Bounded: a send stuck on a dead broker connection must not stall the relay for good.
                moved = await asyncio.wait_for(self.relay_once(), 30)
                backoff = 0.2
                if moved >= self.batch:
                    continue
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # broker or database down: keep the rows, retry later
                self.failures += 1
                self.last_error = f"{type(exc).__name__}: {exc}"
                log.warning("outbox relay failed (%s); retrying in %.1f s", self.last_error, backoff)
                await self._drop_producer()
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 5.0)
                continue
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.settings.ingest.outbox_poll_s)

    async def _drop_producer(self) -> None:
        """Forget a producer after a failure; its stop may wait on a dead broker, so it gets 5 s at most."""
        producer, self._producer = self._producer, None
        if producer is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(producer.stop(), 5)

    async def relay_once(self) -> int:
        """Deliver one batch of unpublished reports; returns how many were delivered."""
        async with self.pool.connection() as conn, conn.transaction():
            cur = await conn.execute(
                "SELECT report_id, grid_id, event FROM reports WHERE published_at IS NULL "
                "ORDER BY created_at LIMIT %s FOR UPDATE SKIP LOCKED",
                (self.batch,),
            )
            rows = await cur.fetchall()
            if not rows:
                return 0
            producer = await self._producer_ready()
            futures = [
                await producer.send(self.topic, key=grid_id.encode(), value=json.dumps(event).encode())
                for _, grid_id, event in rows
            ]
            await asyncio.wait_for(asyncio.gather(*futures), 15)
            await conn.execute(
                "UPDATE reports SET published_at = now() WHERE report_id = ANY(%s)", ([r[0] for r in rows],)
            )
        self.relayed += len(rows)
        return len(rows)
