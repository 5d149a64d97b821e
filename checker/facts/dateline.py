"""An article's dateline: the day it was written when no metadata says so, and the written date as a claim
when the article dates the event to its own day."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Sequence

from checker.mentions import Mention, extract_mentions
from checker.mentions.places import gazetteer
from checker.model.claims import AlignContext, Claim
from checker.model.dates import DateValue
from checker.model.documents import Document
from checker.model.entities import Place
from checker.model.pack import Pack
from checker.text import TextIndex

DATELINE_CHARS = 300       # where an article's dateline stands: "**MEDIA RELEASE – 26 August 2027**"
LEAD_CHARS = 400           # an article's lead: what it reports first

# What may stand before the date on a dateline: up to two capitalised place names, each followed by a comma
# ("Bogotá, ", "CUENCA, Ecuador, "); after it, the line ends or the story starts after a dash or bracket.
_BEFORE = re.compile(r"[ \t*_#>]*(?:[A-ZÀ-Þ][\w.'’ -]{0,40},[ \t]*){0,2}(?:on[ \t]+)?")
_AFTER = re.compile(r"[ \t*_]*(?:$|[-–—(:|])", re.M)
# An article's first line that names its outlet and ends with the day it appeared: "EXPLAINER — Balkan Insight
# Weekly, 7 February 2028", 'BALKAN TELEVISION — "Dnevnik" evening news, 3 February 2028'.
_MASTHEAD = re.compile(r"[^\n.!?]{3,100},[ \t]*")
_LINE_END = re.compile(r"[ \t*_\]]*$", re.M)


@lru_cache(maxsize=64)
def _head_dates(head: str, reference: dt.date | None) -> tuple[Mention, ...]:
    """The dates of an article's head: the article's dateline day, the dates its head holds and the written
    date of an event held "today" all read them, once per article."""
    return tuple(extract_mentions(head, reference, frozenset({"date"})))


def dateline_day(text: str, near: dt.date | None = None) -> dt.date | None:
    """The date that a line near the top holds on its own or after a place, as statements and releases without
    metadata date themselves ("Bogotá, 17 September 2027"); with ``near`` (the day the story's other articles
    were published), also a wire's dateline without a year ("ADDIS ABABA, Nov 16 (AFP) -"), in the year that
    puts it nearest. None when there is none, or when two such lines disagree."""
    head = text[:DATELINE_CHARS]
    days = set()
    for m in _head_dates(head, near):                               # a yearless date read against ``near``
        if not m.value.days or len(m.value.days) != 1 or m.value.month is not None or not re.search(r"\d", m.text):
            continue
        if near is None and not re.search(r"\d{4}", m.text):
            continue
        line_start = head.rfind("\n", 0, m.start) + 1
        if _BEFORE.fullmatch(head, line_start, m.start) and _AFTER.match(head, m.end) or (
                not head[:line_start].strip() and _MASTHEAD.fullmatch(head, line_start, m.start)
                and re.search(r"\d{4}", m.text) and _LINE_END.match(head, m.end)):
            days.update(m.value.days)
    return days.pop() if len(days) == 1 else None


def dateline_starts(text: str, published: dt.date | None) -> set[int]:
    """Where the dates of a dateline start ("**Santo Domingo, 18 June 2027** - The conference, held on
    Thursday, …"): the day the article was written, no claim about the event's (see :func:`dateline_claims`)."""
    head = text[:DATELINE_CHARS]
    out = set()
    for m in _head_dates(head, published):
        line_start = head.rfind("\n", 0, m.start) + 1
        if re.search(r"\d", m.text) and _BEFORE.fullmatch(head, line_start, m.start) and _AFTER.match(head, m.end):
            out.add(m.start)
    return out


def dated_by_datelines(docs: Sequence[Document]) -> list[Document]:
    """The story's articles, those without a publication date dated by their dateline (see :func:`dateline_day`),
    a yearless one in the year nearest the day the others were published."""
    known = sorted(d.published for d in docs if d.published)
    near = known[len(known) // 2] if known else None
    out = []
    for d in docs:
        day = dateline_day(d.text, near) if d.published is None else None
        out.append(replace(d, published=day) if day else d)
    return out


def dateline_claims(doc: Document, index: TextIndex, pack: Pack, claims: list[Claim],
                    make_claim: Callable[..., Claim]) -> list[Claim]:
    """The date of the dateline as a claim too, when the article dates the event to its own day ("announced
    today"): a reader quotes the written date, and it adds no rival value (it equals the claim of "today")."""
    if doc.published is None:
        return []
    day = frozenset({doc.published})
    if not any(isinstance(c.value, DateValue) and c.value.days == day for c in claims):
        return []                    # most articles: nothing dated to their own day, no head to read
    written = [m for m in _head_dates(doc.text[:DATELINE_CHARS], doc.published)
               if m.value.days == day and m.value.month is None and re.search(r"\d{4}", m.text)]
    out: list[Claim] = []
    for fact in pack.facts.values():
        if "date" not in fact.mentions or not written:
            continue
        today = [c for c in claims if c.fact == fact.name and isinstance(c.value, DateValue) and c.value.days == day
                 and all(c.start != m.start for m in written)]
        for context in dict.fromkeys(c.context for c in today):     # aligned with each claim of "today"
            out.extend(make_claim(doc, index, fact.name, m.start, m.end, m.value, context) for m in written)
    return out


# A wire's dateline: the city in capitals or as written, then an optional country and date, an agency in
# brackets or a dash, and the story on the same line ("SUVA, Fiji (AP) — Attorneys-general ...").
_WIRE_DATELINE = re.compile(r"^[ \t*_]*(?!The\b)([A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*){0,3})[ \t*_]*"
                            r"(?:,[ \t]*[A-Z0-9][\w.'’]*(?:[ \t]+[A-Z0-9][\w.'’]*){0,3}){0,2}[ \t]*"
                            r"(?:\([A-Z][^)\n]{0,40}\)[ \t]*[-–—:]?|[-–—])[ \t]+(?=\S)", re.M)


def dateline_place_claims(doc: Document, index: TextIndex, pack: Pack, claims: list[Claim],
                          make_claim: Callable[..., Claim]) -> list[Claim]:
    """The city of a wire's dateline as a location claim, for an article that names no other place for the
    event or names the same one: wire copy often says where only there ("ADDIS ABABA, Nov 16 (AFP) - Ministers
    ... adopted") or in other words ("in the Ethiopian capital")."""
    m = _WIRE_DATELINE.search(doc.text, 0, DATELINE_CHARS)
    if m is None:
        return []
    written = m.group(1)
    place = gazetteer().lookup(written) or gazetteer().lookup(written.title())
    if place is None or place.place_type != "city":
        return []
    out = []
    for fact in pack.facts.values():
        named = [c for c in claims if c.fact == fact.name and isinstance(c.value, Place)]
        if "place" not in fact.mentions or any(c.value.virtual and c.start < LEAD_CHARS for c in named) or (
                named and not any(c.value.intersects(place) for c in named if not c.value.virtual)):
            continue                  # a dateline elsewhere than the place the article names, or on a lead
                                      # about a meeting held online: where it was filed
        out.append(make_claim(doc, index, fact.name, m.start(1), m.end(1), place, AlignContext()))
    return out
