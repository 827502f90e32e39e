"""The ingest API process: citizens' reports and Open311, plus the outbox relay."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator

import psycopg
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from psycopg_pool import AsyncConnectionPool, PoolTimeout
from redis.exceptions import RedisError

from gridcc.domain.geo import load_geography
from gridcc.domain.taxonomy import load_taxonomy
from gridcc.runtime import bus
from gridcc.settings import Settings, get_settings
from ingest import open311, reports, tracking
from ingest.deps import IngestDeps
from ingest.limits import RateLimiter
from ingest.outbox import OutboxRelay

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def ingest_resources(app: FastAPI, settings: Settings) -> AsyncIterator[IngestDeps]:
    """Pool, Redis, relay: shared by the ingest app and the dashboard app (which serves the citizen page)."""
    pool = AsyncConnectionPool(settings.database_url or "", min_size=1, max_size=8, open=False, timeout=5)
    await pool.open(wait=True, timeout=30)
    redis = bus.redis_client(settings)
    relay = OutboxRelay(settings, pool)
    await relay.start()
    deps = IngestDeps(settings, pool, redis, relay, RateLimiter(redis, settings), load_geography(), load_taxonomy())
    app.state.ingest = deps
    try:
        yield deps
    finally:
        await relay.stop()
        await redis.aclose()
        await pool.close()


def install_error_handlers(app: FastAPI) -> None:
    async def unavailable(request: Request, exc: Exception) -> JSONResponse:
        # Never accept what cannot be stored: the client retries later with the same idempotency key.
        log.warning("database unavailable: %s", exc)
        return JSONResponse(
            {"detail": "storage temporarily unavailable; retry later"}, status_code=503, headers={"Retry-After": "5"}
        )

    app.add_exception_handler(psycopg.OperationalError, unavailable)
    app.add_exception_handler(PoolTimeout, unavailable)
    app.add_exception_handler(RedisError, unavailable)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with ingest_resources(app, settings):
            yield

    app = FastAPI(title="Grid Command ingest", version="0.1.0", lifespan=lifespan)
    install_error_handlers(app)
    app.include_router(reports.router)
    app.include_router(tracking.router)
    app.include_router(open311.router)

    @app.get("/healthz")
    async def healthz() -> dict[str, object]:
        deps: IngestDeps = app.state.ingest
        return {
            "ok": True,
            "relayed": deps.relay.relayed,
            "republished": deps.relay.republished,
            "relay_failures": deps.relay.failures,
            "relay_error": deps.relay.last_error,
        }

    return app
