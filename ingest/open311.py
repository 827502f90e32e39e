"""Open311 GeoReport v2 under ``/open311/v2/``, so any existing Open311 app can report to us.

Services are the matter types citizens may report (service_code = matter
code); service requests are our reports (service_request_id = report id).  A
POST goes through the same durable path as the one-touch report, with the
matter type given by the client instead of guessed by the classifier.  Every
resource answers in ``.json`` or ``.xml`` as the spec requires.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any
from xml.etree import ElementTree as ET

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response

from gridcc.domain.departments import department
from gridcc.domain.event import Source
from gridcc.domain.taxonomy import MatterType
from ingest.deps import IngestDeps, get_deps
from ingest.reports import ReportIn, accept_report

router = APIRouter(prefix="/open311/v2", tags=["open311"])
Deps = Annotated[IngestDeps, Depends(get_deps)]
FORMATS = ("json", "xml")
CLOSED = ("closed", "evaluated", "void", "verified")


def _render(fmt: str, root: str, item: str, items: list[dict[str, Any]], status: int = 200) -> Response:
    if fmt == "json":
        return JSONResponse(items, status_code=status)
    top = ET.Element(root)
    for obj in items:
        el = ET.SubElement(top, item)
        for k, v in obj.items():
            child = ET.SubElement(el, k)
            if isinstance(v, list):
                child.text = ",".join(map(str, v))
            elif v is not None:
                child.text = str(v).lower() if isinstance(v, bool) else str(v)
    body = b'<?xml version="1.0" encoding="utf-8"?>' + ET.tostring(top, encoding="utf-8")
    return Response(body, status_code=status, media_type="text/xml; charset=utf-8")


def _fmt(fmt: str) -> str:
    if fmt not in FORMATS:
        raise HTTPException(404, "format must be .json or .xml")
    return fmt


def _error(fmt: str, status: int, description: str) -> Response:
    return _render(fmt, "errors", "error", [{"code": status, "description": description}], status)


def _service(t: MatterType) -> dict[str, Any]:
    return {
        "service_code": t.code,
        "service_name": t.name_zh,
        "description": f"{t.name_zh} ({t.name_en})",
        "metadata": False,
        "type": "realtime",
        "keywords": list(t.keywords[:6]),
        "group": t.domain,
    }


def _services(deps: IngestDeps) -> list[MatterType]:
    return list(deps.taxonomy.reportable_by(Source.CITIZEN))


@router.get("/discovery.{fmt}")
async def discovery(fmt: str, request: Request) -> Response:
    base = str(request.base_url).rstrip("/") + "/open311/v2/"
    item = {
        "changeset": "2026-11-22T00:00:00+08:00",
        "contact": "禅城区社会治理综合指挥中心",
        "key_service": "API keys are issued by the district command centre",
        "endpoints": [
            {
                "specification": "http://wiki.open311.org/GeoReport_v2",
                "url": base,
                "changeset": "2026-11-22T00:00:00+08:00",
                "type": "production",
                "formats": ["application/json", "text/xml"],
            }
        ],
    }
    if _fmt(fmt) == "json":
        return JSONResponse(item)
    top = ET.Element("discovery")
    for k in ("changeset", "contact", "key_service"):
        ET.SubElement(top, k).text = str(item[k])
    eps = ET.SubElement(top, "endpoints")
    ep = ET.SubElement(eps, "endpoint")
    for k in ("specification", "url", "changeset", "type"):
        ET.SubElement(ep, k).text = str(item["endpoints"][0][k])  # type: ignore[index]
    return Response(ET.tostring(top, encoding="utf-8"), media_type="text/xml; charset=utf-8")


@router.get("/services.{fmt}")
async def services(fmt: str, deps: Deps) -> Response:
    return _render(_fmt(fmt), "services", "service", [_service(t) for t in _services(deps)])


@router.get("/services/{code}.{fmt}")
async def service_definition(code: str, fmt: str, deps: Deps) -> Response:
    fmt = _fmt(fmt)
    if code not in deps.taxonomy:
        return _error(fmt, 404, f"no service {code}")
    body = {"service_code": code, "attributes": []}
    if fmt == "json":
        return JSONResponse(body)
    top = ET.Element("service_definition")
    ET.SubElement(top, "service_code").text = code
    ET.SubElement(top, "attributes")
    return Response(ET.tostring(top, encoding="utf-8"), media_type="text/xml; charset=utf-8")


@router.post("/requests.{fmt}")
async def post_request(
    fmt: str,
    request: Request,
    deps: Deps,
    api_key: Annotated[str, Form()],
    service_code: Annotated[str, Form()],
    lat: Annotated[float | None, Form()] = None,
    long: Annotated[float | None, Form()] = None,  # the spec's field name
    address_string: Annotated[str | None, Form(max_length=200)] = None,
    description: Annotated[str | None, Form(max_length=500)] = None,
    device_id: Annotated[str | None, Form(max_length=200)] = None,
    email: Annotated[str | None, Form(max_length=200)] = None,
) -> Response:
    fmt = _fmt(fmt)
    if api_key not in deps.settings.open311_api_keys:
        return _error(fmt, 403, "invalid api_key")
    if service_code not in deps.taxonomy or Source.CITIZEN not in deps.taxonomy.get(service_code).sources:
        return _error(fmt, 400, f"service_code {service_code!r} is not a service citizens may request")
    device = device_id or email or f"open311:{api_key}"
    report = ReportIn(
        lat=lat,
        lon=long,
        address=address_string,
        text=description,
        device_token=(device + "-open311")[:200],
        idempotency_key=uuid.uuid4().hex,
    )
    try:
        created, _ = await accept_report(
            deps,
            report,
            None,
            request.client.host if request.client else "unknown",
            channel="open311",
            service_code=service_code,
            api_key=api_key,
        )
    except HTTPException as exc:
        return _error(fmt, exc.status_code, str(exc.detail))
    return _render(
        fmt,
        "service_requests",
        "request",
        [{"service_request_id": created.report_id, "service_notice": "已受理 received", "account_id": None}],
        201,
    )


_REQ_SQL = """
SELECT r.report_id, r.service_code, r.text, r.created_at, r.lat, r.lon, r.address,
       c.matter_code, c.status, c.handle_due_at, coalesce(c.closed_at, c.last_event_at, r.created_at) AS updated
FROM reports r LEFT JOIN case_events ce ON ce.event_id = r.report_id LEFT JOIN cases c ON c.case_id = ce.case_id
WHERE r.channel IN ('app', 'open311')
"""


def _request(deps: IngestDeps, row: tuple[Any, ...]) -> dict[str, Any]:
    rid, scode, text, created, lat, lon, address, matter, status, due, updated = row
    code = matter or scode
    t = deps.taxonomy.get(code) if code and code in deps.taxonomy else None
    iso = lambda d: d.isoformat() if isinstance(d, datetime) else None  # noqa: E731
    return {
        "service_request_id": rid,
        "status": "closed" if status in CLOSED else "open",
        "status_notes": status or "received",
        "service_name": t.name_zh if t else None,
        "service_code": code,
        "description": text,
        "agency_responsible": department(t.department).name_zh if t else None,
        "service_notice": None,
        "requested_datetime": iso(created),
        "updated_datetime": iso(updated),
        "expected_datetime": iso(due),
        "address": address,
        "address_id": None,
        "zipcode": "528000",
        "lat": lat,
        "long": lon,
        "media_url": None,
    }


@router.get("/requests.{fmt}")
async def get_requests(
    fmt: str,
    deps: Deps,
    service_request_id: str | None = None,
    service_code: str | None = None,
    start_date: datetime | None = None,
    end_date: datetime | None = None,
    status: Annotated[str | None, Query(pattern="^(open|closed)$")] = None,
) -> Response:
    fmt = _fmt(fmt)
    sql, args = _REQ_SQL, []
    if service_request_id:
        sql += " AND r.report_id = ANY(%s)"
        args.append([s.strip() for s in service_request_id.split(",")][:200])
    if service_code:
        sql += " AND coalesce(c.matter_code, r.service_code) = %s"
        args.append(service_code)
    if start_date:
        sql += " AND r.created_at >= %s"
        args.append(start_date)
    if end_date:
        sql += " AND r.created_at <= %s"
        args.append(end_date)
    if status:
        sql += " AND coalesce(c.status, 'received') " + ("= ANY(%s)" if status == "closed" else "<> ALL(%s)")
        args.append(list(CLOSED))
    sql += " ORDER BY r.created_at DESC LIMIT 1000"
    async with deps.pool.connection() as conn:
        rows = await (await conn.execute(sql, args)).fetchall()
    return _render(fmt, "service_requests", "request", [_request(deps, r) for r in rows])


@router.get("/requests/{request_id}.{fmt}")
async def get_request(request_id: str, fmt: str, deps: Deps) -> Response:
    fmt = _fmt(fmt)
    async with deps.pool.connection() as conn:
        rows = await (await conn.execute(_REQ_SQL + " AND r.report_id = %s", (request_id,))).fetchall()
    if not rows:
        return _error(fmt, 404, f"no service request {request_id}")
    return _render(fmt, "service_requests", "request", [_request(deps, rows[0])])


@router.get("/tokens/{token}.{fmt}")
async def get_token(token: str, fmt: str, deps: Deps) -> Response:
    """Requests are created synchronously, so a token is simply the request id."""
    fmt = _fmt(fmt)
    async with deps.pool.connection() as conn:
        row = await (await conn.execute("SELECT report_id FROM reports WHERE report_id = %s", (token,))).fetchone()
    if row is None:
        return _error(fmt, 404, f"no token {token}")
    return _render(fmt, "service_requests", "request", [{"service_request_id": row[0], "token": token}])
