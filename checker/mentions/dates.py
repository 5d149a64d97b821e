"""Dates: weekdays, day and month in either order, month and year, early/mid/late month, ranges, years,
relative expressions, each resolved to the set of days it allows (:class:`~checker.values.DateValue`).

Candidates are found with one compiled pattern over the whole text. Named-month dates are resolved from the
pattern's own groups (exact and fast); numeric dates ("2025-09-04", "9/4/2025") and offsets ("three days
ago", "in two weeks") are handed, as candidate strings only, to ``dateparser.parse`` with explicit settings
and a cache. ``dateparser.search.search_dates`` is never run over whole texts: it reads about 40 KB/s and
returns spurious dates ("now", bare years).

Relative expressions are resolved against the article's publication date when it has one, with the
conventions of the Recognizers-Text specs: "last Wednesday" is the Wednesday of the previous week, "this past
Wednesday" the most recent one, "next Monday" the Monday of next week. A bare weekday with a publication date
P stands for that weekday within six days either side of P; without one, for every such weekday. A date
without a year stands for that day in any year (the fact stage may borrow a year from the story).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterator

from checker.mentions import Mention
from checker.mentions.scan import scan
from checker.values import DateValue

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5,
                 "sun": 6}

_WD = r"(?<!\w)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\w-])"
_WDA = rf"(?:{_WD}|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?)"
_MON = (r"(?<!\w)(?:january|february|march|april|may|june|july|august|september|october|november|december"
        r"|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)(?![\w-])")
_MONTH_NAMES = "|".join(m.lower() for m in calendar.month_name if m)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?!\d)"
_RSEP = r"\s*(?:-|–|—|to|through|until|till)\s*"
_PART = (r"(?:early|mid|late|the\s+(?:beginning|start|middle|end)\s+of|(?:beginning|start|middle|end)\s+of"
         r"|the\s+(?:first|second|last)\s+half\s+of)")
_PREP_YEAR = r"(?:in|since|by|during|until|till|before|after|from|of|through|throughout)"

_DATE_RE = re.compile(
    rf"""
    (?P<mdy>(?:(?P<wd1>{_WDA}),?\s+)?(?P<m1>{_MON})\s+(?P<d1>{_DAY})
        (?:(?:{_RSEP}|\s+and\s+)(?:(?P<m1b>{_MON})\s+)?(?P<d1b>{_DAY}))?(?:,?\s+(?P<y1>{_YEAR}))?)
   |(?P<dmy>(?:(?P<wd2>{_WDA}),?\s+)?(?:the\s+)?(?P<d2>{_DAY})
        (?:(?:{_RSEP}|\s+and\s+)(?P<d2b>{_DAY})(?:\s+(?P<m2a>{_MON}))?)?(?:\s+of)?\s+(?P<m2>{_MON})
        (?:,?\s+(?P<y2>{_YEAR}))?)
   |(?P<my>(?:(?P<part>{_PART})[\s-]+)?(?P<m3>{_MON})(?:,?\s+(?:of\s+)?(?P<y3>{_YEAR}))?)
   |(?P<iso>(?<![\d/.-])\d{{4}}-\d{{2}}-\d{{2}}(?![\d/-]))
   |(?P<num>(?<![\d/.-])\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}})(?![\d/]))
   |(?P<yr>(?P<yprep>\b{_PREP_YEAR})\s+(?:the\s+(?:year\s+)?)?(?P<y4>{_YEAR})(?:{_RSEP}(?P<y4b>{_YEAR}))?)
   |(?P<rel>\b(?P<relq>this\s+past|this\s+coming|last|next|this|coming|past|previous)\s+
        (?P<relu>{_WD}|week|weekend|month|year|{_MONTH_NAMES})\b)
   |(?P<day>\b(?:today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow))
   |(?P<ago>\b(?:(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+
        (?:days?|weeks?|months?|years?)\s+(?:ago|earlier|later|from\s+now)|in\s+(?:\d+|an?|one|two|three|four
        |five|six|seven|eight|nine|ten)\s+(?:days?|weeks?|months?))\b)
   |(?P<wd>\b{_WD})
    """,
    re.I | re.X,
)
# Lower-case "may"/"march" are verbs far more often than months; they count only with a day or a year.
_VERB_MONTHS = {"may", "march"}
_PARTS = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20), "middle": (11, 20),
          "late": (21, 31), "end": (21, 31), "first": (1, 15), "second": (16, 31), "last": (16, 31)}
_MONTH_ALONE_BEFORE = re.compile(r"\b(?:in|during|since|until|till|by|before|after|from|of|through|throughout"
                                 r"|early|mid|late|this|last|next|each|every)\s*-?\s*$", re.I)


# Every date expression contains one of these; the full pattern is tried only around them (see scan.py).
_TRIGGER = re.compile(
    r"(?P<digits>\d+)"
    r"|(?<!\w)(?:(?P<month>january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
    r"|(?P<offset>ago|earlier|later|now|weeks?|days?|months?)"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun"
    r"|today|tonight|yesterday|tomorrow|last|next|this|coming|past|previous)(?![\w-])",
    re.I,
)


def _lookback(trigger: re.Match) -> int:
    """How many words before a trigger a date may start: "the beginning of September", "in the year 2009",
    "a few days ago"; a weekday or "last"/"next" starts its own expression."""
    if trigger.lastgroup == "month":
        return 4
    if trigger.lastgroup == "digits":
        return 3
    if trigger.lastgroup == "offset":
        return 3
    return 0


_OR = re.compile(r"\s*,?\s+or\s+$", re.I)
_EITHER = re.compile(r"\beither\s+$", re.I)


def find_dates(text: str, published: dt.date | None = None) -> Iterator[Mention]:
    """Every date expression in ``text`` with the set of days it allows. Alternatives ("either Jan. 10 or
    Jan. 11") are one mention that allows both."""
    pending: Mention | None = None
    for m in scan(_DATE_RE, _TRIGGER, text, lookback=_lookback):
        resolved = _resolve(m, text, published)
        if resolved is None:
            continue
        value, start, end, data = resolved
        mention = Mention("date", start, end, text[start:end], value, data)
        if pending is not None:
            union = _either(pending.value, value) if _OR.fullmatch(text, pending.end, start) else None
            if union is not None:
                either = _EITHER.search(text, max(0, pending.start - 8), pending.start)
                first = either.start() if either else pending.start
                data = {"form": "either", "has_year": bool(union.days)}
                pending = Mention("date", first, end, text[first:end], replace(union, label=text[first:end]), data)
                continue
            yield pending
        pending = mention
    if pending is not None:
        yield pending


def _resolve(m: re.Match, text: str, pub: dt.date | None):
    kind = "wd"
    for name in ("mdy", "dmy", "my", "iso", "num", "yr", "rel", "day", "ago", "wd"):
        if m.group(name):
            kind = name
            break
    start, end = m.span(kind)
    label = m.group(kind)
    data: dict = {"form": kind}
    if kind in ("mdy", "dmy"):
        g = (lambda a, b: m.group(a) if kind == "mdy" else m.group(b))
        month = _month(g("m1", "m2"))
        month_b = _month(g("m1b", "m2a")) if g("m1b", "m2a") else month
        day, day_b = _day(g("d1", "d2")), _day(g("d1b", "d2b")) if g("d1b", "d2b") else None
        year = int(g("y1", "y2")) if g("y1", "y2") else None
        wd_text = g("wd1", "wd2")
        weekday = _weekday(wd_text) if wd_text else None
        value = _day_value(label, month, day, month_b, day_b, year, weekday, pub)
        if value is None:
            return None
        data.update(has_year=year is not None, weekday_text=wd_text)
        if wd_text:
            wd_span = m.span("wd1" if kind == "mdy" else "wd2")
            data["weekday_span"] = wd_span
            data["date_span"] = (m.start("m1") if kind == "mdy" else m.start("d2"), end)
        return value, start, end, data
    if kind == "my":
        mon_text = m.group("m3")
        part = m.group("part")
        year = int(m.group("y3")) if m.group("y3") else None
        if not part and not year:
            if mon_text.lower() in _VERB_MONTHS or mon_text[0].islower() or "." in mon_text or len(mon_text) <= 4:
                return None
            if not _MONTH_ALONE_BEFORE.search(text, max(0, start - 20), start):
                return None
        elif mon_text.lower() in _VERB_MONTHS and not year and mon_text[0].islower():
            return None
        month = _month(mon_text)
        lo, hi = _PARTS[re.split(r"\s+", part.lower().replace("the ", "").strip())[0]] if part else (1, 31)
        if part and re.search(r"half", part, re.I):
            lo, hi = (1, 15) if re.search(r"first", part, re.I) else (16, 31)
        data.update(has_year=year is not None, part=part)
        if year is None and pub is not None:
            year = _nearest_year(month, (lo + hi) // 2, pub)
        if year is None:
            return DateValue.recurring(month, lo, hi, label), start, end, data
        last = calendar.monthrange(year, month)[1]
        return DateValue.day_range(dt.date(year, month, lo), dt.date(year, month, min(hi, last)), label), start, end, data
    if kind == "yr":
        ystart, yend = m.span("y4")
        if re.search(r"\bthe\s+\d", m.group("yr"), re.I) and re.match(r"[ \t]+[A-Za-z]", text[m.end():m.end() + 3]):
            return None                                # "the 1994 Budapest Memorandum": a name, not a date
        y1 = int(m.group("y4"))
        y2 = int(m.group("y4b")) if m.group("y4b") else y1
        if m.group("y4b"):
            yend = m.end("y4b")
        if y2 < y1:
            return None
        data.update(has_year=True, preposition=m.group("yprep").lower())
        value = DateValue.day_range(dt.date(y1, 1, 1), dt.date(y2, 12, 31), text[ystart:yend])
        return value, ystart, yend, data
    if kind in ("iso", "num"):
        value = _numeric_date(label)
        if value is None:
            return None
        data["has_year"] = True
        return value, start, end, data
    if kind == "ago":
        value = _parse_with_dateparser(label, pub)
        if value is None:
            return None
        data["has_year"] = True
        return value, start, end, data
    if kind == "day":
        if pub is None:
            return None
        word = re.sub(r"\s+", " ", label.lower())
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
                  "the day after tomorrow": 2}[word]
        data["has_year"] = True
        return DateValue.on_days([pub + dt.timedelta(offset)], label), start, end, data
    if kind == "rel":
        return _relative(m, label, pub, data, start, end)
    # bare weekday
    weekday = _weekday(label)
    data["has_year"] = pub is not None
    if pub is None:
        return DateValue.every(weekday, label), start, end, data
    days = [pub + dt.timedelta(i) for i in range(-6, 7) if (pub + dt.timedelta(i)).weekday() == weekday]
    return DateValue.on_days(days, label, stated_weekday=weekday), start, end, data


def _either(a: DateValue, b: DateValue) -> DateValue | None:
    """ "Jan. 10 or Jan. 11": a value allowing both (for days of one month without a year, the stretch
    between them, which allows at least both)."""
    if a.days and b.days:
        return DateValue.on_days(a.days | b.days, "")
    if a.form == b.form == "recurring" and a.month == b.month and a.weekday is None and b.weekday is None:
        return DateValue.recurring(a.month, min(a.day_lo, b.day_lo), max(a.day_hi, b.day_hi), "")
    return None


def _relative(m: re.Match, label: str, pub: dt.date | None, data: dict, start: int, end: int):
    q = re.sub(r"\s+", " ", m.group("relq").lower())
    unit = m.group("relu").lower()
    data["relative"] = q
    if unit in _WEEKDAYS:
        weekday = _WEEKDAYS[unit]
        if pub is None:
            data["has_year"] = False
            return DateValue.every(weekday, label), start, end, data
        monday = pub - dt.timedelta(pub.weekday())
        if q in ("last", "previous"):
            day = monday - dt.timedelta(7) + dt.timedelta(weekday)
        elif q in ("this past", "past"):
            delta = (pub.weekday() - weekday) % 7 or 7
            day = pub - dt.timedelta(delta)
        elif q == "next":
            day = monday + dt.timedelta(7 + weekday)
        elif q in ("coming", "this coming"):
            delta = (weekday - pub.weekday()) % 7 or 7
            day = pub + dt.timedelta(delta)
        else:                                           # "this Friday": the Friday of this week
            day = monday + dt.timedelta(weekday)
        data["has_year"] = True
        return DateValue.on_days([day], label, stated_weekday=weekday), start, end, data
    if unit in _MONTHS:
        month = _MONTHS[unit]
        if pub is None:
            data["has_year"] = False
            return DateValue.recurring(month, 1, 31, label), start, end, data
        if q in ("last", "previous", "past", "this past"):
            year = pub.year if month < pub.month else pub.year - 1
        elif q in ("next", "coming", "this coming"):
            year = pub.year if month > pub.month else pub.year + 1
        else:
            year = pub.year
        data["has_year"] = True
        last = calendar.monthrange(year, month)[1]
        return DateValue.day_range(dt.date(year, month, 1), dt.date(year, month, last), label), start, end, data
    if pub is None:
        return None
    data["has_year"] = True
    shift = {"last": -1, "previous": -1, "past": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1,
             "this": 0}[q]
    if unit in ("week", "weekend"):
        monday = pub - dt.timedelta(pub.weekday()) + dt.timedelta(7 * shift)
        if unit == "weekend":
            return DateValue.day_range(monday + dt.timedelta(5), monday + dt.timedelta(6), label), start, end, data
        return DateValue.day_range(monday, monday + dt.timedelta(6), label), start, end, data
    if unit == "month":
        year, month = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
        month += 1
        last = calendar.monthrange(year, month)[1]
        return DateValue.day_range(dt.date(year, month, 1), dt.date(year, month, last), label), start, end, data
    year = pub.year + shift
    return DateValue.day_range(dt.date(year, 1, 1), dt.date(year, 12, 31), label), start, end, data


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


def _nearest_year(month: int, day: int, pub: dt.date) -> int:
    """The year that puts month/day closest to the publication date."""
    best = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
        except ValueError:
            continue
        dist = abs((d - pub).days)
        if best is None or dist < best[0]:
            best = (dist, year)
    return best[1] if best else pub.year


def _numeric_date(text: str) -> DateValue | None:
    """ "2025-09-04" (ISO) and "9/4/2025" (month first, as in English-language news; two-digit years are 20xx
    up to the current century's 69, then 19xx)."""
    try:
        if "-" in text:
            return DateValue.on_days([dt.date.fromisoformat(text)], text)
        month, day, year = (int(x) for x in text.split("/"))
        if year < 100:
            year += 2000 if year < 70 else 1900
        return DateValue.on_days([dt.date(year, month, day)], text)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _parse_with_dateparser(candidate: str, pub: dt.date | None) -> DateValue | None:
    """Offsets ("three days ago", "in two weeks"), through dateparser with explicit settings, cached per
    string and base. Without a publication date there is nothing to count from."""
    if pub is None:
        return None
    import dateparser

    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "DATE_ORDER": "MDY",
                "PREFER_DATES_FROM": "current_period", "PARSERS": ["relative-time", "absolute-time"]}
    settings["RELATIVE_BASE"] = dt.datetime(pub.year, pub.month, pub.day)
    parsed = dateparser.parse(candidate, languages=["en"], settings=settings)
    if parsed is None:
        return None
    return DateValue.on_days([parsed.date()], candidate)


def _month(text: str) -> int:
    return _MONTHS[text.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))


def _weekday(text: str) -> int:
    word = text.lower().rstrip(".")
    return _WEEKDAYS.get(word, _WEEKDAY_ABBR.get(word, 0))
