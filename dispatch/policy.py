"""Who gets a case: the assignment policy, pure and table-tested.

- A grid-level matter goes to the case's grid team.
- A specialised matter (its department is not grid-level: gas, police, fire,
  ...) goes to that department's specialist team for the case's sub-district,
  and the grid team is informed.
- Within a team the best worker is the on-duty one with the lowest
  ``load * LOAD_COST_M + distance``: one open task weighs as much as a walk of
  ``LOAD_COST_M`` metres, so a free worker a little further away wins over a
  busy one next door.
- When nobody in the first team is on duty, the next team in the order
  (neighbouring grids' teams, or the same department in other sub-districts).

Example::

    >>> a = Candidate("w1", "t1", True, 2, 23.02, 113.11)
    >>> b = Candidate("w2", "t1", True, 0, 23.021, 113.11)
    >>> choose_worker([a, b], 23.02, 113.11, frozenset()).worker_id
    'w2'
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

LOAD_COST_M = 800.0


@dataclass(frozen=True, slots=True)
class Candidate:
    worker_id: str
    team_id: str
    on_duty: bool
    load: int
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class TeamPlan:
    """The teams to try, in order, and the teams to inform."""

    order: tuple[str, ...]
    informed: tuple[str, ...]


def plan_teams(
    grid_level: bool,
    grid_team: str,
    specialist_team: str | None,
    grid_backups: Sequence[str] = (),
    specialist_backups: Sequence[str] = (),
) -> TeamPlan:
    if grid_level or specialist_team is None:
        return TeamPlan((grid_team, *grid_backups), ())
    return TeamPlan((specialist_team, *specialist_backups), (grid_team,))


def _distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6_371_000.0 * math.hypot(x, math.radians(lat2 - lat1))


def cost(c: Candidate, lat: float, lon: float) -> float:
    return c.load * LOAD_COST_M + _distance_m(c.lat, c.lon, lat, lon)


def choose_worker(candidates: Iterable[Candidate], lat: float, lon: float, exclude: frozenset[str]) -> Candidate | None:
    """The best on-duty candidate not in ``exclude`` (those who already refused or let it expire)."""
    pool = [c for c in candidates if c.on_duty and c.worker_id not in exclude]
    if not pool:
        return None
    return min(pool, key=lambda c: (cost(c, lat, lon), c.worker_id))


def choose_in_order(
    order: Sequence[str], by_team: dict[str, list[Candidate]], lat: float, lon: float, exclude: frozenset[str]
) -> Candidate | None:
    """The first team in ``order`` with an eligible worker decides."""
    for team_id in order:
        chosen = choose_worker(by_team.get(team_id, ()), lat, lon, exclude)
        if chosen is not None:
            return chosen
    return None
