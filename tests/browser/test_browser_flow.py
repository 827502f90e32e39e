"""The three pages in a real browser: a citizen's report reaches the wall screen and a worker's phone,
is handled there, and the citizen closes it; and a worker's offline action queue."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from playwright.async_api import Browser

from gridcc.domain.geo import load_geography
from gridcc.domain.teams import load_teams
from tests.browser import pages
from tests.stack import Stack

pytestmark = [pytest.mark.browser, pytest.mark.asyncio(loop_scope="session")]

NOTE = "已清理完毕，现场恢复正常"


async def test_report_to_closed_through_the_pages(
    browser: Browser, stack: Stack, pg: psycopg.Connection, tmp_path: Path, page_errors: list[str]
) -> None:
    geo = load_geography()
    grid = geo.grids[len(geo.grids) // 3]  # not the e2e test's grid: its case must not absorb this report
    lat, lon = grid.centroid
    code, name = pages.grid_level_types()[0]
    workers = load_teams(geo).grid_team(grid.grid_id).workers

    ops = await pages.ops_page(browser, stack.base)
    phones = {w.worker_id: await pages.worker_page(browser, stack.base, w.worker_id) for w in workers}
    citizen = await pages.citizen_page(browser, stack.base, lat, lon)
    try:
        # The citizen presses the big button; the phone's location places it in the grid.
        report_id = await pages.report_on_page(citizen, f"这里有{name}，麻烦尽快处理")
        device = await pages.device_token(citizen)
        case_id = await pages.case_of_report(stack.base, report_id, device)
        assert await citizen.text_content("#track-id") == report_id
        community = geo.community(grid.community_id).name_zh
        await citizen.wait_for_selector(f"#track-grid:has-text('{community}')")  # names from the map, not just the id
        assert grid.grid_id in (await citizen.text_content("#track-grid") or "")

        # The wall screen: a ticker row for the case, and the open-cases KPI counts it.
        row = ops.locator(f"#ticker li[data-case-id='{case_id}']")
        await row.wait_for()
        assert await row.get_attribute("data-grid-id") == grid.grid_id
        await ops.wait_for_function("Number(document.querySelector('#kpi-open-cases').dataset.value) > 0")
        waiting = await ops.text_content("#kpi-waiting") or ""
        assert waiting.strip().isdigit(), waiting  # the tile for cases with no live task is filled in

        # One of the grid team's phones is offered the task; that worker takes it through to handled.
        worker_id, phone = await pages.wait_for_offer(phones, case_id)
        card = pages.task_card(phone, case_id)
        assert code in (await card.text_content() or "")
        await card.locator(".btn-accept").click()
        await pages.wait_attr(card, "data-server-status", "accepted")
        await card.locator(".btn-arrive").click()
        await pages.wait_attr(card, "data-server-status", "on_site")
        await card.locator(".btn-resolve").click()
        await phone.wait_for_selector("#resolve-dialog[open]")
        await phone.fill("#resolve-note", NOTE)
        await phone.set_input_files("#resolve-photo", pages.jpeg(tmp_path / "done.jpg"))
        await phone.wait_for_selector("#resolve-preview:visible")  # the photo is shrunk before it can be sent
        await phone.click("#resolve-confirm")
        await pages.wait_attr(card, "data-server-status", "handled")
        await phone.wait_for_selector("#queued-count:text-is('0')", state="attached")  # the REST answer may trail
        note, photo = pg.execute(
            "SELECT note, photo FROM tasks WHERE case_id = %s AND worker_id = %s AND status = 'handled'",
            (case_id, worker_id),
        ).fetchone() or (None, None)
        assert note == NOTE
        assert photo is not None and bytes(photo[:2]) == b"\xff\xd8", "the resolve photo did not reach the server"

        # The citizen's tracking view (polled every 3 s) asks for a verdict; 已解决 closes the case.
        await citizen.wait_for_selector("#tracking[data-status=handled]")
        await citizen.wait_for_selector("#confirm-box:visible")
        await citizen.click("#confirm-fixed")
        await citizen.wait_for_selector("#tracking[data-status=closed]")
        assert await citizen.locator("#steps li.done").count() == 6
        history = [h["status"] for h in (await _report(stack, report_id, device))["history"]]
        assert history == [
            "received",
            "registered",
            "dispatched",
            "accepted",
            "on_site",
            "handled",
            "verified",
            "closed",
        ]

        # ... and the wall screen follows the case to the end.
        await pages.wait_attr(ops.locator(f"#ticker li[data-case-id='{case_id}']"), "data-status", "closed")
        assert page_errors == []
    finally:
        await pages.close_all([ops, citizen, *phones.values()])


async def test_worker_actions_queue_while_offline(
    browser: Browser, stack: Stack, pg: psycopg.Connection, page_errors: list[str]
) -> None:
    geo = load_geography()
    grid = geo.grids[len(geo.grids) // 4]
    lat, lon = grid.centroid
    _, name = pages.grid_level_types()[0]
    workers = load_teams(geo).grid_team(grid.grid_id).workers

    phones = {w.worker_id: await pages.worker_page(browser, stack.base, w.worker_id) for w in workers}
    try:
        async with httpx.AsyncClient(base_url=stack.base, timeout=10) as client:
            rep = await pages.post_report(client, lat, lon, f"{name}，请处理")
        case_id = await pages.case_of_report(stack.base, rep["report_id"], rep["device_token"])
        worker_id, phone = await pages.wait_for_offer(phones, case_id)
        card = pages.task_card(phone, case_id)

        await phone.context.set_offline(True)
        await phone.wait_for_selector("#offline-banner:visible")
        await card.locator(".btn-accept").click()
        await phone.wait_for_selector("#queued-count:text-is('1')")
        await pages.wait_attr(card, "data-status", "accepted")  # shown as accepted, flagged as not yet sent
        assert await card.get_attribute("data-server-status") == "offered"
        assert await card.get_attribute("data-pending") == "1"
        assert _task_status(pg, case_id, worker_id) == "offered"

        await phone.context.set_offline(False)  # the page's `online` handler replays the queue
        await phone.wait_for_selector("#queued-count:text-is('0')", state="attached")
        await phone.wait_for_selector("#queued-badge", state="hidden")
        await pages.wait_attr(card, "data-server-status", "accepted")
        assert _task_status(pg, case_id, worker_id) == "accepted"
        assert page_errors == []
    finally:
        await pages.close_all(phones.values())


async def _report(stack: Stack, report_id: str, device: str) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=stack.base, timeout=5) as client:
        r = await client.get(f"/api/v1/reports/{report_id}", params={"device_token": device})
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def _task_status(pg: psycopg.Connection, case_id: str, worker_id: str) -> str | None:
    row = pg.execute(
        "SELECT status FROM tasks WHERE case_id = %s AND worker_id = %s ORDER BY offered_at DESC LIMIT 1",
        (case_id, worker_id),
    ).fetchone()
    return None if row is None else str(row[0])
