"""Amounts of money: symbols, codes and currency words, scales, and the same qualifiers as counts.

"€1.5 billion", "1.5bn euros", "EUR 1.5 billion", "US$76.8 billion", "more than $2.9 billion", "£3m",
"75 USD million", "30 MUSD", "10 €", "thirteen dollars and forty-five cents", "50 cents".
The currency is an ISO 4217 code where the text fixes one ("€", "euros", "US$", "USD") and a unit name where
it does not ("$" is some dollar, "£" some pound, "cents" a sub-unit); the rule pack decides what an ambiguous
unit is taken to be when amounts are compared.

Like counts, amounts are found outward from a trigger, the currency marker: the number is read right after
a sign or a code ("$ 75 million", "USD 200") or right before a code, a word or a sign written after the
amount ("5 dollars", "200 USD", "10 €"). A code must be written in capitals to stand before an amount ("eur 5"
in running text is not money).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Sequence

from checker.mentions.currencies import CODES, DOLLAR_PREFIXES, GLUED_PREFIXES, SIGNS, SUB_UNITS, WORDS
from checker.mentions.mention import Mention
from checker.mentions.counts import PREFIXES, Quantity, qualifier_before
from checker.mentions.numbers import Found, number_at
from checker.mentions.numberwords import ONES, SCALES, TENS
from checker.mentions.scan import UNUSED, Cuts, Offsets, WordBefore, lowered, word_trie
from checker.regexcache import compiled

_PREFIXED = "|".join(re.escape(p) + r"\s?" for p in sorted(DOLLAR_PREFIXES, key=len, reverse=True))
_GLUED = "|".join(re.escape(p) for p in sorted(GLUED_PREFIXES, key=len, reverse=True))
_SIGN_ALT = "|".join(re.escape(s) for s in sorted(SIGNS, key=len, reverse=True))
# Every amount names its currency with a sign, a code or a word: the extractor works outward from these.
_MARKER = compiled(          # compiled once, then kept between runs (see checker.regexcache)
    rf"(?P<sign>(?<![^\W\d_]|[$_])(?:(?P<pre>{_PREFIXED}|{_GLUED})(?=\$))?(?:{_SIGN_ALT}))"
    rf"|(?P<code>(?<![A-Za-z])(?-i:(?P<mega>M)?(?:{'|'.join(CODES)}))(?![A-Za-z]))"
    rf"|(?P<word>(?<![\w])(?:{word_trie(WORDS)})(?!\w|-(?!a-)))",
    re.I)
# Where a marker may start, found by patterns far cheaper than _MARKER, which is tried only there (see
# _markers): at the first character of a sign (either case: "zł"), a few characters before a dollar sign (a
# prefix: "US$", "u.s. $"), at a code, or at a currency word, looked for in the lower-case text where that is
# exact (see scan.lowered).
# (Patterns that open with a plain character class or with literals let the engine skip to those characters.)
_SIGN_CHAR = re.compile("[" + re.escape("".join(sorted({s[0] for s in SIGNS} | {s[0].upper() for s in SIGNS}))) + "]")
_CODE = compiled("|".join(f"M{c}|{c}" for c in CODES))
_PREFIX_REACH = max(map(len, list(DOLLAR_PREFIXES) + list(GLUED_PREFIXES))) + 1      # + the optional space
_CURRENCY_WORD = compiled(rf"(?<![\w])(?:{word_trie(WORDS)})", re.I)
_CURRENCY_WORD_LOWER = compiled(rf"(?<![a-z0-9])(?:{word_trie(WORDS)})")
if not all(w == w.lower() and w.isascii() for w in WORDS):
    raise ValueError("currency words must be lower-case ASCII to be looked for in lower-case text")
_GAP_BEFORE = re.compile(r"[ \t]?-?$")
_SCALE_AFTER = re.compile(rf"[ \t]+(?P<scale>{word_trie(['thousand', 'million', 'billion', 'trillion', 'bn', 'mn', 'mln'])})\b", re.I)
_SUB_AMOUNT = re.compile(r"(?:\s*,)?\s+(?:and\s+)?", re.I)
_SUB_UNIT = re.compile(r"\s*(?P<unit>cents?|pence|penny|pennies)\b", re.I)
_SHORT_SCALES = {"bn": 10**9, "mn": 10**6, "mln": 10**6}
_WORD_START = re.compile(r"(?:^|(?<=[\s(\[“\"'‘/]))[^\s]", re.M)
# A word (and the space after it) that can be part of a number: digits, number words, "and", "a", "point".
_WORDS_OF_NUMBERS = "(?:" + word_trie(list(ONES) + list(TENS) + list(SCALES) + [
    "hundred", "hundreds", "and", "a", "an", "half", "quarter", "quarters", "point", "dozen", "dozens", "minus",
    "negative", "of"]) + r"|[a-z]+(?:ths?|ths|halves|thirds?|fifths?))"
_NUMBER_WORD = re.compile(rf"(?:[\d.,/½¼¾⅓⅔-]+[a-z]{{0,3}}|{_WORDS_OF_NUMBERS}(?:-{_WORDS_OF_NUMBERS})*[-,]?)\s*",
                          re.I)                                       # "twenty-four million dollars" too


@dataclass(frozen=True)
class Amount:
    """An amount of money as written: the quantity (with its qualifier) and the currency."""

    quantity: Quantity
    unit: str                # currency name: "Euro", "Dollar", "United States dollar"
    iso: str | None          # ISO 4217 code where the text fixes one

    @property
    def currency(self) -> str:
        return self.iso or self.unit


# An amount takes in a full stop only inside a number (before a digit), in a currency's name or prefix
# ("U.S. dollars", "u.s.$") or after an abbreviated qualifier ("ca. $5"), and none of the characters of
# scan.UNUSED, nor "(" or ")": so every other full stop is a cut (see scan.Cuts).
_DOT_WORD_BEFORE = WordBefore(
    {w[:i] for w in list(DOLLAR_PREFIXES) + list(GLUED_PREFIXES) + list(WORDS) + list(SIGNS) + list(CODES)
     for i, c in enumerate(w) if c == "."}
    | {w[:-1] for p in PREFIXES for w in p.split() if w.endswith(".")})
_DIGIT = re.compile(r"\d")


def _cut_at(text: str, i: int) -> bool:
    return text[i] != "." or not (_DIGIT.match(text, i + 1) or _DOT_WORD_BEFORE(text, i))


CUTS = Cuts(re.compile("[" + re.escape(UNUSED + "().") + "]"), _cut_at)


def find_money(text: str, spans: Sequence[Offsets] | None = None) -> Iterator[Mention]:
    """Every amount of money in ``text``. With ``spans``, only the text around them is read
    (:meth:`Cuts.regions`): the result is then every amount of the whole-text result that starts in those
    regions, which hold the spans."""
    for first, stop in CUTS.regions_or_all(spans, text):
        last_end = first
        for m in _markers(text, first, stop):
            if m.start() < last_end:
                continue
            found = _amount_at(text, m, last_end)
            if found is None:
                continue
            start, end, value, (unit, iso), from_word = found
            end, value = _with_sub_amount(text, end, value, unit, from_word)
            canon, bound, start = qualifier_before(text, start)
            bounds = {"gt": (value, None, True, False), "ge": (value, None, False, False),
                      "lt": (None, value, False, True), "le": (None, value, False, False)}.get(
                bound, (value, value, False, False))
            last_end = end
            yield Mention("money", start, end, text[start:end],
                          Amount(Quantity(value, bound, canon, *bounds), unit, iso))


def _markers(text: str, first: int, stop: int) -> Iterator[re.Match]:
    """The matches of _MARKER that start in ``[first, stop)``, exactly as ``_MARKER.finditer`` finds them,
    _MARKER tried only where one may start. Every candidate is tried in order and a match resumes the search
    at its end, as ``finditer`` does; a candidate pattern that finds a superset of the starts is all that
    needs to hold."""
    # Run at every position, the pattern of signs, prefixes, codes and words reads about 3 MB/s.
    low = lowered(text)
    words, words_text = (_CURRENCY_WORD, text) if low is None else (_CURRENCY_WORD_LOWER, low)
    end = min(stop + 64, len(text))
    pos = first
    sign_at = code_at = word_at = -1           # the next candidate of each kind, once looked for from pos
    while pos < stop:
        if sign_at < pos:
            hit = _SIGN_CHAR.search(text, pos, end)
            sign_at = end if hit is None else \
                max(pos, hit.start() - _PREFIX_REACH) if hit.group(0) == "$" else hit.start()
        if code_at < pos:
            hit = _CODE.search(text, pos, end)
            code_at = end if hit is None else hit.start()
        if word_at < pos:
            hit = words.search(words_text, pos, end)
            word_at = end if hit is None else hit.start()
        at = min(sign_at, code_at, word_at)
        if at >= stop:
            return
        m = _MARKER.match(text, at)
        if m is None:
            pos = at + 1
        else:
            yield m
            pos = m.end()


def _currency(m: re.Match) -> tuple[tuple[str, str | None], float]:
    """The currency a marker names, and the scale it implies ("MUSD" is millions of US dollars)."""
    if m.group("sign"):
        pre = m.group("pre")
        if pre:
            key = re.sub(r"\s+", "", pre.lower())
            return DOLLAR_PREFIXES.get(key) or GLUED_PREFIXES[key], 1
        return SIGNS[m.group("sign")], 1
    if m.group("code"):
        code = m.group("code")
        return (CODES[code[1:]], 10**6) if m.group("mega") else (CODES[code], 1)
    return WORDS[re.sub(r"\s+", " ", m.group("word").lower())], 1


def _amount_at(text: str, m: re.Match, floor: int):
    """(start, end, value, currency, written after the amount) for the amount a marker belongs to. A sign
    takes the number glued after it ("$10"), else the one right before it ("10 $"), else the one after it
    ("$ 75 million"); a code the number before it, else the one after it; a word the one before it."""
    currency, scale = _currency(m)
    after = None if m.group("word") else _number_after(text, m.end(), bool(m.group("code")))
    if m.group("code") and len(m.group("code")) == 1:          # "R640 million", not "Plan R 5" nor "5 R"
        if after is None or after.start != m.end():
            return None
        return m.start(), after.end, after.value * scale, currency, False
    if after is not None and m.group("sign") and after.start == m.end():
        return m.start(), after.end, after.value * scale, currency, False
    before = _number_before(text, m.start(), floor)
    if before is None:
        if after is None:
            return None
        return m.start(), after.end, after.value * scale, currency, False
    end, value = m.end(), before.value * scale
    if not m.group("word"):
        tail = _SCALE_AFTER.match(text, end)                 # "75 USD million"
        if tail and float(value).is_integer() and value < 1000:
            word = tail.group("scale").lower()
            end, value = tail.end(), value * (SCALES.get(word) or _SHORT_SCALES[word])
    return before.start, end, value, currency, not m.group("sign")


def _number_after(text: str, pos: int, glued: bool) -> Found | None:
    if pos < len(text) and text[pos] in " \t":
        pos += 1
    return number_at(text, pos, glued=glued)


def _number_before(text: str, pos: int, floor: int) -> Found | None:
    """The longest number that ends right before ``pos`` (a space or a hyphen between: "10 €", "one-yen")."""
    gap = _GAP_BEFORE.search(text, max(floor, pos - 2), pos)
    end = gap.start() if gap else pos
    if end <= floor or not (text[end - 1].isalnum() or text[end - 1] in "½¼¾⅓⅔"):
        return None
    starts = [w.start() for w in _WORD_START.finditer(text, max(floor, end - 60), end)]
    first = len(starts) - 1                           # walk back over the words a number can be made of
    while first > 0 and _NUMBER_WORD.fullmatch(text, starts[first - 1], starts[first]):
        first -= 1
    for start in starts[max(first, 0):]:
        found = number_at(text, start)
        if found is not None and found.end == end:
            return found
    return None


def _with_sub_amount(text: str, end: int, value: float, unit: str, from_word: bool) -> tuple[int, float]:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars and 15.", "17 USD 25": the
    cents of a whole amount; without the word "cents" only after a written currency and at a clause end."""
    if unit in ("Cent", "Pence", "Penny") or not float(value).is_integer():
        return end, value
    sep = _SUB_AMOUNT.match(text, end)
    if sep is None:
        return end, value
    sub = number_at(text, sep.end(), ratio=False)
    if sub is None or not float(sub.value).is_integer() or not 0 < sub.value < 100:
        return end, value
    named = _SUB_UNIT.match(text, sub.end)
    if named:
        return named.end(), value + sub.value / SUB_UNITS[named.group("unit").lower()]
    if from_word and not re.match(r"\s*(?:[\w$€£%]|\d)", text[sub.end:sub.end + 3]):
        return sub.end, value + sub.value / 100
    return end, value
