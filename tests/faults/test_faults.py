"""Faults injected under load: SIGKILL of each process, a Redis restart, PostgreSQL down.

Every test ends by counting from the durable record: accepted reports lost (must be 0), cases with more
than one live task (must be 0), and cases opened twice for one incident (must be 0).
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import websockets

from gridcc.domain.geo import load_geography
from gridcc.domain.teams import load_teams
from tests.faults.conftest import PASSWORD, FaultStack

CODE = "BJ-01-06"  # 路灯井盖, grid level


def _load(stack: FaultStack, grids: range, stop_after: threading.Event | None = None) -> list[str]:
    """One Open311 report per grid, 4 in flight; returns the ids of the accepted (201) ones."""
    geo = load_geography()

    def one(i: int) -> str | None:
        lat, lon = geo.grids[i].centroid
        try:
            r = stack.open311(CODE, lat, lon)
        except httpx.HTTPError:
            return None
        return str(r.json()[0]["service_request_id"]) if r.status_code == 201 else None

    with ThreadPoolExecutor(4) as pool:
        return [rid for rid in pool.map(one, grids) if rid]


def _check_no_loss_no_duplicates(stack: FaultStack, accepted: list[str], timeout: float = 90) -> None:
    n = stack.wait("SELECT count(*) FROM case_events WHERE event_id = ANY(%s)", (accepted,), len(accepted), timeout)
    assert n == len(accepted), f"lost {len(accepted) - n} of {len(accepted)} accepted reports"
    with stack.db() as conn:
        live = conn.execute(
            "SELECT case_id, count(*) FROM tasks WHERE role = 'handle' AND status IN ('offered','accepted','on_site') "
            "GROUP BY 1 HAVING count(*) > 1"
        ).fetchall()
        per_grid = conn.execute(
            "SELECT c.grid_id, count(*) FROM cases c JOIN case_events ce USING (case_id) WHERE ce.event_id = ANY(%s) "
            "GROUP BY 1 HAVING count(DISTINCT c.case_id) > 1",
            (accepted,),
        ).fetchall()
    assert live == [] and per_grid == []


def test_sigkill_streams_worker_and_dispatch_engine_under_load(faults: FaultStack) -> None:
    def killer() -> None:
        time.sleep(1.5)
        faults.kill("streams-0")
        time.sleep(1.0)
        faults.kill("dispatch-0")

    t = threading.Thread(target=killer)
    t.start()
    accepted = _load(faults, range(0, 120))
    t.join()
    faults.start("streams-0")
    faults.start("dispatch-0")
    _check_no_loss_no_duplicates(faults, accepted)
    n = faults.wait(
        "SELECT count(*) FROM tasks t JOIN case_events ce ON ce.case_id = t.case_id WHERE ce.event_id = ANY(%s) "
        "AND t.role = 'handle'",
        (accepted,),
        len(accepted),
        60,
    )
    assert n == len(accepted)  # every case dispatched once after the restarts


def test_sigkill_ingest_loses_no_accepted_report(faults: FaultStack) -> None:
    def killer() -> None:
        time.sleep(1.0)
        faults.kill("ingest")

    t = threading.Thread(target=killer)
    t.start()
    accepted = _load(faults, range(200, 400))
    t.join()
    assert accepted, "no report was accepted before the kill"
    faults.start("ingest")  # its outbox relay delivers what the killed one had not
    _check_no_loss_no_duplicates(faults, accepted)


async def _phone(stack: FaultStack, worker: str) -> tuple[str, websockets.ClientConnection]:
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{stack.dashboard_port}") as c:
        r = await c.post("/api/v1/auth/token", data={"username": worker, "password": PASSWORD})
        token = r.json()["access_token"]
    ws = await websockets.connect(f"ws://127.0.0.1:{stack.dashboard_port}/ws/worker?token={token}")
    return token, ws


async def _tasks_after_reconnect(stack: FaultStack, worker: str) -> set[str]:
    _, ws = await _phone(stack, worker)
    hello = json.loads(await asyncio.wait_for(ws.recv(), 10))
    await ws.close()
    return {t["case_id"] for t in hello["data"]["tasks"]}


def test_sigkill_dashboard_phone_reconnects_and_catches_up(faults: FaultStack) -> None:
    geo = load_geography()
    grid = geo.grids[500]
    workers = [w.worker_id for w in load_teams(geo).grid_team(grid.grid_id).workers]
    faults.kill("dashboard")
    accepted = _load(faults, range(500, 501))  # offered while no dashboard was up to push it
    assert len(accepted) == 1
    _check_no_loss_no_duplicates(faults, accepted)
    faults.start("dashboard")
    with faults.db() as conn:
        case_id, worker = conn.execute(
            "SELECT t.case_id, t.worker_id FROM tasks t JOIN case_events ce ON ce.case_id = t.case_id "
            "WHERE ce.event_id = %s AND t.role = 'handle'",
            (accepted[0],),
        ).fetchone()  # type: ignore[misc]
    assert worker in workers
    assert case_id in asyncio.run(_tasks_after_reconnect(faults, worker))


def test_redis_restart_live_state_rebuilt_and_pushes_resume(faults: FaultStack) -> None:
    geo = load_geography()
    grid = geo.grids[600]
    team = load_teams(geo).grid_team(grid.grid_id)

    async def scenario() -> set[str]:
        phones = [await _phone(faults, w.worker_id) for w in team.workers]
        for _, ws in phones:
            json.loads(await asyncio.wait_for(ws.recv(), 10))  # hello
        faults.restart_redis()  # empty: no duty overrides, no positions, no heat keys
        await asyncio.sleep(2)
        accepted = await asyncio.to_thread(_load, faults, range(600, 601))
        assert len(accepted) == 1
        got: set[str] = set()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not got:
            for _, ws in phones:
                try:
                    msg = json.loads(await asyncio.wait_for(ws.recv(), 0.5))
                except TimeoutError:
                    continue
                tasks = (
                    msg["data"]["tasks"]
                    if msg["type"] == "hello"
                    else [msg["data"]]
                    if msg["type"] == "task.offered"
                    else []
                )
                got |= {t["case_id"] for t in tasks}
        for _, ws in phones:
            await ws.close()
        return got

    got = asyncio.run(scenario())
    assert got, "no phone heard of the new task after Redis came back"
    status = httpx.get(f"http://127.0.0.1:{faults.dashboard_port}/healthz").json()
    assert status["ok"]


def test_postgres_down_ingest_answers_503_then_recovers(faults: FaultStack) -> None:
    lat, lon = load_geography().grids[700].centroid
    faults.stop_pg()
    try:
        r = faults.open311(CODE, lat, lon)
        plain = httpx.post(
            f"http://127.0.0.1:{faults.ingest_port}/api/v1/reports/json",
            timeout=20,
            json={
                "lat": lat,
                "lon": lon,
                "text": "路灯井盖坏了",
                "device_token": "fault-device-1",
                "idempotency_key": "fault-key-0001",
            },
        )
    finally:
        faults.start_pg()
    assert plain.status_code == 503 and plain.headers["Retry-After"]
    assert r.status_code == 503 or (r.status_code >= 400 and "unavailable" in r.text)
    deadline = time.monotonic() + 30
    accepted: list[str] = []
    while time.monotonic() < deadline and not accepted:
        accepted = _load(faults, range(700, 701))
        time.sleep(0.5)
    assert accepted, "ingest did not recover after PostgreSQL came back"
    _check_no_loss_no_duplicates(faults, accepted)
