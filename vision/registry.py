"""The camera registry: every feed the vision worker polls, where it looks and what each zone watches for.

Chancheng has 5000+ feeds; the registry is generated deterministically from
settings (feed count and the simulator seed) so the camera simulator, the
vision workers and the benchmark agree on the same ids, places and zones
without sharing a file.  A production deployment swaps ``build_registry`` for
its asset register; everything downstream only sees ``CameraFeed``.

Zones are polygons in normalised frame coordinates (0..1, x right, y down) so
they hold at any resolution.  A zone names the incidents it watches for and
the local hours it is watched (a no-parking kerb may be enforced 07-22 only).
Masks are areas the motion gate ignores (sky, swaying trees, a LED sign).

Example::

    >>> reg = build_registry(feeds=12, seed=1)
    >>> len(reg), reg[0].camera_id, reg.get("CAM-00011").index
    (12, 'CAM-00000', 11)
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from gridcc.domain.geo import Geography, load_geography
from gridcc.settings import Settings

Polygon = tuple[tuple[float, float], ...]


class Watch(StrEnum):
    """What a zone is watched for; each maps to one rule and one matter type."""

    PERSON_DOWN = "person_down"
    GATHERING = "gathering"
    SMOKE = "smoke"
    PARKING = "parking"
    PILE = "pile"


@dataclass(frozen=True, slots=True)
class Zone:
    zone_id: str
    name: str
    polygon: Polygon
    watch: frozenset[Watch]
    hours: tuple[int, int] = (0, 24)  # local (UTC+8) hours [start, end) when the zone is enforced

    def active_at_hour(self, hour: int) -> bool:
        start, end = self.hours
        return start <= hour < end if start <= end else hour >= start or hour < end


@dataclass(frozen=True, slots=True)
class Schedule:
    """When a feed is examined by the detector even if nothing moves (a still scene can hide a still person)."""

    check_every_s: float
    offset_s: float  # spreads the checks of all feeds evenly over the period


@dataclass(frozen=True, slots=True)
class CameraFeed:
    camera_id: str
    index: int
    lat: float
    lon: float
    grid_id: str
    grid_index: int
    url: str
    layout: str
    scene: int  # background variant; only the simulator cares
    zones: tuple[Zone, ...]
    masks: tuple[Polygon, ...]
    schedule: Schedule

    def zones_watching(self, watch: Watch) -> tuple[Zone, ...]:
        return tuple(z for z in self.zones if watch in z.watch)


def _rect(x0: float, y0: float, x1: float, y1: float) -> Polygon:
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))


FULL = _rect(0.0, 0.0, 1.0, 1.0)
SKY_MASK = _rect(0.0, 0.0, 1.0, 0.14)

# Layout templates: a street (pavement above a kerb lane) and a plaza with a side lane.
LAYOUTS: dict[str, tuple[tuple[str, Polygon, frozenset[Watch]], ...]] = {
    "street": (
        ("frame", FULL, frozenset({Watch.PERSON_DOWN, Watch.SMOKE})),
        ("pavement", _rect(0.0, 0.36, 1.0, 0.66), frozenset({Watch.GATHERING, Watch.PILE})),
        ("kerb", _rect(0.0, 0.66, 1.0, 1.0), frozenset({Watch.PARKING})),
    ),
    "plaza": (
        ("frame", FULL, frozenset({Watch.PERSON_DOWN, Watch.SMOKE})),
        ("plaza", ((0.0, 0.34), (0.68, 0.34), (0.62, 1.0), (0.0, 1.0)), frozenset({Watch.GATHERING, Watch.PILE})),
        ("lane", ((0.72, 0.34), (1.0, 0.34), (1.0, 1.0), (0.68, 1.0)), frozenset({Watch.PARKING})),
    ),
}
SCENES_PER_LAYOUT = 8
DEFAULT_CHECK_EVERY_S = 900.0


def _zones(layout: str, parking_hours: tuple[int, int]) -> tuple[Zone, ...]:
    return tuple(
        Zone(f"z{k}", name, poly, watch, parking_hours if Watch.PARKING in watch else (0, 24))
        for k, (name, poly, watch) in enumerate(LAYOUTS[layout])
    )


class Registry(Sequence[CameraFeed]):
    """All feeds, by dense index (the scheduler's arrays) and by camera id."""

    def __init__(self, feeds: Sequence[CameraFeed]) -> None:
        self._feeds = tuple(feeds)
        self._by_id = {f.camera_id: f for f in self._feeds}
        if len(self._by_id) != len(self._feeds):
            raise ValueError("camera ids must be unique")

    def __len__(self) -> int:
        return len(self._feeds)

    def __getitem__(self, i: int) -> CameraFeed:  # type: ignore[override]
        return self._feeds[i]

    def __iter__(self) -> Iterator[CameraFeed]:
        return iter(self._feeds)

    def get(self, camera_id: str) -> CameraFeed:
        return self._by_id[camera_id]

    def with_base(self, camera_base: str) -> Registry:
        """The same feeds polled from another server (the benchmark's own simulator on a free port)."""
        base = camera_base.rstrip("/")
        return Registry([replace(f, url=f"{base}/cam/{f.camera_id}.jpg") for f in self._feeds])


def camera_id(index: int) -> str:
    return f"CAM-{index:05d}"


def build_registry(
    feeds: int,
    seed: int,
    camera_base: str = "http://127.0.0.1:8002",
    geo: Geography | None = None,
    check_every_s: float = DEFAULT_CHECK_EVERY_S,
) -> Registry:
    """``feeds`` cameras spread over every grid (round-robin over a shuffled grid order), same seed same result."""
    geo = geo or load_geography()
    rng = random.Random(seed * 7919 + 5000)
    order = list(range(len(geo.grids)))
    rng.shuffle(order)
    base = camera_base.rstrip("/")
    out: list[CameraFeed] = []
    layouts = sorted(LAYOUTS)
    for i in range(feeds):
        grid_index = order[i % len(order)]
        lat, lon = geo.random_point(rng, grid_index)
        layout = layouts[rng.randrange(len(layouts))]
        parking_hours = (7, 22) if rng.random() < 0.2 else (0, 24)
        cid = camera_id(i)
        out.append(
            CameraFeed(
                camera_id=cid,
                index=i,
                lat=round(lat, 6),
                lon=round(lon, 6),
                grid_id=geo.grids[grid_index].grid_id,
                grid_index=grid_index,
                url=f"{base}/cam/{cid}.jpg",
                layout=layout,
                scene=rng.randrange(SCENES_PER_LAYOUT),
                zones=_zones(layout, parking_hours),
                masks=(SKY_MASK,),
                schedule=Schedule(check_every_s, offset_s=round(rng.random() * check_every_s, 3)),
            )
        )
    return Registry(out)


def registry_from_settings(settings: Settings, camera_base: str | None = None) -> Registry:
    """The deployment's registry: ``settings.vision.feeds`` feeds seeded by ``settings.simulator.seed``."""
    base = camera_base or f"http://127.0.0.1:{settings.ports.cameras}"
    return build_registry(settings.vision.feeds, settings.simulator.seed, base)


def point_in_polygon(x: float, y: float, poly: Polygon) -> bool:
    """Ray casting on normalised coordinates; a point on the boundary may fall either way."""
    inside = False
    n = len(poly)
    j = n - 1
    for i in range(n):
        xi, yi = poly[i]
        xj, yj = poly[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside
