"""The reporter's verdict on a handled case: fixed (verify and close) or not fixed (send back)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from dashboard.deps import DashboardDeps, get_deps
from dispatch.actions import ActionError
from ingest.reports import device_hash

router = APIRouter(prefix="/api/v1/reports", tags=["reports"])


class Confirm(BaseModel):
    device_token: str = Field(min_length=8, max_length=200)
    fixed: bool


@router.post("/{report_id}/confirm")
async def confirm(report_id: str, body: Confirm, deps: Annotated[DashboardDeps, Depends(get_deps)]) -> dict[str, Any]:
    async with deps.pool.connection() as conn:
        cur = await conn.execute(
            "SELECT ce.case_id FROM reports r JOIN case_events ce ON ce.event_id = r.report_id "
            "WHERE r.report_id = %s AND r.device_hash = %s",
            (report_id, device_hash(body.device_token)),
        )
        row = await cur.fetchone()
        if row is None:
            raise HTTPException(404, "no such report with a case for this device")
        try:
            res = await deps.actions.verify(
                conn,
                row[0],
                f"citizen:{device_hash(body.device_token)[:8]}",
                body.fixed,
                "reporter confirmed" if body.fixed else "reporter: not fixed",
            )
        except ActionError as exc:
            raise HTTPException(exc.status, exc.detail) from None
    await deps.push(res.messages)
    return res.case or {}
