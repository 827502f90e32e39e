"""Record a simulated day and replay it: the same reports and readings, with the same timing.

A recording is JSON lines ``{"t": seconds since start, "kind": "report" | "reading", ...}``; replaying
sends each line at its offset (scaled by ``speed``), so an incident seen once can be reproduced exactly
against a new build.
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlparse

import httpx
import paho.mqtt.client as mqtt


class Recorder:
    def __init__(self, path: Path) -> None:
        self._file: IO[str] = path.open("a", encoding="utf-8")
        self._t0 = time.monotonic()

    def report(self, body: dict[str, Any]) -> None:
        self._write({"kind": "report", "body": body})

    def reading(self, topic: str, payload: bytes) -> None:
        self._write({"kind": "reading", "topic": topic, "payload": payload.decode("utf-8", "replace")})

    def _write(self, obj: dict[str, Any]) -> None:
        obj["t"] = round(time.monotonic() - self._t0, 3)
        self._file.write(json.dumps(obj, ensure_ascii=False) + "\n")
        self._file.flush()

    def close(self) -> None:
        self._file.close()


async def replay(path: Path, ingest_url: str, mqtt_url: str, speed: float = 1.0) -> dict[str, int]:
    """Send every recorded line at its (scaled) offset; returns counts of what was sent and refused."""
    u = urlparse(mqtt_url)
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"replay-{int(time.time())}")
    client.connect(u.hostname or "127.0.0.1", u.port or 1883)
    client.loop_start()
    counts = {"reports": 0, "refused": 0, "readings": 0}
    t0 = time.monotonic()
    async with httpx.AsyncClient(base_url=ingest_url, timeout=20) as http:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                rec = json.loads(line)
                await asyncio.sleep(max(0.0, rec["t"] / speed - (time.monotonic() - t0)))
                if rec["kind"] == "report":
                    r = await http.post("/api/v1/reports/json", json=rec["body"])
                    counts["reports" if r.status_code in (200, 201) else "refused"] += 1
                else:
                    client.publish(rec["topic"], rec["payload"].encode(), qos=0)
                    counts["readings"] += 1
    client.loop_stop()
    client.disconnect()
    return counts
