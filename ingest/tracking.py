"""What happened to my report: the citizen's view of a case, and only of their own reports."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query

from ingest.deps import IngestDeps, get_deps
from ingest.reports import device_hash

router = APIRouter(prefix="/api/v1/reports", tags=["reports"])
Deps = Annotated[IngestDeps, Depends(get_deps)]


async def report_status(deps: IngestDeps, report_id: str) -> dict[str, Any] | None:
    async with deps.pool.connection() as conn:
        cur = await conn.execute(
            "SELECT r.report_id, r.created_at, r.device_hash, r.grid_id, r.text, ce.case_id "
            "FROM reports r LEFT JOIN case_events ce ON ce.event_id = r.report_id WHERE r.report_id = %s",
            (report_id,),
        )
        row = await cur.fetchone()
        if row is None:
            return None
        rid, created, dev, grid_id, text, case_id = row
        out: dict[str, Any] = {
            "report_id": rid,
            "created_at": created,
            "grid_id": grid_id,
            "text": text,
            "device_hash": dev,
            "status": "received",
            "case": None,
            "history": [{"at": created, "status": "received", "reason": None}],
        }
        if case_id:
            cur = await conn.execute(
                "SELECT case_id, matter_code, title, status, priority, reporter_count, opened_at, closed_at "
                "FROM cases WHERE case_id = %s",
                (case_id,),
            )
            c = await cur.fetchone()
            if c:
                keys = (
                    "case_id",
                    "matter_code",
                    "title",
                    "status",
                    "priority",
                    "reporter_count",
                    "opened_at",
                    "closed_at",
                )
                out["case"] = dict(zip(keys, c, strict=True))
                out["status"] = c[3]
            cur = await conn.execute(
                "SELECT at, to_status, reason FROM case_history WHERE case_id = %s AND to_status <> 'reported' "
                "ORDER BY sealed DESC, pos",
                (case_id,),
            )
            out["history"] += [{"at": at, "status": st, "reason": reason} for at, st, reason in await cur.fetchall()]
        else:
            cur = await conn.execute("SELECT 1 FROM intake WHERE event_id = %s AND resolved_at IS NULL", (rid,))
            if await cur.fetchone():
                out["status"] = "intake"
        return out


@router.get("/{report_id}")
async def get_report(
    report_id: str, deps: Deps, device_token: Annotated[str, Query(min_length=8, max_length=200)]
) -> dict[str, Any]:
    """Status and history of one report; only the device that sent it may read it."""
    out = await report_status(deps, report_id)
    if out is None or out.pop("device_hash") != device_hash(device_token):
        raise HTTPException(404, "no such report for this device")
    return out
