"""The benchmark's phones and wall screens: one process of sockets that only listen and time what arrives.

They run in their own process so that receiving a thousand tasks and tens of
thousands of wall-screen messages a second does not stall the load generator
(and the generator's bursts do not delay the clock reading on arrival).  The
process reports back over a multiprocessing queue, twice a second:

- ``("tasks", [(case_id, t), ...])``: the first ``task.offered`` per case;
- ``("heat", [(t, delay_ms), ...])``: each heat-map push, delay from the
  stream worker's publication time ``at`` to arrival;
- ``("ready", connected, failed)`` once, and ``("count", messages)``;
- ``("phones", {"accepted": n, "resolved": n, "failed": n, "failed: <why>": n, ...})``: what the phones did.

Phones work their tasks the way grid workers do (``Phones``): accept a few
seconds after the offer, resolve with a photo a minute or so later.  A bench
whose phones only listened would let every offer expire and be re-offered
down the teams every few minutes, a load no district sees; ``--phones listen``
keeps that mode for measuring dispatch alone.

Before the load the main process puts exactly one worker on duty per grid and
specialist team (Redis live state, which overrides the shift roster), so every
task lands on a socket that is listening.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import multiprocessing as mp
import random
import time
from collections.abc import Coroutine
from typing import Any, TypeVar

import httpx
import redis.asyncio as aredis
import websockets

from gridcc.domain.teams import TeamKind, TeamRegistry
from simulators.bench_load import KEEPALIVE_S

T = TypeVar("T")
# Seconds from offer to accept, and from accept to resolve: (low, high) of a uniform draw each.
Work = tuple[tuple[float, float], tuple[float, float]]


def on_duty_plan(teams: TeamRegistry) -> tuple[list[str], dict[str, str]]:
    """One listening worker per grid and specialist team: (their ids, worker id -> duty flag for every member)."""
    chosen, duty = [], {}
    for team in teams.teams:
        if team.kind not in (TeamKind.GRID, TeamKind.SPECIALIST) or not team.workers:
            continue
        chosen.append(team.workers[0].worker_id)
        for i, w in enumerate(team.workers):
            duty[w.worker_id] = "1" if i == 0 else "0"
    return chosen, duty


async def set_duty(redis_url: str, prefix: str, duty: dict[str, str]) -> dict[str, str | None]:
    """Apply the duty flags; returns the previous ones so a running demo can be put back as it was."""
    r = aredis.Redis.from_url(redis_url, decode_responses=True)
    ids = list(duty)
    async with r.pipeline(transaction=False) as pipe:
        for w in ids:
            pipe.hget(f"{prefix}:wk:{w}", "duty")
        before = dict(zip(ids, await pipe.execute(), strict=True))
        for w, flag in duty.items():
            pipe.hset(f"{prefix}:wk:{w}", mapping={"duty": flag, "ts": time.time()})
        await pipe.execute()
    await r.aclose()
    return before


async def restore_duty(redis_url: str, prefix: str, before: dict[str, str | None]) -> None:
    r = aredis.Redis.from_url(redis_url, decode_responses=True)
    async with r.pipeline(transaction=False) as pipe:
        for w, flag in before.items():
            if flag is None:
                pipe.hdel(f"{prefix}:wk:{w}", "duty")
            else:
                pipe.hset(f"{prefix}:wk:{w}", "duty", flag)
        await pipe.execute()
    await r.aclose()


async def login_all(base_url: str, users: list[str], password: str, parallel: int = 16) -> dict[str, str]:
    """Tokens for every user (the dashboard verifies the shared demo password with bcrypt once, then caches it)."""
    sem = asyncio.Semaphore(parallel)
    tokens: dict[str, str] = {}
    async with httpx.AsyncClient(base_url=base_url, timeout=60) as client:

        async def one(user: str) -> None:
            async with sem:
                r = await client.post("/api/v1/auth/token", data={"username": user, "password": password})
                r.raise_for_status()
                tokens[user] = r.json()["access_token"]

        await asyncio.gather(*(one(u) for u in users))
    return tokens


class Phones:
    """The on-duty workers' hands: accept each offer, then resolve it, over the same HTTP API as the phone page."""

    def __init__(self, http_base: str, accept_s: tuple[float, float], resolve_s: tuple[float, float]) -> None:
        from simulators.workers import result_photo

        self.client = httpx.AsyncClient(
            base_url=http_base,
            timeout=60,
            limits=httpx.Limits(max_connections=32, max_keepalive_connections=32, keepalive_expiry=KEEPALIVE_S),
        )
        self.accept_s, self.resolve_s = accept_s, resolve_s
        self.rng = random.Random(7)
        self.photo = result_photo(self.rng)
        self.stats = {"accepted": 0, "resolved": 0, "failed": 0}
        self._bg: set[asyncio.Task[None]] = set()
        # Requests wait here, not in httpx's pool: its pool does work per waiting request on every release, and
        # thousands of waiters made this process, not the stack, the bottleneck of the accepts.
        self._slots = asyncio.Semaphore(32)
        self._closing = False

    def offered(self, token: str, task_id: str) -> None:
        if self._closing:  # offers still arriving while the benchmark shuts down: nobody works them
            return
        task = asyncio.create_task(self._work(token, task_id))
        self._bg.add(task)
        task.add_done_callback(self._bg.discard)

    def _failed(self, why: str) -> None:
        self.stats["failed"] += 1
        self.stats[f"failed: {why}"] = self.stats.get(f"failed: {why}", 0) + 1

    async def _work(self, token: str, task_id: str) -> None:
        auth = {"Authorization": f"Bearer {token}"}
        step = "accept"
        try:
            await asyncio.sleep(self.rng.uniform(*self.accept_s))
            async with self._slots:
                r = await self.client.post(f"/api/v1/tasks/{task_id}/accept", headers=auth)
            if r.status_code != 200:  # withdrawn meanwhile (expired, or the case was voided): nothing to do
                self._failed(f"accept HTTP {r.status_code}")
                return
            self.stats["accepted"] += 1
            await asyncio.sleep(self.rng.uniform(*self.resolve_s))
            step = "resolve"
            async with self._slots:
                r = await self.client.post(
                    f"/api/v1/tasks/{task_id}/resolve",
                    headers=auth,
                    data={"note": "已处置"},
                    files={"photo": ("done.jpg", self.photo, "image/jpeg")},
                )
            if r.status_code == 200:
                self.stats["resolved"] += 1
            else:
                self._failed(f"resolve HTTP {r.status_code}")
        except httpx.HTTPError as exc:
            self._failed(f"{step} {type(exc).__name__}")

    async def aclose(self) -> None:
        self._closing = True
        for task in self._bg:
            task.cancel()
        await asyncio.gather(*self._bg, return_exceptions=True)
        await self.client.aclose()


async def _listen(
    url: str, kind: str, out: list[Any], stats: dict[str, int], stop: asyncio.Event, phones: Phones | None = None
) -> None:
    try:
        async with websockets.connect(url, max_size=2**24, open_timeout=60, ping_interval=None) as ws:
            stats["connected"] += 1
            async for raw in ws:
                t = time.time()
                stats["messages"] += 1
                if not isinstance(raw, str):  # the dashboard sends text frames only
                    continue
                if kind == "worker" and raw.startswith('{"type": "task.offered"'):
                    task = json.loads(raw)["data"]
                    out.append((task["case_id"], t))
                    if phones is not None and task.get("role") == "handle":
                        phones.offered(url.rsplit("token=", 1)[1], task["task_id"])
                elif kind == "ops" and raw.startswith('{"type": "heat'):  # heat and heat.delta
                    at = json.loads(raw)["data"].get("at") or 0.0
                    if at > 0:
                        out.append((t, (t - at) * 1000.0))
                if stop.is_set():
                    return
    except (TimeoutError, OSError, websockets.WebSocketException):
        stats["failed"] += 1


async def _main(
    ws_base: str, workers: list[str], ops: list[str], queue: Any, stop_flag: Any, work: Work | None
) -> None:
    stop = asyncio.Event()
    tasks_out: list[tuple[str, float]] = []
    heat_out: list[tuple[float, float]] = []
    stats = {"connected": 0, "failed": 0, "messages": 0}
    seen: set[str] = set()
    listeners = []
    sem = asyncio.Semaphore(64)  # connect in waves: each worker socket's hello is a database query
    phones = Phones(ws_base.replace("ws", "http", 1), *work) if work and workers else None

    async def start(url: str, kind: str, out: list[Any]) -> None:
        async with sem:
            listeners.append(asyncio.create_task(_listen(url, kind, out, stats, stop, phones)))
            while stats["connected"] + stats["failed"] < len(listeners):
                await asyncio.sleep(0.01)

    await asyncio.gather(
        *(start(f"{ws_base}/ws/worker?token={t}", "worker", tasks_out) for t in workers),
        *(start(f"{ws_base}/ws/ops?token={t}", "ops", heat_out) for t in ops),
    )
    queue.put(("ready", stats["connected"], stats["failed"]))
    while not stop_flag.is_set():
        await asyncio.sleep(0.5)
        fresh = []
        for case_id, t in tasks_out:
            if case_id not in seen:
                seen.add(case_id)
                fresh.append((case_id, t))
        tasks_out.clear()
        if fresh:
            queue.put(("tasks", fresh))
        if heat_out:
            queue.put(("heat", list(heat_out)))
            heat_out.clear()
        queue.put(("count", stats["messages"], stats["connected"], stats["failed"]))
        if phones is not None:
            queue.put(("phones", dict(phones.stats)))
    stop.set()
    if phones is not None:
        await phones.aclose()
    for task in listeners:
        task.cancel()
    with contextlib.suppress(Exception):
        await asyncio.wait_for(asyncio.gather(*listeners, return_exceptions=True), 10)


def receiver_main(
    ws_base: str, workers: list[str], ops: list[str], queue: Any, stop_flag: Any, work: Work | None = None
) -> None:
    """Entry point of the socket process (multiprocessing, spawn)."""
    run_loop(_main(ws_base, workers, ops, queue, stop_flag, work))


def run_loop(coro: Coroutine[Any, Any, T]) -> T:
    """uvloop where installed (the socket process parses thousands of frames a second), else asyncio."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coro)
    return uvloop.run(coro)


def start_receiver(
    ws_base: str, worker_tokens: list[str], ops_tokens: list[str], work: Work | None = None
) -> tuple[Any, Any, Any]:
    """Start the socket process; returns (process, queue, stop flag).  ``work``: phones accept and resolve."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    stop_flag = ctx.Event()
    proc = ctx.Process(
        target=receiver_main,
        args=(ws_base, worker_tokens, ops_tokens, queue, stop_flag, work),
        name="bench-sockets",
    )
    proc.start()
    return proc, queue, stop_flag
