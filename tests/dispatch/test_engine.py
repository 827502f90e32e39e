"""Dispatch rules, deadlines and the closed loop on real PostgreSQL and Redis, hours of SLA time in milliseconds."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dispatch.actions import ActionError, Actions
from dispatch.sla import SlaWatch
from tests.dispatch.conftest import MONDAY_10, Env

GRID_LEVEL = "BJ-01-06"  # 路灯井盖: the grid team
GAS_LEAK = "YJ-02-01"  # 燃气泄漏: the gas emergency team, grid team informed
FIGHT = "ZA-01-01"  # 打架斗殴: police


async def test_grid_level_matter_goes_to_the_grid_team(env: Env) -> None:
    case_id = await env.case(GRID_LEVEL)
    msgs = await env.dispatch(case_id)
    task = await env.live_task(case_id)
    grid_id = env.d.geo.grids[200].grid_id
    assert task["team_id"] == env.d.teams.grid_team(grid_id).team_id
    assert any(a == f"worker:{task['worker_id']}" and t == "task.offered" for a, t, _ in msgs)
    assert await env.dispatch(case_id) == []  # idempotent: a replayed notice changes nothing


@pytest.mark.parametrize(("code", "dept"), [(GAS_LEAK, "GAS"), (FIGHT, "POLICE")])
async def test_specialised_matter_goes_to_the_department_and_informs_the_grid(env: Env, code: str, dept: str) -> None:
    case_id = await env.case(code)
    await env.dispatch(case_id)
    grid = env.d.geo.grids[200]
    tasks = await env.tasks(case_id)
    handle = [t for t in tasks if t["role"] == "handle"]
    inform = [t for t in tasks if t["role"] == "inform"]
    assert handle[0]["team_id"] == env.d.teams.specialist_team(dept, grid.subdistrict_id).team_id
    assert [t["team_id"] for t in inform] == [env.d.teams.grid_team(grid.grid_id).team_id]


async def test_nearest_free_worker_wins(env: Env) -> None:
    grid = env.d.geo.grids[200]
    on_duty = env.d.teams.grid_team(grid.grid_id).on_duty(env.clock.now())
    assert len(on_duty) >= 1
    for i, w in enumerate(on_duty):  # everyone far away except the last one
        far = 0.02 if i < len(on_duty) - 1 else 0.0
        await env.d.live.set_position(w.worker_id, grid.centroid[0] + far, grid.centroid[1])
    case_id = await env.case(GRID_LEVEL)
    await env.dispatch(case_id)
    assert (await env.live_task(case_id))["worker_id"] == on_duty[-1].worker_id


async def test_nobody_on_duty_goes_to_a_neighbouring_grid_team(env: Env) -> None:
    grid = env.d.geo.grids[300]
    for w in env.d.teams.grid_team(grid.grid_id).workers:
        await env.d.live.set_duty(w.worker_id, False)
    case_id = await env.case(GRID_LEVEL, grid_index=300)
    await env.dispatch(case_id)
    team = (await env.live_task(case_id))["team_id"]
    neighbours = {env.d.teams.grid_team(g).team_id for g in env.d.geo.neighbours(grid.grid_id)}
    assert team in neighbours


async def test_a_batch_spreads_load_skips_live_cases_and_falls_through_per_case(env: Env) -> None:
    """One set-based transaction must decide exactly as the same cases dispatched one after another."""
    busy, empty = env.d.geo.grids[400], env.d.geo.grids[410]
    on_duty = env.d.teams.grid_team(busy.grid_id).on_duty(env.clock.now())
    assert len(on_duty) >= 2
    for w in on_duty:  # all at the same spot: only the load tells them apart
        await env.d.live.set_position(w.worker_id, *busy.centroid)
    for w in env.d.teams.grid_team(empty.grid_id).workers:
        await env.d.live.set_duty(w.worker_id, False)
    already = await env.case(GRID_LEVEL, grid_index=400)
    await env.dispatch(already)
    first = await env.live_task(already)
    fresh = [await env.case(GRID_LEVEL, grid_index=400) for _ in range(2 * len(on_duty) - 1)]
    orphan = await env.case(GRID_LEVEL, grid_index=410)
    async with env.pool.connection() as conn:
        outcome = await env.d.dispatch_many(conn, [*fresh, already, orphan, fresh[0]])
    assert outcome.dispatched == len(fresh) + 1
    assert (await env.live_task(already))["task_id"] == first["task_id"]
    loads: dict[str, int] = {}
    for case_id in [already, *fresh]:
        worker = (await env.live_task(case_id))["worker_id"]
        loads[worker] = loads.get(worker, 0) + 1
    assert set(loads) == {w.worker_id for w in on_duty}
    assert set(loads.values()) == {2}  # 2n cases over n equally placed workers: two each
    neighbours = {env.d.teams.grid_team(g).team_id for g in env.d.geo.neighbours(empty.grid_id)}
    assert (await env.live_task(orphan))["team_id"] in neighbours
    async with env.pool.connection() as conn:
        cur = await conn.execute(
            "SELECT case_id, count(*) FROM case_history WHERE case_id = ANY(%s) AND to_status = 'dispatched' "
            "GROUP BY 1",
            ([already, orphan, *fresh],),
        )
        assert dict(await cur.fetchall()) == {c: 1 for c in [already, orphan, *fresh]}


async def test_reject_redispatches_to_someone_else(env: Env) -> None:
    case_id = await env.case(GRID_LEVEL, grid_index=400)
    await env.dispatch(case_id)
    first = await env.live_task(case_id)
    async with env.pool.connection() as conn:
        res = await Actions(env.d).task_action(conn, str(first["worker_id"]), str(first["task_id"]), "reject", "忙")
    assert any(t == "task.offered" for _, t, _ in res.messages)
    second = await env.live_task(case_id)
    assert second["worker_id"] != first["worker_id"] and second["offer_no"] == 2


async def test_no_answer_is_offered_to_the_next_worker(env: Env) -> None:
    case_id = await env.case(GRID_LEVEL, grid_index=500)
    await env.dispatch(case_id)
    first = await env.live_task(case_id)
    env.clock.advance(minutes=env.d.taxonomy.get(GRID_LEVEL).accept_minutes + 1)
    counts = await env.sla.tick()
    assert counts["expired"] >= 1
    second = await env.live_task(case_id)
    assert second["worker_id"] != first["worker_id"]
    statuses = {t["task_id"]: t["status"] for t in await env.tasks(case_id)}
    assert statuses[first["task_id"]] == "expired"


async def test_a_wave_of_unanswered_offers_is_reoffered_in_chunks_and_bounded_per_tick(env: Env) -> None:
    """A whole shift not answering must not turn one tick into thousands of serial dispatches."""
    # Years ahead (a Monday, 10:00, as the other tests): a dispatch service on the real clock may share this
    # database in a full run, and would expire offers dated in the past before this test's ticks could.
    env.clock.set(MONDAY_10.replace(year=2030, day=4))
    dispatch = env.sla.settings.dispatch.model_copy(update={"chunk": 4, "expire_per_tick": 10})
    sla = SlaWatch(env.d, env.pool, env.redis, env.sla.settings.model_copy(update={"dispatch": dispatch}))
    cases = [await env.case(GRID_LEVEL, grid_index=800 + i) for i in range(12)]
    async with env.pool.connection() as conn:
        await env.d.dispatch_many(conn, cases)
    first = {c: (await env.live_task(c))["worker_id"] for c in cases}
    env.clock.advance(minutes=env.d.taxonomy.get(GRID_LEVEL).accept_minutes + 1)
    per_tick = [(await sla.tick())["expired"] for _ in range(10)]
    assert per_tick[0] == 10  # the bound, though at least 12 offers were overdue
    assert all(n <= 10 for n in per_tick) and per_tick[-1] == 0
    for c in cases:
        again = await env.live_task(c)
        assert again["offer_no"] == 2 and again["worker_id"] != first[c]
        assert [t["status"] for t in await env.tasks(c) if t["role"] == "handle"].count("expired") == 1


async def test_cases_without_a_live_task_are_offered_again(env: Env) -> None:
    """Nobody on duty at first, and a case whose notice never reached the engine: the SLA tick offers both."""
    # Its own day, ahead of the real clock (see the wave test) and beyond other tests' cases' retry horizon.
    env.clock.set(MONDAY_10.replace(year=2031, day=3))
    nobody = await env.case(GRID_LEVEL, grid_index=950)
    order, _ = env.d.team_plan(GRID_LEVEL, env.d.geo.grids[950].grid_id)
    for team_id in order:
        for w in env.d.teams.team(team_id).workers:
            await env.d.live.set_duty(w.worker_id, False)
    assert any(t == "unassigned" for _, t, _ in await env.dispatch(nobody))
    lost_notice = await env.case(GRID_LEVEL, grid_index=20)  # registered, never dispatched
    assert (await env.sla.tick())["retried"] == 0  # not waiting long enough yet

    home = env.d.teams.team(order[0])
    await env.d.live.set_duty(home.workers[0].worker_id, True)  # the morning shift, one worker
    env.clock.advance(seconds=env.sla.settings.dispatch.retry_waiting_s + 1)
    assert (await env.sla.tick())["retried"] == 2
    assert (await env.live_task(nobody))["worker_id"] == home.workers[0].worker_id
    assert (await env.live_task(lost_notice))["offer_no"] == 1
    async with env.pool.connection() as conn:
        cur = await conn.execute(
            "SELECT count(*) FROM cases WHERE case_id = ANY(%s) AND waiting_since IS NULL", ([nobody, lost_notice],)
        )
        assert await cur.fetchone() == (2,)
    env.clock.advance(seconds=env.sla.settings.dispatch.retry_waiting_s + 1)
    assert (await env.sla.tick())["retried"] == 0  # both have a live task now


async def test_warning_then_escalation_up_every_level(env: Env) -> None:
    case_id = await env.case(GRID_LEVEL, grid_index=600)
    await env.dispatch(case_id)
    task = await env.live_task(case_id)
    async with env.pool.connection() as conn:
        await Actions(env.d).task_action(conn, str(task["worker_id"]), str(task["task_id"]), "accept")
    due = task["due_at"]
    span = due - task["offered_at"]  # type: ignore[operator]
    env.clock.set(due - span * 0.1)  # type: ignore[operator]
    assert (await env.sla.tick())["warned"] >= 1
    assert (await env.sla.tick())["warned"] == 0  # warned once only
    chain = env.d.teams.escalation_chain(env.d.geo.grids[600].grid_id)
    levels = []
    for k in range(1, 5):
        env.clock.set(due + span * (k - 1) + timedelta(seconds=1))  # type: ignore[operator]
        await env.sla.tick()
        async with env.pool.connection() as conn:
            row = await (
                await conn.execute("SELECT escalation_level FROM cases WHERE case_id = %s", (case_id,))
            ).fetchone()
        levels.append(row[0])  # type: ignore[index]
    assert levels == [1, 2, 3, 3]  # community, sub-district, district; nothing above the district
    assert [t.kind for t in chain[1:]] == ["community", "subdistrict", "district"]


async def test_closed_loop_with_verification_and_send_back(env: Env) -> None:
    case_id = await env.case(GRID_LEVEL, grid_index=700)
    await env.dispatch(case_id)
    task = await env.live_task(case_id)
    acts = Actions(env.d)
    wid, tid = str(task["worker_id"]), str(task["task_id"])
    async with env.pool.connection() as conn:
        with pytest.raises(ActionError, match="cannot be"):
            await acts.task_action(conn, wid, tid, "arrive")  # not accepted yet
        with pytest.raises(ActionError, match="another worker"):
            await acts.task_action(conn, "someone-else", tid, "accept")
        await acts.task_action(conn, wid, tid, "accept")
        await acts.task_action(conn, wid, tid, "arrive")
        with pytest.raises(ActionError, match="photo"):
            await acts.task_action(conn, wid, tid, "resolve", "done")
        await acts.task_action(conn, wid, tid, "resolve", "done", b"\xff\xd8\xffphoto")
        res = await acts.verify(conn, case_id, "operator:ops", fixed=False)
        assert res.case and res.case["status"] == "registered"
    again = await env.live_task(case_id)  # sent back: offered anew
    async with env.pool.connection() as conn:
        for action in ("accept", "arrive"):
            await acts.task_action(conn, str(again["worker_id"]), str(again["task_id"]), action)
        await acts.task_action(conn, str(again["worker_id"]), str(again["task_id"]), "resolve", "ok", b"\xff\xd8\xff")
        res = await acts.verify(conn, case_id, "citizen:abc", fixed=True)
        assert res.case and res.case["status"] == "closed"
        rows = await (
            await conn.execute(
                "SELECT to_status FROM case_history WHERE case_id = %s ORDER BY sealed DESC, pos", (case_id,)
            )
        ).fetchall()
    assert [r[0] for r in rows] == [
        "dispatched",
        "accepted",
        "on_site",
        "handled",
        "registered",
        "dispatched",
        "accepted",
        "on_site",
        "handled",
        "verified",
        "closed",
    ]
