"""Simulated grid workers on phones: sockets that receive tasks and work them with human delays.

They accept after a while, travel, handle and resolve with a photo; a few
reject, a few never answer (so the dispatcher's re-offer path runs), and some
go offline and come back (so the backlog on reconnect is exercised).  Delays
are demo-compressed by ``speed`` so a case closes in about a minute.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
from collections.abc import Coroutine, Sequence
from typing import Any

import cv2
import httpx
import numpy as np
import websockets

from gridcc.domain.teams import Worker

log = logging.getLogger(__name__)


def result_photo(rng: random.Random) -> bytes:
    img = np.full((120, 160, 3), rng.randrange(60, 200), np.uint8)
    cv2.putText(img, "OK", (50, 70), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (255, 255, 255), 2)
    return cv2.imencode(".jpg", img)[1].tobytes()


class WorkerSim:
    def __init__(
        self,
        base_url: str,
        workers: Sequence[Worker],
        password: str,
        seed: int,
        speed: float = 1.0,
        reject_rate: float = 0.05,
        ignore_rate: float = 0.02,
    ) -> None:
        self.base_url = base_url
        self.workers = list(workers)
        self.password = password
        self.rng = random.Random(seed)
        self.speed = speed
        self.reject_rate = reject_rate
        self.ignore_rate = ignore_rate
        self.received: dict[str, float] = {}
        self.done = 0
        self._bg: set[asyncio.Task[None]] = set()
        self.connected = 0

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        """Fire and forget, but keep a reference so the task is not collected mid-flight."""
        task = asyncio.create_task(coro)
        self._bg.add(task)
        task.add_done_callback(self._bg.discard)

    async def run(self, stop: asyncio.Event) -> None:
        async with httpx.AsyncClient(base_url=self.base_url, timeout=20) as client:
            tasks = [asyncio.create_task(self.phone(client, w, stop)) for w in self.workers]
            await stop.wait()
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def phone(self, client: httpx.AsyncClient, worker: Worker, stop: asyncio.Event) -> None:
        await asyncio.sleep(self.rng.uniform(0, 10))
        r = await client.post("/api/v1/auth/token", data={"username": worker.worker_id, "password": self.password})
        r.raise_for_status()
        token = r.json()["access_token"]
        auth = {"Authorization": f"Bearer {token}"}
        url = self.base_url.replace("http", "ws", 1) + f"/ws/worker?token={token}"
        seen: set[str] = set()
        while not stop.is_set():
            try:
                async with websockets.connect(url, max_size=2**22) as ws:
                    self.connected += 1
                    await ws.send(json.dumps({"type": "position", "lat": worker.home[0], "lon": worker.home[1]}))
                    async for raw in ws:
                        msg = json.loads(raw)
                        tasks = (
                            msg["data"]["tasks"]
                            if msg["type"] == "hello"
                            else [msg["data"]]
                            if msg["type"] == "task.offered"
                            else []
                        )
                        for task in tasks:
                            if task["task_id"] not in seen:
                                seen.add(task["task_id"])
                                self._spawn(self.work(client, auth, task))
            except (OSError, websockets.WebSocketException):
                await asyncio.sleep(self.rng.uniform(1, 5))
            finally:
                self.connected -= 1

    async def work(self, client: httpx.AsyncClient, auth: dict[str, str], task: dict[str, object]) -> None:
        tid = task["task_id"]
        roll = self.rng.random()
        if roll < self.ignore_rate:
            return  # never answers: the offer expires and goes to the next worker
        with contextlib.suppress(httpx.HTTPError):
            await asyncio.sleep(self.rng.uniform(2, 15) / self.speed)
            if roll < self.ignore_rate + self.reject_rate and task.get("status") == "offered":
                await client.post(f"/api/v1/tasks/{tid}/reject", headers=auth, json={"reason": "不在辖区/忙"})
                return
            if task.get("status") == "offered":
                await client.post(f"/api/v1/tasks/{tid}/accept", headers=auth)
            await asyncio.sleep(self.rng.uniform(5, 30) / self.speed)
            await client.post(f"/api/v1/tasks/{tid}/arrive", headers=auth)
            await asyncio.sleep(self.rng.uniform(5, 30) / self.speed)
            await client.post(
                f"/api/v1/tasks/{tid}/resolve",
                headers=auth,
                data={"note": "已处置"},
                files={"photo": ("done.jpg", result_photo(self.rng), "image/jpeg")},
            )
            self.done += 1
