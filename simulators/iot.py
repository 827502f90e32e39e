"""Simulated IoT sensors: readings over MQTT from the components registry, with noise and faults.

Most sensors report normal values with noise; now and then one drifts into an
alarm (a tilted manhole cover, a flooded drain, a gas leak) and recovers
later; a few send garbage, as real field devices do, to exercise the bridge's
dead-letter path.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from urllib.parse import urlparse

import numpy as np
import paho.mqtt.client as mqtt

from gridcc.domain.components import SENSOR_KINDS, ComponentRegistry
from ingest.thresholds import RULES
from simulators.replay import Recorder

log = logging.getLogger(__name__)

NORMAL = {  # (mean, sd) of a healthy reading
    "manhole_tilt": (1.0, 0.5),
    "water_level": (1.0, 0.8),
    "smoke": (20.0, 8.0),
    "streetlight_current": (1.2, 0.1),
    "hydrant_pressure": (0.35, 0.03),
    "gas_concentration": (1.0, 0.5),
}
FAULT = {
    "manhole_tilt": 35.0,
    "water_level": 40.0,
    "smoke": 800.0,
    "streetlight_current": 0.0,
    "hydrant_pressure": 0.02,
    "gas_concentration": 45.0,
}


class IotSim:
    def __init__(
        self,
        mqtt_url: str,
        prefix: str,
        components: ComponentRegistry,
        sensors: int,
        period_s: float,
        seed: int,
        fault_rate: float = 0.0005,
        garbage_rate: float = 0.0005,
    ) -> None:
        self.prefix = prefix
        self.period_s = period_s
        self.rng = random.Random(seed)
        iot = components.iot_components()
        pick = np.random.default_rng(seed).choice(len(iot), size=min(sensors, len(iot)), replace=False)
        self.sensors = []
        for i in sorted(pick.tolist()):
            row = int(iot[i])
            kind = SENSOR_KINDS[int(components.sensor_index[row])].value
            self.sensors.append((components.code_str(row), kind))
        self.faulty: dict[str, float] = {}  # code -> until (epoch s)
        self.fault_rate = fault_rate
        self.garbage_rate = garbage_rate
        u = urlparse(mqtt_url)
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"{prefix}-iot-sim-{seed}")
        self.client.connect(u.hostname or "127.0.0.1", u.port or 1883)
        self.client.loop_start()
        self.published = 0
        self.recorder: Recorder | None = None

    def reading(self, code: str, kind: str, now: float) -> tuple[str, bytes]:
        rule = RULES[kind]
        if code not in self.faulty and self.rng.random() < self.fault_rate:
            self.faulty[code] = now + self.rng.uniform(120, 600)
        if code in self.faulty and now > self.faulty[code]:
            del self.faulty[code]
        mean, sd = NORMAL[kind]
        value = FAULT[kind] + self.rng.gauss(0, sd) if code in self.faulty else self.rng.gauss(mean, sd)
        lo, hi = rule.valid_range
        value = min(max(value, lo), hi)
        topic = f"{self.prefix}/iot/{code}/{rule.metric}"
        if self.rng.random() < self.garbage_rate:
            return topic, b'{"value": "NaN?", "unit": ' + rule.unit.encode()
        return topic, json.dumps({"value": round(value, 3), "unit": rule.unit, "ts": now}).encode()

    async def run(self, stop: asyncio.Event) -> None:
        """Spread each sensor's readings evenly over its period, in small slices."""
        slice_s = 0.1
        per_slice = max(1, int(len(self.sensors) * slice_s / self.period_s))
        i = 0
        while not stop.is_set():
            t0 = time.monotonic()
            now = time.time()
            for _ in range(per_slice):
                code, kind = self.sensors[i % len(self.sensors)]
                topic, payload = self.reading(code, kind, now)
                self.client.publish(topic, payload, qos=0)
                if self.recorder is not None:
                    self.recorder.reading(topic, payload)
                self.published += 1
                i += 1
            await asyncio.sleep(max(0.0, slice_s - (time.monotonic() - t0)))
        self.client.loop_stop()
        self.client.disconnect()
