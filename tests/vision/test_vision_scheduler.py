"""The poll scheduler with an injected clock: pacing, revisit accounting, never skipping, back-pressure."""

from __future__ import annotations

import math

import pytest

from vision.scheduler import Scheduler, SchedulerConfig


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def _drain(s: Scheduler, clock: Clock, until: float, moved: set[int] | None = None) -> list[int]:
    """Run the scheduler with instant fetches until ``until``; returns the order of fetched feeds."""
    order = []
    while clock.t < until:
        idx, wait = s.next_feed()
        if idx is None:
            clock.t += max(wait, 1e-4)
            continue
        order.append(idx)
        reason = s.fetched(idx, ok=True, moved=idx in (moved or set()))
        if reason:
            s.detected(idx, watching=False)
    return order


def _next(s: Scheduler, clock: Clock) -> int:
    """The next feed, letting the clock run to its release time."""
    for _ in range(10_000):
        idx, wait = s.next_feed()
        if idx is not None:
            return idx
        clock.t += wait
    raise AssertionError("the scheduler released nothing")


def test_paced_round_robin_revisits_every_feed_at_pace() -> None:
    clock = Clock()
    s = Scheduler(100, SchedulerConfig(target_s=10, pace=0.8), clock)
    order = _drain(s, clock, clock.t + 40)
    assert order[:200] == list(range(100)) * 2  # round-robin, nothing skipped
    assert 490 <= len(order) <= 501  # 100 feeds every 8 s for 40 s, not faster
    st = s.stats()
    assert st.revisit_p50_s == pytest.approx(8.0, abs=0.01)
    assert st.revisit_p99_s == pytest.approx(8.0, abs=0.01)
    assert st.covered == 100 and st.lagging == 0 and st.errors == 0
    assert not math.isnan(s.last_interval[42]) and s.last_interval[42] == pytest.approx(8.0, abs=0.01)
    assert s.warning() is None


def test_slow_fetches_are_late_never_skipped_and_warned_about() -> None:
    clock = Clock()
    cfg = SchedulerConfig(target_s=10, pace=0.8, max_inflight=4, warn_every_s=5)
    s = Scheduler(200, cfg, clock)
    done: list[tuple[float, int]] = []
    visits: list[int] = []
    end = clock.t + 60
    while clock.t < end:  # each fetch takes 0.25 s and only 4 run at once: 16/s against the 25/s needed
        done.sort()
        while done and done[0][0] <= clock.t:
            _, idx = done.pop(0)
            s.fetched(idx, ok=True)
        idx, _ = s.next_feed()
        if idx is not None:
            visits.append(idx)
            done.append((clock.t + 0.25, idx))
            continue
        clock.t += 0.01
    assert visits == [i % 200 for i in range(len(visits))]  # strictly in order: late, never skipped
    st = s.stats()
    assert st.revisit_p50_s == pytest.approx(200 / 16, rel=0.05)
    assert st.revisit_p99_s > cfg.target_s and st.lagging > 0 and st.inflight <= 4
    warning = s.warning()
    assert warning is not None and "behind" in warning and "revisit p99" in warning
    assert s.warning() is None  # rate-limited


def test_a_full_detector_queue_owes_feeds_a_look_and_polling_goes_on() -> None:
    clock = Clock()
    s = Scheduler(50, SchedulerConfig(target_s=5, max_pending=3, warn_every_s=1), clock)
    for want in (0, 1, 2):
        assert _next(s, clock) == want and s.fetched(want, ok=True, moved=True) == "motion"
    assert s.pending == 3
    assert _next(s, clock) == 3  # the detector is full, polling is not held back
    assert s.fetched(3, ok=True, moved=True) is None and s.owed[3]  # turned away, but owed a look
    for idx in range(4, 50):
        assert _next(s, clock) == idx and s.fetched(idx, ok=True) is None
    s.detected(0, watching=False)
    assert _next(s, clock) == 0 and s.fetched(0, ok=True) is None  # nothing new on feed 0
    assert _next(s, clock) == 1 and s.fetched(1, ok=True) is None
    assert _next(s, clock) == 2 and s.fetched(2, ok=True) is None
    assert _next(s, clock) == 3 and s.fetched(3, ok=True) == "owed"  # still, its change is looked at now
    assert not s.owed[3] and s.pending == 3
    st = s.stats()
    assert st.deferred == 1 and st.owed == 0 and st.to_detector["owed"] == 1 and st.lagging == 0


def test_the_detector_falling_behind_the_motion_is_warned_about() -> None:
    clock = Clock()
    s = Scheduler(40, SchedulerConfig(target_s=4, max_pending=2, warn_every_s=1), clock)
    while clock.t < 1010:  # everything moves, nothing is ever detected
        s.fetched(_next(s, clock), ok=True, moved=True)
    st = s.stats()
    assert st.owed == 40 and st.lagging == 0 and st.revisit_p99_s == pytest.approx(3.2, abs=0.01)
    warning = s.warning()
    assert warning is not None and "40 feeds owed a look" in warning


def test_detector_reasons_motion_watch_and_scheduled_checks() -> None:
    clock = Clock()
    s = Scheduler(4, SchedulerConfig(target_s=4, max_pending=4), clock, [60.0] * 4, [0.0, 30.0, 30.0, 30.0])
    assert _next(s, clock) == 0 and s.fetched(0, ok=True) == "check"  # its first check is due at once (offset 0)
    s.detected(0, watching=True)
    assert _next(s, clock) == 1 and s.fetched(1, ok=True) is None  # check due only at +30 s, nothing moved
    assert _next(s, clock) == 2 and s.fetched(2, ok=True, moved=True) == "motion"
    s.detected(2, watching=False)
    assert _next(s, clock) == 3 and s.fetched(3, ok=True) is None
    assert _next(s, clock) == 0 and s.fetched(0, ok=True) == "watch"  # its rules asked for every visit
    assert s.to_detector == {"motion": 1, "owed": 0, "watch": 1, "check": 1}
    s.detected(0, watching=False)
    assert s.next_check[0] == pytest.approx(clock.t + 60.0)


def test_checks_defer_when_the_detector_is_busy_and_failures_count() -> None:
    clock = Clock()
    s = Scheduler(3, SchedulerConfig(target_s=3, max_pending=2), clock, [10.0] * 3, [0.0] * 3)
    assert s.fetched(_next(s, clock), ok=True, moved=True) == "motion"  # pending 1 = max_pending // 2: no room
    assert s.fetched(_next(s, clock), ok=True) is None and s.checks_deferred == 1
    assert _next(s, clock) == 2 and s.fetched(2, ok=False) is None
    st = s.stats()
    assert st.errors == 1 and st.covered == 2 and s.failures[2] == 1
