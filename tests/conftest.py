"""Session fixtures: real servers, started once.

PostgreSQL, Redis and MQTT are the machine's servers (``.ci/run`` starts any
that is down; a missing one fails the suite, never skips it); the
Kafka-protocol broker is a Tansu process started here.  Each session works in
its own database and under its own topic/key prefix, so a developer's demo on
the same machine is not disturbed.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import redis

from gridcc.runtime import components as comp
from gridcc.runtime import embedded
from gridcc.runtime.db import migrate
from gridcc.runtime.process import free_port, port_is_open
from gridcc.settings import Settings
from streams.topics import ensure_topics
from tests.stack import Stack

PG_ADMIN_URL = os.environ.get("GRIDCC_TEST_PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("GRIDCC_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
MQTT_HOST, MQTT_PORT = "127.0.0.1", int(os.environ.get("GRIDCC_TEST_MQTT_PORT", "1883"))


@pytest.fixture(scope="session")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("gridcc")


@contextlib.contextmanager
def fresh_database(label: str, migrated: bool = True) -> Iterator[str]:
    """A new database on the test server, dropped afterwards.

    For the session, and for tests whose rows or counts the session's running stack must not see or move.
    """
    name = f"gridcc_{label}_{uuid.uuid4().hex[:8]}"
    try:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f"CREATE DATABASE {name}")
    except psycopg.OperationalError as exc:
        pytest.fail(f"PostgreSQL is not reachable at {PG_ADMIN_URL}: {exc} (.ci/run starts it)")
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        if migrated:
            migrate(url)
        yield url
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def database_url() -> Iterator[str]:
    with fresh_database("test") as url:
        yield url


@pytest.fixture(scope="session")
def redis_url() -> str:
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3).ping()
    except redis.RedisError as exc:
        pytest.fail(f"Redis is not reachable at {REDIS_URL}: {exc} (.ci/run starts it)")
    return REDIS_URL


@pytest.fixture(scope="session")
def mqtt_url() -> str:
    if not port_is_open(MQTT_HOST, MQTT_PORT):
        pytest.fail(f"MQTT broker not reachable at {MQTT_HOST}:{MQTT_PORT} (.ci/run starts Mosquitto)")
    return f"mqtt://{MQTT_HOST}:{MQTT_PORT}"


@pytest.fixture(scope="session")
def kafka_url(run_dir: Path) -> Iterator[str]:
    server = embedded.start_kafka("127.0.0.1", free_port(), run_dir / "logs")
    yield server.url
    server.stop()


@pytest.fixture(scope="session")
def settings(database_url: str, redis_url: str, mqtt_url: str, kafka_url: str, run_dir: Path) -> Settings:
    """Settings for the whole session; also exported to the environment so child processes get them."""
    prefix = f"t{uuid.uuid4().hex[:6]}"
    values = {
        "GRIDCC_KAFKA_URL": kafka_url,
        "GRIDCC_REDIS_URL": redis_url,
        "GRIDCC_DATABASE_URL": database_url,
        "GRIDCC_MQTT_URL": mqtt_url,
        "GRIDCC_TOPIC_PREFIX": prefix,
        "GRIDCC_DATA_DIR": str(run_dir / "data"),
        "GRIDCC_JWT_SECRET": secrets.token_hex(24),
        "GRIDCC_DEMO_PASSWORD": "test-password-123",
        "GRIDCC_OPEN311_API_KEYS": '["test-open311-key"]',
    }
    os.environ.update(values)
    from gridcc.settings import get_settings

    get_settings.cache_clear()
    return get_settings()


@pytest.fixture(scope="session")
def pg(settings: Settings) -> Iterator[psycopg.Connection]:
    with psycopg.connect(settings.database_url or "", autocommit=True) as conn:
        yield conn


@pytest.fixture(scope="session")
def redis_client(settings: Settings) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(settings.redis_url or "", decode_responses=True)
    yield client
    keys = list(client.scan_iter(f"{settings.topic_prefix}:*"))
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture(scope="session")
def stack(settings: Settings, run_dir: Path, pg: object, redis_client: object) -> Iterator[Stack]:
    asyncio.run(ensure_topics(settings))
    s = Stack(settings, run_dir / "logs")
    try:
        s.start(comp.streams_worker(settings, 0))
        s.start(comp.dispatch_engine(settings, 0))
        s.start(comp.http_app("dashboard", "dashboard.app:create_app", settings, s.dashboard_port))
        yield s
    finally:
        s.stop()
