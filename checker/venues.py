"""Named buildings the gazetteer does not know ("the Eko Convention Centre", "Hôtel Ivoire"), placed in a city
by the story itself, so that "in Abuja" can be set against them.

A venue claim takes the city of its own article when the article's other location claims name exactly one
city (often its dateline: "LAGOS, Sept 14 (PAW) - … held at the Eko Convention Centre"), else the city that
another article gives the same venue (names matched with rapidfuzz). A venue the story never places is
dropped: it can contradict nothing, and a reader learns nothing from it.
"""

from __future__ import annotations

from dataclasses import replace

from rapidfuzz import fuzz

from checker.model.claims import Claim
from checker.model.entities import Place

VENUE_MATCH = 90          # how alike two articles' names of a building must be (rapidfuzz token_sort_ratio)


def located_venues(claims: list[Claim]) -> list[Claim]:
    """``claims`` with each venue claim valued as the city the story puts it in (its quote unchanged)."""
    venues = [c for c in claims if isinstance(c.value, Place) and c.value.place_type == "venue"]
    if not venues:
        return claims
    cities: dict[str, set[Place]] = {}
    for c in claims:
        if isinstance(c.value, Place) and c.value.place_type == "city":
            cities.setdefault(c.source, set()).add(c.value)
    placed: dict[int, Place] = {}
    for c in venues:                                  # by its own article's one city
        own = cities.get(c.source, set())
        if len({p.name for p in own}) == 1:
            placed[id(c)] = next(iter(own))
    for c in venues:                                  # else by the same building placed in another article
        if id(c) not in placed:
            found = {placed[id(o)].name: placed[id(o)] for o in venues if id(o) in placed
                     and fuzz.token_sort_ratio(o.value.name.lower(), c.value.name.lower()) >= VENUE_MATCH}
            if len(found) == 1:
                placed[id(c)] = next(iter(found.values()))
    out = []
    for c in claims:
        if isinstance(c.value, Place) and c.value.place_type == "venue":
            if id(c) not in placed:
                continue
            c = replace(c, value=replace(placed[id(c)], venue=False))
        out.append(c)
    return out
