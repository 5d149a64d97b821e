"""Date forms that name a stretch of days: quarters and halves ("Q1 2019", "the second half of next year"),
weeks ("the first week of 2015"), months ("February 2022", "mid-September", "the third month of 2021"),
parts of a year ("early 2019"), decades and centuries, years and ranges of years ("in 2025", "2014-2018"),
and stretches relative to the publication date ("next week", "the last 2 quarters", "earlier this year").
Each form is a pattern and the function that reads its match (see
:class:`~checker.mentions.dates.record.DateForm`); the forms' order is :data:`checker.mentions.dates.forms.ORDER`.

"last quarter" is the previous calendar quarter, "the next 3 days" the three days after the publication
date. Parts of a month are thirds (early = 1-10, mid = 11-20, late = 21-end), parts of a year too
(January-April, May-August, September-December). Weeks run Monday to Sunday (ISO 8601).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from checker.mentions.dates import periods
from checker.mentions.dates.reading import (
    ORDINAL_WORDS, PARTS, REL_SHIFT, VERB_MONTHS, YEAR_PARTS, nearest_year, read_count, read_month, read_year,
)
from checker.mentions.dates.record import DateForm, Match, Resolved, always_dated, resolved
from checker.mentions.dates.words import (
    MON, MONTHS, NUM, ORD_UNITS, PART, PREP_YEAR, QUARTER, RELQ, RELU, RSEP, UNITS, WEEKDAYS, YEAR_NUM, YEAR_OF, YW_TAIL,
)
from checker.model.dates import DateValue

_MONTH_ALONE_BEFORE = re.compile(r"\b(?:in|during|since|until|till|by|before|after|from|of|through|throughout"
                                 r"|early|mid|late|this|last|next|each|every)\s*-?\s*$", re.I)


@always_dated
def _quarter(m: Match, text: str, pub: dt.date | None) -> DateValue | None:
    """ "Q1 2019", "2019-H2", "the first quarter of 2013", "the second half of next year"."""
    code = (m.group("qn") or m.group("qn2") or "").lower()
    if code:
        year = int(m.group("qy") or m.group("qy2"))
        n = int(code[1])
        span = periods.quarter_span(year, n) if code[0] == "q" else periods.half_span(year, n)
        return DateValue.day_range(*span, "")
    if m.group("qy3"):
        year = int(m.group("qy3"))
    elif pub is not None:
        year = pub.year + REL_SHIFT[m.group("qrel").lower()]
    else:
        return None
    n = ORDINAL_WORDS[m.group("qord").lower()]
    if m.group("qh").lower() == "half":
        return DateValue.day_range(*periods.half_span(year, 2 if n == -1 else n), "") if n in (1, 2, -1) else None
    return DateValue.day_range(*periods.quarter_span(year, 4 if n == -1 else n), "") if n in (1, 2, 3, 4, -1) else None


@always_dated
def _week(m: Match, text: str, pub: dt.date | None) -> DateValue | None:
    """ "the first week of 2015", "the last week of July", "3rd week of Jan", "week 3 of 2027": weeks run
    Monday to Sunday and belong to the month or year that holds their Thursday."""
    if m.group("wkn"):
        year = int(m.group("wkny")) if m.group("wkny") else (pub.year + REL_SHIFT[m.group("wknrel").lower()]
                                                             if pub else None)
        span = periods.iso_week_span(year, int(m.group("wkn"))) if year else None
        return DateValue.day_range(*span, "") if span else None
    n = ORDINAL_WORDS[m.group("wko").lower()]
    if m.group("wky"):
        span = periods.iso_week_span(int(m.group("wky")), n)
    elif m.group("wkm"):
        month = read_month(m.group("wkm"))
        year = int(m.group("wkmy")) if m.group("wkmy") else (nearest_year(month, 15, pub) if pub else None)
        span = periods.month_week_span(year, month, n) if year else None
    elif pub is not None:
        shift = REL_SHIFT[m.group("wkrel").lower()]
        if m.group("wku").lower() == "year":
            span = periods.iso_week_span(pub.year + shift, n)
        else:
            first = periods.shift(pub.replace(day=1), shift, "month")
            span = periods.month_week_span(first.year, first.month, n)
    else:
        span = None
    return DateValue.day_range(*span, "") if span else None


@always_dated
def _decade(m: Match, text: str, pub: dt.date | None) -> DateValue | None:
    """ "the 1990s", "the 21st century"."""
    if m.group("decy"):
        return DateValue.day_range(*periods.decade_span(int(m.group("decy"))), "")
    ordinal = int(m.group("cent"))
    return DateValue.day_range(*periods.century_span(ordinal), "") if 1 <= ordinal <= 22 else None


@always_dated
def _year_part(m: Match, text: str, pub: dt.date | None) -> DateValue | None:
    """ "early 2019", "the end of 2000", "mid 1989": thirds of the year."""
    word = re.sub(r"^the\s+|\s+of$", "", m.group("yp").lower()).split()[0]
    return DateValue.day_range(*periods.year_third(int(m.group("ypy")), YEAR_PARTS[word]), "")


def _month_year(m: Match, text: str, pub: dt.date | None) -> Resolved | None:
    """ "February 2022", "mid-September", "Dec/2018", "April of 87", "in May" (a month alone only after a
    preposition, capitalised, and not "may"/"march")."""
    start = m.start("my")
    mon_text = m.group("m3")
    part = m.group("part")
    year = read_year(m.group("y3"), pub) if m.group("y3") else None
    if m.group("y3") and year is None:
        return None
    if not part and not year and not _in_month_range(m, text):
        # "in March", "in May": capitalised after a preposition, the month (the verbs "march" and "may"
        # never follow one).
        if mon_text[0].islower() or mon_text.lower() in ("jun", "jul") or \
                ("." in mon_text or len(mon_text) <= 4) and not mon_text[:3].istitle():
            return None
        if not _MONTH_ALONE_BEFORE.search(text, max(0, start - 20), start):
            return None
    elif mon_text.lower() in VERB_MONTHS and not year and mon_text[0].islower():
        return None
    month = read_month(mon_text)
    lo, hi = PARTS[re.split(r"\s+", part.lower().replace("the ", "").strip())[0]] if part else (1, 31)
    if part and re.search(r"half", part, re.I):
        lo, hi = (1, 15) if re.search(r"first", part, re.I) else (16, 31)
    how = {"has_year": year is not None, "parts": (month, lo, month, hi)}
    if year is None and pub is not None:
        year = nearest_year(month, (lo + hi) // 2, pub)
    if year is None:
        return resolved(m, DateValue.recurring(month, lo, hi, ""), **how)
    last = calendar.monthrange(year, month)[1]
    return resolved(m, DateValue.day_range(dt.date(year, month, lo), dt.date(year, month, min(hi, last)), ""), **how)


_MONTH_RANGE_AFTER = re.compile(rf"(?:\s+in\s+\d{{4}})?\s*(?:-|–|~|to|through|till|until|and)\s*(?:{MON}|(?:date|now|today)\b)",
                                re.I)


_MONTH_RANGE_BEFORE = re.compile(rf"{MON}(?:\s+in\s+\d{{4}})?\s*(?:-|–|~|to|through|till|until|and)\s*$", re.I)


def _in_month_range(m: Match, text: str) -> bool:
    """A month named alone in a range of months: "from Sep to Nov", "between august and october"."""
    start, end = m.span("my")
    return bool(_MONTH_RANGE_AFTER.match(text, end) or _MONTH_RANGE_BEFORE.search(text, max(0, start - 24), start))


@always_dated
def _year_range(m: Match, text: str, pub: dt.date | None) -> DateValue | None:
    """ "2014-2018", "2014 to 2018": the years from the first to the last, both included."""
    y1, y2 = int(m.group("yr1") or m.group("yb1")), int(m.group("yr2") or m.group("yb2"))
    if y2 <= y1:
        return None
    return DateValue.day_range(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "")


def _prep_year(m: Match, text: str, pub: dt.date | None) -> Resolved | None:
    """ "in 2025", "since 2019", "in 2014 through 2018", "in nineteen ninety six"; the quote is the years
    alone (after a comparison sign, the sign too: ">= 2019")."""
    if m.group("yw"):
        year = read_year(m.group("yw"), pub)
        return resolved(m, DateValue.day_range(*periods.year_span(year), ""), m.span("yw"), has_year=True)
    ystart, yend = m.span("y4")
    if re.search(r"\bthe\s+\d", m.group("yr"), re.I) and re.match(r"[ \t]+[A-Za-z]", text[m.end():m.end() + 3]):
        return None                                # "the 1994 Budapest Memorandum": a name, not a date
    y1 = int(m.group("y4"))
    y2 = int(m.group("y4b")) if m.group("y4b") else y1
    if m.group("y4b"):
        yend = m.end("y4b")
    if y2 < y1:
        return None
    if m.group("ysign") and m.group("ysign").strip() != "=":
        ystart = m.start("ysign")
    return resolved(m, DateValue.day_range(dt.date(y1, 1, 1), dt.date(y2, 12, 31), text[ystart:yend]), (ystart, yend),
                    has_year=True)


@always_dated
def _next_n(m: Match, text: str, pub: dt.date | None) -> DateValue | None:
    """ "the next 3 days" (the three days after the publication date), "the last 2 quarters" (the two
    calendar quarters before the current one), "within 9 months" (from the publication date), "the next 4
    business days"."""
    if pub is None:
        return None
    q = (m.group("nq") or m.group("nq2") or "").lower()
    within = bool(m.group("nw"))
    if not q and not within:
        return None
    n = read_count(m.group("nn") or m.group("nn2"))
    if not n:
        return None
    unit = (m.group("nu") or m.group("nu2")).lower()
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


def _relative(m: Match, text: str, pub: dt.date | None) -> Resolved | None:
    """ "last Friday", "next week", "this month", "the coming weekend", "last quarter": from the publication
    date (a weekday or a month without one: every such weekday, that month of any year)."""
    q = re.sub(r"\s+", " ", m.group("relq").lower())
    unit = re.sub(r"^calendar ", "", re.sub(r"\s+", " ", m.group("relu").lower()))
    if unit in WEEKDAYS:
        return resolved(m, _relative_weekday(q, WEEKDAYS[unit], pub), has_year=pub is not None, relative=q)
    if unit in MONTHS:
        if unit in VERB_MONTHS and m.group("relu")[0].islower():
            return None                                   # "this may take longer"
        return resolved(m, _relative_month(q, MONTHS[unit], pub), has_year=pub is not None, relative=q)
    if pub is None or q == "current" and unit not in ("week", "month", "year", "quarter", "decade"):
        return None
    return resolved(m, _relative_stretch(unit, REL_SHIFT[q], pub), has_year=True, relative=q)


def _relative_stretch(unit: str, shift: int, pub: dt.date) -> DateValue:
    """The week, weekend, working week, month, quarter, decade or year ``shift`` of them from ``pub``'s."""
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


def _relative_weekday(q: str, weekday: int, pub: dt.date | None) -> DateValue:
    if pub is None:
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
    return DateValue.on_days([day], "", stated_weekday=weekday)


def _relative_month(q: str, month: int, pub: dt.date | None) -> DateValue:
    if pub is None:
        return DateValue.recurring(month, 1, 31, "")
    if q in ("last", "previous", "past", "this past"):
        year = pub.year if month < pub.month else pub.year - 1
    elif q in ("next", "coming", "this coming", "following"):
        year = pub.year if month > pub.month else pub.year + 1
    else:
        year = pub.year
    return DateValue.day_range(*periods.month_span(year, month), "")


@always_dated
def _rel_part(m: Match, text: str, pub: dt.date | None) -> DateValue | None:
    """ "the end of this month" (its last third), "early next year" (January to April)."""
    if pub is None:
        return None
    word = (m.group("rpw") or m.group("rpe")).lower()
    shift = REL_SHIFT.get(m.group("rpq").lower(), 0)
    if m.group("rpu").lower() == "year":
        return DateValue.day_range(*periods.year_third(pub.year + shift, YEAR_PARTS[word]), "")
    first = periods.shift(pub.replace(day=1), shift, "month")
    lo, hi = PARTS[word]
    return DateValue.day_range(first.replace(day=lo), periods.month_span(first.year, first.month)[1].replace(
        day=min(hi, calendar.monthrange(first.year, first.month)[1])), "")


@always_dated
def _first_last(m: Match, text: str, pub: dt.date | None) -> DateValue | None:
    """ "the first 2 weeks of 2021" (its first two weeks, ISO), "the last four months of 2021", "the first
    ten days of last year"."""
    year = int(m.group("spy")) if m.group("spy") else (pub.year + REL_SHIFT[m.group("sprel").lower()] if pub else None)
    n = read_count(m.group("spn"))
    if year is None or not n:
        return None
    unit, first = m.group("spu").lower(), m.group("spo").lower() == "first"
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


@always_dated
def _nth_month(m: Match, text: str, pub: dt.date | None) -> DateValue | None:
    """ "the third month of 2021"."""
    year = int(m.group("mony")) if m.group("mony") else (pub.year + REL_SHIFT[m.group("monrel").lower()] if pub else None)
    month = _ORDINAL_MONTHS.get(re.sub(r"\s+", "", m.group("mono").lower()))
    if year is None or month is None:
        return None
    return DateValue.day_range(*periods.month_span(year, month), "")


_ORDINAL_MONTHS = {w: i + 1 for i, w in enumerate(ORD_UNITS + ["tenth", "eleventh", "twelfth"])}
_ORDINAL_MONTHS.update({f"{i}{'st' if i == 1 else 'nd' if i == 2 else 'rd' if i == 3 else 'th'}": i for i in range(1, 13)})


@always_dated
def _earlier_later(m: Match, text: str, pub: dt.date | None) -> DateValue | None:
    """ "earlier this year" (from its start to the day before publication), "later this month" (from the
    publication date to its end)."""
    if pub is None:
        return None
    unit = m.group("su").lower()
    first, last = {"week": periods.week_span(pub), "month": periods.month_span(pub.year, pub.month),
                   "year": periods.year_span(pub.year)}[unit]
    if m.group("sw").lower() == "earlier":
        return DateValue.day_range(first, pub - dt.timedelta(1), "") if pub > first else None
    return DateValue.day_range(pub, last, "")


@always_dated
def _week_number(m: Match, text: str, pub: dt.date | None) -> DateValue | None:
    """ "the week after next"; "the week 31" (of the publication year); "2015-3", "12-2015" (a month)."""
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


# The forms of this module, by name (the name of each pattern's outer group).
FORMS: dict[str, DateForm] = {
    "qtr": DateForm("dw", rf"""(?P<qtr>(?:(?P<qn>{QUARTER})[\s-]*(?:of\s+)?(?P<qy>{YEAR_NUM})
        |(?P<qy2>{YEAR_NUM})[\s-]*(?P<qn2>{QUARTER})
        |(?:the\s+)?(?P<qord>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?P<qh>quarter|half)\s+of\s+
          (?:(?P<qy3>{YEAR_NUM})|(?P<qrel>this|next|last)\s+year))(?!\w))""", _quarter),
    "span": DateForm("w", rf"""(?P<span>(?:the\s+)?(?P<spo>first|last)\s+(?P<spn>{NUM})\s+(?P<spu>days|weeks|months)\s+of\s+
        (?:(?P<spy>{YEAR_NUM})|(?P<sprel>this|next|last)\s+year))""", _first_last),
    "mon": DateForm("dw", rf"""(?P<mon>(?:the\s+)?(?P<mono>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth
        |1st|2nd|3rd|[4-9]th|1[0-2]th)\s+month\s+of\s+(?:(?P<mony>{YEAR_NUM})|(?P<monrel>this|next|last)\s+year))""", _nth_month),
    "wk": DateForm("dw", rf"""(?P<wk>(?:the\s+)?(?P<wko>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+week\s+of\s+
        (?:(?P<wkm>{MON})(?:,?\s+(?P<wkmy>{YEAR_NUM}))?|(?P<wky>{YEAR_NUM})|(?P<wkrel>this|next|last)\s+(?P<wku>month|year))
       |(?:the\s+)?week\s+(?P<wkn>\d{{1,2}})\s+of\s+(?:(?P<wkny>{YEAR_NUM})|(?P<wknrel>this|next|last)\s+year))""", _week),
    "dec": DateForm("d", r"""(?P<dec>(?P<decy>(?:1[6-9]|20)\d0)'?\s?s\b|(?P<cent>\d{1,2})(?:st|nd|rd|th)\s+century\b)""", _decade),
    "ypart": DateForm("w", rf"""(?P<ypart>(?P<yp>early|mid|late|the\s+(?:beginning|start|middle|end)\s+of|(?:beginning|start|middle|end)\s+of)
        [\s-]+(?P<ypy>{YEAR_NUM}))""", _year_part),
    "my": DateForm("w", rf"""(?P<my>(?:(?P<part>{PART})[\s-]+)?(?P<m3>{MON})(?:(?:,?\s+(?:of\s+)?|[-/])(?P<y3>{YEAR_OF}))?)""", _month_year),
    "yrange": DateForm("dw", rf"""(?P<yrange>(?<![\d-])(?P<yr1>{YEAR_NUM})(?:\s*(?:-|–|~)\s*|\s+(?:to|through|till|until)\s+)(?P<yr2>{YEAR_NUM})(?![\d-])
       |\bbetween\s+(?P<yb1>{YEAR_NUM})\s+and\s+(?P<yb2>{YEAR_NUM}))""", _year_range),
    "yr": DateForm("w", rf"""(?P<yr>(?:(?P<yprep>\b{PREP_YEAR})\s+(?:the\s+(?:(?:calendar\s+)?year\s+)?)?|(?P<ysign>(?<![<>=])(?:[<>]\s*)?=\s*|[<>]\s*))
        (?P<y4>{YEAR_NUM})(?![\s-]*(?:q[1-4]|h[12])\b|[-/][a-z]|[-/]\d{{1,2}}\b(?!\d)|'?\s?s\b)
        (?:{RSEP}(?P<y4b>{YEAR_NUM}))?
       |(?P<ywprep>\bin)\s+(?P<yw>(?:nineteen|eighteen)\s+{YW_TAIL}|two\s+thousand\s+and\s+(?:{YW_TAIL}|{'|'.join(UNITS)}))(?![\w-]))""", _prep_year),
    "nextn": DateForm("dw", rf"""(?P<nextn>(?:(?P<nw>within)\s+(?:the\s+)?(?:next\s+)?|(?P<nq>next|last|past|previous|coming|upcoming|following)\s+)
        (?P<nn>{NUM})\s+(?P<nu>(?:business\s+|working\s+)?days|weeks|months|years|quarters|decades)\b
       |(?P<nn2>{NUM})\s+(?P<nq2>next|past|upcoming|previous|coming)\s+(?P<nu2>days|weeks|months|years|quarters|decades)\b)""", _next_n),
    "rel": DateForm("w", rf"""(?P<rel>\b(?P<relq>{RELQ})\s+(?P<relu>{RELU})\b)""", _relative),
    "rpart": DateForm("w", r"""(?P<rpart>(?:(?:the\s+)?(?P<rpw>beginning|start|middle|end)\s+of|(?P<rpe>early|mid|late)[\s-]+)\s*(?:the\s+)?
        (?P<rpq>this|next|last|the)\s+(?P<rpu>month|year))""", _rel_part),
    "soon": DateForm("w", r"""(?P<soon>(?P<sw>earlier|later)\s+(?:this|in\s+the)\s+(?P<su>week|month|year)\b)""", _earlier_later),
    "wan": DateForm("dw", rf"""(?P<wan>\bthe\s+week\s+after\s+next\b|(?<=\bthe\s)week\s+(?P<wann>\d{{1,2}})(?![\d:.,]|\s*(?:of|[a-z]))
       |(?P<ym>(?<![\d/.-])(?P<ymy>{YEAR_NUM})-(?P<ymm>[1-9])(?![\d/-])|(?<![\d/.-])(?P<mym>1[0-2]|0?[1-9])-(?P<myy>{YEAR_NUM})(?![\d/-])))""", _week_number),
}
