"""Driving the three dashboard pages in headless Chromium: shared by the browser tests and make_screenshots.

Chromium is Debian's (``/usr/bin/chromium``, or ``GRIDCC_CHROMIUM``); Playwright's own browser
downloads are never used.  Playwright's *async* API is used on purpose: the sync API keeps an event
loop running in the test thread for as long as the browser is open, and every later ``asyncio.run``
or pytest-asyncio test of the session would then fail.  Every page records its uncaught script
errors in ``page_errors`` so a test can assert that a flow ran without one.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import time
import uuid
from collections.abc import Iterable
from pathlib import Path

import cv2
import httpx
import numpy as np
from playwright.async_api import Browser, BrowserContext, Locator, Page, Playwright

from gridcc.domain.taxonomy import load_taxonomy

PASSWORD = "test-password-123"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
WALL = {"width": 1920, "height": 1080}
PHONE = {"width": 390, "height": 844}
TIMEOUT_MS = 20_000

page_errors: list[str] = []


class ChromiumMissing(RuntimeError):
    pass


def chromium_path() -> str:
    """The Chromium executable, or ChromiumMissing saying what to install."""
    wanted = os.environ.get("GRIDCC_CHROMIUM", "/usr/bin/chromium")
    found = wanted if os.path.isfile(wanted) and os.access(wanted, os.X_OK) else shutil.which(wanted)
    if not found:
        raise ChromiumMissing(
            f"Chromium not found at {wanted!r}: the browser tests need Debian's chromium "
            "(apt-get install -y chromium fonts-noto-cjk; scripts/ensure-services.sh installs it), "
            "or set GRIDCC_CHROMIUM to a Chromium/Chrome executable."
        )
    return found


async def launch(pw: Playwright, path: str | None = None) -> Browser:
    return await pw.chromium.launch(executable_path=path or chromium_path(), args=CHROMIUM_ARGS)


def _watch(page: Page, label: str) -> Page:
    page.set_default_timeout(TIMEOUT_MS)
    page.on("pageerror", lambda exc: page_errors.append(f"{label}: {exc}"))
    return page


async def phone_context(browser: Browser, **extra: object) -> BrowserContext:
    return await browser.new_context(
        viewport=PHONE,  # type: ignore[arg-type]
        device_scale_factor=1,
        is_mobile=True,
        has_touch=True,
        locale="zh-CN",
        timezone_id="Asia/Shanghai",
        **extra,  # type: ignore[arg-type]
    )


async def ops_page(browser: Browser, base: str, user: str = "ops") -> Page:
    """The wall screen, signed in, with its socket open."""
    ctx = await browser.new_context(viewport=WALL, locale="zh-CN", timezone_id="Asia/Shanghai")  # type: ignore[arg-type]
    page = _watch(await ctx.new_page(), "ops")
    await page.goto(f"{base}/ops")
    await page.fill("#login-username", user)
    await page.fill("#login-password", PASSWORD)
    await page.click("#login-submit")
    await page.wait_for_selector("#ws-status[data-state=open]")
    return page


async def worker_page(browser: Browser, base: str, worker_id: str) -> Page:
    """A worker's phone, signed in, with its task socket open."""
    page = _watch(await (await phone_context(browser)).new_page(), worker_id)
    await page.goto(f"{base}/worker")
    await page.fill("#login-username", worker_id)
    await page.fill("#login-password", PASSWORD)
    await page.click("#login-submit")
    await page.wait_for_selector("#ws-status[data-state=open]")
    return page


async def citizen_page(browser: Browser, base: str, lat: float, lon: float) -> Page:
    """A citizen's phone whose geolocation says it stands at (lat, lon)."""
    ctx = await phone_context(browser, geolocation={"latitude": lat, "longitude": lon}, permissions=["geolocation"])
    page = _watch(await ctx.new_page(), "citizen")
    await page.goto(f"{base}/report")
    await page.wait_for_selector("#report-button:enabled")
    return page


async def report_on_page(page: Page, text: str) -> str:
    """Press 一键上报 with `text`; returns the report id once the tracking view shows it."""
    await page.fill("#report-text", text)
    await page.click("#report-button")
    await page.wait_for_selector("#tracking:not([hidden]) #track-id:not(:empty)")
    report_id = await page.evaluate("decodeURIComponent(location.hash.slice(1))")
    assert report_id, "the report page did not open the tracking view"
    return str(report_id)


async def device_token(page: Page) -> str:
    return str(await page.evaluate("localStorage.getItem('gridcc.device_token')"))


async def case_of_report(base: str, report_id: str, device: str, timeout: float = 20) -> str:
    """The case id the report was registered into (polls the tracking API)."""
    deadline = time.monotonic() + timeout
    last: object = None
    async with httpx.AsyncClient(base_url=base, timeout=5) as client:
        while time.monotonic() < deadline:
            r = await client.get(f"/api/v1/reports/{report_id}", params={"device_token": device})
            last = r.json() if r.status_code == 200 else r.text
            if r.status_code == 200 and r.json().get("case"):
                return str(r.json()["case"]["case_id"])
            await asyncio.sleep(0.3)
    raise AssertionError(f"report {report_id} got no case within {timeout:.0f} s; last answer: {last}")


def task_card(page: Page, case_id: str) -> Locator:
    return page.locator("#tasks article.task", has_text=case_id)


async def wait_for_offer(pages: dict[str, Page], case_id: str, timeout: float = 30) -> tuple[str, Page]:
    """Which of these workers' pages shows an offered task card for the case."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for worker_id, page in pages.items():
            if await task_card(page, case_id).and_(page.locator("[data-status='offered']")).count():
                return worker_id, page
        await asyncio.sleep(0.2)
    raise AssertionError(f"no worker page ({', '.join(pages)}) showed an offered task for {case_id} in {timeout} s")


async def wait_attr(locator: Locator, name: str, value: str, timeout_ms: int = TIMEOUT_MS) -> None:
    """Until the element's attribute equals value (a re-rendered element is found again)."""
    await locator.and_(locator.page.locator(f"[{name}='{value}']")).wait_for(timeout=timeout_ms)


def jpeg(path: Path, seed: int = 0) -> Path:
    """A small photo of a street corner."""
    rng = np.random.default_rng(seed)
    img = np.full((240, 320, 3), (90, 120, 110), np.uint8)
    cv2.rectangle(img, (0, 160), (320, 240), (70, 70, 75), -1)
    cv2.circle(img, (160, 190), 26, (40, 40, 40), -1)
    img = np.clip(img.astype(np.int16) + rng.integers(-12, 12, img.shape), 0, 255).astype(np.uint8)
    assert cv2.imwrite(str(path), img)
    return path


def grid_level_types() -> list[tuple[str, str]]:
    """(code, Chinese name) of citizen-reportable event types handled by the grid team itself."""
    from gridcc.domain.departments import department

    return [
        (t.code, t.name_zh)
        for t in load_taxonomy()
        if "citizen" in t.sources and department(t.department).grid_level and t.code.startswith("SJ")
    ]


async def post_report(
    client: httpx.AsyncClient, lat: float, lon: float, text: str, device: str | None = None
) -> dict[str, str]:
    body = {
        "lat": lat,
        "lon": lon,
        "text": text,
        "device_token": device or uuid.uuid4().hex,
        "idempotency_key": uuid.uuid4().hex,
    }
    r = await client.post("/api/v1/reports/json", json=body)
    assert r.status_code == 201, r.text
    return {**r.json(), "device_token": str(body["device_token"])}


async def close_all(pages: Iterable[Page]) -> None:
    for p in pages:
        await p.context.close()
