"""Roles enforced on every route and socket, against the running dashboard process."""

from __future__ import annotations

import asyncio
import time
import uuid

import httpx
import psycopg
import pytest
import websockets
from pydantic import ValidationError

from gridcc.domain.geo import load_geography
from gridcc.domain.teams import load_teams
from gridcc.settings import Settings
from tests.stack import Stack

PASSWORD = "test-password-123"


def _token(stack: Stack, user: str) -> str:
    r = httpx.post(f"{stack.base}/api/v1/auth/token", data={"username": user, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return str(r.json()["access_token"])


def _teams() -> tuple[str, str]:
    geo = load_geography()
    teams = load_teams(geo)
    return teams.grid_team(geo.grids[10].grid_id).workers[0].worker_id, teams.grid_team(geo.grids[900].grid_id).workers[
        0
    ].worker_id


@pytest.mark.parametrize(
    ("path", "method"),
    [
        ("/api/v1/tasks/mine", "GET"),
        ("/api/v1/grids/x", "GET"),
        ("/api/v1/tasks/T1/accept", "POST"),
        ("/api/v1/cases/C1/verify", "POST"),
    ],
)
def test_no_token_is_401(stack: Stack, path: str, method: str) -> None:
    assert httpx.request(method, stack.base + path, json={"fixed": True}).status_code == 401


def test_roles_are_enforced(stack: Stack) -> None:
    worker, _ = _teams()
    w = {"Authorization": f"Bearer {_token(stack, worker)}"}
    ops = {"Authorization": f"Bearer {_token(stack, 'ops')}"}
    grid_id = load_geography().grids[10].grid_id
    assert httpx.get(f"{stack.base}/api/v1/grids/{grid_id}", headers=w).status_code == 403
    assert httpx.get(f"{stack.base}/api/v1/grids/{grid_id}", headers=ops).status_code == 200
    assert httpx.get(f"{stack.base}/api/v1/tasks/mine", headers=ops).status_code == 403
    assert httpx.get(f"{stack.base}/api/v1/tasks/mine", headers=w).status_code == 200
    forged = {"Authorization": "Bearer " + _token(stack, worker)[:-4] + "AAAA"}
    assert httpx.get(f"{stack.base}/api/v1/tasks/mine", headers=forged).status_code == 401


async def _close_code(url: str) -> int | None:
    try:
        async with websockets.connect(url) as ws:
            await asyncio.wait_for(ws.recv(), 5)
    except websockets.ConnectionClosed as exc:
        return exc.rcvd.code if exc.rcvd else None
    return None


def test_sockets_check_role_and_token(stack: Stack) -> None:
    worker, _ = _teams()
    ws = stack.base.replace("http", "ws")
    assert asyncio.run(_close_code(f"{ws}/ws/ops?token={_token(stack, worker)}")) == 4403
    assert asyncio.run(_close_code(f"{ws}/ws/worker?token={_token(stack, 'ops')}")) == 4403
    assert asyncio.run(_close_code(f"{ws}/ws/worker?token=garbage")) == 4401


def test_a_worker_cannot_act_on_another_workers_task(stack: Stack, pg: psycopg.Connection) -> None:
    geo = load_geography()
    grid = geo.grids[10]
    lat, lon = grid.centroid
    r = httpx.post(
        f"{stack.base}/api/v1/reports/json",
        json={
            "lat": lat,
            "lon": lon,
            "text": "这里路灯井盖坏了",
            "device_token": uuid.uuid4().hex,
            "idempotency_key": uuid.uuid4().hex,
        },
    )
    assert r.status_code == 201
    case_row = None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and case_row is None:
        case_row = pg.execute(
            "SELECT t.task_id, t.worker_id FROM tasks t JOIN case_events ce ON ce.case_id = t.case_id "
            "WHERE ce.event_id = %s AND t.role = 'handle'",
            (r.json()["report_id"],),
        ).fetchone()
        time.sleep(0.3)
    if case_row is None:  # the classifier sent it to the intake queue: make a task the operator way
        pytest.fail("report produced no task within 30 s")
    task_id, owner = case_row
    _, stranger = _teams()
    assert stranger != owner
    h = {"Authorization": f"Bearer {_token(stack, stranger)}"}
    resp = httpx.post(f"{stack.base}/api/v1/tasks/{task_id}/accept", headers=h)
    assert resp.status_code == 403 and "another worker" in resp.text


def test_wrong_password_and_login_rate_limit(stack: Stack) -> None:
    user = load_teams(load_geography()).grid_team(load_geography().grids[20].grid_id).workers[0].worker_id
    for _ in range(2):  # a second try if the attempts straddled two one-minute windows
        minute = int(time.time() // 60)
        codes = [
            httpx.post(f"{stack.base}/api/v1/auth/token", data={"username": user, "password": "wrong"}).status_code
            for _ in range(stack.settings.dashboard.login_rate_per_min + 1)
        ]
        if int(time.time() // 60) == minute:
            break
    assert codes[-1] == 429 and set(codes[:-1]) <= {401, 429}
    other = load_teams(load_geography()).grid_team(load_geography().grids[21].grid_id).workers[0].worker_id
    wrong = httpx.post(f"{stack.base}/api/v1/auth/token", data={"username": other, "password": "wrong"})
    assert wrong.status_code == 401 and "wrong user name or password" in wrong.text


def test_secrets_have_no_defaults_and_placeholders_are_refused() -> None:
    assert Settings.model_fields["jwt_secret"].default is None
    assert Settings.model_fields["demo_password"].default is None
    with pytest.raises(ValidationError, match="GRIDCC_JWT_SECRET"):
        Settings(jwt_secret="changeme")
