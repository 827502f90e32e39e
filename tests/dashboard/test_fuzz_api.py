"""Property-based fuzzing of the whole HTTP API from its OpenAPI schema: no input may cause a 500."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from gridcc.domain.geo import load_geography
from gridcc.domain.teams import load_teams
from tests.stack import Stack

PASSWORD = "test-password-123"


def _token(stack: Stack, user: str) -> str:
    r = httpx.post(f"{stack.base}/api/v1/auth/token", data={"username": user, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return str(r.json()["access_token"])


@pytest.mark.slow
@pytest.mark.parametrize("who", ["ops", "worker", "anonymous"])
def test_no_generated_request_gets_a_server_error(stack: Stack, who: str, tmp_path: Path) -> None:
    headers: list[str] = []
    if who != "anonymous":
        geo = load_geography()
        user = "ops" if who == "ops" else load_teams(geo).grid_team(geo.grids[3].grid_id).workers[0].worker_id
        headers = ["-H", f"Authorization: Bearer {_token(stack, user)}"]
    cmd = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        f"{stack.base}/openapi.json",
        "-c",
        "not_a_server_error",
        "--max-examples",
        "15",
        "--seed",
        "20151201",
        "--report-dir",
        str(tmp_path),
        *headers,
    ]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    tail = r.stdout[-3000:]
    assert r.returncode == 0, tail
    m = re.search(r"(\d+) generated, (\d+) passed", r.stdout)
    assert m and int(m.group(1)) > 300 and m.group(1) == m.group(2), tail
