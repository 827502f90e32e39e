"""``gridcc dispatch stats``: the engine's figures, straight from the durable record."""

from __future__ import annotations

from typing import Any

import psycopg


def dispatch_stats(conn: psycopg.Connection) -> dict[str, Any]:
    open_cases = conn.execute(
        "SELECT count(*) FROM cases WHERE status NOT IN ('closed', 'evaluated', 'void')"
    ).fetchone()
    by_state = dict(conn.execute("SELECT status, count(*) FROM tasks WHERE role = 'handle' GROUP BY 1").fetchall())
    overdue = conn.execute(
        "SELECT count(*) FROM cases WHERE status NOT IN ('closed', 'evaluated', 'void', 'deferred') "
        "AND handle_due_at < now()"
    ).fetchone()
    escalated = conn.execute(
        "SELECT count(*) FROM cases WHERE escalation_level > 0 AND status NOT IN ('closed', 'evaluated', 'void')"
    ).fetchone()
    accept = conn.execute(
        "SELECT percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY extract(epoch FROM accepted_at - offered_at))"
        " FROM tasks WHERE accepted_at IS NOT NULL"
    ).fetchone()
    close = conn.execute(
        "SELECT percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - opened_at))"
        " FROM cases WHERE closed_at IS NOT NULL"
    ).fetchone()

    def pair(row: Any) -> tuple[float | None, float | None]:
        vals = row[0] if row and row[0] else [None, None]
        return tuple(round(float(v), 1) if v is not None else None for v in vals)  # type: ignore[return-value]

    a50, a95 = pair(accept)
    c50, c95 = pair(close)
    return {
        "open_cases": open_cases[0] if open_cases else 0,
        "tasks_by_state": by_state,
        "overdue": overdue[0] if overdue else 0,
        "escalated": escalated[0] if escalated else 0,
        "accept_p50_s": a50,
        "accept_p95_s": a95,
        "close_p50_s": c50,
        "close_p95_s": c95,
    }
