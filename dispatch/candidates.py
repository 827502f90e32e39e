"""The workers a batch of dispatches chooses from, fetched once per batch.

A chunk of cases asks for the workers of every team it may need in one Redis
pipeline and one load query, instead of one of each per case; a team further
down some case's order is fetched only when a case actually falls through to
it.  Loads are counted in PostgreSQL inside the assigning transaction and then
kept up to date here as the batch assigns, so two cases of one batch see each
other's offers exactly as two sequential dispatches would.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

import psycopg

from dispatch.live import LiveState, LiveStore
from dispatch.policy import Candidate
from gridcc.domain.teams import TeamRegistry, Worker

LIVE_TASK = ("offered", "accepted", "on_site")


class CandidatePool:
    def __init__(self, teams: TeamRegistry, live: LiveStore, cur: psycopg.AsyncCursor, at: datetime) -> None:
        self.teams = teams
        self.live = live
        self.cur = cur
        self.at = at
        self.workers: dict[str, list[Worker]] = {}
        self.states: dict[str, LiveState] = {}
        self.loads: dict[str, int] = {}

    def has(self, team_id: str) -> bool:
        return team_id in self.workers

    async def load(self, team_ids: Iterable[str]) -> None:
        """Fetch live state and open-task load of the workers of ``team_ids`` not fetched yet."""
        new = [t for t in dict.fromkeys(team_ids) if t not in self.workers]
        if not new:
            return
        workers: list[Worker] = []
        for team_id in new:
            self.workers[team_id] = list(self.teams.team(team_id).workers)
            workers += self.workers[team_id]
        if not workers:
            return
        self.states.update(await self.live.states(workers, self.at))
        ids = [w.worker_id for w in workers]
        await self.cur.execute(
            "SELECT worker_id, count(*) FROM tasks WHERE worker_id = ANY(%s) AND status = ANY(%s) GROUP BY 1",
            (ids, list(LIVE_TASK)),
        )
        counts = {row[0]: int(row[1]) for row in await self.cur.fetchall()}
        for worker_id in ids:
            self.loads[worker_id] = counts.get(worker_id, 0)

    def team(self, team_id: str) -> Sequence[Candidate]:
        out = []
        for w in self.workers[team_id]:
            s = self.states[w.worker_id]
            out.append(Candidate(w.worker_id, team_id, s.on_duty, self.loads[w.worker_id], s.lat, s.lon))
        return out

    def assigned(self, worker_id: str) -> None:
        self.loads[worker_id] += 1
