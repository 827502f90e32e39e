"""Turning a registered case into a task in one worker's hand.

Each dispatch runs in one transaction that locks the case row, so several
engine processes can race on the same case notice and only one task results;
the partial unique index ``tasks_one_live_per_case`` is the last line of
defence.  Pushes to phones and screens go out after the commit.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import psycopg
from psycopg.rows import dict_row

from dispatch.live import LiveStore
from dispatch.policy import Candidate, choose_in_order, plan_teams
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

LIVE_TASK = ("offered", "accepted", "on_site")
TASK_COLUMNS = (
    "task_id, case_id, team_id, worker_id, status, role, offered_at, accept_by, accepted_at, "
    "arrived_at, handled_at, due_at, note, offer_no"
)


@dataclass
class Outcome:
    """What a dispatch did, for the pushes sent after commit."""

    messages: list[tuple[str, str, Any]] = field(default_factory=list)
    dispatched: bool = False


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

    async def candidates(self, cur: psycopg.AsyncCursor, team_ids: tuple[str, ...]) -> dict[str, list[Candidate]]:
        workers = [w for t in team_ids for w in self.teams.team(t).workers]
        states = await self.live.states(workers, self.clock.now())
        await cur.execute(
            "SELECT worker_id, count(*) FROM tasks WHERE worker_id = ANY(%s) AND status = ANY(%s) GROUP BY 1",
            ([w.worker_id for w in workers], list(LIVE_TASK)),
        )
        loads = dict(await cur.fetchall())
        out: dict[str, list[Candidate]] = {}
        for w in workers:
            s = states[w.worker_id]
            out.setdefault(w.team_id, []).append(
                Candidate(w.worker_id, w.team_id, s.on_duty, int(loads.get(w.worker_id, 0)), s.lat, s.lon)
            )
        return out

    async def dispatch(
        self,
        conn: psycopg.AsyncConnection,
        case_id: str,
        reason: str = "new case",
        audit: list[Transition] | None = None,
    ) -> Outcome:
        """Offer the case to the best worker, unless it already has a live task; idempotent.

        With ``audit`` the transitions are collected there for the caller to append once, in its own
        enclosing transaction (a batch of dispatches then shares one commit and one audit-chain lock).
        """
        out = Outcome()
        async with conn.transaction():
            cur = conn.cursor(row_factory=dict_row)
            await cur.execute("SELECT * FROM cases WHERE case_id = %s FOR UPDATE", (case_id,))
            case = await cur.fetchone()
            if case is None or case["status"] not in (CaseStatus.REGISTERED, CaseStatus.DISPATCHED):
                return out
            await cur.execute(
                "SELECT 1 FROM tasks WHERE case_id = %s AND role = 'handle' AND status = ANY(%s)",
                (case_id, list(LIVE_TASK)),
            )
            if await cur.fetchone():
                return out
            await cur.execute(
                "SELECT DISTINCT worker_id FROM tasks WHERE case_id = %s AND status IN "
                "('rejected', 'expired') AND worker_id IS NOT NULL",
                (case_id,),
            )
            exclude = frozenset(r["worker_id"] for r in await cur.fetchall())
            order, informed = self.team_plan(case["matter_code"], case["grid_id"])
            plain = conn.cursor()
            chosen = choose_in_order(order, await self.candidates(plain, order), case["lat"], case["lon"], exclude)
            if chosen is None:
                out.messages.append(("ops", "unassigned", {"case_id": case_id, "teams": list(order)}))
                return out
            now = self.clock.now()
            matter = self.taxonomy.get(case["matter_code"])
            task = {
                "task_id": "T" + uuid.uuid4().hex[:20].upper(),
                "case_id": case_id,
                "team_id": chosen.team_id,
                "worker_id": chosen.worker_id,
                "status": "offered",
                "role": "handle",
                "offered_at": now,
                "accept_by": now + timedelta(minutes=matter.accept_minutes),
                "due_at": self.calendar.deadline(now, matter.time_limit),
            }
            await cur.execute("SELECT coalesce(max(offer_no), 0) + 1 AS n FROM tasks WHERE case_id = %s", (case_id,))
            offer_no = (await cur.fetchone() or {"n": 1})["n"]
            await cur.execute(
                "INSERT INTO tasks (task_id, case_id, team_id, worker_id, status, role, offered_at, accept_by, "
                "due_at, offer_no) VALUES (%(task_id)s, %(case_id)s, %(team_id)s, %(worker_id)s, %(status)s, "
                "%(role)s, %(offered_at)s, %(accept_by)s, %(due_at)s, %(offer_no)s)",
                {**task, "offer_no": offer_no},
            )
            transitions = []
            if case["status"] != CaseStatus.DISPATCHED:
                check_transition(CaseStatus(case["status"]), CaseStatus.DISPATCHED)
                transitions.append(
                    Transition(
                        case_id,
                        audit_store.iso(now),
                        case["status"],
                        CaseStatus.DISPATCHED.value,
                        self.actor,
                        f"{reason}: offered to {chosen.worker_id} ({chosen.team_id})",
                    )
                )
            await cur.execute(
                "UPDATE cases SET status = 'dispatched', team_id = %s, handle_due_at = %s WHERE case_id = %s",
                (chosen.team_id, task["due_at"], case_id),
            )
            for team_id in informed if offer_no == 1 else ():
                await cur.execute(
                    "INSERT INTO tasks (task_id, case_id, team_id, status, role, offered_at, accept_by, due_at) "
                    "VALUES (%s, %s, %s, 'informed', 'inform', %s, %s, %s)",
                    ("T" + uuid.uuid4().hex[:20].upper(), case_id, team_id, now, task["accept_by"], task["due_at"]),
                )
                out.messages.append((f"team:{team_id}", "case.informed", {"case_id": case_id, "title": case["title"]}))
            if audit is None:
                await audit_store.append_async(plain, transitions)
            else:
                audit.extend(transitions)
            case["status"] = CaseStatus.DISPATCHED.value
            view = task_view(task, case)
            out.messages.append((f"worker:{chosen.worker_id}", "task.offered", view))
            out.messages.append(("ops", "case", case_view(case, chosen.team_id)))
            out.dispatched = True
        return out


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
