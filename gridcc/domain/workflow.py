"""The closed loop of Chinese digital urban management, as a state machine.

信息收集 -> 案卷建立 -> 任务派遣 -> 任务处理 -> 处理反馈 -> 核查结案 -> 综合评价
(GB/T 30428, CJ/T 315), plus reject-and-redispatch, deferral (挂账) and void
(作废).  Both the stream (which registers cases) and the dispatch engine
(which moves them on) check every move against ``ALLOWED`` so that no code
path can skip a step the audit chain is meant to prove.

Example::

    >>> check_transition(CaseStatus.REGISTERED, CaseStatus.DISPATCHED)
    >>> check_transition(CaseStatus.REGISTERED, CaseStatus.CLOSED)
    Traceback (most recent call last):
    ...
    gridcc.domain.workflow.TransitionError: a case cannot go from registered to closed
"""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    REPORTED = "reported"  # 信息收集
    REGISTERED = "registered"  # 案卷建立 (立案)
    DISPATCHED = "dispatched"  # 任务派遣
    ACCEPTED = "accepted"  # the worker took the task
    ON_SITE = "on_site"  # 到场
    HANDLED = "handled"  # 处理反馈 (with a photo)
    VERIFIED = "verified"  # 核查 (operator or reporter confirmed)
    CLOSED = "closed"  # 结案
    EVALUATED = "evaluated"  # 综合评价
    DEFERRED = "deferred"  # 挂账: cannot be handled now, kept on the books
    VOID = "void"  # 作废: not a real problem / duplicate


TERMINAL: frozenset[CaseStatus] = frozenset({CaseStatus.CLOSED, CaseStatus.EVALUATED, CaseStatus.VOID})
"""A case in one of these never takes in new events: a new report opens a new case."""

OPEN: frozenset[CaseStatus] = frozenset(set(CaseStatus) - TERMINAL)

ALLOWED: dict[CaseStatus | None, frozenset[CaseStatus]] = {
    None: frozenset({CaseStatus.REPORTED}),
    CaseStatus.REPORTED: frozenset({CaseStatus.REGISTERED, CaseStatus.VOID}),
    CaseStatus.REGISTERED: frozenset({CaseStatus.DISPATCHED, CaseStatus.DEFERRED, CaseStatus.VOID}),
    CaseStatus.DISPATCHED: frozenset(
        {CaseStatus.ACCEPTED, CaseStatus.DISPATCHED, CaseStatus.REGISTERED, CaseStatus.DEFERRED, CaseStatus.VOID}
    ),
    CaseStatus.ACCEPTED: frozenset({CaseStatus.ON_SITE, CaseStatus.HANDLED, CaseStatus.DISPATCHED}),
    CaseStatus.ON_SITE: frozenset({CaseStatus.HANDLED, CaseStatus.DISPATCHED}),
    # Not fixed after all (the reporter says so, or the operator's check fails): back out again.
    CaseStatus.HANDLED: frozenset({CaseStatus.VERIFIED, CaseStatus.REGISTERED}),
    CaseStatus.VERIFIED: frozenset({CaseStatus.CLOSED}),
    CaseStatus.CLOSED: frozenset({CaseStatus.EVALUATED}),
    CaseStatus.DEFERRED: frozenset({CaseStatus.REGISTERED, CaseStatus.VOID}),
    CaseStatus.EVALUATED: frozenset(),
    CaseStatus.VOID: frozenset(),
}


class TransitionError(ValueError):
    """A move the closed loop does not allow."""


def check_transition(current: CaseStatus | None, target: CaseStatus) -> None:
    if target not in ALLOWED[current]:
        shown = current.value if current else "nothing"
        raise TransitionError(f"a case cannot go from {shown} to {target.value}")
