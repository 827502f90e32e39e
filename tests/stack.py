"""The running stack for end-to-end tests: the same processes `gridcc up` starts, on the session's servers."""

from __future__ import annotations

from pathlib import Path

from gridcc.runtime import components as comp
from gridcc.runtime.process import Child, free_port
from gridcc.settings import Settings


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
