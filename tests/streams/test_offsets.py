"""The offset watch: dense offsets pass, a forward jump is a gap with its range, going back is a re-delivery."""

from __future__ import annotations

import logging

import pytest

from streams.offsets import OffsetWatch


def test_dense_offsets_on_several_partitions_have_no_gap() -> None:
    watch = OffsetWatch("t")
    assert watch.observe([(0, 0), (1, 5), (0, 1), (1, 6), (0, 2)]) == []
    assert watch.stats() == {"offset_gaps": 0, "offsets_skipped": 0, "redelivered": 0}


def test_a_forward_jump_is_reported_with_its_range(caplog: pytest.LogCaptureFixture) -> None:
    watch = OffsetWatch("gridcc.events.raw")
    watch.observe([(1, 10), (1, 11)])
    with caplog.at_level(logging.WARNING):
        assert watch.observe([(1, 16), (1, 17)]) == [(1, 12, 15)]
    assert watch.stats() == {"offset_gaps": 1, "offsets_skipped": 4, "redelivered": 0}
    assert "gridcc.events.raw[1]: offsets 12..15" in caplog.text


def test_going_back_is_a_redelivery_not_a_gap() -> None:
    watch = OffsetWatch("t")
    watch.observe([(0, 7), (0, 8), (0, 5), (0, 6)])
    assert watch.stats() == {"offset_gaps": 0, "offsets_skipped": 0, "redelivered": 1}


def test_a_revoked_partition_starts_afresh() -> None:
    watch = OffsetWatch("t")
    watch.observe([(2, 3)])
    watch.forget([2])
    assert watch.observe([(2, 40)]) == []
