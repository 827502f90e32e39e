"""The dispatch engine process: case notices from Kafka in, tasks out, deadlines watched.

Offsets are committed only after the batch's dispatches committed, so a
killed engine re-reads its last notices on restart; :meth:`Dispatcher.dispatch`
is idempotent, so that costs nothing but a few lookups.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import signal

import psycopg
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from psycopg_pool import AsyncConnectionPool, PoolTimeout
from redis.exceptions import RedisError

from dispatch.engine import Dispatcher
from dispatch.live import LiveStore
from dispatch.sla import SlaWatch
from gridcc.domain.clock import Clock, SystemClock
from gridcc.domain.geo import load_geography
from gridcc.domain.taxonomy import load_taxonomy
from gridcc.domain.teams import load_teams
from gridcc.domain.workcal import WorkCalendar
from gridcc.runtime import audit_store, bus
from gridcc.settings import Settings, get_settings
from streams.topics import CASES, bootstrap, ensure_topics, publish_dead_letters

log = logging.getLogger(__name__)


def build_dispatcher(settings: Settings, redis: object, clock: Clock | None = None) -> Dispatcher:
    geo = load_geography()
    return Dispatcher(
        load_taxonomy(),
        geo,
        load_teams(geo),
        LiveStore(redis, settings.topic_prefix),  # type: ignore[arg-type]
        WorkCalendar(),
        clock or SystemClock(),
    )


class DispatchService:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.stopping = asyncio.Event()
        self.dispatched = 0
        self.chunk = settings.dispatch.chunk

    async def run(self) -> None:
        s = self.settings
        await ensure_topics(s)
        pool = AsyncConnectionPool(s.database_url or "", min_size=1, max_size=4, open=False)
        await pool.open(wait=True, timeout=30)
        redis = bus.redis_client(s)
        dispatcher = build_dispatcher(s, redis)
        sla = SlaWatch(dispatcher, pool, redis, s)
        consumer = AIOKafkaConsumer(
            s.topic(CASES),
            bootstrap_servers=bootstrap(s),
            group_id=f"{s.topic_prefix}-dispatch",
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            fetch_max_wait_ms=s.streams.fetch_max_wait_ms,
            session_timeout_ms=int(s.streams.session_timeout_s * 1000),
            heartbeat_interval_ms=int(s.streams.session_timeout_s * 1000 / 3),
            max_poll_records=500,
        )
        await consumer.start()
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap(s), linger_ms=5, acks="all")
        await producer.start()
        ticker = asyncio.create_task(sla.run(self.stopping))
        sealer = asyncio.create_task(self.seal_loop(pool))
        log.info("dispatch engine ready")
        try:
            while not self.stopping.is_set():
                batches = await consumer.getmany(timeout_ms=200, max_records=500)
                notices = [m for msgs in batches.values() for m in msgs]
                if not notices:
                    continue
                dead = await self.handle_until_done(dispatcher, pool, redis, [m.value for m in notices])
                if dead:  # before the commit: a malformed notice is never skipped without its dead letter
                    await publish_dead_letters(producer, s, dead, "dispatch")
                await consumer.commit()
        finally:
            for task in (ticker, sealer):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await consumer.stop()
            await producer.stop()
            await redis.aclose()
            await pool.close()

    async def seal_loop(self, pool: AsyncConnectionPool) -> None:
        """Seal committed transitions into the audit chain; with several engines, one seals and the rest skip."""
        while not self.stopping.is_set():
            try:
                async with pool.connection() as conn:
                    while await audit_store.seal_async(conn) >= audit_store.SEAL_BATCH:  # a backlog: keep going
                        pass
            except (psycopg.Error, PoolTimeout) as exc:  # the transitions wait, committed, for the next round
                log.warning("audit sealing paused (%s)", exc)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stopping.wait(), self.settings.dispatch.seal_interval_s)

    async def handle_until_done(
        self, dispatcher: Dispatcher, pool: AsyncConnectionPool, redis: object, values: list[bytes]
    ) -> list[tuple[bytes, str]]:
        """A database or Redis outage pauses dispatching; the notices are retried, never dropped."""
        delay = 0.2
        while True:
            try:
                return await self.handle(dispatcher, pool, redis, values)
            except (psycopg.OperationalError, PoolTimeout, RedisError) as exc:
                log.warning("dispatch paused (%s); retrying in %.1f s", exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)

    async def handle(
        self, dispatcher: Dispatcher, pool: AsyncConnectionPool, redis: object, values: list[bytes]
    ) -> list[tuple[bytes, str]]:
        """Dispatch the notices' cases; returns the malformed notices with the reason, for the dead-letter topic."""
        case_ids: list[str] = []
        dead: list[tuple[bytes, str]] = []
        for raw in values:
            try:
                case_id = json.loads(raw)["case_id"]
                if not isinstance(case_id, str) or not case_id:
                    raise TypeError("case_id must be a non-empty string")
                case_ids.append(case_id)
            except (ValueError, KeyError, TypeError) as exc:
                log.warning("malformed case notice %r: %s", raw[:200], exc)
                dead.append((raw, f"malformed case notice: {type(exc).__name__}: {exc}"))
        unique = sorted(set(case_ids))  # one lock order for every engine: no deadlock between them
        async with pool.connection() as conn:
            for start in range(0, len(unique), self.chunk):
                # One transaction (one commit flush, a fixed number of round trips) per
                # chunk of cases. Pushes follow the chunk's commit, so a phone waits for at most one chunk.
                outcome = await dispatcher.dispatch_many(conn, unique[start : start + self.chunk])
                self.dispatched += outcome.dispatched
                await bus.publish_many(redis, self.settings, outcome.messages)  # type: ignore[arg-type]
        return dead


def main() -> None:
    settings = get_settings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s dispatch %(message)s")
    service = DispatchService(settings)

    async def runner() -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, service.stopping.set)
        await service.run()

    asyncio.run(runner())


if __name__ == "__main__":
    main()
