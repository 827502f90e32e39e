"""The dashboard process: the three pages, their REST calls and sockets.

It also carries the ingest routes, so the citizens' page posts to its own
origin; the separate ingest process serves the same routes to phones and
Open311 clients at scale.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from dashboard import api_auth, api_citizen, api_ops, api_worker
from dashboard.auth import Authenticator
from dashboard.deps import DashboardDeps
from dashboard.hub import Hub
from dashboard.kpi import kpis
from dispatch.actions import Actions
from dispatch.service import build_dispatcher
from gridcc.domain.clock import Clock
from gridcc.runtime import bus
from gridcc.settings import Settings, get_settings
from ingest import open311, reports, tracking
from ingest.app import ingest_resources, install_error_handlers

log = logging.getLogger(__name__)
STATIC = Path(__file__).parent / "static"


async def _kpi_loop(deps: DashboardDeps, period: float = 3.0) -> None:
    while True:
        await asyncio.sleep(period)
        if not deps.hub.subs.get("ops"):
            continue
        try:
            async with deps.pool.connection() as conn:
                data = await kpis(conn)
            deps.hub.route(bus.encode("ops", "kpi", data))
        except Exception as exc:  # a KPI refresh is not worth a crash
            log.warning("kpi refresh failed: %s", exc)


def create_app(settings: Settings | None = None, clock: Clock | None = None) -> FastAPI:
    settings = settings or get_settings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with ingest_resources(app, settings) as ing:
            dispatcher = build_dispatcher(settings, ing.redis, clock)
            hub = Hub(bus.redis_client(settings), settings)
            await hub.start()
            auth = Authenticator(settings, dispatcher.teams)
            deps = DashboardDeps(settings, ing.pool, ing.redis, hub, dispatcher, Actions(dispatcher), auth)
            app.state.dashboard = deps
            app.state.auth = auth
            kpi_task = asyncio.create_task(_kpi_loop(deps, settings.dashboard.kpi_interval_s))
            try:
                yield
            finally:
                kpi_task.cancel()
                await hub.stop()
                await hub.redis.aclose()

    app = FastAPI(title="Grid Command dashboard", version="0.1.0", lifespan=lifespan)
    install_error_handlers(app)
    for r in (
        api_auth.router,
        api_worker.router,
        api_ops.router,
        api_citizen.router,
        reports.router,
        tracking.router,
        open311.router,
    ):
        app.include_router(r)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    for page in ("ops", "worker", "report"):
        app.add_api_route(f"/{page}", _page(page), include_in_schema=False)

    @app.get("/", include_in_schema=False)
    async def root() -> RedirectResponse:
        return RedirectResponse("/ops")

    @app.get("/healthz")
    async def healthz() -> dict[str, object]:
        deps: DashboardDeps = app.state.dashboard
        return {
            "ok": True,
            **deps.hub.stats(),
            "stream_workers": len(deps.hub.heat_parts),
        }

    return app


def _page(name: str):  # type: ignore[no-untyped-def]
    async def serve() -> FileResponse:
        return FileResponse(STATIC / f"{name}.html")

    return serve
