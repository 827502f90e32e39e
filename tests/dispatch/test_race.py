"""No double assignment: two engine processes race to dispatch the same 150 cases."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from pathlib import Path

import psycopg

from gridcc.domain.geo import load_geography
from gridcc.domain.taxonomy import load_taxonomy


def test_two_engines_racing_assign_each_case_once(pg: psycopg.Connection, tmp_path: Path) -> None:
    geo, tax = load_geography(), load_taxonomy()
    t = tax.get("BJ-01-06")
    ids = []
    with pg.cursor() as cur:
        for i in range(150):
            grid = geo.grids[(i * 7) % len(geo.grids)]
            cid = "CR" + uuid.uuid4().hex[:14].upper()
            ids.append(cid)
            cur.execute(
                "INSERT INTO cases (case_id, matter_code, domain, grid_id, lat, lon, status, priority, base_priority, "
                "opened_at, last_event_at, first_event_id) VALUES (%s,%s,%s,%s,%s,%s,'registered',2,2,now(),now(),%s)",
                (cid, t.code, t.domain, grid.grid_id, grid.centroid[0], grid.centroid[1], "ev-" + cid),
            )
    path = tmp_path / "ids.txt"
    path.write_text("\n".join(ids))
    start_at = str(time.time() + 6)
    procs = [
        subprocess.Popen([sys.executable, "-m", "tests.dispatch.race", str(path), str(seed), start_at])
        for seed in (1, 2)
    ]
    assert [p.wait(120) for p in procs] == [0, 0]
    rows = pg.execute(
        "SELECT case_id, count(*) FILTER (WHERE role = 'handle'), "
        "(SELECT count(*) FROM case_history ct WHERE ct.case_id = t.case_id AND to_status = 'dispatched') "
        "FROM tasks t WHERE case_id = ANY(%s) GROUP BY case_id",
        (ids,),
    ).fetchall()
    assert len(rows) == 150
    assert all(n == 1 and d == 1 for _, n, d in rows), [r for r in rows if r[1] != 1 or r[2] != 1][:5]
    actors = pg.execute("SELECT DISTINCT actor FROM case_history WHERE case_id = ANY(%s)", (ids,)).fetchall()
    assert {a for (a,) in actors} == {"system:race-1", "system:race-2"}  # both really raced
