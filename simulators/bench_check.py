"""What the benchmark measures after (and beside) the load: the ceiling, losses, duplicates, latency.

- ``noop_rate``: a burst of small messages produced with raw aiokafka onto
  ``{prefix}.bench.noop``, drained by the no-op agent every streams worker
  runs; the rate comes from the agent's own counter in Redis, so it is faust's
  and this broker's ceiling on this machine at this moment.
- ``lost``: every accepted event id must be in the ``events`` table once the
  pipeline had time to drain; ``duplicate_cases``: incidents whose events ended
  up in more than one case (``case_events``).
"""

from __future__ import annotations

import asyncio
import json
import math
import time
from collections.abc import Iterable, Sequence
from typing import Any

import psycopg
import redis.asyncio as aredis
from aiokafka import AIOKafkaProducer

from gridcc.settings import Settings
from simulators.bench_plan import Incident
from streams.store import case_id_for
from streams.topics import NOOP, bootstrap

_CHUNK = 5000


def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, math.ceil(q / 100 * len(ordered)) - 1))
    return round(ordered[k], 1)


async def noop_counts(r: aredis.Redis, prefix: str) -> list[dict[str, float]]:
    return [json.loads(v) for v in (await r.hgetall(f"{prefix}:bench:noop")).values()]


async def measure_noop(settings: Settings, n: int, timeout: float = 120.0) -> dict[str, Any]:
    """Produce ``n`` messages as fast as possible, then time how fast the no-op agent(s) drained them."""
    r = aredis.Redis.from_url(settings.redis_url or "", decode_responses=True)
    before = sum(c["seen"] for c in await noop_counts(r, settings.topic_prefix))
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap(settings), linger_ms=5, max_batch_size=256 * 1024)
    await producer.start()
    topic = settings.topic(NOOP)
    t0 = time.time()
    try:
        futures = [await producer.send(topic, value=b'{"n": %d}' % i) for i in range(n)]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()
    produced_s = time.time() - t0
    deadline = time.monotonic() + timeout
    counts: list[dict[str, float]] = []
    while time.monotonic() < deadline:
        counts = await noop_counts(r, settings.topic_prefix)
        if sum(c["seen"] for c in counts) >= before + n:
            break
        await asyncio.sleep(0.1)
    await r.aclose()
    seen = sum(c["seen"] for c in counts) - before
    last = max((c["last"] for c in counts), default=t0)
    rate = seen / (last - t0) if last > t0 and seen else 0.0
    return {"noop_rate": round(rate), "noop_messages": int(seen), "noop_produce_rate": round(n / produced_s)}


async def _found(conn: psycopg.AsyncConnection, sql: str, ids: list[str]) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for i in range(0, len(ids), _CHUNK):
        cur = await conn.execute(sql, (ids[i : i + _CHUNK],))
        rows += await cur.fetchall()
    return rows


class Checker:
    """Follows accepted events into PostgreSQL: stored?  In which case?"""

    def __init__(self, database_url: str) -> None:
        self.database_url = database_url
        self.stored: set[str] = set()
        self.case_of: dict[str, str] = {}

    async def poll(self, event_ids: Iterable[str]) -> None:
        """Look up the events not yet seen stored (or not yet in a case)."""
        todo = [e for e in event_ids if e not in self.stored or e not in self.case_of]
        if not todo:
            return
        async with await psycopg.AsyncConnection.connect(self.database_url, autocommit=True) as conn:
            missing = [e for e in todo if e not in self.stored]
            self.stored.update(
                r[0] for r in await _found(conn, "SELECT event_id FROM events WHERE event_id = ANY(%s)", missing)
            )
            unplaced = [e for e in todo if e not in self.case_of]
            for ev, case in await _found(
                conn, "SELECT event_id, case_id FROM case_events WHERE event_id = ANY(%s)", unplaced
            ):
                self.case_of[ev] = case

    async def second_look(self) -> dict[str, int]:
        """What the relay had to publish again because the stream never stored it (cumulative over a session)."""
        async with await psycopg.AsyncConnection.connect(self.database_url, autocommit=True) as conn:
            cur = await conn.execute(
                "SELECT (SELECT count(*) FROM reports WHERE republished > 0), "
                "(SELECT count(*) FROM sent_events WHERE republished > 0), "
                "(SELECT count(*) FROM sent_events WHERE given_up_at IS NOT NULL)"
            )
            reports, events, given_up = await cur.fetchone() or (0, 0, 0)
        return {"reports_published_again": reports, "events_published_again": events, "events_given_up": given_up}

    @staticmethod
    def opens_case(inc: Incident) -> bool:
        """Text reports may go to the human intake queue; every other incident must open its own case."""
        return inc.source != "citizen_text"

    def verdict(self, incidents: Iterable[Incident]) -> dict[str, int]:
        """Counts over incidents: duplicate cases, merges into someone else's case, cases opened."""
        dup = foreign = opened = 0
        for inc in incidents:
            cases = {self.case_of[e] for e in inc.events if e in self.case_of}
            if len(cases) > 1:
                dup += 1
            own = case_id_for(inc.events[0]) if inc.events else None
            if own in cases:
                opened += 1
            elif cases and self.opens_case(inc):
                foreign += 1
        return {"duplicate_cases": dup, "merged_into_other": foreign, "cases_opened": opened}

    async def stages(self, incidents: Iterable[Incident], arrivals: dict[str, float]) -> dict[str, Any]:
        """Where the time went, per opened case: send -> registered (stream) -> dispatched -> on the socket.

        The case's audit transitions carry the stream's and the dispatcher's own clocks (same machine).
        """
        sent = {i.case_id: i.sent_at for i in incidents if i.case_id and i.sent_at and i.case_id in arrivals}
        at: dict[tuple[str, str], float] = {}
        async with await psycopg.AsyncConnection.connect(self.database_url, autocommit=True) as conn:
            for case_id, status, t in await _found(
                conn,
                "SELECT case_id, to_status, min(at) FROM case_history WHERE case_id = ANY(%s) "
                "AND to_status IN ('registered', 'dispatched') GROUP BY 1, 2",
                list(sent),
            ):
                at[(case_id, status)] = t.timestamp()
        legs: dict[str, list[float]] = {"stream": [], "dispatch": [], "push": []}
        for case_id, t0 in sent.items():
            reg, disp = at.get((case_id, "registered")), at.get((case_id, "dispatched"))
            if reg is None or disp is None or t0 is None:
                continue
            legs["stream"].append((reg - t0) * 1000)
            legs["dispatch"].append((disp - reg) * 1000)
            legs["push"].append((arrivals[case_id] - disp) * 1000)
        return {k: {"p50_ms": percentile(v, 50), "p99_ms": percentile(v, 99)} for k, v in legs.items()}
