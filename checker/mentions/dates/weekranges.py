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
