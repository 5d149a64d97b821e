"""Claim acceptance: the tests of a fact definition that a mention must pass to be a claim of that fact
(lead-in and lead-out words, the sentence not about another event, exclusion and cue words in scope), and
the unit a count counts."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any, Callable

from checker.facts.phrases import ends_with, phrases_regex, starts_with, user_regex
from checker.mentions.mention import Mention
from checker.mentions.counts import following_words
from checker.model.pack import Cue, FactDef
from checker.text import TextIndex, TextSpan

# Words that may not stand between a number and the noun it counts ("one of the leaders" counts nothing).
_UNIT_STOP = {"of", "the", "a", "an", "to", "in", "on", "at", "for", "from", "with", "by", "and", "or", "who",
              "which", "that", "were", "are", "is", "was", "have", "has", "had", "will", "would", "per", "than",
              "as", "into", "over", "under", "out", "about", "its", "their", "his", "her"}

def accepted(text: str, index: TextIndex, fact: FactDef, start: int, end: int, anchored: bool = True,
              memo: dict | None = None) -> bool:
    """The fact definition's tests, cheapest first. ``memo`` keeps, for the other mentions of a sentence,
    whether it is about another event (the same search for every mention in it)."""
    if fact.not_after and ends_with(fact.not_after).search(text, max(0, start - 40), start):
        return False
    if not anchored:
        pass
    elif fact.only_after:
        after_ok = bool(ends_with(fact.only_after).search(text, max(0, start - 40), start))
        before_ok = bool(fact.or_before and starts_with(fact.or_before).match(text[end:end + 40]))
        if not (after_ok or before_ok):
            return False
    elif fact.or_before and not starts_with(fact.or_before).match(text[end:end + 40]):
        return False
    sentence = index.sentence(start)
    if fact.other_event and memoised(memo, ("other", fact.other_event, sentence.start, max(sentence.end, end)),
                                      lambda: bool(user_regex(fact.other_event).search(text, sentence.start,
                                                                                  max(sentence.end, end)))):
        return False
    if fact.exclude and scope_has(text, index, fact.exclude, start, end):
        return False
    if fact.cues and not scope_has(text, index, fact.cues, start, end):
        return False
    return True


# How one participant took part, not the form of the meeting: "addressed the meeting by video from Brussels",
# "joined the talks by video link", "by video from Nuuk".
_MODE_BEFORE = re.compile(r"\b(?:joined|joins|joining|addressed|addresses|addressing|spoke|speaks|speaking|appeared|"
                          r"appears|appearing|dialled|dialed|dialling|dialing|participated\s+remotely|"
                          r"sent\s+a|delivered|recorded)\b[^.;:!?]{0,40}$", re.I)
_MODE_AFTER = re.compile(r"\s+(?:link\s+|call\s+)?from\s+(?:the\s+)?[A-ZÀ-Þ]")


def participant_mode(text: str, start: int, end: int) -> bool:
    """Whether a virtual expression says how someone joined a meeting rather than that it was virtual: it
    follows a verb of one participant's taking part in the same clause, or is followed by "from <place>"."""
    if _MODE_AFTER.match(text, end):
        return True
    head = text[max(0, start - 48):start]
    cut = max(head.rfind(ch) for ch in ",;:.!?\n")
    return bool(_MODE_BEFORE.search(head[cut + 1:]))


def scope_has(text: str, index: TextIndex, cue: Cue, start: int, end: int) -> bool:
    span = scope(index, cue, start, end)
    regex = phrases_regex(cue.words)
    return bool(regex.search(text, span.start, start) or regex.search(text, end, max(span.end, end)))


def scope(index: TextIndex, cue: Cue, start: int, end: int) -> TextSpan:
    if cue.scope == "sentence":
        return index.sentence(start)
    if cue.scope == "window":
        return index.window(start, end, cue.window)
    return index.clause(start, end)


def counted_unit(text: str, m: Mention, fact: FactDef) -> str | None:
    """The counted noun among the words after the number, if it is one of the fact's units."""
    words = following_words(text, m.end, fact.unit_window + 1)
    if not fact.units:
        return words[0] if words else None
    for word in words:
        if word in fact.units:
            return word
        if word in _UNIT_STOP:
            return None
    return None

def memoised(memo: dict | None, key: tuple, compute: Callable[[], Any]) -> Any:
    """``compute()``, kept in ``memo`` under ``key`` (computed each time without a memo)."""
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


@lru_cache(maxsize=32)
def without_lead(fact: FactDef) -> FactDef:
    """The fact's other tests, for a list already found through its lead-in or lead-out words."""
    return replace(fact, only_after=(), or_before=())
