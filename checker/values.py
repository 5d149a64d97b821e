"""Normalised values, each standing for the set of worlds it allows (DESIGN §2).

Two claims conflict when their sets do not intersect. Every value type here answers three questions the
rule kinds ask: ``intersects(other)``, ``key()`` (a hashable identity used to group claims that say the same
thing and to fingerprint findings) and ``to_dict()`` (the JSON ``value`` of a claim). ``display()`` renders
it for people.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Iterable

from checker.mentions.numbers import format_number

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [calendar.month_name[i] for i in range(1, 13)]


# --------------------------------------------------------------------------------------------- intervals
@dataclass(frozen=True)
class Interval:
    """A real interval; ``None`` bounds are unbounded. ``figure`` is the number the text actually gave."""

    lo: float | None
    hi: float | None
    lo_open: bool = False
    hi_open: bool = False
    figure: float | None = None
    qualifier: str | None = None

    @classmethod
    def exact(cls, value: float) -> "Interval":
        return cls(value, value, False, False, value, None)

    def is_empty(self) -> bool:
        if self.lo is None or self.hi is None:
            return False
        return self.lo > self.hi or (self.lo == self.hi and (self.lo_open or self.hi_open))

    def intersects(self, other: "Interval") -> bool:
        """True when some number lies in both intervals."""
        lo, lo_open = _max_lo(self, other)
        hi, hi_open = _min_hi(self, other)
        if lo is None or hi is None:
            return True
        if lo < hi:
            return True
        return lo == hi and not lo_open and not hi_open

    def notation(self) -> str:
        """Interval notation as the peer suite writes it: ``(27,)``, ``[0,30]``, ``[35,35]``."""
        left = "(" if self.lo is None or self.lo_open else "["
        right = ")" if self.hi is None or self.hi_open else "]"
        lo = "" if self.lo is None else format_number(self.lo)
        hi = "" if self.hi is None else format_number(self.hi)
        return f"{left}{lo},{hi}{right}"

    def scaled(self, factor: float) -> "Interval":
        """The same interval in another unit (currency conversion)."""
        mul = (lambda v: None if v is None else v * factor)
        return Interval(mul(self.lo), mul(self.hi), self.lo_open, self.hi_open, mul(self.figure), self.qualifier)

    def widened(self, rel: float) -> "Interval":
        """Widen each finite bound by ``rel`` of its size (comparison tolerance)."""
        lo = None if self.lo is None else self.lo - abs(self.lo) * rel
        hi = None if self.hi is None else self.hi + abs(self.hi) * rel
        return Interval(lo, hi, self.lo_open, self.hi_open, self.figure, self.qualifier)

    def display(self) -> str:
        """"35", or the words and the interval: "more than 27 (27, ∞)"."""
        if self.lo is not None and self.lo == self.hi and not (self.lo_open or self.hi_open):
            return format_number(self.lo)
        left = "(" if self.lo is None or self.lo_open else "["
        right = ")" if self.hi is None or self.hi_open else "]"
        lo = "-∞" if self.lo is None else format_number(self.lo)
        hi = "∞" if self.hi is None else format_number(self.hi)
        head = " ".join(x for x in (self.qualifier, None if self.figure is None else format_number(self.figure)) if x)
        return f"{head} {left}{lo}, {hi}{right}".strip()

    def to_dict(self) -> dict:
        out: dict = {"interval": self.notation(), "min": self.lo, "max": self.hi}
        if self.figure is not None:
            out["figure"] = self.figure
        if self.qualifier:
            out["qualifier"] = self.qualifier
        return out

    def key(self) -> tuple:
        return ("interval", self.lo, self.hi, self.lo_open, self.hi_open)


def _max_lo(a: Interval, b: Interval) -> tuple[float | None, bool]:
    if a.lo is None:
        return b.lo, b.lo_open
    if b.lo is None or a.lo > b.lo:
        return a.lo, a.lo_open
    if b.lo > a.lo:
        return b.lo, b.lo_open
    return a.lo, a.lo_open or b.lo_open


def _min_hi(a: Interval, b: Interval) -> tuple[float | None, bool]:
    if a.hi is None:
        return b.hi, b.hi_open
    if b.hi is None or a.hi < b.hi:
        return a.hi, a.hi_open
    if b.hi < a.hi:
        return b.hi, b.hi_open
    return a.hi, a.hi_open or b.hi_open


def relative_difference(a: float, b: float) -> float:
    """|a - b| relative to their mean: 27 vs 35 differ by 26 %."""
    mean = (abs(a) + abs(b)) / 2
    return 0.0 if mean == 0 else abs(a - b) / mean


# --------------------------------------------------------------------------------------------- counts
@dataclass(frozen=True)
class Count:
    """How many of something: an interval and the noun counted ("leaders", "delegations")."""

    interval: Interval
    unit: str | None = None

    @property
    def figure(self) -> float | None:
        return self.interval.figure

    def intersects(self, other: "Count") -> bool:
        return self.interval.intersects(other.interval)

    def key(self) -> tuple:
        return ("count",) + self.interval.key()

    def to_dict(self) -> dict:
        out = self.interval.to_dict()
        if self.unit:
            out["unit"] = self.unit
        return out

    def display(self) -> str:
        return self.interval.display() + (f" {self.unit}" if self.unit else "")


# --------------------------------------------------------------------------------------------- money
@dataclass(frozen=True)
class Money:
    """An amount of money: an interval in ``currency`` (ISO code, or a unit name such as "Dollar" when the
    text does not say which dollar)."""

    interval: Interval
    currency: str

    @property
    def figure(self) -> float | None:
        return self.interval.figure

    def key(self) -> tuple:
        return ("money", self.currency) + self.interval.key()

    def to_dict(self) -> dict:
        out = self.interval.to_dict()
        out["currency"] = self.currency
        return out

    def display(self) -> str:
        fig = self.interval.figure
        amount = _short_amount(fig) if fig is not None else self.interval.notation()
        qual = f"{self.interval.qualifier} " if self.interval.qualifier else ""
        return f"{qual}{amount} {self.currency}"


def _short_amount(value: float) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{format_number(round(value / scale, 6))} {word}"
    return format_number(value)


# --------------------------------------------------------------------------------------------- dates
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
        """A recurring value placed in ``year`` (borrowed from elsewhere in the story). A weekday the text
        gave is kept as an alternative, not as a filter: with a borrowed year, a weekday that does not fit
        says the year may be wrong, not that the article contradicts itself."""
        if self.form != "recurring":
            return self
        plain = DateValue(month=self.month, day_lo=self.day_lo, day_hi=self.day_hi)
        days = plain._recurring_days([year])
        if self.weekday is not None:
            fitting = {d for d in days if d.weekday() == self.weekday}
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


# --------------------------------------------------------------------------------------------- people
@dataclass(frozen=True)
class Person:
    """A person as named in the text; ``ident`` is the story-wide identity assigned by alignment."""

    name: str
    title: str | None = None
    ident: str | None = None

    @property
    def canonical(self) -> str:
        return self.ident or self.name


@dataclass(frozen=True)
class PeopleSet:
    """Who held a role. A subset is not a contradiction: two sets conflict only when each names someone the
    other does not."""

    people: tuple[Person, ...]

    def idents(self) -> frozenset[str]:
        return frozenset(p.canonical for p in self.people)

    def intersects(self, other: "PeopleSet") -> bool:
        mine, theirs = self.idents(), other.idents()
        return mine <= theirs or theirs <= mine

    def key(self) -> tuple:
        return ("people",) + tuple(sorted(self.idents()))

    def to_dict(self) -> dict:
        return {"people": sorted(self.idents())}

    def display(self) -> str:
        return " and ".join(sorted(self.idents()))


# --------------------------------------------------------------------------------------------- places
@dataclass(frozen=True)
class Place:
    """Where something happened: a named place (with what the gazetteer knows of it) or a virtual meeting."""

    name: str | None
    kind: str = "unknown"             # city | country | state | continent | unknown | virtual
    country: str | None = None
    continent: str | None = None

    @property
    def virtual(self) -> bool:
        return self.kind == "virtual"

    def contains(self, other: "Place") -> bool:
        if self.name == other.name:
            return True
        if self.kind == "continent":
            return other.continent == self.continent and other.kind != "continent"
        if self.kind == "country":
            return other.country == self.country and other.kind in ("city", "state")
        return False

    def intersects(self, other: "Place") -> bool:
        if self.virtual or other.virtual:
            return self.virtual and other.virtual
        if self.contains(other) or other.contains(self):
            return True
        if "unknown" in (self.kind, other.kind):
            return True                       # cannot tell: not a contradiction we can show
        if self.kind == "state" or other.kind == "state":
            return self.country != other.country
        return False

    def key(self) -> tuple:
        return ("place", self.kind if self.virtual else self.name)

    def to_dict(self) -> dict:
        if self.virtual:
            return {"virtual": True}
        out: dict = {"place": self.name, "kind": self.kind}
        if self.country:
            out["country"] = self.country
        return out

    def display(self) -> str:
        if self.virtual:
            return "virtual (online)"
        return self.name + (f" ({self.country})" if self.country and self.kind != "country" else "")


def finite(value: float | None) -> bool:
    return value is not None and not math.isinf(value)


@lru_cache(maxsize=1024)
def _days_between(start: dt.date, end: dt.date) -> frozenset[dt.date]:
    """Every day from ``start`` to ``end``. Cached: news repeats the same years and months ("in 2009",
    "1990-2009" is 7,300 days), and the sets are immutable, so one set serves every mention of a span."""
    first = start.toordinal()
    return frozenset(map(dt.date.fromordinal, range(first, first + max((end - start).days, 0) + 1)))
