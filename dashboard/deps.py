"""What the dashboard routes need, built once per process in the app's lifespan."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import Request
from psycopg_pool import AsyncConnectionPool

from dashboard.auth import Authenticator
from dashboard.hub import Hub
from dispatch.actions import Actions
from dispatch.engine import Dispatcher
from gridcc.runtime import bus
from gridcc.settings import Settings


@dataclass
class DashboardDeps:
    settings: Settings
    pool: AsyncConnectionPool
    redis: Any
    hub: Hub
    dispatcher: Dispatcher
    actions: Actions
    auth: Authenticator

    async def push(self, messages: list[tuple[str, str, Any]]) -> None:
        await bus.publish_many(self.redis, self.settings, messages)


def get_deps(request: Request) -> DashboardDeps:
    deps: DashboardDeps = request.app.state.dashboard
    return deps
