"""Deadlines: offers nobody accepted, handling limits about to pass, and escalation.

- An offer not accepted by ``accept_by`` expires and goes to the next worker.
- A live task is warned once when less than ``warn_before_fraction`` of its
  handling time is left.
- A case past its handling deadline escalates one level up its grid's chain
  (grid -> community -> sub-district -> district command centre), and one more
  level each further handling period it stays open; each level is notified.

:meth:`SlaWatch.tick` is the whole step; the loop only calls it, so tests
drive it with a manual clock.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import time
from datetime import datetime, timedelta
from typing import Any

from psycopg import AsyncConnection
from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool

from dispatch.engine import Dispatcher
from gridcc.runtime import bus
from gridcc.runtime.db import CASES_WAITING
from gridcc.settings import Settings

log = logging.getLogger(__name__)
MAX_LEVEL = 3


class SlaWatch:
    def __init__(self, dispatcher: Dispatcher, pool: AsyncConnectionPool, redis: Any, settings: Settings) -> None:
        self.d = dispatcher
        self.pool = pool
        self.redis = redis
        self.settings = settings

    async def run(self, stopping: asyncio.Event) -> None:
        health_key = f"{self.settings.topic_prefix}:health:dispatch:{os.getpid()}"
        while not stopping.is_set():
            try:
                counts = await self.tick()
                await self.redis.set(health_key, json.dumps({"at": time.time(), **counts}), ex=10)
            except Exception:  # one bad tick must not stop the deadlines being watched
                log.exception("SLA tick failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stopping.wait(), self.settings.dispatch.tick_interval_s)

    async def tick(self) -> dict[str, int]:
        now = self.d.clock.now()
        messages: list[tuple[str, str, Any]] = []
        counts = {"expired": 0, "warned": 0, "escalated": 0, "retried": 0}
        async with self.pool.connection() as conn:
            counts["expired"] = await self._expire(conn, now, messages)
            counts["retried"] = await self._retry_waiting(conn, now, messages)

            frac = self.settings.dispatch.warn_before_fraction
            warned = await _update_returning(
                conn,
                "UPDATE tasks SET warned_at = %s WHERE task_id IN (SELECT task_id FROM tasks "
                "WHERE role = 'handle' AND status IN ('accepted', 'on_site') AND warned_at IS NULL "
                "AND due_at - %s < (due_at - offered_at) * %s FOR UPDATE SKIP LOCKED) "
                "RETURNING task_id, case_id, worker_id, due_at",
                (now, now, frac),
            )
            for t in warned:
                messages.append((f"worker:{t['worker_id']}", "sla.warning", t))
                messages.append(("ops", "sla.warning", t))
                counts["warned"] += 1

            escalated = await _update_returning(
                conn,
                "UPDATE cases SET escalation_level = escalation_level + 1 WHERE case_id IN ("
                " SELECT case_id FROM cases WHERE status IN ('dispatched', 'accepted', 'on_site', 'registered')"
                " AND handle_due_at < %s AND escalation_level < %s"
                " AND handle_due_at + (handle_due_at - opened_at) * escalation_level < %s"
                " ORDER BY case_id FOR UPDATE SKIP LOCKED) "
                "RETURNING case_id, grid_id, escalation_level, title, handle_due_at",
                (now, MAX_LEVEL, now),
            )
            for c in escalated:
                chain = self.d.teams.escalation_chain(c["grid_id"])
                level_team = chain[min(c["escalation_level"], len(chain) - 1)]
                data = {**c, "team_id": level_team.team_id, "level_kind": level_team.kind}
                messages.append((f"team:{level_team.team_id}", "escalation", data))
                messages.append(("ops", "escalation", data))
                counts["escalated"] += 1
        await bus.publish_many(self.redis, self.settings, messages)
        return counts

    async def _expire(self, conn: AsyncConnection, now: datetime, messages: list[tuple[str, str, Any]]) -> int:
        """Withdraw unanswered offers and re-offer their cases, a chunk per transaction.

        Offers expire in waves (phones out of coverage, a shift change, a storm's hundreds of cases offered in
        one minute), so a tick takes them a chunk at a time through the same batched dispatch as new cases,
        oldest deadline first, and stops after ``expire_per_tick`` so that new cases are never queued behind
        a wave of re-offers; the rest wait for the next tick.
        """
        chunk, limit = self.settings.dispatch.chunk, self.settings.dispatch.expire_per_tick
        done = 0
        while done < limit:
            expired = await _update_returning(
                conn,
                "UPDATE tasks SET status = 'expired' WHERE task_id IN (SELECT task_id FROM tasks "
                "WHERE status = 'offered' AND role = 'handle' AND accept_by < %s "
                "ORDER BY accept_by LIMIT %s FOR UPDATE SKIP LOCKED) "
                "RETURNING task_id, case_id, worker_id",
                (now, min(chunk, limit - done)),
            )
            if not expired:
                break
            messages += [
                (
                    f"worker:{t['worker_id']}",
                    "task.withdrawn",
                    {"task_id": t["task_id"], "reason": "not accepted in time"},
                )
                for t in expired
            ]
            outcome = await self.d.dispatch_many(conn, [t["case_id"] for t in expired], "not accepted in time")
            messages += outcome.messages
            done += len(expired)
        if done >= limit:
            log.warning("%d offers expired in one tick; the rest wait for the next", done)
        return done

    async def _retry_waiting(self, conn: AsyncConnection, now: datetime, messages: list[tuple[str, str, Any]]) -> int:
        """Offer again the cases that have no live task: nobody eligible was on duty, or the notice never came.

        Without this a case that found nobody at 3 a.m. would wait for its escalation even after the morning
        shift came on duty, and one whose case notice the broker lost would never be offered at all. Each is
        tried once per ``retry_waiting_s`` (the claim moves its clock on), a bounded number per tick.
        """
        d = self.settings.dispatch
        claimed = await _update_returning(
            conn,
            "UPDATE cases SET waiting_since = %s WHERE case_id IN (SELECT case_id FROM cases "
            f"WHERE {CASES_WAITING} "
            "AND coalesce(waiting_since, opened_at) < %s AND opened_at > %s "
            "ORDER BY coalesce(waiting_since, opened_at) LIMIT %s FOR UPDATE SKIP LOCKED) RETURNING case_id",
            (now, now - timedelta(seconds=d.retry_waiting_s), now - timedelta(seconds=d.retry_horizon_s),
             d.retry_per_tick),
        )  # fmt: skip
        ids = [c["case_id"] for c in claimed]
        offered = 0
        for start in range(0, len(ids), d.chunk):  # a transaction per chunk, as for new cases
            outcome = await self.d.dispatch_many(conn, ids[start : start + d.chunk], "offered again")
            messages += outcome.messages
            offered += outcome.dispatched
        return offered


async def _update_returning(conn: AsyncConnection, sql: str, params: tuple[Any, ...]) -> list[dict[str, Any]]:
    """One claiming UPDATE ... RETURNING in its own transaction (SKIP LOCKED lets several engines share a sweep)."""
    async with conn.transaction():
        cur = conn.cursor(row_factory=dict_row)
        await cur.execute(sql, params)
        return await cur.fetchall()
