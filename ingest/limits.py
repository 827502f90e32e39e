"""Per-device and per-IP report rate limits, in Redis so every ingest process shares them."""

from __future__ import annotations

import time

from fastapi import HTTPException
from redis.asyncio import Redis

from gridcc.settings import Settings


class RateLimiter:
    def __init__(self, redis: Redis, settings: Settings) -> None:
        self.redis = redis
        self.settings = settings

    async def check(self, device: str, ip: str) -> None:
        """A citizen's phone: limited per device token and per client IP."""
        s = self.settings.ingest
        await self._limit(
            [(f"dev:{device}", s.device_rate_per_min, "this device"), (f"ip:{ip}", s.ip_rate_per_min, "this network")]
        )

    async def check_api_key(self, api_key: str) -> None:
        """An Open311 client posts for many citizens from one address: limited per API key instead."""
        await self._limit([(f"key:{api_key}", self.settings.ingest.open311_rate_per_min, "this API key")])

    async def _limit(self, rules: list[tuple[str, int, str]]) -> None:
        """Fixed one-minute windows; raises 429 with Retry-After when a limit is passed."""
        window = int(time.time() // 60)
        p = self.settings.topic_prefix
        async with self.redis.pipeline(transaction=False) as pipe:
            for name, _, _ in rules:
                pipe.incr(f"{p}:rl:{name}:{window}")
                pipe.expire(f"{p}:rl:{name}:{window}", 120)
            res = await pipe.execute()
        retry = str(60 - int(time.time()) % 60)
        for (_, limit, who), count in zip(rules, res[::2], strict=True):
            if count > limit:
                raise HTTPException(
                    429, f"too many reports from {who}; try again in a minute", headers={"Retry-After": retry}
                )
