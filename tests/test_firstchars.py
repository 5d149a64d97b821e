"""checker.facts.firstchars: a pack's sentence patterns, searched in two groups (those whose first characters
can be told, behind a lookahead for them, and the rest), find a match exactly where their alternation does."""

from __future__ import annotations

import random
import re

import pytest

from checker.facts.firstchars import any_search, first_chars
from checker.facts.phrases import user_regex
from checker.pack import load_pack
from checker.resources import default_rules_dir

from conftest import REPO


@pytest.mark.parametrize("pattern, flags, chars", [
    (r"\bfoo", re.I, "[f]"),
    (r"(?:a|b)?c", 0, "[abc]"),
    (r"\d+|(?<!\w)(?:ab|cd)", 0, r"[\dac]"),
    (r"\s*\(", 0, r"[\(\s]"),
    (r"x*", 0, None),                  # may match nothing
    (r"[^a]b", 0, None),               # a negated class
    (r"(?i:a)b", 0, None),             # case-insensitive inside a case-sensitive pattern
    (r"(?<=:)\s*.", 0, None),          # any character
])
def test_first_characters(pattern, flags, chars):
    assert first_chars(pattern, flags) == chars


def pattern_lists() -> list[tuple[str, ...]]:
    lists = set()
    for folder in [default_rules_dir(), REPO / "packs" / "incidents"]:
        for fact in load_pack(folder).facts.values():
            for patterns in (fact.other_event, fact.same_as_previous, fact.apart_previous):
                if patterns:
                    lists.add(tuple(patterns))
    lists.add((r"\bſeparate", r"(?-i:Kelvin)\s+\w+", r"(?<=[.!?] )the\s+day\b", r"(\w+) again \1"))
    return sorted(lists)


def stretches() -> list[tuple[str, int, int]]:
    rng = random.Random(7)
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "tests").glob("stories*/*/*"))
             if p.suffix in {".txt", ".md"}]
    texts.append("The ſeparate talks. KELVIN met. Officials' meeting followed; the day after, it was ſeparately "
                 "prepared. Before the summit, SEPARATE. Ministers will meet again next week.")
    out = []
    for text in texts:
        out += [(text, m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text)]
        for _ in range(5):
            a, b = sorted(rng.randrange(len(text) + 1) for _ in range(2))
            out.append((text, a, b))
    return out


def test_same_answer_as_the_alternation():
    spans = stretches()
    assert len(spans) > 3000
    for patterns in pattern_lists():
        whole, found = user_regex(patterns), any_search(patterns)
        answers = [bool(whole.search(text, a, b)) for text, a, b in spans]
        assert 0 < sum(answers)
        assert [found(text, a, b) for text, a, b in spans] == answers, patterns
