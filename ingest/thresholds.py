"""Sensor thresholds with hysteresis and a minimum duration: alarms, not alarm storms.

A reading past the alarm level must stay past it for ``hold_s`` before an
alarm is raised, and past the (lower) clear level for ``clear_hold_s`` before
it is cleared, so a value jittering around one threshold raises one alarm,
not hundreds.  Pure: the MQTT bridge feeds readings in and acts on the
transitions that come out.

Example::

    >>> t = ThresholdTracker()
    >>> rule = RULES["gas_concentration"]
    >>> t.update("c1", rule, 30.0, 0.0), t.update("c1", rule, 31.0, 6.0)
    (None, 'alarm')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Transition = Literal["alarm", "clear"]


@dataclass(frozen=True, slots=True)
class Rule:
    """``above``: alarm when value >= alarm_at (smoke, gas, tilt, water); else when value <= alarm_at."""

    metric: str
    unit: str
    above: bool
    alarm_at: float
    clear_at: float
    hold_s: float
    clear_hold_s: float
    matter: str  # "component": the component's own class type; otherwise a matter code
    valid_range: tuple[float, float]


RULES: dict[str, Rule] = {
    "manhole_tilt": Rule("tilt", "deg", True, 15.0, 5.0, 10.0, 30.0, "component", (0.0, 180.0)),
    "water_level": Rule("water_level", "cm", True, 15.0, 5.0, 60.0, 300.0, "SJ-05-06", (0.0, 500.0)),  # 道路积水
    "smoke": Rule("smoke", "ppm", True, 300.0, 100.0, 5.0, 60.0, "XF-02-19", (0.0, 10_000.0)),  # 独立烟感报警
    "streetlight_current": Rule("current", "A", False, 0.1, 0.5, 120.0, 60.0, "component", (0.0, 50.0)),
    "hydrant_pressure": Rule("pressure", "MPa", False, 0.1, 0.2, 60.0, 60.0, "component", (0.0, 2.5)),
    "gas_concentration": Rule("gas", "%LEL", True, 20.0, 5.0, 5.0, 60.0, "YJ-02-01", (0.0, 100.0)),  # 燃气泄漏
}
METRIC_TO_KIND: dict[str, str] = {r.metric: kind for kind, r in RULES.items()}


@dataclass(slots=True)
class _State:
    alarmed: bool = False
    since: float | None = None  # when the value first crossed towards the other state


class ThresholdTracker:
    def __init__(self) -> None:
        self._state: dict[str, _State] = {}

    def update(self, key: str, rule: Rule, value: float, ts: float) -> Transition | None:
        st = self._state.get(key)
        if st is None:
            st = self._state[key] = _State()
        if not st.alarmed:
            crossing = value >= rule.alarm_at if rule.above else value <= rule.alarm_at
            hold = rule.hold_s
        else:
            crossing = value <= rule.clear_at if rule.above else value >= rule.clear_at
            hold = rule.clear_hold_s
        if not crossing:
            st.since = None
            return None
        if st.since is None:
            st.since = ts
        if ts - st.since < hold:
            return None
        st.alarmed = not st.alarmed
        st.since = None
        return "alarm" if st.alarmed else "clear"

    def alarmed(self, key: str) -> bool:
        st = self._state.get(key)
        return bool(st and st.alarmed)
