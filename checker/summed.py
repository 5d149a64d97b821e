"""Counts that are the parts of another count of the story.

"15 EU member states and 19 African governments" are no rival claims to "34 countries": together they are
the 34. An article that splits the participants into groups in one sentence gives the parts of the total
the others report; reading each part as a claim of attendance makes two false alarms. A set of two or three
exact counts of one sentence whose sum is a count that another sentence of the story states (one of them at
least of a unit that compares with it: "46 countries and 15 international organisations" are "more than 60
delegations") is taken out: the parts agree with the total and add nothing to compare.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations
from typing import Mapping, Sequence

from checker.model.claims import Claim
from checker.model.quantities import Count, Interval

MAX_PARTS = 3
# "176 participants from 14 countries": where the counted came from, not a part of them.
_ORIGIN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?from\s+(?:some\s+|about\s+|around\s+|nearly\s+|over\s+|the\s+)?",
                           re.I)


def _exact(value: Count) -> bool:
    i = value.interval
    return i.lo is not None and i.lo == i.hi and i.figure is not None


def without_summed_parts(claims: Sequence[Claim], texts: Mapping[str, str] | None = None) -> list[Claim]:
    """``claims`` less the counts that add up, within their sentence, to a count stated elsewhere; with the
    articles' ``texts``, a count of where the others came from is no part."""
    counts = [c for c in claims if isinstance(c.value, Count) and c.value.sentence_tag]
    by_sentence: dict[tuple, list[Claim]] = defaultdict(list)
    for c in counts:
        by_sentence[c.value.sentence_tag].append(c)
    drop: set[int] = set()
    for tag, group in by_sentence.items():
        exact = [c for c in group if _exact(c.value) and not _origin(c, group, texts)]
        if len(exact) < 2:
            continue
        others = [c for c in counts if c.value.sentence_tag != tag]
        for size in range(2, min(MAX_PARTS, len(exact)) + 1):
            for parts in combinations(exact, size):
                total = Interval.exact(sum(p.value.interval.figure for p in parts))
                if any(o.value.interval.intersects(total) and any(o.value.comparable(p.value) for p in parts)
                       and (o.value.interval.figure or 0) > max(p.value.interval.figure for p in parts)
                       for o in others):
                    drop.update(id(p) for p in parts)
    return [c for c in claims if id(c) not in drop]


def _origin(claim: Claim, group: Sequence[Claim], texts: Mapping[str, str] | None) -> bool:
    """Whether ``claim`` counts where another count of its sentence came from ("176 participants from 14
    countries"; not "Ministers from 15 member states", where nothing counted stands before)."""
    text = (texts or {}).get(claim.source)
    return bool(text) and any(o.end < claim.start and _ORIGIN_AFTER.fullmatch(text, o.end, claim.start)
                              for o in group if o is not claim)


__all__ = ["without_summed_parts"]
