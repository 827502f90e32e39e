"""The audit chain in PostgreSQL, and `gridcc audit verify` naming the first tampered record."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from gridcc.domain.audit import Transition
from gridcc.runtime import audit_store
from gridcc.runtime.db import migrate
from tests.conftest import PG_ADMIN_URL


@pytest.fixture
def chain_db() -> Iterator[str]:
    name = f"gridcc_audit_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    migrate(url)
    t0 = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        for i in range(3):  # three appends, as three transactions of different processes would
            audit_store.append(
                cur,
                [
                    Transition(
                        f"C{j}", audit_store.iso(t0 + timedelta(minutes=i)), None, "reported", "system:test", None
                    )
                    for j in range(i * 4, i * 4 + 4)
                ],
            )
    yield url
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _verify(url: str) -> tuple[int, dict[str, object]]:
    env = {**os.environ, "GRIDCC_DATABASE_URL": url}
    r = subprocess.run(
        [sys.executable, "-m", "gridcc.cli", "audit", "verify"], env=env, capture_output=True, text=True, timeout=60
    )
    return r.returncode, json.loads(r.stdout)


@pytest.mark.parametrize(
    ("tamper", "bad_seq"),
    [
        ("UPDATE case_transitions SET actor = 'mallory' WHERE seq = 6", 6),  # altered
        ("DELETE FROM case_transitions WHERE seq = 5", 6),  # removed: the next one breaks
        ("UPDATE case_transitions SET seq = seq + 100 WHERE seq = 3", 4),  # reordered (moved to the end)
    ],
)
def test_verify_names_the_first_bad_record(chain_db: str, tamper: str, bad_seq: int) -> None:
    code, report = _verify(chain_db)
    assert code == 0 and report["ok"] and report["records"] == 12
    with psycopg.connect(chain_db, autocommit=True) as conn:
        conn.execute(tamper)
    code, report = _verify(chain_db)
    assert code == 1 and not report["ok"] and report["first_bad_seq"] == bad_seq, report
