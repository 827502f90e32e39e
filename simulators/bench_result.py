"""A load step's numbers, from what was sent, what the database holds and what arrived on the sockets."""

from __future__ import annotations

import collections
import time
from dataclasses import dataclass, field
from typing import Any

from simulators.bench_check import Checker, percentile
from simulators.bench_plan import Incident


@dataclass
class Step:
    """What one load step sent and what came of it so far."""

    rate: float
    lane: int  # the IoT lane in use; moves on, up to lane_end, when every sensor has alarmed in it
    lane_end: int
    incidents: list[Incident] = field(default_factory=list)
    offered: collections.Counter[str] = field(default_factory=collections.Counter)
    accepted: collections.Counter[str] = field(default_factory=collections.Counter)
    failed: collections.Counter[str] = field(default_factory=collections.Counter)
    duplicates: int = 0
    iot_fallback: int = 0


def latencies(st: Step, checker: Checker, arrivals: dict[str, float], until: float) -> dict[str, list[float]]:
    """Report->task latency (ms) per source, for incidents whose first event opened the case it was meant to."""
    out: dict[str, list[float]] = collections.defaultdict(list)
    for inc in st.incidents:
        if inc.sent_at is None or inc.case_id is None or checker.case_of.get(inc.events[0]) != inc.case_id:
            continue
        arrived = arrivals.get(inc.case_id, until)
        out[inc.source].append((arrived - inc.sent_at) * 1000.0)
    return out


def step_result(
    st: Step,
    checker: Checker,
    arrivals: dict[str, float],
    heat_samples: list[tuple[float, float]],
    times: tuple[float, float, float, float],
) -> dict[str, Any]:
    """The step's JSON: rates, losses, duplicates, latency percentiles (overall and per source), heat-map delay."""
    t0, t_sent, t_accepted, drain_s = times
    lat = latencies(st, checker, arrivals, time.time())
    every = [v for vs in lat.values() for v in vs]
    ids = [e for inc in st.incidents for e in inc.events]
    stored = sum(1 for e in ids if e in checker.stored)
    heat = [d for t, d in heat_samples if t0 <= t <= t_sent]
    missing = sum(
        1
        for i in st.incidents
        if i.case_id and i.case_id not in arrivals and checker.case_of.get(i.events[0]) == i.case_id
    )
    return {
        "offered_rate": st.rate,
        "achieved_rate": round(len(ids) / max(t_accepted - t0, 1e-9), 1),
        "seconds": round(t_sent - t0, 1),
        "events_offered": sum(st.offered.values()),
        "events_in": len(ids),
        "events_out": stored,
        "lost": len(ids) - stored,
        "lost_sample": [e for e in ids if e not in checker.stored][:10],
        **checker.verdict(st.incidents),
        "duplicates_sent": st.duplicates,
        "tasks_received": len(every) - missing,
        "tasks_missing": missing,
        "p50_ms": percentile(every, 50),
        "p95_ms": percentile(every, 95),
        "p99_ms": percentile(every, 99),
        "latency_by_source": {
            k: {"n": len(v), "p50_ms": percentile(v, 50), "p99_ms": percentile(v, 99)} for k, v in sorted(lat.items())
        },
        "heatmap_p50_ms": percentile(heat, 50),
        "heatmap_p99_ms": percentile(heat, 99),
        "heatmap_samples": len(heat),
        "accepted": dict(st.accepted),
        "rejected": dict(st.failed),
        "iot_lane": st.lane,
        "iot_fallback_to_citizen": st.iot_fallback,
        "drain_s": round(drain_s, 1),
    }
