"""Calendar arithmetic for the date extractor: named periods (quarters, halves, thirds of a year, weeks of a
year or a month, decades, centuries), offsets ("three months after"), business days and public holidays.

Every function returns plain ``datetime.date`` values (a first and a last day, both included); turning them
into :class:`~checker.model.dates.DateValue` is the extractor's business. Weeks run Monday to Sunday, and a week
belongs to the month (or year) that holds its Thursday, as ISO 8601 has it: "the first week of 2015" is
2014-12-29 to 2015-01-04.
"""

from __future__ import annotations

import calendar
import datetime as dt

DayRange = tuple[dt.date, dt.date]


def shift(day: dt.date, n: int, unit: str) -> dt.date:
    """``day`` moved by ``n`` units (day, week, fortnight, month, quarter, year, decade); months keep the day
    of the month where they can ("January 31 plus one month" is February 28 or 29)."""
    unit = unit.rstrip("s")
    if unit == "day":
        return day + dt.timedelta(n)
    if unit == "week":
        return day + dt.timedelta(7 * n)
    if unit == "fortnight":
        return day + dt.timedelta(14 * n)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit] * n
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def month_span(year: int, month: int) -> DayRange:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def year_span(year: int) -> DayRange:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def quarter_span(year: int, quarter: int) -> DayRange:
    first = dt.date(year, 3 * quarter - 2, 1)
    return first, shift(first, 1, "quarter") - dt.timedelta(1)


def quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def half_span(year: int, half: int) -> DayRange:
    return (dt.date(year, 1, 1), dt.date(year, 6, 30)) if half == 1 else (dt.date(year, 7, 1), dt.date(year, 12, 31))


def year_third(year: int, part: str) -> DayRange:
    """Early, mid and late in a year: January-April, May-August, September-December."""
    first_month = {"early": 1, "mid": 5, "late": 9}[part]
    return dt.date(year, first_month, 1), month_span(year, first_month + 3)[1]


def decade_span(first_year: int, n: int = 1) -> DayRange:
    return dt.date(first_year, 1, 1), dt.date(first_year + 10 * n - 1, 12, 31)


def century_span(ordinal: int) -> DayRange:
    """The 21st century is 2000-2099 in everyday use (and in the peer suite), not 2001-2100."""
    return dt.date(max(1, 100 * (ordinal - 1)), 1, 1), dt.date(100 * ordinal - 1, 12, 31)


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(day.weekday())


def week_span(day: dt.date) -> DayRange:
    """The Monday-to-Sunday week that holds ``day``."""
    monday = monday_of(day)
    return monday, monday + dt.timedelta(6)


def iso_week_span(year: int, week: int) -> DayRange | None:
    """Week ``week`` of ``year`` (ISO 8601); -1 is the last week."""
    if week == -1:
        week = dt.date(year, 12, 28).isocalendar()[1]
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return monday, monday + dt.timedelta(6)


def month_week_span(year: int, month: int, week: int) -> DayRange | None:
    """Week ``week`` of a month (-1: the last), a week belonging to the month that holds its Thursday."""
    first, last = month_span(year, month)
    if week == -1:
        thursday = last - dt.timedelta((last.weekday() - 3) % 7)
    else:
        thursday = first + dt.timedelta((3 - first.weekday()) % 7) + dt.timedelta(7 * (week - 1))
        if thursday.month != month:
            return None
    return week_span(thursday)


def business_days(start: dt.date, n: int) -> DayRange:
    """The ``n`` business days (Monday to Friday) after ``start`` (before it, for negative ``n``)."""
    step = 1 if n > 0 else -1
    days = []
    day = start
    while len(days) < abs(n):
        day += dt.timedelta(step)
        if day.weekday() < 5:
            days.append(day)
    return min(days), max(days)


def nearest(candidates: list[dt.date], pub: dt.date) -> list[dt.date]:
    """The latest candidate on or before ``pub`` and the earliest after it (the past and future readings)."""
    past = [d for d in candidates if d <= pub]
    future = [d for d in candidates if d > pub]
    return ([max(past)] if past else []) + ([min(future)] if future else [])


# ------------------------------------------------------------------------------------------------ holidays
def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` of a month (-1: the last)."""
    if n == -1:
        last = month_span(year, month)[1]
        return last - dt.timedelta((last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta((weekday - first.weekday()) % 7 + 7 * (n - 1))


# name -> the day it falls on in a year. Fixed days, Easter and the US floating holidays.
HOLIDAYS = {
    "new year's day": lambda y: dt.date(y, 1, 1), "new year day": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31), "valentine's day": lambda y: dt.date(y, 2, 14),
    "saint patrick's day": lambda y: dt.date(y, 3, 17), "st. patrick's day": lambda y: dt.date(y, 3, 17),
    "saint patrick": lambda y: dt.date(y, 3, 17), "earth day": lambda y: dt.date(y, 4, 22),
    "international workers' day": lambda y: dt.date(y, 5, 1), "workers' day": lambda y: dt.date(y, 5, 1),
    "may day": lambda y: dt.date(y, 5, 1), "independence day": lambda y: dt.date(y, 7, 4),
    "halloween": lambda y: dt.date(y, 10, 31), "veterans day": lambda y: dt.date(y, 11, 11),
    "armistice day": lambda y: dt.date(y, 11, 11), "christmas eve": lambda y: dt.date(y, 12, 24),
    "christmas": lambda y: dt.date(y, 12, 25), "christmas day": lambda y: dt.date(y, 12, 25),
    "boxing day": lambda y: dt.date(y, 12, 26),
    "easter": easter, "easter sunday": easter, "easter monday": lambda y: easter(y) + dt.timedelta(1),
    "good friday": lambda y: easter(y) - dt.timedelta(2),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3), "mlk day": lambda y: _nth_weekday(y, 1, 0, 3),
    "presidents' day": lambda y: _nth_weekday(y, 2, 0, 3), "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "mother's day": lambda y: _nth_weekday(y, 5, 6, 2), "father's day": lambda y: _nth_weekday(y, 6, 6, 3),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1), "labour day": lambda y: _nth_weekday(y, 9, 0, 1),
    "columbus day": lambda y: _nth_weekday(y, 10, 0, 2), "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "black friday": lambda y: _nth_weekday(y, 11, 3, 4) + dt.timedelta(1),
}


def holiday(name: str, year: int) -> dt.date:
    return HOLIDAYS[name](year)
