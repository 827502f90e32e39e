"""The outbox relay: reports committed to PostgreSQL are delivered to Kafka, at least once.

The API answers a citizen only after the report row is committed; this relay
then moves unpublished rows to the raw topic and marks them published once the
broker acknowledged them.  A broker outage only delays delivery: rows stay
unpublished and are retried, so an accepted report is never lost.  Several
ingest processes share the work through ``FOR UPDATE SKIP LOCKED``.

The broker's acknowledgement is not the end of the road: in long benchmark
runs on the embedded broker a handful of acknowledged records never reached
a consumer (docs/benchmarks.md).  So :meth:`OutboxRelay.verify_once` checks
every published report once, ``outbox_verify_after_s`` later, against the
``events`` table and publishes it again if the stream never stored it (the
stream's sinks are idempotent by event id, so a late original costs nothing).
After ``outbox_max_republish`` tries a report is given up with an error in
the log rather than sent for ever.  :meth:`OutboxRelay.recheck_sent` does the
same for IoT alarms and camera detections (gridcc/runtime/sent_events.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time

from aiokafka import AIOKafkaProducer
from psycopg_pool import AsyncConnectionPool

from gridcc.runtime import sent_events
from gridcc.settings import Settings
from streams.topics import RAW, bootstrap

log = logging.getLogger(__name__)
VERIFY_BATCH = 5000  # rows looked at per transaction by the second look


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
        self.republished = 0
        self._verified_at = time.monotonic()
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
                if time.monotonic() - self._verified_at >= self.settings.ingest.outbox_verify_every_s:
                    self._verified_at = time.monotonic()
                    await self.second_look()
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

    async def second_look(self, rounds: int = 10) -> None:
        """Every due report and sent event, a batch at a time: a verify period's worth can exceed one batch."""
        for _ in range(rounds):
            stored, again = await self.verify_once()
            if stored + again < VERIFY_BATCH:
                break
        for _ in range(rounds):
            out = await self.recheck_sent()
            if out.looked < VERIFY_BATCH:
                break

    async def verify_once(self) -> tuple[int, int]:
        """Check reports published long enough ago against ``events``: (stored, sent again)."""
        ing = self.settings.ingest
        async with self.pool.connection() as conn, conn.transaction():
            cur = await conn.execute(
                "WITH due AS ("
                " SELECT report_id, (event->>'occurred_at')::timestamptz AS at FROM reports"
                " WHERE verified_at IS NULL AND published_at < now() - make_interval(secs => %s)"
                " ORDER BY published_at LIMIT %s FOR UPDATE SKIP LOCKED),"
                " checked AS (SELECT d.report_id, EXISTS (SELECT 1 FROM events e WHERE e.event_id = d.report_id"
                "  AND e.occurred_at BETWEEN d.at - interval '1 minute' AND d.at + interval '1 minute') AS stored"
                "  FROM due d) "
                "UPDATE reports r SET"
                " verified_at = CASE WHEN c.stored OR r.republished + 1 >= %s THEN now() END,"
                " published_at = CASE WHEN c.stored OR r.republished + 1 >= %s THEN r.published_at END,"
                " republished = r.republished + CASE WHEN c.stored THEN 0 ELSE 1 END "
                "FROM checked c WHERE r.report_id = c.report_id RETURNING r.report_id, c.stored, r.republished",
                (ing.outbox_verify_after_s, VERIFY_BATCH, ing.outbox_max_republish, ing.outbox_max_republish),
            )
            rows = await cur.fetchall()
        again = [(rid, n) for rid, stored, n in rows if not stored]
        for rid, n in again:
            if n >= ing.outbox_max_republish:
                log.error("report %s was published %d times and never stored by the stream; given up", rid, n)
            else:
                log.warning("report %s was acknowledged by the broker but never stored; publishing it again", rid)
        self.republished += sum(1 for _, n in again if n < ing.outbox_max_republish)
        if again:
            self.wake()
        return len(rows) - len(again), len(again)

    async def recheck_sent(self) -> sent_events.Recheck:
        """The same second look for IoT alarms and camera detections (``sent_events``), published from here."""
        ing = self.settings.ingest
        async with self.pool.connection() as conn, conn.transaction():
            out = await sent_events.recheck(conn, ing.outbox_verify_after_s, ing.outbox_max_republish, VERIFY_BATCH)
            if out.again:  # inside the transaction: a failed send rolls the bookkeeping back for the next look
                producer = await self._producer_ready()
                futures = [await producer.send(self.topic, key=g.encode(), value=v) for g, v in out.again]
                await asyncio.wait_for(asyncio.gather(*futures), 15)
        self.republished += len(out.again)
        return out
