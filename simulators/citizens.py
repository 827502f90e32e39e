"""Simulated citizens: one-touch reports over HTTP, with a daily rhythm and bursts.

Bursts are what make duplicate merging matter: a fire reported by forty
people within minutes, a storm flooding thirty roads in ten.  Each simulated
phone has its own device token (the rate limit is per device), and every
report carries a fresh idempotency key.
"""

from __future__ import annotations

import asyncio
import logging
import math
import random
import time
import uuid
from collections.abc import Coroutine, Sequence
from typing import Any

import httpx

from gridcc.domain.event import Source
from gridcc.domain.geo import Geography
from gridcc.domain.taxonomy import MatterType, Taxonomy
from simulators.replay import Recorder
from simulators.texts import report_text

log = logging.getLogger(__name__)


def daily_factor(hour: float) -> float:
    """Reports peak mid-morning and early evening, and almost stop at night."""
    return 0.15 + 0.85 * max(0.0, math.sin(math.pi * (hour - 6) / 16)) ** 0.7 if 6 <= hour <= 22 else 0.15


class CitizenSim:
    def __init__(
        self, base_url: str, taxonomy: Taxonomy, geo: Geography, rate: float, seed: int, devices: int = 5000
    ) -> None:
        self.base_url = base_url
        self.geo = geo
        self.rate = rate
        self.rng = random.Random(seed)
        self.types: Sequence[MatterType] = taxonomy.reportable_by(Source.CITIZEN)
        self.devices = [uuid.UUID(int=self.rng.getrandbits(128)).hex for _ in range(devices)]
        self.sent = 0
        self.recorder: Recorder | None = None
        self._bg: set[asyncio.Task[None]] = set()
        self.failed = 0

    def one(self, matter: MatterType | None = None, near: tuple[float, float] | None = None) -> dict[str, object]:
        matter = matter or self.rng.choice(self.types)
        if near is None:
            lat, lon = self.geo.random_point(self.rng)
        else:
            lat, lon = near[0] + self.rng.gauss(0, 0.0003), near[1] + self.rng.gauss(0, 0.0003)
        return {
            "lat": lat,
            "lon": lon,
            "text": report_text(matter, self.rng),
            "device_token": self.rng.choice(self.devices),
            "idempotency_key": uuid.UUID(int=self.rng.getrandbits(128)).hex,
            "_matter": matter.code,
        }

    async def post(self, client: httpx.AsyncClient, body: dict[str, object]) -> None:
        payload = {k: v for k, v in body.items() if not k.startswith("_")}
        if self.recorder is not None:
            self.recorder.report(payload)
        try:
            r = await client.post("/api/v1/reports/json", json=payload)
            if r.status_code in (200, 201):
                self.sent += 1
            else:
                self.failed += 1
        except httpx.HTTPError:
            self.failed += 1

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        """Fire and forget, but keep a reference so the task is not collected mid-flight."""
        task = asyncio.create_task(coro)
        self._bg.add(task)
        task.add_done_callback(self._bg.discard)

    async def run(self, stop: asyncio.Event) -> None:
        async with httpx.AsyncClient(base_url=self.base_url, timeout=10) as client:
            next_burst = time.monotonic() + self.rng.uniform(60, 180)
            while not stop.is_set():
                hour = time.localtime().tm_hour + time.localtime().tm_min / 60
                rate = max(self.rate * daily_factor(hour), 0.01)
                await asyncio.sleep(self.rng.expovariate(rate))
                self._spawn(self.post(client, self.one()))
                if time.monotonic() > next_burst:
                    next_burst = time.monotonic() + self.rng.uniform(120, 300)
                    self._spawn(self.burst(client))

    async def burst(self, client: httpx.AsyncClient, reporters: int = 40, seconds: float = 60) -> None:
        """Many people reporting the same incident at one spot within a minute."""
        matter = self.rng.choice(self.types)
        spot = self.geo.random_point(self.rng)
        log.info("burst: %d reports of %s", reporters, matter.name_zh)
        for _ in range(reporters):
            await asyncio.sleep(self.rng.uniform(0, seconds / reporters * 2))
            await self.post(client, self.one(matter, spot))
