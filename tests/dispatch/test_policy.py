import pytest

from dispatch.policy import Candidate, choose_in_order, choose_worker, plan_teams

LAT, LON = 23.02, 113.11


def c(wid: str, team: str = "t1", on: bool = True, load: int = 0, dlat: float = 0.0) -> Candidate:
    return Candidate(wid, team, on, load, LAT + dlat, LON)


@pytest.mark.parametrize(
    ("candidates", "exclude", "expected"),
    [
        ([c("a", dlat=0.01), c("b", dlat=0.001)], set(), "b"),  # nearer wins
        ([c("a", load=3), c("b", dlat=0.005)], set(), "b"),  # free beats busy-next-door
        ([c("a", on=False), c("b", dlat=0.02)], set(), "b"),  # off duty never chosen
        ([c("a"), c("b", dlat=0.001)], {"a"}, "b"),  # refused before: skipped
        ([c("a", on=False)], set(), None),  # nobody on duty
    ],
)
def test_choose_worker(candidates: list[Candidate], exclude: set[str], expected: str | None) -> None:
    chosen = choose_worker(candidates, LAT, LON, frozenset(exclude))
    assert (chosen.worker_id if chosen else None) == expected


def test_grid_level_goes_to_grid_team_then_neighbours() -> None:
    plan = plan_teams(True, "grid", "gas", ["n1", "n2"], ["gas2"])
    assert plan.order == ("grid", "n1", "n2") and plan.informed == ()


def test_specialised_goes_to_department_and_informs_grid() -> None:
    plan = plan_teams(False, "grid", "gas", ["n1"], ["gas2"])
    assert plan.order == ("gas", "gas2") and plan.informed == ("grid",)


def test_second_team_when_first_has_nobody_on_duty() -> None:
    by_team = {"t1": [c("a", "t1", on=False)], "t2": [c("b", "t2", dlat=0.05)]}
    assert choose_in_order(("t1", "t2"), by_team, LAT, LON, frozenset()).worker_id == "b"  # type: ignore[union-attr]
