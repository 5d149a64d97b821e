"""Patterns given a lookahead of their possible first characters (so the engine skips the other characters at
once) find exactly what they found without it: the same matches, groups and answers at every position, over the
story texts and strings made to trip them (capitals of other scripts, "ſ", the Kelvin sign, curly quotes)."""

from __future__ import annotations

import random
import re

import pytest

from checker.mentions import places
from checker.mentions.dates import find
from checker.mentions.scan import lowered, plain, word_trie

from conftest import REPO

# The patterns without their lookahead, copied here on purpose: the reference (a change to a pattern's body
# is made in both places).
_OLD = {
    "places._CAP_RUN": re.compile(
        r"(?<![\w'’‑-])(?:[A-ZÀ-ÖØ-ÞİŁŚŠŽŹŻĆČĐŃŇŘŤŮĽŐŰĞŞȘȚ][\w'’‑.-]*)"
        r"(?:[ \t]+(?:of[ \t]+|the[ \t]+|de[ \t]+|del[ \t]+|de[ \t]+la[ \t]+|la[ \t]+|do[ \t]+|da[ \t]+|di[ \t]+|dos[ \t]+)?"
        r"[A-ZÀ-ÖØ-ÞİŁŚŠŽŹŻĆČĐŃŇŘŤŮĽŐŰĞŞȘȚ][\w'’‑.-]*)*"
    ),
    "find._TRIGGER": re.compile(
        r"(?P<digits>\d+)|(?<!\w)(?:(?P<word>" + word_trie(find._TRIGGER_WORDS) + r")"
        r"|(?P<holiday>(?:black|good)\s+friday)"
        r"|(?P<part>(?:end|beginning|middle|start)\s+of|(?:early|mid|late|earlier|later)[\s-]+(?:this|next|last|in)))"
        r"(?!\w)",
        re.I,
    ),
    "places._VIRTUAL": re.compile(
        r"\b(?:virtually|virtual\s+(?:meeting|summit|conference|talks|session|gathering|call|format)"
        r"|video[\s-]?(?:call|conference|link|conferencing)|videoconferenc(?:e|ing)"
        r"|by\s+video(?:[\s-]?(?:call|conference|link|conferencing))?"
        r"|online\s+(?:meeting|summit|conference|session|call)|(?:held|met|convened|conducted)\s+online"
        r"|via\s+(?:zoom|teams|video|webex)|(?<=:\s)virtual(?=\s*[;,.\n]))\b",
        re.I,
    ),
}
_NEW = {"places._CAP_RUN": places._CAP_RUN, "places._VIRTUAL": places._VIRTUAL, "find._TRIGGER": find._TRIGGER}

_TRICKY = [
    "The Ministers of Finance and the Governor met. O'Neill-Smith, D’Arcy and Jean-Luc Martin of the Bank.",
    "ÉMILE and İzmir, Łódź: not capitals here. 'Quoted Name' -Hyphen Start and ‑Dash.",
    "It was held virtually: virtual; VIRTUAL MEETING by VIDEO-LINK, a videoconferencing call held  online.",
    "Talks by video, via Zoom, Via WEBEX, via teams; online summit; Met online. Conducted\nonline.",
    "ſome Kelvin \u212a talks \u212aELVIN; BY VIDEO; hELD ONLINE; Online\tSession; virtualmeeting virtually.",
    "Format: virtual. Venue: virtual\n. x:virtual, y: virtual , z: Virtual;",
    "ſept 5, KELVIN on Sun; 12th of Sept.; end of May; mid-this; Black  Friday; good\nfriday 2019Q1 x9 9x",
    "Ōsaka, Ñuñoa; Ärzte in Łomża; Ĳssel; İstanbul; ŞEHİR, Ș and Ț; the end of next; earlier in 2020; d’Arc",
    "", "A", "a", "V", "by", "7", "Ab Cd Of Ef of the Gh and Ij", "\u212a",
]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "tests").glob("stories*/*/*"))
             if p.suffix in {".txt", ".md"}]
    return texts + _TRICKY


def _matches(pattern: re.Pattern, text: str, start: int = 0, end: int | None = None) -> list:
    end = len(text) if end is None else end
    return [(m.span(), m.groups(), m.lastgroup) for m in pattern.finditer(text, start, end)]


@pytest.mark.parametrize("name", sorted(_OLD))
def test_same_matches_as_without_the_lookahead(name):
    old, new = _OLD[name], _NEW[name]
    assert new.flags == old.flags and new.groupindex == old.groupindex
    rng = random.Random(11)
    texts = _texts()
    assert len(texts) > 100
    found = 0
    for text in texts:
        expected = _matches(old, text)
        found += len(expected)
        assert _matches(new, text) == expected
        low = lowered(text)
        if low is not None and old.flags & re.I:
            got = _matches(plain(new), low)
            assert got == _matches(plain(old), low)
            assert [(span, last) for span, _, last in got] == [(span, last) for span, _, last in expected]
        for _ in range(20):                         # stretches, and a match or a search at a position
            a, b = sorted(rng.randrange(len(text) + 1) for _ in range(2))
            assert _matches(new, text, a, b) == _matches(old, text, a, b)
            got, want = new.match(text, a), old.match(text, a)
            assert (got and got.span()) == (want and want.span())
            got, want = new.search(text, a, b), old.search(text, a, b)
            assert (got and got.span()) == (want and want.span())
    assert found > 50
