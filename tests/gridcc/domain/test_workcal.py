"""Working-time calendar: handling limits count only the hours departments work."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from gridcc.domain.taxonomy import TimeLimit, TimeUnit
from gridcc.domain.workcal import WorkCalendar

CAL = WorkCalendar()
TZ = CAL.tz


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


def wh(n: int) -> TimeLimit:
    return TimeLimit(n, TimeUnit.WORK_HOURS)


def wd(n: int) -> TimeLimit:
    return TimeLimit(n, TimeUnit.WORK_DAYS)


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2025, 6, 13), True),  # Friday
        (date(2025, 6, 14), False),  # Saturday
        (date(2025, 10, 1), False),  # National Day
        (date(2025, 10, 8), False),  # last day of the golden week
        (date(2025, 9, 28), True),  # make-up Sunday
        (date(2025, 10, 11), True),  # make-up Saturday
        (date(2026, 2, 17), False),  # Spring Festival
        (date(2030, 1, 1), True),  # beyond chinese_calendar's tables: Tuesday, Mon-Fri fallback
        (date(2030, 1, 5), False),  # beyond the tables: Saturday
    ],
)
def test_is_workday(day: date, working: bool) -> None:
    assert CAL.is_workday(day) is working


def test_is_workday_accepts_an_aware_datetime_in_local_terms() -> None:
    # 2025-10-10 17:00 UTC is already Saturday 11 Oct (a make-up day) in Foshan.
    assert CAL.is_workday(datetime(2025, 10, 10, 17, 0, tzinfo=UTC))


def test_friday_afternoon_four_work_hours_end_on_monday() -> None:
    assert CAL.deadline(at(2025, 6, 13, 16), wh(4)) == at(2025, 6, 16, 10, 30)


def test_work_hours_skip_lunch_and_night() -> None:
    assert CAL.deadline(at(2025, 6, 16, 11), wh(2)) == at(2025, 6, 16, 15)
    assert CAL.deadline(at(2025, 6, 16, 12, 30), wh(1)) == at(2025, 6, 16, 15)
    assert CAL.deadline(at(2025, 6, 16, 20), wh(1)) == at(2025, 6, 17, 9, 30)
    assert CAL.deadline(at(2025, 6, 16, 7), wh(1)) == at(2025, 6, 16, 9, 30)


def test_limit_ending_exactly_at_closing_time_ends_that_day() -> None:
    assert CAL.deadline(at(2025, 6, 13, 14), wh(4)) == at(2025, 6, 13, 18)


def test_golden_week_is_skipped() -> None:
    assert CAL.deadline(at(2025, 9, 30, 17), wh(4)) == at(2025, 10, 9, 11, 30)


def test_make_up_days_count_as_working() -> None:
    assert CAL.deadline(at(2025, 9, 27, 10), wh(2)) == at(2025, 9, 28, 10, 30)
    assert CAL.deadline(at(2025, 10, 10, 17), wh(2)) == at(2025, 10, 11, 9, 30)


@pytest.mark.parametrize(
    ("start", "days", "end"),
    [
        (at(2025, 6, 16, 10), 1, at(2025, 6, 17, 18)),  # the started day is not a whole day
        (at(2025, 6, 16, 8), 1, at(2025, 6, 16, 18)),  # before opening it is
        (at(2025, 6, 14, 10), 1, at(2025, 6, 16, 18)),  # a Saturday start counts from Monday
        (at(2025, 6, 13, 10), 5, at(2025, 6, 20, 18)),
        (at(2025, 9, 30, 10), 2, at(2025, 10, 10, 18)),  # across the golden week
        (at(2025, 10, 9, 10), 2, at(2025, 10, 11, 18)),  # ending on the make-up Saturday
    ],
)
def test_work_days_end_at_close_of_the_last_whole_day(start: datetime, days: int, end: datetime) -> None:
    assert CAL.deadline(start, wd(days)) == end


def test_emergency_limits_ignore_the_calendar() -> None:
    holiday = at(2025, 10, 1, 23, 30)
    assert CAL.deadline(holiday, TimeLimit(1, TimeUnit.HOURS)) == at(2025, 10, 2, 0, 30)
    assert CAL.deadline(holiday, TimeLimit(30, TimeUnit.MINUTES)) == at(2025, 10, 2, 0, 0)


def test_other_time_zones_in_calendar_zone_out() -> None:
    start = datetime(2025, 6, 13, 8, 0, tzinfo=UTC)  # 16:00 in Foshan
    end = CAL.deadline(start, wh(4))
    assert end == at(2025, 6, 16, 10, 30) and end.utcoffset() == timedelta(hours=8)


def test_working_seconds_between() -> None:
    assert CAL.working_seconds_between(at(2025, 6, 13, 16), at(2025, 6, 16, 10, 30)) == 4 * 3600
    assert CAL.working_seconds_between(at(2025, 6, 16, 10, 30), at(2025, 6, 13, 16)) == -4 * 3600
    assert CAL.working_seconds_between(at(2025, 10, 1, 9), at(2025, 10, 8, 18)) == 0
    assert CAL.working_seconds_between(at(2025, 6, 16, 12), at(2025, 6, 16, 14)) == 0
    assert CAL.working_seconds_between(at(2025, 6, 16, 9), at(2025, 6, 16, 9)) == 0


@pytest.mark.parametrize("hours", [1, 3, 8, 15, 40])
@pytest.mark.parametrize("start", [at(2025, 9, 26, 15, 20), at(2025, 12, 31, 11, 59), at(2029, 12, 28, 17)])
def test_deadline_and_working_time_agree(start: datetime, hours: int) -> None:
    end = CAL.deadline(start, wh(hours))
    assert CAL.working_seconds_between(start, end) == pytest.approx(hours * 3600)


def test_naive_datetimes_are_rejected() -> None:
    with pytest.raises(ValueError, match="timezone"):
        CAL.deadline(datetime(2025, 6, 13, 16), wh(1))
    with pytest.raises(ValueError, match="timezone"):
        CAL.working_seconds_between(datetime(2025, 6, 13), at(2025, 6, 14))


def test_non_positive_limit_is_rejected() -> None:
    with pytest.raises(ValueError, match="positive"):
        CAL.deadline(at(2025, 6, 13), wh(0))


def test_custom_periods_zone_and_extra_days() -> None:
    cal = WorkCalendar(
        periods=[(time(9), time(17))],
        tz=timezone(timedelta(hours=8)),
        extra_holidays=[date(2030, 1, 2)],
        extra_workdays=[date(2030, 1, 5)],
    )
    assert not cal.is_workday(date(2030, 1, 2)) and cal.is_workday(date(2030, 1, 5))
    start = datetime(2030, 1, 1, 16, tzinfo=cal.tz)
    assert cal.deadline(start, wh(2)) == datetime(2030, 1, 3, 10, tzinfo=cal.tz)


@pytest.mark.parametrize(
    "periods",
    [[], [(time(12), time(9))], [(time(8), time(12)), (time(11), time(15))]],
)
def test_bad_periods_are_rejected(periods: list[tuple[time, time]]) -> None:
    with pytest.raises(ValueError, match="period"):
        WorkCalendar(periods=periods)
