"""Numbers written in digits, words or both: "35", "1,234.5", "thirty-five", "two dozen", "1.2bn",
"three hundred and sixty", "half a million", "2 1/2".

``NUMBER`` is a regular-expression fragment (no groups of its own) that other extractors embed; every match of
it can be handed to :func:`parse_number`. :func:`find_numbers` lists every number in a text, which is what the
number model of the peer suite scores. Numbers that are part of a token (G7, F-16, 29km, 5/17 as a date) are
not numbers of their own.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache
from typing import Iterator

ONES = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
          "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7}
# Abbreviated scales after digits ("1.2bn", "10 mln", "5k", "$3m", "2mil", "US$ 1MM").
ABBREVIATED = {"k": 10**3, "thousand": 10**3, "m": 10**6, "mm": 10**6, "mn": 10**6, "mln": 10**6, "mil": 10**6,
               "million": 10**6, "millions": 10**6, "b": 10**9, "bn": 10**9, "bln": 10**9, "billion": 10**9,
               "billions": 10**9, "tn": 10**12, "trn": 10**12, "trillion": 10**12, "lakh": 10**5,
               "lakhs": 10**5, "crore": 10**7, "crores": 10**7}
FRACTIONS = {"half": Fraction(1, 2), "halves": Fraction(1, 2), "third": Fraction(1, 3), "thirds": Fraction(1, 3),
             "quarter": Fraction(1, 4), "quarters": Fraction(1, 4), "fourth": Fraction(1, 4),
             "fourths": Fraction(1, 4), "fifth": Fraction(1, 5), "fifths": Fraction(1, 5),
             "sixth": Fraction(1, 6), "sixths": Fraction(1, 6), "seventh": Fraction(1, 7),
             "sevenths": Fraction(1, 7), "eighth": Fraction(1, 8), "eighths": Fraction(1, 8),
             "ninth": Fraction(1, 9), "ninths": Fraction(1, 9), "tenth": Fraction(1, 10), "tenths": Fraction(1, 10)}

_WORD_ALT = "|".join(sorted(list(ONES) + list(TENS), key=len, reverse=True))
_SCALE_ALT = "hundred|thousand|million|billion|trillion|lakhs?|crores?"
_ABBR_ALT = "|".join(sorted(ABBREVIATED, key=len, reverse=True))

# A number in words: "thirty-five", "one hundred and sixty-one", "two dozen", "a thousand", "half a million".
# "and" may only follow a scale word, so "between thirty and forty" stays two numbers.
_SEP = r"(?:\s+|\s*-\s*)"
_UNIT_PART = rf"(?:{_WORD_ALT})(?:{_SEP}(?:{_WORD_ALT}))*"
_SCALE_PART = rf"(?:{_SCALE_ALT}|dozens?)"
_WORDS = (
    rf"(?:(?:{_UNIT_PART}|an?(?={_SEP}{_SCALE_PART}))(?:{_SEP}{_SCALE_PART}(?:{_SEP}(?:and{_SEP})?{_UNIT_PART})?)*"
    rf"|half{_SEP}(?:an?{_SEP})?(?:{_SCALE_ALT}))"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
# Digits with a scale word or abbreviation ("1.2 million", "1.2bn", "10k"), or digits and a word scale.
_DIGIT_NUMBER = rf"{_DIGITS}(?:\s?(?:{_ABBR_ALT})\b|(?:[\s-]+(?:{_SCALE_ALT}|dozens?)\b)+)?(?![\w%/]|[.,]\d)"
_WORD_NUMBER = rf"(?:{_WORDS})(?:[\s-]+and[\s-]+an?[\s-]+half)?\b(?![-\w])"
# A number that stands alone: not glued to a word or to another number ("G7", "F-16", "5/17").
NUMBER = rf"(?:(?<![\w.,/-]){_DIGIT_NUMBER}|(?<![\w-]){_WORD_NUMBER})"
# The same after a range separator ("30-40", "30~40"), where a hyphen before the number is expected.
NUMBER_AFTER_SEP = rf"(?:(?<![\w.,/]){_DIGIT_NUMBER}|(?<![\w]){_WORD_NUMBER})"
_NUMBER_RE = re.compile(NUMBER, re.I)


@lru_cache(maxsize=65536)
def parse_number(text: str) -> float | None:
    """The value of a number written as a match of ``NUMBER``; None if it is not one."""
    raw = text.strip().lower().replace(",", "")
    if not raw:
        return None
    half_extra = 0.0
    if re.search(r"\band\s+an?\s+half$", raw):
        raw = re.sub(r"\s*and\s+an?\s+half$", "", raw)
        half_extra = 0.5
    m = re.fullmatch(r"(\d+(?:\.\d+)?|\.\d+)\s*-?\s*(.*)", raw)
    if m:
        value = float(m.group(1))
        rest = m.group(2).strip()
        if not rest:
            return value
        if rest in ABBREVIATED:
            return value * ABBREVIATED[rest]
        total = value
        for word in re.split(r"[\s-]+", rest):
            if word in SCALES:
                total *= SCALES[word]
            elif word.rstrip("s") == "dozen":
                total *= 12
            else:
                return None
        return total
    words = [w for w in re.split(r"[\s-]+", raw) if w and w != "and"]
    value = _words_value(words)
    if value is None:
        return None
    return value + half_extra * (1 if value < 100 else 0) if half_extra else value


def _words_value(words: list[str]) -> float | None:
    """Classic left-to-right accumulation: units add, "hundred" multiplies, larger scales close a group."""
    if not words:
        return None
    if words[0] in ("a", "an"):
        words = ["one"] + words[1:]
    if words[0] == "half":
        rest = [w for w in words[1:] if w not in ("a", "an")]
        scale = 1
        for w in rest:
            if w not in SCALES:
                return None
            scale *= SCALES[w]
        return 0.5 * scale if rest else 0.5
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        if w in ONES:
            current += ONES[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0.0
        elif w.rstrip("s") == "dozen":
            current = (current or 1) * 12
        elif w in ("half", "quarter"):
            current += float(FRACTIONS[w])
        else:
            return None
        seen = True
    return total + current if seen else None


def find_numbers(text: str) -> Iterator[tuple[int, int, float]]:
    """Every stand-alone number in ``text`` as ``(start, end, value)``."""
    for m in _NUMBER_RE.finditer(text):
        value = parse_number(m.group(0))
        if value is not None:
            yield m.start(), m.end(), value


def format_number(value: float) -> str:
    """A short, exact rendering: 30 not 30.0, 1.5e9 as 1500000000."""
    if value == int(value) and abs(value) < 1e18:
        return str(int(value))
    return f"{value:.10g}"
