"""``gridcc up``: the whole command center on one machine, in order, and down again in reverse.

For every server URL that is not configured an embedded one is started and
torn down on exit.  Then our own processes, each only after the previous one
reported healthy.  One line per component says what, where and how long it
took; Ctrl-C (or SIGTERM) stops everything in reverse order, and a crash of
any child stops the rest, so nothing is left holding a port.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from gridcc.runtime import components as comp
from gridcc.runtime import embedded
from gridcc.runtime.db import migrate
from gridcc.runtime.process import Child, StartupError, require_free_port
from gridcc.settings import Settings


@dataclass
class Launcher:
    settings: Settings
    simulate: bool = False
    out: TextIO = sys.stdout
    servers: list[embedded.Embedded] = field(default_factory=list)
    children: list[tuple[comp.Component, Child]] = field(default_factory=list)

    @property
    def log_dir(self) -> Path:
        return self.settings.data_dir / "logs"

    def say(self, what: str, where: str, started: float, note: str = "") -> None:
        took = time.monotonic() - started
        self.out.write(f"  \u2714 {what:<14} {where:<42} {took:5.1f} s  {note}\n")
        self.out.flush()

    def _server(self, name: str, url: str | None, start: object, note_if_external: str) -> str:
        t0 = time.monotonic()
        if url:
            self.say(name, url, t0, note_if_external)
            return url
        server = start()  # type: ignore[operator]
        self.servers.append(server)
        self.say(name, server.url, t0, f"embedded ({server.detail})")
        return server.url

    def check_ports(self) -> None:
        """Fail before starting anything when one of our own ports is taken."""
        s = self.settings
        for port, var in ((s.ports.ingest, "GRIDCC_PORTS__INGEST"), (s.ports.dashboard, "GRIDCC_PORTS__DASHBOARD")):
            require_free_port("HTTP", s.host, port, var)

    def start_servers(self) -> Settings:
        s = self.settings
        s.data_dir.mkdir(parents=True, exist_ok=True)
        h, p, logs = s.host, s.ports, self.log_dir
        updates = {
            "kafka_url": self._server("kafka", s.kafka_url, lambda: embedded.start_kafka(h, p.kafka, logs), "external"),
            "redis_url": self._server("redis", s.redis_url, lambda: embedded.start_redis(h, p.redis, logs), "external"),
            "database_url": self._server(
                "postgres", s.database_url, lambda: embedded.start_postgres(h, p.postgres, s.data_dir, logs), "external"
            ),
            "mqtt_url": self._server("mqtt", s.mqtt_url, lambda: embedded.start_mqtt(h, p.mqtt, logs), "external"),
            "jwt_secret": s.jwt_secret or secrets.token_hex(24),
            "demo_password": s.demo_password or secrets.token_urlsafe(9),
        }
        self.settings = s.model_copy(update=updates)
        t0 = time.monotonic()
        try:
            mode = migrate(self.settings.database_url or "")
        except Exception as exc:  # psycopg's errors: one clear line instead of a traceback
            raise StartupError(
                f"PostgreSQL at {self.settings.database_url}: {str(exc).strip().splitlines()[0]} "
                "(check GRIDCC_DATABASE_URL, or unset it for an embedded server)"
            ) from None
        self.say("schema", f"{mode.value} time series", t0, "migrations applied")
        t0 = time.monotonic()
        from streams.topics import ensure_topics

        try:
            asyncio.run(asyncio.wait_for(ensure_topics(self.settings), 20))
        except Exception as exc:
            raise StartupError(
                f"Kafka at {self.settings.kafka_url}: {type(exc).__name__}: {exc} "
                "(check GRIDCC_KAFKA_URL, or unset it for an embedded broker)"
            ) from None
        self.say("topics", f"{self.settings.topic_prefix}.* x{self.settings.streams.partitions} partitions", t0)
        return self.settings

    def plan(self) -> list[tuple[comp.Component, int]]:
        s = self.settings
        steps: list[tuple[comp.Component, int]] = []
        steps += [(comp.streams_worker(s, i), i + 1) for i in range(s.streams.workers)]
        steps += [(comp.dispatch_engine(s, i), i + 1) for i in range(s.dispatch.engines)]
        steps.append((comp.mqtt_bridge(s), 1))
        steps.append((comp.http_app("ingest", "ingest.app:create_app", s, s.ports.ingest), 1))
        steps.append((comp.http_app("dashboard", "dashboard.app:create_app", s, s.ports.dashboard), 1))
        camera_base = os.environ.get("GRIDCC_VISION_CAMERA_BASE")
        if self.simulate and not camera_base:
            steps.append((comp.camera_simulator(s), 1))
            camera_base = f"http://{s.host}:{s.ports.cameras}"
        if camera_base:
            steps += [(comp.vision_worker(s, i, camera_base), 1) for i in range(s.vision.workers)]
        return steps

    def start_components(self) -> None:
        s = self.settings
        plan = self.plan()
        if not any(c.name.startswith("vision-") for c, _ in plan):
            self.out.write(
                "  - vision         skipped: no cameras (set GRIDCC_VISION_CAMERA_BASE, or use --simulate)\n"
            )
        for component, count in plan:
            t0 = time.monotonic()
            child = comp.spawn(component, s, self.log_dir)
            self.children.append((component, child))
            comp.wait_healthy(component, child, s, 120, count)
            where = f"http://{s.host}:{component.http_port}" if component.http_port else f"pid {child.pid}"
            self.say(component.name, where, t0)

    def start_simulators(self) -> None:
        s = self.settings
        t0 = time.monotonic()
        component = comp.Component(
            "simulators",
            (
                sys.executable,
                "-m",
                "simulators.run",
                "--dashboard",
                f"http://{s.host}:{s.ports.dashboard}",
                "--ingest",
                f"http://{s.host}:{s.ports.ingest}",
            ),
        )
        child = comp.spawn(component, s, self.log_dir)
        self.children.append((component, child))
        self.say("simulators", f"pid {child.pid}", t0, f"scale {s.simulator.scale}, seed {s.simulator.seed}")

    def stop(self) -> None:
        for component, child in reversed(self.children):
            child.stop()
            self.out.write(f"  \u2716 stopped {component.name}\n")
        self.children.clear()
        for server in reversed(self.servers):
            server.stop()
            self.out.write(f"  \u2716 stopped {server.name}\n")
        self.servers.clear()
        self.out.flush()

    def write_state(self) -> None:
        """Where everything runs, for ``gridcc status`` in another terminal."""
        s = self.settings
        state = {
            "settings": json.loads(s.model_dump_json()),
            "children": {c.name: child.pid for c, child in self.children},
            "servers": {srv.name: srv.url for srv in self.servers},
        }
        (s.data_dir / "state.json").write_text(json.dumps(state, indent=2))

    def run(self) -> int:
        stop = {"requested": False}

        def _on_signal(signum: int, frame: object) -> None:
            stop["requested"] = True

        signal.signal(signal.SIGTERM, _on_signal)
        signal.signal(signal.SIGINT, _on_signal)
        t_all = time.monotonic()
        self.out.write("Grid Command: starting (Ctrl-C stops everything)\n")
        try:
            self.check_ports()
            self.start_servers()
            self.start_components()
            if self.simulate:
                self.start_simulators()
            self.write_state()
            s = self.settings
            self.out.write(
                f"\nReady in {time.monotonic() - t_all:.1f} s.\n"
                f"  Wall screen  http://{s.host}:{s.ports.dashboard}/ops     (user: ops)\n"
                f"  Worker page  http://{s.host}:{s.ports.dashboard}/worker  (user: a worker id, e.g. "
                f"{self._example_worker()})\n"
                f"  Citizen page http://{s.host}:{s.ports.dashboard}/report\n"
                f"  Password for every demo account: {s.demo_password}\n"
                f"  Logs: {self.log_dir}/   Status: gridcc status\n"
            )
            self.out.flush()
            while not stop["requested"]:
                for component, child in self.children:
                    if not child.alive():
                        self.out.write(
                            f"\n{component.name} exited unexpectedly; last lines of {child.log_path}:\n"
                            f"{child.log_tail()}\n"
                        )
                        return 1
                time.sleep(0.5)
            self.out.write("\nStopping...\n")
            return 0
        except StartupError as exc:
            self.out.write(f"\nERROR: {exc}\n")
            return 2
        finally:
            self.stop()
            state = self.settings.data_dir / "state.json"
            state.unlink(missing_ok=True)

    def _example_worker(self) -> str:
        from gridcc.domain.geo import load_geography
        from gridcc.domain.teams import load_teams

        return load_teams(load_geography()).grid_team(load_geography().grids[0].grid_id).workers[0].worker_id
