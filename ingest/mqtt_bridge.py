"""The MQTT bridge: IoT readings in, stored in batches; only alarms and clearings go on as Events.

Readings travel ``gridcc/iot/{component_code}/{metric}`` with a JSON payload
``{"value": 12.5, "unit": "cm", "ts": 1767600000.0}``.  Every reading is
COPY'd into the time-series table in batches; the embedded broker keeps every
record in memory forever, so readings never go through Kafka one by one.
Anything malformed goes to the dead-letter topic with its reason and is
counted; the bridge keeps running.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlparse

import aiomqtt
import psycopg
from aiokafka import AIOKafkaProducer

from gridcc.domain.components import ComponentRegistry, load_components
from gridcc.domain.event import Event, EventKind, Source
from gridcc.domain.geo import Geography, load_geography
from gridcc.domain.taxonomy import Taxonomy, load_taxonomy
from gridcc.runtime import bus, sent_events
from gridcc.settings import Settings, get_settings
from ingest.thresholds import METRIC_TO_KIND, RULES, ThresholdTracker
from streams.processor import dead_letter
from streams.topics import DEADLETTER, RAW, bootstrap, ensure_topics

log = logging.getLogger(__name__)


class BadReading(ValueError):
    """A reading that cannot be used; the message is the dead-letter reason."""


@dataclass
class Outcome:
    rows: list[tuple[datetime, str, str, float, str]] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    dead: list[tuple[bytes, str]] = field(default_factory=list)


class ReadingHandler:
    """The bridge's logic without its I/O: topic + payload -> stored row, maybe an Event."""

    def __init__(self, taxonomy: Taxonomy, geo: Geography, components: ComponentRegistry, prefix: str) -> None:
        self.geo = geo
        self.components = components
        self.prefix = prefix
        self.tracker = ThresholdTracker()
        self._by_class = {t.category_code + t.subcategory_code: t.code for t in taxonomy.component_classes()}
        for kind, rule in RULES.items():  # a rule naming a type sensors cannot raise is a configuration error
            if rule.matter != "component" and (
                rule.matter not in taxonomy or Source.IOT not in taxonomy.get(rule.matter).sources
            ):
                raise ValueError(f"{kind} alarms name {rule.matter!r}, which is not a matter type IoT may raise")
        self.counts = {"readings": 0, "alarms": 0, "clears": 0, "dead": 0}

    def matter_for(self, kind: str, class_code: str) -> str:
        rule = RULES[kind]
        return self._by_class[class_code] if rule.matter == "component" else rule.matter

    def handle(self, topic: str, payload: bytes, out: Outcome) -> None:
        try:
            self._handle(topic, payload, out)
        except BadReading as exc:
            self.counts["dead"] += 1
            out.dead.append(
                (
                    json.dumps(
                        {"topic": topic, "payload": payload.decode("utf-8", "replace")}, ensure_ascii=False
                    ).encode(),
                    str(exc),
                )
            )

    def _handle(self, topic: str, payload: bytes, out: Outcome) -> None:
        parts = topic.split("/")
        if len(parts) != 4 or parts[0] != self.prefix or parts[1] != "iot":
            raise BadReading(f"topic {topic!r} is not {self.prefix}/iot/<component_code>/<metric>")
        code, metric = parts[2], parts[3]
        try:
            comp = self.components.get(code)
        except (KeyError, ValueError):
            raise BadReading(f"unknown component {code!r}") from None
        kind = METRIC_TO_KIND.get(metric)
        if kind is None:
            raise BadReading(f"unknown metric {metric!r}; known: {', '.join(sorted(METRIC_TO_KIND))}")
        if comp.sensor_kind is None or comp.sensor_kind.value != kind:
            raise BadReading(f"component {code} has no {metric} sensor (it has {comp.sensor_kind or 'none'})")
        try:
            body = json.loads(payload)
            value, unit = float(body["value"]), body["unit"]
            ts_raw = body.get("ts", time.time())
            ts = float(ts_raw) if isinstance(ts_raw, int | float) else datetime.fromisoformat(ts_raw).timestamp()
        except (ValueError, KeyError, TypeError) as exc:
            raise BadReading(f"payload must be JSON {{value, unit, ts}}: {exc}") from None
        rule = RULES[kind]
        if unit != rule.unit:
            raise BadReading(f"wrong unit {unit!r} for {metric}: expected {rule.unit!r}")
        lo, hi = rule.valid_range
        if not lo <= value <= hi or value != value:
            raise BadReading(f"implausible {metric} value {value} (valid {lo}..{hi} {rule.unit})")
        at = datetime.fromtimestamp(ts, UTC)
        out.rows.append((at, code, metric, value, unit))
        self.counts["readings"] += 1
        change = self.tracker.update(f"{code}/{metric}", rule, value, ts)
        if change is None:
            return
        self.counts["alarms" if change == "alarm" else "clears"] += 1
        grid = self.geo.grids[comp.grid_index]
        out.events.append(
            Event(
                event_id=f"iot-{code}-{metric}-{int(ts * 1000)}",
                source=Source.IOT,
                kind=EventKind.ALARM if change == "alarm" else EventKind.CLEAR,
                occurred_at=at,
                lat=comp.lat,
                lon=comp.lon,
                grid_id=grid.grid_id,
                matter_code=self.matter_for(kind, comp.class_code),
                component_code=code,
                attrs={"metric": metric, "value": value, "unit": unit},
            )
        )


class MqttBridge:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        geo = load_geography()
        comps = load_components(None, geo, cache_dir=settings.data_dir / "cache")
        self.handler = ReadingHandler(load_taxonomy(), geo, comps, settings.topic_prefix)
        self.stopping = asyncio.Event()
        self._pending = Outcome()
        self._due = asyncio.Event()  # something should go out now: an alarm, or a full batch of readings
        self._flushing = asyncio.Lock()

    async def run(self) -> None:
        s = self.settings
        await ensure_topics(s)
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap(s), linger_ms=5, acks="all")
        await producer.start()
        conn = await psycopg.AsyncConnection.connect(s.database_url or "", autocommit=True)
        flusher = asyncio.create_task(self._flush_loop(producer, conn))
        u = urlparse(s.mqtt_url or "mqtt://127.0.0.1:1883")
        try:
            async with aiomqtt.Client(
                u.hostname or "127.0.0.1", u.port or 1883, identifier=f"{s.topic_prefix}-bridge", clean_session=False
            ) as client:
                await client.subscribe(f"{s.topic_prefix}/iot/#", qos=1)
                log.info("MQTT bridge subscribed to %s/iot/#", s.topic_prefix)
                async for message in client.messages:
                    self.handler.handle(str(message.topic), bytes(message.payload), self._pending)  # type: ignore[arg-type]
                    # Alarms go on at once, readings with a full batch or on the timer; the flusher does it
                    # while messages keep coming in, and whatever arrives meanwhile goes out in its next round.
                    if self._pending.events or len(self._pending.rows) >= s.ingest.mqtt_batch_rows:
                        self._due.set()
                    if flusher.done():  # it failed (database gone): stop with its error rather than buffer forever
                        flusher.result()
                    if len(self._pending.rows) >= 4 * s.ingest.mqtt_batch_rows:  # the flusher fell behind
                        await self.flush(producer, conn)
        finally:
            flusher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await flusher
            await self.flush(producer, conn)
            await producer.stop()
            await conn.close()

    async def _flush_loop(self, producer: AIOKafkaProducer, conn: psycopg.AsyncConnection) -> None:
        redis = bus.redis_client(self.settings)
        key = f"{self.settings.topic_prefix}:health:mqtt:{os.getpid()}"
        reported = 0.0
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._due.wait(), self.settings.ingest.mqtt_flush_s)
            self._due.clear()
            await self.flush(producer, conn)
            if time.monotonic() - reported >= 1.0:
                reported = time.monotonic()
                with contextlib.suppress(Exception):
                    await redis.set(key, json.dumps({"at": time.time(), **self.handler.counts}), ex=10)

    async def flush(self, producer: AIOKafkaProducer, conn: psycopg.AsyncConnection) -> None:
        async with self._flushing:  # one flush at a time on the one connection, in arrival order
            batch, self._pending = self._pending, Outcome()
            try:
                await self._write(producer, conn, batch)
            except BaseException:  # cancelled at shutdown or the database is gone: keep it for the next try
                batch.rows += self._pending.rows
                batch.events += self._pending.events
                batch.dead += self._pending.dead
                self._pending = batch
                raise

    async def _write(self, producer: AIOKafkaProducer, conn: psycopg.AsyncConnection, batch: Outcome) -> None:
        if batch.rows:
            async with (
                conn.cursor() as cur,
                cur.copy("COPY readings (ts, component_code, metric, value, unit) FROM STDIN") as copy,
            ):
                for row in batch.rows:
                    await copy.write_row(row)
        await sent_events.record(conn, batch.events)  # the relay's second look, should the broker lose one
        s = self.settings
        futures: list[Any] = []
        for ev in batch.events:
            futures.append(
                await producer.send(s.topic(RAW), key=(ev.grid_id or "").encode(), value=ev.model_dump_json().encode())
            )
        for raw, reason in batch.dead:
            futures.append(await producer.send(s.topic(DEADLETTER), value=dead_letter(raw, reason, "mqtt")))
        if futures:
            await asyncio.gather(*futures)


def main() -> None:
    settings = get_settings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s mqtt-bridge %(message)s")
    bridge = MqttBridge(settings)

    async def runner() -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, bridge.stopping.set)
        task = asyncio.create_task(bridge.run())
        stop = asyncio.create_task(bridge.stopping.wait())
        await asyncio.wait([task, stop], return_when=asyncio.FIRST_COMPLETED)
        task.cancel()  # run()'s finally block stores what is pending
        with contextlib.suppress(asyncio.CancelledError):
            await task

    asyncio.run(runner())


if __name__ == "__main__":
    main()
