import pytest

from ingest.thresholds import RULES, ThresholdTracker


def feed(rule_name: str, values: list[tuple[float, float]]) -> list[str]:
    t = ThresholdTracker()
    out = []
    for ts, v in values:
        change = t.update("k", RULES[rule_name], v, ts)
        if change:
            out.append(change)
    return out


def test_a_value_jittering_around_the_threshold_raises_one_alarm() -> None:
    jitter = [(float(i), 14.0 if i % 2 else 16.0) for i in range(300)]  # water level around 15 cm
    assert feed("water_level", jitter) == []  # never 60 s continuously above
    flood = [(float(i), 15.5 + (i % 3) * 0.5) for i in range(300)]
    assert feed("water_level", flood) == ["alarm"]


def test_clear_needs_the_lower_level_for_its_hold_time() -> None:
    seq = (
        [(float(i), 30.0) for i in range(10)]
        + [(10.0 + i, 10.0) for i in range(100)]
        + [(200.0 + i, 2.0) for i in range(100)]
    )
    assert feed("gas_concentration", seq) == ["alarm", "clear"]


@pytest.mark.parametrize("name", sorted(RULES))
def test_every_rule_has_hysteresis(name: str) -> None:
    r = RULES[name]
    assert (r.clear_at < r.alarm_at) if r.above else (r.clear_at > r.alarm_at)
