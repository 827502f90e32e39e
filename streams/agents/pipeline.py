"""The pipeline agent: raw events in, cases out, heat-map counts once a second.

Thin on purpose: the batch logic is :class:`streams.processor.Processor` and
:class:`streams.store.CaseStore`; this module only wires them to the topics,
the database pool and Redis.  A batch is acknowledged only after its database
transaction committed and its case notices were acknowledged by the broker.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
from typing import Any

import psycopg
from psycopg_pool import AsyncConnectionPool, PoolTimeout
from redis.exceptions import RedisError

from gridcc.domain.geo import load_geography
from gridcc.domain.taxonomy import load_taxonomy
from gridcc.runtime import bus
from streams.aggregate import RollingCounts
from streams.app import app, settings
from streams.classifier.loader import load_classifier
from streams.offsets import OffsetWatch
from streams.processor import Located, Processor, dead_letter
from streams.store import CaseNotice, CaseStore
from streams.topics import CASES, DEADLETTER, RAW

log = logging.getLogger(__name__)

raw_topic = app.topic(settings.topic(RAW), partitions=settings.streams.partitions)
cases_topic = app.topic(settings.topic(CASES), partitions=settings.streams.partitions)
dead_topic = app.topic(settings.topic(DEADLETTER), partitions=settings.streams.partitions)

counts = RollingCounts()
offsets = OffsetWatch(settings.topic(RAW))
stats = {"events": 0, "dead": 0, "cases": 0, "intake": 0, "batches": 0}
_WORKER_ID = f"{socket.gethostname()}:{os.getpid()}"
_ctx: dict[str, Any] = {}


async def _context() -> tuple[Processor, CaseStore, AsyncConnectionPool]:
    if not _ctx:
        taxonomy = load_taxonomy()
        processor = Processor(
            taxonomy, load_geography(), load_classifier(taxonomy, settings), settings.streams.min_confidence
        )
        pool = AsyncConnectionPool(settings.database_url or "", min_size=1, max_size=2, open=False)
        await pool.open(wait=True, timeout=30)
        _ctx.update(processor=processor, store=CaseStore(taxonomy), pool=pool, redis=bus.redis_client(settings))
    return _ctx["processor"], _ctx["store"], _ctx["pool"]


@app.task
async def warm_up() -> None:
    """Open the pool and load the models at start, so the first event is not slow and health shows at once."""
    await _context()


@app.on_partitions_revoked.connect
async def _forget_revoked(sender: Any, revoked: set[Any], **_: Any) -> None:
    offsets.forget(tp.partition for tp in revoked if tp.topic == offsets.topic)


@app.agent(raw_topic)
async def pipeline(stream: Any) -> None:
    processor, store, pool = await _context()
    async for events in stream.take_events(settings.streams.batch_size, within=settings.streams.batch_within_s):
        offsets.observe((e.message.tp.partition, e.message.offset) for e in events)
        outcome = processor.step([e.value for e in events])
        futures = [await dead_topic.send(value=dead_letter(raw, reason, "streams")) for raw, reason in outcome.dead]
        notices = await _save(store, pool, outcome.located)
        for n in notices:
            futures.append(await cases_topic.send(key=n.grid_id.encode(), value=n.to_json()))
        if futures:
            await asyncio.gather(*futures)
        minute = int(time.time() // 60)
        counts.add(
            minute, ((loc.grid_index, loc.domain or "INTAKE", loc.event.source.value) for loc in outcome.located)
        )
        intake = [loc for loc in outcome.located if loc.needs_intake]
        await _announce_intake(intake)
        stats["events"] += len(outcome.located)
        stats["dead"] += len(outcome.dead)
        stats["cases"] += sum(1 for n in notices if n.opened)
        stats["intake"] += len(intake)
        stats["batches"] += 1


async def _save(store: CaseStore, pool: AsyncConnectionPool, located: list[Located]) -> list[CaseNotice]:
    """Retry until stored: a database outage pauses the stream, it never drops or skips a batch."""
    delay = 0.2
    while True:
        try:
            async with pool.connection() as conn:
                return await store.save(conn, located)
        except (psycopg.OperationalError, PoolTimeout) as exc:
            log.warning("database unavailable (%s); retrying the batch in %.1f s", exc, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)


async def _announce_intake(intake: list[Located]) -> None:
    """Tell the wall screens; the intake rows are already stored, so a Redis hiccup loses nothing."""
    if not intake:
        return
    messages = [
        (
            "ops",
            "intake",
            {
                "event_id": loc.event.event_id,
                "text": loc.event.text,
                "grid_id": loc.grid_id,
                "candidates": [{"code": c, "score": round(s, 3)} for c, s in loc.candidates],
            },
        )
        for loc in intake
    ]
    try:
        await bus.publish_many(_ctx["redis"], settings, messages)
    except RedisError as exc:
        log.warning("could not announce %d intake items: %s", len(intake), exc)


_heat_seq = {"seq": 0, "failed": False}


@app.timer(interval=settings.streams.aggregate_interval_s)
async def publish_heat() -> None:
    """Once a second: the full snapshot under this worker's key (late joiners), what changed on the bus.

    The key is written before the delta is published, in one pipeline, so a dashboard that sees a gap in
    ``seq`` and reads the key gets a snapshot at least as new as the delta that told it.
    """
    if "redis" not in _ctx:
        return
    counts.advance(int(time.time() // 60))
    now = time.time()
    _heat_seq["seq"] += 1
    base = {"worker": _WORKER_ID, "at": now, "seq": _heat_seq["seq"], "stats": {**stats, **offsets.stats()}}
    delta = counts.delta()
    full = bus.encode("ops", "heat", {**base, "windows": counts.snapshot()})
    redis = _ctx["redis"]
    key = f"{settings.topic_prefix}:heat:{_WORKER_ID}"
    try:
        async with redis.pipeline(transaction=False) as pipe:
            pipe.set(key, full, ex=max(5, int(settings.streams.aggregate_interval_s * 5)))
            # After a failed second the delta would not cover the change: publish the full one instead.
            pipe.publish(
                bus.channel(settings),
                full if _heat_seq["failed"] else bus.encode("ops", "heat", {**base, "windows": delta, "delta": True}),
            )
            await pipe.execute()
        _heat_seq["failed"] = False
    except RedisError as exc:  # Redis restarting: the next second sends the full snapshot
        _heat_seq["failed"] = True
        log.warning("heat-map publish failed: %s", exc)
