"""Sentences about another moment of the story: "Earlier, on Tuesday, an agreement was signed".

Wire copy opens a sentence with "Earlier" or "Separately" to move to another moment, and as often to add
something about the same day ("Earlier on Tuesday, the summit opened"). A claim in a sentence so opened (the
fact's ``asides`` openers) is set aside only when its own article says otherwise about the same fact: the
article then dates the event itself, and the opener marks the other moment.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping, Sequence

from checker.kinds.compare import comparable, intersects
from checker.model.claims import Claim
from checker.model.pack import Pack

_OPENER_REACH = 30          # characters between the opener and the claim ("Earlier that week, on ")


@lru_cache(maxsize=16)
def _opened(openers: tuple[str, ...]) -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(openers, key=len, reverse=True))
    return re.compile(r"(?:^|[.!?][\"”’*_]*\s+|\n)[\W_]*(?:" + words + r")\b[^.!?\n]{0,%d}$" % _OPENER_REACH,
                      re.IGNORECASE)


def without_asides(claims: Sequence[Claim], texts: Mapping[str, str], pack: Pack) -> list[Claim]:
    """``claims`` less those in a sentence opened as another moment that their own article contradicts."""
    aside: set[int] = set()
    for c in claims:
        openers = pack.facts[c.fact].asides if c.fact in pack.facts else ()
        text = texts.get(c.source, "")
        if openers and _opened(openers).search(text, max(0, c.start - 80), c.start):
            aside.add(id(c))
    if not aside:
        return list(claims)
    drop = {id(c) for c in claims if id(c) in aside and any(
        o.source == c.source and o.fact == c.fact and id(o) not in aside
        and comparable(c.value, o.value, pack.settings) and not intersects(c.value, o.value, pack.settings, 0.0)
        for o in claims)}
    return [c for c in claims if id(c) not in drop]
