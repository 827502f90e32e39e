"""The district tiling: 1046 grids that cover the outline exactly, and lookups that agree with shapely."""

from __future__ import annotations

import itertools
import json
import math
import random
import re

import numpy as np
import pytest
import shapely

from gridcc.domain.geo import (
    DATA_FILE,
    Geography,
    OutsideDistrictError,
    equal_area_xy,
    load_geography,
    ring_area_m2,
)


@pytest.fixture(scope="module")
def geo() -> Geography:
    return load_geography()


def _projected(polygon: tuple[tuple[float, float], ...]) -> shapely.Polygon:
    pts = np.asarray(polygon)
    x, y = equal_area_xy(pts[:, 0], pts[:, 1])
    return shapely.Polygon(np.stack([x, y], axis=1))


def test_exactly_1046_grids_with_dense_indices_and_unique_ids(geo: Geography) -> None:
    assert len(geo.grids) == 1046
    assert [g.index for g in geo.grids] == list(range(1046))
    ids = [g.grid_id for g in geo.grids]
    assert len(set(ids)) == 1046
    assert ids == sorted(ids)
    assert geo.stats() == {"grids": 1046, "communities": len(geo.communities), "subdistricts": 4}


def test_id_scheme_nests_district_subdistrict_community_grid(geo: Geography) -> None:
    for s in geo.subdistricts:
        assert re.fullmatch(r"440604\d{3}", s.id)
    for c in geo.communities:
        assert re.fullmatch(r"440604\d{6}", c.id) and c.id.startswith(c.subdistrict_id)
    for g in geo.grids:
        assert re.fullmatch(r"440604\d{9}", g.grid_id)
        assert g.grid_id[:12] == g.community_id and g.grid_id[:9] == g.subdistrict_id


def test_subdistricts_and_communities_are_chanchengs(geo: Geography) -> None:
    assert {s.name_zh for s in geo.subdistricts} == {"祖庙街道", "石湾镇街道", "张槎街道", "南庄镇"}
    names = {c.name_zh for c in geo.communities}
    assert {"升平社区", "普君社区", "大富社区", "澜石社区", "紫南村", "吉利村"} <= names
    assert 100 <= len(geo.communities) <= 150
    assert len(names) == len(geo.communities)


def test_district_area_is_about_154_km2(geo: Geography) -> None:
    area_km2 = _projected(geo.outline).area / 1e6
    assert 150 <= area_km2 <= 158
    assert math.isclose(ring_area_m2(geo.outline) / 1e6, area_km2, rel_tol=1e-9)
    min_lon, min_lat, max_lon, max_lat = geo.bounds
    assert 113.0 < min_lon < max_lon < 113.2 and 22.9 < min_lat < max_lat < 23.1


def test_grids_tile_the_district_without_gaps_or_overlaps(geo: Geography) -> None:
    shapes = [_projected(g.polygon) for g in geo.grids]
    assert all(s.is_valid and not s.interiors for s in shapes)
    outline = _projected(geo.outline)
    total = sum(s.area for s in shapes)
    assert math.isclose(total, outline.area, rel_tol=1e-3)
    for g, s in zip(geo.grids, shapes, strict=True):
        assert math.isclose(g.area_m2, s.area, rel_tol=1e-4)
    union = shapely.union_all(shapes)
    assert shapely.symmetric_difference(union, outline).area < 1e-6 * outline.area
    tree = shapely.STRtree(shapes)
    left, right = tree.query(shapes, predicate="intersects")
    pairs = left < right
    overlaps = shapely.area(shapely.intersection(np.asarray(shapes)[left[pairs]], np.asarray(shapes)[right[pairs]]))
    assert overlaps.max() < 0.01  # m²: neighbours share edges, never area


def test_every_grid_belongs_to_one_community_and_subdistrict(geo: Geography) -> None:
    for g in geo.grids:
        com = geo.community(g.community_id)
        assert com.subdistrict_id == g.subdistrict_id
        assert geo.subdistrict(g.subdistrict_id).id == g.subdistrict_id
    grids_of = {c.id: [g for g in geo.grids if g.community_id == c.id] for c in geo.communities}
    assert min(len(v) for v in grids_of.values()) >= 2


def test_communities_and_subdistricts_are_contiguous(geo: Geography) -> None:
    for attr in ("community_id", "subdistrict_id"):
        units: dict[str, set[str]] = {}
        for g in geo.grids:
            units.setdefault(getattr(g, attr), set()).add(g.grid_id)
        for members in units.values():
            start = next(iter(members))
            seen, stack = {start}, [start]
            while stack:
                for n in geo.neighbours(stack.pop()):
                    if n in members and n not in seen:
                        seen.add(n)
                        stack.append(n)
            assert seen == members


def test_old_centre_has_smaller_grids(geo: Geography) -> None:
    def mean_area(sub: str) -> float:
        return float(np.mean([g.area_m2 for g in geo.grids if g.subdistrict_id == sub]))

    assert mean_area("440604010") < 0.8 * mean_area("440604100")  # 祖庙 vs 南庄


def test_neighbours_are_symmetric_and_share_an_edge(geo: Geography) -> None:
    for g in geo.grids:
        for n in geo.neighbours(g.grid_id):
            assert g.grid_id in geo.neighbours(n)
    for g in geo.grids[::50]:
        a = shapely.Polygon(g.polygon)
        for n in geo.neighbours(g.grid_id):
            assert a.intersection(shapely.Polygon(geo.grid(n).polygon)).length > 1e-6


def test_lookups_agree_with_shapely(geo: Geography) -> None:
    rng = np.random.default_rng(2024)
    min_lon, min_lat, max_lon, max_lat = geo.bounds
    lons = rng.uniform(min_lon - 0.005, max_lon + 0.005, 5000)
    lats = rng.uniform(min_lat - 0.005, max_lat + 0.005, 5000)
    tree = shapely.STRtree([shapely.Polygon(g.polygon) for g in geo.grids])
    point_i, grid_i = tree.query(shapely.points(lons, lats), predicate="within")
    assert len(np.unique(point_i)) == len(point_i)  # no point lies in two grids
    truth = np.full(lons.size, -1)
    truth[point_i] = grid_i
    assert 2000 < (truth >= 0).sum() < 5000
    assert np.array_equal(geo.locate_many(lats, lons), truth)
    assert [geo.locate_index(la, lo) for la, lo in zip(lats.tolist(), lons.tolist(), strict=True)] == truth.tolist()
    inside = np.flatnonzero(truth >= 0)[:200]
    for i in inside:
        assert geo.locate(float(lats[i]), float(lons[i])).grid.index == truth[i]


def test_points_on_shared_vertices_map_to_a_touching_grid(geo: Geography) -> None:
    border = shapely.Polygon(geo.outline).boundary
    for g in geo.grids[::25]:
        for lon, lat in g.polygon[:-1]:
            found = geo.locate_index(lat, lon)
            if border.distance(shapely.Point(lon, lat)) < 1e-9:
                assert found == -1 or found >= 0  # on the district's own border: either answer is fine
                continue
            assert found >= 0
            assert shapely.Polygon(geo.grids[found].polygon).intersects(shapely.Point(lon, lat))
    found_many = geo.locate_many(
        np.array([p[1] for p in geo.grids[0].polygon]), np.array([p[0] for p in geo.grids[0].polygon])
    )
    assert (found_many >= 0).all()


def test_locate_returns_the_parents(geo: Geography) -> None:
    loc = geo.locate(23.035, 113.115)  # 祖庙, the old centre
    assert loc.subdistrict.name_zh == "祖庙街道"
    assert loc.community.id == loc.grid.community_id
    assert loc.subdistrict.id == loc.community.subdistrict_id
    lat, lon = loc.grid.centroid
    assert geo.locate_index(lat, lon) == loc.grid.index


@pytest.mark.parametrize(("lat", "lon"), [(23.2, 113.1), (23.0, 112.9), (0.0, 0.0), (23.079, 113.168)])
def test_outside_points_are_rejected_clearly(geo: Geography, lat: float, lon: float) -> None:
    assert geo.locate_index(lat, lon) == -1
    with pytest.raises(OutsideDistrictError, match=r"outside 禅城区.*bounds lat") as exc:
        geo.locate(lat, lon)
    assert f"lat={lat}" in str(exc.value) and isinstance(exc.value, ValueError)


def test_nan_and_array_shapes(geo: Geography) -> None:
    assert geo.locate_index(float("nan"), 113.1) == -1
    out = geo.locate_many(np.array([[23.03, np.nan], [23.2, 23.0]]), np.array([[113.11, 113.1], [113.1, 113.08]]))
    assert out.shape == (2, 2) and out.dtype == np.int32
    assert out[0, 1] == -1 and out[1, 0] == -1 and out[0, 0] >= 0
    assert geo.locate_many(np.array([]), np.array([])).shape == (0,)


def test_random_points_fall_where_asked(geo: Geography) -> None:
    for rng in (random.Random(5), np.random.default_rng(5)):
        for _ in range(50):
            lat, lon = geo.random_point(rng)
            assert geo.locate_index(lat, lon) >= 0
        for g in geo.grids[::97]:
            lat, lon = geo.random_point(rng, g.index)
            assert geo.locate_index(lat, lon) == g.index


def test_unknown_ids_raise_key_error(geo: Geography) -> None:
    with pytest.raises(KeyError, match="unknown grid id"):
        geo.grid("nope")
    with pytest.raises(KeyError):
        geo.community("440604999999")
    with pytest.raises(KeyError):
        geo.subdistrict("440604999")


def _is_ccw(ring: list[list[float]]) -> bool:
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in itertools.pairwise(ring)) > 0


@pytest.mark.parametrize(("level", "count"), [("grid", 1046), ("community", None), ("subdistrict", 4), ("district", 1)])
def test_geojson_levels_are_valid_feature_collections(geo: Geography, level: str, count: int | None) -> None:
    fc = geo.geojson(level)
    json.dumps(fc)  # serialisable as-is
    assert fc["type"] == "FeatureCollection"
    assert len(fc["features"]) == (count if count is not None else len(geo.communities))
    area = 0.0
    for f in fc["features"]:
        assert f["type"] == "Feature" and isinstance(f["properties"], dict)
        geom = f["geometry"]
        assert geom["type"] == "Polygon"  # every unit is contiguous
        ring = geom["coordinates"][0]
        assert ring[0] == ring[-1] and len(ring) >= 4 and _is_ccw(ring)
        area += ring_area_m2([tuple(p) for p in ring])
    assert math.isclose(area, geo.area_m2, rel_tol=1e-3)


def test_geojson_rejects_unknown_level(geo: Geography) -> None:
    with pytest.raises(ValueError, match="unknown geojson level"):
        geo.geojson("city")


def test_features_geojson_has_rivers_and_arterials(geo: Geography) -> None:
    fc = geo.features_geojson()
    assert fc["type"] == "FeatureCollection"
    names = {f["properties"]["name_zh"] for f in fc["features"]}
    assert {"佛山水道", "东平水道", "季华路", "佛山大道", "岭南大道", "汾江路"} <= names
    for f in fc["features"]:
        assert f["properties"]["kind"] in {"road", "river"}
        assert f["geometry"]["type"] in {"LineString", "MultiLineString"}


def test_data_file_is_reproducible_from_the_builder() -> None:
    from gridcc.domain.data.build_geo import build, dump

    assert dump(build()) == DATA_FILE.read_text(encoding="utf-8")
