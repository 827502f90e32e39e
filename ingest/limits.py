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
        """Fixed one-minute windows; raises 429 with Retry-After when a limit is passed."""
        window = int(time.time() // 60)
        p = self.settings.topic_prefix
        keys = (f"{p}:rl:dev:{device}:{window}", f"{p}:rl:ip:{ip}:{window}")
        async with self.redis.pipeline(transaction=False) as pipe:
            for key in keys:
                pipe.incr(key)
                pipe.expire(key, 120)
            res = await pipe.execute()
        dev_n, ip_n = res[0], res[2]
        retry = str(60 - int(time.time()) % 60)
        if dev_n > self.settings.ingest.device_rate_per_min:
            raise HTTPException(
                429, "too many reports from this device; try again in a minute", headers={"Retry-After": retry}
            )
        if ip_n > self.settings.ingest.ip_rate_per_min:
            raise HTTPException(
                429, "too many reports from this network; try again in a minute", headers={"Retry-After": retry}
            )
