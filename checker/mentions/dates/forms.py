"""All date forms as one matcher: :func:`date_at` tries, at one position, the forms in :data:`ORDER`, and
:func:`read` hands a match to the reader of the form that matched.

The forms are the alternatives of two patterns, those that start with a digit and the others; each form's
named group closes last (``match.lastgroup``), which names the form whose reader reads the match.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from checker.mentions.dates import days, stretches
from checker.mentions.dates.record import DateForm, DateMatch, Match
from checker.mentions.scan import OnText, lowered, plain
from checker.model.dates import DateValue
from checker.regexcache import compiled

FORMS: dict[str, DateForm] = {**days.FORMS, **stretches.FORMS}
# The order in which the forms are tried at a position: the first that matches is taken, so a longer or
# more specific form comes before one that matches a part of it ("4 July 2025" before "July 2025").
ORDER = ("hol", "qtr", "span", "mon", "wk", "mdy", "dmy", "ymd", "iso", "num", "compact", "mdn", "wdd", "dec",
         "ypart", "my", "yrange", "yr", "nextn", "rel", "day", "ago", "dayof", "rpart", "soon", "wan", "nthm", "nth",
         "wkend", "wd")
assert sorted(ORDER) == sorted(FORMS), "every form has its place in ORDER"

# One pattern for the forms that may start with a digit ("d"), one for the others ("w"): a start is tried
# only against the forms that may begin with its first character (each half costs about half the whole).
_SOURCES = {start: "|".join(FORMS[name].pattern for name in ORDER if start in FORMS[name].starts) for start in "dw"}
# The forms run as plain patterns over the lower-case text (see scan.lowered), a third faster than
# case-insensitive ones; case-insensitive over texts where that would not be exact (compiled when needed).
_PLAIN_FORMS = {start: plain(source, re.I | re.X) for start, source in _SOURCES.items()}
_DIGITS = re.compile(r"\d+")
_AFTER_DIGITS = re.compile(r"[\s\-–—~/'snrtqhu]", re.I)


@lru_cache(maxsize=2)
def forms_pattern(start: str) -> re.Pattern:
    """The case-insensitive pattern of the forms that may start with a digit ("d") or not ("w")."""
    return compiled(_SOURCES[start], re.I | re.X)


def date_at(text: str, start: int) -> Match | None:
    """The date form that matches at ``start``, trying only the forms that may start there: those starting
    with a digit, or the others (letters, and the comparison signs of "<= 2019"). At digits that no space,
    separator ("-", "/", "–", "~", "to", "until") or suffix ("4th", "1990s", "1990's", "2019Q1") follows,
    none of them can match, except an 8-digit date ("20161016"), and none is tried."""
    if text[start].isdigit():
        digits = _DIGITS.match(text, start)
        if digits and digits.end() - start != 8 and not _AFTER_DIGITS.match(text, digits.end()):
            return None
        kind = "d"
    else:
        kind = "w"
    low = lowered(text)
    if low is None:
        return forms_pattern(kind).match(text, start)
    m = _PLAIN_FORMS[kind].match(low, start)
    return None if m is None else OnText(m, text)


def read(m: Match, text: str, pub: dt.date | None) -> tuple[DateValue, int, int, DateMatch] | None:
    """The match of a form read by that form's reader: the days it allows (labelled with its quote), where
    the mention is, and how it was read; None where the match is no date after all."""
    form = m.lastgroup
    got = FORMS[form].resolve(m, text, pub)
    if got is None:
        return None
    start, end = got.span or m.span(form)
    value = got.value
    return (replace(value, label=text[start:end]) if not value.label else value), start, end, got.match
