"""What the ingest routes need, built once per process in the app's lifespan."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request
from psycopg_pool import AsyncConnectionPool
from redis.asyncio import Redis

from gridcc.domain.geo import Geography
from gridcc.domain.taxonomy import Taxonomy
from gridcc.settings import Settings
from ingest.limits import RateLimiter
from ingest.outbox import OutboxRelay


@dataclass
class IngestDeps:
    settings: Settings
    pool: AsyncConnectionPool
    redis: Redis
    relay: OutboxRelay
    limiter: RateLimiter
    geo: Geography
    taxonomy: Taxonomy


def get_deps(request: Request) -> IngestDeps:
    deps: IngestDeps = request.app.state.ingest
    return deps
