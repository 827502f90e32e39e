"""The poll scheduler: every feed, round-robin, at a pace that revisits each within its target.

Pure (an injected clock, no I/O), so its accounting is testable in
microseconds.  Feed ``k`` of cycle ``c`` is released at ``base + (c*N + k) *
spacing``, with ``spacing = pace * target / N``: the pace leaves headroom
(0.8 x 10 s = an 8 s cycle) and nothing is polled faster than needed, which
would only steal CPU from the detector.  When the worker cannot keep up, feeds
are released as soon as capacity allows, in the same order: a feed is never
skipped, only late, and lateness is measured (real revisit interval per feed,
p50/p99, the stalest feed) and warned about.

Back-pressure: at most ``max_inflight`` fetches run at once, and at most
``max_pending`` frames wait for the detector.  A frame goes to the detector
for motion, because its rules are watching something build up
(``watching``), or because its scheduled check is due.  When the detector's
queue is full, polling goes on (the revisit target is what keeps every
camera watched) and the feed is *owed* a detection instead: its next visit
goes to the detector whatever the gate says, so a change seen while the
detector was busy is looked at later rather than lost.  Scheduled checks
only use spare room (half the queue) and stay due until they get it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class SchedulerConfig:
    target_s: float = 10.0
    pace: float = 0.8
    max_inflight: int = 32
    max_pending: int = 48
    window: int = 50_000  # revisit samples kept for percentiles
    warn_every_s: float = 10.0


@dataclass(frozen=True, slots=True)
class SchedulerStats:
    feeds: int
    covered: int  # feeds visited successfully at least once
    polls: int
    ok: int
    errors: int
    moved: int
    to_detector: dict[str, int]
    checks_deferred: int
    revisit_p50_s: float
    revisit_p99_s: float
    revisit_max_s: float
    stalest_s: float  # the longest any feed has now gone without a successful visit
    lagging: int  # feeds whose last successful visit is older than the target
    lag_s: float  # how far polling is behind its pace
    inflight: int
    pending: int
    owed: int  # feeds whose last change is still waiting for the detector
    deferred: int  # frames the full detector queue turned away (their feeds became owed)


class Scheduler:
    """Decides which feed to fetch next, and whether a fetched frame goes to the detector."""

    def __init__(
        self,
        feeds: int,
        config: SchedulerConfig,
        clock: Callable[[], float],
        check_every: Sequence[float] | None = None,
        check_offset: Sequence[float] | None = None,
    ) -> None:
        if feeds <= 0:
            raise ValueError("nothing to schedule: no feeds")
        self.n, self.config, self.clock = feeds, config, clock
        self.start = self.base = clock()
        self.spacing = config.pace * config.target_s / feeds
        self.cursor = self.cycle = 0
        self.inflight = self.pending = 0
        self.last_visit = np.full(feeds, math.nan)
        self.last_interval = np.full(feeds, math.nan)  # each feed's real revisit interval, last measured
        self.failures = np.zeros(feeds, np.int32)  # consecutive failed fetches per feed
        every = np.asarray(check_every if check_every is not None else [math.inf] * feeds, float)
        offset = np.asarray(check_offset if check_offset is not None else np.zeros(feeds), float)
        self.check_every = every
        self.next_check = self.start + offset
        self.watching = np.zeros(feeds, bool)
        self.owed = np.zeros(feeds, bool)
        self._ring = np.full(config.window, math.nan)
        self._ring_pos = 0
        self.polls = self.ok = self.errors = self.moved = self.checks_deferred = self.deferred = 0
        self.to_detector = {"motion": 0, "owed": 0, "watch": 0, "check": 0}
        self._last_warn = self._last_check = -math.inf

    def release_time(self) -> float:
        return self.base + (self.cycle * self.n + self.cursor) * self.spacing

    def next_feed(self) -> tuple[int | None, float]:
        """(feed index, 0) to fetch now, or (None, seconds to wait) when nothing may start yet."""
        now = self.clock()
        if self.inflight >= self.config.max_inflight:
            return None, 0.002
        release = self.release_time()
        if release > now:
            return None, release - now
        period = self.config.pace * self.config.target_s
        if now - release > period:  # far behind: no burst to repay more than one cycle of debt
            self.base += now - release - period
        idx = self.cursor
        self.cursor += 1
        if self.cursor == self.n:
            self.cursor, self.cycle = 0, self.cycle + 1
        self.inflight += 1
        self.polls += 1
        return idx, 0.0

    def fetched(self, idx: int, ok: bool, moved: bool = False) -> str | None:
        """Record a finished fetch; returns why the frame goes to the detector, or None."""
        now = self.clock()
        self.inflight -= 1
        if not ok:
            self.errors += 1
            self.failures[idx] += 1
            return None
        self.ok += 1
        self.failures[idx] = 0
        prev = self.last_visit[idx]
        if not math.isnan(prev):
            self.last_interval[idx] = now - prev
            self._ring[self._ring_pos % self.config.window] = now - prev
            self._ring_pos += 1
        self.last_visit[idx] = now
        if moved:
            self.moved += 1
        reason = self._wanted(idx, now, moved)
        if reason is None:
            return None
        room = self.config.max_pending // 2 if reason == "check" else self.config.max_pending
        if self.pending >= room:
            if reason == "check":
                self.checks_deferred += 1  # stays due
            else:
                self.owed[idx] = True
                self.deferred += 1
            return None
        self.owed[idx] = False
        self.pending += 1
        self.to_detector[reason] += 1
        return reason

    def _wanted(self, idx: int, now: float, moved: bool) -> str | None:
        if moved:
            return "motion"
        if self.owed[idx]:
            return "owed"
        if self.watching[idx]:
            return "watch"
        return "check" if now >= self.next_check[idx] else None

    def detected(self, idx: int, watching: bool) -> None:
        """The detector is done with a frame of ``idx``; ``watching``: its rules want every visit looked at."""
        self.pending -= 1
        self.next_check[idx] = self.clock() + self.check_every[idx]
        self.watching[idx] = watching

    def stats(self) -> SchedulerStats:
        now = self.clock()
        ring = self._ring[~np.isnan(self._ring)]
        p50, p99, pmax = (float(np.percentile(ring, q)) for q in (50, 99, 100)) if ring.size else (0.0, 0.0, 0.0)
        ages = now - np.where(np.isnan(self.last_visit), self.start, self.last_visit)
        return SchedulerStats(
            feeds=self.n,
            covered=int(np.count_nonzero(~np.isnan(self.last_visit))),
            polls=self.polls,
            ok=self.ok,
            errors=self.errors,
            moved=self.moved,
            to_detector=dict(self.to_detector),
            checks_deferred=self.checks_deferred,
            revisit_p50_s=p50,
            revisit_p99_s=p99,
            revisit_max_s=pmax,
            stalest_s=float(ages.max()),
            lagging=int(np.count_nonzero(ages > self.config.target_s)),
            lag_s=max(0.0, now - self.release_time()),
            inflight=self.inflight,
            pending=self.pending,
            owed=int(np.count_nonzero(self.owed)),
            deferred=self.deferred,
        )

    def warning(self) -> str | None:
        """A message when feeds go unvisited longer than the target, or the detector falls behind the motion
        (more feeds owed a look than its queue holds); at most every ``warn_every_s``."""
        now = self.clock()
        if now - self._last_check < 1.0 or now - self._last_warn < self.config.warn_every_s:
            return None  # stats() costs ~0.5 ms: look once a second at most
        self._last_check = now
        if now - self.start < self.config.target_s:
            return None
        s = self.stats()
        headroom = (1 - self.config.pace) * self.config.target_s
        if s.lagging == 0 and s.lag_s <= headroom and s.owed <= self.config.max_pending:
            return None
        self._last_warn = now
        failing = int(np.count_nonzero(self.failures))
        return (
            f"vision is behind: {s.lagging} of {s.feeds} feeds not visited within the {self.config.target_s:g} s "
            f"revisit target (stalest {s.stalest_s:.1f} s, {failing} failing), revisit p99 "
            f"{s.revisit_p99_s:.1f} s, pace lag {s.lag_s:.1f} s; detector: {s.owed} feeds owed a look "
            f"({s.deferred} frames deferred so far)"
        )
