"""Whether some pattern of a pack's list occurs in a stretch of text, faster than their alternation finds out.

The pack's sentence patterns (a fact's ``other_event``) are searched in every sentence that holds a mention,
as one case-insensitive alternation: the regular-expression engine then tries every alternative at every
character. Most alternatives can only start with a few characters ("\\b(?:after|following|since)\\s+...":
a, f or s); a lookahead for those lets the engine skip the others at once. So the patterns whose first
characters can be told are searched together behind that lookahead, the others as they were: a stretch holds
a match of the alternation exactly when it holds one of either group.

The first characters are read from the parsed pattern (Python's own parser), conservatively: anything not
understood (a negated class, a back reference, a pattern that can match nothing at all) puts the pattern in
the second group.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from checker.facts.phrases import user_regex

try:
    from re import _constants as C, _parser as sre_parse       # Python 3.11 and later
except ImportError:                                             # pragma: no cover - Python 3.10
    import sre_constants as C                                   # type: ignore[no-redef]
    import sre_parse                                            # type: ignore[no-redef]

_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
               C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}


_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=")


class _Unknown(Exception):
    """A construct whose first characters are not told here."""


def _first(items, flags: int) -> tuple[set[str], bool]:
    """The class items a match of the parsed sequence ``items`` can start with, and whether it can be empty."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is C.LITERAL:
            out.add(re.escape(chr(av)))
            return out, False
        if op is C.IN:
            for item, value in av:
                if item is C.LITERAL:
                    out.add(re.escape(chr(value)))
                elif item is C.RANGE:
                    out.add(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
                elif item is C.CATEGORY and value in _CATEGORIES:
                    out.add(_CATEGORIES[value])
                else:
                    raise _Unknown                  # a negated class, another category
            return out, False
        if op is C.SUBPATTERN:
            if av[1] & re.IGNORECASE and not flags & re.IGNORECASE:
                raise _Unknown                      # (?i:...) in a case-sensitive pattern
            got, empty = _first(av[-1], flags)
        elif op is C.BRANCH:
            got, empty = set(), False
            for branch in av[1]:
                chars, can_be_empty = _first(branch, flags)
                got |= chars
                empty = empty or can_be_empty
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            got, empty = _first(av[2], flags)
            empty = empty or av[0] == 0
        else:
            raise _Unknown
        out |= got
        if not empty:
            return out, False
    return out, True


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character class (to compile with ``flags``) that every match of ``pattern`` starts with, or None."""
    try:
        chars, empty = _first(sre_parse.parse(pattern, flags), flags)
    except (_Unknown, re.error):
        return None
    return None if empty or not chars else "[" + "".join(sorted(chars)) + "]"


@lru_cache(maxsize=64)
def any_search(patterns: tuple[str, ...]) -> Callable[[str, int, int], bool]:
    """``found(text, start, end)``: whether the patterns' case-insensitive alternation (``user_regex``) has a
    match in ``text[start:end]``, as its ``search(text, start, end)`` reads it."""
    whole = user_regex(patterns)                # and its errors, if any
    if _BACK_REFERENCE.search(whole.pattern):
        return lambda text, start, end: bool(whole.search(text, start, end))     # numbered groups would move
    firsts = {p: first_chars(f"(?:{p})", re.IGNORECASE) for p in patterns}
    told = [p for p in patterns if firsts[p]]
    rest = [p for p in patterns if not firsts[p]]
    searches = []
    if told:
        lookahead = "(?=[" + "".join(firsts[p][1:-1] for p in told) + "])"
        searches.append(re.compile(lookahead + "(?:" + "|".join(f"(?:{p})" for p in told) + ")", re.I).search)
    if rest:
        searches.append(re.compile("|".join(f"(?:{p})" for p in rest), re.I).search)

    def found(text: str, start: int, end: int) -> bool:
        return any(search(text, start, end) for search in searches)
    return found
