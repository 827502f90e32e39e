"""Where frames come from: HTTP snapshots, MJPEG and RTSP streams, files.

At district scale the only affordable source is the snapshot: one HTTP GET
returns one JPEG, nothing runs between visits, and the motion gate can decode
it straight to a small grey copy.  Streams (MJPEG over HTTP, RTSP) go through
``cv2.VideoCapture`` (OpenCV's FFmpeg backend); each open stream costs a
decoder running continuously, so they suit the few cameras without a snapshot
endpoint.  RTSP cannot be exercised on these machines (no RTSP server is
reachable); a failure to open says so plainly.

``fetch_snapshot`` uses aiohttp: ~80 µs of client CPU a request here, against
~1 ms for httpx, which at 500 polls/s is the difference between a fifth of a
core and half the machine.
"""

from __future__ import annotations

import asyncio
from enum import StrEnum
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp
import cv2
import numpy as np

from vision.detector import Frame


class SourceError(RuntimeError):
    """A frame could not be had; the message says from where and why."""


class SourceKind(StrEnum):
    SNAPSHOT = "snapshot"
    MJPEG = "mjpeg"
    RTSP = "rtsp"
    FILE = "file"


def source_kind(url: str) -> SourceKind:
    u = urlsplit(url)
    if u.scheme in ("rtsp", "rtsps"):
        return SourceKind.RTSP
    if u.scheme in ("http", "https"):
        mjpeg = u.path.endswith((".mjpg", ".mjpeg")) or "action=stream" in u.query
        return SourceKind.MJPEG if mjpeg else SourceKind.SNAPSHOT
    if u.scheme in ("", "file"):
        return SourceKind.FILE
    raise SourceError(f"unsupported camera URL scheme {u.scheme!r} in {url}")


async def fetch_snapshot(session: aiohttp.ClientSession, url: str) -> bytes:
    """One JPEG from a camera's snapshot URL."""
    try:
        async with session.get(url) as resp:
            body = await resp.read()
            if resp.status != 200:
                raise SourceError(f"{url}: HTTP {resp.status}")
    except (aiohttp.ClientError, TimeoutError) as exc:
        raise SourceError(f"{url}: {type(exc).__name__} {exc}") from None
    if not body.startswith(b"\xff\xd8"):
        raise SourceError(f"{url}: not a JPEG ({len(body)} bytes)")
    return body


def decode(jpeg: bytes) -> Frame:
    img = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    if img is None:
        raise SourceError("undecodable JPEG")
    return img


def read_file(path: str | Path) -> Frame:
    """A still image, or the next frame of a video file."""
    p = Path(urlsplit(str(path)).path) if str(path).startswith("file:") else Path(path)
    if not p.exists():
        raise SourceError(f"{p}: no such file")
    img = cv2.imread(str(p))
    if img is not None:
        return img
    cap = cv2.VideoCapture(str(p))
    try:
        ok, frame = cap.read()
    finally:
        cap.release()
    if not ok:
        raise SourceError(f"{p}: neither an image nor a readable video")
    return frame


class CaptureSource:
    """An MJPEG/RTSP stream (or video file) held open by ``cv2.VideoCapture``; ``read`` blocks, run it in a thread."""

    def __init__(self, url: str, open_timeout_s: float = 5.0) -> None:
        self.url = url
        self.kind = source_kind(url)
        self.open_timeout_s = open_timeout_s
        self._cap: cv2.VideoCapture | None = None

    def _open(self) -> cv2.VideoCapture:
        params = [
            cv2.CAP_PROP_OPEN_TIMEOUT_MSEC,
            int(self.open_timeout_s * 1000),
            cv2.CAP_PROP_READ_TIMEOUT_MSEC,
            int(self.open_timeout_s * 1000),
        ]
        cap = cv2.VideoCapture(self.url, cv2.CAP_FFMPEG, params)
        if not cap.isOpened():
            cap.release()
            hint = (
                "OpenCV's FFmpeg backend could not connect: check the address, credentials and that the camera "
                "serves RTSP over TCP (RTSP is not testable on these build machines: no RTSP server is reachable)"
                if self.kind is SourceKind.RTSP
                else "OpenCV's FFmpeg backend could not open the stream"
            )
            raise SourceError(f"cannot open {self.kind} stream {self.url}: {hint}")
        cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # the newest frame, not a backlog (honoured by some backends)
        return cap

    def read(self) -> Frame:
        if self._cap is None:
            self._cap = self._open()
        ok, frame = self._cap.read()
        if not ok or frame is None:
            self.close()  # reopen on the next visit
            raise SourceError(f"{self.url}: stream ended or timed out")
        return frame

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None


class StreamPool:
    """Open captures by URL, reused between visits; each read runs in a worker thread."""

    def __init__(self) -> None:
        self._sources: dict[str, CaptureSource] = {}

    async def read(self, url: str) -> Frame:
        kind = source_kind(url)
        if kind is SourceKind.FILE:
            return await asyncio.to_thread(read_file, url)
        src = self._sources.get(url)
        if src is None:
            src = self._sources[url] = CaptureSource(url)
        return await asyncio.to_thread(src.read)

    def close(self) -> None:
        for src in self._sources.values():
            src.close()
        self._sources.clear()
