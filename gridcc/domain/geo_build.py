"""Load-time structures behind ``Geography``: the point -> grid raster and the GeoJSON layers.

The raster is rebuilt from the grid rings at load (about 0.1 s) instead of
being stored, so the versioned data file is the only source of truth and can
never disagree with its index.  Cells (about 20 m) that no grid edge touches
lie wholly inside one grid or wholly outside: they store that answer.  Cells an
edge touches store the grids whose rings touch them, and whether the district
outline touches them; only those need an exact point-in-polygon test.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
from numpy.typing import NDArray
from scipy import ndimage

if TYPE_CHECKING:
    from gridcc.domain.geo import Geography

# Cell size in micro-degrees (about 20 m x 20 m at 23 N).  Ring coordinates are whole micro-degrees and the
# origin sits half a micro-degree off, so no vertex ever lies on a raster line.
_DX_MICRO = 195
_DY_MICRO = 181


def point_in_ring(x: float, y: float, xs: Sequence[float], ys: Sequence[float]) -> bool:
    """Crossing-number test on an open ring; half-open, so a point on a shared edge is in exactly one tile."""
    inside = False
    xj = xs[-1]
    yj = ys[-1]
    for xi, yi in zip(xs, ys, strict=True):
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        xj = xi
        yj = yi
    return inside


@dataclass(frozen=True, slots=True)
class RasterIndex:
    x0: float
    y0: float
    inv_dx: float
    inv_dy: float
    nx: int
    ny: int
    cells: NDArray[np.int32]  # grid index, -1 outside, or -2 - b for boundary cell b
    cells_list: array[int]  # the same, for fast scalar reads
    b_start: NDArray[np.int64]  # CSR of boundary-cell candidates
    b_count: NDArray[np.int64]
    b_cand: NDArray[np.int32]
    b_full: NDArray[np.bool_]  # True: the district outline does not touch the cell
    boundary_list: list[tuple[tuple[int, ...], bool]]


def _touched_cells(
    gx1: NDArray[np.float64], gy1: NDArray[np.float64], gx2: NDArray[np.float64], gy2: NDArray[np.float64]
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """(cell x, cell y, edge number) of every cell each segment passes through (raster coordinates).

    A segment is cut at every raster line it crosses; each piece lies in one cell, found from its midpoint.
    """
    n_edges = gx1.size
    eid = np.arange(n_edges)
    ts: list[NDArray[np.float64]] = [np.zeros(n_edges), np.ones(n_edges)]
    es: list[NDArray[np.int64]] = [eid, eid]
    for a1, a2 in ((gx1, gx2), (gy1, gy2)):
        f1, f2 = np.floor(a1), np.floor(a2)
        n = np.abs(f2 - f1).astype(np.int64)
        rep = np.repeat(eid, n)
        k = np.minimum(f1, f2)[rep] + 1 + (np.arange(rep.size) - np.repeat(np.cumsum(n) - n, n))
        ts.append((k - a1[rep]) / (a2 - a1)[rep])
        es.append(rep)
    t, e = np.concatenate(ts), np.concatenate(es)
    order = np.lexsort((t, e))
    t, e = t[order], e[order]
    same = e[1:] == e[:-1]
    mid, me = (t[1:][same] + t[:-1][same]) / 2, e[1:][same]
    cx = np.concatenate([np.floor(gx1[me] + mid * (gx2 - gx1)[me]), np.floor(gx1), np.floor(gx2)])
    cy = np.concatenate([np.floor(gy1[me] + mid * (gy2 - gy1)[me]), np.floor(gy1), np.floor(gy2)])
    return cx.astype(np.int64), cy.astype(np.int64), np.concatenate([me, eid, eid])


def build_raster_index(
    rings: Sequence[NDArray[np.float64]], outline: NDArray[np.float64], bounds: tuple[float, float, float, float]
) -> RasterIndex:
    """Index closed (lon, lat) rings that tile the district; ``outline`` only sets which cells are partial."""
    min_lon, min_lat, max_lon, max_lat = bounds
    dx, dy = _DX_MICRO * 1e-6, _DY_MICRO * 1e-6
    x0 = (np.floor(min_lon * 1e6) - 2 * _DX_MICRO - 0.5) * 1e-6
    y0 = (np.floor(min_lat * 1e6) - 2 * _DY_MICRO - 0.5) * 1e-6
    nx = int(np.ceil((max_lon - x0) / dx)) + 2
    ny = int(np.ceil((max_lat - y0) / dy)) + 2
    inv_dx, inv_dy = 1.0 / dx, 1.0 / dy

    def raster_edges(segments: Sequence[NDArray[np.float64]]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        a = np.concatenate([r[:-1] for r in segments])
        b = np.concatenate([r[1:] for r in segments])
        cx, cy, e = _touched_cells(
            (a[:, 0] - x0) * inv_dx, (a[:, 1] - y0) * inv_dy, (b[:, 0] - x0) * inv_dx, (b[:, 1] - y0) * inv_dy
        )
        return cy * nx + cx, e

    n_grids = len(rings)
    owner = np.repeat(np.arange(n_grids), [len(r) - 1 for r in rings])
    cell, e = raster_edges(rings)
    pairs = np.unique(cell * n_grids + owner[e])
    b_cells, b_start, b_count = np.unique(pairs // n_grids, return_index=True, return_counts=True)
    b_cand = (pairs % n_grids).astype(np.int32)
    outline_cells, _ = raster_edges([outline])
    b_full = ~np.isin(b_cells, outline_cells)

    pure = np.ones(nx * ny, dtype=bool)
    pure[b_cells] = False
    labels, n_labels = ndimage.label(pure.reshape(ny, nx))
    flat = labels.ravel()
    lab, first = np.unique(flat, return_index=True)
    first = first[lab > 0]
    px = x0 + (first % nx + 0.5) * dx
    py = y0 + (first // nx + 0.5) * dy
    tree = shapely.STRtree([shapely.Polygon(r) for r in rings])
    point_i, grid_i = tree.query(shapely.points(px, py), predicate="intersects")
    label_grid = np.full(n_labels + 1, -1, dtype=np.int32)
    label_grid[point_i + 1] = grid_i
    cells = label_grid[flat]
    cells[b_cells] = -2 - np.arange(b_cells.size, dtype=np.int32)

    cand_list = b_cand.tolist()
    boundary_list = [
        (tuple(cand_list[s : s + c]), f)
        for s, c, f in zip(b_start.tolist(), b_count.tolist(), b_full.tolist(), strict=True)
    ]
    return RasterIndex(
        float(x0),
        float(y0),
        inv_dx,
        inv_dy,
        nx,
        ny,
        cells,
        array("i", cells.tobytes()),
        b_start.astype(np.int64),
        b_count.astype(np.int64),
        b_cand,
        b_full,
        boundary_list,
    )


def _geometry(geom: Any) -> dict[str, Any]:
    rounded = shapely.orient_polygons(shapely.set_precision(geom, 1e-6), exterior_cw=False)
    out: dict[str, Any] = json.loads(shapely.to_geojson(rounded))
    return out


def level_geojson(geo: Geography, level: str, shapes: NDArray[Any]) -> dict[str, Any]:
    """FeatureCollection for one level; parents are unions of their grids, so the layers nest exactly."""
    features: list[dict[str, Any]] = []
    props: dict[str, Any]
    if level == "grid":
        for g in geo.grids:
            loc = geo.location_of(g.index)
            props = {
                "grid_id": g.grid_id,
                "index": g.index,
                "community_id": g.community_id,
                "community_name": loc.community.name_zh,
                "subdistrict_id": g.subdistrict_id,
                "subdistrict_name": loc.subdistrict.name_zh,
                "area_m2": round(g.area_m2, 1),
            }
            ring = [[x, y] for x, y in g.polygon]
            features.append(
                {
                    "type": "Feature",
                    "id": g.grid_id,
                    "properties": props,
                    "geometry": {"type": "Polygon", "coordinates": [ring]},
                }
            )
    elif level in ("community", "subdistrict"):
        key = "community_id" if level == "community" else "subdistrict_id"
        groups: dict[str, list[int]] = {}
        for g in geo.grids:
            groups.setdefault(getattr(g, key), []).append(g.index)
        for unit_id, members in groups.items():
            area = round(sum(geo.grids[i].area_m2 for i in members), 1)
            if level == "community":
                c = geo.community(unit_id)
                sub = geo.subdistrict(c.subdistrict_id)
                props = {
                    "community_id": c.id,
                    "name_zh": c.name_zh,
                    "subdistrict_id": sub.id,
                    "subdistrict_name": sub.name_zh,
                    "grids": len(members),
                    "area_m2": area,
                }
            else:
                s = geo.subdistrict(unit_id)
                n_com = sum(1 for c in geo.communities if c.subdistrict_id == s.id)
                props = {
                    "subdistrict_id": s.id,
                    "name_zh": s.name_zh,
                    "name_en": s.name_en,
                    "grids": len(members),
                    "communities": n_com,
                    "area_m2": area,
                }
            union = shapely.coverage_union_all(shapes[np.asarray(members)])
            features.append({"type": "Feature", "id": unit_id, "properties": props, "geometry": _geometry(union)})
    elif level == "district":
        props = {"code": "440604", "name_zh": geo.name_zh, "area_m2": round(geo.area_m2, 1), **geo.stats()}
        features.append(
            {
                "type": "Feature",
                "id": "440604",
                "properties": props,
                "geometry": _geometry(shapely.Polygon(geo.outline)),
            }
        )
    else:
        raise ValueError(f"unknown geojson level {level!r}; use grid, community, subdistrict or district")
    return {"type": "FeatureCollection", "features": features}
