"""Builds ``grids.json``: Chancheng's outline, 4 sub-districts, ~110 communities and exactly 1046 grids.

No open grid data set of the district exists, so the tiling is synthetic but
plausible: an irregular outline of 154 km² around the real district, grids from
a density-weighted centroidal Voronoi tessellation (smaller grids in the old
centre of 祖庙, as real grids are drawn by households, not by area), clipped to
the outline, then grouped into sub-districts by a wavy partition and into
communities by k-means, both made contiguous.  The seed is fixed, so running
``python -m gridcc.domain.data.build_geo`` again gives the same file; the file is
versioned so that nothing depends on re-running it.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from numpy.typing import NDArray
from scipy.spatial import Voronoi, cKDTree

from gridcc.domain.geo import ring_area_m2

SEED = 440604
N_GRIDS = 1046
TARGET_AREA_KM2 = 154.0
OUT = Path(__file__).with_name("grids.json")

# Local linear frame (metres) for the Voronoi step: isotropic, and straight lines stay straight in lon/lat.
LON0, LAT0 = 113.10, 23.02
MX = 111_320.0 * math.cos(math.radians(LAT0))
MY = 110_750.0

# Hand-drawn outline (lon, lat), clockwise from the north-west; scaled to TARGET_AREA_KM2 below.
OUTLINE = [
    (113.040, 23.068), (113.052, 23.074), (113.066, 23.077), (113.080, 23.079), (113.093, 23.074),
    (113.104, 23.071), (113.116, 23.072), (113.128, 23.067), (113.139, 23.062), (113.147, 23.054),
    (113.155, 23.046), (113.163, 23.037), (113.168, 23.025), (113.166, 23.012), (113.158, 23.002),
    (113.146, 22.995), (113.133, 22.990), (113.120, 22.986), (113.108, 22.979), (113.097, 22.970),
    (113.085, 22.961), (113.070, 22.954), (113.055, 22.952), (113.043, 22.957), (113.035, 22.968),
    (113.033, 22.982), (113.037, 22.996), (113.034, 23.010), (113.032, 23.026), (113.037, 23.041),
    (113.034, 23.055),
]  # fmt: skip

# (id, name_zh, name_en, anchor (lon, lat) where the first-listed communities go, community names)
SUBDISTRICTS: list[tuple[str, str, str, tuple[float, float], list[str]]] = [
    ("440604010", "祖庙街道", "Zumiao Subdistrict", (113.113, 23.041), [
        "祖庙社区", "升平社区", "普君社区", "亲仁社区", "兆祥社区", "新风社区", "福贤社区", "莲花社区",
        "朝安社区", "文华社区", "环市社区", "惠景社区", "塔坡社区", "铁军社区", "同济社区", "岭南社区",
        "卫国社区", "城门头社区", "朝东社区", "桂园社区", "季华社区", "石路社区", "江滨社区", "丰宁社区",
        "高基社区", "锦华社区", "南浦社区", "快子社区", "大塘社区", "绿景社区", "华远社区", "百花社区",
        "东华社区", "弼唐社区", "富民社区", "中山社区", "王借岗社区", "汾江社区",
    ]),
    ("440604011", "石湾镇街道", "Shiwan Town Subdistrict", (113.112, 23.005), [
        "石湾社区", "澜石社区", "东平社区", "小雾岗社区", "三友社区", "红庙社区", "湾华社区", "南风社区",
        "惠岐社区", "黎涌社区", "深村社区", "新市社区", "奇槎社区", "东村社区", "河宕社区", "江湾社区",
        "绿岛社区", "榴苑社区", "忠信社区", "鄱阳社区", "莲峰社区", "东风社区", "沙岗社区", "夏南社区",
        "河滨社区", "陶城社区", "明珠社区", "新明社区", "岚岗社区", "石头社区",
    ]),
    ("440604012", "张槎街道", "Zhangcha Subdistrict", (113.072, 23.052), [
        "张槎社区", "大富社区", "大江社区", "海口社区", "莲塘社区", "村头社区", "上朗社区", "下朗社区",
        "白坭坑社区", "东鄱社区", "西鄱社区", "沙口社区", "大沙社区", "塘头社区", "古灶社区", "岗头社区",
        "湾头社区", "马冲社区", "山紫社区", "庞村社区",
    ]),
    ("440604100", "南庄镇", "Nanzhuang Town", (113.060, 22.995), [
        "南庄社区", "紫南村", "吉利村", "罗格村", "杏头村", "溶洲村", "龙津村", "堤田村", "梧村村",
        "醒群村", "贺丰村", "大岸村", "上元村", "隆庆村", "湖涌村", "绿洲社区", "紫洞村", "沙溶村",
        "横江村", "华夏社区", "务庄村", "双龙村",
    ]),
]  # fmt: skip

# Base-map lines (lon, lat): approximate courses, drawn for orientation on the wall screen.
RIVERS: list[tuple[str, float, list[tuple[float, float]]]] = [
    ("佛山水道", 120.0, [(113.020, 23.083), (113.045, 23.071), (113.070, 23.062), (113.092, 23.058),
                        (113.110, 23.052), (113.128, 23.049), (113.150, 23.044), (113.180, 23.040)]),
    ("东平水道", 300.0, [(113.015, 22.950), (113.045, 22.950), (113.075, 22.955), (113.100, 22.968),
                        (113.122, 22.982), (113.148, 22.992), (113.168, 23.004), (113.185, 23.012)]),
    ("奇槎涌", 25.0, [(113.120, 23.030), (113.135, 23.022), (113.150, 23.012), (113.160, 23.006)]),
]  # fmt: skip
ROADS: list[tuple[str, str, list[tuple[float, float]]]] = [
    ("季华路", "arterial", [(113.030, 23.004), (113.070, 23.006), (113.100, 23.009), (113.140, 23.010),
                          (113.170, 23.012)]),
    ("魁奇路", "arterial", [(113.040, 22.992), (113.080, 22.993), (113.120, 22.996), (113.160, 22.999)]),
    ("绿景路", "arterial", [(113.060, 23.022), (113.095, 23.021), (113.130, 23.020), (113.165, 23.019)]),
    ("佛山大道", "expressway", [(113.126, 23.080), (113.125, 23.050), (113.123, 23.020), (113.121, 22.985)]),
    ("岭南大道", "arterial", [(113.104, 23.072), (113.105, 23.040), (113.103, 23.005), (113.101, 22.975)]),
    ("汾江路", "arterial", [(113.114, 23.060), (113.115, 23.040), (113.114, 23.020), (113.112, 23.000)]),
    ("文华路", "arterial", [(113.094, 23.050), (113.095, 23.025), (113.094, 22.995)]),
    ("禅西大道", "expressway", [(113.058, 23.078), (113.060, 23.040), (113.062, 23.000), (113.066, 22.955)]),
    ("佛山一环", "expressway", [(113.036, 23.075), (113.040, 23.030), (113.045, 22.980), (113.050, 22.950)]),
]  # fmt: skip


def to_xy(lon: NDArray[Any], lat: NDArray[Any]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    return (np.asarray(lon) - LON0) * MX, (np.asarray(lat) - LAT0) * MY


def to_lonlat(x: NDArray[Any], y: NDArray[Any]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    return np.asarray(x) / MX + LON0, np.asarray(y) / MY + LAT0


def subdistrict_of(lon: float, lat: float) -> int:
    """Wavy partition of the outline: 祖庙 NE, 石湾 SE, 张槎 NW, 南庄 SW/W (indices into SUBDISTRICTS)."""
    split_lon = 113.099 + 0.004 * math.sin((lat - 23.0) * 160)
    if lon >= split_lon:
        return 0 if lat >= 23.025 + 0.003 * math.sin((lon - 113.1) * 200) else 1
    return 2 if lat >= 23.031 + 0.004 * math.sin((lon - 113.05) * 180) else 3


def density(x: NDArray[np.float64], y: NDArray[np.float64]) -> NDArray[np.float64]:
    """Relative grid density: households per km² stand-in, highest in the old centre."""
    d = np.ones_like(x)
    for lon, lat, amp, sigma in (
        (113.113, 23.041, 3.0, 2300.0),
        (113.100, 23.005, 0.9, 2000.0),
        (113.072, 23.052, 0.6, 1800.0),
        (113.140, 23.015, 0.5, 1800.0),
    ):
        cx, cy = to_xy(np.asarray(lon), np.asarray(lat))
        d += amp * np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * sigma**2))
    return d


def scaled_outline() -> shapely.Polygon:
    """The hand-drawn outline scaled about its centroid to the target area, rounded to micro-degrees."""
    poly = shapely.Polygon(OUTLINE)
    for _ in range(3):
        c = poly.centroid
        k = math.sqrt(TARGET_AREA_KM2 * 1e6 / ring_area_m2(list(poly.exterior.coords)))
        poly = shapely.affinity.scale(poly, k, k, origin=c)
    coords = np.round(np.asarray(poly.exterior.coords), 6)
    poly = shapely.orient_polygons(shapely.Polygon(coords), exterior_cw=False)
    assert poly.is_valid
    return poly


def seeds(outline: shapely.Polygon, rng: np.random.Generator) -> NDArray[np.float64]:
    """Density-weighted centroidal Voronoi seeds (Lloyd on samples): regular, size-graded grids."""
    minx, miny, maxx, maxy = outline.bounds
    sx, sy = to_xy(np.array([minx, maxx]), np.array([miny, maxy]))
    pts = rng.uniform((sx[0], sy[0]), (sx[1], sy[1]), size=(1_500_000, 2))
    lon, lat = to_lonlat(pts[:, 0], pts[:, 1])
    pts = pts[shapely.contains_xy(outline, lon, lat)]
    d = density(pts[:, 0], pts[:, 1])
    pts = pts[rng.random(len(pts)) < d / d.max()][:400_000]
    s = pts[rng.choice(len(pts), N_GRIDS, replace=False)]
    for _ in range(25):
        _, lab = cKDTree(s).query(pts)
        cnt = np.bincount(lab, minlength=N_GRIDS)
        sums = np.stack([np.bincount(lab, pts[:, k], minlength=N_GRIDS) for k in (0, 1)], axis=1)
        s = np.where(cnt[:, None] > 0, sums / np.maximum(cnt, 1)[:, None], s)
    return np.asarray(s, dtype=np.float64)


def voronoi_cells(s: NDArray[np.float64], outline: shapely.Polygon) -> list[shapely.Polygon]:
    """Voronoi cells clipped to the outline; a detached sliver joins the neighbour it touches most."""
    far = np.array([[-1e6, -1e6], [-1e6, 1e6], [1e6, -1e6], [1e6, 1e6]])
    vor = Voronoi(np.vstack([s, far]))
    vlon, vlat = to_lonlat(vor.vertices[:, 0], vor.vertices[:, 1])
    verts = np.round(np.stack([vlon, vlat], axis=1), 6)
    cells: list[Any] = []
    orphans: list[Any] = []
    for i in range(N_GRIDS):
        region = vor.regions[vor.point_region[i]]
        assert -1 not in region
        clipped = shapely.intersection(shapely.Polygon(verts[region]), outline)
        parts = list(getattr(clipped, "geoms", [clipped]))
        seed_pt = shapely.Point(*to_lonlat(s[i, 0], s[i, 1]))
        main = min(parts, key=lambda p: p.distance(seed_pt))
        cells.append(main)
        orphans.extend(p for p in parts if p is not main and p.area > 0)
    for part in orphans:
        j = max(range(N_GRIDS), key=lambda k: cells[k].boundary.intersection(part.boundary).length)
        cells[j] = shapely.union(cells[j], part)
    out = []
    for c in cells:
        p = shapely.orient_polygons(shapely.set_precision(c, 1e-6), exterior_cw=False)
        assert isinstance(p, shapely.Polygon) and p.is_valid and not p.interiors, p
        out.append(p)
    return out


def edge_neighbours(rings: list[list[tuple[float, float]]]) -> list[set[int]]:
    """Neighbours by exactly shared edges (the tiling is conforming: both tiles hold the same vertices)."""
    owner: dict[tuple[tuple[float, float], tuple[float, float]], int] = {}
    for g, ring in enumerate(rings):
        for a, b in zip(ring, ring[1:] + ring[:1], strict=True):
            owner[(a, b)] = g
    nb: list[set[int]] = [set() for _ in rings]
    for (a, b), g in owner.items():
        h = owner.get((b, a))
        if h is not None and h != g:
            nb[g].add(h)
    return nb


def make_contiguous(labels: NDArray[np.int64], nb: list[set[int]], allowed: NDArray[np.int64] | None) -> None:
    """Hand every detached piece of a unit to the neighbouring unit it borders most (in place)."""
    for _ in range(20):
        changed = False
        for unit in np.unique(labels):
            members = set(np.flatnonzero(labels == unit).tolist())
            comps: list[set[int]] = []
            while members:
                stack, comp = [members.pop()], set()
                while stack:
                    g = stack.pop()
                    comp.add(g)
                    for h in nb[g]:
                        if h in members:
                            members.discard(h)
                            stack.append(h)
                comps.append(comp)
            comps.sort(key=len, reverse=True)
            for comp in comps[1:]:
                votes = Counter(
                    int(labels[h])
                    for g in comp
                    for h in nb[g]
                    if h not in comp and (allowed is None or allowed[h] == allowed[g])
                )
                if votes:
                    new = votes.most_common(1)[0][0]
                    labels[list(comp)] = new
                    changed = True
        if not changed:
            return


def kmeans(pts: NDArray[np.float64], k: int, rng: np.random.Generator) -> NDArray[np.int64]:
    """Plain k-means++ / Lloyd: deterministic given the generator, no scipy API drift."""
    centres = [pts[rng.integers(len(pts))]]
    for _ in range(k - 1):
        d2 = np.min(((pts[:, None, :] - np.array(centres)[None]) ** 2).sum(-1), axis=1)
        centres.append(pts[rng.choice(len(pts), p=d2 / d2.sum())])
    c = np.array(centres)
    lab = np.zeros(len(pts), dtype=np.int64)
    for _ in range(50):
        lab = ((pts[:, None, :] - c[None]) ** 2).sum(-1).argmin(axis=1)
        for j in range(k):
            if np.any(lab == j):
                c[j] = pts[lab == j].mean(axis=0)
    return lab


def lines_geojson(outline: shapely.Polygon) -> dict[str, Any]:
    feats: list[dict[str, Any]] = []
    for name, width, pts in RIVERS:
        feats.append(
            {
                "type": "Feature",
                "properties": {"kind": "river", "name_zh": name, "width_m": width},
                "geometry": {"type": "LineString", "coordinates": [list(p) for p in pts]},
            }
        )
    for name, klass, pts in ROADS:
        clipped = shapely.intersection(shapely.LineString(pts), outline)
        geom = json.loads(shapely.to_geojson(shapely.set_precision(clipped, 1e-6)))
        feats.append(
            {"type": "Feature", "properties": {"kind": "road", "name_zh": name, "class": klass}, "geometry": geom}
        )
    return {"type": "FeatureCollection", "features": feats}


def build() -> dict[str, Any]:
    rng = np.random.default_rng(SEED)
    outline = scaled_outline()
    s = seeds(outline, rng)
    cells = voronoi_cells(s, outline)
    rings = [[(float(x), float(y)) for x, y in list(p.exterior.coords)[:-1]] for p in cells]
    nb = edge_neighbours(rings)
    cent = np.array([[p.centroid.x, p.centroid.y] for p in cells])
    sub = np.array([subdistrict_of(x, y) for x, y in cent], dtype=np.int64)
    make_contiguous(sub, nb, None)

    cx, cy = to_xy(cent[:, 0], cent[:, 1])
    xy = np.stack([cx, cy], axis=1)
    community = np.zeros(N_GRIDS, dtype=np.int64)
    communities: list[dict[str, str]] = []
    for si, (sid, _, _, anchor, names) in enumerate(SUBDISTRICTS):
        idx = np.flatnonzero(sub == si)
        lab = kmeans(xy[idx], len(names), rng)
        ax, ay = to_xy(np.asarray(anchor[0]), np.asarray(anchor[1]))
        order = sorted(set(lab.tolist()), key=lambda j: float(np.hypot(*(xy[idx][lab == j].mean(0) - (ax, ay)))))
        for n, j in enumerate(order):
            community[idx[lab == j]] = len(communities) + n
        communities.extend(
            {"id": f"{sid}{n + 1:03d}", "name_zh": names[n], "subdistrict_id": sid} for n in range(len(order))
        )
    make_contiguous(community, nb, sub)

    order_ids: dict[int, str] = {}
    for ci, com in enumerate(communities):
        members = np.flatnonzero(community == ci)
        assert members.size >= 2, com
        row = np.floor((cent[members, 1].max() - cent[members, 1]) / 0.004)
        for n, g in enumerate(members[np.lexsort((cent[members, 0], row))]):
            order_ids[int(g)] = f"{com['id']}{n + 1:03d}"
    perm = sorted(range(N_GRIDS), key=lambda g: order_ids[g])
    new_index = {g: i for i, g in enumerate(perm)}
    grids = []
    for g in perm:
        p = cells[g]
        grids.append(
            {
                "id": order_ids[g],
                "community_id": communities[int(community[g])]["id"],
                "centroid": [round(p.centroid.y, 6), round(p.centroid.x, 6)],
                "area_m2": round(ring_area_m2(rings[g]), 1),
                "neighbours": sorted(new_index[h] for h in nb[g]),
                "ring": [v for pt in rings[g] for v in pt],
            }
        )
    # The stored outline is the union of the rounded grids (clipping points included), so they match exactly.
    union = shapely.orient_polygons(shapely.coverage_union_all(cells), exterior_cw=False)
    assert isinstance(union, shapely.Polygon) and not union.interiors
    o = list(union.exterior.coords)[:-1]
    district = {
        "code": "440604",
        "name_zh": "禅城区",
        "name_en": "Chancheng District",
        "area_m2": round(ring_area_m2(o), 1),
        "outline": [v for pt in o for v in pt],
    }
    subs = [{"id": sid, "name_zh": zh, "name_en": en} for sid, zh, en, _, _ in SUBDISTRICTS]
    return {
        "version": 1,
        "seed": SEED,
        "district": district,
        "subdistricts": subs,
        "communities": communities,
        "features": lines_geojson(outline),
        "grids": grids,
    }


def dump(data: dict[str, Any]) -> str:
    """One grid per line: small diffs, and the file stays readable."""
    head = {k: v for k, v in data.items() if k != "grids"}
    text = json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1]
    lines = [json.dumps(g, ensure_ascii=False, separators=(",", ":")) for g in data["grids"]]
    return text + ',\n"grids":[\n' + ",\n".join(lines) + "\n]}\n"


def main() -> None:
    data = build()
    OUT.write_text(dump(data), encoding="utf-8")
    per_sub = Counter(g["id"][:9] for g in data["grids"])
    sizes = Counter(g["community_id"] for g in data["grids"])
    print(
        json.dumps(
            {
                "file": str(OUT),
                "bytes": OUT.stat().st_size,
                "grids": len(data["grids"]),
                "communities": len(data["communities"]),
                "area_km2": data["district"]["area_m2"] / 1e6,
                "grids_per_subdistrict": per_sub,
                "community_grids_min_max": [min(sizes.values()), max(sizes.values())],
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
