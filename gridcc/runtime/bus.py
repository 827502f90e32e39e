"""The live bus: one Redis channel carrying everything the screens and phones are pushed.

Every message names its audience ("ops", "worker:<id>", "team:<id>",
"report:<id>") and a type; each dashboard process holds one subscription and
routes messages to its own sockets.  Redis pub/sub is fire-and-forget, so
nothing that must not be lost travels only here: tasks are durable in
PostgreSQL and a (re)connecting phone is sent its backlog from there.
"""

from __future__ import annotations

import json
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from gridcc.settings import Settings


def channel(settings: Settings) -> str:
    return f"{settings.topic_prefix}:push"


def encode(audience: str, type_: str, data: Any) -> str:
    return json.dumps({"audience": audience, "type": type_, "data": data}, ensure_ascii=False, default=str)


async def publish(redis: Redis, settings: Settings, audience: str, type_: str, data: Any) -> None:
    await redis.publish(channel(settings), encode(audience, type_, data))


async def publish_many(redis: Redis, settings: Settings, messages: list[tuple[str, str, Any]]) -> None:
    if not messages:
        return
    async with redis.pipeline(transaction=False) as pipe:
        for audience, type_, data in messages:
            pipe.publish(channel(settings), encode(audience, type_, data))
        await pipe.execute()


def redis_client(settings: Settings) -> Redis:
    if not settings.redis_url:
        raise RuntimeError("GRIDCC_REDIS_URL is not set (run under `gridcc up`, or point it at a server)")
    # A restarted Redis drops every pooled connection: retry on a fresh one instead of failing the request.
    return Redis.from_url(
        settings.redis_url,
        decode_responses=True,
        retry=Retry(ExponentialBackoff(cap=1.0, base=0.05), retries=5),
        retry_on_error=[RedisConnectionError, RedisTimeoutError],
        health_check_interval=15,
    )
