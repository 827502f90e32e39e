"""Rules: each scripted incident raises exactly one alert, whatever the frame-by-frame noise."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from vision.detector import Detection
from vision.registry import CameraFeed, Watch, build_registry
from vision.rules import Alert, FeedRules, RuleConfig, enabled_watches, local_hour

VISIT_S = 8.0
NOON = 1_767_585_600.0  # 2026-01-05 04:00 UTC = 12:00 in Foshan


@pytest.fixture(scope="module")
def street() -> CameraFeed:
    feed = next(f for f in build_registry(40, seed=5) if f.layout == "street" and f.zones[2].hours == (0, 24))
    assert [z.name for z in feed.zones] == ["frame", "pavement", "kerb"]
    return feed


def person(cx: float, foot: float, label: str = "Normal", conf: float = 0.6) -> Detection:
    if label == "Fall":  # lying: wide and low
        return Detection(label, "fall", conf, cx - 0.12, foot - 0.15, cx + 0.12, foot)
    return Detection(label, "person", conf, cx - 0.05, foot - 0.4, cx + 0.05, foot)


def box(kind: str, label: str, x0: float, y0: float, x1: float, y1: float, conf: float = 0.7) -> Detection:
    return Detection(label, kind, conf, x0, y0, x1, y1)


def play(
    rules: FeedRules, start: float, seconds: float, scene: Callable[[float], list[Detection]], hour: int | None = 12
) -> list[Alert]:
    """Observe the feed every VISIT_S seconds; ``scene(t)`` gives the detections at t seconds in."""
    alerts = []
    t = 0.0
    while t <= seconds:
        alerts += rules.observe(start + t, scene(t), hour)
        t += VISIT_S
    return alerts


ALL = set(Watch)


def test_a_fall_raises_one_alert_despite_missed_frames(street: CameraFeed) -> None:
    rules = FeedRules(street, RuleConfig(), ALL)

    def scene(t: float) -> list[Detection]:
        lying = 16 <= t <= 90 and t not in (40.0, 64.0)  # two frames where the detector misses her
        return [person(0.4, 0.8, "Fall", 0.55)] * lying + [person(0.8, 0.6)]

    alerts = play(rules, NOON, 200, scene)
    assert [(a.watch, a.zone_id, a.at - NOON) for a in alerts] == [(Watch.PERSON_DOWN, "z0", 24.0)]
    assert alerts[0].started_at == NOON + 16 and alerts[0].detections[0].label == "Fall"
    assert not rules.watching  # the incident is over: back to motion-gated detection
    later = play(rules, NOON + 1000, 60, lambda t: [person(0.3, 0.9, "Fall")] if t >= 8 else [])
    assert len(later) == 1  # a new incident after the cool-down is a new alert


def test_weak_fall_scores_and_standing_people_raise_nothing(street: CameraFeed) -> None:
    rules = FeedRules(street, RuleConfig(), ALL)
    assert play(rules, NOON, 120, lambda t: [person(0.4, 0.8, "Fall", 0.3), person(0.5, 0.6)]) == []


def test_gathering_needs_enough_people_for_long_enough(street: CameraFeed) -> None:
    cfg = RuleConfig(gathering_persons=5, gathering_s=20)
    rules = FeedRules(street, cfg, ALL)
    crowd = [person(0.1 + 0.15 * k, 0.6) for k in range(6)]

    def scene(t: float) -> list[Detection]:
        if 8 <= t <= 100:
            return crowd[:4] if t == 48 else crowd  # occlusion in one frame
        return []

    alerts = play(rules, NOON, 240, scene)
    assert len(alerts) == 1 and alerts[0].watch is Watch.GATHERING and alerts[0].zone_id == "z1"
    assert alerts[0].at - NOON == 32.0 and len(alerts[0].detections) == 6
    few = FeedRules(street, cfg, ALL)
    assert play(few, NOON, 240, lambda t: crowd[:4]) == []
    elsewhere = FeedRules(street, cfg, ALL)  # six people standing on the road are not in the pavement zone
    assert play(elsewhere, NOON, 240, lambda t: [person(0.1 + 0.15 * k, 0.9) for k in range(6)]) == []


def test_smoke_when_the_model_provides_it(street: CameraFeed) -> None:
    rules = FeedRules(street, RuleConfig(), ALL)
    smoke = box("smoke", "smoke", 0.3, 0.1, 0.5, 0.6)
    alerts = play(rules, NOON, 300, lambda t: [smoke] if 30 <= t <= 150 else [])
    assert [(a.watch, a.at - NOON) for a in alerts] == [(Watch.SMOKE, 40.0)]
    off = FeedRules(street, RuleConfig(), enabled_watches({"person", "fall"}))
    assert play(off, NOON, 300, lambda t: [smoke]) == []


def test_a_vehicle_staying_in_the_no_parking_zone(street: CameraFeed) -> None:
    cfg = RuleConfig(parking_s=120)
    rules = FeedRules(street, cfg, ALL)

    def scene(t: float) -> list[Detection]:
        out = []
        if 16 <= t <= 16 * 8:  # passing traffic: another car every frame, never the same box
            x = (t * 0.037) % 0.6
            out.append(box("vehicle", "car", x, 0.7, x + 0.2, 0.95))
        if 40 <= t <= 400:
            j = 0.004 * ((t // VISIT_S) % 3)  # box jitter of a parked car
            out.append(box("vehicle", "car", 0.62 + j, 0.68, 0.9 + j, 0.97))
        return out

    alerts = play(rules, NOON, 600, scene)
    assert len(alerts) == 1 and alerts[0].watch is Watch.PARKING and alerts[0].zone_id == "z2"
    assert alerts[0].at - alerts[0].started_at >= 120
    car = box("vehicle", "car", 0.3, 0.7, 0.6, 0.97)
    on_the_pavement = FeedRules(street, cfg, ALL)
    assert play(on_the_pavement, NOON, 400, lambda t: [box("vehicle", "car", 0.3, 0.2, 0.6, 0.5)]) == []
    assert play(FeedRules(street, cfg, ALL), NOON, 400, lambda t: [car], hour=12) != []


def test_zone_hours_are_respected() -> None:
    feed = next(f for f in build_registry(200, seed=5) if f.layout == "street" and f.zones[2].hours == (7, 22))
    car = box("vehicle", "car", 0.3, 0.7, 0.6, 0.97)
    night = FeedRules(feed, RuleConfig(parking_s=60), ALL)
    assert play(night, NOON, 300, lambda t: [car], hour=23) == []
    day = FeedRules(feed, RuleConfig(parking_s=60), ALL)
    assert len(play(day, NOON, 300, lambda t: [car], hour=9)) == 1
    assert local_hour(NOON) == 12


def test_a_pile_appearing_on_the_pavement(street: CameraFeed) -> None:
    rules = FeedRules(street, RuleConfig(pile_s=60), ALL)
    pile = box("pile", "pile", 0.2, 0.5, 0.35, 0.62)
    alerts = play(rules, NOON, 400, lambda t: [pile] if t >= 24 else [])
    assert [(a.watch, a.zone_id, a.at - NOON) for a in alerts] == [(Watch.PILE, "z1", 88.0)]


def test_cooldown_keeps_a_flickering_incident_to_one_alert(street: CameraFeed) -> None:
    rules = FeedRules(street, RuleConfig(gap_s=30, cooldown_s=300), ALL)
    # present, gone for 48 s (longer than gap_s), back: one incident to a person, two streaks to the tracker
    alerts = play(rules, NOON, 240, lambda t: [person(0.4, 0.8, "Fall")] if t < 40 or t > 88 else [])
    assert len(alerts) == 1


def test_rules_follow_the_model_classes() -> None:
    assert enabled_watches({"person", "fall"}) == {Watch.PERSON_DOWN, Watch.GATHERING}
    assert enabled_watches({"person", "vehicle"}) == {Watch.GATHERING, Watch.PARKING}
    assert enabled_watches({"smoke", "fire", "pile"}) == {Watch.SMOKE, Watch.PILE}
