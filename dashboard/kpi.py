"""The wall screen's KPI tiles, computed by one query every few seconds, never per client.

Every count reads an index (``cases_open_near``, ``cases_overdue``, ``cases_escalated``, ``cases_waiting``,
``tasks_accepted``, ``cases_closed``), not the tables: they keep every case and task ever made, and scanning
them every few seconds grew with the district's history (95 ms after 10 minutes at 100 events/s).  Overdue:
past its deadline and not handled yet.  Waiting: no live task (not offered yet, or nobody eligible was on
duty; the SLA tick offers it again).
"""

from __future__ import annotations

from typing import Any

import psycopg

from gridcc.runtime.db import CASES_WAITING

_SQL = f"""
SELECT
  (SELECT count(*) FROM events WHERE occurred_at > now() - interval '1 minute') AS events_per_min,
  (SELECT count(*) FROM cases WHERE status NOT IN ('closed', 'evaluated', 'void')) AS open_cases,
  (SELECT count(*) FROM cases WHERE status IN ('dispatched', 'accepted', 'on_site', 'registered')
      AND handle_due_at < now()) AS overdue,
  (SELECT count(*) FROM cases WHERE escalation_level > 0 AND status NOT IN ('closed', 'evaluated', 'void'))
      AS escalated,
  (SELECT count(*) FROM cases WHERE {CASES_WAITING}) AS waiting,
  (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM accepted_at - offered_at))
      FROM tasks WHERE accepted_at > now() - interval '1 day') AS median_accept_s,
  (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - opened_at))
      FROM cases WHERE closed_at > now() - interval '1 day') AS median_close_s
"""


async def kpis(conn: psycopg.AsyncConnection) -> dict[str, Any]:
    cur = await conn.execute(_SQL)
    row = await cur.fetchone()
    names = [d.name for d in cur.description or ()]
    return {
        k: (float(v) if v is not None and not isinstance(v, int) else v) for k, v in zip(names, row or (), strict=True)
    }
