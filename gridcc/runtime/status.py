"""``gridcc status``: is every part up, where is it, and how busy.

Reads the launcher's state file for where things run (falling back to the
``GRIDCC_*`` settings), then asks each part itself: servers by protocol, our
processes by their own health signals.  Broker lag is not reported: the
embedded broker's ListOffsets(latest) is unreliable (shared DESIGN.md), so
backlog is shown as the outbox's unpublished count and per-worker throughput.
"""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import urlparse

from gridcc.runtime.db import CASES_WAITING
from gridcc.runtime.process import port_is_open
from gridcc.settings import Settings


def with_state(settings: Settings) -> tuple[Settings, dict[str, Any]]:
    """Fill unset server URLs from a running ``gridcc up``'s state file, so commands find its embedded servers."""
    path = settings.data_dir / "state.json"
    if not path.exists():
        return settings, {}
    state = json.loads(path.read_text())
    saved = state.get("settings", {})
    update = {k: saved[k] for k in ("kafka_url", "redis_url", "database_url", "mqtt_url") if not getattr(settings, k)}
    return settings.model_copy(update=update), state


def _port_check(url: str | None) -> dict[str, Any]:
    if not url:
        return {"up": False, "address": None, "error": "not configured"}
    u = urlparse(url)
    return {"up": port_is_open(u.hostname or "127.0.0.1", u.port or 0), "address": url}


def collect(settings: Settings) -> dict[str, Any]:
    settings, state = with_state(settings)
    parts: dict[str, Any] = {"kafka": _port_check(settings.kafka_url), "mqtt": _port_check(settings.mqtt_url)}
    try:
        import redis

        r = redis.Redis.from_url(settings.redis_url or "", socket_connect_timeout=2, decode_responses=True)
        r.ping()
        parts["redis"] = {"up": True, "address": settings.redis_url}
        now = time.time()
        workers = []
        for key in r.scan_iter(f"{settings.topic_prefix}:heat:*"):
            raw = r.get(key)
            if raw:
                data = json.loads(raw)["data"]
                workers.append({"worker": data["worker"], "age_s": round(now - data["at"], 1), **data["stats"]})
        parts["streams"] = {"up": bool(workers), "workers": workers}
        engines = [json.loads(v) for k in r.scan_iter(f"{settings.topic_prefix}:health:dispatch:*") if (v := r.get(k))]
        parts["dispatch"] = {"up": bool(engines), "engines": len(engines)}
        bridges = [json.loads(v) for k in r.scan_iter(f"{settings.topic_prefix}:health:mqtt:*") if (v := r.get(k))]
        parts["mqtt_bridge"] = {"up": bool(bridges), "bridges": bridges}
        vision = [json.loads(v) for k in r.scan_iter(f"{settings.topic_prefix}:health:vision:*") if (v := r.get(k))]
        keep = ("pid", "shard", "feeds", "polled_fps", "motion_share", "yolo_fps", "revisit_p99_s", "lagging_feeds")
        # Vision is optional (no cameras configured): reported, but never what makes the whole status fail.
        parts["vision"] = {"up": True, "optional": True, "workers": [{k: w.get(k) for k in keep} for w in vision]}
        r.close()
    except Exception as exc:
        parts["redis"] = {"up": False, "address": settings.redis_url, "error": str(exc)}
    try:
        import psycopg

        with psycopg.connect(settings.database_url or "", connect_timeout=3) as conn:
            row = conn.execute("SELECT count(*) FROM reports WHERE published_at IS NULL").fetchone()
            cases = conn.execute(
                "SELECT count(*) FROM cases WHERE status NOT IN ('closed','evaluated','void')"
            ).fetchone()
            waiting = conn.execute(f"SELECT count(*) FROM cases WHERE {CASES_WAITING}").fetchone()
            given_up = conn.execute(  # published the last time and still never stored: for an operator to look at
                "SELECT count(*) FROM sent_events WHERE given_up_at IS NOT NULL"
            ).fetchone()
        parts["postgres"] = {
            "up": True,
            "address": _redact(settings.database_url),
            "outbox_unpublished": row[0] if row else None,
            "open_cases": cases[0] if cases else None,
            "cases_waiting_for_a_worker": waiting[0] if waiting else None,
            "events_given_up": given_up[0] if given_up else None,
        }
    except Exception as exc:
        parts["postgres"] = {"up": False, "address": _redact(settings.database_url), "error": str(exc).strip()}
    import httpx

    for name, port in (("ingest", settings.ports.ingest), ("dashboard", settings.ports.dashboard)):
        url = f"http://{settings.host}:{port}"
        try:
            resp = httpx.get(url + "/healthz", timeout=2)
            parts[name] = {"up": resp.status_code == 200, "address": url, **resp.json()}
        except Exception as exc:
            parts[name] = {"up": False, "address": url, "error": type(exc).__name__}
    return {
        "ok": all(p.get("up") for p in parts.values()),
        "components": parts,
        "launcher_children": state.get("children", {}),
    }


def _redact(url: str | None) -> str | None:
    if not url:
        return url
    u = urlparse(url)
    if u.password:
        return url.replace(f":{u.password}@", ":***@")
    return url
