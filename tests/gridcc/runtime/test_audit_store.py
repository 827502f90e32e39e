"""The audit chain in PostgreSQL, and `gridcc audit verify` naming the first tampered record."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from gridcc.domain.audit import Transition
from gridcc.runtime import audit_store
from tests.conftest import fresh_database


@pytest.fixture
def chain_db() -> Iterator[str]:
    with fresh_database("audit") as url:
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
                conn.commit()
            assert audit_store.seal(conn) == 12 and audit_store.seal(conn) == 0
        yield url


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


def test_writers_take_no_lock_and_the_sealer_chains_what_committed(chain_db: str) -> None:
    """Two transactions record transitions side by side; only committed ones are sealed, in the order written."""
    at = audit_store.iso(datetime(2026, 3, 2, 3, 0, tzinfo=UTC))
    with (
        psycopg.connect(chain_db) as a,
        psycopg.connect(chain_db) as b,
        psycopg.connect(chain_db, autocommit=True) as sealer,
        psycopg.connect(chain_db, autocommit=True) as other,
    ):
        with a.cursor() as cur:
            audit_store.append(cur, [Transition("CA", at, None, "reported", "system:a", None)])
        with b.cursor() as cur:  # would have waited for `a`'s commit under the old chain lock
            audit_store.append(cur, [Transition("CB", at, None, "reported", "system:b", None)])
            audit_store.append(cur, [Transition("CB", at, "reported", "registered", "system:b", None)])
        b.commit()
        history = sealer.execute("SELECT case_id, to_status, sealed FROM case_history WHERE case_id IN ('CA', 'CB')")
        assert sorted(history.fetchall()) == [("CB", "registered", False), ("CB", "reported", False)]
        assert audit_store.seal(sealer) == 2  # `a` has not committed: its record is not there to seal
        a.commit()
        with sealer.transaction():  # a second sealer while the first holds the chain: skips
            sealer.execute("SELECT pg_advisory_xact_lock(%s)", (audit_store._CHAIN_LOCK,))
            assert audit_store.seal(other) == 0
        assert audit_store.seal(sealer) == 1 and audit_store.pending(sealer) == 0
        rows = sealer.execute("SELECT case_id, to_status FROM case_transitions WHERE seq > 12 ORDER BY seq").fetchall()
        assert rows == [("CB", "reported"), ("CB", "registered"), ("CA", "reported")]  # sealed order: commit order
    code, report = _verify(chain_db)
    assert code == 0 and report["ok"] and report["records"] == 15 and report["pending"] == 0
