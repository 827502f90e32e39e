"""One Redis subscription per dashboard process, fanned out to its sockets in process.

A subscription per socket collapses at a hundred connections (shared
DESIGN.md); here one reader task routes each bus message by audience to the
sockets registered under it.  Every socket has its own bounded queue and
sender task, so a slow phone only ever delays itself.

The heat-map arrives from each stream worker as a delta once a second (the
rows that changed; see ``streams/aggregate.py``).  The hub keeps every
worker's full counts, forwards the deltas, and sends a socket the whole
picture only when it must: on connect, after a gap in a worker's sequence
numbers, when a worker went silent, or when the socket fell behind.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from fastapi import WebSocket
from redis.asyncio import Redis

from gridcc.runtime import bus
from gridcc.settings import Settings

log = logging.getLogger(__name__)
_HEAT_STALE_S = 5.0


Key = tuple[int, str, str]


class Subscriber:
    """One socket's outbox: a bounded FIFO for events, and one slot for the heat-map.

    The heat slot is sent ahead of queued events, so a burst of case messages never delays the map. A
    delta arriving while the previous one is still unsent turns the slot into "send the full picture",
    which the hub renders at send time: a slow screen skips ahead instead of replaying every second.
    """

    def __init__(self, ws: WebSocket, audiences: set[str], maxsize: int = 1024) -> None:
        self.ws = ws
        self.audiences = audiences
        self.maxsize = maxsize
        self.queue: deque[str] = deque()
        self.heat_due = False
        self.heat_text: str | None = None  # None while due: the full picture
        self.full_heat: Callable[[], str] | None = None  # set by the hub
        self.ready = asyncio.Event()
        self.dropped = 0
        self.replaced = 0

    def offer(self, text: str) -> None:
        if len(self.queue) >= self.maxsize:
            if not self.dropped:
                log.warning(
                    "socket %s is %d messages behind: dropping until it catches up", self.audiences, self.maxsize
                )
            self.dropped += 1
            return
        self.queue.append(text)
        self.ready.set()

    def offer_heat(self, text: str | None) -> None:
        """A delta's text, or None for the full picture."""
        if self.heat_due:
            self.replaced += 1
            text = None
        self.heat_due, self.heat_text = True, text
        self.ready.set()

    def next(self) -> str | None:
        if self.heat_due:
            self.heat_due = False
            if self.heat_text is not None:
                return self.heat_text
            return self.full_heat() if self.full_heat else None
        if self.queue:
            return self.queue.popleft()
        self.ready.clear()
        return None

    async def pump(self) -> None:
        while True:
            await self.ready.wait()
            text = self.next()
            if text is not None:
                await self.ws.send_text(text)


@dataclass
class HeatPart:
    """One stream worker's counts, as its last full snapshot plus every delta since."""

    at: float
    seq: int
    stats: dict[str, int]
    windows: dict[str, dict[Key, int]]

    @classmethod
    def parse(cls, data: dict[str, Any]) -> HeatPart:
        windows = {w: {(g, d, s): n for g, d, s, n in rows} for w, rows in data.get("windows", {}).items()}
        return cls(data.get("at", 0.0), data.get("seq", 0), data.get("stats", {}), windows)

    def apply(self, data: dict[str, Any]) -> None:
        for w, rows in data.get("windows", {}).items():
            counts = self.windows.setdefault(w, {})
            for g, d, s, n in rows:
                if n:
                    counts[(g, d, s)] = n
                else:
                    counts.pop((g, d, s), None)
        self.at, self.seq, self.stats = data.get("at", self.at), data["seq"], data.get("stats", self.stats)


class Hub:
    def __init__(self, redis: Redis, settings: Settings) -> None:
        self.redis = redis
        self.settings = settings
        self.subs: dict[str, set[Subscriber]] = defaultdict(set)
        self.heat_parts: dict[str, HeatPart] = {}
        self.delivered = 0
        self.resubscribed = 0
        self.heat_reloads = 0
        # Called after the subscription was lost and regained: pushes sent meanwhile are gone, so sockets resync.
        self.resync: set[Callable[[], Awaitable[None]]] = set()
        self._task: asyncio.Task[None] | None = None
        self._reloading: set[str] = set()
        self._background: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        self._task = asyncio.create_task(self._read(), name="hub-reader")

    async def stop(self) -> None:
        for task in [*self._background, *([self._task] if self._task else [])]:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def add(self, sub: Subscriber) -> None:
        for a in sub.audiences:
            self.subs[a].add(sub)
        if "ops" in sub.audiences:
            sub.full_heat = self.heat_text
            sub.offer_heat(None)  # a new screen starts from the whole picture

    def remove(self, sub: Subscriber) -> None:
        for a in sub.audiences:
            self.subs[a].discard(sub)

    def heat(self) -> dict[str, Any]:
        """The merged snapshot of every live stream worker (their grids never overlap)."""
        self._drop_stale()
        merged: dict[str, list[Any]] = defaultdict(list)
        stats: dict[str, int] = defaultdict(int)
        newest = 0.0
        for part in self.heat_parts.values():
            newest = max(newest, part.at)
            for window, counts in part.windows.items():
                merged[window].extend([g, d, s, n] for (g, d, s), n in counts.items())
            for k, v in part.stats.items():
                stats[k] += v
        return {"windows": dict(merged), "at": newest, "stats": dict(stats), "workers": len(self.heat_parts)}

    def heat_text(self) -> str:
        return json.dumps({"type": "heat", "data": self.heat()}, ensure_ascii=False)

    def _drop_stale(self) -> bool:
        """Forget workers silent for a while (stopped, or their partitions moved); True if any was dropped."""
        now = time.time()
        stale = [w for w, p in self.heat_parts.items() if now - p.at > _HEAT_STALE_S]
        for worker in stale:
            del self.heat_parts[worker]
        return bool(stale)

    def _offer_full(self) -> None:
        for sub in list(self.subs.get("ops", ())):
            sub.offer_heat(None)

    async def load_heat(self) -> None:
        """Late joiners: the workers' last full snapshots are kept under keys, not only on the bus."""
        keys = [k async for k in self.redis.scan_iter(f"{self.settings.topic_prefix}:heat:*")]
        for raw in await self.redis.mget(keys) if keys else []:
            if raw:
                data = json.loads(raw)["data"]
                self.heat_parts[data["worker"]] = HeatPart.parse(data)
        self._offer_full()

    async def _reload(self, worker: str) -> None:
        """A delta went missing: start this worker over from its key (written before each delta)."""
        try:
            raw = await self.redis.get(f"{self.settings.topic_prefix}:heat:{worker}")
            if raw:
                data = json.loads(raw)["data"]
                held = self.heat_parts.get(worker)
                if held is None or data.get("seq", 0) >= held.seq:
                    self.heat_parts[worker] = HeatPart.parse(data)
                self.heat_reloads += 1
                self._offer_full()
        except Exception as exc:  # Redis gone: the resubscription path reloads everything
            log.warning("could not reload heat of %s: %s", worker, exc)
        finally:
            self._reloading.discard(worker)

    def _on_heat(self, data: dict[str, Any]) -> None:
        worker = data["worker"]
        dropped = self._drop_stale()
        if not data.get("delta"):
            self.heat_parts[worker] = HeatPart.parse(data)
            self._offer_full()
            return
        part = self.heat_parts.get(worker)
        if part is not None and data["seq"] <= part.seq:
            return  # already in the snapshot we hold
        if part is None or data["seq"] != part.seq + 1:
            if worker not in self._reloading:
                self._reloading.add(worker)
                task = asyncio.create_task(self._reload(worker))
                self._background.add(task)
                task.add_done_callback(self._background.discard)
            return
        part.apply(data)
        if dropped:
            self._offer_full()
            return
        text = json.dumps(
            {
                "type": "heat.delta",
                "data": {"windows": data["windows"], "at": data["at"], "workers": len(self.heat_parts)},
            },
            ensure_ascii=False,
        )
        for sub in list(self.subs.get("ops", ())):
            sub.offer_heat(text)
            self.delivered += 1

    def route(self, raw: str) -> None:
        try:
            msg = json.loads(raw)
            audience, type_ = msg["audience"], msg["type"]
            if type_ == "heat":
                self._on_heat(msg["data"])
                return
        except (ValueError, KeyError, TypeError):
            log.warning("bad bus message %r", raw[:200])
            return
        raw = json.dumps({"type": type_, "data": msg["data"]}, ensure_ascii=False)
        for sub in list(self.subs.get(audience, ())):
            sub.offer(raw)
            self.delivered += 1

    def stats(self) -> dict[str, int]:
        """Sockets and what their outboxes lost or collapsed, for ``/healthz``."""
        subs = {s for group in self.subs.values() for s in group}
        return {
            "sockets": len(subs),
            "delivered": self.delivered,
            "dropped": sum(s.dropped for s in subs),
            "heat_replaced": sum(s.replaced for s in subs),
        }

    async def _read(self) -> None:
        lost = False
        while True:
            pubsub = self.redis.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.subscribe(bus.channel(self.settings))
                with contextlib.suppress(Exception):
                    await self.load_heat()
                if lost:
                    self.resubscribed += 1
                    for resync in list(self.resync):
                        with contextlib.suppress(Exception):
                            await resync()
                lost = False
                async for message in pubsub.listen():
                    if message and message.get("type") == "message":
                        self.route(message["data"])
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # Redis restarted: resubscribe, the sockets stay open
                lost = True
                log.warning("bus subscription lost (%s); resubscribing", exc)
                await asyncio.sleep(0.5)
            finally:
                with contextlib.suppress(Exception):
                    await pubsub.aclose()
