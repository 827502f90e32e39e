"""The running stack for end-to-end tests: the same processes `gridcc up` starts."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from gridcc.runtime import components as comp
from gridcc.runtime.process import Child, free_port
from gridcc.settings import Settings
from streams.topics import ensure_topics


class Stack:
    def __init__(self, settings: Settings, log_dir: Path) -> None:
        self.settings = settings
        self.log_dir = log_dir
        self.children: dict[str, Child] = {}
        self.dashboard_port = free_port()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.dashboard_port}"

    def start(self, component: comp.Component, timeout: float = 90, count: int = 1) -> Child:
        child = comp.spawn(component, self.settings, self.log_dir)
        self.children[component.name] = child
        comp.wait_healthy(component, child, self.settings, timeout, count)
        return child

    def stop(self) -> None:
        for child in reversed(list(self.children.values())):
            child.stop()


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
