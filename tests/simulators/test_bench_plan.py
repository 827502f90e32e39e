"""The benchmark's incident planner: incidents that cannot merge, duplicates that must."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from gridcc.domain.components import load_components
from gridcc.domain.geo import load_geography
from gridcc.domain.taxonomy import load_taxonomy
from ingest.mqtt_bridge import ReadingHandler
from simulators.bench_plan import Incident, Planner, cameras_for, iot_sensors
from streams.merge import distance_m


@pytest.fixture(scope="module")
def planner(tmp_path_factory: pytest.TempPathFactory) -> Planner:
    tax, geo = load_taxonomy(), load_geography()
    comps = load_components(None, geo, cache_dir=Path(tmp_path_factory.mktemp("cache")))
    sensors = iot_sensors(comps, geo, ReadingHandler(tax, geo, comps, "t").matter_for)
    return Planner(tax, geo, sensors, cameras_for(geo, 500, 1), seed=7)


def _clash(a: Incident, b: Incident, radius: float) -> bool:
    return a.lane == b.lane and a.code == b.code and distance_m(a.lat, a.lon, b.lat, b.lon) <= radius


def test_incidents_never_lie_within_their_merge_radius(planner: Planner) -> None:
    tax = load_taxonomy()
    made = [planner.citizen() for _ in range(800)] + [planner.video() for _ in range(400)]
    made += [planner.iot(0) for _ in range(800)]
    incidents = [i for i in made if i is not None]
    assert len(incidents) == len(made)
    by_code: dict[str, list[Incident]] = {}
    for inc in incidents:
        by_code.setdefault(inc.code, []).append(inc)
    for code, group in by_code.items():
        radius = tax.get(code).merge_radius_m
        assert not any(_clash(a, b, radius) for a, b in itertools.combinations(group, 2)), code


def test_iot_alarms_come_from_real_sensors_and_lanes_reuse_them(planner: Planner) -> None:
    a, b = planner.iot(5), planner.iot(6)
    assert a is not None and b is not None
    assert a.component and len(a.component) == 16 and a.kind
    assert {a.lane, b.lane} == {5, 6}


def test_a_step_moves_to_its_next_lane_when_every_sensor_has_alarmed(planner: Planner) -> None:
    few = Planner(load_taxonomy(), load_geography(), planner.sensors[:3], cameras_for(load_geography(), 5, 1), seed=7)
    lanes = [inc.lane if (inc := few.iot_from(4, 6)) else None for _ in range(7)]
    assert lanes == [4, 4, 4, 5, 5, 5, None]  # two lanes of three sensors, then the step has no alarm left


def test_duplicates_stay_in_the_incidents_grid_within_metres(planner: Planner) -> None:
    geo = load_geography()
    inc = planner.citizen()
    assert inc is not None
    for _ in range(50):
        lat, lon = planner.jitter(inc)
        assert distance_m(lat, lon, inc.lat, inc.lon) <= 5
        assert geo.grids[geo.locate_index(lat, lon)].grid_id == inc.grid_id
