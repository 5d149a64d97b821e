"""Typed values found in a text, with exact character offsets and no knowledge of rules.

Each extractor module finds one kind of mention with compiled patterns over the text:
:mod:`~checker.mentions.dates`, :mod:`~checker.mentions.counts`, :mod:`~checker.mentions.money`,
:mod:`~checker.mentions.people` and :mod:`~checker.mentions.places` (dates are read in three steps:
:mod:`~checker.mentions.dateforms` matches, :mod:`~checker.mentions.dateresolve` resolves,
:mod:`~checker.mentions.datecombine` joins neighbours). :func:`extract_mentions` runs them all
and settles overlaps (a number inside a date or an amount of money is not also a count). A caller that needs
the mentions of some spans only (the fact stage) passes them, and the extractors read only the text around
them, with the same result there (see :mod:`~checker.mentions.scan`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from dataclasses import dataclass
from typing import Any, Mapping, Sequence


@dataclass(frozen=True)
class Mention:
    """One typed value in a text: ``text[start:end]`` is exactly what the article says."""

    kind: str            # date | count | money | person | place | virtual
    start: int
    end: int
    text: str
    value: Any           # kind-specific: DateValue, Quantity, Amount, Person, Place
    data: dict | None = None   # extraction details the fact stage may use (qualifier, following words …)


def extract_mentions(text: str, published: dt.date | None = None, kinds: frozenset[str] | None = None,
                     spans: Mapping[str, Sequence[tuple[int, int]]] | None = None) -> list[Mention]:
    """All mentions of the requested ``kinds`` (default: all) in ``text``, ordered by position.

    ``spans`` (mention kind -> spans of the text) says where mentions of a kind are wanted, when not
    everywhere: only those that start inside one of its spans are returned, exactly as the whole-text
    extraction finds them, and the extractors read only the text around the spans (the fact stage knows where
    a fact could use a mention; most of an article is not such a place).
    """
    from checker.mentions import counts, dates, money, people, places

    want = kinds or frozenset({"date", "count", "money", "person", "place", "virtual"})
    where = dict(spans or {})
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    # A number inside a date or an amount is not a count: dates and amounts are also needed where the counts
    # are (the extractors widen each count's span to their own cuts, which holds every date or amount that
    # overlaps it).
    count_mentions = list(counts.find_counts(text, where.get("count"))) if "count" in want else []
    near_counts = [(m.start, m.end) for m in count_mentions] if "count" in where else None
    if "date" in want or "count" in want or "money" in want:
        date_mentions = list(dates.find_dates(text, published, _also(where, "date", want, near_counts)))
        taken += [(m.start, m.end) for m in date_mentions]
        if "date" in want:
            found += date_mentions
    if "money" in want or "count" in want:
        money_mentions = list(money.find_money(text, _also(where, "money", want, near_counts)))
        taken += [(m.start, m.end) for m in money_mentions]
        if "money" in want:
            found += money_mentions
    if "count" in want:
        blocked = _SpanSet(taken)
        found += [m for m in count_mentions if not blocked.overlaps(m.start, m.end)]
    if "person" in want:
        found += people.find_people(text)
    if "place" in want or "virtual" in want:
        place_spans = None if any(k in want and k not in where for k in ("place", "virtual")) else \
            [s for k in ("place", "virtual") if k in want for s in where[k]]
        found += [m for m in places.find_places(text, place_spans) if m.kind in want]
    if where:
        found = _inside(found, where)
    found.sort(key=lambda m: (m.start, -m.end, m.kind))
    return found


def _also(where: dict, kind: str, want: frozenset[str], near_counts: list[tuple[int, int]] | None):
    """Where the mentions of ``kind`` are needed: its own spans (if it is wanted) and the counts' spans (a
    date or an amount may take a count's number); None: everywhere."""
    own: list[tuple[int, int]] = []
    if kind in want:
        if kind not in where:
            return None
        own = list(where[kind])
    if "count" in want:
        if near_counts is None:
            return None
        own += near_counts
    return own


def _inside(found: list[Mention], where: Mapping[str, Sequence[tuple[int, int]]]) -> list[Mention]:
    """The mentions that start inside the spans of their kind (kinds without spans: all)."""
    sets = {kind: _SpanSet(list(spans)) for kind, spans in where.items()}
    return [m for m in found if m.kind not in sets or sets[m.kind].holds(m.start)]


class _SpanSet:
    """Sorted spans with a running maximum of their ends, to answer "does this overlap any?" in log time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach: list[int] = list(itertools.accumulate((end for _, end in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)     # spans that start before ``end``
        return i > 0 and self.reach[i - 1] > start

    def holds(self, pos: int) -> bool:
        """Whether some span contains the offset ``pos``."""
        i = bisect.bisect_right(self.starts, pos)    # spans that start at or before ``pos``
        return i > 0 and self.reach[i - 1] > pos
