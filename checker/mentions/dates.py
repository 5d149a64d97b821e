"""Dates: weekdays, day and month in either order (in digits or words), month and year, early/mid/late month
or year, quarters and halves, weeks, decades, holidays, ranges, years, relative expressions and offsets, each
resolved to the set of days it allows (:class:`~checker.values.DateValue`).

Candidates are found with one compiled pattern, tried only around trigger words (see scan.py). Named-month
and numeric dates are resolved from the pattern's own groups (exact and fast); offsets from the publication
date ("three days ago", "in two weeks") are handed, as candidate strings only, to ``dateparser.parse`` with
explicit settings and a cache. ``dateparser.search.search_dates`` is never run over whole texts: it reads
about 40 KB/s and returns spurious dates ("now", bare years).

Relative expressions are resolved against the article's publication date when it has one, with the
conventions of the Recognizers-Text specs: "last Wednesday" is the Wednesday of the previous week, "this past
Wednesday" the most recent one, "next Monday" the Monday of next week, "last quarter" the previous calendar
quarter, "the next 3 days" the three days after it. A bare weekday with a publication date P stands for that
weekday within six days either side of P; without one, for every such weekday. A date without a year stands
for that day in any year (the fact stage may borrow a year from the story), or, with a publication date, for
that day in the nearest year. Parts of a month are thirds (early = 1-10, mid = 11-20, late = 21-end), parts
of a year too (January-April, May-August, September-December).

Mentions next to each other combine: "either Jan. 10 or Jan. 11" allows both days; "from March 3 to May 5,
2024", "2014-2018", "between 10/1 and 11/7" are closed ranges (the first end takes its year from the second);
"Tuesday of next week" is one day; "the week of April 10" is that Monday-to-Sunday week; "two weeks after
January 15" is January 29.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Iterator

from checker.mentions import Mention
from checker.mentions import periods
from checker.mentions.numbers import parse_number
from checker.mentions.scan import scan, word_trie
from checker.values import DateValue

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5,
                 "sun": 6}
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_ORD_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen"]
_ORD_TEENS = ["tenth", "eleventh", "twelfth"] + [w + "th" for w in _TEENS[3:]]
# Days in words: "twenty-first", "thirty first", "ninth"; "twenty nine" (cardinals only after a month).
DAY_ORDINALS = {w: i + 1 for i, w in enumerate(_ORD_UNITS)}
DAY_ORDINALS.update({w: i + 10 for i, w in enumerate(_ORD_TEENS)})
DAY_ORDINALS.update({"twentieth": 20, "thirtieth": 30})
DAY_CARDINALS = {w: i + 1 for i, w in enumerate(_UNITS)}
DAY_CARDINALS.update({w: i + 10 for i, w in enumerate(_TEENS)})
DAY_CARDINALS.update({"twenty": 20, "thirty": 30})
for _i, (_u, _o) in enumerate(zip(_UNITS, _ORD_UNITS, strict=True)):
    DAY_ORDINALS[f"twenty-{_o}"] = 21 + _i
    DAY_CARDINALS[f"twenty-{_u}"] = 21 + _i
DAY_ORDINALS["thirty-first"] = 31
DAY_CARDINALS["thirty-one"] = 31


def _words(words) -> str:
    """Words of a table as a regex trie, where a hyphen may also be a space."""
    return word_trie(words).replace(r"\-", r"[\s-]")


# Word lists as tries (see scan.word_trie): the pattern is tried at many places and fails faster so.
_WD = rf"(?<!\w)(?:{word_trie(_WEEKDAYS)})(?![\w-])"
_WDA = rf"(?<!\w)(?:{word_trie(list(_WEEKDAYS) + list(_WEEKDAY_ABBR))})(?:(?<=[a-z])\.)?(?![\w-])"
_MON = rf"(?<!\w)(?:{word_trie(_MONTHS)})\.?(?!\w)"
_MONTH_NAMES = "|".join(m.lower() for m in calendar.month_name if m)
_DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_DAY_ORD = rf"(?:{_words(DAY_ORDINALS)})(?![\w-])"
_DAY_CARD = rf"(?:{_words(DAY_CARDINALS)})(?![\w-])(?!\s+(?:thousand|hundred)\b)"
_DAY = rf"(?:{_DAY_NUM}|{_DAY_ORD})"                         # before a month: "4th", "the fourth"
_YEAR_NUM = r"(?:1[6-9]\d\d|2[01]\d\d)(?!\d)"
_YW_TAIL = rf"(?:{'|'.join(_TEENS)}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:{'|'.join(_UNITS)}))?)"
_YEAR_WORDS = (rf"(?:(?:seventeen|eighteen|nineteen)\s+(?:hundred(?:\s+and)?\s+)?{_YW_TAIL}"
               rf"|two\s+thousand(?:\s+and\s+(?:{_YW_TAIL}|{'|'.join(_UNITS)}))?)(?![\w-])")
_YEAR = rf"(?:{_YEAR_NUM}|{_YEAR_WORDS}|'\d\d(?!\d))"
# A day in words after a month ("May twenty nine", "March first") only where the date ends or goes on with
# a year or a range: "in March two people died" is no date.
_WORD_DAY_END = rf"(?=\s*(?:$|[.,;:!?)]|{_YEAR_NUM}|{_YEAR_WORDS}|(?:-|–|through\b|to\b|till\b|until\b|of\b)))"
_DAY_AFTER = rf"(?:{_DAY_NUM}|(?:{_DAY_ORD}|{_DAY_CARD}){_WORD_DAY_END})"
_YEAR_OF = rf"(?:{_YEAR}|of\s+'?\d\d(?!\d))"                # "April of 87"
_YSEP = r"(?:\s*,?\s+(?:of\s+)?|[-/])"
_RSEP = r"\s*(?:-|–|—|~|to|through|thru|until|till)\s*"
_PART = (r"(?:early|mid|late|the\s+(?:beginning|start|middle|end)\s+of|(?:beginning|start|middle|end)\s+of"
         r"|the\s+(?:first|second|last)\s+half\s+of)")
_PREP_YEAR = rf"(?:{word_trie(['in', 'since', 'by', 'during', 'until', 'till', 'before', 'after', 'from', 'of', 'through', 'throughout'])})"
_RELQ = r"this\s+past|this\s+coming|last|next|this|coming|past|previous|following|current"
_RELU = (rf"{_WD}|week\s+after\s+next|week|weekend|working\s+week|work\s*week|month|year|quarter|decade"
         rf"|{_MONTH_NAMES}")
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|a\s+couple\s+of|couple(?:\s+of)?)"
_DURATION = (rf"{_NUM}\s+(?:days?|weeks?|fortnights?|months?|years?)"
             rf"(?:(?:\s*,\s*|\s+and\s+){_NUM}\s+(?:days?|weeks?|months?|years?))*")
_QUARTER = r"(?:q[1-4]|h[12])"
_HOLIDAY = rf"(?:{word_trie(periods.HOLIDAYS)})(?![\w-])".replace("'", "['’]")
_NTH_BEFORE = r"\b(?:on|by|until|till|from|since|before|after|around)"

_DATE_RE = re.compile(
    rf"""
    (?P<hol>(?:(?P<hq>this|next|last|previous|following|coming)\s+)?(?P<hname>{_HOLIDAY})
        (?:\s+(?:of\s+)?(?:(?P<hy>{_YEAR_NUM})|(?P<hrel>this|next|last)\s+year))?)
   |(?P<qtr>(?:(?P<qn>{_QUARTER})[\s-]*(?:of\s+)?(?P<qy>{_YEAR_NUM})
        |(?P<qy2>{_YEAR_NUM})[\s-]*(?P<qn2>{_QUARTER})
        |(?:the\s+)?(?P<qord>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?P<qh>quarter|half)\s+of\s+
          (?:(?P<qy3>{_YEAR_NUM})|(?P<qrel>this|next|last)\s+year))(?!\w))
   |(?P<wk>(?:the\s+)?(?P<wko>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+week\s+of\s+
        (?:(?P<wkm>{_MON})(?:,?\s+(?P<wkmy>{_YEAR_NUM}))?|(?P<wky>{_YEAR_NUM})|(?P<wkrel>this|next|last)\s+(?P<wku>month|year))
       |(?:the\s+)?week\s+(?P<wkn>\d{{1,2}})\s+of\s+(?:(?P<wkny>{_YEAR_NUM})|(?P<wknrel>this|next|last)\s+year))
   |(?P<mdy>(?:(?P<wd1>{_WDA}),?\s+)?(?P<m1>{_MON})(?:\s+(?:the\s+)?|[-/])(?P<d1>{_DAY_AFTER})
        (?:(?:{_RSEP}|\s+and\s+)(?:(?P<m1b>{_MON})\s+)?(?:the\s+)?(?P<d1b>{_DAY_AFTER}))?(?:{_YSEP}(?P<y1>{_YEAR}))?)
   |(?P<dmy>(?:(?P<wd2>{_WDA}),?\s+)?(?:the\s+)?(?P<d2>{_DAY}|{_DAY_CARD}(?=\s+{_MON}\s+{_YEAR}))
        (?:(?:{_RSEP}|\s+and\s+)(?:the\s+)?(?P<d2b>{_DAY})(?:\s+(?:of\s+)?(?P<m2a>{_MON}))?)?(?:\s+of\s+|\s+|[-/])(?P<m2>{_MON})
        (?:{_YSEP}(?P<y2>{_YEAR}))?)
   |(?P<ymd>(?<![\d/.-])(?P<y5>{_YEAR_NUM})[-/](?P<m5>{_MON})[-/](?P<d5>{_DAY_NUM}))
   |(?P<iso>(?<![\d/.])(?<!\d-)\d{{4}}[-/]\d{{1,2}}[-/]\d{{1,2}}(?![\d/]|-\d))
   |(?P<num>(?<![\d/.-])\d{{1,2}}(?P<nsep>[/-])\d{{1,2}}(?P=nsep)(?:\d{{4}}|(?<=/)\d\d)(?![\d/]|-\d))
   |(?P<compact>(?<![\d.,])(?:19|20)\d{{6}}(?![\d,]|\.\d))
   |(?P<mdn>(?<![\d/.,-])\d{{1,2}}/\d{{1,2}}(?![/\d]|\.\d))
   |(?P<wdd>(?P<wddw>{_WDA})\s*,?\s+(?:the\s+(?P<wddt>{_DAY_NUM}|{_DAY_ORD})|(?P<wddn>{_DAY_NUM}))
        (?!\s*(?:[-/.]\s*\d|of\b|{_MON}|\d)))
   |(?P<dec>(?P<decy>(?:1[6-9]|20)\d0)'?\s?s\b|(?P<cent>\d{{1,2}})(?:st|nd|rd|th)\s+century\b)
   |(?P<ypart>(?P<yp>early|mid|late|the\s+(?:beginning|start|middle|end)\s+of|(?:beginning|start|middle|end)\s+of)
        [\s-]+(?P<ypy>{_YEAR_NUM}))
   |(?P<my>(?:(?P<part>{_PART})[\s-]+)?(?P<m3>{_MON})(?:(?:,?\s+(?:of\s+)?|[-/])(?P<y3>{_YEAR_OF}))?)
   |(?P<yrange>(?<![\d-])(?P<yr1>{_YEAR_NUM})(?:\s*(?:-|–|~)\s*|\s+(?:to|through|till|until)\s+)(?P<yr2>{_YEAR_NUM})(?![\d-]))
   |(?P<yr>(?P<yprep>\b{_PREP_YEAR})\s+(?:the\s+(?:year\s+)?)?(?P<y4>{_YEAR_NUM})(?:{_RSEP}(?P<y4b>{_YEAR_NUM}))?)
   |(?P<nextn>(?:(?P<nw>within)\s+(?:the\s+)?(?:next\s+)?|(?P<nq>next|last|past|previous|coming|upcoming|following)\s+)
        (?P<nn>{_NUM})\s+(?P<nu>(?:business\s+|working\s+)?days|weeks|months|years|quarters|decades)\b
       |(?P<nn2>{_NUM})\s+(?P<nq2>next|past|upcoming|previous|coming)\s+(?P<nu2>days|weeks|months|years|quarters|decades)\b)
   |(?P<rel>\b(?P<relq>{_RELQ})\s+(?P<relu>{_RELU})\b)
   |(?P<day>\b(?:today|tonight|yesterday|tomorrow|tmrw|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow))
   |(?P<ago>\b(?:{_DURATION}\s+(?:ago|earlier|later|from\s+now|hence)|in\s+{_DURATION}|a\s+fortnight\s+later|in\s+a\s+fortnight)\b)
   |(?P<nth>(?P<nthp>{_NTH_BEFORE})\s+(?P<ntht>the\s+(?P<nthd>{_DAY_NUM}|{_DAY_ORD}))(?<=[a-z])(?!\s*(?:of\b|[a-z\d])))
   |(?P<wd>\b{_WD})
    """,
    re.I | re.X,
)
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

# Every date expression contains one of these; the full pattern is tried only around them (see scan.py).
_TRIGGER = re.compile(
    r"(?P<digits>\d+)"
    r"|(?<!\w)(?:(?P<month>"
    + word_trie(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                 "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                 "nov", "dec"])
    + r")|(?P<offset>" + word_trie(["ago", "earlier", "later", "now", "hence"])
    + r")|(?P<unit>" + word_trie(["week", "weeks", "day", "days", "month", "months", "year", "years", "fortnight"])
    + r")|(?P<holiday>" + word_trie(["easter", "christmas", "halloween", "thanksgiving", "valentine", "patrick"])
    + r")|(?P<rel>" + word_trie(list(_WEEKDAYS) + list(_WEEKDAY_ABBR) + [
        "today", "tonight", "yesterday", "tomorrow", "tmrw", "last", "next", "this", "coming", "past", "previous",
        "following", "current"])
    + r"))(?![\w-])",
    re.I,
)


def _lookback(trigger: re.Match) -> int:
    """How many words before a trigger a date may start: "the beginning of September", "in the year 2009",
    "a few days ago", "the first quarter of 2013"; a weekday or "last"/"next" starts its own expression."""
    return {"month": 4, "digits": 3, "offset": 4, "unit": 2, "holiday": 3}.get(trigger.lastgroup, 0)


def find_dates(text: str, published: dt.date | None = None) -> Iterator[Mention]:
    """Every date expression in ``text`` with the set of days it allows. Neighbours combine: alternatives
    ("either Jan. 10 or Jan. 11"), ranges ("from May 3 to May 5"), a weekday of a week ("Tuesday of next
    week"), the week of a day and offsets ("two weeks after January 15")."""
    base: list[Mention] = []
    for m in scan(_DATE_RE, _TRIGGER, text, lookback=_lookback):
        resolved = _resolve(m, text, published)
        if resolved is not None:
            value, start, end, data = resolved
            base.append(Mention("date", start, end, text[start:end], value, data))
    mentions = _combine_all(base, text, published)
    yield from mentions


# ------------------------------------------------------------------------------------------------ resolving
_KINDS = ("hol", "qtr", "wk", "mdy", "dmy", "ymd", "iso", "num", "compact", "mdn", "wdd", "dec", "ypart", "my",
          "yrange", "yr", "nextn", "rel", "day", "ago", "nth", "wd")


def _resolve(m: re.Match, text: str, pub: dt.date | None):
    kind = next(name for name in _KINDS if m.group(name))
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
    data.update(has_year=year is not None, weekday_text=wd_text, parts=(month, day, month_b, day_b or day))
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
    if not _MDN_BEFORE.search(text, max(0, start - 14), start):
        return None
    month, day = (int(x) for x in m.group("mdn").split("/"))
    if month > 12 >= day:
        month, day = day, month
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    data.update(has_year=False, parts=(month, day, month, day))
    return _day_value("", month, day, month, None, None, None, pub)


def _weekday_day(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "Monday 21", "Thu 14th", "Tuesday the eleventh": that day of a month that falls on that weekday,
    in the months nearest the publication date (the last before it and the first after it)."""
    weekday = _weekday(m.group("wddw"))
    day = _day(m.group("wddt") or m.group("wddn"))
    if m.group("wddn") and not re.search(r"\d(?:st|nd|rd|th)$", m.group("wddn")) and \
            re.match(r"\s*[A-Za-z\d]", text[m.end("wdd"):m.end("wdd") + 2]):
        return None                                       # "on Tuesday 30 people died"
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
    data.update(has_year=year is not None, part=part, parts=(month, lo, month, hi))
    if year is None and pub is not None:
        year = _nearest_year(month, (lo + hi) // 2, pub)
    if year is None:
        return DateValue.recurring(month, lo, hi, "")
    last = calendar.monthrange(year, month)[1]
    return DateValue.day_range(dt.date(year, month, lo), dt.date(year, month, min(hi, last)), "")


def _year_range(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "2014-2018", "2014 to 2018": the years from the first to the last, both included."""
    y1, y2 = int(m.group("yr1")), int(m.group("yr2"))
    if y2 <= y1:
        return None
    data["has_year"] = True
    return DateValue.day_range(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "")


def _prep_year(m: re.Match, text: str, pub: dt.date | None, data: dict):
    """ "in 2025", "since 2019", "in 2014 through 2018"; the quote is the years alone."""
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
    unit = re.sub(r"\s+", " ", m.group("relu").lower())
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
    "nextn": _next_n, "rel": _relative, "day": _named_day_offset, "ago": _ago, "nth": _nth, "wd": _bare_weekday,
}


# ------------------------------------------------------------------------------------------------ combining
_OR = re.compile(r"\s*,?\s+or\s+", re.I)
_EITHER = re.compile(r"\beither\s+$", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|~)\s*|\s+(?:to|through|thru|till|until)\s+(?:the\s+)?", re.I)
_BETWEEN_JOIN = re.compile(r"\s+and\s+(?:the\s+)?", re.I)
_RANGE_START = re.compile(r"\b(?P<w>from|between)\s+(?:the\s+)?$", re.I)
_RANGE_NOW = re.compile(r"(?:\s*(?:-|–|—|~)\s*|\s+(?:to|through|till|until|and)\s+)(?P<now>now|date|current\s+date|today)\b", re.I)
_WEEK_OF = re.compile(r"(?:\bthe\s+)?(?:\bweek\s+(?:of|beginning|starting(?:\s+on)?|commencing)|\bw/c)\s+(?:the\s+)?$", re.I)
_OFFSET_BEFORE = re.compile(rf"\b(?P<dur>{_DURATION})\s+(?P<dir>after|from|before|since)\s+$", re.I)
_WEEKDAY_OF = re.compile(r"\s+of\s+|\s*,?\s+(?:on\s+)?|\s*[-–]\s*", re.I)


def _combine_all(base: list[Mention], text: str, pub: dt.date | None) -> list[Mention]:
    mentions = _pairwise(base, text, pub, _join_either)
    mentions = _pairwise(mentions, text, pub, _join_weekday_date)
    mentions = _pairwise(mentions, text, pub, _join_range)
    mentions = [_range_to_now(m, text, pub) for m in mentions]
    mentions = _pairwise(mentions, text, pub, _join_weekday_week)
    return [_prefixed(m, text, pub) for m in mentions]


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


def _make(text: str, start: int, end: int, value: DateValue, data: dict) -> Mention:
    return Mention("date", start, end, text[start:end], replace(value, label=text[start:end]), data)


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
    return _make(text, first, b.end, union, {"form": "either", "has_year": bool(union.days)})


def _join_weekday_date(a: Mention, b: Mention, text: str, pub: dt.date | None) -> Mention | None:
    """ "this Friday 5/12", "this Friday (Jun-15)": the date, with the weekday the text gave."""
    if a.data.get("form") not in ("rel", "wd") or a.value.stated_weekday is None or \
            b.data.get("form") not in ("mdn", "mdy", "dmy", "num", "iso") or b.value.days is None or \
            not re.fullmatch(r"\s*[,(-]?\s*", text[a.end:b.start]):
        return None
    weekday = a.value.stated_weekday
    days = sorted(b.value.days)
    if len(days) != 1:
        return None
    end = b.end + 1 if text[b.end:b.end + 1] == ")" and "(" in text[a.end:b.start] else b.end
    same_week = periods.monday_of(days[0]) + dt.timedelta(weekday)
    value = DateValue.on_days({days[0], same_week}, "", stated_weekday=weekday, stated_days=(days[0],))
    return _make(text, a.start, end, value, {"form": "weekday-date", "has_year": True})


def _join_range(a: Mention, b: Mention, text: str, pub: dt.date | None) -> Mention | None:
    """ "from March 3 to May 5, 2024", "10/1-11/7", "between 2007 and 2009", "Nov 18 2014-Dec 19 2015"."""
    if not _ranged(a) or not _ranged(b):
        return None
    before = _RANGE_START.search(text, max(0, a.start - 12), a.start)
    join = _RANGE_JOIN.fullmatch(text, a.end, b.start)
    if join is None and not (before and before.group("w").lower() == "between"
                             and _BETWEEN_JOIN.fullmatch(text, a.end, b.start)):
        return None
    first, last = _range_ends(a, b, pub)
    if first is None or last is None or last < first:
        return None
    start = before.start() if before else a.start
    return _make(text, start, b.end, DateValue.day_range(first, last, ""), {"form": "range", "has_year": True})


def _ranged(m: Mention) -> bool:
    """Only a stretch of days can end a range: not a weekday's candidates ("from Tuesday to Thursday" may
    be a postponement) nor alternatives."""
    days = m.value.days
    if m.data.get("form") in ("wd", "either", "wdd", "nth") or (days is None and not m.data.get("parts")):
        return False
    return not days or (max(days) - min(days)).days + 1 == len(days)


def _range_ends(a: Mention, b: Mention, pub: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """The first day of ``a`` and the last of ``b``; an end written without a year takes it from the other
    end (the year before when its month comes later: "Nov-Feb 2017" starts in November 2016)."""
    x, y = a.value, b.value
    a_year, b_year = a.data.get("has_year"), b.data.get("has_year")
    if not x.days and not (a.data.get("parts") and (y.days or pub)):
        return None, None
    if a_year and not b_year and b.data.get("parts") and x.days:
        y = _in_year(b, max(x.days).year, after=max(x.days)) or y
    elif b_year and not a_year and a.data.get("parts") and y.days:
        x = _in_year(a, min(y.days).year, before=min(y.days)) or x
    elif not a_year and not b_year and x.days and b.data.get("parts"):
        y = _in_year(b, min(x.days).year, after=min(x.days)) or y
    if not x.days or not y.days:
        return None, None
    return min(x.days), max(y.days)


def _in_year(m: Mention, year: int, before: dt.date | None = None, after: dt.date | None = None) -> DateValue | None:
    """A mention without a year placed in ``year``, or the year before (after) so that it comes before
    ``before`` (after ``after``)."""
    month, day, month_b, day_b = m.data["parts"]
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
    if tail is None or before is None or pub is None or not m.value.days or m.data.get("form") == "day":
        return m
    if tail.group("now").lower() == "today" and m.data.get("form") == "range":
        return m
    first = min(m.value.days)
    if first > pub:
        return m
    return _make(text, before.start(), tail.end(), DateValue.day_range(first, pub, ""), {"form": "range", "has_year": True})


def _join_weekday_week(a: Mention, b: Mention, text: str, pub: dt.date | None) -> Mention | None:
    """ "Tuesday of next week", "next week on Tuesday", "previous week - Monday": that day of that week."""
    weeks = [m for m in (a, b) if m.data.get("form") == "rel" and m.data.get("relative")
             and re.search(r"\bweek$", m.text, re.I)]
    days = [m for m in (a, b) if m.data.get("form") in ("wd", "rel") and m.value.stated_weekday is not None
            and m not in weeks]
    if len(weeks) != 1 or len(days) != 1 or not _WEEKDAY_OF.fullmatch(text, a.end, b.start):
        return None
    if days[0] is a and not re.fullmatch(r"\s+(?:of\s+)?", text[a.end:b.start], re.I):
        return None
    monday = min(weeks[0].value.days)
    day = monday + dt.timedelta(days[0].value.stated_weekday)
    return _make(text, a.start, b.end, DateValue.on_days([day], "", stated_weekday=day.weekday()),
                 {"form": "weekday-of-week", "has_year": True})


def _prefixed(m: Mention, text: str, pub: dt.date | None) -> Mention:
    """Words before a day that change it: "the week of April 10" (that week), "two weeks after January 15"
    (the day it names)."""
    if not m.value.days:
        return m
    week = _WEEK_OF.search(text, max(0, m.start - 30), m.start)
    if week and len(m.value.days) <= 2:
        spans = {periods.week_span(d) for d in m.value.days}
        days = [d for first, last in spans for d in (first, last)]
        value = DateValue.day_range(min(days), max(days), "") if len(spans) == 1 else \
            DateValue.on_days({d for first, _ in spans for d in (first + dt.timedelta(i) for i in range(7))}, "")
        return _make(text, week.start(), m.end, value, {"form": "week-of", "has_year": True})
    offset = _OFFSET_BEFORE.search(text, max(0, m.start - 60), m.start)
    if offset and len(m.value.days) <= 2:
        later = offset.group("dir").lower() in ("after", "from", "since")
        shifted = {_shifted(d, offset.group("dur"), later) for d in m.value.days}
        if None in shifted:
            return m
        return _make(text, offset.start(), m.end, DateValue.on_days(shifted, ""), {"form": "offset", "has_year": True})
    return m


def _shifted(day: dt.date, duration: str, later: bool) -> dt.date | None:
    base = dt.date(day.year, day.month, day.day)
    value = _parse_with_dateparser(f"in {duration}" if later else f"{duration} ago", base)
    return None if value is None else min(value.days)


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
