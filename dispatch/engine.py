"""Turning a registered case into a task in one worker's hand.

Each dispatch runs in one transaction that locks the case row, so several
engine processes can race on the same case notice and only one task results;
the partial unique index ``tasks_one_live_per_case`` is the last line of
defence.  Pushes to phones and screens go out after the commit.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import psycopg
from psycopg.rows import dict_row

from dispatch.candidates import LIVE_TASK, CandidatePool
from dispatch.live import LiveStore
from dispatch.policy import Candidate, choose_worker, plan_teams
from gridcc.domain.audit import Transition
from gridcc.domain.clock import Clock
from gridcc.domain.departments import department
from gridcc.domain.geo import Geography
from gridcc.domain.taxonomy import Taxonomy
from gridcc.domain.teams import TeamRegistry
from gridcc.domain.workcal import WorkCalendar
from gridcc.domain.workflow import CaseStatus, check_transition
from gridcc.runtime import audit_store

log = logging.getLogger(__name__)

TASK_COLUMNS = (
    "task_id, case_id, team_id, worker_id, status, role, offered_at, accept_by, accepted_at, "
    "arrived_at, handled_at, due_at, note, offer_no"
)
_COPY_COLUMNS = (
    "task_id",
    "case_id",
    "team_id",
    "worker_id",
    "status",
    "role",
    "offered_at",
    "accept_by",
    "due_at",
    "offer_no",
)


def _task_id() -> str:
    return "T" + uuid.uuid4().hex[:20].upper()


@dataclass
class _Past:
    """What earlier offers of a case say about the next one."""

    live: bool = False
    offers: int = 0
    exclude: set[str] = field(default_factory=set)


@dataclass
class Outcome:
    """What a dispatch did, for the pushes sent after commit."""

    messages: list[tuple[str, str, Any]] = field(default_factory=list)
    dispatched: int = 0


def task_view(task: dict[str, Any], case: dict[str, Any]) -> dict[str, Any]:
    """The task as a phone sees it (docs/protocol.md)."""
    return {
        "task_id": task["task_id"],
        "case_id": task["case_id"],
        "status": task["status"],
        "role": task["role"],
        "worker_id": task["worker_id"],
        "team_id": task["team_id"],
        "offered_at": task["offered_at"],
        "accept_by": task["accept_by"],
        "due_at": task["due_at"],
        "matter_code": case["matter_code"],
        "title": case.get("title"),
        "priority": case["priority"],
        "lat": case["lat"],
        "lon": case["lon"],
        "grid_id": case["grid_id"],
    }


class Dispatcher:
    def __init__(
        self,
        taxonomy: Taxonomy,
        geo: Geography,
        teams: TeamRegistry,
        live: LiveStore,
        calendar: WorkCalendar,
        clock: Clock,
        actor: str = "system:dispatch",
    ) -> None:
        self.taxonomy = taxonomy
        self.geo = geo
        self.teams = teams
        self.live = live
        self.calendar = calendar
        self.clock = clock
        self.actor = actor

    def team_plan(self, matter_code: str, grid_id: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        matter = self.taxonomy.get(matter_code)
        grid = self.geo.grid(grid_id)
        grid_team = self.teams.grid_team(grid_id).team_id
        backups = [self.teams.grid_team(g).team_id for g in self.geo.neighbours(grid_id)]
        dept = department(matter.department)
        specialist = others = None
        if not dept.grid_level:
            specialist = self.teams.specialist_team(dept.code, grid.subdistrict_id).team_id
            others = [
                self.teams.specialist_team(dept.code, s.id).team_id
                for s in self.geo.subdistricts
                if s.id != grid.subdistrict_id
            ]
        plan = plan_teams(dept.grid_level, grid_team, specialist, backups, others or ())
        return plan.order, plan.informed

    async def dispatch(
        self,
        conn: psycopg.AsyncConnection,
        case_id: str,
        reason: str = "new case",
        audit: list[Transition] | None = None,
    ) -> Outcome:
        """Offer one case to the best worker, unless it already has a live task; idempotent."""
        return await self.dispatch_many(conn, [case_id], reason, audit)

    async def dispatch_many(
        self,
        conn: psycopg.AsyncConnection,
        case_ids: Sequence[str],
        reason: str = "new case",
        audit: list[Transition] | None = None,
    ) -> Outcome:
        """Offer each case to its best worker in one transaction with a fixed number of round trips.

        The cases are locked in id order (every engine uses the same order, so they cannot deadlock), the
        ones that already have a live task are left alone, and everything is written with one COPY and one
        UPDATE. With ``audit`` the transitions are collected there for the caller to append once, in its own
        enclosing transaction; without it they are appended here.
        """
        out = Outcome()
        async with conn.transaction():
            cur = conn.cursor(row_factory=dict_row)
            await cur.execute(
                "SELECT * FROM cases WHERE case_id = ANY(%s) ORDER BY case_id FOR UPDATE", (sorted(set(case_ids)),)
            )
            cases = [c for c in await cur.fetchall() if c["status"] in (CaseStatus.REGISTERED, CaseStatus.DISPATCHED)]
            if not cases:
                return out
            history = await self._history(cur, [c["case_id"] for c in cases])
            now = self.clock.now()
            plain = conn.cursor()
            pool = CandidatePool(self.teams, self.live, plain, now)
            todo = [
                (c, self.team_plan(c["matter_code"], c["grid_id"])) for c in cases if not history[c["case_id"]].live
            ]
            await pool.load(order[0] for _, (order, _) in todo)
            tasks: list[tuple[Any, ...]] = []
            updates: list[tuple[str, str, datetime]] = []
            transitions: list[Transition] = []
            waiting: list[str] = []  # nobody eligible now: the SLA tick offers them again (SlaWatch._retry_waiting)
            for case, (order, informed) in todo:
                past = history[case["case_id"]]
                chosen = await self._choose(pool, order, case["lat"], case["lon"], frozenset(past.exclude))
                if chosen is None:
                    out.messages.append(("ops", "unassigned", {"case_id": case["case_id"], "teams": list(order)}))
                    waiting.append(case["case_id"])
                    continue
                pool.assigned(chosen.worker_id)
                task, extra = self._offer(case, chosen, informed if past.offers == 0 else (), past.offers + 1, now)
                tasks += [task, *extra]
                updates.append((case["case_id"], chosen.team_id, task[8]))
                if case["status"] != CaseStatus.DISPATCHED:
                    check_transition(CaseStatus(case["status"]), CaseStatus.DISPATCHED)
                    transitions.append(
                        Transition(
                            case["case_id"],
                            audit_store.iso(now),
                            case["status"],
                            CaseStatus.DISPATCHED.value,
                            self.actor,
                            f"{reason}: offered to {chosen.worker_id} ({chosen.team_id})",
                        )
                    )
                case["status"] = CaseStatus.DISPATCHED.value
                out.messages += [
                    (f"team:{t[2]}", "case.informed", {"case_id": t[1], "title": case["title"]}) for t in extra
                ]
                out.messages.append(
                    (
                        f"worker:{chosen.worker_id}",
                        "task.offered",
                        task_view(dict(zip(_COPY_COLUMNS, task, strict=True)), case),
                    )
                )
                out.messages.append(("ops", "case", case_view(case, chosen.team_id)))
                out.dispatched += 1
            if tasks:
                async with plain.copy(f"COPY tasks ({', '.join(_COPY_COLUMNS)}) FROM STDIN") as copy:
                    for row in tasks:
                        await copy.write_row(row)
                ids, teams, dues = (list(col) for col in zip(*updates, strict=True))
                await plain.execute(
                    "UPDATE cases c SET status = 'dispatched', team_id = u.team_id, handle_due_at = u.due_at, "
                    "waiting_since = NULL "
                    "FROM unnest(%s::text[], %s::text[], %s::timestamptz[]) AS u(case_id, team_id, due_at) "
                    "WHERE c.case_id = u.case_id",
                    (ids, teams, dues),
                )
            if waiting:
                await plain.execute("UPDATE cases SET waiting_since = %s WHERE case_id = ANY(%s)", (now, waiting))
            if audit is None:
                await audit_store.append_async(plain, transitions)
            else:
                audit.extend(transitions)
        return out

    async def _history(self, cur: psycopg.AsyncCursor[Any], case_ids: list[str]) -> dict[str, _Past]:
        await cur.execute(
            "SELECT case_id, role, status, worker_id, offer_no FROM tasks WHERE case_id = ANY(%s)", (case_ids,)
        )
        past = {i: _Past() for i in case_ids}
        for t in await cur.fetchall():
            p = past[t["case_id"]]
            if t["role"] != "handle":
                continue
            p.offers = max(p.offers, t["offer_no"])
            p.live = p.live or t["status"] in LIVE_TASK
            if t["status"] in ("rejected", "expired") and t["worker_id"] is not None:
                p.exclude.add(t["worker_id"])
        return past

    async def _choose(
        self, pool: CandidatePool, order: tuple[str, ...], lat: float, lon: float, exclude: frozenset[str]
    ) -> Candidate | None:
        """The first team in ``order`` with an eligible worker decides; later teams are fetched only if reached."""
        for i, team_id in enumerate(order):
            if not pool.has(team_id):
                await pool.load(order[i:])
            chosen = choose_worker(pool.team(team_id), lat, lon, exclude)
            if chosen is not None:
                return chosen
        return None

    def _offer(
        self, case: dict[str, Any], chosen: Candidate, informed: Sequence[str], offer_no: int, now: datetime
    ) -> tuple[tuple[Any, ...], list[tuple[Any, ...]]]:
        """The handling task's row and the informed teams' rows, in ``_COPY_COLUMNS`` order."""
        matter = self.taxonomy.get(case["matter_code"])
        accept_by = now + timedelta(minutes=matter.accept_minutes)
        due_at = self.calendar.deadline(now, matter.time_limit)
        task = (
            _task_id(),
            case["case_id"],
            chosen.team_id,
            chosen.worker_id,
            "offered",
            "handle",
            now,
            accept_by,
            due_at,
            offer_no,
        )
        extra = [
            (_task_id(), case["case_id"], t, None, "informed", "inform", now, accept_by, due_at, 1) for t in informed
        ]
        return task, extra


def case_view(case: dict[str, Any], team_id: str | None = None) -> dict[str, Any]:
    keys = (
        "case_id",
        "matter_code",
        "domain",
        "grid_id",
        "lat",
        "lon",
        "status",
        "priority",
        "title",
        "reporter_count",
        "event_count",
        "sources",
        "opened_at",
        "escalation_level",
    )
    view = {k: case.get(k) for k in keys}
    view["team_id"] = team_id or case.get("team_id")
    return view
