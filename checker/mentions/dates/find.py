"""Finding dates in a text: trigger words, where a date may start around them, the cuts of the date
extractor, and :func:`find_dates`, which reads every date form found (:mod:`~checker.mentions.dates.forms`)
and combines neighbours (:mod:`~checker.mentions.dates.combine`)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator, Sequence

from checker.mentions.dates import periods
from checker.mentions.dates.combine import combine_all
from checker.mentions.dates.forms import date_at, read
from checker.mentions.dates.words import (
    DAY_CARDINALS, DAY_ORDINALS, FULL_MONTHS, MONTHS, TEENS, WEEKDAY_ABBR, WEEKDAYS,
)
from checker.mentions.mention import Mention
from checker.mentions.scan import UNUSED, Cuts, Offsets, WordBefore, lowered, plain, scan, word_trie

# Every date expression contains one of these; the full pattern is tried only around them (see scan.py).
# The words form one trie (fast); which kind of trigger a word is, and so how far back a date may start, is
# looked up afterwards.
_TRIGGER_WORDS = {w: "month" for w in MONTHS}
_TRIGGER_WORDS.update({w: "offset" for w in ("ago", "earlier", "later", "now", "hence")})
_TRIGGER_WORDS.update({w: "unit" for w in ("week", "weeks", "weekend", "day", "days", "month", "months", "year",
                                           "years", "fortnight")})
_TRIGGER_WORDS.update({w: "holiday" for w in ("easter", "christmas", "halloween", "thanksgiving", "valentine",
                                              "patrick")})
_TRIGGER_WORDS.update({w: "part" for w in ("nineteen", "thousand")})
_TRIGGER_WORDS.update({w: "rel" for w in list(WEEKDAYS) + list(WEEKDAY_ABBR) + [
    "today", "tonight", "yesterday", "tomorrow", "tmrw", "last", "next", "this", "coming", "past", "previous",
    "following", "current"]})
# The letters a trigger word can start with (those of "black friday" and "end of", "mid this" included): a
# lookahead for them lets the engine pass over other characters at once (about 7% of the pattern's time).
_STARTS = "".join(sorted({w[0] for w in _TRIGGER_WORDS} | set("bgembsl")))
_TRIGGER = re.compile(
    rf"(?=[\d{_STARTS}])(?:(?P<digits>\d+)|(?<!\w)(?=[{_STARTS}])(?:(?P<word>" + word_trie(_TRIGGER_WORDS) + r")"
    r"|(?P<holiday>(?:black|good)\s+friday)"
    r"|(?P<part>(?:end|beginning|middle|start)\s+of|(?:early|mid|late|earlier|later)[\s-]+(?:this|next|last|in)))(?!\w))",
    re.I,
)
_TRIGGER_PLAIN = plain(_TRIGGER)          # the same, over the lower-case text (see scan.lowered)


# Words a date expression can start with or run through before its trigger ("the first quarter of 2013",
# "between the ninth and the seventeenth of April", "international workers' day"). A start is tried only
# after such words, which spares most of the tries before the many numbers in a text.
_LEAD_WORDS = frozenset(
    "the a an in on of since by during until till before after from through throughout year calendar between and "
    "to than no not later earlier greater less early mid late beginning start middle end first second third "
    "fourth fifth last week weeks quarter half month months day days year years within next this past previous "
    "coming following upcoming couple few several for".split()
    + list(MONTHS) + list(WEEKDAYS) + list(WEEKDAY_ABBR) + list(DAY_ORDINALS) + list(DAY_CARDINALS)
    + [w.strip("'") for name in periods.HOLIDAYS for w in name.split()] + TEENS
    + ["twenty", "thirty", "hundred", "thousand", "-", "–", "~", "&", "<", ">", "=", "<=", ">=", "< =", "> ="])
_PUNCT = "()[]“”\"‘,.;:!?"
_LOOKBACK = {"month": 6, "digits": 3, "offset": 4, "unit": 2, "holiday": 3, "part": 2}


def _lookback(trigger: re.Match) -> int:
    """How many words before a trigger a date may start: "the beginning of September", "in the year 2009",
    "a few days ago", "the first quarter of 2013" — counting only words that can lead a date; a weekday or
    "last"/"next" starts its own expression."""
    group = trigger.lastgroup
    if group == "word":
        group = _TRIGGER_WORDS[trigger.group("word").lower()]
    limit = _LOOKBACK.get(group, 0)
    if not limit:
        return 0
    text, pos = trigger.string, trigger.start()
    n = 0
    if pos and not text[pos - 1].isspace():
        n = 1                                          # the trigger is inside a token: "Dec31", "q3", "=2019"
    words = text[max(0, pos - 80):pos].split()
    if n and words:
        words.pop()
    for word in reversed(words):
        if n >= limit:
            break
        lead = word.strip(_PUNCT).lower().replace("’", "'").strip("'")
        if not (lead in _LEAD_WORDS or lead[:1].isdigit()):
            break
        n += 1
    return n


# A date takes in a full stop only after an abbreviated month or weekday ("Jan.", "Tue.") or in a holiday's
# name ("St. Patrick's Day"), and none of the characters of scan.UNUSED, nor "$": so every other full stop,
# the end of most sentences, is a cut (see scan.Cuts).
_DOT_WORDS = sorted({m for m in MONTHS if m not in FULL_MONTHS} | set(WEEKDAY_ABBR)
                    | {w[:i] for name in periods.HOLIDAYS for w in name.split() for i, c in enumerate(w) if c == "."})
_DOT_WORD_BEFORE = WordBefore(_DOT_WORDS)


def _cut_at(text: str, i: int) -> bool:
    return text[i] != "." or not _DOT_WORD_BEFORE(text, i)


CUTS = Cuts(re.compile("[" + re.escape(UNUSED + "$.") + "]"), _cut_at)


def find_dates(text: str, published: dt.date | None = None, spans: Sequence[Offsets] | None = None) -> Iterator[Mention]:
    """Every date expression in ``text`` with the set of days it allows. Neighbours combine: alternatives
    ("either Jan. 10 or Jan. 11"), ranges ("from May 3 to May 5"), a weekday of a week ("Tuesday of next
    week"), the week of a day and offsets ("two weeks after January 15").

    With ``spans``, only the text around them is read (:meth:`Cuts.regions`): the result is then every date
    of the whole-text result that starts in those regions, which hold the spans."""
    base: list[Mention] = []
    low = lowered(text)
    for m in scan(date_at, _TRIGGER if low is None else _TRIGGER_PLAIN, text, lookback=_lookback,
                  regions=CUTS.regions_or_all(spans, text), trigger_text=low):
        found = read(m, text, published)
        if found is not None:
            value, start, end, how = found
            base.append(Mention("date", start, end, text[start:end], value, how))
    # Neighbours combine only across what lies between them (spaces, "or", "to", a comma, a bracket), never
    # across a cut, so mentions of different regions never combine: combining them all at once is exact.
    mentions = combine_all(base, text, published)
    yield from mentions
