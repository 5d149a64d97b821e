"""The vocabulary of numbers, and how one run of number words and digit groups reads as a number.

:func:`longest` reads a run (as :data:`checker.mentions.numbers.NUMBER` matches it) as tokens and keeps its
longest prefix that is one well-formed number: parts (digits, units, tens) grouped by "hundred", "dozen" and
larger scales, "and" after a scale, decimals in words ("two point five"), fractions in words with English
agreement ("a fifth", "three fifths", "five and a half million").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from checker.mentions.scan import word_trie

ONES = {
    "zero": 0, "nil": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"thousand": 1_000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
          "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7}
DOZENS = {"dozen", "dozens", "dz", "dzs", "doz", "dozs"}
# Abbreviated scales glued to digits or after one space ("1.2bn", "10 mln", "5k", "$3m", "2mil", "US$ 1MM").
ABBREVIATED = {"k": 10**3, "m": 10**6, "mm": 10**6, "mn": 10**6, "mln": 10**6, "mil": 10**6, "b": 10**9,
               "bn": 10**9, "bln": 10**9, "tn": 10**12, "trn": 10**12, "tln": 10**12}
VULGAR = {"½": Fraction(1, 2), "⅓": Fraction(1, 3), "⅔": Fraction(2, 3), "¼": Fraction(1, 4),
          "¾": Fraction(3, 4), "⅕": Fraction(1, 5), "⅖": Fraction(2, 5), "⅗": Fraction(3, 5),
          "⅘": Fraction(4, 5), "⅙": Fraction(1, 6), "⅚": Fraction(5, 6), "⅐": Fraction(1, 7),
          "⅛": Fraction(1, 8), "⅜": Fraction(3, 8), "⅝": Fraction(5, 8), "⅞": Fraction(7, 8),
          "⅑": Fraction(1, 9), "⅒": Fraction(1, 10)}


@dataclass(frozen=True)
class Ordinal:
    """A denominator word: "fifth(s)", "hundredth(s)", "half"."""

    value: int
    plural: bool
    unit: bool = False       # first .. ninth: may follow a tens word ("thirty-fifths")
    alone: bool = False      # half, quarter: need no numerator ("more than half", "quarter million")


def _ordinals() -> dict[str, Ordinal]:
    singular = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "hundredth": 100,
                "thousandth": 10**3, "millionth": 10**6, "billionth": 10**9, "trillionth": 10**12}
    singular.update({w + "th": v for w, v in ONES.items() if 13 <= v <= 19})
    singular.update({w[:-1] + "ieth": v for w, v in TENS.items()})
    out: dict[str, Ordinal] = {}
    for word, value in singular.items():
        out[word] = Ordinal(value, False, unit=value < 10)
        out[word + "s"] = Ordinal(value, True, unit=value < 10)
    out.update({"half": Ordinal(2, False, alone=True), "halves": Ordinal(2, True),
                "quarter": Ordinal(4, False, alone=True), "quarters": Ordinal(4, True, alone=True)})
    return out


ORDINALS = _ordinals()


# Beyond this many digits (or a power of ten this large) a figure is no count or amount any newsroom writes
# ("a 400-digit number", "1e400"): it is read as no number at all, rather than overflowing a float, running
# into Python's limit on int conversion (4300 digits) or computing 10 ** 999999999.
MAX_DIGITS = 30


class Unreadable(ValueError):
    """A digit group too long, or an exponent too large, to be a number of a news report."""


def _check_digits(text: str) -> None:
    if sum(c.isdigit() for c in text) > MAX_DIGITS:
        raise Unreadable(text[:20])


VULGAR_ALT = "[" + "".join(VULGAR) + "]"
# Continental forms before a scale word, as translated copy writes them: "8.400 million", "2,3 thousand million".
_CONTINENTAL_FORM = r"(?:\d{1,3}(?:\.\d{2}0)+|\d+,\d{1,2})"
_CONTINENTAL = _CONTINENTAL_FORM + r"(?=[ \u00a0]+(?:thousand|million|billion|trillion)\b)"
_GROUPED = (_CONTINENTAL + r"|(?:\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"             # Indian grouping: 12,34,567.89
            r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"                     # 1,234,567.5
            r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:\.\d+)?(?![\d,])"   # 1 234 567 (and thin spaces)
            r"|\d+(?:\.\d+)?|\.\d+)")
_CONTINENTAL_RE = re.compile(_CONTINENTAL_FORM)
_EXPONENT = r"(?:e[-+]?\d+|\^[-+]?\d+|\s?[x×]\s?10\^[-+]?\d+)"
DIGIT_ATOM = (rf"(?:\d+\s+\d+/\d+(?![/\d])|\d+/\d+(?![/\d])|{_GROUPED}{_EXPONENT}?{VULGAR_ALT}?|{VULGAR_ALT})"
               rf"(?:\s?(?:{word_trie(ABBREVIATED)})\b)?(?![\w%/]|[.,]\d)")


# ------------------------------------------------------------------------------------------------ tokens
@dataclass(frozen=True)
class _Tok:
    kind: str                 # num unit tens hundred scale dozen ord a and point of
    value: Fraction
    end: int                  # offset just after the token, within the matched run
    hyphen: bool = False      # glued to the previous token by a hyphen ("twenty-fifth")
    text: str = ""
    ordinal: Ordinal | None = None
    alone: bool = True        # num: nothing may be added to it (a fraction "3/4", an abbreviated "10k")


_TOKEN = re.compile(rf"(?P<sep>\s*-\s*|\s+)?(?:(?P<num>{DIGIT_ATOM})|(?P<word>[a-z]+))", re.I)


def _tokens(run: str) -> list[_Tok]:
    out: list[_Tok] = []
    pos = 0
    while pos < len(run):
        m = _TOKEN.match(run, pos)
        if m is None:
            break
        hyphen = m.group("sep") == "-"
        if m.group("num"):
            value, alone = _digits_value(m.group("num"))
            out.append(_Tok("num", value, m.end(), hyphen, m.group("num"), alone=alone))
        else:
            out.append(_word_token(m.group("word").lower(), m.end(), hyphen))
        pos = m.end()
    return out


def _word_token(word: str, end: int, hyphen: bool) -> _Tok:
    if word in ONES:
        return _Tok("unit", Fraction(ONES[word]), end, hyphen, word)
    if word in TENS:
        return _Tok("tens", Fraction(TENS[word]), end, hyphen, word)
    if word in ("hundred", "hundreds"):
        return _Tok("hundred", Fraction(100), end, hyphen, word)
    if word in SCALES:
        return _Tok("scale", Fraction(SCALES[word]), end, hyphen, word)
    if word in DOZENS:
        return _Tok("dozen", Fraction(12), end, hyphen, word)
    if word in ORDINALS:
        return _Tok("ord", Fraction(ORDINALS[word].value), end, hyphen, word, ORDINALS[word])
    kind = {"a": "a", "an": "a"}.get(word, word)
    return _Tok(kind, Fraction(1), end, hyphen, word)


def _digits_value(text: str) -> tuple[Fraction, bool]:
    """The value of one digit atom, and whether it must stand alone (a fraction, an abbreviated scale)."""
    _check_digits(text)
    if _CONTINENTAL_RE.fullmatch(text):                # "8.400" = 8400, "2,3" = 2.3 (before a scale word)
        text = text.replace(".", "") if "." in text else text.replace(",", ".")
    raw = re.sub(r"[,\s\u00a0\u202f\u2009]", "", text.lower())
    scale = 1
    abbr = re.search(r"[a-z]+$", raw)
    if abbr and abbr.group(0) in ABBREVIATED:
        scale = ABBREVIATED[abbr.group(0)]
        raw = raw[: abbr.start()]
    if "/" in text:
        whole, _, frac = text.strip().rpartition(" ")
        num, den = frac.split("/")
        if int(den) == 0:
            return Fraction(0), True
        return (Fraction(int(whole)) if whole.strip() else 0) + Fraction(int(num), int(den)), True
    extra = Fraction(0)
    if raw and raw[-1] in VULGAR:
        extra, raw = VULGAR[raw[-1]], raw[:-1]
        if not raw:
            return extra, True
    base = _exponent_value(raw)
    return base * scale + extra, scale != 1 or bool(extra)


def _exponent_value(raw: str) -> Fraction:
    m = re.fullmatch(r"([\d.]+)(?:[x×]10\^([-+]?\d+)|\^([-+]?\d+))", raw)
    if m is None:
        e = re.search(r"e([-+]?\d+)$", raw)
        if e and abs(int(e.group(1))) > MAX_DIGITS:
            raise Unreadable(raw)
        return Fraction(raw)                        # also "1.3e6", "12.32e+14"
    if abs(int(m.group(2) or m.group(3))) > MAX_DIGITS:
        raise Unreadable(raw)
    base = Fraction(m.group(1))
    if m.group(2) is not None:
        return base * Fraction(10) ** int(m.group(2))
    exp = int(m.group(3))
    return base ** exp if base or exp >= 0 else Fraction(0)


# ------------------------------------------------------------------------------------------------ grammar
_PART = ("num", "unit", "tens")


def _whole(toks: list[_Tok]) -> Fraction | None:
    """A whole number: parts (digits, units, tens) grouped by "hundred", "dozen" and larger scales, "and"
    only after a scale ("one hundred and sixty-one", "4 thousand 3 hundred and 21", "three lakh crore")."""
    total, current, last_part = Fraction(0), Fraction(0), Fraction(0)
    prev: str | None = None
    group_hundred = False
    last_big: Fraction | None = None
    for i, t in enumerate(toks):
        k = t.kind
        if k == "a":
            if i or len(toks) < 2 or toks[1].kind not in ("hundred", "scale", "dozen"):
                return None
            current = last_part = Fraction(1)
            prev = "part"
        elif k in _PART:
            if not _part_may_follow(t, prev, len(toks)):
                return None
            last_part = last_part + t.value if prev == "tens" else t.value
            current += t.value
            prev = "tens" if k == "tens" else "part"
        elif k == "hundred":
            if prev not in ("part", "tens") or group_hundred:
                return None
            current, group_hundred, prev = current * 100, True, "hundred"
        elif k == "dozen":
            if prev not in ("part", "tens"):
                return None
            current, prev = current - last_part + last_part * 12, "dozen"
        elif k == "scale":
            if prev in ("part", "tens", "hundred", "dozen") and (last_big is None or t.value < last_big):
                total, current, last_big = total + current * t.value, Fraction(0), t.value
            elif prev == "scale" and t.value > last_big:
                total, last_big = total * t.value, last_big * t.value        # "lakh crore"
            else:
                return None
            group_hundred, prev = False, "scale"
        elif k == "and" and prev in ("hundred", "scale", "dozen"):
            prev = "and"
        else:
            return None
    if prev in (None, "and"):
        return None
    return total + current


def _part_may_follow(t: _Tok, prev: str | None, n: int) -> bool:
    """A digit group, a unit or a tens word may start a number or follow a scale or "and"; a unit may
    follow a tens word ("twenty one"); nothing is added to "3/4" or "10k"."""
    if t.kind == "num" and t.alone and n > 1:
        return False
    if prev == "and" and t.value == 0:
        return False                                # "4 thousand 3 hundred and 0" is two numbers
    if prev == "tens":
        return t.kind == "unit" and 1 <= t.value <= 9
    return prev in (None, "and", "hundred", "scale", "dozen")


def _value(toks: list[_Tok]) -> Fraction | None:
    """The value of a whole run of tokens, or None when it is not one well-formed number."""
    kinds = [t.kind for t in toks]
    if "point" in kinds:
        return _decimal(toks, kinds.index("point"))
    ords = [i for i, k in enumerate(kinds) if k == "ord"]
    if not ords:
        return _whole(toks)
    if len(ords) > 1:
        return None
    return _fraction(toks[: ords[0]], toks[ords[0]], toks[ords[0] + 1:])


def _decimal(toks: list[_Tok], at: int) -> Fraction | None:
    """ "two hundred point zero three", "nine point nought four", "point seventy-one" digits, and a scale after
    them ("one point five billion")."""
    left = _whole(toks[:at]) if at else None
    if left is None:
        return None
    digits = ""
    rest = toks[at + 1:]
    scaled = next((k for k, t in enumerate(rest) if t.kind in ("scale", "dozen")), len(rest))
    mult = _trailing_scale(rest[scaled:]) if scaled < len(rest) else Fraction(1)   # "one point five billion"
    if mult is None:
        return None
    rest = rest[:scaled]
    i = 0
    while i < len(rest):
        t = rest[i]
        if t.kind == "tens" and i + 1 < len(rest) and rest[i + 1].kind == "unit" and 1 <= rest[i + 1].value <= 9:
            digits += str(int(t.value + rest[i + 1].value))
            i += 2
            continue
        if t.kind in ("unit", "tens"):
            digits += str(int(t.value))
        elif t.kind == "num" and re.fullmatch(r"\d+", t.text):
            digits += t.text
        else:
            return None
        i += 1
    if not digits or len(digits) > MAX_DIGITS:
        return None
    return (left + Fraction(int(digits), 10 ** len(digits))) * mult


def _fraction(before: list[_Tok], ord_tok: _Tok, after: list[_Tok]) -> Fraction | None:
    """[whole and] numerator denominator [of a] [scale]: "two thirds", "one hundred thirty fifths",
    "five and a half million", "two thirds of a million", "one billion and three quarters million"."""
    mult = _trailing_scale(after)
    if mult is None:
        return None
    ordinal = ord_tok.ordinal
    den = ord_tok.value
    if ordinal.unit and len(before) >= 2 and before[-1].kind == "tens" and \
            (ord_tok.hyphen or before[-2].kind != "and"):
        den, before = before[-1].value + den, before[:-1]             # "thirty fifths" is 1/35
    elif ordinal.value in (1, 2) and ordinal.unit:
        return None                                                  # "first", "second" alone are no fractions
    ands = [i for i, t in enumerate(before) if t.kind == "and"]
    whole_toks, num_toks = (before[: ands[-1]], before[ands[-1] + 1:]) if ands else ([], before)
    num = _numerator(num_toks, ordinal, bool(whole_toks))
    if num is None or (num == 1) == ordinal.plural:
        return None                                                  # "a fifth", "three fifths"
    frac = num / den
    if not whole_toks:
        return frac * mult
    whole = _whole(whole_toks)
    if whole is None:
        return None
    if frac >= 1:
        return (whole + num) / den * mult                             # "one hundred and thirty fifths" = 130/5
    last = whole_toks[-1]
    if mult == 1 and last.kind == "scale" and last.value >= 10**6:
        return whole + frac * last.value                             # "3 million and a half"
    if mult > 1 and last.kind in ("scale", "hundred") and last.value >= mult:
        return whole + frac * mult                                   # "one billion and a half million"
    return (whole + frac) * mult


def _numerator(toks: list[_Tok], ordinal: Ordinal, has_whole: bool) -> Fraction | None:
    if not toks:
        return Fraction(1) if ordinal.alone and not has_whole else None
    if [t.kind for t in toks] == ["a"]:
        return Fraction(1)
    if any(t.kind == "num" for t in toks):
        return None                                  # "100 millionths" is not a fraction in words
    return _whole(toks)


def _trailing_scale(after: list[_Tok]) -> Fraction | None:
    """The scale a fraction is of: nothing (1), "million", "a dozen", "of a million"."""
    i = 0
    if after and after[0].kind == "of":
        i = 1
    if i < len(after) and after[i].kind == "a":
        i += 1
    scales = after[i:]
    if (i and not scales) or any(t.kind not in ("scale", "hundred", "dozen") for t in scales):
        return None
    mult = Fraction(1)
    for t in scales:
        mult *= t.value
    return mult


_PLAIN = re.compile(r"\d+(?:\.\d+)?")


@lru_cache(maxsize=65536)
def longest(run: str) -> tuple[int, Fraction] | None:
    """The longest prefix of a run that is one well-formed number: (its length in the run, its value).
    A prefix may not stop right before a scale word that would bind to it, nor inside a hyphenated word."""
    try:
        if _PLAIN.fullmatch(run):
            _check_digits(run)
            return len(run), Fraction(run)            # most numbers: "30", "2013", "1.5"
        toks = _tokens(run)
    except Unreadable:
        return None
    for k in range(len(toks), 0, -1):
        if k < len(toks):
            nxt = toks[k]
            if nxt.kind in ("hundred", "scale", "dozen") or (nxt.hyphen and nxt.kind != "num"):
                continue
        value = _value(toks[:k])
        if value is not None:
            if abs(value) >= 10 ** MAX_DIGITS or (value and abs(value) < Fraction(1, 10 ** MAX_DIGITS)):
                return None                           # "two ^ 999" and the like: no figure of a report
            return toks[k - 1].end, value
    return None
