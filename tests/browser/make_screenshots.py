"""Screenshots of the three pages with live data, for the docs: ``python -m tests.browser.make_screenshots``.

It starts what the test session starts (a fresh database on the machine's PostgreSQL, Redis and
MQTT, a Tansu Kafka broker; then the streams worker, dispatch engine and dashboard of
tests/stack.py's Stack), drives reports through the API and the pages, and writes
docs/screenshots/{ops,worker,report}.png.  Everything it created is removed again at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import secrets
import shutil
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import redis
from playwright.async_api import Browser, Page, async_playwright

from gridcc.domain.geo import Geography, load_geography
from gridcc.domain.taxonomy import load_taxonomy
from gridcc.domain.teams import TeamRegistry, load_teams
from gridcc.runtime import components as comp
from gridcc.runtime import embedded
from gridcc.runtime.db import migrate
from gridcc.runtime.process import free_port, port_is_open
from gridcc.settings import Settings, get_settings
from simulators.citizens import CitizenSim
from streams.topics import ensure_topics
from tests.browser import pages
from tests.conftest import MQTT_HOST, MQTT_PORT, PG_ADMIN_URL, REDIS_URL
from tests.stack import Stack

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@contextlib.contextmanager
def services(run_dir: Path) -> Iterator[Settings]:
    """The servers of tests/conftest.py: own database, own topic/key prefix, settings in the environment."""
    if not port_is_open(MQTT_HOST, MQTT_PORT):
        sys.exit(f"MQTT broker not reachable at {MQTT_HOST}:{MQTT_PORT} (scripts/ensure-services.sh starts it)")
    redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3).ping()
    name = f"gridcc_shots_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    kafka = None
    prefix = f"s{uuid.uuid4().hex[:6]}"
    try:
        migrate(url)
        kafka = embedded.start_kafka("127.0.0.1", free_port(), run_dir / "logs")
        os.environ.update(
            {
                "GRIDCC_KAFKA_URL": kafka.url,
                "GRIDCC_REDIS_URL": REDIS_URL,
                "GRIDCC_DATABASE_URL": url,
                "GRIDCC_MQTT_URL": f"mqtt://{MQTT_HOST}:{MQTT_PORT}",
                "GRIDCC_TOPIC_PREFIX": prefix,
                "GRIDCC_DATA_DIR": str(run_dir / "data"),
                "GRIDCC_JWT_SECRET": secrets.token_hex(24),
                "GRIDCC_DEMO_PASSWORD": pages.PASSWORD,
                "GRIDCC_INGEST__IP_RATE_PER_MIN": "100000",  # every simulated citizen posts from 127.0.0.1
            }
        )
        get_settings.cache_clear()
        yield get_settings()
    finally:
        if kafka is not None:
            kafka.stop()
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        r = redis.Redis.from_url(REDIS_URL)
        keys = list(r.scan_iter(f"{prefix}:*"))
        if keys:
            r.delete(*keys)


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


class Shooter:
    def __init__(self, base: str, browser: Browser, client: httpx.AsyncClient, out: Path, tmp: Path) -> None:
        self.base = base
        self.browser = browser
        self.client = client
        self.out = out
        self.tmp = tmp
        self.geo: Geography = load_geography()
        self.teams: TeamRegistry = load_teams(self.geo)
        self.tokens: dict[str, str] = {}
        self.rng = random.Random(20240601)

    # -- API helpers ---------------------------------------------------------------------------------

    async def token(self, worker_id: str) -> str:
        if worker_id not in self.tokens:
            r = await self.client.post("/api/v1/auth/token", data={"username": worker_id, "password": pages.PASSWORD})
            r.raise_for_status()
            self.tokens[worker_id] = r.json()["access_token"]
        return self.tokens[worker_id]

    async def offered(self, grid_id: str, case_id: str, timeout: float = 20) -> tuple[str, str]:
        """(worker_id, task_id) of the live task of a case, looked up on the grid team's phones."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for w in self.teams.grid_team(grid_id).workers:
                auth = {"Authorization": f"Bearer {await self.token(w.worker_id)}"}
                for t in (await self.client.get("/api/v1/tasks/mine", headers=auth)).json():
                    if t["case_id"] == case_id:
                        return w.worker_id, t["task_id"]
            await asyncio.sleep(0.3)
        raise RuntimeError(f"no task for case {case_id} in grid {grid_id}")

    async def act(self, worker_id: str, task_id: str, steps: int) -> None:
        auth = {"Authorization": f"Bearer {await self.token(worker_id)}"}
        photo = pages.jpeg(self.tmp / "done.jpg").read_bytes()
        for action in ("accept", "arrive", "resolve")[:steps]:
            resolve = action == "resolve"
            r = await self.client.post(
                f"/api/v1/tasks/{task_id}/{action}",
                headers=auth,
                data={"note": "已处置完毕"} if resolve else None,
                files={"photo": ("done.jpg", photo, "image/jpeg")} if resolve else None,
            )
            r.raise_for_status()

    # -- traffic ---------------------------------------------------------------------------------------

    async def traffic(self, scattered: int, hotspots: int, per_hotspot: int) -> None:
        """Reports all over the district plus a few clusters, as on a busy morning."""
        sim = CitizenSim(self.base, load_taxonomy(), self.geo, rate=1, seed=7)
        bodies = [sim.one() for _ in range(scattered)]
        for _ in range(hotspots):
            spot = self.geo.random_point(self.rng)
            for _ in range(per_hotspot):
                near = (spot[0] + self.rng.gauss(0, 0.004), spot[1] + self.rng.gauss(0, 0.004))
                if self.geo.locate_index(*near) >= 0:  # a cluster by the district's edge loses a few
                    bodies.append(sim.one(near=near))
        self.rng.shuffle(bodies)
        refused: Counter[str] = Counter()
        for body in bodies:
            r = await self.client.post("/api/v1/reports/json", json={k: v for k, v in body.items() if k[0] != "_"})
            if r.status_code not in (200, 201):
                refused[f"{r.status_code} {r.json().get('detail')}"] += 1
        log(f"{len(bodies) - refused.total()} of {len(bodies)} reports accepted; refused: {dict(refused) or 'none'}")

    async def grid_level_report(self, grid_index: int, type_index: int, text: str) -> tuple[str, str, dict[str, str]]:
        """(grid_id, case_id, report) of a fresh report of a grid-level matter at the grid's centre."""
        grid = self.geo.grids[grid_index]
        _, name = pages.grid_level_types()[type_index]
        rep = await pages.post_report(self.client, *grid.centroid, text.format(name=name))
        return grid.grid_id, await pages.case_of_report(self.base, rep["report_id"], rep["device_token"]), rep

    async def progress_some(self, n: int) -> None:
        """Workers take some grid-level cases along (after a human-like pause), so the ticker shows every
        stage and the KPI medians have values; a few reporters confirm the fix, which closes the case."""

        async def one(i: int) -> None:
            index = (97 * i + 31) % len(self.geo.grids)
            text = "{name}，请尽快处理" if i % 2 else "这里有{name}"
            grid_id, case_id, rep = await self.grid_level_report(index, i % 6, text)
            worker_id, task_id = await self.offered(grid_id, case_id)
            await asyncio.sleep(self.rng.uniform(2, 12))
            await self.act(worker_id, task_id, min(3, i % 5))
            if i % 5 == 4:
                r = await self.client.post(
                    f"/api/v1/reports/{rep['report_id']}/confirm",
                    json={"device_token": rep["device_token"], "fixed": True},
                )
                r.raise_for_status()

        await asyncio.gather(*(one(i) for i in range(n)))

    # -- pages -----------------------------------------------------------------------------------------

    async def shoot(self, page: Page, name: str) -> None:
        await page.wait_for_timeout(1500)  # let the fresh-row and KPI animations settle
        path = self.out / f"{name}.png"
        await page.screenshot(path=str(path))
        await page.context.close()
        log(f"wrote {path}")

    async def ops(self) -> None:
        page = await pages.ops_page(self.browser, self.base)
        await page.wait_for_selector("#map-message", state="hidden")
        await page.wait_for_function("document.querySelectorAll('#ticker li[data-case-id]').length >= 12")
        await page.wait_for_function(
            "Number(document.querySelector('#heat-total').textContent.replace(/,/g, '')) >= 40"
        )
        await page.wait_for_function("Number(document.querySelector('#kpi-open-cases').dataset.value) > 0")
        await self.shoot(page, "ops")

    async def worker(self) -> None:
        grid_id, case_id, _ = await self.grid_level_report(len(self.geo.grids) // 5, 1, "小区门口{name}，影响通行")
        worker_id, _ = await self.offered(grid_id, case_id)
        page = await pages.worker_page(self.browser, self.base, worker_id)
        await pages.task_card(page, case_id).wait_for()
        await page.wait_for_function(
            "[...document.querySelectorAll('.deadline b')].every((b) => b.textContent !== '--:--')"
        )
        await self.shoot(page, "worker")

    async def report(self) -> None:
        grid = self.geo.grids[2 * len(self.geo.grids) // 3]
        _, name = pages.grid_level_types()[2]
        page = await pages.citizen_page(self.browser, self.base, *grid.centroid)
        await page.set_input_files("#report-photo", pages.jpeg(self.tmp / "scene.jpg", seed=3))
        await page.wait_for_selector("#photo-preview:visible")
        report_id = await pages.report_on_page(page, f"楼下{name}，已经好几天了")
        case_id = await pages.case_of_report(self.base, report_id, await pages.device_token(page))
        worker_id, task_id = await self.offered(grid.grid_id, case_id)
        await self.act(worker_id, task_id, 3)
        await page.wait_for_selector("#tracking[data-status=handled]")
        await page.wait_for_selector("#confirm-box:visible")
        await page.evaluate("window.scrollTo(0, 0)")
        await self.shoot(page, "report")


async def shoot_all(base: str, out: Path, tmp: Path) -> None:
    async with async_playwright() as pw, httpx.AsyncClient(base_url=base, timeout=20) as client:
        browser = await pages.launch(pw)
        shooter = Shooter(base, browser, client, out, tmp)
        await shooter.traffic(scattered=90, hotspots=6, per_hotspot=14)
        await shooter.progress_some(15)
        await shooter.ops()
        await shooter.worker()
        await shooter.report()
        await browser.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT, help="where the PNGs go (default: docs/screenshots)")
    ap.add_argument("--keep-logs", action="store_true", help="keep the run directory with the processes' logs")
    args = ap.parse_args()
    try:
        pages.chromium_path()
    except pages.ChromiumMissing as exc:
        sys.exit(str(exc))
    args.out.mkdir(parents=True, exist_ok=True)
    run_dir = Path(tempfile.mkdtemp(prefix="gridcc-shots-"))
    t0 = time.monotonic()
    try:
        with services(run_dir) as settings:
            asyncio.run(ensure_topics(settings))
            stack = Stack(settings, run_dir / "logs")
            try:
                log("starting the streams worker, dispatch engine and dashboard")
                stack.start(comp.streams_worker(settings, 0))
                stack.start(comp.dispatch_engine(settings, 0))
                stack.start(comp.http_app("dashboard", "dashboard.app:create_app", settings, stack.dashboard_port))
                asyncio.run(shoot_all(stack.base, args.out, run_dir))
            finally:
                stack.stop()
    finally:
        if args.keep_logs:
            log(f"logs kept in {run_dir / 'logs'}")
        else:
            shutil.rmtree(run_dir, ignore_errors=True)
    if pages.page_errors:
        sys.exit("script errors on the pages:\n" + "\n".join(pages.page_errors))
    log(f"done in {time.monotonic() - t0:.0f} s")


if __name__ == "__main__":
    main()
