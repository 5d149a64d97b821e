"""Typed values found in a text, with exact character offsets and no knowledge of rules.

Each extractor module finds one kind of mention with compiled patterns over the whole text:
:mod:`~checker.mentions.dates`, :mod:`~checker.mentions.counts`, :mod:`~checker.mentions.money`,
:mod:`~checker.mentions.people` and :mod:`~checker.mentions.places`. :func:`extract_mentions` runs them all
and settles overlaps (a number inside a date or an amount of money is not also a count).
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Mention:
    """One typed value in a text: ``text[start:end]`` is exactly what the article says."""

    kind: str            # date | count | money | person | place | virtual
    start: int
    end: int
    text: str
    value: Any           # kind-specific: DateValue, Quantity, Amount, Person, Place
    data: dict | None = None   # extraction details the fact stage may use (qualifier, following words …)


def extract_mentions(text: str, published: dt.date | None = None,
                     kinds: frozenset[str] | None = None) -> list[Mention]:
    """All mentions of the requested ``kinds`` (default: all) in ``text``, ordered by position."""
    from checker.mentions import counts, dates, money, people, places

    want = kinds or frozenset({"date", "count", "money", "person", "place", "virtual"})
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    if "date" in want or "count" in want or "money" in want:
        date_mentions = list(dates.find_dates(text, published))
        taken += [(m.start, m.end) for m in date_mentions]
        if "date" in want:
            found += date_mentions
    if "money" in want or "count" in want:
        money_mentions = list(money.find_money(text))
        taken += [(m.start, m.end) for m in money_mentions]
        if "money" in want:
            found += money_mentions
    if "count" in want:
        blocked = _SpanSet(taken)
        found += [m for m in counts.find_counts(text) if not blocked.overlaps(m.start, m.end)]
    if "person" in want:
        found += people.find_people(text)
    if "place" in want or "virtual" in want:
        found += [m for m in places.find_places(text) if m.kind in want]
    found.sort(key=lambda m: (m.start, -m.end, m.kind))
    return found


class _SpanSet:
    """Sorted spans with a running maximum of their ends, to answer "does this overlap any?" in log time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach: list[int] = []
        best = -1
        for _, end in spans:
            best = max(best, end)
            self.reach.append(best)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)     # spans that start before ``end``
        return i > 0 and self.reach[i - 1] > start
