"""The tamper-evident record: each case transition carries the hash of the one before it.

The hash covers the previous hash and every field of the record in a fixed,
canonical encoding, so altering, removing or reordering any record breaks the
chain at that point and :func:`first_break` names it.

Example::

    >>> r1 = Transition("c1", "2026-01-05T08:00:00+00:00", None, "reported", "system", None)
    >>> h1 = r1.digest(GENESIS)
    >>> first_break([(r1, GENESIS, h1)]) is None
    True
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class Transition:
    case_id: str
    at: str  # ISO-8601 with offset, as stored
    from_status: str | None
    to_status: str
    actor: str
    reason: str | None

    def digest(self, prev_hash: str) -> str:
        body = json.dumps(
            [prev_hash, self.case_id, self.at, self.from_status, self.to_status, self.actor, self.reason],
            ensure_ascii=False,
            separators=(",", ":"),
        )
        return hashlib.sha256(body.encode("utf-8")).hexdigest()


def chain(prev_hash: str, records: Iterable[Transition]) -> list[tuple[Transition, str, str]]:
    """(record, prev_hash, hash) for records appended after ``prev_hash``."""
    out = []
    for record in records:
        h = record.digest(prev_hash)
        out.append((record, prev_hash, h))
        prev_hash = h
    return out


@dataclass(frozen=True, slots=True)
class Break:
    index: int
    reason: str


def first_break(rows: Iterable[tuple[Transition, str, str]]) -> Break | None:
    """The first row (0-based, in stored order) whose link or content does not check out."""
    expected_prev = GENESIS
    for i, (record, prev_hash, stored_hash) in enumerate(rows):
        if prev_hash != expected_prev:
            return Break(i, "previous-hash link broken (a record before it was removed, reordered or altered)")
        if record.digest(prev_hash) != stored_hash:
            return Break(i, "content does not match its hash (the record was altered)")
        expected_prev = stored_hash
    return None
