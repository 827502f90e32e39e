"""One citizen report, end to end on real servers: report -> case -> task on a phone -> closed."""

from __future__ import annotations

import asyncio
import json
import uuid

import cv2
import httpx
import numpy as np
import psycopg
import websockets

from gridcc.domain.geo import load_geography
from gridcc.domain.taxonomy import load_taxonomy
from gridcc.domain.teams import load_teams
from gridcc.runtime.audit_store import seal, verify
from tests.stack import Stack

PASSWORD = "test-password-123"


def _grid_level_type() -> tuple[str, str]:
    from gridcc.domain.departments import department

    for t in load_taxonomy():
        if "citizen" in t.sources and department(t.department).grid_level and t.code.startswith("SJ"):
            return t.code, t.name_zh
    raise AssertionError("no citizen-reportable grid-level event type")


def _jpeg() -> bytes:
    img = np.full((60, 80, 3), 128, np.uint8)
    ok, buf = cv2.imencode(".jpg", img)
    assert ok
    return buf.tobytes()


async def _login(client: httpx.AsyncClient, user: str) -> str:
    r = await client.post("/api/v1/auth/token", data={"username": user, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return r.json()["access_token"]


async def _flow(stack: Stack) -> dict[str, object]:
    geo = load_geography()
    teams = load_teams(geo)
    code, name = _grid_level_type()
    grid = geo.grids[len(geo.grids) // 2]
    lat, lon = grid.centroid
    team = teams.grid_team(grid.grid_id)
    device = uuid.uuid4().hex
    async with httpx.AsyncClient(base_url=stack.base, timeout=10) as client:
        tokens = {w.worker_id: await _login(client, w.worker_id) for w in team.workers}
        ws_base = stack.base.replace("http", "ws")
        sockets = {wid: await websockets.connect(f"{ws_base}/ws/worker?token={tok}") for wid, tok in tokens.items()}
        for ws in sockets.values():
            hello = json.loads(await ws.recv())
            assert hello["type"] == "hello"

        body = {
            "lat": lat,
            "lon": lon,
            "text": f"这里有{name}，麻烦尽快处理",
            "device_token": device,
            "idempotency_key": uuid.uuid4().hex,
        }
        r = await client.post("/api/v1/reports/json", json=body)
        assert r.status_code == 201, r.text
        report_id = r.json()["report_id"]
        again = await client.post("/api/v1/reports/json", json=body)
        assert again.status_code == 200 and again.json()["report_id"] == report_id

        async def first_offer(wid: str) -> tuple[str, dict[str, object]]:
            while True:
                msg = json.loads(await sockets[wid].recv())
                if msg["type"] == "task.offered":
                    return wid, msg["data"]

        waiters = [asyncio.create_task(first_offer(w)) for w in sockets]
        done, pending = await asyncio.wait(waiters, timeout=30, return_when=asyncio.FIRST_COMPLETED)
        for p in pending:
            p.cancel()
        assert done, "no worker of the grid team received the task within 30 s"
        worker_id, task = done.pop().result()
        assert task["matter_code"] == code and task["grid_id"] == grid.grid_id

        auth = {"Authorization": f"Bearer {tokens[worker_id]}"}
        tid = task["task_id"]
        assert (await client.post(f"/api/v1/tasks/{tid}/accept", headers=auth)).json()["status"] == "accepted"
        assert (await client.post(f"/api/v1/tasks/{tid}/accept", headers=auth)).status_code == 200  # replay
        assert (await client.post(f"/api/v1/tasks/{tid}/arrive", headers=auth)).json()["status"] == "on_site"
        r = await client.post(
            f"/api/v1/tasks/{tid}/resolve",
            headers=auth,
            data={"note": "已清理"},
            files={"photo": ("done.jpg", _jpeg(), "image/jpeg")},
        )
        assert r.status_code == 200 and r.json()["status"] == "handled", r.text

        status = (await client.get(f"/api/v1/reports/{report_id}", params={"device_token": device})).json()
        assert status["status"] == "handled"
        other = await client.get(f"/api/v1/reports/{report_id}", params={"device_token": "someone-else"})
        assert other.status_code == 404
        r = await client.post(f"/api/v1/reports/{report_id}/confirm", json={"device_token": device, "fixed": True})
        assert r.status_code == 200 and r.json()["status"] == "closed", r.text
        final = (await client.get(f"/api/v1/reports/{report_id}", params={"device_token": device})).json()
        for ws in sockets.values():
            await ws.close()
    return final


def test_citizen_report_reaches_a_worker_and_closes(stack: Stack, pg: psycopg.Connection) -> None:
    final = asyncio.run(_flow(stack))
    assert final["status"] == "closed"
    steps = [h["status"] for h in final["history"]]
    assert steps == ["received", "registered", "dispatched", "accepted", "on_site", "handled", "verified", "closed"]
    while seal(pg):  # what the dispatch service's sealer has not reached yet
        pass
    checked, broken, _ = verify(pg)
    assert checked >= 7 and broken is None
