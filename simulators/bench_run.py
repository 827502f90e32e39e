"""One benchmark session on one stack: set the district up, then run load steps and measure each.

Open loop on purpose: events are due at ``t0 + i / rate`` whatever the stack
does, so a stack that falls behind shows it as latency and a lower achieved
rate instead of quietly slowing the generator down.  Latency is taken from the
moment an incident's first event is handed to its transport to the moment its
task arrives on the on-duty worker's socket; a task that never arrives counts
with the time waited so far, so missing tasks push p99 up rather than vanish.
"""

from __future__ import annotations

import asyncio
import collections
import os
import queue as queue_mod
import random
import sys
import time
from dataclasses import dataclass
from typing import Any

from gridcc.domain.components import load_components
from gridcc.domain.geo import load_geography
from gridcc.domain.taxonomy import load_taxonomy
from gridcc.domain.teams import load_teams
from ingest.mqtt_bridge import ReadingHandler
from simulators.bench_check import Checker, percentile
from simulators.bench_load import CitizenSender, IotSender, VideoSender
from simulators.bench_plan import LANE_ROUNDS, Incident, Planner, cameras_for, iot_sensors
from simulators.bench_result import Step, step_result
from simulators.bench_sockets import Work, login_all, on_duty_plan, restore_duty, set_duty, start_receiver
from simulators.bench_stack import Sampler, Stack
from simulators.bench_trace import trace_lost
from streams.store import case_id_for
from streams.topics import RAW, bootstrap

_STALL_S = 20.0  # no event newly stored for this long after the drain period: the missing ones are lost
DUPABLE = ("citizen", "video")  # sources whose duplicates are deterministic (explicit matter code)


@dataclass
class Options:
    mix: dict[str, float]
    dup_share: float = 0.05
    text_share: float = 0.0
    drain_s: float = 60.0
    progress_s: float = 5.0
    seed: int = 20151201
    ops_screens: int = 20
    phones: Work | None = ((1.0, 5.0), (20.0, 60.0))  # None: phones only listen (offers expire, are re-offered)


class Bench:
    def __init__(self, stack: Stack, opts: Options) -> None:
        self.stack, self.opts, self.s = stack, opts, stack.settings
        self.rng = random.Random(opts.seed)
        self.by_case: dict[str, Incident] = {}
        self.arrivals: dict[str, float] = {}
        self.heat: list[tuple[float, float]] = []
        self.phones: dict[str, int] = {}
        self.socket_stats: dict[str, tuple[int, ...]] = {}
        self.checker = Checker(self.s.database_url or "")
        self.recent: collections.deque[Incident] = collections.deque(maxlen=5000)
        self.receivers: list[tuple[Any, Any, Any]] = []
        self.sampler = Sampler(stack.roots)
        self._restore: dict[str, str | None] = {}

    def say(self, line: str) -> None:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()

    async def setup(self) -> dict[str, Any]:
        """The world, the on-duty workers and their sockets, the wall screens, the samplers."""
        s = self.s
        tax, geo = load_taxonomy(), load_geography()
        comps = load_components(None, geo, cache_dir=s.data_dir / "cache")
        sensors = iot_sensors(comps, geo, ReadingHandler(tax, geo, comps, s.topic_prefix).matter_for)
        import psycopg

        async with await psycopg.AsyncConnection.connect(s.database_url or "") as conn:
            cur = await conn.execute(
                "SELECT matter_code, lat, lon FROM cases WHERE status NOT IN ('closed', 'evaluated', 'void')"
            )
            open_cases = await cur.fetchall()
        cams = cameras_for(geo, s.vision.feeds or 5000, s.simulator.seed)
        self.planner = Planner(tax, geo, sensors, cams, self.opts.seed, open_cases)
        workers, duty = on_duty_plan(load_teams(geo))
        self._restore = await set_duty(s.redis_url or "", s.topic_prefix, duty)
        t0 = time.monotonic()
        tokens = await login_all(self.stack.dashboard, [*workers, "ops"], s.demo_password or "")
        ws = self.stack.dashboard.replace("http", "ws", 1)
        self.receivers = [
            start_receiver(ws, [tokens[w] for w in workers], [], self.opts.phones),
            start_receiver(ws, [], [tokens["ops"]] * self.opts.ops_screens),  # one login shared by every screen
        ]
        ready = [0, 0]
        deadline = time.monotonic() + 180
        while sum(ready) < len(workers) + self.opts.ops_screens and time.monotonic() < deadline:
            for i, (_, q, _) in enumerate(self.receivers):
                for msg in self._drain(q):
                    if msg[0] == "ready":
                        ready[i] = msg[1] + msg[2]
                        self.socket_stats[("workers", "ops")[i]] = (msg[1], msg[2])
            await asyncio.sleep(0.2)
        self.say(f"  sockets: {self.socket_stats} in {time.monotonic() - t0:.1f} s (logins, hello backlogs)")
        for name, (proc, _, _) in zip(("bench-sockets", "bench-screens"), self.receivers, strict=True):
            self.sampler.add(name, proc.pid)
        self.sampler.add("bench", os.getpid(), tree=False)
        self.sampler.start()
        self.citizens = CitizenSender(self.stack.ingest, self.stack.api_key)
        from simulators.texts import report_text

        text_rng = random.Random(self.opts.seed + 1)
        self.citizens.texts = lambda code: report_text(tax.get(code), text_rng)
        self.iot = IotSender(s.mqtt_url or "", s.topic_prefix)
        self.video = VideoSender(bootstrap(s), s.topic(RAW), f"{int(time.time()) % 10**6}")
        await self.video.start()
        return {"on_duty_workers": len(workers), "sockets": self.socket_stats}

    @staticmethod
    def _drain(q: Any) -> list[tuple[Any, ...]]:
        out = []
        while True:
            try:
                out.append(q.get_nowait())
            except queue_mod.Empty:
                return out

    def pump(self) -> None:
        """Receivers' reports in; PUBACKs resolved into accepted alarms."""
        for _, q, _ in self.receivers:
            for msg in self._drain(q):
                if msg[0] == "tasks":
                    for case_id, t in msg[1]:
                        self.arrivals.setdefault(case_id, t)
                elif msg[0] == "heat":
                    self.heat.extend(msg[1])
                elif msg[0] == "phones":
                    self.phones = msg[1]
        self.iot.resolve(self._accept)

    def _accept(self, inc: Incident, event_id: str, t_send: float) -> None:
        self._step.accepted[inc.source] += 1
        inc.events.append(event_id)
        if inc.sent_at is None:
            inc.sent_at, inc.accepted_at = t_send, time.time()
            inc.case_id = case_id_for(event_id)
            self.by_case[inc.case_id] = inc
            if inc.source in DUPABLE:
                self.recent.append(inc)

    def _fail(self, source: str, reason: str) -> None:
        self._step.failed[f"{source}: {reason}"] += 1

    def _emit(self, st: Step) -> None:
        inc: Incident | None = None
        if self.recent and self.rng.random() < self.opts.dup_share:
            inc = self.recent[self.rng.randrange(len(self.recent))]
            if 1.0 < time.time() - (inc.accepted_at or 0) < 45.0:  # same spot, same type, same minute
                st.duplicates += 1
                st.offered["duplicate"] += 1
                self._send(inc, *self.planner.jitter(inc))
                return
        src = self.rng.choices(list(self.opts.mix), weights=list(self.opts.mix.values()))[0]
        if src == "iot":
            inc = self.planner.iot_from(st.lane, st.lane_end)
            if inc is not None and inc.lane != st.lane:
                st.lane = inc.lane  # every sensor alarmed in the last lane: readings now dated further back
                self.say(f"  every IoT sensor has alarmed: moving on to lane {st.lane}")
            if inc is None:
                st.iot_fallback += 1
                src = "citizen"
        if src == "video":
            inc = self.planner.video()
        elif src == "citizen":
            inc = self.planner.citizen("citizen_text" if self.rng.random() < self.opts.text_share else "citizen")
        if inc is None:
            st.failed[f"{src}: no free spot"] += 1
            return
        st.incidents.append(inc)
        st.offered[inc.source] += 1
        self._send(inc, inc.lat, inc.lon)

    def _send(self, inc: Incident, lat: float, lon: float) -> None:
        if inc.source == "iot":
            self.iot.send(inc, self._accept, self._fail)
        elif inc.source == "video":
            task = asyncio.create_task(self.video.send(inc, lat, lon, self._accept, self._fail))
            self.citizens.pending.add(task)
            task.add_done_callback(self.citizens.pending.discard)
        else:
            self.citizens.send(inc, lat, lon, self._accept, self._fail)

    async def step(self, rate: float, seconds: float, index: int = 0) -> dict[str, Any]:
        """Step ``index`` of a sweep (0 for a single run); it owns IoT lanes ``index * LANE_ROUNDS`` on."""
        st = self._step = Step(rate, index * LANE_ROUNDS, (index + 1) * LANE_ROUNDS)
        self.recent.clear()  # duplicates only of this step's incidents, so every event sent is checked here
        total = int(rate * seconds)
        t0 = time.time()
        next_progress, emitted = t0 + self.opts.progress_s, 0
        while emitted < total:
            due = min(total, int((time.time() - t0) * rate) + 1)
            while emitted < due:
                self._emit(st)
                emitted += 1
            self.pump()
            if time.time() >= next_progress:
                next_progress += self.opts.progress_s
                self._progress(st, t0)
            await asyncio.sleep(0.005)
        t_sent = time.time()
        while (self.citizens.pending or self.iot.in_flight or self.video.in_flight) and time.time() - t_sent < 60:
            self.pump()
            await asyncio.sleep(0.05)
        t_accepted = time.time()
        drained = await self._drain_pipeline(st, t_accepted)
        result = step_result(st, self.checker, self.arrivals, self.heat, (t0, t_sent, t_accepted, drained))
        result["components"] = self.sampler.summary(t0, t_sent)
        result["latency_legs"] = await self.checker.stages(st.incidents, self.arrivals)
        result["phones"] = dict(self.phones)  # cumulative over the session's steps
        result["second_look"] = await self.checker.second_look()  # cumulative too
        if result["lost"]:
            self.say(f"  {result['lost']} lost: tracing them through the broker ...")
            lost = [e for inc in st.incidents for e in inc.events if e not in self.checker.stored]
            result["lost_trace"] = await trace_lost(self.s, lost)
        return result

    def _progress(self, st: Step, t0: float) -> None:
        now = time.time()
        sent = [
            (i.sent_at, (self.arrivals[c] - i.sent_at) * 1000)
            for c, i in self.by_case.items()
            if c in self.arrivals and i.sent_at and i.sent_at >= t0
        ]
        lat = [ms for _, ms in sent]
        recent = [ms for at, ms in sent if at >= now - 60]
        heat = [d for t, d in self.heat if t >= t0]
        phones = {k: v for k, v in self.phones.items() if ":" not in k}  # the reasons are in the result
        self.say(
            f"  [{now - t0:5.1f} s] rate {st.rate:g}/s  offered {sum(st.offered.values())}  "
            f"accepted {sum(st.accepted.values())} ({dict(st.accepted)})  failed {sum(st.failed.values())}  "
            f"tasks {len(lat)}  p99 {percentile(lat, 99)} ms (last 60 s {percentile(recent, 99)} ms)  "
            f"heat p99 {percentile(heat, 99)} ms  phones {phones}"
        )

    async def _drain_pipeline(self, st: Step, t_accepted: float) -> float:
        """Wait until every accepted event is stored and every opened case's task arrived (tasks: up to --drain).

        Storage is waited for as long as it progresses: an event the stack accepted late (a backlog of HTTP
        requests) must not be called lost merely because the benchmark stopped looking.  An event is lost when
        storage has stalled for ``_STALL_S`` with it missing.  A task still queued behind dispatch is only late.
        """
        progress, last_stored = time.time(), -1
        while True:
            self.pump()
            ids = [e for inc in st.incidents for e in inc.events]  # a late acknowledgement may still add one
            await self.checker.poll(ids)
            stored = sum(1 for e in ids if e in self.checker.stored)
            sending = len(self.citizens.pending) + self.iot.in_flight + self.video.in_flight
            waiting = [i for i in st.incidents if i.case_id and self.checker.case_of.get(i.events[0]) == i.case_id
                       and i.case_id not in self.arrivals]  # fmt: skip
            elapsed = time.time() - t_accepted
            all_stored = stored == len(ids) and not sending
            if stored != last_stored:
                progress, last_stored = time.time(), stored
            stalled = time.time() - progress > _STALL_S and elapsed > self.opts.drain_s
            if (
                (all_stored and (not waiting or elapsed > self.opts.drain_s))
                or stalled
                or elapsed > 10 * self.opts.drain_s
            ):
                return elapsed
            self.say(
                f"  draining {elapsed:4.0f} s: stored {stored}/{len(ids)} (+{sending} being sent), "
                f"tasks awaited {len(waiting)}"
            )
            await asyncio.sleep(1.0 if elapsed < 10 else 2.0)

    async def teardown(self) -> None:
        for proc, _, stop in self.receivers:
            stop.set()
            proc.join(15)
            if proc.is_alive():
                proc.terminate()
        self.sampler.halt()
        for name in ("citizens", "video"):
            if hasattr(self, name):
                try:
                    await getattr(self, name).close()
                except Exception as exc:  # teardown must finish; say what failed
                    self.say(f"  teardown: {type(exc).__name__}: {exc}")
        if hasattr(self, "iot"):
            self.iot.close()
        if self._restore:
            await restore_duty(self.s.redis_url or "", self.s.topic_prefix, self._restore)
