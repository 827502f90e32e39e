"""Our own long-running processes, how to start each, and how to know it is up.

Shared by ``gridcc up`` and the integration tests, so the tests exercise the
very command lines the launcher runs.  Every process reads its configuration
from the ``GRIDCC_*`` environment it is given; health is observed from the
outside (an HTTP ``/healthz``, or a key the process refreshes in Redis).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from gridcc.runtime.process import Child
from gridcc.settings import Settings


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    argv: tuple[str, ...]
    http_port: int | None = None  # healthy when GET /healthz answers 200
    redis_health: str | None = None  # healthy when a key matching this pattern ({pid}: the child's) exists


def settings_env(settings: Settings, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment that hands ``settings`` to a child process."""
    env = dict(os.environ)
    for key, value in {
        "GRIDCC_KAFKA_URL": settings.kafka_url,
        "GRIDCC_REDIS_URL": settings.redis_url,
        "GRIDCC_DATABASE_URL": settings.database_url,
        "GRIDCC_MQTT_URL": settings.mqtt_url,
        "GRIDCC_JWT_SECRET": settings.jwt_secret,
        "GRIDCC_DEMO_PASSWORD": settings.demo_password,
        "GRIDCC_TOPIC_PREFIX": settings.topic_prefix,
        "GRIDCC_DATA_DIR": str(settings.data_dir),
        "GRIDCC_HOST": settings.host,
    }.items():
        if value is not None:
            env[key] = value
    env.setdefault("PYTHONUNBUFFERED", "1")
    env.update(extra or {})
    return env


def streams_worker(settings: Settings, i: int) -> Component:
    return Component(
        f"streams-{i}",
        (sys.executable, "-m", "faust", "-A", "streams.app", "worker", "--without-web", "-l", "info"),
        redis_health=f"{settings.topic_prefix}:heat:*:{{pid}}",
    )


def dispatch_engine(settings: Settings, i: int) -> Component:
    return Component(
        f"dispatch-{i}",
        (sys.executable, "-m", "dispatch.service"),
        redis_health=f"{settings.topic_prefix}:health:dispatch:{{pid}}",
    )


def http_app(name: str, factory: str, settings: Settings, port: int) -> Component:
    return Component(
        name,
        (
            sys.executable,
            "-m",
            "uvicorn",
            factory,
            "--factory",
            "--host",
            settings.host,
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
            "--ws-per-message-deflate",
            str(settings.dashboard.ws_compression).lower(),
        ),
        http_port=port,
    )


def spawn(component: Component, settings: Settings, log_dir: Path, extra_env: dict[str, str] | None = None) -> Child:
    extra = {"GRIDCC_DATA_DIR": str(settings.data_dir / component.name), **(extra_env or {})}
    return Child(
        component.name, component.argv, log_dir / f"{component.name}.log", env=settings_env(settings, extra)
    ).start()


def wait_healthy(component: Component, child: Child, settings: Settings, timeout: float, count: int = 1) -> None:
    """Block until this very process reports healthy; a clear StartupError (with its log) otherwise.

    ``count`` is accepted for older callers and ignored: health keys carry the process id, so a sibling
    worker's key can no longer pass for this one's.
    """
    del count
    import time

    import httpx
    import redis

    from gridcc.runtime.process import StartupError

    deadline = time.monotonic() + timeout
    r = redis.Redis.from_url(settings.redis_url) if component.redis_health and settings.redis_url else None
    try:
        while time.monotonic() < deadline:
            if not child.alive():
                raise StartupError(
                    f"{component.name} exited during start-up; its log ({child.log_path}):\n{child.log_tail()}"
                )
            if component.http_port is not None:
                try:
                    if httpx.get(f"http://{settings.host}:{component.http_port}/healthz", timeout=1).status_code == 200:
                        return
                except httpx.HTTPError:
                    pass
            elif r is not None and any(r.scan_iter(component.redis_health.format(pid=child.pid), count=1000)):
                return
            time.sleep(0.2)
        raise StartupError(
            f"{component.name} was not healthy within {timeout:.0f} s; log: {child.log_path}\n{child.log_tail()}"
        )
    finally:
        if r is not None:
            r.close()


def camera_simulator(settings: Settings) -> Component:
    return Component(
        "cameras",
        (
            sys.executable,
            "-m",
            "simulators.cameras",
            "--host",
            settings.host,
            "--port",
            str(settings.ports.cameras),
            "--feeds",
            str(settings.vision.feeds),
        ),
        http_port=settings.ports.cameras,
    )


def vision_worker(settings: Settings, i: int, camera_base: str) -> Component:
    return Component(
        f"vision-{i}",
        (
            sys.executable,
            "-m",
            "vision.worker",
            "--camera-base",
            camera_base,
            "--shard",
            f"{i}/{settings.vision.workers}",
        ),
        redis_health=f"{settings.topic_prefix}:health:vision:{{pid}}",
    )


def mqtt_bridge(settings: Settings) -> Component:
    return Component(
        "mqtt-bridge",
        (sys.executable, "-m", "ingest.mqtt_bridge"),
        redis_health=f"{settings.topic_prefix}:health:mqtt:{{pid}}",
    )
