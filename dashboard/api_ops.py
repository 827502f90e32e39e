"""The operators' side: the wall-screen socket, map data, grid details, intake and verification."""

from __future__ import annotations

import asyncio
import json
from functools import lru_cache
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Response, WebSocket, WebSocketDisconnect
from psycopg.rows import dict_row
from pydantic import BaseModel

from dashboard.auth import User, accept_socket, require
from dashboard.deps import DashboardDeps, get_deps
from dashboard.hub import Subscriber
from dashboard.kpi import kpis
from dispatch.actions import ActionError
from dispatch.engine import case_view
from gridcc.domain.geo import load_geography
from gridcc.domain.taxonomy import load_taxonomy

router = APIRouter(tags=["operators"])
Deps = Annotated[DashboardDeps, Depends(get_deps)]
Operator = Annotated[User, Depends(require("operator", "supervisor"))]


@lru_cache(maxsize=4)
def _geojson(level: str) -> bytes:
    geo = load_geography()
    if level == "features":
        # One file for the map's backdrop: borders (with their level) under the roads and rivers.
        features = []
        for lvl in ("district", "subdistrict", "community"):
            for f in geo.geojson(lvl)["features"]:
                features.append({**f, "properties": {**f["properties"], "level": lvl}})
        features += geo.features_geojson()["features"]
        data = {"type": "FeatureCollection", "features": features}
    else:
        data = geo.geojson(level)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


@router.get("/api/v1/geo/{level}.geojson")
async def geojson(level: str) -> Response:
    if level not in ("grids", "features", "community", "subdistrict", "district"):
        raise HTTPException(404, "levels: grids, features, community, subdistrict, district")
    body = _geojson("grid" if level == "grids" else level)
    return Response(body, media_type="application/geo+json", headers={"Cache-Control": "max-age=3600"})


@router.get("/api/v1/taxonomy/domains")
async def domains() -> list[dict[str, str]]:
    return [{"code": d.code, "name_zh": d.name_zh, "name_en": d.name_en} for d in load_taxonomy().domains]


async def open_cases(deps: DashboardDeps, limit: int = 50, grid_id: str | None = None) -> list[dict[str, Any]]:
    async with deps.pool.connection() as conn:
        cur = conn.cursor(row_factory=dict_row)
        await cur.execute(
            "SELECT * FROM cases WHERE status NOT IN ('closed', 'evaluated', 'void') "
            "AND (%s::text IS NULL OR grid_id = %s) ORDER BY last_event_at DESC LIMIT %s",
            (grid_id, grid_id, limit),
        )
        return [case_view(r) for r in await cur.fetchall()]


@router.get("/api/v1/grids/{grid_id}")
async def grid_detail(grid_id: str, user: Operator, deps: Deps) -> dict[str, Any]:
    geo = load_geography()
    try:
        loc = geo.location_of(geo.grid(grid_id).index)
    except KeyError:
        raise HTTPException(404, f"no grid {grid_id}") from None
    team = deps.dispatcher.teams.grid_team(grid_id)
    states = await deps.dispatcher.live.states(list(team.workers), deps.dispatcher.clock.now())
    return {
        "grid_id": grid_id,
        "community": loc.community.name_zh,
        "subdistrict": loc.subdistrict.name_zh,
        "team": {
            "team_id": team.team_id,
            "name": team.name_zh,
            "workers": [
                {"worker_id": w.worker_id, "name": w.name, "on_duty": states[w.worker_id].on_duty} for w in team.workers
            ],
        },
        "open_cases": await open_cases(deps, 100, grid_id),
    }


class Classify(BaseModel):
    matter_code: str


@router.post("/api/v1/intake/{event_id}/classify")
async def classify_intake(event_id: str, body: Classify, user: Operator, deps: Deps) -> dict[str, Any]:
    """A person decides what a low-confidence report is; it then re-enters the pipeline as that type."""
    if body.matter_code not in load_taxonomy():
        raise HTTPException(422, f"unknown matter code {body.matter_code!r}")
    async with deps.pool.connection() as conn, conn.transaction():
        cur = await conn.execute(
            "UPDATE intake SET resolved_at = now(), resolved_by = %s, matter_code = %s "
            "WHERE event_id = %s AND resolved_at IS NULL RETURNING event",
            (user.username, body.matter_code, event_id),
        )
        row = await cur.fetchone()
        if row is None:
            raise HTTPException(409, "not waiting in the intake queue")
        event = dict(row[0])
        event.update(event_id=f"{event_id}-I", matter_code=body.matter_code)
        rid = event.get("attrs", {}).get("report_id") or event_id
        # Back through the outbox, so the classified event is as durable as the report itself.
        await conn.execute(
            "INSERT INTO reports (report_id, idempotency_key, device_hash, created_at, lat, lon, grid_id, text, "
            "channel, event) VALUES (%s, %s, %s, now(), %s, %s, %s, %s, 'intake', %s)",
            (
                event["event_id"],
                f"intake:{event_id}",
                event.get("reporter") or "intake",
                event["lat"],
                event["lon"],
                event["grid_id"],
                event.get("text"),
                json.dumps(event, ensure_ascii=False),
            ),
        )
    return {"event_id": event_id, "matter_code": body.matter_code, "report_id": rid}


class Verify(BaseModel):
    fixed: bool
    reason: str | None = None


@router.post("/api/v1/cases/{case_id}/verify")
async def verify_case(case_id: str, body: Verify, user: Operator, deps: Deps) -> dict[str, Any]:
    try:
        async with deps.pool.connection() as conn:
            res = await deps.actions.verify(conn, case_id, f"operator:{user.username}", body.fixed, body.reason)
    except ActionError as exc:
        raise HTTPException(exc.status, exc.detail) from None
    await deps.push(res.messages)
    return res.case or {}


@router.websocket("/ws/ops")
async def ops_socket(ws: WebSocket) -> None:
    deps: DashboardDeps = ws.app.state.dashboard
    user = await accept_socket(ws, deps.auth, ("operator", "supervisor"))
    if user is None:
        return
    sub = Subscriber(ws, {"ops"})
    deps.hub.add(sub)
    pump = asyncio.create_task(sub.pump())
    try:
        async with deps.pool.connection() as conn:
            k = await kpis(conn)
            cur = conn.cursor(row_factory=dict_row)
            await cur.execute(
                "SELECT event_id, event->>'text' AS text, event->>'grid_id' AS grid_id, candidates "
                "FROM intake WHERE resolved_at IS NULL ORDER BY received_at DESC LIMIT 50"
            )
            intake = await cur.fetchall()
        hello = {
            "heat": None,  # the hub sends the whole picture as its own first message (it must precede the deltas)
            "kpi": k,
            "cases": await open_cases(deps),
            "intake": intake,
            "escalations": [],
            "user": {"username": user.username, "role": user.role},
        }
        sub.offer(json.dumps({"type": "hello", "data": hello}, ensure_ascii=False, default=str))
        while True:
            await ws.receive_text()  # the wall screen only listens; reading detects the close
    except (WebSocketDisconnect, RuntimeError):
        pass
    finally:
        deps.hub.remove(sub)
        pump.cancel()
