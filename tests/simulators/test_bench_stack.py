"""A benchmark stopped with SIGTERM unwinds like Ctrl-C, through the ``finally`` that stops its private stack."""

from __future__ import annotations

import os
import signal
import time

import pytest

from simulators.bench_stack import stop_on_sigterm


def test_sigterm_unwinds_through_finally() -> None:
    before = signal.getsignal(signal.SIGTERM)
    stopped = []
    try:
        stop_on_sigterm()
        with pytest.raises(KeyboardInterrupt):
            try:
                os.kill(os.getpid(), signal.SIGTERM)
                time.sleep(5)  # the handler raises at once; never slept through
            finally:
                stopped.append(True)
    finally:
        signal.signal(signal.SIGTERM, before)
    assert stopped == [True]
