"""Heat-map counts computed once, in the stream, over three rolling windows.

The wall screens never query the database: each stream worker counts the
events it sees per (grid, domain, source) per minute and publishes, once a
second, rolling totals for the last 1, 15 and 1440 minutes.  Events are keyed
by grid, so the grids of two workers never overlap and the dashboard merges
their snapshots by simple union.

The full snapshot grows with the day (tens of thousands of rows by evening)
while a second changes only a few hundred of them, so the bus carries
:meth:`RollingCounts.delta` (the rows that changed, 0 for a row that went) and
the full snapshot is kept under a Redis key for whoever has to start over.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

WINDOWS_MIN: tuple[int, ...] = (1, 15, 1440)

Key = tuple[int, str, str]  # (grid index, domain code, source)


class RollingCounts:
    """Per-minute buckets plus a running total per window, so advancing costs only the expired minutes."""

    def __init__(self, windows: tuple[int, ...] = WINDOWS_MIN) -> None:
        self.windows = windows
        self._buckets: dict[int, Counter[Key]] = {}
        self._expired_upto: dict[int, int | None] = {w: None for w in windows}
        self.totals: dict[int, Counter[Key]] = {w: Counter() for w in windows}
        self._dirty: dict[int, set[Key]] = {w: set() for w in windows}

    def add(self, minute: int, keys: Iterable[Key]) -> None:
        """Count events of epoch-minute ``minute``; a minute already out of a window is not counted in it."""
        counts = Counter(keys)
        if not counts:
            return
        self._buckets.setdefault(minute, Counter()).update(counts)
        for w in self.windows:
            upto = self._expired_upto[w]
            if upto is None or minute > upto:
                self.totals[w].update(counts)
                self._dirty[w].update(counts)

    def advance(self, now_minute: int) -> None:
        """Slide every window so it ends at ``now_minute``."""
        for w in self.windows:
            edge = now_minute - w
            upto = self._expired_upto[w]
            if upto is not None and edge <= upto:
                continue
            for m, bucket in self._buckets.items():
                if m <= edge and (upto is None or m > upto):
                    self.totals[w].subtract(bucket)
                    self._dirty[w].update(bucket)
            self.totals[w] = +self.totals[w]  # drop zeros
            self._expired_upto[w] = edge
        oldest_kept = now_minute - max(self.windows)
        for m in [m for m in self._buckets if m <= oldest_kept]:
            del self._buckets[m]

    def delta(self) -> dict[str, list[list[int | str]]]:
        """The rows changed since the last call, as in :meth:`snapshot` but with 0 for a row that is gone."""
        out = {}
        for w in self.windows:
            totals = self.totals[w]
            out[str(w)] = [[g, d, s, max(0, totals.get((g, d, s), 0))] for g, d, s in self._dirty[w]]
            self._dirty[w] = set()
        return out

    def snapshot(self) -> dict[str, list[list[int | str]]]:
        """``{"1": [[grid, domain, source, n], ...], "15": ..., "1440": ...}`` of non-zero counts."""
        return {str(w): [[g, d, s, n] for (g, d, s), n in self.totals[w].items() if n > 0] for w in self.windows}
