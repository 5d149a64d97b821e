"""Numbers written in digits, words or both: "35", "1,234.5", "1 234 567", "thirty-five", "two dozen",
"1.2bn", "three hundred and sixty", "4 thousand 3 hundred and 21", "half a million", "two thirds",
"five and a half million", "one over three", "2 in 5", "minus five point five", "1.3e6", "¾".

Finding a number is two steps. ``NUMBER`` is a permissive regular-expression fragment (no groups of its own)
that other extractors embed: a run of number words and digit groups joined by spaces, hyphens, "and",
"point" and "of a". :func:`number_at` reads such a run as tokens and keeps its longest prefix that is a
well-formed number, so "3 hundred and 2 hundred" is two numbers and "between thirty and forty" two more;
it also reads a sign ("-4", "minus one") and a ratio after the number ("one over three", "two out of five
hundred", "1 in twenty-one"). :func:`find_numbers` lists every number in a text, which is what the number
model of the peer suite scores. Numbers that are part of a token (G7, F-16, 29km, 5/17 as a date) are not
numbers of their own, and "one" after a determiner ("the one you mentioned") is a pronoun.

Fractions in words follow English agreement: a singular denominator takes "a" or "one" ("a fifth"), a plural
one any other numerator ("three fifths"); "half" and "quarter" may stand alone ("more than half", "quarter
million"). "X and <fraction>" adds a proper fraction ("one hundred and three quarters" = 100.75) and, after
a scale of a million or more, a fraction of that scale ("3 million and a half" = 3 500 000).
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache
from typing import Iterator, NamedTuple

from checker.mentions.numberwords import (
    DIGIT_ATOM, DOZENS, ONES, ORDINALS, SCALES, TENS, VULGAR_ALT, longest,
)
from checker.mentions.scan import word_trie
from checker.regexcache import compiled

_WORD_ATOM = rf"(?:{word_trie(list(ONES) + list(TENS) + list(SCALES) + list(DOZENS) + list(ORDINALS))}|hundreds?|an?)\b"
# Between two atoms: a space, a hyphen before a word ("twenty-one", "one-eighth"), "and", "point", "of a".
_JOIN = r"(?:-point-(?=[a-z])|\s*-\s*(?=[a-z])|\s+(?:(?:and|point)\s+|of\s+(?=an?\s))?)"   # "one-point-five"


def _body(digit_lookbehind: str) -> str:
    atom = rf"(?:{digit_lookbehind}{DIGIT_ATOM}|(?<![\w-]){_WORD_ATOM})"
    inner = rf"(?:{DIGIT_ATOM}|{_WORD_ATOM})"
    return rf"{atom}(?:{_JOIN}{inner})*(?:(?<=[a-z])(?!\w|-(?!odd\b)[a-z])|(?<![a-z]))"


_SIGN = r"(?:(?<![\w.,/)\]+-])[-−](?=[\d.])|(?<![\w-])(?:minus|negative)\s+)"
# Not the exponent of a number too large to read ("1e+400", "2^999"): that is no number of its own.
_NOT_EXPONENT = r"(?<!\d[eE][-+])(?<!\^)(?<!\^[-+])"
_BODY = _body(_NOT_EXPONENT + r"(?<![\w.,/-])")
# A number that stands alone: not glued to a word or to another number ("G7", "F-16", "5/17").
NUMBER = rf"(?:(?:{_SIGN})?{_BODY})"
# After a sign, or after a range separator ("30-40", "30~40"), a hyphen right before the digits is expected.
_BODY_AFTER_SEP = _body(r"(?<![\w.,/])")
_SIGNED = compiled(rf"{_NOT_EXPONENT}(?:(?P<sign>{_SIGN})|(?<!-))(?P<body>{_BODY_AFTER_SEP})", re.I)
_AFTER_SEP_SOURCE = rf"(?P<sign>)(?P<body>{_BODY_AFTER_SEP})"
# Glued to a currency code before it ("USD115").
_GLUED_SOURCE = rf"(?P<sign>)(?P<body>{_body('')})"
# "a" or "an" starts a number only when one of these follows ("a hundred", "a dozen", "a million", "a third",
# "a twenty-first"): alone, or before any other word, it is none (see _whole and _fraction), so callers that
# try every "a" can skip most of them.
A_GOES_ON = re.compile(r"(?:\s*-\s*|\s+)(?:" + word_trie(
    ["hundred", "hundreds"] + list(SCALES) + list(DOZENS) + list(TENS) + [w for w, o in ORDINALS.items() if not o.plural])
    + r")\b", re.I)
_RATIO = re.compile(r"\s+(?P<op>over|out\s+of|in)\s+", re.I)
_WORD_AFTER = re.compile(r"\s*[a-z]", re.I)
_PRONOUN_BEFORE = re.compile(r"\b(?:the|this|that|which|each|every|any|no|another|what|whichever)\s+$", re.I)
# Where a number may start: a digit, a fraction sign, a sign before a digit, or a number word.
_START = re.compile(rf"\d|(?<![\w.])\.(?=\d)|{VULGAR_ALT}|[-−](?=\d)|(?<![\w-])(?:{word_trie(list(ONES) + list(TENS) + ['a', 'an', 'half', 'quarter', 'minus', 'negative'])})\b", re.I)


class Found(NamedTuple):
    start: int
    end: int
    value: float


@lru_cache(maxsize=2)
def _variant(name: str) -> re.Pattern:
    """The number pattern after a range separator (``after_sep``) or glued to a code (``glued``)."""
    # Compiled when first needed: each is as large as the main one, and many texts need neither.
    return re.compile(_AFTER_SEP_SOURCE if name == "after_sep" else _GLUED_SOURCE, re.I)


# ------------------------------------------------------------------------------------------------ API
def number_at(text: str, pos: int, after_sep: bool = False, ratio: bool = True, glued: bool = False) -> Found | None:
    """The number that starts exactly at ``pos``, or None. ``after_sep``: right after a range separator,
    where a hyphen before the number is expected ("30-40"); ``glued``: right after letters ("USD115")."""
    m = (_variant("glued") if glued else _variant("after_sep") if after_sep else _SIGNED).match(text, pos)
    if m is None:
        return None
    found = longest(m.group("body"))
    if found is None:
        return None
    length, value = found
    start, end = m.start(), m.start("body") + length
    if m.group("sign"):
        value = -value
    elif length == 3 and text[start:end].lower() == "one" and _PRONOUN_BEFORE.search(text, max(0, start - 12), start):
        return None                                                  # "the one you mentioned"
    if ratio:
        end, value = _ratio(text, end, value)
    return Found(start, end, float(value))


def _ratio(text: str, end: int, value: Fraction) -> tuple[int, Fraction]:
    """ "one over three", "two out of five hundred", "1 in twenty-one": a share when the second number is
    larger (and, after "in", is not a year); "over" only where no word follows ("$2000 over 3 years")."""
    m = _RATIO.match(text, end)
    if m is None:
        return end, value
    second = number_at(text, m.end(), ratio=False)
    if second is None or second.value == 0 or second.start != m.end():
        return end, value
    op = m.group("op").lower()
    if op == "over":
        ok = not _WORD_AFTER.match(text, second.end)
    else:
        ok = 0 <= value < second.value and not (op == "in" and re.fullmatch(r"\d{4}", text[second.start:second.end]))
    if not ok:
        return end, value
    return second.end, value / Fraction(second.value)


@lru_cache(maxsize=65536)
def parse_number(text: str) -> float | None:
    """The value of ``text`` when all of it is one number; None if it is not."""
    stripped = text.strip()
    found = number_at(stripped, 0)
    if found is None or found.end != len(stripped):
        return None
    return found.value


def find_numbers(text: str) -> Iterator[tuple[int, int, float]]:
    """Every stand-alone number in ``text`` as ``(start, end, value)``."""
    last_end = 0
    for t in _START.finditer(text):
        if t.start() < last_end:
            continue
        found = number_at(text, t.start())
        if found is not None:
            last_end = found.end
            yield found
