"""One Redis subscription per dashboard process, fanned out to its sockets in process.

A subscription per socket collapses at a hundred connections (shared
DESIGN.md); here one reader task routes each bus message by audience to the
sockets registered under it.  Every socket has its own bounded queue and
sender task, so a slow phone only ever delays itself; for the heat-map only the
newest snapshot matters, so it has a slot of its own (see :class:`Subscriber`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import WebSocket
from redis.asyncio import Redis

from gridcc.runtime import bus
from gridcc.settings import Settings

log = logging.getLogger(__name__)
_HEAT_STALE_S = 5.0


class Subscriber:
    """One socket's outbox: a bounded FIFO for events, and one slot for the newest heat snapshot.

    The heat slot is sent ahead of queued events and a newer snapshot replaces an unsent one, so a burst of
    case messages never delays the heat-map and a slow screen never sees stale snapshots one after another.
    """

    def __init__(self, ws: WebSocket, audiences: set[str], maxsize: int = 1024) -> None:
        self.ws = ws
        self.audiences = audiences
        self.maxsize = maxsize
        self.queue: deque[str] = deque()
        self.latest: str | None = None
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

    def offer_latest(self, text: str) -> None:
        if self.latest is not None:
            self.replaced += 1
        self.latest = text
        self.ready.set()

    def next(self) -> str | None:
        if self.latest is not None:
            text, self.latest = self.latest, None
            return text
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


class Hub:
    def __init__(self, redis: Redis, settings: Settings) -> None:
        self.redis = redis
        self.settings = settings
        self.subs: dict[str, set[Subscriber]] = defaultdict(set)
        self.heat_parts: dict[str, dict[str, Any]] = {}
        self.delivered = 0
        self.resubscribed = 0
        # Called after the subscription was lost and regained: pushes sent meanwhile are gone, so sockets resync.
        self.resync: set[Callable[[], Awaitable[None]]] = set()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._task = asyncio.create_task(self._read(), name="hub-reader")

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    def add(self, sub: Subscriber) -> None:
        for a in sub.audiences:
            self.subs[a].add(sub)

    def remove(self, sub: Subscriber) -> None:
        for a in sub.audiences:
            self.subs[a].discard(sub)

    def heat(self) -> dict[str, Any]:
        """The merged snapshot of every live stream worker (their grids never overlap)."""
        now = time.time()
        merged: dict[str, list[Any]] = defaultdict(list)
        stats: dict[str, int] = defaultdict(int)
        newest = 0.0
        for part in list(self.heat_parts.values()):
            if now - part.get("at", 0) > _HEAT_STALE_S:
                continue
            newest = max(newest, part.get("at", 0))
            for window, rows in part.get("windows", {}).items():
                merged[window].extend(rows)
            for k, v in part.get("stats", {}).items():
                stats[k] += v
        return {"windows": dict(merged), "at": newest, "stats": dict(stats), "workers": len(self.heat_parts)}

    async def load_heat(self) -> None:
        """Late joiners: the workers' last snapshots are kept under keys, not only on the bus."""
        keys = [k async for k in self.redis.scan_iter(f"{self.settings.topic_prefix}:heat:*")]
        for raw in await self.redis.mget(keys) if keys else []:
            if raw:
                data = json.loads(raw)["data"]
                self.heat_parts[data["worker"]] = data

    def route(self, raw: str) -> None:
        try:
            msg = json.loads(raw)
            audience, type_ = msg["audience"], msg["type"]
        except (ValueError, KeyError, TypeError):
            log.warning("bad bus message %r", raw[:200])
            return
        if type_ == "heat":
            self.heat_parts[msg["data"]["worker"]] = msg["data"]
            raw = json.dumps({"type": "heat", "data": self.heat()}, ensure_ascii=False)
            for sub in list(self.subs.get(audience, ())):
                sub.offer_latest(raw)
                self.delivered += 1
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
