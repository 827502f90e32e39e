"""Citizens' one-touch reports: accepted only once durably stored, never twice.

The row goes into ``reports`` (the outbox) in the same transaction as its
photo; the answer is sent after the commit, then the relay is woken to carry
it to Kafka.  The idempotency key is scoped to the device, so a phone retrying
after a lost answer gets the same report back instead of a second one.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime
from typing import Annotated, Any

import psycopg
from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, Response, UploadFile
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from gridcc.domain.event import Event, Source
from gridcc.domain.geo import OutsideDistrictError
from ingest.deps import IngestDeps, get_deps
from ingest.gazetteer import resolve_address
from ingest.photos import check_photo

router = APIRouter(prefix="/api/v1/reports", tags=["reports"])
Deps = Annotated[IngestDeps, Depends(get_deps)]


class ReportCreated(BaseModel):
    report_id: str
    tracking_url: str
    grid_id: str
    status: str = "received"


class ReportIn(BaseModel):
    lat: float | None = Field(None, ge=-90, le=90)
    lon: float | None = Field(None, ge=-180, le=180)
    address: str | None = Field(None, max_length=200)
    text: str | None = Field(None, max_length=500)
    device_token: str = Field(min_length=8, max_length=200)
    idempotency_key: str = Field(min_length=8, max_length=100)


def device_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:32]


async def accept_report(
    deps: IngestDeps,
    report: ReportIn,
    photo: tuple[str, bytes] | None,
    client_ip: str,
    channel: str = "app",
    service_code: str | None = None,
    api_key: str | None = None,
) -> tuple[ReportCreated, bool]:
    """Store one report (or find the earlier one with this idempotency key); True when newly stored."""
    dev = device_hash(report.device_token)
    lat, lon = report.lat, report.lon
    if lat is None or lon is None:
        if not report.address:
            raise HTTPException(422, "give the location as lat and lon, or an address or landmark")
        found = resolve_address(report.address)
        if found is None:
            raise HTTPException(422, f"address {report.address!r} not recognised; send lat and lon instead")
        lat, lon = found
    try:
        grid = deps.geo.locate(lat, lon).grid
    except OutsideDistrictError as exc:
        raise HTTPException(422, str(exc)) from None
    if not (report.text and report.text.strip()) and photo is None and service_code is None:
        raise HTTPException(422, "say what the problem is: a line of text, a photo, or a service code")

    async with deps.pool.connection() as conn:
        existing = await _existing(conn, dev, report.idempotency_key)
        if existing:
            return existing, False
        if api_key is not None:
            await deps.limiter.check_api_key(api_key)
        else:
            await deps.limiter.check(dev, client_ip)
        report_id = "R" + uuid.uuid4().hex[:20].upper()
        now = datetime.now(UTC)
        event = Event(
            event_id=report_id,
            source=Source.CITIZEN,
            occurred_at=now,
            received_at=now,
            lat=lat,
            lon=lon,
            grid_id=grid.grid_id,
            text=(report.text or "").strip() or None,
            matter_code=service_code,
            reporter=dev,
            photo_ref=f"report:{report_id}" if photo else None,
            attrs={"report_id": report_id},
        )
        # One transaction, committed when the pooled connection is given back (before the answer); a parallel
        # retry with the same key loses the insert without an error and answers with the winner's report.
        cur = await conn.execute(
            "INSERT INTO reports (report_id, idempotency_key, device_hash, client_ip, created_at, lat, lon, "
            "grid_id, address, text, service_code, channel, event) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
            "ON CONFLICT (device_hash, idempotency_key) DO NOTHING RETURNING report_id",
            (
                report_id,
                report.idempotency_key,
                dev,
                client_ip,
                now,
                lat,
                lon,
                grid.grid_id,
                report.address,
                event.text,
                service_code,
                channel,
                event.model_dump_json(),
            ),
        )
        if await cur.fetchone() is None:
            existing = await _existing(conn, dev, report.idempotency_key)
            if existing is None:  # cannot happen under the unique constraint; fail loudly rather than lie
                raise RuntimeError("idempotency conflict without a stored report")
            return existing, False
        if photo:
            await conn.execute(
                "INSERT INTO report_photos (report_id, content_type, data) VALUES (%s,%s,%s)",
                (report_id, photo[0], photo[1]),
            )
    deps.relay.wake()
    return ReportCreated(report_id=report_id, tracking_url=f"/report#{report_id}", grid_id=grid.grid_id), True


async def _existing(conn: psycopg.AsyncConnection, dev: str, key: str) -> ReportCreated | None:
    cur = await conn.execute(
        "SELECT report_id, grid_id FROM reports WHERE device_hash = %s AND idempotency_key = %s", (dev, key)
    )
    row = await cur.fetchone()
    if row is None:
        return None
    return ReportCreated(report_id=row[0], tracking_url=f"/report#{row[0]}", grid_id=row[1])


@router.post(
    "",
    status_code=201,
    response_model=ReportCreated,
    responses={
        200: {"description": "The same idempotency key again: the earlier report"},
        422: {"description": "Bad location, photo or text"},
        429: {"description": "Too many"},
    },
)
async def create_report(
    request: Request,
    deps: Deps,
    device_token: Annotated[str, Form(min_length=8, max_length=200)],
    idempotency_key: Annotated[str, Form(min_length=8, max_length=100)],
    lat: Annotated[float | None, Form(ge=-90, le=90)] = None,
    lon: Annotated[float | None, Form(ge=-180, le=180)] = None,
    address: Annotated[str | None, Form(max_length=200)] = None,
    text: Annotated[str | None, Form(max_length=500)] = None,
    photo: Annotated[UploadFile | None, File()] = None,
) -> Any:
    """The one-touch report (multipart form, as a phone's browser sends it)."""
    image = await check_photo(photo, deps.settings.ingest.max_photo_bytes) if photo is not None else None
    report = ReportIn(
        lat=lat, lon=lon, address=address, text=text, device_token=device_token, idempotency_key=idempotency_key
    )
    client_ip = request.client.host if request.client else "unknown"
    created, new = await accept_report(deps, report, image, client_ip)
    return created if new else JSONResponse(created.model_dump(), status_code=200)


@router.post("/json", status_code=201, response_model=ReportCreated, include_in_schema=True)
async def create_report_json(request: Request, deps: Deps, report: ReportIn, response: Response) -> ReportCreated:
    """The same report as JSON, for apps and simulators that send no photo."""
    client_ip = request.client.host if request.client else "unknown"
    created, new = await accept_report(deps, report, None, client_ip)
    if not new:
        response.status_code = 200
    return created
