"""The figures the vision worker reports (health key) and the benchmark prints, from two counter snapshots.

Rates are taken between two ``Pipeline.totals()`` snapshots so the caller
chooses the window (the worker's health key: the last ten seconds; the
benchmark: the whole run).  Revisit intervals are the scheduler's measured
intervals between two successful visits of the same feed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

from vision.scheduler import SchedulerStats


def percentile(values: Iterable[float], q: float) -> float:
    arr = np.fromiter(values, float)
    return float(np.percentile(arr, q)) if arr.size else 0.0


def report(
    st: SchedulerStats, batch_ms: Iterable[float], prev: dict[str, float], cur: dict[str, float], model_version: int
) -> dict[str, Any]:
    dt = max(1e-9, cur["t"] - prev["t"])
    ok = cur["ok"] - prev["ok"]
    batches = list(batch_ms)
    return {
        "polled_fps": round(ok / dt, 1),
        "motion_share": round((cur["moved"] - prev["moved"]) / ok, 4) if ok else 0.0,
        "yolo_fps": round((cur["yolo_frames"] - prev["yolo_frames"]) / dt, 2),
        "yolo_batch_p50_ms": round(percentile(batches, 50), 1),
        "yolo_batch_p99_ms": round(percentile(batches, 99), 1),
        "revisit_p50_s": round(st.revisit_p50_s, 2),
        "revisit_p99_s": round(st.revisit_p99_s, 2),
        "revisit_max_s": round(st.revisit_max_s, 2),
        "stalest_s": round(st.stalest_s, 2),
        "lagging_feeds": st.lagging,
        "fetch_errors": int(cur["errors"] - prev["errors"]),
        "to_detector": st.to_detector,
        "checks_deferred": st.checks_deferred,
        "detector_owed": st.owed,
        "detector_deferred": st.deferred,
        "pending": st.pending,
        "feeds": st.feeds,
        "feeds_covered": st.covered,
        "detections": int(cur["detections"]),
        "events": int(cur["events"]),
        "dead_letters": int(cur["dead_letters"]),
        "model_version": model_version,
    }
