"""Watch the offsets the pipeline receives, so a record skipped by the consumer is seen, not inferred.

Kafka offsets on one partition of the raw topic are dense (no compaction, no
transactions), so the pipeline should see every offset once, in order, apart
from a re-delivery after a rebalance or restart (at-least-once: it goes back).
A forward jump means the consumer stepped over records it never handed to the
agent, which is a loss whatever the cause (client, framework or broker); it is
logged with the range so the records can be found and replayed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

log = logging.getLogger(__name__)


class OffsetWatch:
    def __init__(self, topic: str) -> None:
        self.topic = topic
        self.last: dict[int, int] = {}
        self.gaps = 0  # forward jumps
        self.skipped = 0  # offsets inside those jumps
        self.rewinds = 0  # re-deliveries (expected after a rebalance)

    def observe(self, seen: Iterable[tuple[int, int]]) -> list[tuple[int, int, int]]:
        """Feed (partition, offset) in delivery order; returns the gaps found as (partition, first, last)."""
        found = []
        for partition, offset in seen:
            last = self.last.get(partition)
            if last is not None:
                if offset > last + 1:
                    found.append((partition, last + 1, offset - 1))
                elif offset <= last:
                    self.rewinds += 1
            self.last[partition] = offset
        for partition, first, last_skipped in found:
            self.gaps += 1
            self.skipped += last_skipped - first + 1
            log.warning(
                "offset gap on %s[%d]: offsets %d..%d were never delivered to the pipeline",
                self.topic,
                partition,
                first,
                last_skipped,
            )
        return found

    def forget(self, partitions: Iterable[int]) -> None:
        """After a rebalance another worker may have moved a partition on: start its watch afresh."""
        for partition in partitions:
            self.last.pop(partition, None)

    def stats(self) -> dict[str, int]:
        return {"offset_gaps": self.gaps, "offsets_skipped": self.skipped, "redelivered": self.rewinds}
