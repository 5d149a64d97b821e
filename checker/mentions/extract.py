"""Running the extractors: every mention of the kinds asked for, overlaps settled (a number inside a date or
an amount of money is not also a count), optionally only where some spans of the text need them."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping, Sequence

from checker.mentions import counts, dates, money, people, places
from checker.mentions.mention import Mention
from checker.mentions.scan import Offsets


@dataclass(frozen=True)
class Extractor:
    """An extractor: the mention kinds it finds, and ``find(text, published, spans)`` (spans: where the
    mentions are wanted, None for everywhere). ``holds_numbers``: a number inside one of its mentions is not
    a count of its own."""

    kinds: tuple[str, ...]
    find: Callable[[str, dt.date | None, Sequence[Offsets] | None], Iterable[Mention]]
    holds_numbers: bool = False


# The extractors besides counts (which the others' mentions may overrule). A new mention kind: its module
# beside these and a line here.
EXTRACTORS: tuple[Extractor, ...] = (
    Extractor(("date",), dates.find_dates, holds_numbers=True),
    Extractor(("money",), lambda text, published, spans: money.find_money(text, spans), holds_numbers=True),
    Extractor(("person",), lambda text, published, spans: people.find_people(text)),
    Extractor(("place", "virtual"), lambda text, published, spans: places.find_places(text, spans)),
)
ALL_KINDS = frozenset({"count"}.union(*(extractor.kinds for extractor in EXTRACTORS)))


def extract_mentions(text: str, published: dt.date | None = None, kinds: frozenset[str] | None = None,
                     spans: Mapping[str, Sequence[Offsets]] | None = None) -> list[Mention]:
    """All mentions of the requested ``kinds`` (default: all) in ``text``, ordered by position.

    ``spans`` (mention kind -> spans of the text) says where mentions of a kind are wanted, when not
    everywhere: only those that start inside one of its spans are returned, exactly as the whole-text
    extraction finds them, and the extractors read only the text around the spans (the fact stage knows where
    a fact could use a mention; most of an article is not such a place).
    """
    want = kinds or ALL_KINDS
    where = dict(spans or {})
    found: list[Mention] = []
    taken: list[Offsets] = []
    # A number inside a date or an amount is not a count: the extractors whose mentions hold numbers also
    # read where the counts are (each widens a count's span to its own cuts, which holds every mention of
    # its kind that overlaps the count).
    count_mentions = list(counts.find_counts(text, where.get("count"))) if "count" in want else []
    near_counts = [(m.start, m.end) for m in count_mentions] if "count" in where else None
    for extractor in EXTRACTORS:
        wanted = [kind for kind in extractor.kinds if kind in want]
        if extractor.holds_numbers and (wanted or "count" in want):
            mentions = list(extractor.find(text, published, _also(where, wanted, want, near_counts)))
            taken += [(m.start, m.end) for m in mentions]
        elif wanted:
            mentions = list(extractor.find(text, published, None if any(k not in where for k in wanted)
                                           else [s for k in wanted for s in where[k]]))
        else:
            continue
        found += [m for m in mentions if m.kind in want]
    if "count" in want:
        blocked = _SpanSet(taken)
        found += [m for m in count_mentions if not blocked.overlaps(m.start, m.end)]
    if where:
        found = _inside(found, where)
    found.sort(key=lambda m: (m.start, -m.end, m.kind))
    return found


def _also(where: dict, kinds: list[str], want: frozenset[str], near_counts: list[Offsets] | None):
    """Where the mentions of ``kinds`` (of an extractor whose mentions hold numbers) are needed: their own
    spans (those wanted) and the counts' spans (such a mention may take a count's number); None:
    everywhere."""
    own: list[Offsets] = []
    for kind in kinds:
        if kind not in where:
            return None
        own += where[kind]
    if "count" in want:
        if near_counts is None:
            return None
        own += near_counts
    return own


def _inside(found: list[Mention], where: Mapping[str, Sequence[Offsets]]) -> list[Mention]:
    """The mentions that start inside the spans of their kind (kinds without spans: all)."""
    sets = {kind: _SpanSet(list(spans)) for kind, spans in where.items()}
    return [m for m in found if m.kind not in sets or sets[m.kind].holds(m.start)]


class _SpanSet:
    """Sorted spans with a running maximum of their ends, to answer "does this overlap any?" in log time."""

    def __init__(self, spans: list[Offsets]) -> None:
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
