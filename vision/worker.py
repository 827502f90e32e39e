"""``python -m vision.worker``: poll the district's cameras, detect incidents, publish Events.

Settings come from the environment like every Grid Command process
(``GRIDCC_KAFKA_URL``, ``GRIDCC_REDIS_URL``, ``GRIDCC_DATABASE_URL``,
``GRIDCC_TOPIC_PREFIX``, ``GRIDCC_DATA_DIR``, ``GRIDCC_VISION__*``).  Where
the cameras are is not a setting of its own: ``--camera-base`` or
``GRIDCC_VISION_CAMERA_BASE``, defaulting to the camera simulator on
``ports.cameras``.  Several workers split the registry with ``--shard i/n``
(or ``GRIDCC_VISION_SHARD``): feed ``k`` belongs to shard ``k % n``.

Every second the worker refreshes ``{prefix}:health:vision:{pid}`` in Redis
(JSON: polled_fps, motion share, yolo fps, revisit p50/p99 over the last ten
seconds, ...).  SIGTERM stops polling, lets fetches in flight finish, and
closes the sinks.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import signal
import time
from collections import deque
from pathlib import Path

from gridcc.runtime import bus
from gridcc.settings import Settings, get_settings
from vision.detector import Detector, load_detector
from vision.hotreload import ModelHolder
from vision.matters import load_matters
from vision.model import configure_runtime, configured_model_path, runnable_model
from vision.pipeline import Pipeline, PipelineConfig
from vision.registry import Registry, registry_from_settings
from vision.scheduler import SchedulerConfig
from vision.sinks import LiveSink

log = logging.getLogger("vision.worker")

CAMERA_BASE_ENV = "GRIDCC_VISION_CAMERA_BASE"
SHARD_ENV = "GRIDCC_VISION_SHARD"
HEALTH_WINDOW_S = 10.0


def parse_shard(text: str) -> tuple[int, int]:
    """``"i/n"`` -> (i, n) with 0 <= i < n."""
    try:
        i, n = (int(x) for x in text.split("/"))
    except ValueError:
        raise ValueError(f"shard must look like 1/4, not {text!r}") from None
    if not 0 <= i < n:
        raise ValueError(f"shard {text!r}: need 0 <= index < count")
    return i, n


def shard(registry: Registry, index: int, count: int) -> Registry:
    return Registry([f for f in registry if f.index % count == index])


def health_key(settings: Settings) -> str:
    return f"{settings.topic_prefix}:health:vision:{os.getpid()}"


async def run(settings: Settings, camera_base: str, shard_spec: tuple[int, int], stop: asyncio.Event) -> None:
    threads = configure_runtime(settings)
    registry = shard(registry_from_settings(settings, camera_base), *shard_spec)
    v = settings.vision
    source = configured_model_path(settings)

    def loader(path: Path) -> Detector:
        return load_detector(runnable_model(path, settings), v.imgsz, v.device, threads)

    holder = ModelHolder(source, loader)
    matters = load_matters()
    sink = await LiveSink.start(settings)
    config = PipelineConfig(SchedulerConfig(target_s=v.revisit_target_s))
    pipeline = Pipeline(registry, holder, sink, matters, config)
    redis = bus.redis_client(settings)
    key = health_key(settings)
    log.info(
        "vision worker: %d feeds (shard %d/%d) from %s, model %s on %s, %d inference threads",
        len(registry),
        *shard_spec,
        camera_base,
        source,
        v.device,
        threads,
    )

    async def health() -> None:
        window: deque[dict[str, float]] = deque([pipeline.totals()])
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), 1.0)
            cur = pipeline.totals()
            window.append(cur)
            while len(window) > 2 and cur["t"] - window[0]["t"] > HEALTH_WINDOW_S:
                window.popleft()
            report = pipeline.report(window[0], cur)
            report.update(
                at=time.time(),
                pid=os.getpid(),
                shard=f"{shard_spec[0]}/{shard_spec[1]}",
                published=sink.published,
                publish_failures=sink.failed,
            )
            try:
                await redis.set(key, json.dumps(report), ex=10)
            except Exception:
                log.warning("health key update failed", exc_info=True)

    beat = asyncio.create_task(health())
    try:
        await pipeline.run(stop)
    finally:
        stop.set()
        with contextlib.suppress(asyncio.CancelledError):
            await beat
        with contextlib.suppress(Exception):
            await redis.delete(key)
        await redis.aclose()
        await sink.close()
        log.info("vision worker stopped")


def main(argv: list[str] | None = None) -> None:
    settings = get_settings()
    default_base = os.environ.get(CAMERA_BASE_ENV) or f"http://127.0.0.1:{settings.ports.cameras}"
    p = argparse.ArgumentParser(description="Poll camera feeds, detect incidents with YOLO, publish Events.")
    p.add_argument("--camera-base", default=default_base, help=f"camera server base URL (env {CAMERA_BASE_ENV})")
    p.add_argument("--shard", default=os.environ.get(SHARD_ENV, "0/1"), help=f"i/n share of the feeds ({SHARD_ENV})")
    a = p.parse_args(argv)
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s vision %(message)s")

    async def runner() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await run(settings, a.camera_base.rstrip("/"), parse_shard(a.shard), stop)

    asyncio.run(runner())


if __name__ == "__main__":
    main()
