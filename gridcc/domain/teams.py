"""Who can be sent: grid teams, departments' specialist teams and the command levels above them.

Every grid has its own team (网格员, 2-5 people) because grid-level matters are
handled by whoever walks that grid daily; a department whose matters need a
specialist (gas, police, fire ...) has one team per sub-district; and a case
nobody handles in time climbs community -> sub-district -> district command.
The roster is generated deterministically (a seed per team, so changing one team
changes no other) until a real HR feed replaces it.

A shift is a post, not a person's contract: the staff rotate on it, so a day
post is manned every day.  Grid teams always hold a day and a night post, so
some member of every grid team is on duty at any hour.

Example::

    >>> from gridcc.domain.geo import load_geography
    >>> teams = load_teams(load_geography())
    >>> [t.kind.value for t in teams.escalation_chain("440604010001001")]
    ['grid', 'community', 'subdistrict', 'district']
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from enum import StrEnum
from functools import lru_cache

from gridcc.domain.departments import DEPARTMENTS, Department
from gridcc.domain.geo import Geography

CHINA_TZ = timezone(timedelta(hours=8), "Asia/Shanghai")  # no daylight saving in China
DEFAULT_SEED = 20151201


class Shift(StrEnum):
    """Duty posts: day 08:00-20:00, night 20:00-08:00, office 08:30-17:30 Monday to Friday."""

    DAY = "day"
    NIGHT = "night"
    OFFICE = "office"


class TeamKind(StrEnum):
    GRID = "grid"
    SPECIALIST = "specialist"
    COMMUNITY = "community"
    SUBDISTRICT = "subdistrict"
    DISTRICT = "district"


_DAY = (time(8, 0), time(20, 0))
_OFFICE = (time(8, 30), time(17, 30))


def on_shift(shift: Shift, at: datetime) -> bool:
    """Whether a post is manned at ``at`` (aware datetimes are converted; naive ones are China time).

    Public holidays are not modelled: an office post counts as manned on a weekday holiday.
    """
    local = at.astimezone(CHINA_TZ) if at.tzinfo is not None else at
    t = local.time()
    if shift is Shift.DAY:
        return _DAY[0] <= t < _DAY[1]
    if shift is Shift.NIGHT:
        return not (_DAY[0] <= t < _DAY[1])
    return local.weekday() < 5 and _OFFICE[0] <= t < _OFFICE[1]


@dataclass(frozen=True, slots=True)
class Worker:
    """A person who can be given a task; ``home`` (lat, lon) is where they start a simulated day."""

    worker_id: str
    name: str
    team_id: str
    role: str  # grid_worker, grid_leader, specialist, specialist_lead, operator, supervisor
    shift: Shift
    home: tuple[float, float]

    def on_duty(self, at: datetime) -> bool:
        return on_shift(self.shift, at)


@dataclass(frozen=True, slots=True)
class Team:
    """A dispatchable unit.  Fields that do not apply to its kind are None."""

    team_id: str
    kind: TeamKind
    name_zh: str
    grid_id: str | None
    community_id: str | None
    subdistrict_id: str | None
    department: str | None
    workers: tuple[Worker, ...]

    def on_duty(self, at: datetime) -> tuple[Worker, ...]:
        return tuple(w for w in self.workers if w.on_duty(at))


# Common surnames in Foshan (Cantonese: 梁, 何, 冯, 区, 麦 rank high), weighted roughly by frequency.
_SURNAMES = (
    "陈" * 12 + "梁" * 8 + "黄" * 8 + "李" * 7 + "何" * 5 + "冯" * 4 + "罗" * 4 + "张" * 4 + "林" * 3 + "吴" * 3
    + "刘" * 3 + "区" * 2 + "麦" * 2 + "潘" * 2 + "关" * 2 + "邓" * 2 + "叶" * 2 + "谭" * 2 + "霍" + "蔡" + "杨"
    + "郭" + "谢" + "周" + "卢" + "苏" + "余" + "曾" + "钟" + "彭" + "庞" + "招" + "简" + "伍" + "岑" + "骆"
)  # fmt: skip
_GIVEN = (
    "伟志明华建国文杰俊家嘉宇浩子晓丽美玲婷芳敏慧颖欣雅静淑思锦荣耀辉永健强德海燕秀凤兰桂霞彩玉金灿泳诗婉展鸿达启培焕"
)


def _name(rng: random.Random) -> str:
    given = rng.choice(_GIVEN) + (rng.choice(_GIVEN) if rng.random() < 0.75 else "")
    return rng.choice(_SURNAMES) + given


def _shifts(n: int, kind: TeamKind) -> list[tuple[Shift, str]]:
    """Posts and roles for a team of n; the first day post is the leader's."""
    if kind is TeamKind.GRID:
        posts = [
            (Shift.DAY, "grid_leader"),
            (Shift.NIGHT, "grid_worker"),
            (Shift.DAY, "grid_worker"),
            (Shift.NIGHT, "grid_worker"),
            (Shift.OFFICE, "grid_worker"),
        ]
        return posts[:n]
    if kind is TeamKind.SPECIALIST:
        return [(Shift.DAY, "specialist_lead")] + [
            (Shift.NIGHT if i % 2 == 0 else Shift.DAY, "specialist") for i in range(n - 1)
        ]
    supervisors = [(Shift.OFFICE, "supervisor")] + [(Shift.DAY, "supervisor")] * (n >= 6)
    operators = [(Shift.DAY if i % 2 == 0 else Shift.NIGHT, "operator") for i in range(n - len(supervisors))]
    return operators + supervisors


class _Builder:
    def __init__(self, geo: Geography, seed: int) -> None:
        self.geo = geo
        self.seed = seed
        self.teams: list[Team] = []
        self.by_sub: dict[str, list[int]] = {}
        self.by_com: dict[str, list[int]] = {}
        for g in geo.grids:
            self.by_sub.setdefault(g.subdistrict_id, []).append(g.index)
            self.by_com.setdefault(g.community_id, []).append(g.index)

    def add(
        self,
        team_id: str,
        kind: TeamKind,
        name_zh: str,
        size: tuple[int, int],
        homes: Sequence[int],
        *,
        one_office: bool,
        grid_id: str | None = None,
        community_id: str | None = None,
        subdistrict_id: str | None = None,
        department: str | None = None,
    ) -> None:
        rng = random.Random(f"{self.seed}:{team_id}")
        n = rng.randint(*size)
        office = self.geo.random_point(rng, rng.choice(homes))
        workers = tuple(
            Worker(
                f"{team_id}-{k + 1:02d}",
                _name(rng),
                team_id,
                role,
                shift,
                office if one_office else self.geo.random_point(rng, rng.choice(homes)),
            )
            for k, (shift, role) in enumerate(_shifts(n, kind))
        )
        self.teams.append(Team(team_id, kind, name_zh, grid_id, community_id, subdistrict_id, department, workers))

    def build(self) -> TeamRegistry:
        geo = self.geo
        for g in geo.grids:
            com = geo.community(g.community_id)
            self.add(
                f"GT-{g.grid_id}",
                TeamKind.GRID,
                f"{com.name_zh}第{int(g.grid_id[-3:])}网格工作组",
                (2, 5),
                [g.index],
                one_office=False,
                grid_id=g.grid_id,
                community_id=com.id,
                subdistrict_id=g.subdistrict_id,
            )
        specialist: list[Department] = [d for d in DEPARTMENTS if not d.grid_level]
        for sub in geo.subdistricts:
            for d in specialist:
                self.add(
                    f"ST-{d.code}-{sub.id}",
                    TeamKind.SPECIALIST,
                    f"{d.name_zh}{sub.name_zh}分队",
                    (3, 8),
                    self.by_sub[sub.id],
                    one_office=False,
                    subdistrict_id=sub.id,
                    department=d.code,
                )
        for com in geo.communities:
            self.add(
                f"CC-{com.id}",
                TeamKind.COMMUNITY,
                f"{com.name_zh}网格工作站",
                (3, 4),
                self.by_com[com.id],
                one_office=True,
                community_id=com.id,
                subdistrict_id=com.subdistrict_id,
            )
        for sub in geo.subdistricts:
            self.add(
                f"SC-{sub.id}",
                TeamKind.SUBDISTRICT,
                f"{sub.name_zh}社会治理综合指挥中心",
                (6, 6),
                self.by_sub[sub.id],
                one_office=True,
                subdistrict_id=sub.id,
            )
        centre = geo.locate_index(23.0215, 113.1215)
        self.add(
            "DC-440604",
            TeamKind.DISTRICT,
            "禅城区社会治理综合指挥中心",
            (10, 10),
            [centre] if centre >= 0 else [0],
            one_office=True,
        )
        return TeamRegistry(self.teams)


class TeamRegistry:
    """All teams with O(1) lookups; what dispatch and the worker app resolve ids against."""

    def __init__(self, teams: Sequence[Team]) -> None:
        self.teams: tuple[Team, ...] = tuple(teams)
        self._by_id: dict[str, Team] = {}
        self._workers: dict[str, Worker] = {}
        self._grid: dict[str, Team] = {}
        self._specialist: dict[tuple[str, str], Team] = {}
        self._community: dict[str, Team] = {}
        self._subdistrict: dict[str, Team] = {}
        self._district: Team | None = None
        for t in self.teams:
            if t.team_id in self._by_id:
                raise ValueError(f"duplicate team id {t.team_id}")
            self._by_id[t.team_id] = t
            for w in t.workers:
                if w.worker_id in self._workers:
                    raise ValueError(f"duplicate worker id {w.worker_id}")
                self._workers[w.worker_id] = w
            if t.kind is TeamKind.GRID and t.grid_id is not None:
                self._grid[t.grid_id] = t
            elif t.kind is TeamKind.SPECIALIST and t.department and t.subdistrict_id:
                self._specialist[(t.department, t.subdistrict_id)] = t
            elif t.kind is TeamKind.COMMUNITY and t.community_id:
                self._community[t.community_id] = t
            elif t.kind is TeamKind.SUBDISTRICT and t.subdistrict_id:
                self._subdistrict[t.subdistrict_id] = t
            elif t.kind is TeamKind.DISTRICT:
                self._district = t

    def team(self, team_id: str) -> Team:
        try:
            return self._by_id[team_id]
        except KeyError:
            raise KeyError(f"unknown team id {team_id!r}") from None

    def worker(self, worker_id: str) -> Worker:
        try:
            return self._workers[worker_id]
        except KeyError:
            raise KeyError(f"unknown worker id {worker_id!r}") from None

    def grid_team(self, grid_id: str) -> Team:
        try:
            return self._grid[grid_id]
        except KeyError:
            raise KeyError(f"no grid team for grid {grid_id!r}") from None

    def specialist_team(self, department: str, subdistrict_id: str) -> Team:
        try:
            return self._specialist[(department, subdistrict_id)]
        except KeyError:
            raise KeyError(
                f"no specialist team of {department!r} in sub-district {subdistrict_id!r} "
                "(grid-level departments have none: their matters go to the grid team)"
            ) from None

    def community_team(self, community_id: str) -> Team:
        try:
            return self._community[community_id]
        except KeyError:
            raise KeyError(f"no community command for {community_id!r}") from None

    def subdistrict_team(self, subdistrict_id: str) -> Team:
        try:
            return self._subdistrict[subdistrict_id]
        except KeyError:
            raise KeyError(f"no sub-district command centre for {subdistrict_id!r}") from None

    def district_team(self) -> Team:
        if self._district is None:
            raise KeyError("no district command centre in this registry")
        return self._district

    def escalation_chain(self, grid_id: str) -> tuple[Team, ...]:
        """Who a stuck case climbs to: grid team, community, sub-district, district command."""
        grid = self.grid_team(grid_id)
        assert grid.community_id is not None and grid.subdistrict_id is not None
        return (
            grid,
            self.community_team(grid.community_id),
            self.subdistrict_team(grid.subdistrict_id),
            self.district_team(),
        )

    def all_workers(self) -> tuple[Worker, ...]:
        return tuple(self._workers.values())

    def stats(self) -> dict[str, int]:
        kinds = [t.kind for t in self.teams]
        return {
            "teams": len(self.teams),
            "workers": len(self._workers),
            "grid_teams": kinds.count(TeamKind.GRID),
            "specialist_teams": kinds.count(TeamKind.SPECIALIST),
            "command_teams": len(kinds) - kinds.count(TeamKind.GRID) - kinds.count(TeamKind.SPECIALIST),
        }


@lru_cache(maxsize=4)
def load_teams(geography: Geography, seed: int = DEFAULT_SEED) -> TeamRegistry:
    """The roster for a geography (about 0.05 s; cached per geography object and seed)."""
    return _Builder(geography, seed).build()
