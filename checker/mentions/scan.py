"""Fast scanning: find cheap trigger tokens first, then try the full pattern only near them.

A full extraction pattern (a date, a qualified count, an amount of money) is a large case-insensitive
alternation with optional leading words ("more than", "the 4th of", "US$"); run with ``finditer`` it is tried
at every position of the text and reads well under 1.5 MB/s. Every match, though, contains a trigger — a
digit, a month or weekday name, a currency sign — that a small pattern finds at 7-13 MB/s. So we find the
triggers, and at each one try the full pattern with ``match`` at the start of each of the few words before it
(where a leading qualifier may begin) and at the trigger itself, keeping the earliest match that reaches the
trigger. Matches never overlap, as with ``finditer``.

An extractor may also be asked for the mentions that start inside some spans of the text only (the fact
stage knows that its facts can use no mention elsewhere). It then reads only the text around the spans: each
span is widened to the nearest **cuts** on either side (see :class:`Cuts`), points that no mention of that
extractor, nor any of its intermediate matches, runs across. At a cut the extractor's state is the same as it
would be there in a whole-text run (nothing found before it reaches past it), so within the widened regions
it finds exactly what a whole-text run finds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Sequence

from checker.regexcache import compiled

Offsets = tuple[int, int]
# Punctuation that no extractor of checker/mentions ever takes into a mention, a match it combines or a
# qualifier it reads before a number (tests/test_restricted.py checks every pattern): where one stands, a
# mention can be cut apart from its neighbours (see Cuts).
UNUSED = '"“”„«»;:!?[]{}|*•#@&%'

_WORD_START = re.compile(r"(?:^|(?<=[\s(\[“\"'‘/]))[^\s]", re.M)


def scan(pattern: re.Pattern | Callable[[str, int], re.Match | OnText | None], trigger: re.Pattern, text: str,
         lookback: int | Callable[[re.Match], int] = 4, reach: int = 48,
         regions: Sequence[Offsets] | None = None, trigger_text: str | None = None) -> Iterator[re.Match | OnText]:
    """Matches of ``pattern`` that contain a match of ``trigger``, leftmost first, non-overlapping.

    ``pattern`` may be a function of the text and a start that tries the pattern there (only the forms
    that can begin with that character, say) and returns the match or None. ``lookback`` is how many words
    before a trigger a match may start (or a function of the trigger match that says so), ``reach`` how
    many characters. ``regions`` (from :meth:`Cuts.regions`; default: the whole text) limits the triggers to
    those regions. ``trigger_text`` is the text the trigger runs on, when not ``text``: its :func:`lowered`
    copy.
    """
    match_at = pattern if callable(pattern) else pattern.match
    for first, stop in regions if regions is not None else ((0, len(text)),):
        last_end = first                       # a region starts at a cut: nothing before it reaches past it
        tried: dict[int, re.Match | None] = {}    # a start tried for one trigger may come up for the next
        for t in starting_in(trigger, trigger_text or text, first, stop):
            pos = t.start()
            if pos < last_end:
                continue
            back = lookback(t) if callable(lookback) else lookback
            floor = max(last_end, pos - reach)
            starts = [m.start() for m in _WORD_START.finditer(text, floor, pos)][-back:] if back else []
            starts.append(pos)
            for start in starts:
                if start in tried:
                    m = tried[start]
                else:
                    m = tried[start] = match_at(text, start)
                if m is not None and m.end() > pos:
                    yield m
                    last_end = m.end()
                    break


# A plain pattern over the lower-case text runs about twice as fast as the case-insensitive one over the text.
@lru_cache(maxsize=4)
def lowered(text: str) -> str | None:
    """``text`` in lower case, for running a case-insensitive pattern as a plain one (see :func:`plain`);
    None where the two could differ.

    A case-insensitive pattern takes a character for an ASCII letter exactly when the character lower-cases
    to that letter, except "ſ" (for "s"), dotless "ı" (for "i") and "İ" (for "i"; it lower-cases to two
    characters), and lower-casing changes no character's class (letter, digit, space, other). So where the
    length stays the same and neither "ſ" nor "ı" occurs, the plain pattern over the lower-case text matches
    at the same offsets, with the same groups, as the case-insensitive one over the text."""
    low = text.lower()
    if len(low) != len(text) or "ſ" in low or "ı" in low:
        return None
    return low


def plain(pattern: re.Pattern | str, flags: int = re.IGNORECASE) -> re.Pattern:
    """``pattern`` (case-insensitive; or its source and flags) compiled without IGNORECASE, to run over a
    :func:`lowered` text. Its letters must be ASCII and lower case (escapes such as ``\\S`` and group syntax
    aside), which :func:`lowered` relies on."""
    source, flags = (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (pattern, flags)
    cased = {c for c in re.sub(r"\\.|\(\?P[<=]", "", source) if c.lower() != c.upper()}
    if not cased <= set("abcdefghijklmnopqrstuvwxyz") or not flags & re.IGNORECASE:
        raise ValueError(f"not a case-insensitive pattern of lower-case ASCII letters: {sorted(cased)}")
    return compiled(source, flags & ~re.IGNORECASE)


class OnText:
    """A match found over a :func:`lowered` text, read as the same match of the text itself: the same
    offsets and groups, and group strings taken from the text (with their case)."""

    __slots__ = ("_m", "_text", "lastgroup")

    def __init__(self, m: re.Match, text: str) -> None:
        self._m, self._text, self.lastgroup = m, text, m.lastgroup

    def group(self, name: int | str = 0) -> str | None:
        start, end = self._m.span(name)
        return None if start < 0 else self._text[start:end]

    def span(self, name: int | str = 0) -> tuple[int, int]:
        return self._m.span(name)

    def start(self, name: int | str = 0) -> int:
        return self._m.start(name)

    def end(self, name: int | str = 0) -> int:
        return self._m.end(name)


def starting_in(pattern: re.Pattern, text: str, first: int, stop: int) -> Iterator[re.Match]:
    """Matches of ``pattern`` (a trigger) that start in the region ``[first, stop)`` (see
    :meth:`Cuts.regions`). Such a match ends by ``stop`` (nothing runs across a cut); the search stops a
    little after it, far enough that a lookahead at the end of a match sees what it would in the whole text
    (triggers look a few characters ahead at most), and near enough not to read on to the next match."""
    for m in pattern.finditer(text, first, min(stop + 64, len(text))):
        if m.start() >= stop:
            return
        yield m


_JOIN_GAP = 80


# Where the last few characters are ASCII, lower-casing them decides it: several times faster than the pattern.
class WordBefore:
    """Whether one of some words ends at an offset of a text, case ignored as a case-insensitive pattern
    ignores it: what a full stop follows ("Jan." may be a month, "2019." ends a sentence)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(sorted({w.lower() for w in words}))
        self.width = max(map(len, self.words))
        if not all(w.isascii() for w in self.words):
            raise ValueError("the words must be ASCII")
        self.regex = re.compile("(?:" + "|".join(map(re.escape, self.words)) + r")\Z", re.I)

    def __call__(self, text: str, end: int) -> bool:
        before = text[max(0, end - self.width):end]
        if before.isascii():
            return before.lower().endswith(self.words)
        return bool(self.regex.search(text, max(0, end - self.width), end))


@dataclass(frozen=True)
class Cuts:
    """Where an extractor's mentions can be cut apart: characters that none of its patterns, joins or
    qualifiers ever takes into a mention. No mention contains such a character, so none runs across the
    points on either side of it (the cuts).

    ``chars`` finds the candidate characters; ``keep(text, i)``, when given, says whether the candidate at
    ``i`` is one (a full stop ends a sentence, but "Jan." is a month). Mistaking a character for a cut would
    change results; leaving one out only makes a region larger, so ``keep`` errs on that side.
    """

    chars: re.Pattern
    keep: Callable[[str, int], bool] | None = None

    def regions(self, spans: Iterable[Offsets], text: str) -> list[Offsets]:
        """``spans`` widened to the nearest cut on either side, sorted and merged: a region ``(a, b)`` starts
        just after a cut character (or at 0) and ends at one or just after one (or at the end of the text)."""
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        if not merged:
            return []
        found = _CutFinder(self, text)
        out: list[Offsets] = []
        for start, end in merged:
            if out and start - out[-1][1] <= _JOIN_GAP:
                # Close to the last region: carry it on (a region may start and end at any cuts, and reading
                # a few characters more is cheaper than looking for the cut between them).
                out[-1] = (out[-1][0], max(out[-1][1], found.after(end)))
                continue
            first, stop = found.before(start), found.after(end)
            if out and first <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], stop))
            else:
                out.append((first, stop))
        return out

    def regions_or_all(self, spans: Iterable[Offsets] | None, text: str) -> list[Offsets]:
        """:meth:`regions` of ``spans``, or the whole text when there are none (None)."""
        return self.regions(spans, text) if spans is not None else [(0, len(text))]


class _CutFinder:
    """Finds the cut characters of one text near the edges of regions (a pass over all of it would cost
    more than the few short searches that regions need), testing candidates with ``keep`` once."""

    def __init__(self, cuts: Cuts, text: str) -> None:
        self.cuts, self.text = cuts, text
        self.kept: dict[int, bool] = {}
        # The last answers: no cut in [before_at, before_upto) and none in [after_from, after_at). Regions
        # come in text order, so a text with no cut for a long way (a megabyte on one line) is searched once,
        # not once per region.
        self._before: tuple[int, int] | None = None
        self._after: tuple[int, int] | None = None

    def _is_cut(self, i: int) -> bool:
        keep = self.cuts.keep
        if keep is None:
            return True
        known = self.kept.get(i)
        if known is None:
            known = self.kept[i] = keep(self.text, i)
        return known

    def before(self, pos: int) -> int:
        """The start of a region that holds ``pos``: just after the last cut character before it, else 0."""
        floor, known = 0, 0
        if self._before is not None and self._before[0] <= pos:
            if pos <= self._before[1]:
                return self._before[0]
            floor, known = self._before[1], self._before[0]
        width = 16                           # the cut is most often the full stop of the sentence before
        at = pos
        while at > floor:
            low = max(floor, at - width)
            for i in reversed([m.start() for m in self.cuts.chars.finditer(self.text, low, at)]):
                if self._is_cut(i):
                    self._before = (i + 1, pos)
                    return i + 1
            at, width = low, width * 4
        self._before = (known, pos)
        return known

    def after(self, pos: int) -> int:
        """The end of a region that holds everything before ``pos``: ``pos`` itself if a cut character
        stands just before it, else the first cut character at or after it, else the end of the text."""
        if pos > 0 and self.cuts.chars.match(self.text, pos - 1) and self._is_cut(pos - 1):
            return pos
        if self._after is not None and self._after[0] <= pos <= self._after[1]:
            return self._after[1]
        for m in self.cuts.chars.finditer(self.text, pos):
            if self._is_cut(m.start()):
                self._after = (pos, m.start())
                return m.start()
        self._after = (pos, len(self.text))
        return len(self.text)


# The regex engine tries each branch of a flat alternation at every position; factored by prefix, it follows
# one branch at most, which makes trigger patterns of many words several times faster.
def word_trie(words: Iterable[str]) -> str:
    """An alternation of literal words as a trie, matching exactly the words: ``(?:a(?:n)?|t(?:en|wo))``.
    Callers add the word boundaries."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(tree)


def _emit(node: dict) -> str:
    branches = [re.escape(ch) + _emit(sub) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
