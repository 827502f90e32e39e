"""A stack with its own Redis and PostgreSQL, so fault tests may kill or restart any part of it."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest

from gridcc.runtime import components as comp
from gridcc.runtime import embedded
from gridcc.runtime.db import migrate
from gridcc.runtime.process import Child, free_port
from gridcc.settings import Settings
from streams.topics import ensure_topics

API_KEY = "fault-key"
PASSWORD = "test-password-123"


class FaultStack:
    def __init__(self, settings: Settings, run_dir: Path) -> None:
        self.run_dir = run_dir
        self.log_dir = run_dir / "logs"
        self.redis_port, self.pg_port = free_port(), free_port()
        self.redis = embedded.start_redis("127.0.0.1", self.redis_port, self.log_dir / "fault-redis")
        self.pg = embedded.start_postgres("127.0.0.1", self.pg_port, run_dir / "fault-pg", self.log_dir)
        migrate(self.pg.url)
        self.ingest_port, self.dashboard_port = free_port(), free_port()
        self.settings = settings.model_copy(
            update={
                "redis_url": self.redis.url,
                "database_url": self.pg.url,
                "topic_prefix": settings.topic_prefix + "f",
                "open311_api_keys": [API_KEY],
            }
        )
        asyncio.run(ensure_topics(self.settings))
        self.components = {
            "streams-0": comp.streams_worker(self.settings, 0),
            "dispatch-0": comp.dispatch_engine(self.settings, 0),
            "ingest": comp.http_app("ingest", "ingest.app:create_app", self.settings, self.ingest_port),
            "dashboard": comp.http_app("dashboard", "dashboard.app:create_app", self.settings, self.dashboard_port),
        }
        self.children: dict[str, Child] = {}

    def env(self) -> dict[str, str]:
        return {"GRIDCC_OPEN311_API_KEYS": json.dumps(self.settings.open311_api_keys)}

    def start(self, name: str) -> None:
        component = self.components[name]
        self.children[name] = comp.spawn(component, self.settings, self.log_dir, self.env())
        comp.wait_healthy(component, self.children[name], self.settings, 90)

    def kill(self, name: str) -> None:
        self.children[name].kill()

    def restart_redis(self) -> None:
        self.redis.stop()
        self.redis = embedded.start_redis("127.0.0.1", self.redis_port, self.log_dir / "fault-redis")

    def stop_pg(self) -> None:
        self.pg.stop()

    def start_pg(self) -> None:
        self.pg = embedded.start_postgres("127.0.0.1", self.pg_port, self.run_dir / "fault-pg", self.log_dir)

    def db(self) -> psycopg.Connection:
        return psycopg.connect(self.pg.url, autocommit=True)

    def open311(self, code: str, lat: float, lon: float, text: str = "fault test") -> httpx.Response:
        return httpx.post(
            f"http://127.0.0.1:{self.ingest_port}/open311/v2/requests.json",
            timeout=20,
            data={"api_key": API_KEY, "service_code": code, "lat": lat, "long": lon, "description": text},
        )

    def wait(self, sql: str, args: tuple[object, ...], want: int, timeout: float) -> int:
        deadline = time.monotonic() + timeout
        n = -1
        while time.monotonic() < deadline:
            try:
                with self.db() as conn:
                    n = conn.execute(sql, args).fetchone()[0]  # type: ignore[index]
                if n >= want:
                    return n
            except psycopg.OperationalError:
                pass
            time.sleep(0.3)
        return n

    def stop(self) -> None:
        for child in reversed(list(self.children.values())):
            child.stop()
        self.redis.stop()
        self.pg.stop()


@pytest.fixture(scope="module")
def faults(settings: Settings, tmp_path_factory: pytest.TempPathFactory, kafka_url: str) -> Iterator[FaultStack]:
    stack = FaultStack(settings, tmp_path_factory.mktemp("faults"))
    try:
        for name in ("streams-0", "dispatch-0", "ingest", "dashboard"):
            stack.start(name)
        yield stack
    finally:
        stack.stop()
