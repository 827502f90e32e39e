"""What a worker, an operator or the reporter does to a task or case.

Each action is one transaction that checks the task's state and the case's
allowed transition, appends to the audit chain, and returns the pushes to send
after commit.  Actions are idempotent for a phone that replays its offline
queue: repeating an accept on an accepted task answers with the task, unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg.rows import dict_row

from dispatch.engine import Dispatcher, case_view, task_view
from gridcc.domain.audit import Transition
from gridcc.domain.workflow import CaseStatus, TransitionError, check_transition
from gridcc.runtime import audit_store


class ActionError(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


@dataclass
class ActionResult:
    task: dict[str, Any] | None = None
    case: dict[str, Any] | None = None
    messages: list[tuple[str, str, Any]] = field(default_factory=list)


# task status before -> (task status after, case status after, timestamp column)
_MOVES: dict[str, tuple[tuple[str, ...], str, CaseStatus, str | None]] = {
    "accept": (("offered",), "accepted", CaseStatus.ACCEPTED, "accepted_at"),
    "arrive": (("accepted",), "on_site", CaseStatus.ON_SITE, "arrived_at"),
    "resolve": (("accepted", "on_site"), "handled", CaseStatus.HANDLED, "handled_at"),
}


class Actions:
    def __init__(self, dispatcher: Dispatcher) -> None:
        self.d = dispatcher

    async def _load(self, cur: psycopg.AsyncCursor[Any], task_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
        await cur.execute("SELECT * FROM tasks WHERE task_id = %s", (task_id,))
        task = await cur.fetchone()
        if task is None:
            raise ActionError(404, f"no task {task_id}")
        await cur.execute("SELECT * FROM cases WHERE case_id = %s FOR UPDATE", (task["case_id"],))
        case = await cur.fetchone()
        await cur.execute("SELECT * FROM tasks WHERE task_id = %s FOR UPDATE", (task_id,))
        return await cur.fetchone(), case  # type: ignore[return-value]

    async def task_action(
        self,
        conn: psycopg.AsyncConnection,
        worker_id: str,
        task_id: str,
        action: str,
        note: str | None = None,
        photo: bytes | None = None,
    ) -> ActionResult:
        now = self.d.clock.now()
        res = ActionResult()
        async with conn.transaction():
            cur = conn.cursor(row_factory=dict_row)
            task, case = await self._load(cur, task_id)
            if task["worker_id"] != worker_id:
                raise ActionError(403, "this task belongs to another worker")
            if action == "reject":
                if task["status"] == "rejected":
                    return ActionResult(task_view(task, case), case_view(case))
                if task["status"] not in ("offered", "accepted"):
                    raise ActionError(409, f"a task that is {task['status']} cannot be rejected")
                await cur.execute("UPDATE tasks SET status = 'rejected', note = %s WHERE task_id = %s", (note, task_id))
                task["status"] = "rejected"
                res.task = task_view(task, case)
            else:
                before, after, case_after, column = _MOVES[action]
                if task["status"] == after:
                    return ActionResult(task_view(task, case), case_view(case))
                if task["status"] not in before:
                    raise ActionError(409, f"a task that is {task['status']} cannot be {action}ed")
                if action == "resolve" and not photo:
                    raise ActionError(422, "resolving needs a photo of the result")
                try:
                    check_transition(CaseStatus(case["status"]), case_after)
                except TransitionError as exc:
                    raise ActionError(409, str(exc)) from None
                await cur.execute(
                    f"UPDATE tasks SET status = %s, {column} = %s, note = coalesce(%s, note), "
                    "photo = coalesce(%s, photo) WHERE task_id = %s",
                    (after, now, note, photo, task_id),
                )
                await cur.execute(
                    "UPDATE cases SET status = %s WHERE case_id = %s", (case_after.value, case["case_id"])
                )
                await audit_store.append_async(
                    conn.cursor(),
                    [
                        Transition(
                            case["case_id"],
                            audit_store.iso(now),
                            case["status"],
                            case_after.value,
                            f"worker:{worker_id}",
                            note,
                        )
                    ],
                )
                task.update(status=after, **{column: now} if column else {})
                case["status"] = case_after.value
                res.task = task_view(task, case)
            res.case = case_view(case)
        res.messages += [(f"worker:{worker_id}", "task.updated", res.task), ("ops", "case", res.case)]
        if action == "reject":
            outcome = await self.d.dispatch(conn, case["case_id"], f"rejected by {worker_id}: {note or ''}")
            res.messages += outcome.messages
        if res.case and res.case["status"] == CaseStatus.HANDLED:
            res.messages.append((f"case:{case['case_id']}", "case", res.case))
        return res

    async def verify(
        self, conn: psycopg.AsyncConnection, case_id: str, actor: str, fixed: bool, reason: str | None = None
    ) -> ActionResult:
        """The check after handling: fixed -> verified -> closed; not fixed -> dispatched again."""
        now = self.d.clock.now()
        res = ActionResult()
        async with conn.transaction():
            cur = conn.cursor(row_factory=dict_row)
            await cur.execute("SELECT * FROM cases WHERE case_id = %s FOR UPDATE", (case_id,))
            case = await cur.fetchone()
            if case is None:
                raise ActionError(404, f"no case {case_id}")
            if fixed and case["status"] in (CaseStatus.CLOSED, CaseStatus.EVALUATED):
                return ActionResult(case=case_view(case))
            if case["status"] != CaseStatus.HANDLED:
                raise ActionError(409, f"a case that is {case['status']} cannot be verified yet")
            plain = conn.cursor()
            if fixed:
                records = [
                    Transition(
                        case_id, audit_store.iso(now), "handled", "verified", actor, reason or "confirmed fixed"
                    ),
                    Transition(case_id, audit_store.iso(now), "verified", "closed", actor, "closed after verification"),
                ]
                await cur.execute(
                    "UPDATE cases SET status = 'closed', closed_at = %s WHERE case_id = %s", (now, case_id)
                )
                case.update(status="closed", closed_at=now)
            else:
                records = [
                    Transition(
                        case_id, audit_store.iso(now), "handled", "registered", actor, reason or "not fixed: sent back"
                    )
                ]
                await cur.execute("UPDATE cases SET status = 'registered' WHERE case_id = %s", (case_id,))
                case["status"] = "registered"
                await cur.execute(
                    "UPDATE tasks SET status = 'reopened' WHERE case_id = %s AND status = 'handled'", (case_id,)
                )
            await audit_store.append_async(plain, records)
            res.case = case_view(case)
        if not fixed:
            # Registered again, so the dispatcher's normal path offers it anew (first to the same worker's team).
            outcome = await self.d.dispatch(conn, case_id, "not fixed")
            res.messages += outcome.messages
        res.messages.append(("ops", "case", res.case))
        return res
