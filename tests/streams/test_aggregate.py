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
