"""Reading the words of a date: a day, a month, a weekday, a year, a count ("a couple"), turned into
numbers; a day or a stretch of days as a :class:`~checker.model.dates.DateValue` (placed in the year nearest
the publication date where the text gives none); and offsets ("three days ago") through ``dateparser``.
Shared by the date forms of :mod:`~checker.mentions.dates.days` and :mod:`~checker.mentions.dates.stretches`."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from checker.mentions.dates.words import DAY_CARDINALS, DAY_ORDINALS, MONTHS, WEEKDAY_ABBR, WEEKDAYS
from checker.mentions.numbers import parse_number
from checker.model.dates import DateValue

VERB_MONTHS = {"may", "march"}

PARTS = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20), "middle": (11, 20),
          "late": (21, 31), "end": (21, 31), "first": (1, 15), "second": (16, 31), "last": (16, 31)}

YEAR_PARTS = {"early": "early", "beginning": "early", "start": "early", "mid": "mid", "middle": "mid",
               "late": "late", "end": "late"}

ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "1st": 1, "2nd": 2,
                  "3rd": 3, "4th": 4, "5th": 5}

REL_SHIFT = {"last": -1, "previous": -1, "past": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1,
              "following": 1, "this": 0, "current": 0}


def day_value(label: str, month: int, day: int, month_b: int, day_b: int | None, year: int | None,
               weekday: int | None, pub: dt.date | None) -> DateValue | None:
    """A day or a range of days; a stated weekday that the calendar contradicts is kept as such."""
    if year is None and pub is not None:
        year = nearest_year(month, day, pub)
    if year is None:
        if day_b is not None and (month_b != month or day_b < day):
            return DateValue.recurring(month, day, 31, label, weekday)      # runs into the next month
        return DateValue.recurring(month, day, day_b or day, label, weekday)
    try:
        first = dt.date(year, month, day)
        last = dt.date(year + (1 if month_b < month else 0), month_b, day_b) if day_b else first
    except ValueError:
        return None
    if last < first:
        return None
    if weekday is None or day_b:
        return DateValue.day_range(first, last, label)
    if first.weekday() == weekday:
        return DateValue.on_days([first], label, stated_weekday=weekday, stated_days=(first,))
    # The weekday and the date disagree: either may be the mistake, so allow the date and that weekday in
    # the same week.
    same_week = first - dt.timedelta(first.weekday()) + dt.timedelta(weekday)
    return DateValue.on_days([first, same_week], label, stated_weekday=weekday, stated_days=(first,))


def on_day(year: int, month: int, day: int) -> DateValue | None:
    try:
        return DateValue.on_days([dt.date(year, month, day)], "")
    except ValueError:
        return None


def nearest_year(month: int, day: int, pub: dt.date) -> int:
    """The year that puts month/day closest to the publication date (February 29 only in leap years)."""
    best = None
    for year in range(pub.year - 4, pub.year + 5):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            try:
                d = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
            except ValueError:
                continue
            if day <= 29 and month == 2:
                continue                                       # "Feb 29" is in a leap year
        dist = abs((d - pub).days)
        if best is None or dist < best[0]:
            best = (dist, year)
    return best[1] if best else pub.year


@lru_cache(maxsize=4096)
def parse_offset(candidate: str, pub: dt.date | None) -> DateValue | None:
    """Offsets ("three days ago", "in two weeks"), through dateparser with explicit settings, cached per
    string and base. Without a publication date there is nothing to count from."""
    if pub is None:
        return None
    import dateparser

    settings = {"PREFER_DAY_OF_MONTH": "current", "RETURN_AS_TIMEZONE_AWARE": False, "DATE_ORDER": "MDY",
                "PREFER_DATES_FROM": "current_period", "PARSERS": ["relative-time", "absolute-time"]}
    settings["RELATIVE_BASE"] = dt.datetime(pub.year, pub.month, pub.day)
    words = re.sub(r"\b(?:a\s+)?couple(?:\s+of)?\b", "two", candidate, flags=re.I)
    parsed = dateparser.parse(words, languages=["en"], settings=settings)
    if parsed is None:
        return None
    return DateValue.on_days([parsed.date()], candidate)


def read_count(text: str) -> int | None:
    words = re.sub(r"\s+", " ", text.lower())
    if words.startswith(("couple", "a couple")):
        return 2
    value = parse_number(words)
    return int(value) if value is not None and value == int(value) and value > 0 else None


def read_year(text: str, pub: dt.date | None) -> int | None:
    """ "2025", "'87", "of 87", "nineteen eighty six", "two thousand and five"."""
    raw = re.sub(r"^of\s+", "", text.strip().lower())
    if raw.startswith("'") or raw.isdigit() and len(raw) == 2:
        two = int(raw.lstrip("'"))
        ref = (pub or dt.date.today()).year % 100
        return (2000 if two <= ref + 10 else 1900) + two
    if raw.isdigit():
        return int(raw)
    if "hundred" in raw or "thousand" in raw:
        value = parse_number(raw)
        return int(value) if value else None
    head, _, tail = raw.partition(" ")
    century, rest = parse_number(head), parse_number(tail)
    return int(century * 100 + rest) if century and rest else None


def read_month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def read_day(text: str) -> int:
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group(0))
    word = re.sub(r"[\s-]+", "-", text.lower())
    return DAY_ORDINALS.get(word) or DAY_CARDINALS[word]


def read_weekday(text: str) -> int:
    word = text.lower().rstrip(".")
    return WEEKDAYS.get(word, WEEKDAY_ABBR.get(word, 0))
