"""Child processes and readiness checks shared by the embedded servers and the launcher.

Every child gets its own process group so that a Ctrl-C on the launcher, or
its crash, can take the whole tree down with one ``killpg``; nothing started by
``gridcc up`` may outlive it or keep a port.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path


class StartupError(RuntimeError):
    """A component could not start; the message says what and how to fix it."""


def port_is_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
        return True


def port_is_open(host: str, port: int, timeout: float = 0.3) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def free_port(host: str = "127.0.0.1") -> int:
    """An ephemeral port nobody is listening on (tests use it to avoid clashes)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def require_free_port(what: str, host: str, port: int, env_var: str) -> None:
    if not port_is_free(host, port):
        raise StartupError(
            f"{what}: port {host}:{port} is already taken; stop whatever holds it "
            f"or choose another port with {env_var}=<port>"
        )


@dataclass
class Child:
    """A started child process and where its output goes."""

    name: str
    argv: Sequence[str]
    log_path: Path
    env: dict[str, str] | None = None
    cwd: Path | None = None
    user: str | None = None  # run as this system user (we are root and the server refuses to be)
    stop_signal: signal.Signals = signal.SIGTERM
    proc: subprocess.Popen[bytes] | None = field(default=None, init=False)

    def start(self) -> Child:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        try:
            self.proc = subprocess.Popen(
                list(self.argv),
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=self.env,
                cwd=self.cwd,
                start_new_session=True,
                preexec_fn=_drop_to(self.user) if self.user else None,
            )
        except FileNotFoundError as exc:
            raise StartupError(f"{self.name}: executable not found: {self.argv[0]} ({exc})") from None
        finally:
            log.close()
        return self

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def log_tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM the group, then SIGKILL what is left after ``timeout``."""
        if self.proc is None or self.proc.poll() is not None:
            return
        pgid = self.proc.pid
        for sig, wait in ((self.stop_signal, timeout), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(pgid, sig)
            except ProcessLookupError:
                return
            try:
                self.proc.wait(wait)
                break
            except subprocess.TimeoutExpired:
                continue
        # Grandchildren in the same group that outlived the leader.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGKILL)

    def kill(self) -> None:
        """SIGKILL the whole group at once (fault tests)."""
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(5)


def _drop_to(user: str) -> Callable[[], None]:
    entry = pwd.getpwnam(user)

    def drop() -> None:
        os.setgid(entry.pw_gid)
        os.initgroups(user, entry.pw_gid)
        os.setuid(entry.pw_uid)

    return drop


def wait_for_port(child: Child | None, host: str, port: int, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if port_is_open(host, port):
            return
        if child is not None and not child.alive():
            raise StartupError(f"{what} exited during start-up; its log ({child.log_path}):\n{child.log_tail()}")
        time.sleep(0.05)
    raise StartupError(
        f"{what} did not open {host}:{port} within {timeout:.0f} s; log: {child.log_path if child else 'n/a'}"
    )
