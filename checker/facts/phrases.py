"""Phrases as regular expressions: the cue words, lead-ins and event words of a rule pack's facts.

A phrase is one or more words, matched whole (no letter, digit, apostrophe or hyphen right before or after
it), case-insensitive, with any spacing between its words; a trailing ``*`` matches any ending
(``convene*``); a word in brackets may be left out (``presided over (jointly) by``), and ``...`` stands for
up to two words of any kind (``largest ... contributor``: "largest outside contributor"). Neither may open
a phrase. A phrase that opens with a hyphen matches inside a hyphenated word (``-year-old`` in
"19-year-old"), one that ends with a hyphen before the rest of one (``fatally-``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from checker.mentions.scan import Cuts, Offsets, lowered, plain, starting_in

# A phrase stands alone: no letter, digit, apostrophe or hyphen right before or after it; unless it opens
# (or ends) with the hyphen itself, so that it is part of a hyphenated word ("-year-old").
WORD_BEFORE, WORD_AFTER = r"(?:(?<![\w'’-])|(?=-))", r"(?:(?![\w'’-])|(?<=-))"


def phrase_pattern(phrases: Iterable[str]) -> str:
    """Phrases as one alternation: case-insensitive words, any spacing, a trailing ``*`` for any ending.
    It opens with a lookahead for the phrases' first letters (the alternation is tried only where one
    stands)."""
    phrases = tuple(phrases)
    return first_letters(phrases) + WORD_BEFORE + "(?:" + phrase_body(phrases) + ")" + WORD_AFTER


def phrase_body(phrases: Iterable[str]) -> str:
    """The alternation inside :func:`phrase_pattern`, longest phrase first, without the word boundaries."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        star = phrase.endswith("*")
        words = phrase.rstrip("*").split()
        body = re.escape(words[0])
        for word in words[1:]:
            if word == "...":
                body += r"(?:\s+[\w'’-]+){0,2}"
            elif word.startswith("(") and word.endswith(")") and len(word) > 2:
                body += r"(?:\s+" + re.escape(word[1:-1]) + ")?"
            else:
                body += r"\s+" + re.escape(word)
        parts.append(body + (r"[\w'’-]*" if star else ""))
    return "|".join(parts)


def first_letters(phrases: Iterable[str], cased: bool = True) -> str:
    """A lookahead for the first letters of ``phrases`` (either case; as they are unless ``cased``), or nothing
    if one is empty."""
    firsts: set[str] = set()
    for phrase in phrases:
        head = phrase.rstrip("*").strip()[:1]
        if not head:
            return ""
        firsts |= {head.lower(), head.upper()} if cased else {head}
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])" if firsts else ""

@lru_cache(maxsize=256)
def phrases_regex(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(phrase_pattern(words), re.I)

def find_phrases(words: tuple[str, ...], text: str, spans: list[Offsets] | None) -> Iterator[re.Match]:
    """The matches of the phrases that start inside ``spans`` (None: anywhere), as a search of the whole
    text finds them: each span is widened to characters that no match can hold (:func:`_phrase_cuts`).
    Over the lower-case text where that is exact (scan.lowered)."""
    low = lowered(text)
    regex, is_plain = phrase_regex(words, low is not None)
    within = low if is_plain else text
    for first, stop in _phrase_cuts(words).regions_or_all(spans, text):
        yield from starting_in(regex, within, first, stop)

@lru_cache(maxsize=64)
def _phrase_cuts(words: tuple[str, ...]) -> Cuts:
    """Punctuation that no match of the phrases holds: a phrase is its words, spaces and, after a
    trailing ``*``, word characters, apostrophes and hyphens."""
    chars = "".join(c for c in '.,;:!?"“”()[]{}|' if not any(c in w for w in words))
    return Cuts(re.compile("[" + re.escape(chars) + "]" if chars else "(?!)"))

# A word that may stand between a phrase and the mention it anchors (a fact's ``anchor_gap``): not a number,
# and not a word that joins another clause or count ("one killed and two wounded": "two" is not killed).
GAP_WORD = (r"(?!(?:and|or|but|while|plus|with|as|after|when|one|two|three|four|five|six|seven|eight|nine|ten|"
            r"dozen|dozens)(?![\w'’-]))[^\W\d_][\w'’-]*")


@lru_cache(maxsize=64)
def ends_with(words: tuple[str, ...], gap: int = 0) -> re.Pattern:
    """A phrase at the end of the text before a mention, with up to ``gap`` lower-case words after it."""
    # lower-case words only: "killing Jane Doe, 40" is an age after a name, not 40 killed
    between = rf"(?:\s+(?-i:(?=[a-z])){GAP_WORD}){{0,{gap}}}" if gap else ""
    return re.compile(phrase_pattern(words) + between + r"(?:\s+the)?[\s,]*$", re.I)


@lru_cache(maxsize=64)
def starts_titled(words: tuple[str, ...]) -> re.Pattern:
    """A phrase after a mention with one to three capitalised words between, as in an event's name ("the Erbil
    Returns Conference"); the phrase itself capitalised too, and neither in capitals (a ticker's "HO CHI MINH
    CITY FOR SATURDAY FORUM")."""
    return re.compile(r"^(?:[ \t]+(?-i:[A-Z][a-z])[\w'’-]*){1,3}[ \t]+(?-i:(?=[A-Z][a-z]))" + phrase_pattern(words),
                      re.I)


@lru_cache(maxsize=64)
def starts_with(words: tuple[str, ...], gap: int = 0) -> re.Pattern:
    """A phrase at the start of the text after a mention, with up to ``gap`` words before it."""
    between = rf"(?:{GAP_WORD}\s+){{0,{gap}}}" if gap else ""
    return re.compile(r"^[\s]*" + between + phrase_pattern(words), re.I)


@lru_cache(maxsize=64)
def user_regex(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)

@lru_cache(maxsize=256)
def anycase_word(word: str) -> re.Pattern:
    return re.compile(re.escape(word), re.I)


@lru_cache(maxsize=256)
def phrase_regex(phrases: tuple[str, ...], lower: bool, word_end: bool = True) -> tuple[re.Pattern, bool]:
    """``phrases`` as a pattern (:func:`phrase_pattern`), and whether it is plain: for the lower-case text
    (scan.lowered) if ``lower`` and the words allow it, else case-insensitive. Without ``word_end`` it leaves
    out the check after the phrase: it matches where a phrase starts, whatever follows."""
    after = WORD_AFTER if word_end else ""
    if lower:
        low = tuple(p.lower() for p in phrases)
        try:
            return plain(first_letters(low, cased=False) + WORD_BEFORE + "(?:" + phrase_body(low) + ")" + after), True
        except ValueError:
            pass
    return re.compile(first_letters(phrases) + WORD_BEFORE + "(?:" + phrase_body(phrases) + ")" + after, re.I), False
