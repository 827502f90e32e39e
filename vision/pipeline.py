"""The vision pipeline: poll -> motion gate -> batched YOLO -> rules -> sink, in one asyncio process.

The worker and the benchmark run the same object; only the sink differs.
Polling, the gate and rules run on the event loop (a few hundred µs per
snapshot); decoding for and running the detector happen in one worker
thread, where OpenCV and onnxruntime release the GIL, so a 2-core box polls
with one core while it detects with the other.  The scheduler decides what
is fetched when and what is detected, and bounds both queues.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import cv2

from vision import events, metrics
from vision.detector import Detection, Detector, Frame, kind_of
from vision.hotreload import ModelHolder
from vision.matters import MatterMap
from vision.motion import SMALL_H, SMALL_W, MotionGate, decode_small
from vision.registry import Registry, Watch
from vision.rules import Alert, FeedRules, RuleConfig, enabled_watches
from vision.scheduler import Scheduler, SchedulerConfig
from vision.sinks import Sink
from vision.sources import SourceError, SourceKind, StreamPool, decode, fetch_snapshot, source_kind

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PipelineConfig:
    scheduler: SchedulerConfig = field(default_factory=SchedulerConfig)
    rules: RuleConfig = field(default_factory=RuleConfig)
    batch: int = 8
    fetch_timeout_s: float = 3.0


@dataclass(slots=True)
class _Job:
    idx: int
    at: float  # wall-clock time of the snapshot
    jpeg: bytes | None
    frame: Frame | None
    reason: str


class Pipeline:
    def __init__(
        self,
        registry: Registry,
        holder: ModelHolder,
        sink: Sink,
        matters: MatterMap,
        config: PipelineConfig | None = None,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self.registry, self.holder, self.sink, self.matters = registry, holder, sink, matters
        self.config = config or PipelineConfig()
        self.wall = wall
        self.sched = Scheduler(
            len(registry),
            self.config.scheduler,
            time.monotonic,
            [f.schedule.check_every_s for f in registry],
            [f.schedule.offset_s for f in registry],
        )
        self.gate = MotionGate(len(registry), masks=[f.masks for f in registry])
        self.kinds = [source_kind(f.url) for f in registry]
        self.queue: asyncio.Queue[_Job] = asyncio.Queue(self.config.scheduler.max_pending)
        self.streams = StreamPool()
        self._rules: dict[int, FeedRules] = {}
        self._synced: Detector | None = None
        self._enabled: set[Watch] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self.batch_ms: deque[float] = deque(maxlen=4096)
        self.counts = {
            "yolo_frames": 0,
            "yolo_batches": 0,
            "detections": 0,
            "events": 0,
            "decode_errors": 0,
            "dead_letters": 0,
        }
        self.events_by_rule: dict[str, int] = {}
        self._session: aiohttp.ClientSession | None = None

    # -- model-dependent rules -------------------------------------------------------------------
    def sync_model(self, detector: Detector) -> None:
        """Enable the rules this detector's classes allow (once per model: it may have been hot-swapped)."""
        if detector is self._synced:
            return
        kinds = {kind_of(name) for name in detector.names.values()}
        self._enabled = enabled_watches(kinds) & set(self.matters.codes)
        for rules in self._rules.values():
            rules.enabled = self._enabled
        self._synced = detector
        log.info(
            "detector v%d (%s): rules on: %s",
            self.holder.version,
            detector.source.name,
            ", ".join(sorted(w.value for w in self._enabled)) or "none",
        )

    @property
    def enabled(self) -> frozenset[Watch]:
        """The rules the current model and the taxonomy allow."""
        return frozenset(self._enabled)

    def rules_for(self, idx: int) -> FeedRules:
        rules = self._rules.get(idx)
        if rules is None:
            rules = self._rules[idx] = FeedRules(self.registry[idx], self.config.rules, self._enabled)
        return rules

    # -- polling ---------------------------------------------------------------------------------
    async def _visit(self, idx: int) -> None:
        feed = self.registry[idx]
        at = self.wall()
        jpeg: bytes | None = None
        frame: Frame | None = None
        try:
            if self.kinds[idx] is SourceKind.SNAPSHOT:
                assert self._session is not None
                jpeg = await fetch_snapshot(self._session, feed.url)
                small = decode_small(jpeg)
            else:
                frame = await self.streams.read(feed.url)
                grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
                small = cv2.resize(grey, (SMALL_W, SMALL_H), interpolation=cv2.INTER_AREA)
            if small is None:
                raise SourceError(f"{feed.url}: undecodable JPEG")
        except SourceError as exc:
            self.sched.fetched(idx, ok=False)
            if self.sched.failures[idx] in (1, 10, 100):
                log.warning("camera %s: %s (%d failures in a row)", feed.camera_id, exc, self.sched.failures[idx])
            return
        except Exception:
            self.sched.fetched(idx, ok=False)
            log.exception("camera %s: unexpected error", feed.camera_id)
            return
        motion = self.gate.check(idx, small)
        reason = self.sched.fetched(idx, ok=True, moved=motion.moved)
        if reason is not None:
            self.queue.put_nowait(_Job(idx, at, jpeg, frame, reason))  # the scheduler keeps it within bounds

    async def _poll_loop(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            idx, wait = self.sched.next_feed()
            if idx is None:
                if (msg := self.sched.warning()) is not None:
                    log.warning(msg)
                # wake at most every 10 ms and release all that fell due: fewer loop turns than one per feed
                await asyncio.sleep(min(max(wait, 0.01), 0.05))
                continue
            task = asyncio.create_task(self._visit(idx))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    # -- detection -------------------------------------------------------------------------------
    def _infer(self, detector: Detector, jobs: list[_Job]) -> tuple[list[Frame | None], list[list[Detection]]]:
        """In the worker thread: decode full frames and run one batch."""
        frames: list[Frame | None] = []
        for job in jobs:
            if job.frame is not None:
                frames.append(job.frame)
                continue
            try:
                frames.append(decode(job.jpeg or b""))
            except SourceError:
                frames.append(None)
        good = [f for f in frames if f is not None]
        found = iter(detector.detect(good))
        return frames, [next(found) if f is not None else [] for f in frames]

    async def _detect_batch(self, jobs: list[_Job]) -> None:
        detector = self.holder.current  # a swap mid-batch does not touch this batch
        self.sync_model(detector)
        t0 = time.perf_counter()
        try:
            frames, results = await asyncio.to_thread(self._infer, detector, jobs)
        except Exception:
            log.exception("detector failed on a batch of %d", len(jobs))
            for job in jobs:
                self.sched.detected(job.idx, self.rules_for(job.idx).watching)
            return
        self.batch_ms.append((time.perf_counter() - t0) * 1000)
        self.counts["yolo_batches"] += 1
        outgoing: list[events.Outgoing] = []
        dead: list[tuple[bytes, str]] = []
        model = f"{detector.source.name}#v{self.holder.version}"
        for job, frame, dets in zip(jobs, frames, results, strict=True):
            rules = self.rules_for(job.idx)
            if frame is None:
                self.counts["decode_errors"] += 1
            else:
                self.counts["yolo_frames"] += 1
                self.counts["detections"] += len(dets)
                for alert in rules.observe(job.at, dets):
                    self._emit(job.idx, alert, frame, dets, model, outgoing, dead)
            self.sched.detected(job.idx, rules.watching)
        try:
            if outgoing:
                self.counts["events"] += len(outgoing)
                await self.sink.publish(outgoing)
            if dead:
                await self.sink.dead_letter(dead)
        except Exception:
            log.exception("sink failed for %d events", len(outgoing) + len(dead))

    def _emit(
        self,
        idx: int,
        alert: Alert,
        frame: Frame,
        dets: list[Detection],
        model: str,
        outgoing: list[events.Outgoing],
        dead: list[tuple[bytes, str]],
    ) -> None:
        """An alert becomes an Event; one the feed's data cannot make valid goes to the dead-letter topic."""
        feed = self.registry[idx]
        try:
            outgoing.append(events.build(feed, alert, self.matters.codes[alert.watch], frame, dets, model))
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            self.counts["dead_letters"] += 1
            raw = {
                "camera_id": feed.camera_id,
                "rule": alert.watch.value,
                "zone_id": alert.zone_id,
                "at": alert.at,
                "lat": feed.lat,
                "lon": feed.lon,
                "grid_id": feed.grid_id,
            }
            dead.append((json.dumps(raw).encode(), f"invalid video event: {exc}"))
            return
        self.events_by_rule[alert.watch.value] = self.events_by_rule.get(alert.watch.value, 0) + 1

    async def _detect_loop(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                first = await asyncio.wait_for(self.queue.get(), 0.2)
            except TimeoutError:
                continue
            jobs = [first]
            while len(jobs) < self.config.batch and not self.queue.empty():
                jobs.append(self.queue.get_nowait())
            await self._detect_batch(jobs)

    # -- lifecycle -------------------------------------------------------------------------------
    async def run(self, stop: asyncio.Event) -> None:
        """Poll and detect until ``stop`` is set; then let fetches in flight finish and close."""
        self.sync_model(self.holder.current)
        cfg = self.config.scheduler
        connector = aiohttp.TCPConnector(limit=cfg.max_inflight, ttl_dns_cache=300, keepalive_timeout=30)
        timeout = aiohttp.ClientTimeout(total=self.config.fetch_timeout_s)
        async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
            self._session = session
            loops = [
                asyncio.create_task(self._poll_loop(stop)),
                asyncio.create_task(self._detect_loop(stop)),
                asyncio.create_task(self.holder.watch(stop)),
            ]
            stopped = asyncio.create_task(stop.wait())
            try:  # until stopped, or until a loop dies (a bug: stop everything and raise it)
                await asyncio.wait([stopped, *loops], return_when=asyncio.FIRST_COMPLETED)
            finally:  # every loop checks ``stop``: the detector finishes and publishes its batch first
                stop.set()
                await asyncio.wait(loops + list(self._tasks), timeout=self.config.fetch_timeout_s + 10)
                for t in [stopped, *loops]:
                    t.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await t
                self.streams.close()
        self._session = None

    # -- numbers ---------------------------------------------------------------------------------
    def report(self, prev: dict[str, float], cur: dict[str, float]) -> dict[str, Any]:
        """Rates between two ``totals()`` plus the scheduler's revisit figures (see ``vision.metrics``)."""
        return metrics.report(self.sched.stats(), self.batch_ms, prev, cur, self.holder.version)

    def totals(self) -> dict[str, float]:
        s = self.sched
        return {
            "t": time.monotonic(),
            "polls": s.polls,
            "ok": s.ok,
            "errors": s.errors,
            "moved": s.moved,
            **self.counts,
        }
