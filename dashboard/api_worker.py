"""The workers' side: their task socket, their task list, and the actions on a task."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile, WebSocket, WebSocketDisconnect
from psycopg.rows import dict_row

from dashboard.auth import User, accept_socket, require
from dashboard.deps import DashboardDeps, get_deps
from dashboard.hub import Subscriber
from dispatch.actions import ActionError
from dispatch.engine import LIVE_TASK, task_view
from ingest.photos import check_photo

router = APIRouter(tags=["workers"])
Deps = Annotated[DashboardDeps, Depends(get_deps)]
Worker = Annotated[User, Depends(require("worker"))]


async def live_tasks(deps: DashboardDeps, worker_id: str) -> list[dict[str, Any]]:
    """The backlog a (re)connecting phone is sent: every task still in this worker's hands."""
    async with deps.pool.connection() as conn:
        cur = conn.cursor(row_factory=dict_row)
        await cur.execute(
            "SELECT t.*, c.matter_code, c.title, c.priority, c.lat, c.lon, c.grid_id FROM tasks t "
            "JOIN cases c USING (case_id) WHERE t.worker_id = %s AND t.status = ANY(%s) ORDER BY t.offered_at",
            (worker_id, [*LIVE_TASK, "handled"]),
        )
        rows = await cur.fetchall()
    return [task_view(r, r) for r in rows]


@router.get("/api/v1/tasks/mine")
async def my_tasks(user: Worker, deps: Deps) -> list[dict[str, Any]]:
    return await live_tasks(deps, user.username)


async def _act(
    deps: DashboardDeps, user: User, task_id: str, action: str, note: str | None = None, photo: bytes | None = None
) -> dict[str, Any]:
    try:
        async with deps.pool.connection() as conn:
            res = await deps.actions.task_action(conn, user.username, task_id, action, note, photo)
    except ActionError as exc:
        raise HTTPException(exc.status, exc.detail) from None
    await deps.push(res.messages)
    return res.task or {}


@router.post("/api/v1/tasks/{task_id}/accept")
async def accept(task_id: str, user: Worker, deps: Deps) -> dict[str, Any]:
    return await _act(deps, user, task_id, "accept")


@router.post("/api/v1/tasks/{task_id}/arrive")
async def arrive(task_id: str, user: Worker, deps: Deps) -> dict[str, Any]:
    return await _act(deps, user, task_id, "arrive")


@router.post("/api/v1/tasks/{task_id}/reject")
async def reject(task_id: str, user: Worker, deps: Deps, body: dict[str, str] | None = None) -> dict[str, Any]:
    return await _act(deps, user, task_id, "reject", (body or {}).get("reason") or "rejected")


@router.post("/api/v1/tasks/{task_id}/resolve")
async def resolve(
    task_id: str,
    user: Worker,
    deps: Deps,
    note: Annotated[str | None, Form(max_length=500)] = None,
    photo: Annotated[UploadFile | None, File()] = None,
) -> dict[str, Any]:
    image = await check_photo(photo, deps.settings.ingest.max_photo_bytes) if photo is not None else None
    return await _act(deps, user, task_id, "resolve", note, image[1] if image else None)


@router.websocket("/ws/worker")
async def worker_socket(ws: WebSocket) -> None:
    deps: DashboardDeps = ws.app.state.dashboard
    user = await accept_socket(ws, deps.auth, ("worker",))
    if user is None:
        return
    sub = Subscriber(ws, {f"worker:{user.username}", f"team:{user.team_id}"})
    deps.hub.add(sub)  # before the backlog query, so nothing pushed in between is missed
    pump = asyncio.create_task(sub.pump())

    async def hello() -> None:
        worker = {"worker_id": user.username, "name": user.name, "team_id": user.team_id}
        sub.offer(_json("hello", {"worker": worker, "tasks": await live_tasks(deps, user.username)}))

    deps.hub.resync.add(hello)
    try:
        await hello()
        while True:
            msg = await ws.receive_json()
            kind = msg.get("type") if isinstance(msg, dict) else None
            if kind == "position":
                await deps.dispatcher.live.set_position(user.username, float(msg["lat"]), float(msg["lon"]))
            elif kind == "duty":
                await deps.dispatcher.live.set_duty(user.username, bool(msg["on"]))
            else:
                sub.offer(_json("error", {"detail": f"unknown message type {kind!r}"}))
                continue
            sub.offer(_json("ack", {"type": kind}))
    except (WebSocketDisconnect, RuntimeError):
        pass
    except (KeyError, ValueError, TypeError):
        with contextlib.suppress(Exception):
            await ws.close(code=4400, reason="malformed message")
    finally:
        deps.hub.resync.discard(hello)
        deps.hub.remove(sub)
        pump.cancel()


def _json(type_: str, data: Any) -> str:
    import json

    return json.dumps({"type": type_, "data": data}, ensure_ascii=False, default=str)
