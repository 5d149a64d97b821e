"""The cue pre-filter: the sentences where a fact could find a claim, so that the extractors read those only.

Every fact with cue words accepts a mention only with one of them in the sentence where the mention starts,
so the fact stage first finds, in one pass over the text, the sentences where a cue phrase of some fact
starts, and asks the extractors for the mentions that start there (:func:`where_used`).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Iterable

from checker.facts.phrases import WORD_BEFORE, anycase_word, first_letters, phrase_regex
from checker.mentions.scan import Offsets, lowered, word_trie
from checker.model.pack import Pack
from checker.text import TextIndex

def cued_sentences(text: str, index: TextIndex, pack: Pack) -> dict[str, set[int]]:
    """Fact -> the sentences (indexes) that hold one of its cue words; facts that may accept a mention
    anywhere (no cue words, or cue words :class:`_CueFinder` cannot look for) are left out.

    Every fact with cue words accepts a mention only if one of them stands in the mention's clause, sentence
    or window, all of which lie inside the sentence where the mention starts (:func:`checker.facts.accept.scope`). So a fact can
    use no mention that starts in another sentence, and the extractors need not read those. A cue phrase is
    looked for a little more loosely here than in :func:`checker.facts.accept.scope_has` (anything may
    follow it), so no sentence that has one is missed; a phrase's first word alone ("take" of "take place",
    "will" of "will meet") is not enough."""
    finder = _cue_finder(tuple((f.name, f.cues.words + f.labels if f.cues else None) for f in pack.facts.values()))
    found = finder.sentences(text, [s.start for s in index.sentences])
    for chosen in found.values():               # the answer to a cued question: "Who chaired the talks?\nX and Y."
        chosen.update([i + 1 for i in chosen if i + 1 < len(index.sentences) and index.is_question(i)])
    return found


def where_used(text: str, index: TextIndex, pack: Pack, kinds: frozenset[str],
                cued: dict[str, set[int]]) -> dict[str, list[Offsets]]:
    """For each mention kind, the spans of the sentences where some fact could accept a mention of that kind
    (:func:`cued_sentences`); kinds that some fact may take anywhere are left out (wanted everywhere)."""
    where: dict[str, list[Offsets]] = {}
    for kind in kinds:
        facts = [f.name for f in pack.facts.values() if kind in f.mentions]
        if all(name in cued for name in facts):
            where[kind] = sentence_spans(index, set().union(*(cued[name] for name in facts)))
    return where


def sentence_spans(index: TextIndex, chosen: Iterable[int]) -> list[Offsets]:
    """The spans of the sentences ``chosen``. A mention starts at a letter, a digit, a sign or a currency
    symbol, never in the spaces and closing quotes between two sentences: one that the fact stage places in
    sentence i (:meth:`TextIndex.sentence`) starts inside its span."""
    sentences = index.sentences
    return [(sentences[i].start, sentences[i].end) for i in sorted(chosen)]


# Over the lower-case text the cue finder runs plain patterns (scan.lowered): twice as fast as case-insensitive.
class _CueFinder:
    """Finds, in one pass over a text, the sentences where a cue phrase of each fact starts.

    The pass looks for the phrases' first words, with a plain pattern over the lower-case text where that
    finds what a case-insensitive one finds (scan.lowered), with a case-insensitive one elsewhere. Where a first word stands, a fact with a one-word phrase that begins so has a cue there; a
    fact whose phrases that begin so have more words is tested there with those phrases. The phrases are
    tested without the check for the end of their last word, and only up to the next sentence: a search of
    :func:`checker.facts.accept.scope_has` may stop just after a phrase (at a mention's start), where that
    check passes."""

    def __init__(self, facts: tuple[tuple[str, tuple[str, ...] | None], ...]) -> None:
        self.phrases: dict[str, tuple[tuple[str, str], ...]] = {}  # fact -> its cue phrases, with their first words
        for name, words in facts:
            pairs = tuple((w, _first_word(w)) for w in words or ())
            if pairs and all(re.fullmatch(r"[A-Za-z0-9'’-]+", h) and h[0].isalnum() for _, h in pairs):
                self.phrases[name] = pairs
        words = sorted({head.lower() for pairs in self.phrases.values() for _, head in pairs})
        self.lower = re.compile(first_letters(words, cased=False) + WORD_BEFORE + "(?:" + word_trie(words) + ")") \
            if words else None
        self._words = words
        self._anycase_pattern: re.Pattern | None = None
        self._tests: dict[tuple[str, bool], tuple[tuple[str, re.Pattern | None, bool], ...]] = {}

    def _anycase(self) -> re.Pattern:
        """The case-insensitive pattern, for the few texts the lower-case pass cannot read (compiled then)."""
        if self._anycase_pattern is None:
            self._anycase_pattern = re.compile(first_letters(self._words) + WORD_BEFORE + "(?:" + word_trie(self._words)
                                               + ")", re.I)
        return self._anycase_pattern

    def _tests_for(self, word: str, lower: bool) -> tuple[tuple[str, re.Pattern | None, bool], ...]:
        """For the first word ``word`` found (the longest that matches; every other one that does is a
        prefix of it): the facts with a phrase that begins so, each with None (a one-word phrase: a cue
        is there) or the pattern of those phrases and whether it is plain (for the lower-case text)."""
        key = (word, lower)
        tests = self._tests.get(key)
        if tests is None:
            found = []
            for name in self.phrases:
                if lower:
                    phrases = [p for p, head in self.phrases[name] if word.startswith(head.lower())]
                else:
                    phrases = [p for p, head in self.phrases[name] if anycase_word(head).match(word)]
                if not phrases:
                    continue
                if any(len(p.rstrip("*").split()) == 1 for p in phrases):
                    found.append((name, None, lower))
                else:
                    found.append((name, *phrase_regex(tuple(phrases), lower, word_end=False)))
            tests = self._tests[key] = tuple(found)
        return tests

    def sentences(self, text: str, starts: list[int]) -> dict[str, set[int]]:
        """Fact -> indexes of the sentences where one of its cue phrases starts (facts without cue words,
        or with cue words this finder cannot look for, are left out: they may take a mention anywhere)."""
        found: dict[str, set[int]] = {name: set() for name in self.phrases}
        if self.lower is None:
            return found
        low = lowered(text)
        finder = self.lower if low is not None else self._anycase()
        i, next_start, done = 0, starts[1] if len(starts) > 1 else len(text), set()
        for m in finder.finditer(low if low is not None else text):
            pos = m.start()
            if pos >= next_start:                   # the sentence of the match, as TextIndex.sentence finds it
                i = bisect.bisect_right(starts, pos) - 1
                next_start = starts[i + 1] if i + 1 < len(starts) else len(text)
                done = set()
            for name, regex, is_plain in self._tests_for(m.group(0), low is not None):
                if name in done:
                    continue
                if regex is None or regex.match(low if is_plain else text, pos, next_start):
                    done.add(name)
                    found[name].add(i)
        return found

def _first_word(phrase: str) -> str:
    words = phrase.rstrip("*").split()
    return words[0] if words else ""

@lru_cache(maxsize=16)
def _cue_finder(facts: tuple[tuple[str, tuple[str, ...] | None], ...]) -> _CueFinder:
    return _CueFinder(facts)
