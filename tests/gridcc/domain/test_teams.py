"""The roster: one team per grid, specialists per sub-district, a four-level escalation chain."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from gridcc.domain.departments import DEPARTMENTS
from gridcc.domain.geo import Geography, load_geography
from gridcc.domain.teams import (
    CHINA_TZ,
    Shift,
    Team,
    TeamKind,
    TeamRegistry,
    Worker,
    load_teams,
    on_shift,
)


@pytest.fixture(scope="module")
def geo() -> Geography:
    return load_geography()


@pytest.fixture(scope="module")
def teams(geo: Geography) -> TeamRegistry:
    return load_teams(geo)


def test_every_grid_has_exactly_one_team_of_two_to_five(geo: Geography, teams: TeamRegistry) -> None:
    grid_teams = [t for t in teams.teams if t.kind is TeamKind.GRID]
    assert len(grid_teams) == 1046
    assert Counter(t.grid_id for t in grid_teams) == Counter(g.grid_id for g in geo.grids)
    sizes = Counter(len(t.workers) for t in grid_teams)
    assert set(sizes) == {2, 3, 4, 5}
    for g in geo.grids:
        team = teams.grid_team(g.grid_id)
        assert team.grid_id == g.grid_id and team.community_id == g.community_id
        assert team.subdistrict_id == g.subdistrict_id and team.department is None
        for w in team.workers:
            assert w.team_id == team.team_id
            assert geo.locate_index(*w.home) == g.index  # lives/starts inside the grid


def test_specialist_team_per_department_and_subdistrict(geo: Geography, teams: TeamRegistry) -> None:
    specialist = [d for d in DEPARTMENTS if not d.grid_level]
    assert {"GAS", "WATER", "POWER", "POLICE", "FIRE", "ECOENV", "MARKET", "SAFETY"} <= {d.code for d in specialist}
    for d in specialist:
        for s in geo.subdistricts:
            team = teams.specialist_team(d.code, s.id)
            assert team.kind is TeamKind.SPECIALIST and team.department == d.code and team.subdistrict_id == s.id
            assert 3 <= len(team.workers) <= 8
            for w in team.workers:
                assert geo.location_of(geo.locate_index(*w.home)).subdistrict.id == s.id
    assert teams.stats()["specialist_teams"] == 4 * len(specialist)


def test_grid_level_departments_have_no_specialists(geo: Geography, teams: TeamRegistry) -> None:
    with pytest.raises(KeyError, match="grid-level"):
        teams.specialist_team("SANITATION", geo.subdistricts[0].id)


def test_escalation_chain_climbs_four_levels_to_the_district(geo: Geography, teams: TeamRegistry) -> None:
    district = teams.district_team()
    for g in geo.grids:
        chain = teams.escalation_chain(g.grid_id)
        assert [t.kind for t in chain] == [TeamKind.GRID, TeamKind.COMMUNITY, TeamKind.SUBDISTRICT, TeamKind.DISTRICT]
        assert chain[0].grid_id == g.grid_id
        assert chain[1].community_id == g.community_id
        assert chain[2].subdistrict_id == g.subdistrict_id
        assert chain[3] is district
    assert len([t for t in teams.teams if t.kind is TeamKind.COMMUNITY]) == len(geo.communities)
    assert len([t for t in teams.teams if t.kind is TeamKind.SUBDISTRICT]) == 4


def test_ids_are_unique_and_resolve(teams: TeamRegistry) -> None:
    team_ids = [t.team_id for t in teams.teams]
    worker_ids = [w.worker_id for w in teams.all_workers()]
    assert len(set(team_ids)) == len(team_ids)
    assert len(set(worker_ids)) == len(worker_ids) == sum(len(t.workers) for t in teams.teams)
    for t in teams.teams[::37]:
        assert teams.team(t.team_id) is t
        for w in t.workers:
            assert teams.worker(w.worker_id) is w
            assert w.worker_id.startswith(t.team_id + "-")
    assert re.fullmatch(r"GT-440604\d{9}", teams.teams[0].team_id)
    with pytest.raises(KeyError):
        teams.team("GT-0")
    with pytest.raises(KeyError):
        teams.worker("nobody")
    with pytest.raises(KeyError):
        teams.grid_team("440604999999999")


def test_worker_names_are_chinese(teams: TeamRegistry) -> None:
    for w in teams.all_workers():
        assert re.fullmatch(r"[\u4e00-\u9fff]{2,3}", w.name), w.name


def test_every_grid_team_has_someone_on_duty_at_every_hour(teams: TeamRegistry) -> None:
    monday = datetime(2026, 3, 2, tzinfo=CHINA_TZ)
    hours = [monday + timedelta(hours=h, minutes=30) for h in range(24 * 7)]
    for t in teams.teams:
        if t.kind in (TeamKind.GRID, TeamKind.SPECIALIST, TeamKind.SUBDISTRICT, TeamKind.DISTRICT):
            for at in hours[::5]:
                assert t.on_duty(at), (t.team_id, at)


def test_shift_windows() -> None:
    day = datetime(2026, 3, 2, tzinfo=CHINA_TZ)  # a Monday
    assert not on_shift(Shift.DAY, day.replace(hour=7, minute=59))
    assert on_shift(Shift.DAY, day.replace(hour=8))
    assert not on_shift(Shift.DAY, day.replace(hour=20))
    assert on_shift(Shift.NIGHT, day.replace(hour=20)) and on_shift(Shift.NIGHT, day.replace(hour=3))
    assert on_shift(Shift.OFFICE, day.replace(hour=9)) and not on_shift(Shift.OFFICE, day.replace(hour=18))
    assert not on_shift(Shift.OFFICE, (day + timedelta(days=5)).replace(hour=9))  # Saturday
    assert on_shift(Shift.DAY, datetime(2026, 3, 2, 0, 30, tzinfo=UTC))  # 08:30 in Foshan
    assert on_shift(Shift.NIGHT, datetime(2026, 3, 2, 13, 0, tzinfo=UTC))  # 21:00 in Foshan
    assert on_shift(Shift.DAY, datetime(2026, 3, 2, 9, 0))  # naive means China time
    w = Worker("W-1", "陈伟", "T", "grid_worker", Shift.NIGHT, (23.0, 113.1))
    assert w.on_duty(day.replace(hour=22)) and not w.on_duty(day.replace(hour=12))


def test_roster_is_deterministic_per_seed(geo: Geography, teams: TeamRegistry) -> None:
    assert load_teams(geo) is teams
    again = load_teams.__wrapped__(geo)
    assert again.teams == teams.teams
    other = load_teams.__wrapped__(geo, seed=1)
    assert [len(t.workers) for t in other.teams] != [len(t.workers) for t in teams.teams]


def test_stats_add_up(teams: TeamRegistry) -> None:
    s = teams.stats()
    assert s["teams"] == len(teams.teams) == s["grid_teams"] + s["specialist_teams"] + s["command_teams"]
    assert s["grid_teams"] == 1046
    assert s["workers"] == len(teams.all_workers())


def test_registry_rejects_duplicate_ids() -> None:
    w = Worker("X-01", "陈伟", "X", "operator", Shift.DAY, (23.0, 113.1))
    t = Team("X", TeamKind.DISTRICT, "测试", None, None, None, None, (w,))
    with pytest.raises(ValueError, match="duplicate team id"):
        TeamRegistry([t, t])
