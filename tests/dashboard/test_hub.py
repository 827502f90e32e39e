"""The hub's heat-map bookkeeping: deltas patched onto each worker's picture, gaps repaired from Redis.

A wall screen is modelled by what it would do with each text the hub sends (replace on ``heat``, patch on
``heat.delta``); the test checks that it always ends up with the hub's own picture.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from typing import Any

import pytest
from redis.asyncio import Redis

from dashboard.hub import Hub, Subscriber
from gridcc.settings import Settings


class Screen:
    """Stands in for the socket: the hub only ever calls ``send_text``."""

    def __init__(self) -> None:
        self.picture: dict[str, dict[tuple[Any, ...], int]] = {}
        self.kinds: list[str] = []

    async def send_text(self, text: str) -> None:
        msg = json.loads(text)
        self.kinds.append(msg["type"])
        rows = msg["data"]["windows"]
        if msg["type"] == "heat":
            self.picture = {w: {(g, d, s): n for g, d, s, n in r} for w, r in rows.items()}
        else:
            for w, r in rows.items():
                for g, d, s, n in r:
                    if n:
                        self.picture.setdefault(w, {})[(g, d, s)] = n
                    else:
                        self.picture.get(w, {}).pop((g, d, s), None)


def bus(worker: str, seq: int, windows: dict[str, list[list[Any]]], delta: bool = True) -> str:
    data = {"worker": worker, "at": time.time(), "seq": seq, "stats": {"events": seq}, "windows": windows}
    if delta:
        data["delta"] = True
    return json.dumps({"audience": "ops", "type": "heat", "data": data})


def picture(hub: Hub) -> dict[str, dict[tuple[Any, ...], int]]:
    return {w: {(g, d, s): n for g, d, s, n in r} for w, r in hub.heat()["windows"].items() if r}


@pytest.fixture
async def hub(settings: Settings) -> Any:
    prefix = f"hub{uuid.uuid4().hex[:6]}"
    redis = Redis.from_url(settings.redis_url or "", decode_responses=True)
    h = Hub(redis, settings.model_copy(update={"topic_prefix": prefix}))
    yield h
    await h.stop()
    keys = [k async for k in redis.scan_iter(f"{prefix}:*")]
    if keys:
        await redis.delete(*keys)
    await redis.aclose()


async def drain(sub: Subscriber, screen: Screen) -> None:
    while (text := sub.next()) is not None:
        await screen.send_text(text)


async def connect(hub: Hub) -> tuple[Screen, Subscriber]:
    """A wall screen joins and is sent what the hub holds."""
    screen = Screen()
    sub = Subscriber(screen, {"ops"})  # type: ignore[arg-type]
    hub.add(sub)
    await drain(sub, screen)
    return screen, sub


async def test_screen_follows_deltas_and_starts_from_the_whole_picture(hub: Hub) -> None:
    hub.route(bus("w1", 1, {"15": [[1, "URBAN", "citizen", 2]]}, delta=False))
    screen, sub = await connect(hub)
    assert screen.kinds == ["heat"] and screen.picture == picture(hub)
    hub.route(bus("w1", 2, {"15": [[2, "FIRE", "iot", 1]]}))
    await drain(sub, screen)
    hub.route(bus("w1", 3, {"15": [[1, "URBAN", "citizen", 0]]}))  # expired
    await drain(sub, screen)
    assert screen.kinds == ["heat", "heat.delta", "heat.delta"]
    assert screen.picture == picture(hub) == {"15": {(2, "FIRE", "iot"): 1}}


async def test_a_slow_screen_gets_the_whole_picture_instead_of_a_backlog(hub: Hub) -> None:
    hub.route(bus("w1", 1, {"15": []}, delta=False))
    screen = Screen()
    sub = Subscriber(screen, {"ops"})  # type: ignore[arg-type]
    hub.add(sub)
    for seq in range(2, 7):  # five seconds while the screen sent nothing
        hub.route(bus("w1", seq, {"15": [[seq, "URBAN", "citizen", seq]]}))
    await drain(sub, screen)
    assert screen.kinds == ["heat"] and sub.replaced == 5
    assert screen.picture == picture(hub) and len(screen.picture["15"]) == 5


async def test_a_missing_delta_is_repaired_from_the_workers_key(hub: Hub) -> None:
    hub.route(bus("w1", 1, {"15": [[1, "URBAN", "citizen", 1]]}, delta=False))
    screen, sub = await connect(hub)
    # Seconds 2 and 3 never reached this dashboard; the worker's key holds its full picture as of second 3.
    full = bus("w1", 3, {"15": [[1, "URBAN", "citizen", 4], [9, "FIRE", "video", 2]]}, delta=False)
    await hub.redis.set(f"{hub.settings.topic_prefix}:heat:w1", full)
    hub.route(bus("w1", 4, {"15": [[9, "FIRE", "video", 3]]}))  # the gap shows here
    for _ in range(50):
        if hub.heat_reloads:
            break
        await asyncio.sleep(0.02)
    hub.route(bus("w1", 3, {"15": [[1, "URBAN", "citizen", 4]]}))  # a late duplicate: already held
    hub.route(bus("w1", 4, {"15": [[9, "FIRE", "video", 3]]}))  # redelivered after the repair
    await drain(sub, screen)
    assert hub.heat_reloads == 1
    assert screen.picture == picture(hub) == {"15": {(1, "URBAN", "citizen"): 4, (9, "FIRE", "video"): 3}}


async def test_a_silent_worker_is_dropped_from_every_screen(hub: Hub) -> None:
    hub.route(bus("w1", 1, {"15": [[1, "URBAN", "citizen", 1]]}, delta=False))
    hub.route(bus("w2", 1, {"15": [[500, "FIRE", "iot", 2]]}, delta=False))
    screen, sub = await connect(hub)
    hub.heat_parts["w2"].at -= 60  # w2 stopped a minute ago (its partitions moved to w1)
    hub.route(bus("w1", 2, {"15": [[500, "FIRE", "iot", 1]]}))
    await drain(sub, screen)
    assert set(hub.heat_parts) == {"w1"}
    assert screen.kinds[-1] == "heat"  # replaced, not patched: w2's rows must go
    assert screen.picture == picture(hub) == {"15": {(1, "URBAN", "citizen"): 1, (500, "FIRE", "iot"): 1}}
