"""When the story's event took place, and which claims are about another time.

Articles about one event also mention other gatherings and moments: last year's conference and what it
raised, the previous round "held in Baku last October", a review meeting "in Addis Ababa in September",
the treaty "signed in 1978". Their dates, places, counts and amounts are not claims about the event, and
comparing them with the event's is the largest source of false alarms on unseen stories.

The story's own day is where the sources' day-precise dates agree: each source votes once for each day its
dated claims allow (single days and short spans only). A claim is then about another time when its sentence
dates something far from that day and nothing near it ("drew seven countries" in a sentence saying "last
October"); a date claim far from it is another event's date, not a rival date for this one. Relative words
in articles without a publication date ("last year", "next month") are read from the story's day, which is
near enough for telling a year from a week.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

from checker.model.claims import Claim
from checker.mentions.extract import extract_mentions
from checker.mentions.mention import Mention
from checker.model.documents import Document
from checker.text import TextIndex, text_index
from checker.model.dates import DateValue
from checker.model.entities import PeopleSet

# A dated claim votes for the event's day only if it names at most this many consecutive days.
VOTE_SPAN_DAYS = 3
# Another day counts as part of the event (a two-day meeting) when it is this close to the best-backed day
# and backed by at least half as many sources.
EVENT_SPREAD_DAYS = 3
# How far from the event's days a date may lie and still be about the event (or contradict it): a wrong
# weekday is at most six days off, a mistyped day a little more.
NEAR_DAYS = 21
# A date spanning more days than this is coarse ("October", "mid-September"), and near the event only within
# COARSE_NEAR_DAYS.
COARSE_DAYS = 7
COARSE_NEAR_DAYS = 0
# A date spanning more days than this (a year, a decade) neither anchors a sentence to the event nor
# away from it unless it misses the event entirely ("in 1978", "the 2019 meeting" are far; "this year" is not
# near).
PRECISE_DAYS = 31


@dataclass(frozen=True)
class EventTime:
    """The days the story's sources put the event on, and how many sources back the best one."""

    days: frozenset[dt.date]
    support: int

    def distance(self, value: DateValue) -> int | None:
        """Days between the value and the event (0 when they overlap); None when the value has no fixed days."""
        if value.days:
            lo, hi = min(value.days), max(value.days)
            if any(lo <= d <= hi for d in self.days) and (value.contiguous or value.days & self.days):
                return 0
            return min(abs((d - e).days) for d in (lo, hi) for e in self.days) if value.contiguous else \
                min(abs((d - e).days) for d in value.days for e in self.days)
        if value.form == "open":
            return None
        return None


def event_time(claims: Iterable[Claim]) -> EventTime | None:
    """The event's days from the dated claims of every source (None when no source dates it to a day)."""
    votes: Counter[dt.date] = Counter()
    by_source: dict[str, set[dt.date]] = defaultdict(set)
    published: dict[str, dt.date] = {}
    for c in claims:
        v = c.value
        if c.published:
            published[c.source] = c.published
        if isinstance(v, DateValue) and v.days and v.contiguous and len(v.days) <= VOTE_SPAN_DAYS:
            by_source[c.source] |= set(v.days)
    for days in by_source.values():
        votes.update(days)
    if not votes:
        return None
    top = max(votes.values())
    # ties: the day most articles were written within a week of ("14 years ago" against two days of
    # "yesterday"), then the one nearest the middle of their publication, then the earliest, a stable choice
    written = sorted(published.values())
    middle = written[len(written) // 2] if written else None

    def tie(d: dt.date) -> tuple:
        reported = sum(1 for p in written if 0 <= (p - d).days <= 7)
        return -reported, abs((d - middle).days) if middle else 0, d

    best = min((d for d, n in votes.items() if n == top), key=tie)
    days = {d for d, n in votes.items() if 2 * n >= top and (n >= 2 or top == 1)
            and abs((d - best).days) <= EVENT_SPREAD_DAYS}
    return EventTime(frozenset(days), top)


# A clause that describes something named before it ("…, a body set up in 2017, which …", "the meeting, which
# approved the plan for 2028-2030"): its years date that thing, not the claims of the clause it hangs on. The
# sentence's first clause is its subject, not a description ("A roundtable in Accra last year, …, raised $310m").
_DESCRIBES = re.compile(r"\s*(?:which|who|whose|whom|a|an)\b", re.I)
# "the two-day meeting", "a week-long congress" (not "two days ago")
_MULTI_DAY = re.compile(r"\b(?:two|three|four|five|six|seven|2|3|4|5|6|7)[- ]days?\b"
                        r"(?!\s+(?:ago|later|earlier|before|after|back|from\s+now)\b)|\bweek-long\b", re.I)


LONGEST_EVENT_DAYS = 4           # a stated range longer than this is a week or more, not the event ("last week")


def multi_day(claims: Sequence[Claim], event: EventTime | None, texts: Iterable[str]) -> EventTime | None:
    """The event's days when it lasted several: more than one day is backed by sources, and some article
    says so (a range of days, "the two-day meeting"). None otherwise."""
    if event is None:
        return None
    if len(event.days) < 2:         # one day has most votes; a stated range around it ("April 22-23") widens it
        around = [c.value.days for c in claims if isinstance(c.value, DateValue) and c.value.days
                  and c.value.contiguous and 2 <= len(c.value.days) <= LONGEST_EVENT_DAYS
                  and event.days < c.value.days]
        if not around:
            return None
        event = EventTime(frozenset().union(*around), event.support)
    stated = [c.value.days for c in claims if isinstance(c.value, DateValue) and c.value.days
              and c.value.contiguous and 2 <= len(c.value.days) <= LONGEST_EVENT_DAYS]
    ranged = any(days <= event.days for days in stated)
    covering = [days for days in stated if event.days < days]     # "from Thursday 3 to Sunday 6 June"
    if covering:
        event = EventTime(event.days.union(*covering), event.support)
    if ranged or covering or any(_MULTI_DAY.search(t) for t in texts):
        first, last = min(event.days), max(event.days)
        return EventTime(frozenset(first + dt.timedelta(i) for i in range((last - first).days + 1)), event.support)
    return None


def within_event(claims: Sequence[Claim], event: EventTime) -> list[Claim]:
    """Dates of a multi-day event: a day within it stands for the whole event ("opens today", "closed on
    Wednesday" both date the two-day conference); a day outside it stays itself."""
    out = []
    for c in claims:
        v = c.value
        if isinstance(v, DateValue) and v.days and v.days <= event.days and not v.weekday_mismatch:
            c = replace(c, value=DateValue.on_days(event.days, v.label, year_inferred=v.year_inferred,
                                                          stated_weekday=v.stated_weekday))
        out.append(c)
    return out


# A later date after these words is a term or deadline set at the event ("from 2028", "by 2030"), not the
# time the sentence is about.
_LIMIT_BEFORE = re.compile(r"\b(?:from|starting(?:\s+in)?|beginning(?:\s+in)?|by|until|till|through|as\s+of|"
                           r"effective|no\s+later\s+than|deadline\s+of)\s+(?:the\s+)?(?:end\s+of\s+|mid-?)?$", re.I)


_LINE_LABEL = re.compile(r"\s*(?:[—–:|]|-\s)")
_LIST_END = re.compile(r"[,;:(]|\s[–—-]\s")


@dataclass(frozen=True)
class Anchor:
    """A date in a claim's sentence and how it relates to the event: "near", "far" or "neutral"."""

    text: str
    relation: str
    start: int = 0


def relation(value: DateValue, event: EventTime) -> str:
    """Whether a date places its sentence at the event ("near"), at another time ("far"), or says neither.

    A day or a few days are near within :data:`NEAR_DAYS` of the event; a coarser date (a month, "mid-
    September") within a week, so that "in October" is another time than 21 September. A month without a
    year is read in the event's year; a part of the event's month ("mid-June" for 3 June) is near."""
    if value.form == "recurring":
        value = value.with_year(min(event.days).year)
    if value.form == "open":
        return "neutral"
    distance = event.distance(value)
    if distance is None:
        return "neutral"                                  # a weekday of any week: cannot tell
    span = value.span_days or 0
    if span <= COARSE_DAYS:
        far = distance > NEAR_DAYS
    else:                                  # a coarse date: near in the event's month, or within a week of it
        months = {(d.year, d.month) for d in event.days}
        far = distance > COARSE_NEAR_DAYS and not (value.days and {(d.year, d.month) for d in value.days} & months
                                                    and span <= PRECISE_DAYS)
    if far:
        return "far"
    if span > PRECISE_DAYS:
        return "neutral"
    return "near"


def sentence_anchors(doc: Document, index: TextIndex, spans: Sequence[tuple[int, int]], event: EventTime,
                     year_before: re.Pattern | None = None, causes: Causes | None = None
                     ) -> dict[tuple[int, int], list[Anchor]]:
    """The dated anchors of each sentence span, resolved against the article's publication date or, without
    one, the event's first day; and years that name a gathering ("the 2023 summit", ``year_before``)."""
    reference = doc.published or min(event.days)
    heads = {s: doc.text.rfind("\n", 0, s[0]) + 1 for s in spans}      # where each sentence's line starts
    labels = sorted({(h, min(h + 48, len(doc.text))) for s, h in heads.items() if h < s[0]})
    mentions = _dates_in(doc.text, reference, tuple(spans) + tuple(labels))
    out: dict[tuple[int, int], list[Anchor]] = {s: [] for s in spans}
    starts = sorted(spans)
    for m in mentions:
        for s in starts:
            if heads[s] == m.start < s[0] and _LINE_LABEL.match(doc.text, m.end):
                # "14-15 November 2024 — GFA Congress in Lisbon. 124 member associations attend": a date that
                # heads a line dates each sentence of it
                out[s].append(Anchor(m.text, relation(m.value, event), m.start))
        for s in starts:
            if s[0] <= m.start < s[1]:
                rel = relation(m.value, event)
                if rel == "far" and _LIMIT_BEFORE.search(doc.text, max(s[0], m.start - 24), m.start):
                    rel = "neutral"          # "must carry beacons from 2028": a term set at the event
                if rel == "far" and causes is not None and (causes.after.match(doc.text, m.end) or causes.before
                                                            .search(doc.text, max(s[0], m.start - 40), m.start)):
                    rel = "neutral"          # "to rebuild after January's earthquake": when the cause happened
                out[s].append(Anchor(m.text, rel, m.start))
                break
    if year_before is not None:
        for s in starts:
            for y in year_before.finditer(doc.text, s[0], s[1]):
                year = int(y.group(1))
                if all(d.year != year for d in event.days):
                    out[s].append(Anchor(y.group(0), "far", y.start()))
    return out


@lru_cache(maxsize=512)
def _dates_in(text: str, reference: dt.date, spans: tuple[tuple[int, int], ...]) -> tuple[Mention, ...]:
    """The dates that start in ``spans``: a story's claims are filtered twice (before and after the claims in
    another city are set aside) over mostly the same sentences, whose dates are found once."""
    return tuple(extract_mentions(text, reference, frozenset({"date"}), {"date": list(spans)}))


@dataclass(frozen=True)
class Causes:
    """Event words next to which a far date dates the event's cause ("January's earthquake", "the cyclone of
    March"), not the sentence's claims."""

    after: re.Pattern          # matched right after the date
    before: re.Pattern         # searched in the words before it


def cause_words(words: Iterable[str]) -> Causes | None:
    """:class:`Causes` for ``words`` (pack phrases; a trailing * any ending), or None without any."""
    nouns = sorted({w.rstrip("*").lower() for w in words if re.fullmatch(r"[A-Za-z -]+\*?", w)}, key=len, reverse=True)
    if not nouns:
        return None
    alternation = "(?:" + "|".join(map(re.escape, nouns)) + r")\w*"
    return Causes(re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?" + alternation + r"\b", re.I),
                  re.compile(r"\b" + alternation + r"\s+(?:of|in|on|last)\s+(?:the\s+)?$", re.I))


def named_years(event_words: Iterable[str]) -> re.Pattern | None:
    """A year before a gathering's name: "the 2023 summit", "2019 Paris Conference"."""
    nouns = sorted({w.rstrip("*").lower() for w in event_words if re.fullmatch(r"[A-Za-z-]+\*?", w)}, key=len,
                   reverse=True)
    if not nouns:
        return None
    return re.compile(r"(?<![\d,.$€£¥/-])\b((?:19|20)\d\d)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:" + "|".join(map(re.escape, nouns))
                      + r")s?\b", re.I)


@dataclass(frozen=True)
class TimeFilter:
    """The claims kept, and the ones set aside with the reason (for ``checker facts --explain`` and tests)."""

    kept: list[Claim]
    dropped: list[tuple[Claim, str]]


def about_event_time(claims: Sequence[Claim], docs: Mapping[str, Document], event: EventTime | None,
                     indexes: Mapping[str, TextIndex] | None = None, year_before: re.Pattern | None = None,
                     causes: Causes | None = None
                     ) -> TimeFilter:
    """Set aside the claims whose sentence dates them to another time than the event (see the module)."""
    if event is None:
        return TimeFilter(list(claims), [])
    indexes = dict(indexes or {})
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_doc[c.source].append(c)
    reasons: dict[int, str] = {}
    for source, doc_claims in by_doc.items():
        doc = docs[source]
        index = indexes.get(source) or text_index(doc.text)
        sentence_of = {id(c): index.sentence(c.start) for c in doc_claims}
        spans = sorted({(s.start, max(s.end, s.start + 1)) for s in sentence_of.values()})
        anchors = sentence_anchors(doc, index, spans, event, year_before, causes)
        for c in doc_claims:
            s = sentence_of[id(c)]
            found = anchors.get((s.start, max(s.end, s.start + 1)), [])
            if isinstance(c.value, DateValue):
                own = relation(c.value, event)
                if own == "far":
                    reasons[id(c)] = f"dates another time than the event ({c.text!r})"
                continue
            if isinstance(c.value, PeopleSet):       # a list of chairs is dated by its own clause only
                clause = index.clause(c.start, c.end)
                stop = _LIST_END.search(doc.text, c.end, max(clause.end, c.end))
                end = stop.start() if stop else clause.end    # not by a relative clause after its last name
                found = [a for a in found if clause.start <= a.start < end]
            clause = index.clause(c.start, c.end)
            found = [a for a in found if clause.start <= a.start < clause.end
                     or index.clause(a.start, a.start + 1).start <= s.start      # the sentence's subject
                     or not _DESCRIBES.match(doc.text, index.clause(a.start, a.start + 1).start)]
            far = [a for a in found if a.relation == "far"]
            if far and not any(a.relation == "near" for a in found):
                reasons[id(c)] = f"its sentence is about another time ({far[0].text!r})"
                continue
            clause = index.clause(c.start, c.end)          # "..., since it was first floated in Accra in June"
            own = [a for a in found if clause.start <= a.start < clause.end]
            if any(a.relation == "far" for a in own) and not any(a.relation == "near" for a in own):
                reasons[id(c)] = f"its clause is about another time ({own[0].text!r})"
    kept = [c for c in claims if id(c) not in reasons]
    dropped = [(c, reasons[id(c)]) for c in claims if id(c) in reasons]
    return TimeFilter(kept, dropped)


__all__ = ["EventTime", "event_time", "about_event_time", "relation"]
