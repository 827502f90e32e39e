"""An ingest API process on its own broker, so a test may stop and restart that broker."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from gridcc.runtime import components as comp
from gridcc.runtime import embedded
from gridcc.runtime.process import Child, free_port
from gridcc.settings import Settings
from streams.topics import ensure_topics
from tests.conftest import fresh_database


class IngestServer:
    def __init__(self, settings: Settings, port: int, broker_port: int, log_dir: Path) -> None:
        self.settings = settings
        self.port = port
        self.broker_port = broker_port
        self.log_dir = log_dir
        self.broker: embedded.Embedded | None = None
        self.child: Child | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start_broker(self) -> None:
        self.broker = embedded.start_kafka("127.0.0.1", self.broker_port, self.log_dir / "ingest-broker")
        asyncio.run(ensure_topics(self.settings))

    def stop_broker(self) -> None:
        if self.broker:
            self.broker.stop()
            self.broker = None


@pytest.fixture(scope="session")
def ingest_db() -> Iterator[str]:
    """Its own database: the shared one has other relays (the dashboard's) that would deliver its outbox rows."""
    with fresh_database("ingest") as url:
        yield url


@pytest.fixture(scope="session")
def ingest_pg(ingest_server: IngestServer) -> Iterator[psycopg.Connection]:
    with psycopg.connect(ingest_server.settings.database_url or "", autocommit=True) as conn:
        yield conn


@pytest.fixture(scope="session")
def ingest_server(settings: Settings, run_dir: Path, redis_client: object, ingest_db: str) -> Iterator[IngestServer]:
    broker_port = free_port()
    own = settings.model_copy(
        update={
            "kafka_url": f"kafka://127.0.0.1:{broker_port}",
            "topic_prefix": settings.topic_prefix + "i",
            "database_url": ingest_db,
        }
    )
    server = IngestServer(own, free_port(), broker_port, run_dir / "logs")
    server.start_broker()
    component = comp.http_app("ingest", "ingest.app:create_app", own, server.port)
    server.child = comp.spawn(component, own, run_dir / "logs")
    try:
        comp.wait_healthy(component, server.child, own, 60)
        yield server
    finally:
        server.child.stop()
        server.stop_broker()
