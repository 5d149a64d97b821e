"""Resolving a matched date form to the set of days it allows (:class:`~checker.values.DateValue`).

Named-month and numeric dates are read from the pattern's own groups (exact and fast); offsets from the
publication date ("three days ago", "in two weeks") are handed, as candidate strings only, to
``dateparser.parse`` with explicit settings and a cache. The conventions for relative expressions and parts of
periods are described in :mod:`~checker.mentions.dates`."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable

from checker.mentions import periods
from checker.mentions.dateforms import (
    _MON, _MONTHS, _ORD_UNITS, _WDA, _WEEKDAY_ABBR, _WEEKDAYS, DAY_CARDINALS, DAY_ORDINALS,
)
from checker.mentions.numbers import parse_number
from checker.model.dates import DateValue

# Lower-case "may"/"march" are verbs far more often than months; they count only with a day or a year.
_VERB_MONTHS = {"may", "march"}
_PARTS = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20), "middle": (11, 20),
          "late": (21, 31), "end": (21, 31), "first": (1, 15), "second": (16, 31), "last": (16, 31)}
_YEAR_PARTS = {"early": "early", "beginning": "early", "start": "early", "mid": "mid", "middle": "mid",
               "late": "late", "end": "late"}
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "1st": 1, "2nd": 2,
                  "3rd": 3, "4th": 4, "5th": 5}
_MONTH_ALONE_BEFORE = re.compile(r"\b(?:in|during|since|until|till|by|before|after|from|of|through|throughout"
                                 r"|early|mid|late|this|last|next|each|every)\s*-?\s*$", re.I)
# A month and day in digits without a year ("10/1") is a date only where a date is expected.
_MDN_BEFORE = re.compile(rf"(?:\b(?:on|from|between|since|until|till|by|this|next|last)|{_WDA}"
                         r"|\d/\d{1,2}(?:\s*[-–]|\s+(?:to|through|and)))\s*$", re.I)

_MDN_RANGE_AFTER = re.compile(r"\s*(?:[-–]|to\b|through\b)\s*\d{1,2}/\d{1,2}")


def _resolve(m: re.Match, text: str, pub: dt.date | None):
    kind = m.lastgroup                                 # the form's own group closes last
    start, end = m.span(kind)
    data: dict = {"form": kind}
    resolved = _RESOLVERS[kind](m, text, pub, data)
    if resolved is None:
        return None
    if isinstance(resolved, tuple):                      # a resolver that moved the span
        value, start, end = resolved
    else:
        value = resolved
    return replace(value, label=text[start:end]) if not value.label else value, start, end, data


def _named_day(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "Thursday, September 4, 2025", "4-5 July 2025", "the 4th of September", "May twenty nine"."""
    kind = data["form"]
    g = (lambda a, b: m.group(a) if kind == "mdy" else m.group(b))
    month_text = g("m1", "m2")
    day_text, day_b_text = g("d1", "d2"), g("d1b", "d2b")
    if month_text.lower() in _VERB_MONTHS and month_text[0].islower() and not day_text[0].isdigit():
        return None                                       # "you may one day"
    month = _month(month_text)
    month_b = _month(g("m1b", "m2a")) if g("m1b", "m2a") else month
    day, day_b = _day(day_text), _day(day_b_text) if day_b_text else None
    year = _year(g("y1", "y2"), pub) if g("y1", "y2") else None
    if g("y1", "y2") and year is None:
        return None
    wd_text = g("wd1", "wd2")
    weekday = _weekday(wd_text) if wd_text else None
    value = _day_value("", month, day, month_b, day_b, year, weekday, pub)
    if value is None:
        return None
    data.update(has_year=year is not None, weekday_text=wd_text, parts=(month, day, month_b, day_b or day),
                listed=bool(day_b_text) and bool(re.search(r"\band\b", m.group(kind), re.I))
                and not re.search(r"\bbetween\s+$", text[max(0, m.start(kind) - 9):m.start(kind)], re.I))
    if wd_text:
        data["weekday_span"] = m.span("wd1" if kind == "mdy" else "wd2")
        data["date_span"] = (m.start("m1") if kind == "mdy" else m.start("d2"), m.end(kind))
    return value


def _ymd(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "2019/aug/01", "2019-aug-1"."""
    data["has_year"] = True
    return _on_day(int(m.group("y5")), _month(m.group("m5")), _day(m.group("d5")))


def _numeric(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "2025-09-04", "2019/8/1", "9/4/2025", "10-1-2018", "20161016": month first, day first where the
    first number cannot be a month; two-digit years are 20xx up to 69, then 19xx."""
    label = m.group(data["form"])
    data["has_year"] = True
    if data["form"] == "compact":
        return _on_day(int(label[:4]), int(label[4:6]), int(label[6:]))
    parts = [int(x) for x in re.split(r"[-/]", label)]
    if data["form"] == "iso":
        return _on_day(parts[0], parts[1], parts[2])
    month, day, year = parts
    if month > 12 >= day:
        month, day = day, month
    if year < 100:
        year += 2000 if year < 70 else 1900
    return _on_day(year, month, day)


def _month_day_digits(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "on 10/1", "from 10/1 to 11/7", "this 5/12": month and day in digits where a date is expected."""
    start = m.start("mdn")
    if not _MDN_BEFORE.search(text, max(0, start - 14), start) and not _MDN_RANGE_AFTER.match(text, m.end("mdn")):
        return None
    month, day = (int(x) for x in m.group("mdn").split(",")[0].split("/"))
    if month > 12 >= day:
        month, day = day, month
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    year = int(m.group("mdny")) if m.group("mdny") else None
    data.update(has_year=year is not None, parts=(month, day, month, day))
    return _day_value("", month, day, month, None, year, None, pub)


def _weekday_day(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "Monday 21", "Thu 14th", "Tuesday the eleventh": that day of a month that falls on that weekday,
    in the months nearest the publication date (the last before it and the first after it)."""
    weekday = _weekday(m.group("wddw"))
    day = _day(m.group("wddt") or m.group("wddn"))
    if pub is None:
        return DateValue.every(weekday, "")
    days = []
    for k in range(-14, 15):
        year, month = divmod(pub.year * 12 + pub.month - 1 + k, 12)
        try:
            d = dt.date(year, month + 1, day)
        except ValueError:
            continue
        if d.weekday() == weekday:
            days.append(d)
    data["has_year"] = True
    return DateValue.on_days(periods.nearest(days, pub), "", stated_weekday=weekday)


def _holiday(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "Christmas", "Easter 2018", "last Easter", "Independence Day of this year"."""
    name = re.sub(r"\s+", " ", m.group("hname").lower()).replace("’", "'")
    rule = periods.HOLIDAYS.get(name)
    if rule is None:
        return None
    if m.group("hy"):
        data["has_year"] = True
        return DateValue.on_days([rule(int(m.group("hy")))], "")
    if pub is None:
        return None
    if m.group("hrel"):
        data["has_year"] = True
        return DateValue.on_days([rule(pub.year + _REL_SHIFT[m.group("hrel").lower()])], "")
    days = [rule(y) for y in range(pub.year - 2, pub.year + 3)]
    q = (m.group("hq") or "").lower()
    data["has_year"] = True
    if q in ("last", "previous"):
        return DateValue.on_days([max(d for d in days if d < pub)], "")
    if q in ("next", "following", "coming"):
        return DateValue.on_days([min(d for d in days if d > pub)], "")
    if q == "this":
        return DateValue.on_days([rule(pub.year)], "")
    return DateValue.on_days(periods.nearest(days, pub), "")


def _quarter(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "Q1 2019", "2019-H2", "the first quarter of 2013", "the second half of next year"."""
    data["has_year"] = True
    code = (m.group("qn") or m.group("qn2") or "").lower()
    if code:
        year = int(m.group("qy") or m.group("qy2"))
        n = int(code[1])
        span = periods.quarter_span(year, n) if code[0] == "q" else periods.half_span(year, n)
        return DateValue.day_range(*span, "")
    if m.group("qy3"):
        year = int(m.group("qy3"))
    elif pub is not None:
        year = pub.year + _REL_SHIFT[m.group("qrel").lower()]
    else:
        return None
    n = _ORDINAL_WORDS[m.group("qord").lower()]
    if m.group("qh").lower() == "half":
        return DateValue.day_range(*periods.half_span(year, 2 if n == -1 else n), "") if n in (1, 2, -1) else None
    return DateValue.day_range(*periods.quarter_span(year, 4 if n == -1 else n), "") if n in (1, 2, 3, 4, -1) else None


def _week(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "the first week of 2015", "the last week of July", "3rd week of Jan", "week 3 of 2027": weeks run
    Monday to Sunday and belong to the month or year that holds their Thursday."""
    data["has_year"] = True
    if m.group("wkn"):
        year = int(m.group("wkny")) if m.group("wkny") else (pub.year + _REL_SHIFT[m.group("wknrel").lower()]
                                                             if pub else None)
        span = periods.iso_week_span(year, int(m.group("wkn"))) if year else None
        return DateValue.day_range(*span, "") if span else None
    n = _ORDINAL_WORDS[m.group("wko").lower()]
    if m.group("wky"):
        span = periods.iso_week_span(int(m.group("wky")), n)
    elif m.group("wkm"):
        month = _month(m.group("wkm"))
        year = int(m.group("wkmy")) if m.group("wkmy") else (_nearest_year(month, 15, pub) if pub else None)
        span = periods.month_week_span(year, month, n) if year else None
    elif pub is not None:
        shift = _REL_SHIFT[m.group("wkrel").lower()]
        if m.group("wku").lower() == "year":
            span = periods.iso_week_span(pub.year + shift, n)
        else:
            first = periods.shift(pub.replace(day=1), shift, "month")
            span = periods.month_week_span(first.year, first.month, n)
    else:
        span = None
    return DateValue.day_range(*span, "") if span else None


def _decade(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "the 1990s", "the 21st century"."""
    data["has_year"] = True
    if m.group("decy"):
        return DateValue.day_range(*periods.decade_span(int(m.group("decy"))), "")
    ordinal = int(m.group("cent"))
    return DateValue.day_range(*periods.century_span(ordinal), "") if 1 <= ordinal <= 22 else None


def _year_part(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "early 2019", "the end of 2000", "mid 1989": thirds of the year."""
    word = re.sub(r"^the\s+|\s+of$", "", m.group("yp").lower()).split()[0]
    data.update(has_year=True, part=m.group("yp"))
    return DateValue.day_range(*periods.year_third(int(m.group("ypy")), _YEAR_PARTS[word]), "")


def _month_year(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "February 2022", "mid-September", "Dec/2018", "April of 87", "in May" (a month alone only after a
    preposition, capitalised, and not "may"/"march")."""
    start = m.start("my")
    mon_text = m.group("m3")
    part = m.group("part")
    year = _year(m.group("y3"), pub) if m.group("y3") else None
    if m.group("y3") and year is None:
        return None
    if not part and not year and not _in_month_range(m, text):
        if mon_text.lower() in _VERB_MONTHS or mon_text[0].islower() or mon_text.lower() in ("jun", "jul") or \
                ("." in mon_text or len(mon_text) <= 4) and not mon_text[:3].istitle():
            return None
        if not _MONTH_ALONE_BEFORE.search(text, max(0, start - 20), start):
            return None
    elif mon_text.lower() in _VERB_MONTHS and not year and mon_text[0].islower():
        return None
    month = _month(mon_text)
    lo, hi = _PARTS[re.split(r"\s+", part.lower().replace("the ", "").strip())[0]] if part else (1, 31)
    if part and re.search(r"half", part, re.I):
        lo, hi = (1, 15) if re.search(r"first", part, re.I) else (16, 31)
    data.update(has_year=year is not None, part=part, parts=(month, lo, month, hi))
    if year is None and pub is not None:
        year = _nearest_year(month, (lo + hi) // 2, pub)
    if year is None:
        return DateValue.recurring(month, lo, hi, "")
    last = calendar.monthrange(year, month)[1]
    return DateValue.day_range(dt.date(year, month, lo), dt.date(year, month, min(hi, last)), "")


_MONTH_RANGE_AFTER = re.compile(rf"(?:\s+in\s+\d{{4}})?\s*(?:-|–|~|to|through|till|until|and)\s*(?:{_MON}|(?:date|now|today)\b)",
                                re.I)
_MONTH_RANGE_BEFORE = re.compile(rf"{_MON}(?:\s+in\s+\d{{4}})?\s*(?:-|–|~|to|through|till|until|and)\s*$", re.I)


def _in_month_range(m: re.Match, text: str) -> bool:
    """A month named alone in a range of months: "from Sep to Nov", "between august and october"."""
    start, end = m.span("my")
    return bool(_MONTH_RANGE_AFTER.match(text, end) or _MONTH_RANGE_BEFORE.search(text, max(0, start - 24), start))


def _year_range(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "2014-2018", "2014 to 2018": the years from the first to the last, both included."""
    y1, y2 = int(m.group("yr1") or m.group("yb1")), int(m.group("yr2") or m.group("yb2"))
    if y2 <= y1:
        return None
    data["has_year"] = True
    return DateValue.day_range(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "")


def _prep_year(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "in 2025", "since 2019", "in 2014 through 2018", "in nineteen ninety six"; the quote is the years
    alone (after a comparison sign, the sign too: ">= 2019")."""
    if m.group("yw"):
        year = _year(m.group("yw"), pub)
        data.update(has_year=True, preposition="in")
        return DateValue.day_range(*periods.year_span(year), ""), m.start("yw"), m.end("yw")
    ystart, yend = m.span("y4")
    if re.search(r"\bthe\s+\d", m.group("yr"), re.I) and re.match(r"[ \t]+[A-Za-z]", text[m.end():m.end() + 3]):
        return None                                # "the 1994 Budapest Memorandum": a name, not a date
    y1 = int(m.group("y4"))
    y2 = int(m.group("y4b")) if m.group("y4b") else y1
    if m.group("y4b"):
        yend = m.end("y4b")
    if y2 < y1:
        return None
    data.update(has_year=True, preposition=(m.group("yprep") or "").lower())
    if m.group("ysign") and m.group("ysign").strip() != "=":
        ystart = m.start("ysign")
    return DateValue.day_range(dt.date(y1, 1, 1), dt.date(y2, 12, 31), text[ystart:yend]), ystart, yend


def _next_n(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "the next 3 days" (the three days after the publication date), "the last 2 quarters" (the two
    calendar quarters before the current one), "within 9 months" (from the publication date), "the next 4
    business days"."""
    if pub is None:
        return None
    q = (m.group("nq") or m.group("nq2") or "").lower()
    within = bool(m.group("nw"))
    if not q and not within:
        return None
    n = _count(m.group("nn") or m.group("nn2"))
    if not n:
        return None
    unit = (m.group("nu") or m.group("nu2")).lower()
    data["has_year"] = True
    future = within or q in ("next", "coming", "upcoming", "following")
    if unit.startswith(("business", "working")):
        return DateValue.day_range(*periods.business_days(pub, n if future else -n), "")
    unit = unit.rstrip("s")
    if unit in ("quarter", "decade"):
        first = (periods.quarter_span(*periods.quarter_of(pub))[0] if unit == "quarter"
                 else dt.date(pub.year - pub.year % 10, 1, 1))
        if future:
            start = periods.shift(first, 1, unit)
            return DateValue.day_range(start, periods.shift(start, n, unit) - dt.timedelta(1), "")
        return DateValue.day_range(periods.shift(first, -n, unit), first - dt.timedelta(1), "")
    if within:
        return DateValue.day_range(pub, periods.shift(pub, n, unit) - dt.timedelta(1), "")
    if future:
        return DateValue.day_range(pub + dt.timedelta(1), periods.shift(pub, n, unit), "")
    return DateValue.day_range(periods.shift(pub, -n, unit), pub - dt.timedelta(1), "")


def _relative(m: re.Match, text: str, pub: dt.date | None, data: dict):
    q = re.sub(r"\s+", " ", m.group("relq").lower())
    unit = re.sub(r"^calendar ", "", re.sub(r"\s+", " ", m.group("relu").lower()))
    data["relative"] = q
    if unit in _WEEKDAYS:
        return _relative_weekday(q, _WEEKDAYS[unit], pub, data)
    if unit in _MONTHS:
        if unit in _VERB_MONTHS and m.group("relu")[0].islower():
            return None                                   # "this may take longer"
        return _relative_month(q, _MONTHS[unit], pub, data)
    if pub is None or q == "current" and unit not in ("week", "month", "year", "quarter", "decade"):
        return None
    data["has_year"] = True
    shift = _REL_SHIFT[q]
    if unit.startswith("week after"):
        monday = periods.monday_of(pub) + dt.timedelta(14)
        return DateValue.day_range(monday, monday + dt.timedelta(6), "")
    if unit in ("week", "weekend", "working week", "work week", "workweek"):
        monday = periods.monday_of(pub) + dt.timedelta(7 * shift)
        first, last = {"week": (0, 6), "weekend": (5, 6)}.get(unit, (0, 4))
        return DateValue.day_range(monday + dt.timedelta(first), monday + dt.timedelta(last), "")
    if unit == "month":
        first = periods.shift(pub.replace(day=1), shift, "month")
        return DateValue.day_range(*periods.month_span(first.year, first.month), "")
    if unit == "quarter":
        first = periods.shift(periods.quarter_span(*periods.quarter_of(pub))[0], shift, "quarter")
        return DateValue.day_range(*periods.quarter_span(*periods.quarter_of(first)), "")
    if unit == "decade":
        return DateValue.day_range(*periods.decade_span(pub.year - pub.year % 10 + 10 * shift), "")
    return DateValue.day_range(*periods.year_span(pub.year + shift), "")


_REL_SHIFT = {"last": -1, "previous": -1, "past": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1,
              "following": 1, "this": 0, "current": 0}


def _relative_weekday(q: str, weekday: int, pub: dt.date | None, data: dict):
    if pub is None:
        data["has_year"] = False
        return DateValue.every(weekday, "")
    monday = periods.monday_of(pub)
    if q in ("last", "previous"):
        day = monday - dt.timedelta(7) + dt.timedelta(weekday)
    elif q in ("this past", "past"):
        delta = (pub.weekday() - weekday) % 7 or 7
        day = pub - dt.timedelta(delta)
    elif q in ("next", "following"):
        day = monday + dt.timedelta(7 + weekday)
    elif q in ("coming", "this coming"):
        delta = (weekday - pub.weekday()) % 7 or 7
        day = pub + dt.timedelta(delta)
    else:                                           # "this Friday": the Friday of this week
        day = monday + dt.timedelta(weekday)
    data["has_year"] = True
    return DateValue.on_days([day], "", stated_weekday=weekday)


def _relative_month(q: str, month: int, pub: dt.date | None, data: dict):
    if pub is None:
        data["has_year"] = False
        return DateValue.recurring(month, 1, 31, "")
    if q in ("last", "previous", "past", "this past"):
        year = pub.year if month < pub.month else pub.year - 1
    elif q in ("next", "coming", "this coming", "following"):
        year = pub.year if month > pub.month else pub.year + 1
    else:
        year = pub.year
    data["has_year"] = True
    return DateValue.day_range(*periods.month_span(year, month), "")


def _named_day_offset(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "today", "yesterday", "the day after tomorrow"."""
    if pub is None:
        return None
    word = re.sub(r"\s+", " ", m.group("day").lower())
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "tmrw": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2}[word]
    data["has_year"] = True
    return DateValue.on_days([pub + dt.timedelta(offset)], "")


def _ago(m: re.Match, text: str, pub: dt.date | None, data: dict):
    value = _parse_with_dateparser(m.group("ago"), pub)
    if value is None:
        return None
    data["has_year"] = True
    return value


def _nth(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "on the 18th": that day of the month before or after the publication date (or of any month)."""
    day = _day(m.group("nthd"))
    if pub is None:
        return None
    days = []
    for k in (-1, 0, 1):
        year, month = divmod(pub.year * 12 + pub.month - 1 + k, 12)
        if day <= calendar.monthrange(year, month + 1)[1]:
            days.append(dt.date(year, month + 1, day))
    data["has_year"] = True
    return DateValue.on_days(periods.nearest(days, pub), ""), m.start("ntht"), m.end("ntht")


def _day_of(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "the 15th day of next month", "the twenty third day of September"."""
    day = _day(m.group("dod"))
    if m.group("dom"):
        month = _month(m.group("dom"))
        data.update(has_year=False, parts=(month, day, month, day))
        return _day_value("", month, day, month, None, None, None, pub)
    if pub is None:
        return None
    first = periods.shift(pub.replace(day=1), _REL_SHIFT.get(m.group("dorel").lower(), 0), "month")
    data["has_year"] = True
    return _on_day(first.year, first.month, day)


def _rel_part(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "the end of this month" (its last third), "early next year" (January to April)."""
    if pub is None:
        return None
    word = (m.group("rpw") or m.group("rpe")).lower()
    shift = _REL_SHIFT.get(m.group("rpq").lower(), 0)
    data["has_year"] = True
    if m.group("rpu").lower() == "year":
        return DateValue.day_range(*periods.year_third(pub.year + shift, _YEAR_PARTS[word]), "")
    first = periods.shift(pub.replace(day=1), shift, "month")
    lo, hi = _PARTS[word]
    return DateValue.day_range(first.replace(day=lo), periods.month_span(first.year, first.month)[1].replace(
        day=min(hi, calendar.monthrange(first.year, first.month)[1])), "")


def _first_last(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "the first 2 weeks of 2021" (its first two weeks, ISO), "the last four months of 2021", "the first
    ten days of last year"."""
    year = int(m.group("spy")) if m.group("spy") else (pub.year + _REL_SHIFT[m.group("sprel").lower()] if pub else None)
    n = _count(m.group("spn"))
    if year is None or not n:
        return None
    unit, first = m.group("spu").lower(), m.group("spo").lower() == "first"
    data["has_year"] = True
    if unit == "weeks":
        edge = periods.iso_week_span(year, 1 if first else -1)
        if edge is None:
            return None
        if first:
            return DateValue.day_range(edge[0], edge[1] + dt.timedelta(7 * (n - 1)), "")
        return DateValue.day_range(edge[0] - dt.timedelta(7 * (n - 1)), edge[1], "")
    start, end = periods.year_span(year)
    if unit == "months":
        return DateValue.day_range(start, periods.shift(start, n, "month") - dt.timedelta(1), "") if first else \
            DateValue.day_range(periods.shift(end + dt.timedelta(1), -n, "month"), end, "")
    return DateValue.day_range(start, start + dt.timedelta(n - 1), "") if first else \
        DateValue.day_range(end - dt.timedelta(n - 1), end, "")


def _nth_month(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "the third month of 2021"."""
    year = int(m.group("mony")) if m.group("mony") else (pub.year + _REL_SHIFT[m.group("monrel").lower()] if pub else None)
    month = _ORDINAL_MONTHS.get(re.sub(r"\s+", "", m.group("mono").lower()))
    if year is None or month is None:
        return None
    data["has_year"] = True
    return DateValue.day_range(*periods.month_span(year, month), "")


_ORDINAL_MONTHS = {w: i + 1 for i, w in enumerate(_ORD_UNITS + ["tenth", "eleventh", "twelfth"])}
_ORDINAL_MONTHS.update({f"{i}{'st' if i == 1 else 'nd' if i == 2 else 'rd' if i == 3 else 'th'}": i for i in range(1, 13)})


def _nth_of_month(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "the 21st this month", "the 5th of next month"."""
    if pub is None:
        return None
    first = periods.shift(pub.replace(day=1), _REL_SHIFT[m.group("nthmq").lower()], "month")
    data["has_year"] = True
    return _on_day(first.year, first.month, _day(m.group("nthmd")))


def _weekend(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "the weekend": the Saturday and Sunday nearest the publication date, before or after it."""
    if pub is None:
        return None
    monday = periods.monday_of(pub)
    past, coming = monday - dt.timedelta(2), monday + dt.timedelta(5)
    data["has_year"] = True
    if pub.weekday() >= 5:
        return DateValue.day_range(monday + dt.timedelta(5), monday + dt.timedelta(6), "")
    return DateValue.on_days([past, past + dt.timedelta(1), coming, coming + dt.timedelta(1)], "")


def _earlier_later(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "earlier this year" (from its start to the day before publication), "later this month" (from the
    publication date to its end)."""
    if pub is None:
        return None
    unit = m.group("su").lower()
    first, last = {"week": periods.week_span(pub), "month": periods.month_span(pub.year, pub.month),
                   "year": periods.year_span(pub.year)}[unit]
    data["has_year"] = True
    if m.group("sw").lower() == "earlier":
        return DateValue.day_range(first, pub - dt.timedelta(1), "") if pub > first else None
    return DateValue.day_range(pub, last, "")


def _week_number(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "the week after next"; "the week 31" (of the publication year); "2015-3", "12-2015" (a month)."""
    data["has_year"] = True
    if m.group("ym"):
        year = int(m.group("ymy") or m.group("myy"))
        month = int(m.group("ymm") or m.group("mym"))
        return DateValue.day_range(*periods.month_span(year, month), "")
    if pub is None:
        return None
    if m.group("wann"):
        span = periods.iso_week_span(pub.year, int(m.group("wann")))
        return DateValue.day_range(*span, "") if span else None
    monday = periods.monday_of(pub) + dt.timedelta(14)
    return DateValue.day_range(monday, monday + dt.timedelta(6), "")


def _bare_weekday(m: re.Match, text: str, pub: dt.date | None, data: dict):
    weekday = _weekday(m.group("wd"))
    data["has_year"] = pub is not None
    if pub is None:
        return DateValue.every(weekday, "")
    days = [pub + dt.timedelta(i) for i in range(-6, 7) if (pub + dt.timedelta(i)).weekday() == weekday]
    return DateValue.on_days(days, "", stated_weekday=weekday)


_RESOLVERS: dict[str, Callable] = {
    "hol": _holiday, "qtr": _quarter, "wk": _week, "mdy": _named_day, "dmy": _named_day, "ymd": _ymd,
    "iso": _numeric, "num": _numeric, "compact": _numeric, "mdn": _month_day_digits, "wdd": _weekday_day,
    "dec": _decade, "ypart": _year_part, "my": _month_year, "yrange": _year_range, "yr": _prep_year,
    "nextn": _next_n, "rel": _relative, "day": _named_day_offset, "ago": _ago, "dayof": _day_of, "rpart": _rel_part,
    "soon": _earlier_later, "wan": _week_number, "span": _first_last, "mon": _nth_month, "nthm": _nth_of_month,
    "wkend": _weekend,
    "nth": _nth, "wd": _bare_weekday,
}


# ------------------------------------------------------------------------------------------------ helpers
def _day_value(label: str, month: int, day: int, month_b: int, day_b: int | None, year: int | None,
               weekday: int | None, pub: dt.date | None) -> DateValue | None:
    """A day or a range of days; a stated weekday that the calendar contradicts is kept as such."""
    if year is None and pub is not None:
        year = _nearest_year(month, day, pub)
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


def _on_day(year: int, month: int, day: int) -> DateValue | None:
    try:
        return DateValue.on_days([dt.date(year, month, day)], "")
    except ValueError:
        return None


def _nearest_year(month: int, day: int, pub: dt.date) -> int:
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
def _parse_with_dateparser(candidate: str, pub: dt.date | None) -> DateValue | None:
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


def _count(text: str) -> int | None:
    words = re.sub(r"\s+", " ", text.lower())
    if words.startswith(("couple", "a couple")):
        return 2
    value = parse_number(words)
    return int(value) if value is not None and value == int(value) and value > 0 else None


def _year(text: str, pub: dt.date | None) -> int | None:
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


def _month(text: str) -> int:
    return _MONTHS[text.lower().rstrip(".")]


def _day(text: str) -> int:
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group(0))
    word = re.sub(r"[\s-]+", "-", text.lower())
    return DAY_ORDINALS.get(word) or DAY_CARDINALS[word]


def _weekday(text: str) -> int:
    word = text.lower().rstrip(".")
    return _WEEKDAYS.get(word, _WEEKDAY_ABBR.get(word, 0))
