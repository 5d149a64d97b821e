"""Date forms that name a day: "Thursday, September 4, 2025", "4-5 July 2025", "2025-09-04", "9/4/2025",
"on 10/1", "Monday 21", "Christmas", "today", "three days ago", "the 15th day of next month", "on the 18th",
"the weekend", "Tuesday". Each form is a pattern and the function that reads its match (see
:class:`~checker.mentions.dates.record.DateForm`); the forms' order is :data:`checker.mentions.dates.forms.ORDER`.

A bare weekday with a publication date P stands for that weekday within six days either side of P; without
one, for every such weekday. A date without a year stands for that day in any year, or, with a publication
date, for that day in the nearest year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from checker.mentions.dates import periods
from checker.mentions.dates.reading import (
    REL_SHIFT, VERB_MONTHS, day_value, on_day, parse_offset, read_day, read_month, read_weekday, read_year,
)
from checker.mentions.dates.record import DateForm, Match, Resolved, resolved
from checker.mentions.dates.words import (
    DAY, DAY_AFTER, DAY_CARD, DAY_NUM, DAY_ORD, DURATION, HOLIDAY, MON, NTH_BEFORE, RSEP, WD, WDA, YEAR, YEAR_NUM,
    YEAR_OF, YSEP,
)
from checker.model.dates import DateValue

_MDN_BEFORE = re.compile(rf"(?:\b(?:on|from|between|since|until|till|by|this|next|last)|{WDA}"
                         r"|\d/\d{1,2}(?:\s*[-–]|\s+(?:to|through|and)))\s*$", re.I)

_MDN_RANGE_AFTER = re.compile(r"\s*(?:[-–]|to\b|through\b)\s*\d{1,2}/\d{1,2}")


def _named_day(m: Match, text: str, pub: dt.date | None) -> Resolved | None:
    """ "Thursday, September 4, 2025", "4-5 July 2025", "the 4th of September", "May twenty nine"."""
    form = m.lastgroup
    g = (lambda a, b: m.group(a) if form == "mdy" else m.group(b))
    month_text = g("m1", "m2")
    day_text, day_b_text = g("d1", "d2"), g("d1b", "d2b")
    if month_text.lower() in VERB_MONTHS and month_text[0].islower() and not day_text[0].isdigit():
        return None                                       # "you may one day"
    month = read_month(month_text)
    month_b = read_month(g("m1b", "m2a")) if g("m1b", "m2a") else month
    day, day_b = read_day(day_text), read_day(day_b_text) if day_b_text else None
    year = read_year(g("y1", "y2"), pub) if g("y1", "y2") else None
    if g("y1", "y2") and year is None:
        return None
    wd_text = g("wd1", "wd2")
    weekday = read_weekday(wd_text) if wd_text else None
    value = day_value("", month, day, month_b, day_b, year, weekday, pub)
    spans = {"weekday_span": m.span("wd1" if form == "mdy" else "wd2"),
             "date_span": (m.start("m1") if form == "mdy" else m.start("d2"), m.end(form))} if wd_text else {}
    listed = bool(day_b_text) and bool(re.search(r"\band\b", m.group(form), re.I)) \
        and not re.search(r"\bbetween\s+$", text[max(0, m.start(form) - 9):m.start(form)], re.I)
    return resolved(m, value, has_year=year is not None, parts=(month, day, month_b, day_b or day), listed=listed,
                    **spans)


def _ymd(m: Match, text: str, pub: dt.date | None) -> Resolved | None:
    """ "2019/aug/01", "2019-aug-1"."""
    return resolved(m, on_day(int(m.group("y5")), read_month(m.group("m5")), read_day(m.group("d5"))), has_year=True)


def _numeric(m: Match, text: str, pub: dt.date | None) -> Resolved | None:
    """ "2025-09-04", "2019/8/1", "9/4/2025", "10-1-2018", "20161016": month first, day first where the
    first number cannot be a month; two-digit years are 20xx up to 69, then 19xx."""
    label = m.group(m.lastgroup)
    if m.lastgroup == "compact":
        return resolved(m, on_day(int(label[:4]), int(label[4:6]), int(label[6:])), has_year=True)
    parts = [int(x) for x in re.split(r"[-/]", label)]
    if m.lastgroup == "iso":
        return resolved(m, on_day(parts[0], parts[1], parts[2]), has_year=True)
    month, day, year = parts
    if month > 12 >= day:
        month, day = day, month
    if year < 100:
        year += 2000 if year < 70 else 1900
    return resolved(m, on_day(year, month, day), has_year=True)


def _month_day_digits(m: Match, text: str, pub: dt.date | None) -> Resolved | None:
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
    return resolved(m, day_value("", month, day, month, None, year, None, pub), has_year=year is not None,
                    parts=(month, day, month, day))


def _weekday_day(m: Match, text: str, pub: dt.date | None) -> Resolved | None:
    """ "Monday 21", "Thu 14th", "Tuesday the eleventh": that day of a month that falls on that weekday,
    in the months nearest the publication date (the last before it and the first after it)."""
    weekday = read_weekday(m.group("wddw"))
    day = read_day(m.group("wddt") or m.group("wddn"))
    if pub is None:
        return resolved(m, DateValue.every(weekday, ""))
    days = []
    for k in range(-14, 15):
        year, month = divmod(pub.year * 12 + pub.month - 1 + k, 12)
        try:
            d = dt.date(year, month + 1, day)
        except ValueError:
            continue
        if d.weekday() == weekday:
            days.append(d)
    return resolved(m, DateValue.on_days(periods.nearest(days, pub), "", stated_weekday=weekday), has_year=True)


def _holiday(m: Match, text: str, pub: dt.date | None) -> Resolved | None:
    """ "Christmas", "Easter 2018", "last Easter", "Independence Day of this year"."""
    name = re.sub(r"\s+", " ", m.group("hname").lower()).replace("’", "'")
    rule = periods.HOLIDAYS.get(name)
    if rule is None:
        return None
    if m.group("hy"):
        return resolved(m, DateValue.on_days([rule(int(m.group("hy")))], ""), has_year=True)
    if pub is None:
        return None
    if m.group("hrel"):
        return resolved(m, DateValue.on_days([rule(pub.year + REL_SHIFT[m.group("hrel").lower()])], ""), has_year=True)
    days = [rule(y) for y in range(pub.year - 2, pub.year + 3)]
    q = (m.group("hq") or "").lower()
    if q in ("last", "previous"):
        chosen = [max(d for d in days if d < pub)]
    elif q in ("next", "following", "coming"):
        chosen = [min(d for d in days if d > pub)]
    elif q == "this":
        chosen = [rule(pub.year)]
    else:
        chosen = periods.nearest(days, pub)
    return resolved(m, DateValue.on_days(chosen, ""), has_year=True)


def _named_day_offset(m: Match, text: str, pub: dt.date | None) -> Resolved | None:
    """ "today", "yesterday", "the day after tomorrow"."""
    if pub is None:
        return None
    word = re.sub(r"\s+", " ", m.group("day").lower())
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "tmrw": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2}[word]
    return resolved(m, DateValue.on_days([pub + dt.timedelta(offset)], ""), has_year=True)


def _ago(m: Match, text: str, pub: dt.date | None) -> Resolved | None:
    """ "three days ago", "in two weeks", "a fortnight later": from the publication date."""
    return resolved(m, parse_offset(m.group("ago"), pub), has_year=True)


def _nth(m: Match, text: str, pub: dt.date | None) -> Resolved | None:
    """ "on the 18th": that day of the month before or after the publication date (or of any month)."""
    day = read_day(m.group("nthd"))
    if pub is None:
        return None
    days = []
    for k in (-1, 0, 1):
        year, month = divmod(pub.year * 12 + pub.month - 1 + k, 12)
        if day <= calendar.monthrange(year, month + 1)[1]:
            days.append(dt.date(year, month + 1, day))
    return resolved(m, DateValue.on_days(periods.nearest(days, pub), ""), m.span("ntht"), has_year=True)


def _day_of(m: Match, text: str, pub: dt.date | None) -> Resolved | None:
    """ "the 15th day of next month", "the twenty third day of September"."""
    day = read_day(m.group("dod"))
    if m.group("dom"):
        month = read_month(m.group("dom"))
        return resolved(m, day_value("", month, day, month, None, None, None, pub), parts=(month, day, month, day))
    if pub is None:
        return None
    first = periods.shift(pub.replace(day=1), REL_SHIFT.get(m.group("dorel").lower(), 0), "month")
    return resolved(m, on_day(first.year, first.month, day), has_year=True)


def _nth_of_month(m: Match, text: str, pub: dt.date | None) -> Resolved | None:
    """ "the 21st this month", "the 5th of next month"."""
    if pub is None:
        return None
    first = periods.shift(pub.replace(day=1), REL_SHIFT[m.group("nthmq").lower()], "month")
    return resolved(m, on_day(first.year, first.month, read_day(m.group("nthmd"))), has_year=True)


def _weekend(m: Match, text: str, pub: dt.date | None) -> Resolved | None:
    """ "the weekend": the Saturday and Sunday nearest the publication date, before or after it."""
    if pub is None:
        return None
    monday = periods.monday_of(pub)
    past, coming = monday - dt.timedelta(2), monday + dt.timedelta(5)
    if pub.weekday() >= 5:
        return resolved(m, DateValue.day_range(monday + dt.timedelta(5), monday + dt.timedelta(6), ""), has_year=True)
    return resolved(m, DateValue.on_days([past, past + dt.timedelta(1), coming, coming + dt.timedelta(1)], ""),
                    has_year=True)


def _bare_weekday(m: Match, text: str, pub: dt.date | None) -> Resolved | None:
    """ "Tuesday": the Tuesdays within six days of the publication date, or every Tuesday."""
    weekday = read_weekday(m.group("wd"))
    if pub is None:
        return resolved(m, DateValue.every(weekday, ""))
    days = [pub + dt.timedelta(i) for i in range(-6, 7) if (pub + dt.timedelta(i)).weekday() == weekday]
    return resolved(m, DateValue.on_days(days, "", stated_weekday=weekday), has_year=True)


# The forms of this module, by name (the name of each pattern's outer group).
FORMS: dict[str, DateForm] = {
    "hol": DateForm("w", rf"""(?P<hol>(?:(?P<hq>this|next|last|previous|following|coming)\s+)?(?P<hname>{HOLIDAY})
        (?:\s+(?:of\s+)?(?:(?P<hy>{YEAR_NUM})|(?P<hrel>this|next|last)\s+year))?)""", _holiday),
    "mdy": DateForm("w", rf"""(?P<mdy>(?:(?P<wd1>{WDA}),?\s+)?(?P<m1>{MON})(?:\s+(?:the\s+)?|[-/]|,\s+(?=\d{{1,2}}(?:st|nd|rd|th)\b)|(?<=[a-z])(?=\d{{1,2}}\b))(?P<d1>{DAY_AFTER})
        (?:(?:{RSEP}|\s+and\s+)(?:(?P<m1b>{MON})\s+)?(?:the\s+)?(?P<d1b>{DAY_AFTER}))?(?:{YSEP}(?P<y1>{YEAR_OF}))?)""", _named_day),
    "dmy": DateForm("dw", rf"""(?P<dmy>(?:(?P<wd2>{WDA}),?\s+)?(?:the\s+)?(?P<d2>{DAY}|{DAY_CARD}(?=\s+{MON}\s+{YEAR}))
        (?:(?:{RSEP}|\s+and\s+)(?:the\s+)?(?P<d2b>{DAY})(?:\s+(?:of\s+)?(?P<m2a>{MON}))?)?(?:\s+of\s+|\s+|[-/])(?P<m2>{MON})
        (?:{YSEP}(?P<y2>{YEAR_OF}))?)""", _named_day),
    "ymd": DateForm("d", rf"""(?P<ymd>(?<![\d/.-])(?P<y5>{YEAR_NUM})[-/](?P<m5>{MON})[-/](?P<d5>{DAY_NUM}))""", _ymd),
    "iso": DateForm("d", r"""(?P<iso>(?<![\d/.])(?<!\d-)\d{4}[-/]\d{1,2}[-/]\d{1,2}(?![\d/]|-\d))""", _numeric),
    "num": DateForm("d", r"""(?P<num>(?:(?<=\d/\d-)|(?<=\d/\d\d-)|(?<=[/-]\d\d\d\d-)|(?<![\d/.-]))\d{1,2}(?P<nsep>[/-])\d{1,2}(?P=nsep)(?:\d{4}|(?<=/)\d\d)
        (?![\d/]|-\d(?!\d?[/-]\d)))""", _numeric),
    "compact": DateForm("d", r"""(?P<compact>(?<![\d.,])(?:19|20)\d{6}(?![\d,]|\.\d))""", _numeric),
    "mdn": DateForm("d", rf"""(?P<mdn>(?<![\d/.,])\d{{1,2}}/\d{{1,2}}(?![/\d]|\.\d)(?:,\s*(?P<mdny>{YEAR_NUM}))?)""", _month_day_digits),
    # A weekday and a day of the month: "Monday 21", "Thu 14th"; "on Tuesday 30 people died" is no date.
    "wdd": DateForm("w", rf"""(?P<wdd>(?P<wddw>{WDA})\s*,?\s+(?:the\s+(?P<wddt>{DAY_NUM}|{DAY_ORD})|(?P<wddn>{DAY_NUM})(?:(?<=st|nd|rd|th)|(?!\s*[a-z\d])))
        (?!\s*(?:[-/.]\s*\d|of\b|{MON}|\d)))""", _weekday_day),
    "day": DateForm("w", r"""(?P<day>\b(?:today|tonight|yesterday|tomorrow|tmrw|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow))""", _named_day_offset),
    "ago": DateForm("dw", rf"""(?P<ago>\b(?:{DURATION}\s+(?:ago|earlier|later|from\s+now|hence)|in\s+{DURATION}|a\s+fortnight\s+later|in\s+a\s+fortnight)\b)""", _ago),
    "dayof": DateForm("dw", rf"""(?P<dayof>(?:the\s+)?(?P<dod>{DAY_NUM}|{DAY_ORD})\s+day\s+of\s+(?:(?P<dom>{MON})|(?P<dorel>the|this|next|last)\s+month))""", _day_of),
    "nthm": DateForm("w", rf"""(?P<nthm>\bthe\s+(?P<nthmd>{DAY_NUM}|{DAY_ORD})(?<=[a-z])\s+(?:of\s+)?(?P<nthmq>this|next|last)\s+month\b)""", _nth_of_month),
    "nth": DateForm("w", rf"""(?P<nth>(?P<nthp>{NTH_BEFORE})\s+(?P<ntht>the\s+(?P<nthd>{DAY_NUM}|{DAY_ORD}))(?<=[a-z])(?!\s*(?:of\b|[a-z\d])))""", _nth),
    "wkend": DateForm("w", r"""(?P<wkend>\bthe\s+weekend\b)""", _weekend),
    "wd": DateForm("w", rf"""(?P<wd>\b{WD})""", _bare_weekday),
}
