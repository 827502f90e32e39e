"""Incidents for the end-to-end benchmark: distinct by construction, so every one should open exactly one case.

Latency is only defined for an event that opens a new case, and
``duplicate_cases`` only means something if the benchmark knows which events
describe the same problem.  So the planner hands out *incidents* (a matter
type at a place) that can never merge with each other or with a case already
open: per matter type it keeps a spatial hash of what it placed and rejects a
spot within that type's merge radius (plus a margin) of anything earlier.
Deliberate duplicates are then extra events of one incident, a few metres off.

IoT alarms are the scarce kind: only real components with a sensor of the
right kind can raise them (about 29,000), and a component alarms once until it
is cleared.  A sweep therefore gives each step its own *lane*: readings of
step ``k`` are dated ``k * LANE_S`` in the past, beyond every IoT matter type's
merge window, so the same sensor can alarm again in the next step without its
new alarm joining the previous step's case (the readings also clear the
sensor first).  A step that has made every sensor alarm (about 19 minutes at
50 events/s) moves on to its next lane; each step owns ``LANE_ROUNDS`` lanes.
Citizens and cameras always use lane 0 and simply never reuse a spot.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from gridcc.domain.components import SENSOR_KINDS, ComponentRegistry
from gridcc.domain.event import Source
from gridcc.domain.geo import Geography
from gridcc.domain.taxonomy import Taxonomy
from ingest.thresholds import RULES
from streams.merge import distance_m

LANE_S = 3 * 86_400.0  # longer than the merge window of every matter type an IoT alarm raises (1 day)
LANE_ROUNDS = 8  # lanes per step: 8 x ~23,000 sensor alarms
_MARGIN_M = 15.0  # duplicates are jittered by up to 5 m; keep incidents well apart beyond the radius


@dataclass
class Incident:
    """One problem somewhere; ``events`` are the accepted event ids, the first one opening the case."""

    iid: int
    source: str  # citizen | citizen_text | iot | video
    code: str
    lat: float
    lon: float
    grid_id: str
    lane: int = 0
    component: str | None = None  # IoT: 16-digit component code
    kind: str | None = None  # IoT: sensor kind (a key of ingest.thresholds.RULES)
    camera_id: str | None = None
    events: list[str] = field(default_factory=list)
    sent_at: float | None = None  # wall time the opening event was sent
    accepted_at: float | None = None
    case_id: str | None = None  # the case the opening event should open (deterministic id)


@dataclass(frozen=True, slots=True)
class Sensor:
    code: str
    kind: str
    matter: str
    lat: float
    lon: float
    grid_id: str


class SpotIndex:
    """Per (lane, matter type): points already taken, hashed in cells of the type's merge radius."""

    def __init__(self, radius_of: dict[str, float]) -> None:
        self.radius_of = radius_of
        self._cells: dict[tuple[int, str], dict[tuple[int, int], list[tuple[float, float]]]] = defaultdict(
            lambda: defaultdict(list)
        )

    def _cell(self, code: str, lat: float, lon: float) -> tuple[int, int, float]:
        r = self.radius_of.get(code, 100.0) + _MARGIN_M
        x = lon * 111_320.0 * math.cos(math.radians(23.0))
        y = lat * 110_540.0
        return int(x // r), int(y // r), r

    def free(self, lane: int, code: str, lat: float, lon: float) -> bool:
        cx, cy, r = self._cell(code, lat, lon)
        cells = self._cells.get((lane, code))
        if not cells:
            return True
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for plat, plon in cells.get((cx + dx, cy + dy), ()):
                    if distance_m(lat, lon, plat, plon) <= r:
                        return False
        return True

    def take(self, lane: int, code: str, lat: float, lon: float) -> None:
        cx, cy, _ = self._cell(code, lat, lon)
        self._cells[(lane, code)][(cx, cy)].append((lat, lon))


class Planner:
    """Hands out non-merging incidents for each source; ``None`` when a source has no free slot left."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        geo: Geography,
        sensors: list[Sensor],
        cameras: list[tuple[str, float, float]],
        seed: int,
        open_cases: Iterable[tuple[str, float, float]] = (),
    ) -> None:
        self.tax = taxonomy
        self.geo = geo
        self.rng = random.Random(seed)
        self.spots = SpotIndex({t.code: float(t.merge_radius_m) for t in taxonomy})
        for code, lat, lon in open_cases:  # a running stack's open cases: never land on one of them
            self.spots.take(0, code, lat, lon)
        self.citizen_types = [t.code for t in taxonomy.reportable_by(Source.CITIZEN)]
        self.video_types = [t.code for t in taxonomy.reportable_by(Source.VIDEO)]
        self.cameras = cameras
        self.sensors = sensors
        self._sensor_order = list(range(len(sensors)))
        self.rng.shuffle(self._sensor_order)
        self._sensor_pos: dict[int, int] = defaultdict(int)
        self.next_iid = 0
        self.exhausted: dict[str, int] = defaultdict(int)

    def _new(
        self,
        source: str,
        code: str,
        lat: float,
        lon: float,
        lane: int = 0,
        component: str | None = None,
        kind: str | None = None,
        camera_id: str | None = None,
    ) -> Incident:
        self.spots.take(lane, code, lat, lon)
        self.next_iid += 1
        grid = self.geo.grids[self.geo.locate_index(lat, lon)].grid_id
        return Incident(self.next_iid, source, code, lat, lon, grid, lane, component, kind, camera_id)

    def citizen(self, source: str = "citizen", tries: int = 30) -> Incident | None:
        for _ in range(tries):
            code = self.rng.choice(self.citizen_types)
            lat, lon = self.geo.random_point(self.rng)
            if self.spots.free(0, code, lat, lon):
                return self._new(source, code, lat, lon)
        self.exhausted[source] += 1
        return None

    def video(self, tries: int = 30) -> Incident | None:
        for _ in range(tries):
            code = self.rng.choice(self.video_types)
            cam, lat, lon = self.rng.choice(self.cameras)
            if self.spots.free(0, code, lat, lon) and self.geo.locate_index(lat, lon) >= 0:
                return self._new("video", code, lat, lon, camera_id=cam)
        self.exhausted["video"] += 1
        return None

    def iot(self, lane: int) -> Incident | None:
        """The next sensor (in a shuffled order) whose alarm would not merge with anything in this lane."""
        pos = self._sensor_pos[lane]
        while pos < len(self._sensor_order):
            s = self.sensors[self._sensor_order[pos]]
            pos += 1
            if self.spots.free(lane, s.matter, s.lat, s.lon):
                self._sensor_pos[lane] = pos
                return self._new("iot", s.matter, s.lat, s.lon, lane, component=s.code, kind=s.kind)
        self._sensor_pos[lane] = pos
        self.exhausted["iot"] += 1
        return None

    def iot_from(self, lane: int, lane_end: int) -> Incident | None:
        """The next alarm in ``lane``, or in the first later lane below ``lane_end`` that still has sensors."""
        for k in range(lane, lane_end):
            inc = self.iot(k)
            if inc is not None:
                return inc
        return None

    def jitter(self, inc: Incident, metres: float = 4.0) -> tuple[float, float]:
        """A spot a few metres from the incident, in the same grid (so on the same Kafka partition)."""
        index = self.geo.locate_index(inc.lat, inc.lon)
        for _ in range(20):
            a = self.rng.uniform(0, 2 * math.pi)
            d = self.rng.uniform(0, metres)
            lat = inc.lat + d * math.sin(a) / 110_540.0
            lon = inc.lon + d * math.cos(a) / (111_320.0 * math.cos(math.radians(inc.lat)))
            if self.geo.locate_index(lat, lon) == index:
                return lat, lon
        return inc.lat, inc.lon


def iot_sensors(components: ComponentRegistry, geo: Geography, matter_for: object) -> list[Sensor]:
    """Every component with a sensor, with the matter type the MQTT bridge will give its alarm."""
    out = []
    for row in components.iot_components().tolist():
        kind = SENSOR_KINDS[int(components.sensor_index[row])].value
        if kind not in RULES:
            continue
        c = components.component(int(row))
        matter = matter_for(kind, c.class_code)  # type: ignore[operator]
        out.append(Sensor(c.code, kind, matter, c.lat, c.lon, geo.grids[c.grid_index].grid_id))
    return out


def cameras_for(geo: Geography, feeds: int, seed: int) -> list[tuple[str, float, float]]:
    """The camera registry's ids and places (the vision workers' own), or generated ones if vision is absent."""
    try:
        from vision.registry import build_registry

        return [(f.camera_id, f.lat, f.lon) for f in build_registry(feeds, seed, geo=geo)]
    except Exception:  # vision is optional for this benchmark: any camera-like id will do for the stream
        rng = random.Random(seed)
        return [(f"CAM-{i:05d}", *geo.random_point(rng)) for i in range(feeds)]
