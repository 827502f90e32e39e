"""``python -m simulators.cameras --port P --feeds N``: N synthetic camera feeds over HTTP, from one process.

``GET /cam/{id}.jpg`` is a 640x360 JPEG snapshot, ``GET /cam/{id}.mjpg`` the
same feed as an MJPEG stream (``?fps=``), ``GET /incidents`` the scripted
ground truth (JSON, absolute unix times) and ``GET /stats`` the server's
counters.  It shares a 2-core box with the vision worker, so it is cheap by
construction: backgrounds are rendered once, a frame is a copy plus a few
pastes, and each distinct frame is JPEG-encoded once and cached (a still feed
costs a dictionary lookup).  The HTTP server is a small asyncio protocol with
keep-alive: no framework sits on the hot path.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import signal
import subprocess
import sys
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import cv2

from gridcc.runtime.process import port_is_open
from simulators import camera_scenes as sc
from simulators.camera_script import Incident, generate, walker_at
from vision.registry import CameraFeed, Registry, Watch, build_registry

log = logging.getLogger("simulators.cameras")
GATHERING_SPREAD = 0.85  # persons of a gathering stand over this share of the zone's width


class CameraSimulator:
    """Renders, encodes and caches frames; knows nothing about HTTP."""

    def __init__(
        self, registry: Registry, incidents: list[Incident], ambient: float, seed: int, quality: int = 75
    ) -> None:
        self.registry = registry
        self.ambient = ambient
        self.seed = seed
        self.quality = quality
        self.t0 = time.time()
        self.incidents = incidents
        self._by_camera: dict[str, list[Incident]] = {}
        for inc in incidents:
            self._by_camera.setdefault(inc.camera_id, []).append(inc)
        self._cache: OrderedDict[tuple[Any, ...], bytes] = OrderedDict()
        self.cache_size = 2048
        self.stats = {"requests": 0, "frames": 0, "encodes": 0, "not_found": 0}
        sc.sprites()  # cut the people out before the first request

    def incident_at(self, camera_id: str, t: float) -> Incident | None:
        return next((i for i in self._by_camera.get(camera_id, ()) if i.active(t)), None)

    def frame_key(self, feed: CameraFeed, t: float) -> tuple[Any, ...]:
        """What the frame shows; two requests with equal keys get the same cached bytes."""
        led = int(t // 20) % 3 if feed.scene % 2 == 0 else -1
        inc = self.incident_at(feed.camera_id, t)
        walker = walker_at(feed.camera_id, t, self.ambient, self.seed)
        if inc is None and walker is None:
            return (feed.layout, feed.scene, led)
        phase: tuple[Any, ...] = ()
        if inc is not None:
            age = t - inc.start
            steps = {Watch.GATHERING: min(6, 1 + int(age / 1.5)), Watch.PARKING: min(3, int(age))}
            smoke = int(age) if age < 60 else 60 + int(age) % 8
            phase = (inc.incident_id, steps.get(inc.kind, smoke if inc.kind is Watch.SMOKE else 0))
        return (feed.camera_id, feed.layout, feed.scene, led, phase, walker)

    def render(self, feed: CameraFeed, key: tuple[Any, ...], t: float) -> bytes:
        img = sc.background(feed.layout, feed.scene).copy()
        sp = sc.sprites()
        led = key[2]
        if led >= 0:
            sc.draw_led(img, led)
        if len(key) > 3:
            _, _, _, _, phase, walker = key
            if walker is not None:
                y = next(z for z in feed.zones if Watch.GATHERING in z.watch).polygon[-1][1] - 0.05
                sc.paste(img, sp.walkers[walker[0] % len(sp.walkers)], walker[1], y)
            if phase:
                self._draw_incident(img, feed, self.incident_at(feed.camera_id, t), phase[1])
        ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, self.quality])
        if not ok:
            raise RuntimeError("JPEG encoding failed")
        self.stats["encodes"] += 1
        return buf.tobytes()

    def _draw_incident(self, img: sc.Image, feed: CameraFeed, inc: Incident | None, step: int) -> None:
        if inc is None:
            return
        sp = sc.sprites()
        if inc.kind is Watch.GATHERING:
            zone = next(z for z in feed.zones if z.zone_id == inc.zone_id)
            xs = [p[0] for p in zone.polygon]
            width = (max(xs) - min(xs)) * GATHERING_SPREAD
            for k in range(step):
                cx = inc.x - width / 2 + width * k / 5
                sc.paste(img, sp.standing[(k + inc.seed) % len(sp.standing)], cx, inc.y + 0.02 * (k % 2))
        elif inc.kind is Watch.PERSON_DOWN:
            sc.paste(img, sp.lying[inc.seed % len(sp.lying)], inc.x, inc.y)
        elif inc.kind is Watch.SMOKE:
            sc.draw_smoke(img, inc.x, inc.y, float(step), inc.seed)
        elif inc.kind is Watch.PARKING:
            sc.paste(img, sp.vehicle, inc.x + (3 - step) * 0.12, inc.y)
        elif inc.kind is Watch.PILE:
            sc.draw_pile(img, inc.x, inc.y, inc.seed)

    def snapshot(self, camera_id: str, t: float | None = None) -> bytes | None:
        """The feed's current JPEG, or None for an unknown camera."""
        try:
            feed = self.registry.get(camera_id)
        except KeyError:
            self.stats["not_found"] += 1
            return None
        rel = (time.time() if t is None else t) - self.t0
        key = self.frame_key(feed, rel)
        self.stats["frames"] += 1
        jpeg = self._cache.get(key)
        if jpeg is None:
            jpeg = self.render(feed, key, rel)
            self._cache[key] = jpeg
            if len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return jpeg

    def incidents_json(self) -> dict[str, Any]:
        return {"t0": self.t0, "now": time.time(), "incidents": [i.as_json(self.t0) for i in self.incidents]}


class _HttpProtocol(asyncio.Protocol):
    """Just enough HTTP/1.1 for GET with keep-alive; a camera answers nothing else."""

    def __init__(self, sim: CameraSimulator) -> None:
        self.sim = sim
        self.buf = b""
        self.transport: asyncio.Transport | None = None
        self.stream: asyncio.Task[None] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def connection_lost(self, exc: Exception | None) -> None:
        if self.stream:
            self.stream.cancel()

    def data_received(self, data: bytes) -> None:
        self.buf += data
        while self.transport and b"\r\n\r\n" in self.buf:
            head, self.buf = self.buf.split(b"\r\n\r\n", 1)
            lines = head.decode("latin-1").split("\r\n")
            parts = lines[0].split(" ")
            close = any(ln.lower().replace(" ", "") == "connection:close" for ln in lines[1:])
            if len(parts) != 3 or parts[0] not in ("GET", "HEAD"):
                self._reply(405, "text/plain", b"GET only\n", close=True)
                return
            self._route(parts[0], parts[1], close)

    def _reply(self, status: int, ctype: str, body: bytes, close: bool = False, head: bool = False) -> None:
        reason = {200: "OK", 404: "Not Found", 405: "Method Not Allowed"}[status]
        hdr = (
            f"HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
            f"Cache-Control: no-store\r\nConnection: {'close' if close else 'keep-alive'}\r\n\r\n"
        ).encode()
        assert self.transport is not None
        self.transport.write(hdr if head else hdr + body)
        if close:
            self.transport.close()

    def _route(self, method: str, target: str, close: bool) -> None:
        url = urlsplit(target)
        path, head = url.path, method == "HEAD"
        self.sim.stats["requests"] += 1
        if path.startswith("/cam/") and path.endswith(".jpg"):
            jpeg = self.sim.snapshot(path[5:-4])
            if jpeg is None:
                self._reply(404, "text/plain", b"no such camera\n", close, head)
            else:
                self._reply(200, "image/jpeg", jpeg, close, head)
        elif path.startswith("/cam/") and path.endswith(".mjpg") and self.sim.snapshot(path[5:-5]) is not None:
            fps = float(parse_qs(url.query).get("fps", ["5"])[0])
            self.stream = asyncio.get_running_loop().create_task(self._mjpeg(path[5:-5], max(0.2, min(fps, 25.0))))
        elif path == "/incidents":
            self._reply(200, "application/json", json.dumps(self.sim.incidents_json()).encode(), close, head)
        elif path in ("/stats", "/", "/healthz"):
            self._reply(200, "application/json", json.dumps(self.sim.stats).encode(), close, head)
        else:
            self._reply(404, "text/plain", b"not found\n", close, head)

    async def _mjpeg(self, camera_id: str, fps: float) -> None:
        assert self.transport is not None
        self.transport.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: multipart/x-mixed-replace; boundary=frame\r\n"
            b"Cache-Control: no-store\r\nConnection: close\r\n\r\n"
        )
        while not self.transport.is_closing():
            jpeg = self.sim.snapshot(camera_id) or b""
            if self.transport.get_write_buffer_size() < 4 * len(jpeg):  # a slow reader skips frames
                part = f"--frame\r\nContent-Type: image/jpeg\r\nContent-Length: {len(jpeg)}\r\n\r\n".encode()
                self.transport.write(part + jpeg + b"\r\n")
            await asyncio.sleep(1.0 / fps)


async def serve(sim: CameraSimulator, host: str, port: int, stop: asyncio.Event, report_s: float = 10.0) -> None:
    server = await asyncio.get_running_loop().create_server(lambda: _HttpProtocol(sim), host, port, backlog=1024)
    log.info(
        "camera simulator: %d feeds on http://%s:%d (%d incidents)", len(sim.registry), host, port, len(sim.incidents)
    )
    last, t_last = dict(sim.stats), time.monotonic()
    async with server:
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), report_s)
            now = time.monotonic()
            rate = {k: (v - last[k]) / (now - t_last) for k, v in sim.stats.items()}
            log.info("served %.0f req/s, encoded %.1f frames/s", rate["requests"], rate["encodes"])
            last, t_last = dict(sim.stats), now


def spawn(
    port: int, feeds: int, *args: str, host: str = "127.0.0.1", timeout: float = 60.0, log_path: Path | None = None
) -> subprocess.Popen[bytes]:
    """Start the simulator as a child process and wait until it answers (tests and the benchmark use it)."""
    out = open(log_path, "ab") if log_path else subprocess.DEVNULL  # noqa: SIM115 - handed to the child
    cmd = [sys.executable, "-m", "simulators.cameras", "--host", host, "--port", str(port), "--feeds", str(feeds)]
    proc = subprocess.Popen([*cmd, *args], stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + timeout
    while not port_is_open(host, port):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(f"camera simulator did not start on {host}:{port} (exit {proc.poll()})")
        time.sleep(0.1)
    return proc


def main(argv: list[str] | None = None) -> None:
    from gridcc.settings import get_settings

    s = get_settings()
    p = argparse.ArgumentParser(description="Synthetic camera feeds (HTTP snapshots, MJPEG), scripted incidents.")
    p.add_argument("--host", default=s.host)
    p.add_argument("--port", type=int, default=s.ports.cameras)
    p.add_argument("--feeds", type=int, default=s.vision.feeds)
    p.add_argument("--seed", type=int, default=s.simulator.seed)
    p.add_argument("--incidents-per-min", type=float, default=30.0, help="scripted incidents a minute, district-wide")
    p.add_argument("--horizon", type=float, default=3600.0, help="seconds of script to generate")
    p.add_argument("--first-after", type=float, default=5.0, help="seconds before the first incident starts")
    p.add_argument("--ambient", type=float, default=0.04, help="share of feeds with a passer-by at any time")
    p.add_argument("--script", type=Path, help="JSON list of incidents (times in seconds after start) instead")
    p.add_argument("--quality", type=int, default=75, help="JPEG quality")
    a = p.parse_args(argv)
    logging.basicConfig(level=s.log_level, format="%(asctime)s %(levelname)s cameras %(message)s")
    registry = build_registry(a.feeds, a.seed)
    if a.script:
        incidents = [Incident.from_json(d) for d in json.loads(a.script.read_text())]
    else:
        incidents = generate(registry, a.seed, a.incidents_per_min, a.horizon, first_after_s=a.first_after)
    sim = CameraSimulator(registry, incidents, a.ambient, a.seed, a.quality)

    async def run() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await serve(sim, a.host, a.port, stop)

    with contextlib.suppress(ImportError):
        import uvloop

        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    asyncio.run(run())
    log.info("camera simulator stopped (pid %d)", os.getpid())


if __name__ == "__main__":
    main()
