"""A dispatcher on the real PostgreSQL and Redis, with a clock the tests move."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import datetime
from zoneinfo import ZoneInfo

import psycopg
import pytest
from psycopg_pool import AsyncConnectionPool
from redis.asyncio import Redis

from dispatch.engine import Dispatcher
from dispatch.live import LiveStore
from dispatch.sla import SlaWatch
from gridcc.domain.clock import ManualClock
from gridcc.domain.geo import load_geography
from gridcc.domain.taxonomy import load_taxonomy
from gridcc.domain.teams import load_teams
from gridcc.domain.workcal import WorkCalendar
from gridcc.settings import Settings

MONDAY_10 = datetime(2026, 3, 2, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


class Env:
    def __init__(
        self,
        dispatcher: Dispatcher,
        clock: ManualClock,
        pool: AsyncConnectionPool,
        sla: SlaWatch,
        redis: Redis,
        prefix: str,
    ) -> None:
        self.d, self.clock, self.pool, self.sla, self.redis, self.prefix = dispatcher, clock, pool, sla, redis, prefix

    async def case(self, matter_code: str, grid_index: int = 200, offset: tuple[float, float] = (0.0, 0.0)) -> str:
        """A registered case, as the stream would have left it."""
        geo = self.d.geo
        grid = geo.grids[grid_index]
        t = self.d.taxonomy.get(matter_code)
        case_id = "CT" + uuid.uuid4().hex[:14].upper()
        now = self.clock.now()
        async with self.pool.connection() as conn:
            await conn.execute(
                "INSERT INTO cases (case_id, matter_code, domain, grid_id, lat, lon, status, priority, base_priority, "
                "opened_at, last_event_at, first_event_id, title) "
                "VALUES (%s, %s, %s, %s, %s, %s, 'registered', %s, %s, %s, %s, %s, %s)",
                (
                    case_id,
                    matter_code,
                    t.domain,
                    grid.grid_id,
                    grid.centroid[0] + offset[0],
                    grid.centroid[1] + offset[1],
                    t.priority,
                    t.priority,
                    now,
                    now,
                    "ev-" + case_id,
                    t.name_zh,
                ),
            )
        return case_id

    async def dispatch(self, case_id: str) -> list[tuple[str, str, object]]:
        async with self.pool.connection() as conn:
            return (await self.d.dispatch(conn, case_id)).messages

    async def tasks(self, case_id: str) -> list[dict[str, object]]:
        async with self.pool.connection() as conn:
            cur = conn.cursor(row_factory=psycopg.rows.dict_row)
            await cur.execute("SELECT * FROM tasks WHERE case_id = %s ORDER BY offered_at, offer_no", (case_id,))
            return await cur.fetchall()

    async def live_task(self, case_id: str) -> dict[str, object]:
        live = [
            t
            for t in await self.tasks(case_id)
            if t["role"] == "handle" and t["status"] in ("offered", "accepted", "on_site")
        ]
        assert len(live) == 1, live
        return live[0]


@pytest.fixture
async def env(settings: Settings, pg: psycopg.Connection) -> AsyncIterator[Env]:
    prefix = f"{settings.topic_prefix}d{uuid.uuid4().hex[:4]}"
    redis = Redis.from_url(settings.redis_url or "", decode_responses=True)
    pool = AsyncConnectionPool(settings.database_url or "", min_size=1, max_size=4, open=False)
    await pool.open(wait=True)
    clock = ManualClock(MONDAY_10)
    geo = load_geography()
    dispatcher = Dispatcher(load_taxonomy(), geo, load_teams(geo), LiveStore(redis, prefix), WorkCalendar(), clock)
    own = settings.model_copy(update={"topic_prefix": prefix})
    yield Env(dispatcher, clock, pool, SlaWatch(dispatcher, pool, redis, own), redis, prefix)
    keys = [k async for k in redis.scan_iter(f"{prefix}:*")]
    if keys:
        await redis.delete(*keys)
    await redis.aclose()
    await pool.close()
