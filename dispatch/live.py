"""Workers' live state in Redis: who is on duty, and where they were last seen.

Rebuildable by design: when a key is missing (Redis flushed or restarted) the
worker's shift schedule and home position stand in until the phone reports
again; open-task loads are never kept here but counted in PostgreSQL inside
the assigning transaction, so they cannot drift.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from redis.asyncio import Redis

from gridcc.domain.teams import Worker


@dataclass(frozen=True, slots=True)
class LiveState:
    on_duty: bool
    lat: float
    lon: float


class LiveStore:
    def __init__(self, redis: Redis, prefix: str) -> None:
        self.redis = redis
        self.prefix = prefix

    def _key(self, worker_id: str) -> str:
        return f"{self.prefix}:wk:{worker_id}"

    async def states(self, workers: Sequence[Worker], at: datetime) -> dict[str, LiveState]:
        async with self.redis.pipeline(transaction=False) as pipe:
            for w in workers:
                pipe.hgetall(self._key(w.worker_id))
            raw = await pipe.execute()
        out = {}
        for w, h in zip(workers, raw, strict=True):
            duty = h.get("duty")
            on = w.on_duty(at) if duty is None else duty == "1"
            lat = float(h["lat"]) if "lat" in h else w.home[0]
            lon = float(h["lon"]) if "lon" in h else w.home[1]
            out[w.worker_id] = LiveState(on, lat, lon)
        return out

    async def set_position(self, worker_id: str, lat: float, lon: float) -> None:
        await self.redis.hset(self._key(worker_id), mapping={"lat": lat, "lon": lon, "ts": time.time()})

    async def set_duty(self, worker_id: str, on: bool) -> None:
        await self.redis.hset(self._key(worker_id), mapping={"duty": "1" if on else "0", "ts": time.time()})
