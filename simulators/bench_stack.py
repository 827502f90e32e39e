"""The stack a benchmark runs on: start a private one, or find a running ``gridcc up``; and watch its processes.

A started stack is ``gridcc up`` minus the simulators, on free ports and in a
fresh data directory (so an earlier run's open cases cannot absorb this run's
incidents), with the ingest limits opened up: the benchmark is one client
address sending hundreds of reports a second, which the per-IP limit exists to
stop.  CPU and memory are sampled per component over each component's whole
process tree (PostgreSQL's backends, uvicorn's workers), by psutil, once a second.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import psutil

from gridcc.runtime import components as comp
from gridcc.runtime.launcher import Launcher
from gridcc.runtime.process import StartupError, free_port
from gridcc.settings import Settings

API_KEY = "bench-key"
UNLIMITED = 100_000_000


def generous_limits(settings: Settings) -> tuple[dict[str, str], dict[str, Any]]:
    """Every ``*_rate_per_min`` limit of the ingest and dashboard sections opened up: (environment, updates)."""
    env: dict[str, str] = {}
    updates: dict[str, Any] = {}
    for section in ("ingest", "dashboard"):
        current = getattr(settings, section, None)
        if current is None:
            continue
        fields = {name: UNLIMITED for name in type(current).model_fields if name.endswith("_rate_per_min")}
        env.update({f"GRIDCC_{section.upper()}__{name.upper()}": str(v) for name, v in fields.items()})
        updates[section] = current.model_copy(update=fields)
    return env, updates


@dataclass
class Stack:
    settings: Settings
    dashboard: str
    ingest: str
    roots: dict[str, int]  # component -> pid at the root of its process tree
    api_key: str = API_KEY
    launcher: Launcher | None = None
    data_dir: Path | None = None
    keep_data: bool = False
    notes: list[str] = field(default_factory=list)

    def stop(self) -> None:
        if self.launcher is not None:
            self.launcher.stop()
            if self.data_dir is not None and not self.keep_data:
                drop_data(self.data_dir)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def stop_on_sigterm() -> None:
    """SIGTERM ends a benchmark like Ctrl-C does, so the private stack it started is stopped, not orphaned."""
    signal.signal(signal.SIGTERM, _interrupt)


def drop_data(data_dir: Path) -> None:
    """A finished run keeps its logs only: the database and the per-process caches go (~35 MB a run)."""
    shutil.rmtree(data_dir / "pg", ignore_errors=True)
    for cache in data_dir.glob("**/cache"):
        shutil.rmtree(cache, ignore_errors=True)


def start_stack(base: Settings, workers: int | None, keep_data: bool = False) -> Stack:
    """Embedded servers where no URL is configured, then every component, each waited for until healthy."""
    keys = [*base.open311_api_keys, API_KEY] if API_KEY not in base.open311_api_keys else base.open311_api_keys
    env, limits = generous_limits(base)
    os.environ.update({**env, "GRIDCC_OPEN311_API_KEYS": json.dumps(keys)})
    data_dir = (base.data_dir / "bench" / time.strftime("%Y%m%d-%H%M%S")).resolve()
    ports = base.ports.model_copy(
        update={k: free_port(base.host) for k in ("kafka", "redis", "postgres", "mqtt", "dashboard", "ingest")}
    )
    streams = base.streams.model_copy(update={"workers": workers or base.streams.workers})
    settings = base.model_copy(
        update={"data_dir": data_dir, "ports": ports, "streams": streams, "open311_api_keys": keys, **limits}
    )
    launcher = Launcher(settings, out=sys.stderr)
    try:
        launcher.check_ports()
        launcher.start_servers()
        _start_all(launcher)
    except BaseException:
        launcher.stop()
        raise
    s = launcher.settings
    roots = {srv.name: srv.child.pid for srv in launcher.servers if srv.child is not None and srv.child.pid}
    roots.update({c.name: child.pid for c, child in launcher.children if child.pid})
    return Stack(
        s,
        f"http://{s.host}:{s.ports.dashboard}",
        f"http://{s.host}:{s.ports.ingest}",
        roots,
        launcher=launcher,
        data_dir=data_dir,
        keep_data=keep_data,
    )


def _start_all(launcher: Launcher) -> None:
    """``Launcher.start_components`` waits for each before the next; started together they are ready ~2x sooner."""
    s = launcher.settings
    t0 = time.monotonic()
    started = []
    for component, count in launcher.plan():
        child = comp.spawn(component, s, launcher.log_dir)
        launcher.children.append((component, child))
        started.append((component, child, count))
    for component, child, count in started:
        comp.wait_healthy(component, child, s, 180, count)
        where = f"http://{s.host}:{component.http_port}" if component.http_port else f"pid {child.pid}"
        launcher.say(component.name, where, t0, "(all started together)")


def attach_running(base: Settings) -> Stack:
    """A running ``gridcc up``: its URLs, ports, password and pids from its state file."""
    from gridcc.runtime.status import with_state

    settings, state = with_state(base)
    if not state:
        raise StartupError(
            f"--use-running: no state file at {base.data_dir / 'state.json'}; start `gridcc up` first "
            "(in this directory, or with the same GRIDCC_DATA_DIR)"
        )
    saved = state.get("settings", {})
    settings = settings.model_copy(
        update={
            "ports": settings.ports.model_validate(saved.get("ports", {})),
            "topic_prefix": saved.get("topic_prefix", settings.topic_prefix),
            "demo_password": settings.demo_password or saved.get("demo_password"),
            "jwt_secret": settings.jwt_secret or saved.get("jwt_secret"),
        }
    )
    keys = saved.get("open311_api_keys") or []
    if not keys:
        raise StartupError(
            "--use-running: the running stack accepts no Open311 key; start it with "
            f"GRIDCC_OPEN311_API_KEYS='[\"{API_KEY}\"]' (and generous GRIDCC_INGEST__IP_RATE_PER_MIN)"
        )
    roots = {k: int(v) for k, v in state.get("children", {}).items()}
    for name in ("kafka", "redis", "postgres", "mqtt"):
        pid = _listening_pid(getattr(settings, f"{'database' if name == 'postgres' else name}_url"))
        if pid:
            roots[name] = pid
    notes = []
    limits = saved.get("ingest", {})
    tight = {k: v for k, v in limits.items() if k.endswith("_rate_per_min") and int(v) < 100_000}
    if tight:
        notes.append(f"running stack's ingest limits {tight} per minute: expect HTTP 429 (counted as rejected)")
    s = settings
    return Stack(
        s,
        f"http://{s.host}:{s.ports.dashboard}",
        f"http://{s.host}:{s.ports.ingest}",
        roots,
        api_key=keys[0],
        notes=notes,
    )


def _listening_pid(url: str | None) -> int | None:
    port = urlparse(url or "").port
    if not port:
        return None
    with contextlib.suppress(psutil.Error, OSError):
        for c in psutil.net_connections("tcp"):
            if c.status == psutil.CONN_LISTEN and c.laddr and c.laddr.port == port and c.pid:
                return int(c.pid)
    return None


class Sampler(threading.Thread):
    """CPU % (sum over the tree, 100 = one core) and RSS (sum over the tree) per component, once a second."""

    def __init__(self, roots: dict[str, int], period: float = 1.0) -> None:
        super().__init__(daemon=True, name="bench-sampler")
        self.roots = dict(roots)
        self.flat: set[str] = set()  # components measured without their children
        self.period = period
        self.samples: list[tuple[float, dict[str, tuple[float, int]]]] = []
        self._procs: dict[int, psutil.Process] = {}
        self._halt = threading.Event()

    def add(self, name: str, pid: int, tree: bool = True) -> None:
        self.roots[name] = pid
        if not tree:
            self.flat.add(name)

    def _tree(self, pid: int, tree: bool = True) -> list[psutil.Process]:
        try:
            root = self._procs.get(pid) or psutil.Process(pid)
            procs = [root, *root.children(recursive=True)] if tree else [root]
        except psutil.Error:
            return []
        return [self._procs.setdefault(p.pid, p) for p in procs]

    def sample(self) -> dict[str, tuple[float, int]]:
        out = {}
        for name, pid in list(self.roots.items()):
            cpu, rss = 0.0, 0
            for p in self._tree(pid, name not in self.flat):
                with contextlib.suppress(psutil.Error):
                    cpu += p.cpu_percent(None)
                    rss += p.memory_info().rss
            out[name] = (cpu, rss)
        return out

    def run(self) -> None:
        self.sample()  # primes cpu_percent
        while not self._halt.wait(self.period):
            self.samples.append((time.time(), self.sample()))

    def halt(self) -> None:
        self._halt.set()

    def summary(self, t0: float, t1: float) -> dict[str, dict[str, Any]]:
        """cpu_percent averaged and rss maximised over the samples taken between t0 and t1."""
        window = [s for t, s in self.samples if t0 <= t <= t1] or [s for _, s in self.samples[-1:]]
        out: dict[str, dict[str, Any]] = {}
        for name in self.roots:
            vals = [s[name] for s in window if name in s]
            if vals:
                out[name] = {
                    "cpu_percent": round(sum(v[0] for v in vals) / len(vals), 1),
                    "rss_mb": round(max(v[1] for v in vals) / 2**20, 1),
                }
        return out
