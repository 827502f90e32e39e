"""Working time: when a handling limit in work hours or work days runs out.

Government departments count limits in working time (``4 个工作时``,
``20 个工作日``): the clock stops at lunch, at night, at weekends and over
public holidays, and runs on the make-up working days (调休) the State Council
announces each year.  Emergencies are counted in plain hours instead, so a
gas leak on National Day is not left until October 8th.

Holidays come from ``chinese_calendar``.  It only knows the years whose
schedule has been published; for any other year we fall back to Monday-Friday
(never crash a deadline computation over a missing table), and operators can
add the new year's days through ``extra_holidays`` / ``extra_workdays``.

Example::

    >>> from datetime import datetime
    >>> from gridcc.domain.taxonomy import TimeLimit, TimeUnit
    >>> cal = WorkCalendar()
    >>> friday = datetime(2025, 6, 13, 16, 0, tzinfo=cal.tz)
    >>> cal.deadline(friday, TimeLimit(4, TimeUnit.WORK_HOURS)).isoformat()
    '2025-06-16T10:30:00+08:00'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import chinese_calendar

from gridcc.domain.taxonomy import TimeLimit, TimeUnit

DEFAULT_PERIODS: Final = ((time(8, 30), time(12, 0)), (time(14, 0), time(18, 0)))
DEFAULT_TZ: Final = "Asia/Shanghai"
_MAX_SCAN_DAYS: Final = 3660  # a limit that finds no working time in ten years is a configuration bug


def _zone(tz: str | tzinfo) -> tzinfo:
    if not isinstance(tz, str):
        return tz
    try:
        return ZoneInfo(tz)
    except ZoneInfoNotFoundError:
        if tz != DEFAULT_TZ:
            raise
        # Machines without tzdata: China has kept UTC+8 without DST since 1991.
        return timezone(timedelta(hours=8), DEFAULT_TZ)


class WorkCalendar:
    """Working periods on working days, in one time zone."""

    def __init__(
        self,
        periods: Sequence[tuple[time, time]] = DEFAULT_PERIODS,
        tz: str | tzinfo = DEFAULT_TZ,
        *,
        extra_holidays: Iterable[date] = (),
        extra_workdays: Iterable[date] = (),
    ) -> None:
        ordered = sorted(periods)
        if not ordered:
            raise ValueError("a working calendar needs at least one working period")
        for (start, end), nxt in zip(ordered, [*ordered[1:], None], strict=True):
            if not start < end:
                raise ValueError(f"working period {start}-{end} does not end after it starts")
            if nxt is not None and nxt[0] < end:
                raise ValueError(f"working periods {start}-{end} and {nxt[0]}-{nxt[1]} overlap")
        self.periods: tuple[tuple[time, time], ...] = tuple(ordered)
        self.tz: tzinfo = _zone(tz)
        self._holidays = frozenset(extra_holidays)
        self._workdays = frozenset(extra_workdays)
        if self._holidays & self._workdays:
            raise ValueError("a day cannot be both an extra holiday and an extra working day")
        self._cache: dict[date, bool] = {}

    def is_workday(self, day: date) -> bool:
        """Whether government departments work on this (local) day."""
        if isinstance(day, datetime):
            day = self._local(day).date()
        cached = self._cache.get(day)
        if cached is not None:
            return cached
        if day in self._workdays:
            result = True
        elif day in self._holidays:
            result = False
        else:
            try:
                result = bool(chinese_calendar.is_workday(day))
            except NotImplementedError:  # year not published in chinese_calendar
                result = day.weekday() < 5
        self._cache[day] = result
        return result

    def deadline(self, start: datetime, limit: TimeLimit) -> datetime:
        """When a limit that starts at ``start`` runs out (in the calendar's zone).

        Work hours run only inside working periods of working days.  Work days
        count whole working days: the day the clock starts on counts only if
        it starts before that day's first period, and the limit ends at the
        close of the last counted day.  Hours and minutes ignore the calendar.
        """
        local = self._local(start)
        if limit.value <= 0:
            raise ValueError(f"time limit must be positive, got {limit}")
        if limit.unit is TimeUnit.MINUTES:
            return (local + timedelta(minutes=limit.value)).astimezone(self.tz)
        if limit.unit is TimeUnit.HOURS:
            return (local + timedelta(hours=limit.value)).astimezone(self.tz)
        if limit.unit is TimeUnit.WORK_HOURS:
            remaining = timedelta(hours=limit.value)
            for begin, end in self._periods_from(local):
                if remaining <= end - begin:
                    return begin + remaining
                remaining -= end - begin
        else:
            days = limit.value
            first_open = datetime.combine(local.date(), self.periods[0][0], tzinfo=self.tz)
            day = local.date() if local <= first_open else local.date() + timedelta(days=1)
            for _ in range(_MAX_SCAN_DAYS):
                if self.is_workday(day):
                    days -= 1
                    if days == 0:
                        return datetime.combine(day, self.periods[-1][1], tzinfo=self.tz)
                day += timedelta(days=1)
        raise ValueError(f"no working time within {_MAX_SCAN_DAYS} days of {start.isoformat()}")

    def working_seconds_between(self, a: datetime, b: datetime) -> float:
        """Working time from ``a`` to ``b`` in seconds (negative when ``b`` is earlier)."""
        start, end = self._local(a), self._local(b)
        if end < start:
            return -self.working_seconds_between(b, a)
        total = 0.0
        for begin, close in self._periods_from(start):
            if begin >= end:
                break
            total += (min(close, end) - begin).total_seconds()
        return total

    def _local(self, moment: datetime) -> datetime:
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError(f"datetime {moment.isoformat()} must carry a timezone")
        return moment.astimezone(self.tz)

    def _periods_from(self, local: datetime) -> Iterator[tuple[datetime, datetime]]:
        """Working periods (clipped to start at ``local``) in order, for up to ten years."""
        day = local.date()
        for _ in range(_MAX_SCAN_DAYS):
            if self.is_workday(day):
                for open_at, close_at in self.periods:
                    begin = datetime.combine(day, open_at, tzinfo=self.tz)
                    end = datetime.combine(day, close_at, tzinfo=self.tz)
                    if end > local:
                        yield max(begin, local), end
            day += timedelta(days=1)
