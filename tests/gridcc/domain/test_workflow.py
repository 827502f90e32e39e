import itertools

import pytest

from gridcc.domain.workflow import ALLOWED, TERMINAL, CaseStatus, TransitionError, check_transition

HAPPY_PATH = [
    None,
    "reported",
    "registered",
    "dispatched",
    "accepted",
    "on_site",
    "handled",
    "verified",
    "closed",
    "evaluated",
]


def test_the_closed_loop_is_allowed_in_order() -> None:
    for a, b in itertools.pairwise(HAPPY_PATH):
        check_transition(CaseStatus(a) if a else None, CaseStatus(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("registered", "closed"),
        ("reported", "handled"),
        ("closed", "dispatched"),
        ("void", "registered"),
        ("handled", "closed"),
    ],
)
def test_skipping_steps_is_refused(a: str, b: str) -> None:
    with pytest.raises(TransitionError, match=f"from {a} to {b}"):
        check_transition(CaseStatus(a), CaseStatus(b))


def test_terminal_states_lead_nowhere_but_evaluation() -> None:
    for s in TERMINAL:
        assert ALLOWED[s] <= {CaseStatus.EVALUATED}
