"""Combining neighbouring date mentions: alternatives ("either Jan. 10 or Jan. 11"), ranges ("from March 3 to
May 5, 2024", "between 10/1 and 11/7"; the first end takes its year from the second), a weekday of a week
("Tuesday of next week"), the week of a day ("the week of April 10"), offsets ("two weeks after January 15")
and open ends ("since 2019", "2018 or later")."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace

from checker.mentions.dates import periods
from checker.mentions.dates.reading import parse_offset
from checker.mentions.dates.record import DateMatch
from checker.mentions.dates.weekranges import weekday_days, weekday_range
from checker.mentions.dates.words import DURATION, YEAR_NUM
from checker.mentions.mention import Mention
from checker.model.dates import DateValue

_OR = re.compile(r"\s*,?\s+or\s+", re.I)
_EITHER = re.compile(r"\beither\s+$", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|~)\s*|\s+(?:to|through|thru|till|until)\s+(?:the\s+)?", re.I)
_BETWEEN_JOIN = re.compile(r"\s+and\s+(?:the\s+)?", re.I)
_RANGE_START = re.compile(r"\b(?P<w>from|between)\s+(?:the\s+)?$", re.I)
_RANGE_NOW = re.compile(r"(?:\s*(?:-|–|—|~)\s*|\s+(?:to|through|till|until|and)\s+)(?P<now>now|date|current\s+date|today)\b", re.I)
_WEEK_OF = re.compile(r"(?:\bthe\s+)?(?:\bweek\s+(?:of|beginning|starting(?:\s+on)?|commencing)|\bw/c)\s+(?:the\s+)?$", re.I)
_OFFSET_BEFORE = re.compile(rf"\b(?P<dur>{DURATION})\s+(?P<dir>after|from|before|since)\s+$", re.I)
# "for 3 days from today", "2 weeks starting May 20th": a stretch of that length from that day.
_LASTING = re.compile(rf"(?:\bfor\s+(?P<dur>{DURATION})\s*,?\s+from|\b(?P<dur2>{DURATION})\s*,?\s+(?:starting|beginning)"
                      rf"(?:\s+(?:on|from))?)\s+$", re.I)
_WEEKDAY_OF = re.compile(r"\s+of\s+|\s*,?\s+(?:on\s+)?|\s*[-–]\s*", re.I)


def combine_all(base: list[Mention], text: str, pub: dt.date | None) -> list[Mention]:
    base = [_relative_date(m, text, pub) for m in base]
    mentions = _pairwise(base, text, pub, _join_date_year)
    mentions = _pairwise(mentions, text, pub, _join_weekday_week)
    mentions = _pairwise(mentions, text, pub, _join_weekday_offset)
    mentions = _pairwise(mentions, text, pub, _join_either)
    mentions = _pairwise(mentions, text, pub, _join_weekday_date)
    mentions = weekday_days(mentions, text)
    mentions = _pairwise(mentions, text, pub, _join_range)
    mentions = [_range_from_now(_range_to_now(m, text, pub), text, pub) for m in mentions]
    mentions = _also_years(mentions, text)
    return [_open_ended(_prefixed(m, text, pub), text) for m in mentions]


def _pairwise(mentions: list[Mention], text: str, pub: dt.date | None, join) -> list[Mention]:
    """Merge neighbours left to right with ``join(a, b, text, pub)`` (a merged mention or None)."""
    out: list[Mention] = []
    for m in mentions:
        if out:
            merged = join(out[-1], m, text, pub)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(m)
    return out


def _make(text: str, start: int, end: int, value: DateValue, how: DateMatch) -> Mention:
    return Mention("date", start, end, text[start:end], replace(value, label=text[start:end]), how)


_REL_BEFORE = re.compile(r"\b(?P<q>this|next|last)\s+$", re.I)
_IN_YEAR = re.compile(r"\s*,?\s+(?:in|of)\s+(?:the\s+year\s+)?", re.I)


def _relative_date(m: Mention, text: str, pub: dt.date | None) -> Mention:
    """ "next 5/12", "last 6th of April", "this May 12": a date without a year after "next" is the next
    such day after the publication date, after "last" the last one before it, after "this" the one of its
    year."""
    q = _REL_BEFORE.search(text, max(0, m.start - 6), m.start)
    if q is None or pub is None or m.detail.has_year or not m.detail.parts or \
            m.detail.form not in ("mdn", "mdy", "dmy"):
        return m
    word = q.group("q").lower()
    if word == "this":
        value = _in_year(m, pub.year)
    elif word == "next":
        value = _in_year(m, pub.year, after=pub + dt.timedelta(1))
    else:
        value = _in_year(m, pub.year, before=pub - dt.timedelta(1))
    if value is None:
        return m
    return _make(text, q.start(), m.end, value, replace(m.detail, has_year=True))


def _join_date_year(a: Mention, b: Mention, text: str, pub: dt.date | None) -> Mention | None:
    """ "28 June in 2020": a date without a year and the year after it."""
    if a.detail.has_year or not a.detail.parts or b.detail.form != "yr" or \
            not _IN_YEAR.fullmatch(text, a.end, b.start) or len(b.value.days) > 366:
        return None
    value = _in_year(a, b.value.first.year)
    if value is None:
        return None
    return _make(text, a.start, b.end, value, replace(a.detail, has_year=True))


def _join_either(a: Mention, b: Mention, text: str, pub: dt.date | None) -> Mention | None:
    """ "Jan. 10 or Jan. 11": a value allowing both (for days of one month without a year, the stretch
    between them, which allows at least both)."""
    if not _OR.fullmatch(text, a.end, b.start):
        return None
    x, y = a.value, b.value
    if x.days and y.days:
        union = DateValue.on_days(x.days | y.days, "")
    elif x.form == y.form == "recurring" and x.month == y.month and x.weekday is None and y.weekday is None:
        union = DateValue.recurring(x.month, min(x.day_lo, y.day_lo), max(x.day_hi, y.day_hi), "")
    else:
        return None
    either = _EITHER.search(text, max(0, a.start - 8), a.start)
    first = either.start() if either else a.start
    parts = (a.detail.alternatives or (x,)) + (b.detail.alternatives or (y,))
    return _make(text, first, b.end, union, DateMatch("either", has_year=bool(union.days), alternatives=parts))


_ALSO_YEAR = re.compile(rf"(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)(?P<y>{YEAR_NUM})(?!\s*[a-z%\d])", re.I)


def _also_years(mentions: list[Mention], text: str) -> list[Mention]:
    """ "in 2007 and 2009": a year listed after a year is a year too (a bare number after another number is
    not: "between 1500 and 2000 people")."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        out.append(m)
        while m.detail.form == "yr" and len(m.value.days) <= 366:
            more = _ALSO_YEAR.match(text, m.end)
            if more is None or (i + 1 < len(mentions) and mentions[i + 1].start < more.end()):
                break
            year = int(more.group("y"))
            m = _make(text, more.start("y"), more.end("y"), DateValue.day_range(*periods.year_span(year), ""),
                      DateMatch("yr", has_year=True))
            out.append(m)
    return out


def _join_weekday_date(a: Mention, b: Mention, text: str, pub: dt.date | None) -> Mention | None:
    """ "this Friday 5/12", "this Friday (Jun-15)": the date, with the weekday the text gave."""
    if a.detail.form not in ("rel", "wd") or a.value.stated_weekday is None or \
            b.detail.form not in ("mdn", "mdy", "dmy", "num", "iso") or b.value.days is None or \
            not re.fullmatch(r"\s*[,(-]?\s*", text[a.end:b.start]):
        return None
    weekday = a.value.stated_weekday
    days = sorted(b.value.days)
    if len(days) != 1:
        return None
    end = b.end + 1 if text[b.end:b.end + 1] == ")" and "(" in text[a.end:b.start] else b.end
    same_week = periods.monday_of(days[0]) + dt.timedelta(weekday)
    value = DateValue.on_days({days[0], same_week}, "", stated_weekday=weekday, stated_days=(days[0],))
    return _make(text, a.start, end, value, DateMatch("weekday-date", has_year=True))


def _join_range(a: Mention, b: Mention, text: str, pub: dt.date | None) -> Mention | None:
    """ "from March 3 to May 5, 2024", "10/1-11/7", "between 2007 and 2009", "Nov 18 2014-Dec 19 2015".
    The words between them are read first: most neighbours are no range, and whether a long stretch of
    days has no gap (:func:`_ranged`) takes a look at every day."""
    join = _RANGE_JOIN.fullmatch(text, a.end, b.start)
    if join is None and not _BETWEEN_JOIN.fullmatch(text, a.end, b.start):
        return None
    if a.detail.form == "wd" and b.detail.form == "wd":
        before = _RANGE_START.search(text, max(0, a.start - 12), a.start)
        if join is None and not (before and before.group("w").lower() == "between"):
            return None
        return weekday_range(a, b, text, before.start() if before else a.start)
    if not _ranged(a) or not (_ranged(b) or _weekday_after(a, b)):
        return None
    before = _RANGE_START.search(text, max(0, a.start - 12), a.start)
    if join is None and not (before and before.group("w").lower() == "between"):
        return None
    first, last = _range_ends(a, b, pub) if _ranged(b) else (a.value.first, _weekday_after(a, b))
    if first is None or last is None or last < first:
        return None
    start = before.start() if before else a.start
    return _make(text, start, b.end, DateValue.day_range(first, last, ""), DateMatch("range", has_year=True))


def _weekday_after(a: Mention, b: Mention) -> dt.date | None:
    """ "from next Monday to Friday": a bare weekday ending a range that starts on a known day is the first
    such weekday after it."""
    if b.detail.form != "wd" or b.value.stated_weekday is None or not a.value.days or len(a.value.days) != 1:
        return None
    first = a.value.first
    return first + dt.timedelta((b.value.stated_weekday - first.weekday()) % 7 or 7)


def _ranged(m: Mention) -> bool:
    """Only a stretch of days can end a range: not a weekday's candidates ("from Tuesday to Thursday" may
    be a postponement) nor alternatives."""
    days = m.value.days
    if m.detail.form in ("wd", "either", "wdd", "nth") or (days is None and not m.detail.parts):
        return False
    return not days or m.value.contiguous


def _range_ends(a: Mention, b: Mention, pub: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """The first day of ``a`` and the last of ``b``; an end written without a year takes it from the other
    end (the year before when its month comes later: "Nov-Feb 2017" starts in November 2016)."""
    x, y = a.value, b.value
    a_year, b_year = a.detail.has_year, b.detail.has_year
    if not x.days and not (a.detail.parts and (y.days or pub)):
        return None, None
    if a_year and not b_year and b.detail.parts and x.days:
        y = _in_year(b, x.last.year, after=x.last) or y
    elif b_year and not a_year and a.detail.parts and y.days:
        x = _in_year(a, y.first.year, before=y.first) or x
    elif not a_year and not b_year and x.days and b.detail.parts:
        y = _in_year(b, x.first.year, after=x.first) or y
    if not x.days or not y.days:
        return None, None
    return x.first, y.last


def _in_year(m: Mention, year: int, before: dt.date | None = None, after: dt.date | None = None) -> DateValue | None:
    """A mention without a year placed in ``year``, or the year before (after) so that it comes before
    ``before`` (after ``after``)."""
    month, day, month_b, day_b = m.detail.parts
    for y in (year, year - 1) if before else (year, year + 1):
        try:
            first = dt.date(y, month, min(day, calendar.monthrange(y, month)[1]))
            y_b = y + (1 if month_b < month else 0)
            last = dt.date(y_b, month_b, min(day_b, calendar.monthrange(y_b, month_b)[1]))
        except ValueError:
            return None
        if (before is None or first <= before) and (after is None or last >= after):
            return DateValue.day_range(first, last, "")
    return None


def _range_to_now(m: Mention, text: str, pub: dt.date | None) -> Mention:
    """ "between Jan 2019 and now", "from March to date": up to the publication date."""
    tail = _RANGE_NOW.match(text, m.end)
    before = _RANGE_START.search(text, max(0, m.start - 12), m.start)
    if tail is None or before is None or pub is None or not m.value.days or m.detail.form == "day":
        return m
    if tail.group("now").lower() == "today" and m.detail.form == "range":
        return m
    value = m.value
    if value.first > pub and m.detail.parts and not m.detail.has_year:
        value = _in_year(m, pub.year, before=pub) or value
    first = value.first
    if first > pub:
        return m
    return _make(text, before.start(), tail.end(), DateValue.day_range(first, pub, ""), DateMatch("range", has_year=True))


_FROM_NOW = re.compile(r"\b(?:between|from)\s+(?:now|today)\s+(?:and|to|until|till|-)\s+(?:the\s+)?$", re.I)


def _range_from_now(m: Mention, text: str, pub: dt.date | None) -> Mention:
    """ "between now and November 15th": from the publication date on."""
    head = _FROM_NOW.search(text, max(0, m.start - 30), m.start)
    if head is None or pub is None or not m.value.days:
        return m
    value = m.value
    if m.detail.parts and not m.detail.has_year:
        value = _in_year(m, pub.year, after=pub) or value
    last = value.last
    if last < pub:
        return m
    return _make(text, head.start(), m.end, DateValue.day_range(pub, last, ""), DateMatch("range", has_year=True))


def _join_weekday_offset(a: Mention, b: Mention, text: str, pub: dt.date | None) -> Mention | None:
    """ "Monday two weeks from now", "Thursday, two years from now": that weekday in the week of the day the
    offset names."""
    if a.detail.form != "wd" or b.detail.form != "ago" or not b.value.days or len(b.value.days) != 1 or \
            not re.fullmatch(r"\s*,?\s+", text[a.end:b.start]):
        return None
    day = periods.monday_of(b.value.first) + dt.timedelta(a.value.stated_weekday)
    return _make(text, a.start, b.end, DateValue.on_days([day], "", stated_weekday=day.weekday()),
                 DateMatch("weekday-of-week", has_year=True))


def _join_weekday_week(a: Mention, b: Mention, text: str, pub: dt.date | None) -> Mention | None:
    """ "Tuesday of next week", "next week on Tuesday", "previous week - Monday": that day of that week."""
    weeks = [m for m in (a, b) if m.detail.form == "rel" and m.detail.relative
             and re.search(r"\bweek$", m.text, re.I)]
    days = [m for m in (a, b) if m.detail.form in ("wd", "rel") and m.value.stated_weekday is not None
            and m not in weeks]
    if len(weeks) != 1 or len(days) != 1 or not _WEEKDAY_OF.fullmatch(text, a.end, b.start):
        return None
    if days[0] is a and not re.fullmatch(r"\s+(?:of\s+)?", text[a.end:b.start], re.I):
        return None
    monday = weeks[0].value.first
    day = monday + dt.timedelta(days[0].value.stated_weekday)
    return _make(text, a.start, b.end, DateValue.on_days([day], "", stated_weekday=day.weekday()),
                 DateMatch("weekday-of-week", has_year=True))


def _prefixed(m: Mention, text: str, pub: dt.date | None) -> Mention:
    """Words before a day that change it: "the week of April 10" (that week), "two weeks after January 15"
    (the day it names)."""
    if not m.value.days:
        return m
    within = re.search(r"\bwithin\s+(?:the\s+)?$", text[max(0, m.start - 12):m.start], re.I)
    if within and m.detail.form == "nextn" and pub is not None and m.value.first == pub + dt.timedelta(1):
        return _make(text, m.start - len(within.group(0)), m.end, DateValue.day_range(pub, m.value.last - dt.timedelta(1), ""),
                     m.detail)
    lasting = _LASTING.search(text, max(0, m.start - 60), m.start)
    if lasting and len(m.value.days) == 1:
        first = m.value.first
        group = "dur" if lasting.group("dur") else "dur2"
        last = _shifted(first, lasting.group(group), True)
        if last is not None and last > first:
            return _make(text, lasting.start(group), m.end, DateValue.day_range(first, last - dt.timedelta(1), ""),
                         DateMatch("range", has_year=True))
    week = _WEEK_OF.search(text, max(0, m.start - 30), m.start)
    if week and len(m.value.days) <= 2:
        spans = {periods.week_span(d) for d in m.value.days}
        days = [d for first, last in spans for d in (first, last)]
        value = DateValue.day_range(min(days), max(days), "") if len(spans) == 1 else \
            DateValue.on_days({d for first, _ in spans for d in (first + dt.timedelta(i) for i in range(7))}, "")
        return _make(text, week.start(), m.end, value, DateMatch("week-of", has_year=True))
    offset = _OFFSET_BEFORE.search(text, max(0, m.start - 60), m.start)
    if offset and len(m.value.days) <= 2:
        later = offset.group("dir").lower() in ("after", "from", "since")
        shifted = {_shifted(d, offset.group("dur"), later) for d in m.value.days}
        if None in shifted:
            return m
        return _make(text, offset.start(), m.end, DateValue.on_days(shifted, ""),
                     DateMatch("offset", has_year=True, direction="after" if later else "before"))
    return m


# Words that leave one end open: "since 2019", "before May 3", "2018 or later", "no later than June 1".
_OPEN_BEFORE = re.compile(
    r"\b(?P<w>since|after|before|until|till|up\s+to|by|(?:no|not)\s+later\s+than|later\s+than|earlier\s+than"
    r"|greater\s+than|less\s+than"
    r"|starting(?:\s+(?:on|from))?|beginning(?:\s+on)?|as\s+early\s+as|as\s+late\s+as|more\s+than)\s+"
    r"(?:the\s+(?:year\s+)?)?$", re.I)
_OPEN_AFTER = re.compile(r"\s*,?\s+(?:or|and)\s+(?P<w>later|after|greater|earlier|before|sooner)\b(?=\s*(?:$|[^\w\s]))"
                         r"|\s+(?P<w2>onwards?)\b", re.I)
_OPEN_KIND = {"since": "since", "starting": "since", "beginning": "since", "as early as": "since", "later": "since",
              "after": "after", "later than": "after", "greater than": "after", "before": "before",
              "earlier than": "before", "less than": "before",
              "until": "until", "till": "until", "up to": "until", "by": "until", "no later than": "until",
              "not later than": "until", "as late as": "until", "earlier": "until", "sooner": "until",
              "greater": "since", "onward": "since", "onwards": "since"}


_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_SIGN_KIND = {">=": "since", ">": "after", "<=": "until", "<": "before"}


def _open_ended(m: Mention, text: str) -> Mention:
    """A stretch of days with a word that leaves one end open: "since" and "starting" keep its first day,
    "after" starts the day after its last, "before" ends the day before its first, "until", "by" and "no
    later than" end with its last day; "2018 or later", "2019 onwards". "More than two weeks before today"
    is before the day it names. The words around it are read first: whether a long stretch of days has no
    gap takes a look at every day."""
    if m.detail.form == "either" or not m.value.days:
        return m
    sign = re.match(r"[<>]\s*=?", m.text)
    suffix = None if sign else _OPEN_AFTER.match(text, m.end)
    prefix = None if sign or suffix else _OPEN_BEFORE.search(text, max(0, m.start - 24), m.start)
    if not (sign or suffix or prefix) or not m.value.contiguous:
        return m
    if prefix and _POSSESSIVE_AFTER.match(text, m.end):
        return m                         # "after last year's meeting": the date names a gathering, not a limit
    if sign:
        first, last = m.value.first, m.value.last
        kind = _SIGN_KIND[re.sub(r"\s+", "", sign.group(0))]
        since, until = {"since": (first, None), "after": (last + dt.timedelta(1), None),
                        "before": (None, first - dt.timedelta(1)), "until": (None, last)}[kind]
        return _make(text, m.start, m.end, DateValue.open_range(since, until, ""), DateMatch("open", has_year=True))
    word = re.sub(r"\s+", " ", (suffix.group("w") or suffix.group("w2")) if suffix else prefix.group("w")).lower()
    word = re.sub(r"^(starting|beginning) .*", r"\1", word)
    if suffix and word in ("after",):
        word = "later"
    if suffix and word == "before":
        word = "earlier"
    if word == "more than":
        if m.detail.form != "offset":
            return m
        word = m.detail.direction
    kind = _OPEN_KIND[word]
    first, last = m.value.first, m.value.last
    since, until = {"since": (first, None), "after": (last + dt.timedelta(1), None),
                    "before": (None, first - dt.timedelta(1)), "until": (None, last)}[kind]
    start, end = (m.start, suffix.end()) if suffix else (prefix.start(), m.end)
    return _make(text, start, end, DateValue.open_range(since, until, ""), DateMatch("open", has_year=True))


def _shifted(day: dt.date, duration: str, later: bool) -> dt.date | None:
    base = dt.date(day.year, day.month, day.day)
    value = parse_offset(f"in {duration}" if later else f"{duration} ago", base)
    return None if value is None else value.first
