import math
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from streams.merge import Incoming, OpenCase, distance_m, plan, search_box

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def limits(code: str) -> tuple[float, timedelta]:
    return {"FIRE": (300.0, timedelta(hours=4)), "MANHOLE": (50.0, timedelta(hours=1))}[code]


def ev(i: int, code: str, lat: float, lon: float, minutes: float = 0) -> Incoming:
    return Incoming(f"e{i}", code, lat, lon, T0 + timedelta(minutes=minutes))


def test_distance_is_close_to_haversine_at_district_scale() -> None:
    # 0.01 degree of latitude is ~1112 m anywhere.
    assert distance_m(23.0, 113.1, 23.01, 113.1) == pytest.approx(1112, rel=0.005)


def test_forty_reports_of_one_fire_make_one_case() -> None:
    events = [ev(i, "FIRE", 23.02 + i * 1e-5, 113.11, minutes=i) for i in range(40)]
    decisions, touched = plan(events, [], limits, lambda e: "C-" + e.event_id)
    assert len(touched) == 1
    assert sum(d.opens_case for d in decisions) == 1
    assert touched["C-e0"].event_ids == [f"e{i}" for i in range(40)]


@pytest.mark.parametrize(
    ("second", "merged"),
    [
        (ev(2, "MANHOLE", 23.0202, 113.11, 10), True),  # ~22 m away, 10 min later
        (ev(2, "MANHOLE", 23.0210, 113.11, 10), False),  # ~111 m: outside 50 m
        (ev(2, "MANHOLE", 23.0202, 113.11, 90), False),  # outside the 1 h window
        (ev(2, "FIRE", 23.0202, 113.11, 10), False),  # another matter type
    ],
)
def test_same_type_radius_and_window_decide(second: Incoming, merged: bool) -> None:
    first = ev(1, "MANHOLE", 23.02, 113.11)
    _, touched = plan([first, second], [], limits, lambda e: "C-" + e.event_id)
    assert (len(touched) == 1) is merged


def test_an_open_candidate_takes_the_event_and_nearest_wins() -> None:
    far = OpenCase("far", "FIRE", 23.022, 113.11, T0)
    near = OpenCase("near", "FIRE", 23.0201, 113.11, T0)
    decisions, touched = plan([ev(1, "FIRE", 23.02, 113.11, 5)], [far, near], limits, lambda e: "new")
    assert decisions[0].case_id == "near" and not decisions[0].opens_case
    assert touched["near"].last_event_at == T0 + timedelta(minutes=5)


@given(
    st.floats(22.9, 23.2),
    st.floats(113.0, 113.3),
    st.floats(1.0, 5000.0),
    st.floats(0.0, 6.2832),
    st.floats(0.0, 1.0),
)
def test_search_box_holds_every_point_within_the_radius(
    lat: float, lon: float, radius: float, bearing: float, share: float
) -> None:
    """The database pre-filter must never hide a case the merge would have chosen."""
    # A point at distance share * radius in direction bearing (in the equirectangular metric).
    d = share * radius / 6_371_000.0
    plat = lat + math.degrees(d * math.cos(bearing))
    plon = lon + math.degrees(d * math.sin(bearing)) / math.cos(math.radians((lat + plat) / 2))
    if distance_m(lat, lon, plat, plon) > radius:
        return
    lat0, lat1, lon0, lon1 = search_box(lat, lon, radius)
    assert lat0 <= plat <= lat1 and lon0 <= plon <= lon1


def test_search_box_is_tight_enough_to_leave_the_rest_of_the_city_out() -> None:
    lat0, lat1, lon0, lon1 = search_box(23.02, 113.12, 300.0)
    assert 0.005 < lat1 - lat0 < 0.006 and 0.005 < lon1 - lon0 < 0.007
