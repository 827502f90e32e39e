"""Point -> grid lookup benchmark: ``python -m gridcc.domain.bench_geo [--points N] [--runs R]``.

Prints one JSON line.  A benchmark and not a timed test, because timings on a
shared CI runner say little; the figures go in docs and in the docstring of
``gridcc.domain.geo``.  Points are uniform over the district's bounding box, so
about a quarter fall outside and take the cheap rejection path, as stray GPS
fixes do.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import numpy as np

from gridcc.domain.geo import Geography


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--points", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    geo = Geography.from_file()
    load_s = time.perf_counter() - t0

    rng = np.random.default_rng(7)
    min_lon, min_lat, max_lon, max_lat = geo.bounds
    lats = rng.uniform(min_lat, max_lat, args.points)
    lons = rng.uniform(min_lon, max_lon, args.points)
    lat_list, lon_list = lats.tolist(), lons.tolist()
    locate = geo.locate_index

    scalar: list[float] = []
    vector: list[float] = []
    for _ in range(args.runs):
        t = time.perf_counter()
        for la, lo in zip(lat_list, lon_list, strict=True):
            locate(la, lo)
        scalar.append((time.perf_counter() - t) / args.points * 1e6)
        t = time.perf_counter()
        found = geo.locate_many(lats, lons)
        vector.append((time.perf_counter() - t) / args.points * 1e6)
    print(
        json.dumps(
            {
                "bench": "geo_locate",
                "grids": len(geo.grids),
                "points": args.points,
                "runs": args.runs,
                "inside_share": round(float(np.mean(found >= 0)), 3),
                "locate_index_us": round(statistics.median(scalar), 3),
                "locate_many_us_per_point": round(statistics.median(vector), 4),
                "load_s": round(load_s, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
