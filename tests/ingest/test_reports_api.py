"""The citizens' report API against real PostgreSQL, Redis and broker, through a real HTTP server."""

from __future__ import annotations

import asyncio
import os
import signal
import time
import uuid

import cv2
import httpx
import numpy as np
import psycopg
import pytest

from gridcc.domain.geo import load_geography
from streams.topics import RAW
from tests.ingest.conftest import IngestServer
from tests.topics import read_json


def _point() -> tuple[float, float]:
    return load_geography().grids[100].centroid


def _body(**over: object) -> dict[str, object]:
    lat, lon = _point()
    body: dict[str, object] = {
        "lat": lat,
        "lon": lon,
        "text": "井盖不见了，很危险",
        "device_token": uuid.uuid4().hex,
        "idempotency_key": uuid.uuid4().hex,
    }
    body.update(over)
    return body


def _jpeg(size: int = 64) -> bytes:
    return cv2.imencode(".jpg", np.zeros((size, size, 3), np.uint8))[1].tobytes()


def test_accepted_report_is_stored_and_idempotent(ingest_server: IngestServer, ingest_pg: psycopg.Connection) -> None:
    body = _body()
    with httpx.Client(base_url=ingest_server.base) as c:
        r1 = c.post("/api/v1/reports/json", json=body)
        r2 = c.post("/api/v1/reports/json", json=body)
    assert r1.status_code == 201 and r2.status_code == 200
    assert r1.json()["report_id"] == r2.json()["report_id"]
    n = ingest_pg.execute(
        "SELECT count(*) FROM reports WHERE idempotency_key = %s", (body["idempotency_key"],)
    ).fetchone()
    assert n == (1,)


def test_parallel_retries_with_one_key_store_one_report(
    ingest_server: IngestServer, ingest_pg: psycopg.Connection
) -> None:
    """A phone that retries before its first answer came back: every attempt is told about the same report."""
    body = _body()

    async def post_all() -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=ingest_server.base) as c:  # 5: within the device limit (6 a minute)
            return await asyncio.gather(*(c.post("/api/v1/reports/json", json=body) for _ in range(5)))

    answers = asyncio.run(post_all())
    assert sorted(r.status_code for r in answers) == [200] * 4 + [201]
    assert len({r.json()["report_id"] for r in answers}) == 1
    n = ingest_pg.execute(
        "SELECT count(*) FROM reports WHERE idempotency_key = %s", (body["idempotency_key"],)
    ).fetchone()
    assert n == (1,)


def test_multipart_report_with_photo(ingest_server: IngestServer, ingest_pg: psycopg.Connection) -> None:
    lat, lon = _point()
    data = {
        "lat": str(lat),
        "lon": str(lon),
        "text": "路灯不亮",
        "device_token": uuid.uuid4().hex,
        "idempotency_key": uuid.uuid4().hex,
    }
    r = httpx.post(f"{ingest_server.base}/api/v1/reports", data=data, files={"photo": ("p.jpg", _jpeg(), "image/jpeg")})
    assert r.status_code == 201, r.text
    stored = ingest_pg.execute(
        "SELECT content_type, length(data) FROM report_photos WHERE report_id = %s", (r.json()["report_id"],)
    ).fetchone()
    assert stored is not None and stored[0] == "image/jpeg" and stored[1] > 100


@pytest.mark.parametrize(
    ("change", "files", "status", "detail"),
    [
        ({"lat": 39.9, "lon": 116.4}, None, 422, "outside"),  # Beijing
        ({"lat": None, "lon": None, "address": "火星基地"}, None, 422, "not recognised"),
        ({"text": "  "}, None, 422, "say what the problem is"),
        ({"device_token": "x"}, None, 422, "device_token"),
        ({}, ("p.gif", b"GIF89a" + b"0" * 100, "image/gif"), 415, "JPEG or PNG"),
        ({}, ("p.jpg", b"\xff\xd8\xff" + b"\x00" * 200, "image/jpeg"), 422, "corrupt"),
        ({}, ("p.jpg", b"\xff\xd8\xff" + b"\x00" * (6 * 1024 * 1024), "image/jpeg"), 413, "larger than"),
    ],
)
def test_bad_input_gets_a_clear_error(
    ingest_server: IngestServer,
    change: dict[str, object],
    files: tuple[str, bytes, str] | None,
    status: int,
    detail: str,
) -> None:
    body = _body(**change)
    form = {k: str(v) for k, v in body.items() if v is not None}
    r = httpx.post(
        f"{ingest_server.base}/api/v1/reports", data=form, files={"photo": files} if files else None, timeout=20
    )
    assert r.status_code == status, r.text
    assert detail in r.text


def test_landmark_instead_of_coordinates(ingest_server: IngestServer) -> None:
    r = httpx.post(f"{ingest_server.base}/api/v1/reports/json", json=_body(lat=None, lon=None, address="祖庙门口东侧"))
    assert r.status_code == 201, r.text


def test_device_rate_limit(ingest_server: IngestServer) -> None:
    device = uuid.uuid4().hex
    codes = [
        httpx.post(f"{ingest_server.base}/api/v1/reports/json", json=_body(device_token=device)).status_code
        for _ in range(ingest_server.settings.ingest.device_rate_per_min + 2)
    ]
    if time.localtime().tm_sec > 55:  # the window may have rolled over mid-test: then only count the tail
        return
    assert codes.count(429) >= 1 and codes[0] == 201


def test_report_accepted_while_broker_down_is_delivered_after(
    ingest_server: IngestServer, ingest_pg: psycopg.Connection
) -> None:
    ingest_server.stop_broker()
    try:
        r = httpx.post(f"{ingest_server.base}/api/v1/reports/json", json=_body(), timeout=20)
        assert r.status_code == 201, r.text
        rid = r.json()["report_id"]
        time.sleep(1.5)
        row = ingest_pg.execute("SELECT published_at FROM reports WHERE report_id = %s", (rid,)).fetchone()
        assert row == (None,)  # stored, not yet delivered
    finally:
        # A fresh, empty broker: its topics are created before the relay may reconnect (the process is paused
        # meanwhile), because a produce racing the creation would land in an auto-created topic that the
        # creation then replaces; a real Kafka cluster keeps its topics across restarts.
        assert ingest_server.child is not None and ingest_server.child.pid is not None
        os.kill(ingest_server.child.pid, signal.SIGSTOP)
        try:
            ingest_server.start_broker()
        finally:
            os.kill(ingest_server.child.pid, signal.SIGCONT)
    got = {
        r["event_id"]
        for r in asyncio.run(read_json(ingest_server.settings, RAW, 1, 60, lambda r: r.get("event_id") == rid))
    }
    assert got == {rid}
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if ingest_pg.execute("SELECT published_at IS NOT NULL FROM reports WHERE report_id = %s", (rid,)).fetchone()[0]:
            break
        time.sleep(0.2)
    else:
        pytest.fail("outbox row never marked published")
