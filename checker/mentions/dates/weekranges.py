"""Ranges of bare weekdays: "from Monday to Friday", "Monday–Friday", "between Tuesday and Thursday"."""

from __future__ import annotations

import datetime as dt
import re

from checker.mentions.dates.record import DateMatch
from checker.mentions.mention import Mention
from checker.model.dates import DateValue

# Verbs that move an event from one day to another: "moved from Tuesday to Thursday" names two dates, no span.
_MOVED_BEFORE = re.compile(r"\b(?:mov|postpon|push|brought|bring|shift|chang|reschedul|delay|advanc|put\s+back|"
                           r"put\s+off)\w*\b[^.;:!?]{0,40}$", re.I)


def weekday_range(a: Mention, b: Mention, text: str, start: int) -> Mention | None:
    """ "from Monday to Friday", "Monday–Friday", "between Tuesday and Thursday" (starting at ``start``, its
    "from" or "between"): the days from each day ``a`` may be to the next ``b`` weekday after it (the fact
    stage's tense then picks the week), unless a verb of moving the event says the two days are before and
    after a change."""
    if _MOVED_BEFORE.search(text, max(0, start - 60), start) or a.value.stated_weekday is None \
            or b.value.stated_weekday is None or not a.value.days:
        return None
    days: set[dt.date] = set()
    for first in a.value.days:
        last = first + dt.timedelta((b.value.stated_weekday - first.weekday()) % 7 or 7)
        days.update(first + dt.timedelta(k) for k in range((last - first).days + 1))
    value = DateValue.on_days(days, text[start:b.end])
    return Mention("date", start, b.end, text[start:b.end], value, DateMatch("wd", has_year=True))


# Between the weekdays of a list or range of days: an optional day number of the one before, then a
# separator ("Tuesday 9, Wednesday 10 and Thursday 11 June", "from Tuesday 9 to Thursday 11 June 2026").
_LINK = re.compile(r"(?:\s+(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?)?(?P<sep>\s*,\s*(?:and\s+)?|\s+and\s+|\s*[-–—]\s*|"
                   r"\s+(?:to|through|till|until)\s+)", re.I)
_DAY_IN = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")


def weekday_days(mentions: list[Mention], text: str) -> list[Mention]:
    """Weekdays listed before a full date share its month ("on Tuesday 9, Wednesday 10 and Thursday 11 June
    2026", "from Tuesday 9 to Thursday 11 June 2026"): the run becomes one mention of the days from the
    first to the last (a range) or of the days listed, when every weekday falls on its day (or within the six
    days before the date)."""
    out = list(mentions)
    i = len(out) - 1
    while i > 0:
        last = out[i]
        yearless = _yearless_range(out[i - 1], last, text)
        if yearless is not None:                 # "from Thursday 3 to Sunday 6 June" in an undated article
            out[i - 1:i + 1] = [yearless]
            i -= 2
            continue
        if last.detail is None or last.detail.form not in ("dmy", "mdy") or not last.value.days \
                or len(last.value.days) != 1:
            i -= 1
            continue
        end_day = last.value.first
        j, first_day = i, end_day
        listed, ranged = [end_day], False
        while j > 0:
            prev = out[j - 1]
            link = _LINK.fullmatch(text, prev.end, out[j].start)
            if prev.detail is None or prev.detail.form not in ("wd", "wdd") or link is None \
                    or prev.value.stated_weekday is None:
                break
            number = link.group("day") or (_DAY_IN.findall(prev.text) or [None])[-1]
            day = _day_before(first_day, prev.value.stated_weekday, int(number) if number else None)
            if day is None:
                break
            j, first_day = j - 1, day
            listed.append(day)
            ranged = ranged or not re.fullmatch(r"\s*,\s*(?:and\s+)?|\s+and\s+", link.group("sep"))
        if j < i:
            start = out[j].start
            start = _FROM_BEFORE.search(text, max(0, start - 12), start).start() \
                if _FROM_BEFORE.search(text, max(0, start - 12), start) else start
            days = {first_day + dt.timedelta(k) for k in range((end_day - first_day).days + 1)} if ranged else listed
            value = DateValue.on_days(days, text[start:last.end])
            out[j:i + 1] = [Mention("date", start, last.end, text[start:last.end], value,
                                    DateMatch("range", has_year=True))]
            i = j
        i -= 1
    return out


_FROM_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.I)


def _yearless_range(prev: Mention, last: Mention, text: str) -> Mention | None:
    """ "from Thursday 3 to Sunday 6 June" without a year anywhere to read it in: the days 3 to 6 of June of
    the year the story gives it later (a recurring range; the weekdays cannot be checked without a year)."""
    v = last.value
    if last.detail is None or last.detail.form not in ("dmy", "mdy") or v.form != "recurring" \
            or v.day_lo != v.day_hi or prev.detail is None or prev.detail.form not in ("wd", "wdd"):
        return None
    link = _LINK.fullmatch(text, prev.end, last.start)
    number = (link.group("day") or (_DAY_IN.findall(prev.text) or [None])[-1]) if link else None
    if number is None or re.fullmatch(r"\s*,\s*(?:and\s+)?|\s+and\s+", link.group("sep")) \
            or not 1 <= int(number) < v.day_lo:
        return None
    start = prev.start
    before = _FROM_BEFORE.search(text, max(0, start - 12), start)
    start = before.start() if before else start
    value = DateValue.recurring(v.month, int(number), v.day_lo, text[start:last.end])
    return Mention("date", start, last.end, text[start:last.end], value, DateMatch("range", has_year=False))


def _day_before(after: dt.date, weekday: int, number: int | None) -> dt.date | None:
    """The day on ``weekday`` in the six days before ``after`` (with day of the month ``number``, if given)."""
    for k in range(1, 7):
        day = after - dt.timedelta(k)
        if day.weekday() == weekday:
            return day if number is None or day.day == number else None
    return None
