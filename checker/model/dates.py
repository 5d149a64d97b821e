"""Dates as sets of days (DESIGN §2): a day, a stretch, a weekday's candidates, a month of any year, an open
range. Two date claims conflict when their sets of days do not intersect."""

from __future__ import annotations

import calendar
import datetime as dt
import math
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Iterable

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [calendar.month_name[i] for i in range(1, 13)]


@dataclass(frozen=True)
class DateValue:
    """The set of days an expression allows.

    Exactly one form is used:
    - ``days``: an explicit, finite set of calendar days (a date, a range, a month of a known year, the
      candidates of a weekday resolved against a publication date);
    - ``month`` with ``day_lo``..``day_hi`` and no year: that stretch of the month in any year;
    - ``weekday`` alone: every such weekday;
    - ``since`` and/or ``until`` alone: every day from ``since`` on, up to ``until`` (both included), with no
      end on the side not given ("since 2019", "before May 3, 2024", "2018 or later").
    ``weekday`` may also constrain the other forms. ``label`` says in words what was written, for reports.
    """

    days: frozenset[dt.date] | None = None
    month: int | None = None
    day_lo: int | None = None
    day_hi: int | None = None
    weekday: int | None = None
    label: str = ""
    year_inferred: bool = False
    stated_weekday: int | None = None       # the weekday the text gave, also when it contradicts the date
    stated_days: tuple[dt.date, ...] = field(default=(), compare=False)
    since: dt.date | None = None
    until: dt.date | None = None

    # -- constructors
    @classmethod
    def on_days(cls, days: Iterable[dt.date], label: str, weekday: int | None = None, **kw) -> "DateValue":
        days = frozenset(days)
        if weekday is not None:
            days = frozenset(d for d in days if d.weekday() == weekday)
        return cls(days=days, weekday=None, label=label, **kw)

    @classmethod
    def day_range(cls, start: dt.date, end: dt.date, label: str, **kw) -> "DateValue":
        return cls.on_days(_days_between(start, end), label, **kw)

    @classmethod
    def recurring(cls, month: int, day_lo: int, day_hi: int, label: str, weekday: int | None = None) -> "DateValue":
        return cls(month=month, day_lo=day_lo, day_hi=day_hi, weekday=weekday, label=label, stated_weekday=weekday)

    @classmethod
    def every(cls, weekday: int, label: str) -> "DateValue":
        return cls(weekday=weekday, label=label, stated_weekday=weekday)

    @classmethod
    def open_range(cls, since: dt.date | None, until: dt.date | None, label: str) -> "DateValue":
        """Every day from ``since`` on and/or up to ``until``."""
        return cls(since=since, until=until, label=label)

    # -- semantics
    @property
    def form(self) -> str:
        if self.days is not None:
            return "days"
        if self.month is not None:
            return "recurring"
        if self.since is not None or self.until is not None:
            return "open"
        return "weekday"

    def _within(self, day: dt.date) -> bool:
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)

    def _recurring_days(self, years: Iterable[int]) -> set[dt.date]:
        out = set()
        for year in years:
            last = calendar.monthrange(year, self.month)[1]
            for day in range(self.day_lo or 1, min(self.day_hi or last, last) + 1):
                d = dt.date(year, self.month, day)
                if self.weekday is None or d.weekday() == self.weekday:
                    out.add(d)
        return out

    def with_year(self, year: int) -> "DateValue":
        """A recurring value placed in ``year`` (borrowed from elsewhere in the story). A day whose weekday
        the text gave and the borrowed year contradicts is a weekday mismatch, as with a written year (the
        weekday and the date are then compared on their own, see :func:`checker.facts.claims.split_mismatch`);
        a span of days keeps its weekday as an alternative."""
        if self.form != "recurring":
            return self
        plain = DateValue(month=self.month, day_lo=self.day_lo, day_hi=self.day_hi)
        days = plain._recurring_days([year])
        if self.weekday is not None:
            fitting = {d for d in days if d.weekday() == self.weekday}
            if not fitting and len(days) == 1:       # "Wednesday 12 November" in a year where it is a Thursday:
                return DateValue(days=frozenset(days), label=self.label, year_inferred=True,   # a mismatch
                                 stated_weekday=self.stated_weekday, stated_days=tuple(sorted(days)))
            days = fitting or days | {d - dt.timedelta(d.weekday()) + dt.timedelta(self.weekday) for d in days}
        return DateValue(days=frozenset(days), label=self.label, year_inferred=True,
                         stated_weekday=self.stated_weekday)

    @property
    def span_days(self) -> float | None:
        """How many days the value spans (None for values without a year: a month of any year, a weekday;
        infinite for an open range)."""
        if self.form == "open":
            return math.inf
        if self.days:
            return (max(self.days) - min(self.days)).days + 1
        if self.month is not None:
            return (self.day_hi or 31) - (self.day_lo or 1) + 1
        return None

    def intersects(self, other: "DateValue") -> bool:
        a, b = sorted((self, other), key=lambda v: ["open", "days", "recurring", "weekday"].index(v.form))
        if a.form == "open":
            if b.form == "days":
                return any(a._within(d) for d in b.days)
            if b.form == "open":
                lo = max((d for d in (a.since, b.since) if d), default=None)
                hi = min((d for d in (a.until, b.until) if d), default=None)
                return lo is None or hi is None or lo <= hi
            return True                              # a month or a weekday of some year: cannot tell
        if a.form == "days":
            if b.form == "days":
                return bool(a.days & b.days)
            if b.form == "recurring":
                years = {d.year for d in a.days}
                return bool(a.days & b._recurring_days(years))
            return any(d.weekday() == b.weekday for d in a.days)
        if a.form == "recurring":
            if b.form == "recurring":
                if a.month != b.month:
                    return False
                if max(a.day_lo, b.day_lo) > min(a.day_hi, b.day_hi):
                    return False
                return a.weekday is None or b.weekday is None or a.weekday == b.weekday
            return a.weekday is None or a.weekday == b.weekday
        return a.weekday == b.weekday

    def key(self) -> tuple:
        if self.form == "open":
            return ("open", self.since, self.until)
        if self.days is not None:
            return ("days", tuple(sorted(self.days)))
        if self.month is not None:
            return ("recurring", self.month, self.day_lo, self.day_hi, self.weekday)
        return ("weekday", self.weekday)

    @property
    def weekday_mismatch(self) -> bool:
        """The text gave a weekday that the calendar date it stands with does not fall on."""
        return bool(self.stated_days) and self.stated_weekday is not None and any(
            d.weekday() != self.stated_weekday for d in self.stated_days)

    @cached_property
    def first(self) -> dt.date | None:
        """The first of the explicit days (None for the other forms)."""
        return min(self.days) if self.days else None

    @cached_property
    def last(self) -> dt.date | None:
        """The last of the explicit days (None for the other forms)."""
        return max(self.days) if self.days else None

    @property
    def contiguous(self) -> bool:
        """Explicit days without a gap: a day, a week, a month, a range (not a weekday's candidates)."""
        return bool(self.days) and (self.last - self.first).days + 1 == len(self.days)

    @cached_property
    def _sorted_days(self) -> list[dt.date]:
        return sorted(self.days or ())

    def to_dict(self) -> dict:
        out: dict = {}
        if self.days is not None:
            days = self._sorted_days
            if len(days) == 1:
                out["date"] = days[0].isoformat()
                out["weekday"] = WEEKDAYS[days[0].weekday()]
            elif days and len(days) == (days[-1] - days[0]).days + 1:
                out["from"], out["to"] = days[0].isoformat(), days[-1].isoformat()
            else:
                out["dates"] = [d.isoformat() for d in days]
        elif self.month is not None:
            out["month"] = MONTHS[self.month - 1]
            if (self.day_lo, self.day_hi) != (1, 31):
                out["day"] = self.day_lo if self.day_lo == self.day_hi else [self.day_lo, self.day_hi]
            out["year"] = None
        else:
            if self.since is not None:
                out["since"] = self.since.isoformat()
            if self.until is not None:
                out["until"] = self.until.isoformat()
        if self.stated_weekday is not None and "weekday" not in out:
            out["weekday"] = WEEKDAYS[self.stated_weekday]
        if self.year_inferred:
            out["year_inferred"] = True
        if self.weekday_mismatch:
            out["weekday_mismatch"] = True
        return out

    def display(self) -> str:
        d = self.to_dict()
        if "date" in d:
            text = f"{d['weekday']} {d['date']}"
        elif "from" in d:
            text = f"{d['from']} to {d['to']}"
        elif "dates" in d:
            text = " or ".join(d["dates"][:4]) + (" …" if len(d["dates"]) > 4 else "")
        elif "since" in d or "until" in d:
            text = " ".join(f"{k} {d[k]}" for k in ("since", "until") if k in d)
        elif "month" in d:
            day = d.get("day")
            day_txt = "" if day is None else (f" {day}" if isinstance(day, int) else f" {day[0]}-{day[1]}")
            text = f"{d['month']}{day_txt} (any year)"
        else:
            text = f"a {d.get('weekday', '?')}"
        if self.year_inferred:
            text += " (year inferred)"
        return text



@lru_cache(maxsize=1024)
def _days_between(start: dt.date, end: dt.date) -> frozenset[dt.date]:
    """Every day from ``start`` to ``end``, both included (none if ``end`` comes first)."""
    # Cached: news repeats the same years and months ("in 2009", "1990-2009" is 7,300 days), and the sets
    # are immutable, so one set serves every mention of a span.
    first = start.toordinal()
    return frozenset(map(dt.date.fromordinal, range(first, first + max((end - start).days, 0) + 1)))
