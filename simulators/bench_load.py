"""The benchmark's three kinds of traffic, each sent the way its real source sends it.

- Citizens: Open311 ``POST /open311/v2/requests.json`` with an explicit
  service code (the case is deterministic), or the one-touch JSON report with a
  text the classifier has to read; several httpx clients, a device id each.
- IoT: paho MQTT, QoS 1, on real component topics.  A clearing pair then an
  alarm pair of readings, backdated so the hold times have already elapsed:
  the second alarm reading is the crossing one, so the alarm's event id
  ``iot-{code}-{metric}-{ts_ms}`` is known before it is sent.
- Video: ``Event(source=video)`` produced straight onto ``{prefix}.events.raw``,
  as the vision workers do.

An event counts as *accepted* when its source would consider it delivered:
HTTP 2xx, MQTT PUBACK for the crossing reading, Kafka produce acknowledged.
"""

from __future__ import annotations

import asyncio
import collections
import itertools
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from urllib.parse import urlparse

import httpx
import paho.mqtt.client as mqtt
from aiokafka import AIOKafkaProducer

from gridcc.domain.event import Event, EventKind, Source
from ingest.thresholds import RULES
from simulators.bench_plan import LANE_S, Incident
from simulators.iot import FAULT, NORMAL

# The servers (uvicorn) close a keep-alive connection idle for 5 s, and httpx keeps one for 5 s too: a request
# sent on a connection as the server closes it fails with ReadError, a failure of the benchmark, not the stack.
KEEPALIVE_S = 2.0

Accept = Callable[[Incident, str, float], None]  # (incident, event id, send time) once delivered
Fail = Callable[[str, str], None]  # (source, reason)


class CitizenSender:
    """Open311 and one-touch reports over several keep-alive httpx clients, bounded in flight."""

    def __init__(self, base_url: str, api_key: str, clients: int = 8, in_flight: int = 256) -> None:
        self.base_url = base_url
        self.api_key = api_key
        self.clients = [
            httpx.AsyncClient(
                base_url=base_url,
                timeout=60,
                limits=httpx.Limits(max_connections=64, max_keepalive_connections=64, keepalive_expiry=KEEPALIVE_S),
            )
            for _ in range(clients)
        ]
        self._rr = itertools.cycle(self.clients)
        self._sem = asyncio.Semaphore(in_flight)
        self.pending: set[asyncio.Task[None]] = set()
        self.texts: Callable[[str], str] | None = None

    def send(self, inc: Incident, lat: float, lon: float, accept: Accept, fail: Fail) -> None:
        task = asyncio.create_task(self._send(inc, lat, lon, accept, fail))
        self.pending.add(task)
        task.add_done_callback(self.pending.discard)

    async def _send(self, inc: Incident, lat: float, lon: float, accept: Accept, fail: Fail) -> None:
        async with self._sem:
            client = next(self._rr)
            device = uuid.uuid4().hex
            t = time.time()
            try:
                if inc.source == "citizen_text" and self.texts is not None:
                    body = {
                        "lat": lat,
                        "lon": lon,
                        "text": self.texts(inc.code),
                        "device_token": device,
                        "idempotency_key": uuid.uuid4().hex,
                    }
                    r = await client.post("/api/v1/reports/json", json=body)
                    event_id = r.json().get("report_id") if r.status_code in (200, 201) else None
                else:
                    form = {
                        "api_key": self.api_key,
                        "service_code": inc.code,
                        "lat": lat,
                        "long": lon,
                        "description": "bench",
                        "device_id": device,
                    }
                    r = await client.post("/open311/v2/requests.json", data=form)
                    event_id = r.json()[0].get("service_request_id") if r.status_code == 201 else None
            except (httpx.HTTPError, ValueError, KeyError, IndexError) as exc:
                fail(inc.source, type(exc).__name__)
                return
            if event_id:
                accept(inc, event_id, t)
            else:
                fail(inc.source, f"HTTP {r.status_code}")

    async def close(self) -> None:
        if self.pending:
            await asyncio.gather(*list(self.pending), return_exceptions=True)
        for c in self.clients:
            await c.aclose()


class IotSender:
    """paho in its own network thread; PUBACKs are collected there and resolved on the event loop."""

    def __init__(self, mqtt_url: str, prefix: str) -> None:
        self.prefix = prefix
        u = urlparse(mqtt_url)
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"bench-{uuid.uuid4().hex[:8]}")
        self.client.max_inflight_messages_set(1000)
        self.client.on_publish = self._on_publish
        self.client.connect(u.hostname or "127.0.0.1", u.port or 1883)
        self.client.loop_start()
        self._acked: collections.deque[int] = collections.deque()
        self._waiting: dict[int, tuple[Incident, str, float]] = {}
        self.clears = 0  # sensors cleared first (they alarmed in an earlier step): their clearing events

    def _on_publish(self, client: object, userdata: object, mid: int, *args: object) -> None:
        self._acked.append(mid)

    def send(self, inc: Incident, accept: Accept, fail: Fail) -> None:
        rule = RULES[inc.kind or ""]
        base = round(time.time() - inc.lane * LANE_S, 3)
        normal, fault = NORMAL[inc.kind or ""][0], FAULT[inc.kind or ""]
        topic = f"{self.prefix}/iot/{inc.component}/{rule.metric}"
        t_clear = base - rule.hold_s - 3
        readings = (
            (t_clear - rule.clear_hold_s - 1, normal),  # clears the sensor if an earlier step left it alarmed
            (t_clear, normal),
            (base - rule.hold_s - 1, fault),  # the crossing starts ...
            (base, fault),  # ... and has lasted longer than the hold time: this reading raises the alarm
        )
        t = time.time()
        for ts, value in readings:
            payload = f'{{"value": {value}, "unit": "{rule.unit}", "ts": {ts!r}}}'
            t = time.time()
            info = self.client.publish(topic, payload, qos=1)
            if info.rc != mqtt.MQTT_ERR_SUCCESS:  # a reading that never left: no alarm will follow
                fail("iot", f"publish rc {info.rc}")
                return
        self._waiting[info.mid] = (inc, f"iot-{inc.component}-{rule.metric}-{int(base * 1000)}", t)

    def resolve(self, accept: Accept) -> None:
        """Called on the loop: turn PUBACKs of crossing readings into accepted alarms."""
        while self._acked:
            mid = self._acked.popleft()
            hit = self._waiting.pop(mid, None)
            if hit is not None:
                accept(*hit)

    @property
    def in_flight(self) -> int:
        return len(self._waiting)

    def close(self) -> None:
        self.client.loop_stop()
        self.client.disconnect()


class VideoSender:
    """Camera detections as the vision workers publish them: an Event on the raw topic, keyed by grid."""

    def __init__(self, bootstrap: str, topic: str, run_id: str) -> None:
        self.producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=5, acks="all")
        self.topic = topic
        self.run_id = run_id
        self._n = itertools.count(1)
        self.in_flight = 0  # produced, not yet acknowledged by the broker

    async def start(self) -> None:
        await self.producer.start()

    async def send(self, inc: Incident, lat: float, lon: float, accept: Accept, fail: Fail) -> None:
        now = datetime.now(UTC)
        event = Event(
            event_id=f"vid-b{self.run_id}-{next(self._n)}",
            source=Source.VIDEO,
            kind=EventKind.ALARM,
            occurred_at=now,
            lat=lat,
            lon=lon,
            grid_id=inc.grid_id,
            text="视频识别：基准测试",
            matter_code=inc.code,
            camera_id=inc.camera_id,
            attrs={"rule": "bench"},
        )
        t = time.time()
        self.in_flight += 1
        try:
            fut = await self.producer.send(self.topic, key=inc.grid_id.encode(), value=event.model_dump_json().encode())
        except Exception as exc:  # a dead broker: the event was not accepted
            self.in_flight -= 1
            fail("video", type(exc).__name__)
            return

        def done(f: asyncio.Future[object]) -> None:
            self.in_flight -= 1
            if f.cancelled() or f.exception() is not None:
                fail("video", "produce failed")
            else:
                accept(inc, event.event_id, t)

        fut.add_done_callback(done)

    async def close(self) -> None:
        await self.producer.flush()
        await self.producer.stop()
