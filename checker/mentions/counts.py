"""How many: numbers with their qualifiers and ranges, kept as intervals (DESIGN §2).

"more than 27 leaders" is (27, ∞); "up to 30" is (-∞, 30]; "between 20 and 30", "20-30" and "from 20 to
30" are [20, 30] (closed, like the experimental mode of Recognizers-Text); "500 or more" is [500, ∞).
Vague qualifiers ("about", "approximately", "some", "nearly", "just over") are recorded as such: how wide a
band they mean is the rule pack's setting, applied in the fact stage by :func:`quantity_interval`.
The words after the number are kept so the fact stage can see what is counted ("thirty-five invited
delegations").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from checker.mentions import Mention
from checker.mentions.numbers import NUMBER, NUMBER_AFTER_SEP, parse_number
from checker.values import Interval

# canonical qualifier -> how it bounds the figure
GT, GE, LT, LE, EQ, APPROX, BELOW, ABOVE = "gt", "ge", "lt", "le", "eq", "approx", "below", "above"
PREFIXES: dict[str, tuple[str, str]] = {}
for _words, _canon, _kind in [
    ("more than|over|above|greater than|larger than|bigger than|higher than|in excess of|upwards of|well over"
     "|well above|exceeding|exceeds|exceeded|exceed|surpassing|surpassed|surpasses|surpass|beyond", "more than", GT),
    ("at least|no less than|no fewer than|not less than|not fewer than|a minimum of|minimum of|a minimum"
     "|greater than or equal to|more than or equal to|bigger than or equal to|larger than or equal to",
     "at least", GE),
    ("less than|fewer than|below|under|lower than|smaller than", "less than", LT),
    ("up to|no more than|not more than|at most|a maximum of|maximum of|as many as|as much as|less than or equal to"
     "|fewer than or equal to|smaller than or equal to|no greater than|not exceeding|not to exceed|a max of",
     "up to", LE),
    ("equal to|equals|exactly|precisely|a total of|totalling|totaling", "exactly", EQ),
    ("about|approximately|approx\\.|around|roughly|some|circa|ca\\.|c\\.|an estimated|estimated|close to"
     "|more or less|an approximate|approximate|roughly some", "about", APPROX),
    ("nearly|almost|just under|just below|just shy of|close on|not quite", "nearly", BELOW),
    ("just over|just above|slightly more than|a little over|a little more than|slightly over", "just over", ABOVE),
]:
    for _w in _words.split("|"):
        PREFIXES[_w.replace("\\", "")] = (_canon, _kind)

SUFFIXES = {"or more": GE, "or greater": GE, "or above": GE, "or higher": GE, "or over": GE, "plus": GE, "+": GE,
            "or less": LE, "or fewer": LE, "or below": LE, "or lower": LE, "or under": LE, "or so": APPROX}
# Plural round numbers used as counts: "dozens of countries" means at least two dozen.
PLURALS = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens of thousands": 20000,
           "hundreds of thousands": 200000, "millions": 2 * 10**6, "billions": 2 * 10**9}

_PREFIX_ALT = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(PREFIXES, key=len, reverse=True))
_SUFFIX_ALT = r"\s+or\s+(?:more|greater|above|higher|over|less|fewer|below|lower|under|so)\b|\s*\+(?![\d\w])|\s+plus\b"
_PLURAL_ALT = "|".join(sorted(PLURALS, key=len, reverse=True)).replace(" ", r"\s+")
_RANGE_SEP = r"\s*(?:-|–|—|~)\s*|\s+(?:to|through|thru)\s+"
_COUNT_RE = re.compile(
    rf"""(?:\bbetween\s+(?P<ba>{NUMBER})\s+and\s+(?P<bb>{NUMBER_AFTER_SEP}))
       |(?:(?P<q>\b(?:{_PREFIX_ALT}))\s+)?(?P<a>{NUMBER})
        (?:(?P<sep>{_RANGE_SEP})(?P<b>{NUMBER_AFTER_SEP}))?
        (?P<suf>{_SUFFIX_ALT})?
       |(?P<plural>\b(?:{_PLURAL_ALT}))(?=\s+of\b)
    """,
    re.I | re.X,
)
_AFTER_WORDS = re.compile(r"[\w’'-]+|[^\w\s]")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_COMBINE = re.compile(r"\s+(?:and|but)\s+$", re.I)


@dataclass(frozen=True)
class Quantity:
    """A number as the text qualifies it. ``lo``/``hi`` are the bounds the words imply on their own (None =
    unbounded); for vague qualifiers they are the figure itself and ``kind`` says how vague."""

    figure: float
    kind: str                       # gt ge lt le eq approx below above range
    qualifier: str | None           # canonical words: "more than", "up to", "about", "between" …
    lo: float | None
    hi: float | None
    lo_open: bool = False
    hi_open: bool = False

    def strict_interval(self) -> Interval:
        """The interval the words alone state, vague qualifiers read as the bare figure."""
        return Interval(self.lo, self.hi, self.lo_open, self.hi_open, self.figure, self.qualifier)


def quantity_interval(q: Quantity, approx: float = 0.1, nonnegative: bool = True,
                      up_to_floor: float = 0.0) -> Interval:
    """The interval a quantity allows under the rule pack's tolerances.

    ``approx`` is the relative width of "about N" ([N(1-t), N(1+t)]), of "nearly N" ([N(1-t), N)) and of
    "just over N" ((N, N(1+t)]). ``up_to_floor`` is the share of N that "up to N" still promises (0 = any
    number up to N). Counts of things are never negative.
    """
    lo, hi, lo_open, hi_open = q.lo, q.hi, q.lo_open, q.hi_open
    n = q.figure
    if q.kind == APPROX:
        lo, hi, lo_open, hi_open = n - abs(n) * approx, n + abs(n) * approx, False, False
    elif q.kind == BELOW:
        lo, hi, lo_open, hi_open = n - abs(n) * approx, n, False, True
    elif q.kind == ABOVE:
        lo, hi, lo_open, hi_open = n, n + abs(n) * approx, True, False
    elif q.kind in (LE, LT) and up_to_floor:
        lo, lo_open = n * up_to_floor, False
    if nonnegative and (lo is None or lo < 0):
        lo, lo_open = 0.0, False
    return Interval(lo, hi, lo_open, hi_open, n, q.qualifier)


def find_counts(text: str) -> Iterator[Mention]:
    """Every quantity in ``text``, with the words that follow it (what is counted)."""
    pending: Mention | None = None
    for m in _COUNT_RE.finditer(text):
        quantity = _quantity(m)
        if quantity is None:
            continue
        start, end = m.start(), m.end()
        if m.group("suf") and m.group("suf").strip() == "+" and quantity.kind != GE:
            end = m.start("suf")
        mention = Mention("count", start, end, text[start:end], quantity, {"after": following_words(text, end)})
        if pending is not None:
            merged = _combine(pending, mention, text)
            if merged is not None:
                pending = merged
                continue
            yield pending
        pending = mention
    if pending is not None:
        yield pending


def _quantity(m: re.Match) -> Quantity | None:
    if m.group("plural"):
        word = re.sub(r"\s+", " ", m.group("plural").lower())
        return Quantity(PLURALS[word], GE, word, PLURALS[word], None)
    if m.group("ba"):
        a, b = parse_number(m.group("ba")), parse_number(m.group("bb"))
        if a is None or b is None:
            return None
        return Quantity(a, "range", "between", min(a, b), max(a, b))
    a = parse_number(m.group("a"))
    if a is None:
        return None
    if m.group("b"):
        b = parse_number(m.group("b"))
        if b is not None and b >= a:
            qual = "from" if _FROM_BEFORE.search(m.string, 0, m.start()) else "between"
            return Quantity(a, "range", qual, a, b)
    q = m.group("q")
    suf = (m.group("suf") or "").strip().lower()
    suf = re.sub(r"\s+", " ", suf)
    if q:
        canon, kind = PREFIXES[re.sub(r"\s+", " ", q.lower())]
    elif suf in SUFFIXES:
        kind = SUFFIXES[suf]
        canon = {GE: "at least", LE: "up to", APPROX: "about"}[kind]
    else:
        kind, canon = EQ, None
    bounds = {GT: (a, None, True, False), GE: (a, None, False, False), LT: (None, a, False, True),
              LE: (None, a, False, False)}.get(kind, (a, a, False, False))
    return Quantity(a, kind, canon, *bounds)


def _combine(first: Mention, second: Mention, text: str) -> Mention | None:
    """ "more than 10 and less than 20" is one interval, (10, 20)."""
    a, b = first.value, second.value
    if not _COMBINE.fullmatch(text, first.end, second.start) and not _COMBINE.match(text[first.end:second.start]):
        return None
    if a.kind not in (GT, GE) or b.kind not in (LT, LE):
        return None
    q = Quantity(a.figure, "range", f"{a.qualifier} … {b.qualifier}", a.lo, b.hi, a.lo_open, b.hi_open)
    return Mention("count", first.start, second.end, text[first.start:second.end], q, second.data)


def following_words(text: str, end: int, limit: int = 5) -> list[str]:
    """The next few words after ``end`` (lower case), stopping at sentence punctuation."""
    words: list[str] = []
    for m in _AFTER_WORDS.finditer(text, end, min(len(text), end + 80)):
        token = m.group(0)
        if not token[0].isalnum():
            if token in ".;:!?()\n\"“”|":
                break
            continue
        words.append(token.lower())
        if len(words) >= limit:
            break
    return words
