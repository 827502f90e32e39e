"""`gridcc up` on a bare configuration: embedded servers, every component healthy, nothing left after Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from gridcc.runtime.process import free_port, port_is_free


def _env(data_dir: Path, ports: dict[str, int]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GRIDCC_")}
    env["GRIDCC_DATA_DIR"] = str(data_dir)
    env["GRIDCC_TOPIC_PREFIX"] = "upt"
    for name, port in ports.items():
        env[f"GRIDCC_PORTS__{name.upper()}"] = str(port)
    return env


@pytest.mark.slow
def test_up_status_and_clean_shutdown(tmp_path: Path) -> None:
    ports = {n: free_port() for n in ("kafka", "redis", "postgres", "mqtt", "dashboard", "ingest", "cameras")}
    env = _env(tmp_path / "data", ports)
    proc = subprocess.Popen(
        [sys.executable, "-m", "gridcc.cli", "up"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    lines: list[str] = []
    try:
        deadline = time.monotonic() + 150
        assert proc.stdout is not None
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
            if line.startswith("Ready in"):
                break
        out = "".join(lines)
        assert any(line.startswith("Ready in") for line in lines), out
        for name in (
            "kafka",
            "redis",
            "postgres",
            "mqtt",
            "schema",
            "streams-0",
            "dispatch-0",
            "mqtt-bridge",
            "ingest",
            "dashboard",
        ):
            assert f" {name} " in out, f"no start line for {name}:\n{out}"
        descendants = psutil.Process(proc.pid).children(recursive=True)
        assert len(descendants) >= 8
        status = subprocess.run(
            [sys.executable, "-m", "gridcc.cli", "status"], env=env, capture_output=True, text=True, timeout=60
        )
        report = json.loads(status.stdout)
        assert status.returncode == 0 and report["ok"], status.stdout
        assert report["components"]["postgres"]["events_given_up"] == 0
        proc.send_signal(signal.SIGINT)
        proc.wait(60)
        assert proc.returncode == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    time.sleep(0.5)
    alive = [p for p in descendants if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
    assert not alive, f"left running: {alive}"
    assert all(port_is_free("127.0.0.1", p) for p in ports.values())


def test_port_taken_is_one_clear_line(tmp_path: Path) -> None:
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    port = busy.getsockname()[1]
    env = _env(tmp_path, {"dashboard": port})
    r = subprocess.run([sys.executable, "-m", "gridcc.cli", "up"], env=env, capture_output=True, text=True, timeout=60)
    busy.close()
    assert r.returncode == 2
    assert f"port 127.0.0.1:{port} is already taken" in r.stdout + r.stderr
    assert "Traceback" not in r.stdout + r.stderr


def test_unreachable_database_is_one_clear_line(tmp_path: Path) -> None:
    env = _env(tmp_path, {n: free_port() for n in ("kafka", "redis", "mqtt", "dashboard", "ingest")})
    env["GRIDCC_DATABASE_URL"] = f"postgresql://nobody@127.0.0.1:{free_port()}/nothing"
    r = subprocess.run([sys.executable, "-m", "gridcc.cli", "up"], env=env, capture_output=True, text=True, timeout=90)
    out = r.stdout + r.stderr
    assert r.returncode == 2 and "PostgreSQL at postgresql://nobody@" in out and "GRIDCC_DATABASE_URL" in out, out
    assert "Traceback" not in out


def test_bad_setting_is_one_clear_line(tmp_path: Path) -> None:
    env = _env(tmp_path, {})
    env["GRIDCC_STREAMS__PARTITIONS"] = "zero"
    r = subprocess.run(
        [sys.executable, "-m", "gridcc.cli", "status"], env=env, capture_output=True, text=True, timeout=60
    )
    assert r.returncode == 2 and "streams.partitions" in r.stderr and "Traceback" not in r.stderr
