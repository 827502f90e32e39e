from streams.aggregate import RollingCounts


def test_windows_slide_and_expire() -> None:
    r = RollingCounts()
    r.add(1000, [(1, "URBAN", "citizen")] * 3)
    r.add(1005, [(2, "FIRE", "iot")])
    r.advance(1005)
    snap = r.snapshot()
    assert snap["1"] == [[2, "FIRE", "iot", 1]]
    assert sorted(snap["15"]) == [[1, "URBAN", "citizen", 3], [2, "FIRE", "iot", 1]]
    r.advance(1016)
    assert r.snapshot()["15"] == [[2, "FIRE", "iot", 1]]
    r.advance(1000 + 1440)
    assert r.snapshot()["1440"] == [[2, "FIRE", "iot", 1]]
    r.advance(1005 + 1440)
    assert r.snapshot() == {"1": [], "15": [], "1440": []}


def test_late_event_counts_only_in_windows_that_still_hold_its_minute() -> None:
    r = RollingCounts()
    r.advance(2000)
    r.add(1990, [(7, "SECURITY", "video")])  # 10 minutes late
    assert r.snapshot()["1"] == []
    assert r.snapshot()["15"] == [[7, "SECURITY", "video", 1]]


def test_deltas_replayed_on_the_first_snapshot_give_the_current_snapshot() -> None:
    """What a wall screen does: start from one full snapshot, then apply each second's delta."""
    r = RollingCounts()
    r.add(1000, [(1, "URBAN", "citizen")] * 3)
    screen = {w: {(g, d, s): n for g, d, s, n in rows} for w, rows in r.snapshot().items()}
    r.delta()  # the snapshot above already holds these
    steps = [
        (1001, [(2, "FIRE", "iot")]),
        (1002, [(1, "URBAN", "citizen")]),
        (1016, [(3, "SECURITY", "video")] * 2),  # minute 1000 leaves the 15-minute window
        (2442, []),  # minutes 1000-1002 leave the day window
    ]
    for minute, keys in steps:
        r.add(minute, keys)
        r.advance(minute)
        for w, rows in r.delta().items():
            for g, d, s, n in rows:
                if n:
                    screen[w][(g, d, s)] = n
                else:
                    screen[w].pop((g, d, s), None)
        assert screen == {w: {(g, d, s): n for g, d, s, n in rows} for w, rows in r.snapshot().items()}
    assert screen["1440"] == {(3, "SECURITY", "video"): 2}
    assert r.delta() == {"1": [], "15": [], "1440": []}  # nothing changed since
