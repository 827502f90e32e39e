"""The camera registry: 5000 feeds, every one inside a grid, unique ids, same seed same registry."""

from __future__ import annotations

from gridcc.domain.geo import load_geography
from gridcc.settings import Settings
from vision.registry import Watch, build_registry, point_in_polygon, registry_from_settings


def test_5000_feeds_each_in_its_grid_with_unique_ids() -> None:
    geo = load_geography()
    reg = registry_from_settings(Settings())
    assert len(reg) == 5000
    assert len({f.camera_id for f in reg}) == 5000
    assert [f.index for f in reg] == list(range(5000))
    for f in reg:
        assert geo.locate_index(f.lat, f.lon) == f.grid_index
        assert geo.grids[f.grid_index].grid_id == f.grid_id
    assert len({f.grid_id for f in reg}) == len(geo.grids)  # every grid is watched by at least one camera


def test_every_feed_has_zones_for_every_rule_and_a_schedule() -> None:
    reg = build_registry(200, seed=3)
    for f in reg:
        for watch in Watch:
            assert f.zones_watching(watch), (f.camera_id, watch)
        assert f.masks and 0 <= f.schedule.offset_s < f.schedule.check_every_s
        assert f.url == f"http://127.0.0.1:8002/cam/{f.camera_id}.jpg"
    assert {f.layout for f in reg} == {"street", "plaza"}
    assert any(z.hours != (0, 24) for f in reg for z in f.zones)  # some kerbs are enforced by day only


def test_deterministic_and_rebased() -> None:
    a, b = build_registry(50, seed=9), build_registry(50, seed=9)
    assert list(a) == list(b)
    assert list(build_registry(50, seed=10)) != list(a)
    moved = a.with_base("http://10.0.0.7:9000/")
    assert moved.get("CAM-00007").url == "http://10.0.0.7:9000/cam/CAM-00007.jpg"
    assert moved.get("CAM-00007").zones == a.get("CAM-00007").zones


def test_zone_hours_and_point_in_polygon() -> None:
    reg = build_registry(100, seed=1)
    kerb = next(z for f in reg for z in f.zones if z.hours == (7, 22))
    assert kerb.active_at_hour(7) and kerb.active_at_hour(21)
    assert not kerb.active_at_hour(22) and not kerb.active_at_hour(3)
    tri = ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0))
    assert point_in_polygon(0.2, 0.2, tri)
    assert not point_in_polygon(0.8, 0.8, tri)
