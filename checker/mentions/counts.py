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
from typing import Iterator, Sequence

from checker.mentions.mention import Mention
from checker.mentions.numbers import A_GOES_ON, number_at
from checker.mentions.numberwords import ONES, TENS, VULGAR
from checker.mentions.scan import UNUSED, Cuts, Offsets, WordBefore, lowered, plain, starting_in, word_trie
from checker.model.quantities import Interval

# how a qualifier bounds the figure (Quantity.bound)
GT, GE, LT, LE, EQ, APPROX, BELOW, ABOVE = "gt", "ge", "lt", "le", "eq", "approx", "below", "above"
_MORE = ("more", "greater", "larger", "bigger", "higher")
_LESS = ("less", "fewer", "smaller", "lower")


def _or_equal(words: tuple[str, ...]) -> str:
    """ "greater than or equal to", "greater or equal than", "equal to or greater than" … for each word."""
    forms = []
    for w in words:
        forms += [f"{w} than or equal to", f"{w} or equal to", f"{w} or equal than", f"equal to or {w} than",
                  f"equal or {w} than"]
    return "|".join(forms)


PREFIXES: dict[str, tuple[str, str]] = {}
for _words, _canon, _kind in [
    ("more than|over|above|greater than|larger than|bigger than|higher than|in excess of|upwards of|well over"
     "|well above|exceeding|exceeds|exceeded|exceed|surpassing|surpassed|surpasses|surpass|beyond", "more than", GT),
    ("at least|no less than|no fewer than|not less than|not fewer than|a minimum of|minimum of|a minimum"
     "|at least or equal to|" + _or_equal(_MORE), "at least", GE),
    ("less than|fewer than|below|under|lower than|smaller than", "less than", LT),
    ("up to|no more than|not more than|at most|a maximum of|maximum of|as many as|as much as|at most or equal to"
     "|no greater than|not exceeding|not to exceed|a max of|" + _or_equal(_LESS), "up to", LE),
    ("equal to|equals|equals to|equaling|equaling to|equalling|equalling to|exactly|precisely|a total of"
     "|totalling|totaling", "exactly", EQ),
    ("about|approximately|approx\\.|around|roughly|some|circa|ca\\.|c\\.|an estimated|estimated|close to"
     "|more or less|an approximate|approximate|roughly some", "about", APPROX),
    ("nearly|almost|just under|just below|just shy of|close on|not quite", "nearly", BELOW),
    ("just over|just above|slightly more than|a little over|a little more than|slightly over", "just over", ABOVE),
]:
    for _w in _words.split("|"):
        PREFIXES[_w.replace("\\", "")] = (_canon, _kind)

# Comparison signs right before a number: ">10", ">= 30", "< = 100", "<=  -30" ("<>30", "=>30" are none).
_SIGN_BEFORE = re.compile(r"(?<![<>=≤≥])(?P<op>>\s*=|<\s*=|[<>≤≥])\s*$")
_SIGNS = {">": GT, "<": LT, "≥": GE, "≤": LE, ">=": GE, "<=": LE}
SUFFIXES = {"more": GE, "greater": GE, "above": GE, "higher": GE, "over": GE, "up": GE, "plus": GE, "+": GE,
            "less": LE, "fewer": LE, "below": LE, "lower": LE, "under": LE, "so": APPROX}
# Plural round numbers used as counts: "dozens of countries" means at least two dozen.
PLURALS = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens of thousands": 20000,
           "hundreds of thousands": 200000, "millions": 2 * 10**6, "billions": 2 * 10**9}

# "500 or more", "five hundred and more", "30 and up", "200 or greater than", "less than 5000 or equal (to)".
_SUFFIX_RE = re.compile(r"\s+(?P<conj>or|and)\s+(?P<w>more|greater|above|higher|over|up|less|fewer|below|lower"
                        r"|under|so|equal)(?:\s+(?:than|to)\b)?(?![\w-])|\s*(?P<plus>\+)(?![\d\w])|\s+(?P<w2>plus)\b",
                        re.I)
_ODD = re.compile(r"[-‑ ]odd\b", re.I)
_RANGE_SEP = re.compile(r"\s*(?:-|–|—|~)\s*|\s+(?:to|through|thru)\s+", re.I)
_AND_SEP = re.compile(r"\s+and\s+", re.I)
# A second number followed by yet another ("+1-222-2222-2222", "1-222-2222/2222") is a code, not a range.
_CONTINUES = re.compile(r"\s*[-–/]\s*\d")
_PLURAL_RE = re.compile(r"(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|scores|hundreds|thousands|millions|billions)"
                        r"(?=\s+of\b)", re.I)
# The words right before a number (only spaces between them), where a qualifier such as "no fewer than" sits.
_WORDS_BEFORE = re.compile(r"(?:[A-Za-z]+\.?[ \t]+){1,6}$")
_WORDS_BEFORE_REVERSED = re.compile(r"(?:[ \t]+\.?[A-Za-z]+){1,6}")
_WORD_RE = re.compile(r"[A-Za-z]+\.?")
_LONGEST_PREFIX = max(len(p.split()) for p in PREFIXES)
_NUMBER_WORDS = word_trie(list(ONES) + list(TENS) + [
    "a", "an", "half", "quarter", "minus", "negative", "dozens", "scores", "tens", "hundreds", "thousands", "millions",
    "billions"])
# Every count starts with a number (or "a dozen", "dozens of"): the extractor works outward from these.
_TRIGGER = re.compile(rf"(?<![\w.,/:])\.?\d|(?<![\w.,/)\]+-])[-−](?=\d)|[{''.join(VULGAR)}]"
                      rf"|(?<![\w-])(?:{_NUMBER_WORDS})(?!\w)", re.I)
_TRIGGER_PLAIN = plain(_TRIGGER)          # the same, over the lower-case text (see scan.lowered)
_AFTER_WORDS = re.compile(r"[\w’'-]+|[^\w\s]")
# Two bounds joined into one interval: "more than 10 and less than 20", "at most 100 and at least 20",
# "higher or equal than one hundred, lower or equal than three hundred".
_COMBINE = re.compile(r"\s*,\s*(?:(?:and|but)\s+)?|\s+(?:and|but)\s+", re.I)


@dataclass(frozen=True)
class Quantity:
    """A number as the text qualifies it. ``lo``/``hi`` are the bounds the words imply on their own (None =
    unbounded); for vague qualifiers they are the figure itself and ``bound`` says how vague."""

    figure: float
    bound: str                      # gt ge lt le eq approx below above range
    qualifier: str | None           # canonical words: "more than", "up to", "about", "between" …
    lo: float | None
    hi: float | None
    lo_open: bool = False
    hi_open: bool = False

    def strict_interval(self) -> Interval:
        """The interval the words alone state, vague qualifiers read as the bare figure."""
        return Interval(self.lo, self.hi, self.lo_open, self.hi_open, self.figure, self.qualifier)


def is_round(figure: float) -> bool:
    """Whether a figure has two significant digits or fewer ("400", "1.2 billion"), as rounded figures do."""
    digits = f"{abs(figure):.6e}".split("e")[0].replace(".", "").rstrip("0")
    return figure != 0 and len(digits) <= 2


def quantity_interval(q: Quantity, approx: float = 0.1, nonnegative: bool = True,
                      up_to_floor: float = 0.0, rounded: float = 0.0) -> Interval:
    """The interval a quantity allows under the rule pack's tolerances.

    ``approx`` is the relative width of "about N" ([N(1-t), N(1+t)]), of "nearly N" ([N(1-t), N)) and of
    "just over N" ((N, N(1+t)]). ``up_to_floor`` is the share of N that "up to N" still promises (0 = any
    number up to N). ``rounded`` is how far either way a bare round figure reaches ("$400m" for $398m, so
    that it meets "nearly $400 million"). Counts of things are never negative.
    """
    lo, hi, lo_open, hi_open = q.lo, q.hi, q.lo_open, q.hi_open
    n = q.figure
    if rounded and q.bound == EQ and is_round(n):
        lo, hi = n - abs(n) * rounded, n + abs(n) * rounded
    elif q.bound == APPROX:
        lo, hi, lo_open, hi_open = n - abs(n) * approx, n + abs(n) * approx, False, False
    elif q.bound == BELOW:
        lo, hi, lo_open, hi_open = n - abs(n) * approx, n, False, True
    elif q.bound == ABOVE:
        lo, hi, lo_open, hi_open = n, n + abs(n) * approx, True, False
    elif q.bound in (LE, LT) and up_to_floor:
        lo, lo_open = n * up_to_floor, False
    if nonnegative and (lo is None or lo < 0):
        lo, lo_open = 0.0, False
    return Interval(lo, hi, lo_open, hi_open, n, q.qualifier)


# A count takes in a full stop only inside a number (before a digit: "1.5", ".5") or after an abbreviated
# qualifier ("ca. 30"), and none of the characters of scan.UNUSED, nor "$", "(" or ")": so every other full
# stop is a cut (see scan.Cuts).
_DOT_WORD_BEFORE = WordBefore(w[:-1] for p in PREFIXES for w in p.split() if w.endswith("."))
_DIGIT = re.compile(r"\d")
_DOZENS = re.compile(r"(?!(?:a|an|one)\s)[a-z-]+\s+dozen\b", re.I)    # "two dozen" ("a dozen" stays 12)


def _cut_at(text: str, i: int) -> bool:
    return text[i] != "." or not (_DIGIT.match(text, i + 1) or _DOT_WORD_BEFORE(text, i))


CUTS = Cuts(re.compile("[" + re.escape(UNUSED + "$().") + "]"), _cut_at)


def find_counts(text: str, spans: Sequence[Offsets] | None = None) -> Iterator[Mention]:
    """Every quantity in ``text``, with the words that follow it (what is counted).

    Works outward from each number: the qualifier is looked up among the words (or the comparison sign)
    just before it, a range ("20-30", "20 to 30", "between 20 and 30") and a suffix ("or more") are matched
    just after it. With ``spans``, only the text around them is read (:meth:`Cuts.regions`): the result is
    then every count of the whole-text result that starts in those regions, which hold the spans."""
    low = lowered(text)
    trigger, trigger_text = (_TRIGGER, text) if low is None else (_TRIGGER_PLAIN, low)
    for first, stop in CUTS.regions_or_all(spans, text):
        pending: Mention | None = None
        last_end = first
        for t in starting_in(trigger, trigger_text, first, stop):
            if t.start() < last_end:
                continue
            if t.end() - t.start() <= 2 and t.group(0).lower() in ("a", "an") and not A_GOES_ON.match(text, t.end()):
                continue                        # "a" alone is no number: most of these triggers
            found = _count_at(text, t.start())
            if found is None:
                continue
            start, end, quantity = found
            last_end = end
            mention = Mention("count", start, end, text[start:end], quantity)
            if pending is not None:
                merged = _combine(pending, mention, text)
                if merged is not None:
                    pending = merged
                    continue
                yield pending
            pending = mention
        if pending is not None:
            yield pending


def _count_at(text: str, pos: int) -> tuple[int, int, Quantity] | None:
    """The quantity whose number starts at ``pos``: (start, end, quantity), or None."""
    plural = _PLURAL_RE.match(text, pos)
    if plural:
        word = re.sub(r"\s+", " ", plural.group(0).lower())
        figure = PLURALS.get(word, PLURALS[word.split()[-1]])
        return pos, plural.end(), Quantity(figure, GE, word, figure, None)
    first = number_at(text, pos)
    if first is None:
        return None
    start, end, a = first
    words = _words_before(text, start)
    ranged = _range(text, words, start, end, a)
    if ranged is not None:
        return ranged
    canon, bound, start = qualifier_before(text, start, words)
    bound, canon, end = _suffix(text, end, bound, canon)
    if bound == EQ and canon is None and _DOZENS.match(text, start, end):
        bound, canon = APPROX, "about"        # "two dozen countries" is a round figure, not exactly 24
    bounds = {GT: (a, None, True, False), GE: (a, None, False, False), LT: (None, a, False, True),
              LE: (None, a, False, False)}.get(bound, (a, a, False, False))
    return start, end, Quantity(a, bound, canon, *bounds)


def _range(text: str, words: list[tuple[str, int]], start: int, end: int, a: float):
    """ "between A and B", "from A to B", "A-B", "A through B", as a closed range."""
    last_word = words[-1][0] if words else ""
    if last_word == "between":
        sep = _AND_SEP.match(text, end)
        b = number_at(text, sep.end(), after_sep=True) if sep else None
        if b is not None:
            lo, hi = min(a, b.value), max(a, b.value)
            return words[-1][1], b.end, Quantity(lo, "range", "between", lo, hi)
    sep = _RANGE_SEP.match(text, end)
    b = number_at(text, sep.end(), after_sep=True) if sep else None
    if b is None or b.value < a or _CONTINUES.match(text, b.end):
        return None
    if last_word == "from":
        return words[-1][1], b.end, Quantity(a, "range", "from", a, b.value)
    return start, b.end, Quantity(a, "range", "between", a, b.value)


def qualifier_before(text: str, start: int,
                     words: list[tuple[str, int]] | None = None) -> tuple[str | None, str, int]:
    """The qualifier right before a number (or an amount) at ``start``: (canonical words, bound, where the
    mention starts). Amounts of money share it with counts."""
    if words is None:
        words = _words_before(text, start)
    for n in range(min(len(words), _LONGEST_PREFIX), 0, -1):
        phrase = " ".join(w for w, _ in words[-n:])
        if phrase in PREFIXES:
            canon, bound = PREFIXES[phrase]
            return canon, bound, words[-n][1]
    before = text[max(0, start - 8):start].rstrip()
    sign = None
    if before[-1:] in ("<", ">", "=", "≤", "≥"):
        sign = _SIGN_BEFORE.search(text, max(0, start - 8), start)
    if sign:
        bound = _SIGNS[re.sub(r"\s+", "", sign.group("op"))]
        return {GT: "more than", GE: "at least", LT: "less than", LE: "up to"}[bound], bound, sign.start()
    return None, EQ, start


def _suffix(text: str, end: int, bound: str, canon: str | None) -> tuple[str, str | None, int]:
    """A bound written after the number ("500 or more", "less than 5000 or equal"), unless the words go on
    to another number ("200 or greater than 190": that is a comparison of its own)."""
    odd = _ODD.match(text, end)
    if odd and bound == EQ:
        return ABOVE, "just over", odd.end()              # "180-odd negotiators": a few more than 180
    m = _SUFFIX_RE.match(text, end)
    if m is None or number_at(text, _skip_space(text, m.end())) is not None:
        return bound, canon, end
    word = (m.group("w") or m.group("w2") or m.group("plus")).lower()
    if word == "equal":
        if bound not in (GT, LT):
            return bound, canon, end
        new = GE if bound == GT else LE
    elif word == "so":
        if m.group("conj").lower() != "or" or bound != EQ:
            return bound, canon, end
        new = APPROX
    elif bound in (EQ, APPROX):
        new = SUFFIXES[word]
    else:
        return bound, canon, end
    return new, {GE: "at least", LE: "up to", APPROX: "about"}[new], m.end()


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _words_before(text: str, pos: int) -> list[tuple[str, int]]:
    """The words right before ``pos``, lower case, with their offsets, nearest last."""
    low = max(0, pos - 60)
    # _WORDS_BEFORE.search(text, low, pos) finds the longest run of words that ends at pos; the same run
    # matched backwards from pos, over the reversed text, is found without trying every start.
    m = _WORDS_BEFORE_REVERSED.match(text[low:pos][::-1])
    if m is None:
        return []
    return [(w.group(0).lower(), w.start()) for w in _WORD_RE.finditer(text, pos - m.end(), pos)]


def _combine(first: Mention, second: Mention, text: str) -> Mention | None:
    """ "more than 10 and less than 20" is one interval, (10, 20), when it is not empty ("more than 40 and
    less than 10" are two)."""
    a, b = first.value, second.value
    if not _COMBINE.fullmatch(text, first.end, second.start):
        return None
    lower, upper = (a, b) if a.bound in (GT, GE) else (b, a)
    if lower.bound not in (GT, GE) or upper.bound not in (LT, LE):
        return None
    joined = Interval(lower.lo, upper.hi, lower.lo_open, upper.hi_open)
    if joined.is_empty():
        return None
    q = Quantity(lower.figure, "range", f"{a.qualifier} … {b.qualifier}", lower.lo, upper.hi, lower.lo_open,
                 upper.hi_open)
    return Mention("count", first.start, second.end, text[first.start:second.end], q)


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
