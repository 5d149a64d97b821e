"""The records the date modules hand each other: a date form (its pattern and its reader), what reading a
match of it gave (:class:`Resolved`), and how a date mention was read (:class:`DateMatch`, kept on the
mention for the combining step and the fact stage)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable, NamedTuple, Union


from checker.mentions.scan import Offsets, OnText
from checker.model.dates import DateValue

Match = Union[re.Match, OnText]
# A day or a stretch of days of a form without a year: (month, day, last month, last day).
DayParts = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class DateMatch:
    """How a date mention was read. ``form`` names the date form that matched ("mdy": "September 4, 2025",
    "rel": "next week" …) or the join that made it ("range", "either", "open" …); ``has_year`` whether the
    text fixes the year (directly, or through the publication date); ``parts`` the month and days of a date
    written without a year, so that a year found later can be put in; ``weekday_span`` and ``date_span``
    the offsets of the weekday and of the date of "Thursday, September 4, 2025"; ``relative`` the word
    before a relative unit ("next" of "next week"); ``alternatives`` the values an "either … or" allows;
    ``direction`` whether an offset counts forwards ("after") or backwards ("before"); ``listed`` that two
    days were listed ("4 and 5 July"), not given as the ends of a range."""

    form: str
    has_year: bool = False
    parts: DayParts | None = None
    weekday_span: Offsets | None = None
    date_span: Offsets | None = None
    relative: str | None = None
    alternatives: tuple[DateValue, ...] = ()
    direction: str | None = None
    listed: bool = False


class Resolved(NamedTuple):
    """A form's match read: the days it allows, how it was read, and where the mention is when that is not
    the whole match ("in 2025" quotes "2025")."""

    value: DateValue
    match: DateMatch
    span: Offsets | None = None


def resolved(m: Match, value: DateValue | None, span: Offsets | None = None, **how) -> Resolved | None:
    """``value`` read from the match ``m`` of a form (None: no date after all), with how it was read."""
    return None if value is None else Resolved(value, DateMatch(m.lastgroup, **how), span)


def always_dated(read: Callable[[Match, str, dt.date | None], DateValue | None]):
    """The reader of a form whose dates always have their year (a year written, or counted from the
    publication date), from a function that reads the days alone."""
    def resolve(m: Match, text: str, pub: dt.date | None) -> Resolved | None:
        return resolved(m, read(m, text, pub), has_year=True)

    resolve.__doc__ = read.__doc__
    return resolve


@dataclass(frozen=True)
class DateForm:
    """One form of date expression: ``starts`` "d" (it starts with a digit), "w" (with anything else: a
    letter, or the sign of "<= 2019") or "dw"; ``pattern`` its alternative in the forms' pattern, a named
    group called as the form (its groups are read by ``resolve`` alone); ``resolve(match, text,
    published)`` the days it allows, or None where the match is no date after all."""

    starts: str
    pattern: str
    resolve: Callable[[Match, str, dt.date | None], Resolved | None]
