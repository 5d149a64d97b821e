"""Per-entity facts: the person a claim is about ("Jane Doe, 19"; "19-year-old Jane Doe"), so that a fact such
as an age is compared per person and never one person's against another's.

The name is found next to the mention in the forms the fact's ``per`` key allows (:class:`EntityKey`), and a
surname or first name alone is read as the fullest name of the article that has it ("Marquis Delaney ...
Delaney, 20" is Marquis Delaney, not his mother Renee Delaney named later). Across articles names are matched
with rapidfuzz in :mod:`checker.align`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.model.pack import EntityKey

_CAP = r"(?:[A-Z][\w'’-]*[a-z][\w'’-]*|[A-Z]\.)"
_NAME = rf"{_CAP}(?:[ \t]+{_CAP}){{0,3}}"
# Capitalised words that open a sentence or stand before a name without being part of it.
_NOT_NAME = frozenset("""the a an on in at of and but police officers officer victim victims he she they his her
their its it this that there when after before authorities investigators deputies detectives detective sgt lt
mr mrs ms dr sheriff chief mayor capt officials witnesses neighbors neighbours family relatives update
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())


@lru_cache(maxsize=32)
def _before_regex(joiners: tuple[str, ...]) -> re.Pattern:
    alts = "|".join(r"\s+".join(re.escape(w) for w in j.split()) for j in sorted(joiners, key=len, reverse=True))
    return re.compile(rf"({_NAME})\s*(?:{alts})\s*$")


@lru_cache(maxsize=32)
def _after_regex(joiners: tuple[str, ...], gap: int) -> re.Pattern:
    alts = "|".join(r"\s+".join(re.escape(w) for w in j.split()) for j in sorted(joiners, key=len, reverse=True))
    return re.compile(rf"(?:{alts})(?:\s+[a-z][\w'’-]*){{0,{gap}}}\s+({_CAP}(?:[ \t]+{_CAP}){{1,3}})")


def _clean(name: str) -> str | None:
    """The name without capitalised words that are no part of it; None when nothing of a name is left."""
    words = name.split()
    while words and words[0].lower().strip(".") in _NOT_NAME:
        words = words[1:]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
    if not words or all(len(w.strip(".")) <= 1 for w in words):
        return None
    return " ".join(words)


def entity_of(text: str, start: int, end: int, key: EntityKey, lo: int, hi: int) -> str | None:
    """The person named with the mention at ``[start, end)`` within ``[lo, hi)`` (its sentence), or None."""
    if key.before:
        m = _before_regex(tuple(key.before)).search(text, max(lo, start - 60), start)
        if m:
            name = _clean(m.group(1))
            if name:
                return name
    if key.after:
        m = _after_regex(tuple(key.after), key.gap).match(text, end, min(hi, end + 80))
        if m:
            name = _clean(m.group(1))
            if name and len(name.split()) > 1:
                return name
    return None


def fullest_name(text: str, name: str) -> str:
    """A one-word name (a surname or a first name) read as the first fuller name of the article that ends or
    starts with it; any other name as it is."""
    if " " in name:
        return name
    word = re.escape(name)
    m = re.search(rf"\b({_CAP}(?:[ \t]+[A-Z]\.)?[ \t]+{word})\b|\b({word}(?:[ \t]+[A-Z]\.)?[ \t]+{_CAP})\b", text)
    if not m:
        return name
    full = _clean(m.group(1) or m.group(2))
    return full if full and " " in full else name
