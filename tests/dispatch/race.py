"""One of two racing engine processes: every case in the file, in a random order, both singly and in batches."""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time
from pathlib import Path

from psycopg_pool import AsyncConnectionPool
from redis.asyncio import Redis

from dispatch.engine import Dispatcher
from dispatch.live import LiveStore
from dispatch.service import DispatchService
from gridcc.domain.clock import SystemClock
from gridcc.domain.geo import load_geography
from gridcc.domain.taxonomy import load_taxonomy
from gridcc.domain.teams import load_teams
from gridcc.domain.workcal import WorkCalendar
from gridcc.settings import get_settings


async def main(path: str, seed: int, start_at: float) -> None:
    s = get_settings()
    ids = Path(path).read_text().split()
    random.Random(seed).shuffle(ids)
    redis = Redis.from_url(s.redis_url or "", decode_responses=True)
    geo = load_geography()
    d = Dispatcher(
        load_taxonomy(),
        geo,
        load_teams(geo),
        LiveStore(redis, s.topic_prefix),
        WorkCalendar(),
        SystemClock(),
        actor=f"system:race-{seed}",
    )
    async with AsyncConnectionPool(s.database_url or "", min_size=4, max_size=4) as pool:
        await asyncio.sleep(max(0.0, start_at - time.time()))  # both processes start together
        queue: asyncio.Queue[str] = asyncio.Queue()
        for i in ids:
            queue.put_nowait(i)

        async def runner() -> None:
            while not queue.empty():
                case_id = queue.get_nowait()
                async with pool.connection() as conn:
                    await d.dispatch(conn, case_id)

        async def batches() -> None:
            """The engine's own path: notices in batches of 40, dispatched in chunked transactions."""
            service = DispatchService(s)
            notices = [json.dumps({"case_id": i}).encode() for i in ids]
            for k in range(0, len(notices), 40):
                await service.handle_until_done(d, pool, redis, notices[k : k + 40])

        await asyncio.gather(*(runner() for _ in range(2)), batches())
    await redis.aclose()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3])))
