"""Chancheng district (禅城区, Foshan): sub-districts, communities and its 1046 micro-grids.

Every event is pinned to a micro-grid (网格) at the edge, because the grid is the
unit that owns work: its team is dispatched, its id is the Kafka key and the
heat-map's cell.  The geography is versioned data (``data/grids.json``, made by
``python -m gridcc.domain.data.build_geo``), not computed at start-up, so every
process agrees on the same tiling.

Ids follow the GB/T 30428.1 单元网格 coding: sub-district ``440604010`` (区 6 +
街道 3 digits), community ``440604010001`` (+3), grid ``440604010001001`` (+3).
``Grid.index`` (0..1045, in grid-id order) is the dense number arrays use.

Loading takes 0.1-0.15 s (parse the JSON, rasterise the lookup index once; a
cold process adds ~0.3 s importing numpy/shapely/scipy), well under the 1 s
budget.  ``locate_index`` costs 0.5-0.8 µs in pure Python (``python -m
gridcc.domain.bench_geo``): a 20 m raster answers ~91 % of cells with one array
read, and only cells cut by a grid edge test their 2-3 candidate polygons.
``locate_many`` does the same with numpy, about 0.06 µs a point.

Example::

    >>> geo = load_geography()
    >>> loc = geo.locate(23.03, 113.11)
    >>> loc.subdistrict.name_zh, geo.locate_index(23.03, 113.11) == loc.grid.index
    ('祖庙街道', True)
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from numpy.typing import NDArray

from gridcc.domain.geo_build import RasterIndex, build_raster_index, level_geojson, point_in_ring

DISTRICT_CODE = "440604"
DISTRICT_NAME_ZH = "禅城区"
DATA_FILE = Path(__file__).parent / "data" / "grids.json"

# WGS84, cylindrical equal-area with its standard parallel through the district:
# exact areas on the ellipsoid, and nearly conformal at this latitude.
_A = 6378137.0
_E = math.sqrt(0.00669437999014)
_LAT0 = 23.02
_LON0 = 113.10
_K0 = math.cos(math.radians(_LAT0)) / math.sqrt(1 - (_E * math.sin(math.radians(_LAT0))) ** 2)


def equal_area_xy(lon: Any, lat: Any) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Project lon/lat (degrees) to metres in an equal-area plane: areas there are true areas."""
    lam = np.radians(np.asarray(lon, dtype=np.float64) - _LON0)
    s = np.sin(np.radians(np.asarray(lat, dtype=np.float64)))
    es = _E * s
    q = (1 - _E**2) * (s / (1 - es**2) - np.log((1 - es) / (1 + es)) / (2 * _E))
    return _A * _K0 * lam, _A * q / (2 * _K0)


def ring_area_m2(ring: Sequence[tuple[float, float]]) -> float:
    """Area in m² of a lon/lat ring (open or closed)."""
    pts = np.asarray(ring, dtype=np.float64)
    x, y = equal_area_xy(pts[:, 0], pts[:, 1])
    return float(abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))) / 2)


class OutsideDistrictError(ValueError):
    """A point that no grid of the district contains: the caller must reject or re-geocode it."""

    def __init__(self, lat: float, lon: float, bounds: tuple[float, float, float, float]) -> None:
        min_lon, min_lat, max_lon, max_lat = bounds
        super().__init__(
            f"point (lat={lat}, lon={lon}) is outside {DISTRICT_NAME_ZH} (Chancheng district, "
            f"bounds lat {min_lat:.4f}..{max_lat:.4f}, lon {min_lon:.4f}..{max_lon:.4f})"
        )
        self.lat = lat
        self.lon = lon


@dataclass(frozen=True, slots=True)
class SubDistrict:
    """A 街道/镇: owns a command centre and one specialist team per department."""

    id: str
    name_zh: str
    name_en: str


@dataclass(frozen=True, slots=True)
class Community:
    """A 社区 (or former village): the first escalation level above the grid."""

    id: str
    name_zh: str
    subdistrict_id: str


@dataclass(frozen=True, slots=True)
class Grid:
    """One micro-grid.  ``polygon`` is a closed (lon, lat) ring, counter-clockwise as GeoJSON wants."""

    grid_id: str
    index: int
    community_id: str
    subdistrict_id: str
    centroid: tuple[float, float]  # (lat, lon)
    area_m2: float
    polygon: tuple[tuple[float, float], ...]


@dataclass(frozen=True, slots=True)
class Location:
    """A grid with its parents, so that callers need one lookup, not three."""

    grid: Grid
    community: Community
    subdistrict: SubDistrict


class Geography:
    """The district's tiling with a fast point -> grid index.  Build it with ``load_geography()``."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.subdistricts: tuple[SubDistrict, ...] = tuple(
            SubDistrict(s["id"], s["name_zh"], s["name_en"]) for s in data["subdistricts"]
        )
        self.communities: tuple[Community, ...] = tuple(
            Community(c["id"], c["name_zh"], c["subdistrict_id"]) for c in data["communities"]
        )
        self._sub_by_id = {s.id: s for s in self.subdistricts}
        self._com_by_id = {c.id: c for c in self.communities}
        grids: list[Grid] = []
        self._rings: list[tuple[tuple[float, ...], tuple[float, ...]]] = []
        self._neighbours: list[tuple[int, ...]] = []
        for i, g in enumerate(data["grids"]):
            flat = g["ring"]
            ring = tuple((flat[k], flat[k + 1]) for k in range(0, len(flat), 2))
            com = self._com_by_id[g["community_id"]]
            grids.append(
                Grid(
                    g["id"],
                    i,
                    com.id,
                    com.subdistrict_id,
                    (g["centroid"][0], g["centroid"][1]),
                    g["area_m2"],
                    (*ring, ring[0]),
                )
            )
            self._rings.append((tuple(flat[0::2]), tuple(flat[1::2])))
            self._neighbours.append(tuple(g["neighbours"]))
        self.grids: tuple[Grid, ...] = tuple(grids)
        self._grid_by_id = {g.grid_id: g for g in self.grids}
        self._locations = tuple(
            Location(g, self._com_by_id[g.community_id], self._sub_by_id[g.subdistrict_id]) for g in self.grids
        )
        district = data["district"]
        self.name_zh: str = district["name_zh"]
        self.area_m2: float = district["area_m2"]
        o = district["outline"]
        self.outline: tuple[tuple[float, float], ...] = tuple((o[k], o[k + 1]) for k in range(0, len(o), 2))
        lons, lats = o[0::2], o[1::2]
        self.bounds: tuple[float, float, float, float] = (min(lons), min(lats), max(lons), max(lats))
        self._features: dict[str, Any] = data["features"]
        self._index: RasterIndex = build_raster_index(
            [np.asarray(g.polygon, dtype=np.float64) for g in self.grids],
            np.asarray((*self.outline, self.outline[0]), dtype=np.float64),
            self.bounds,
        )
        ix = self._index
        self._x0, self._y0, self._inv_dx, self._inv_dy = ix.x0, ix.y0, ix.inv_dx, ix.inv_dy
        self._nx, self._ny, self._cells, self._bcells = ix.nx, ix.ny, ix.cells_list, ix.boundary_list
        self._shapes: NDArray[Any] | None = None
        self._geojson_cache: dict[str, dict[str, Any]] = {}

    @classmethod
    def from_file(cls, path: Path = DATA_FILE) -> Geography:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    # -- lookups by id -------------------------------------------------------------------------------
    def grid(self, grid_id: str) -> Grid:
        try:
            return self._grid_by_id[grid_id]
        except KeyError:
            raise KeyError(f"unknown grid id {grid_id!r} (ids look like '440604010001001')") from None

    def community(self, community_id: str) -> Community:
        try:
            return self._com_by_id[community_id]
        except KeyError:
            raise KeyError(f"unknown community id {community_id!r}") from None

    def subdistrict(self, subdistrict_id: str) -> SubDistrict:
        try:
            return self._sub_by_id[subdistrict_id]
        except KeyError:
            raise KeyError(f"unknown sub-district id {subdistrict_id!r}") from None

    def location_of(self, grid_index: int) -> Location:
        """The grid at a dense index with its parents (what ``locate`` returns)."""
        return self._locations[grid_index]

    def neighbours(self, grid_id: str) -> tuple[str, ...]:
        """Grids sharing an edge (not just a corner): where a case near the border may also belong."""
        return tuple(self.grids[j].grid_id for j in self._neighbours[self.grid(grid_id).index])

    def stats(self) -> dict[str, int]:
        return {"grids": len(self.grids), "communities": len(self.communities), "subdistricts": len(self.subdistricts)}

    # -- point -> grid ---------------------------------------------------------------------------
    def locate_index(self, lat: float, lon: float) -> int:
        """Dense index of the grid containing the point, -1 outside the district; never raises."""
        gx = (lon - self._x0) * self._inv_dx
        gy = (lat - self._y0) * self._inv_dy
        if not (0.0 <= gx < self._nx and 0.0 <= gy < self._ny):  # also rejects NaN
            return -1
        v = self._cells[int(gy) * self._nx + int(gx)]
        if v >= -1:
            return v
        candidates, full = self._bcells[-2 - v]
        last = len(candidates) - 1
        rings = self._rings
        for k, g in enumerate(candidates):
            if full and k == last:  # the cell lies inside the district: the last one left must hold it
                return g
            xs, ys = rings[g]
            if point_in_ring(lon, lat, xs, ys):
                return g
        return -1

    def locate(self, lat: float, lon: float) -> Location:
        """The grid (with parents) containing the point; OutsideDistrictError outside the district."""
        i = self.locate_index(lat, lon)
        if i < 0:
            raise OutsideDistrictError(lat, lon, self.bounds)
        return self._locations[i]

    def locate_many(self, lats: NDArray[Any], lons: NDArray[Any]) -> NDArray[np.int32]:
        """Vectorised ``locate_index``: int32 grid indices, -1 outside."""
        lat = np.asarray(lats, dtype=np.float64).ravel()
        lon = np.asarray(lons, dtype=np.float64).ravel()
        ix = self._index
        gx = (lon - ix.x0) * ix.inv_dx
        gy = (lat - ix.y0) * ix.inv_dy
        ok = (gx >= 0) & (gx < ix.nx) & (gy >= 0) & (gy < ix.ny)
        out = np.full(lat.shape, -1, dtype=np.int32)
        pos = np.flatnonzero(ok)
        v = ix.cells[gy[pos].astype(np.int64) * ix.nx + gx[pos].astype(np.int64)]
        out[pos] = np.where(v >= -1, v, -1)
        bpos = pos[v < -1]
        if bpos.size:
            b = -2 - v[v < -1]
            counts = ix.b_count[b]
            rep = np.repeat(np.arange(b.size), counts)
            within = np.arange(rep.size) - np.repeat(np.cumsum(counts) - counts, counts)
            cand = ix.b_cand[np.repeat(ix.b_start[b], counts) + within]
            hit = shapely.intersects_xy(self._shape_array()[cand], lon[bpos][rep], lat[bpos][rep])
            first_rep, first_at = np.unique(rep[hit], return_index=True)
            res = np.where(ix.b_full[b], cand[np.cumsum(counts) - 1], -1).astype(np.int32)
            res[first_rep] = cand[hit][first_at]
            out[bpos] = res
        return out.reshape(np.shape(lats))

    def random_point(
        self, rng: random.Random | np.random.Generator, grid_index: int | None = None
    ) -> tuple[float, float]:
        """A uniform (lat, lon) inside the district, or inside one grid: simulators place events with it."""
        if grid_index is None:
            min_lon, min_lat, max_lon, max_lat = self.bounds
            while True:
                lon = min_lon + float(rng.random()) * (max_lon - min_lon)
                lat = min_lat + float(rng.random()) * (max_lat - min_lat)
                if self.locate_index(lat, lon) >= 0:
                    return lat, lon
        xs, ys = self._rings[grid_index]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        while True:
            lon = x0 + float(rng.random()) * (x1 - x0)
            lat = y0 + float(rng.random()) * (y1 - y0)
            if point_in_ring(lon, lat, xs, ys):
                return lat, lon

    def _shape_array(self) -> NDArray[Any]:
        if self._shapes is None:
            shapes = np.array([shapely.Polygon(g.polygon) for g in self.grids], dtype=object)
            shapely.prepare(shapes)
            self._shapes = shapes
        return self._shapes

    # -- maps --------------------------------------------------------------------------------------
    def geojson(self, level: str = "grid") -> dict[str, Any]:
        """A FeatureCollection of the grids, communities, sub-districts or the district outline."""
        if level not in self._geojson_cache:
            self._geojson_cache[level] = level_geojson(self, level, self._shape_array())
        return self._geojson_cache[level]

    def features_geojson(self) -> dict[str, Any]:
        """Main rivers and arterial roads (LineStrings): the dashboard's base map, as no tile server is reachable."""
        return self._features


@lru_cache(maxsize=1)
def load_geography() -> Geography:
    """The district geography, parsed and indexed once per process (0.1-0.15 s)."""
    return Geography.from_file()
