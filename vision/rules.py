"""Per-zone rules from detections to incidents: one alert per incident, never one per frame.

Each (zone, watch) pair keeps a small track: when its condition was first and
last seen, how many observations confirmed it, whether an alert was raised
and until when the zone is cooling down.  An alert is raised once the
condition has persisted long enough (a gathering for ``gathering_s``, a
vehicle for ``parking_s``) or been confirmed by ``confirm_hits`` observations
(a fall, smoke); it is not raised again until the condition has been absent
for ``gap_s`` *and* the cool-down has passed.  A missed detection in one frame
therefore never splits an incident in two.

Pure: time comes in as an argument (unix seconds), so tests script hours of
camera time in microseconds.

Example::

    >>> from vision.registry import build_registry
    >>> feed = build_registry(1, seed=1)[0]
    >>> rules = FeedRules(feed, RuleConfig(confirm_hits=1), {Watch.PERSON_DOWN})
    >>> down = Detection("Fall", "fall", 0.8, 0.3, 0.6, 0.5, 0.8)
    >>> [a.watch.value for a in rules.observe(1000.0, [down])], rules.observe(1008.0, [down])
    (['person_down'], [])
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from vision.detector import Detection
from vision.registry import CameraFeed, Watch, Zone, point_in_polygon

LOCAL_UTC_OFFSET_S = 8 * 3600  # China Standard Time, no daylight saving

# The detection kinds each watch needs: a rule is only enabled when the loaded model can produce them.
WATCH_KINDS: dict[Watch, frozenset[str]] = {
    Watch.PERSON_DOWN: frozenset({"fall"}),
    Watch.GATHERING: frozenset({"person", "fall"}),
    Watch.SMOKE: frozenset({"smoke", "fire"}),
    Watch.PARKING: frozenset({"vehicle"}),
    Watch.PILE: frozenset({"pile"}),
}


def enabled_watches(model_kinds: Iterable[str]) -> set[Watch]:
    kinds = set(model_kinds)
    return {w for w, need in WATCH_KINDS.items() if need & kinds}


def local_hour(unix_s: float) -> int:
    return int((unix_s + LOCAL_UTC_OFFSET_S) % 86400 // 3600)


@dataclass(frozen=True, slots=True)
class RuleConfig:
    min_conf: float = 0.3
    fall_conf: float = 0.4
    confirm_hits: int = 2
    gathering_persons: int = 5
    gathering_s: float = 20.0
    parking_s: float = 120.0
    pile_s: float = 60.0
    gap_s: float = 30.0
    cooldown_s: float = 300.0


@dataclass(frozen=True, slots=True)
class Alert:
    camera_id: str
    zone_id: str
    watch: Watch
    at: float
    started_at: float
    score: float
    detections: tuple[Detection, ...]


@dataclass(slots=True)
class _Track:
    since: float | None = None
    last_true: float = -math.inf
    hits: int = 0
    raised: bool = False
    cooldown_until: float = -math.inf
    anchor: Detection | None = None  # the vehicle or pile first seen: "staying" means the same box


def _iou(a: Detection, b: Detection) -> float:
    ix = max(0.0, min(a.x1, b.x1) - max(a.x0, b.x0))
    iy = max(0.0, min(a.y1, b.y1) - max(a.y0, b.y0))
    inter = ix * iy
    union = (a.x1 - a.x0) * (a.y1 - a.y0) + (b.x1 - b.x0) * (b.y1 - b.y0) - inter
    return inter / union if union > 0 else 0.0


class FeedRules:
    """The rules of one camera's zones, with their tracks."""

    def __init__(self, feed: CameraFeed, config: RuleConfig, enabled: set[Watch]) -> None:
        self.feed = feed
        self.config = config
        self.enabled = enabled
        self._tracks: dict[tuple[str, Watch], _Track] = {}

    @property
    def watching(self) -> bool:
        """A condition is building up or an incident is open: look at every visit, not only on motion."""
        return any(t.since is not None for t in self._tracks.values())

    def _evidence(self, zone: Zone, watch: Watch, dets: Sequence[Detection]) -> list[Detection]:
        c = self.config
        need = WATCH_KINDS[watch]
        hits = [d for d in dets if d.kind in need and d.conf >= (c.fall_conf if d.kind == "fall" else c.min_conf)]
        if watch is Watch.SMOKE:
            return [d for d in hits if point_in_polygon(*d.centre, zone.polygon)]
        return [d for d in hits if point_in_polygon(*d.foot, zone.polygon)]

    def _satisfied(self, watch: Watch, tr: _Track, now: float) -> bool:
        c = self.config
        held = now - (tr.since if tr.since is not None else now)
        if watch is Watch.GATHERING:
            return held >= c.gathering_s and tr.hits >= 2
        if watch is Watch.PARKING:
            return held >= c.parking_s and tr.hits >= 2
        if watch is Watch.PILE:
            return held >= c.pile_s and tr.hits >= 2
        return tr.hits >= c.confirm_hits

    def _present(self, watch: Watch, evidence: list[Detection]) -> bool:
        if watch is Watch.GATHERING:
            return len(evidence) >= self.config.gathering_persons
        return bool(evidence)

    @staticmethod
    def _moved_on(watch: Watch, tr: _Track, evidence: list[Detection]) -> bool:
        """For a parked vehicle or a pile "staying" means the same box: a different one starts a new track."""
        if watch not in (Watch.PARKING, Watch.PILE) or tr.anchor is None:
            return False
        return max(_iou(tr.anchor, d) for d in evidence) < 0.3

    def observe(self, now: float, dets: Sequence[Detection], hour: int | None = None) -> list[Alert]:
        """Feed one detector observation of this camera at ``now``; returns the alerts it raises."""
        hour = local_hour(now) if hour is None else hour
        c = self.config
        alerts: list[Alert] = []
        for zone in self.feed.zones:
            if not zone.active_at_hour(hour):
                continue
            for watch in zone.watch & self.enabled:
                tr = self._tracks.setdefault((zone.zone_id, watch), _Track())
                evidence = self._evidence(zone, watch, dets)
                if not self._present(watch, evidence):
                    if tr.since is not None and now - tr.last_true > c.gap_s:
                        tr.since, tr.hits, tr.raised, tr.anchor = None, 0, False, None  # the incident is over
                    continue
                if tr.since is None or now - tr.last_true > c.gap_s or self._moved_on(watch, tr, evidence):
                    tr.since, tr.hits, tr.raised, tr.anchor = now, 0, False, evidence[0]
                tr.hits += 1
                tr.last_true = now
                if not tr.raised and self._satisfied(watch, tr, now) and now >= tr.cooldown_until:
                    tr.raised = True
                    tr.cooldown_until = now + c.cooldown_s
                    score = max(d.conf for d in evidence)
                    alerts.append(
                        Alert(self.feed.camera_id, zone.zone_id, watch, now, tr.since, score, tuple(evidence))
                    )
        return alerts
