"""The same-event split of a large story shares one score among pairs of articles that say the same things
(checker.sameevent._pair_scorer): the split, and every pair's score, are those scored pair by pair."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from checker import sameevent
from checker.facts import extract_claims
from checker.model.documents import Document
from checker.model.quantities import Count, Interval
from checker.pack import load_pack
from checker.resources import default_rules_dir
from checker.sameevent import split_events
from checker.story import _compatible

LEADS = [
    "Leaders from 30 countries met in Paris on Thursday, September 4, 2025, for a summit co-chaired by Emmanuel "
    "Macron and Keir Starmer.",
    "A summit co-chaired by Emmanuel Macron and Keir Starmer brought together leaders from 30 countries in Paris on "
    "Thursday, September 4, 2025.",
    "On Thursday, September 4, 2025, leaders from 32 countries gathered in Paris at a summit chaired by Emmanuel "
    "Macron.",
    "Ministers from 12 countries held a video call on Tuesday, September 16, 2025, hosted from Geneva by Ignazio "
    "Cassis.",
]
MORE = [
    "The European Union pledged €1.5 billion for reconstruction at the summit.",
    "Alongside U.S. negotiators Steve Witkoff and Jared Kushner, the leaders discussed guarantees.",
    "Officials said the talks covered air defence. The Asian Development Bank sent observers.",
]


@pytest.fixture(scope="module")
def story():
    pack = load_pack(default_rules_dir())
    docs = [Document(id=f"a{i:02d}", path=f"a{i:02d}.txt", story="s", published=dt.date(2025, 9, 20),
                     text=f"{LEADS[i % 4 if i % 5 else 3]}\n{MORE[i % 3]}\nReport {i}.\n") for i in range(17)]
    claims = [c for d in docs for c in extract_claims(d, pack)]
    return [d.id for d in docs], claims, {d.id: d.text for d in docs}, lambda a, b: _compatible(a, b, pack)


def test_shared_scores_are_the_scores_pair_by_pair(story, monkeypatch):
    sources, claims, texts, compatible = story
    assert len(sources) >= sameevent.SHARED_SCORES_FROM
    shared = split_events(sources, claims, compatible, texts)
    monkeypatch.setattr(sameevent, "SHARED_SCORES_FROM", 10**6)
    alone = split_events(sources, claims, compatible, texts)
    assert len(shared.events) > 1
    assert shared.events == alone.events
    assert dict(shared.pairs) == dict(alone.pairs)


def test_comparing_counts_does_not_read_their_sentence(story):
    """Values are told apart less ``Count.sentence_tag``: comparing two counts must not read it."""
    compatible = story[3]
    one = Count(Interval(30.0, 30.0, figure=30.0), "countries", "countries", sentence_tag=("a", 0))
    other = Count(Interval(32.0, 32.0, figure=32.0), "countries", "countries", sentence_tag=("a", 0))
    for tag in [(), ("b", 3)]:
        assert compatible(one, Count(one.interval, "countries", "countries", sentence_tag=tag))
        assert not compatible(Count(other.interval, "countries", "countries", sentence_tag=tag), one)


TAKING_PART = re.compile(r"\b(?:join(?:s|ed|ing)?|attend(?:s|ed|ing)?|alongside|together\s+with|accompanied\s+by|"
                         r"took\s+part|take\s+part|participat\w*|negotiators?)\b", re.I)


def participants_before(text: str) -> frozenset[str]:
    """checker.sameevent.participants with its pattern as it was (no lookahead of first letters)."""
    out: set[str] = set()
    if not TAKING_PART.search(text):
        return frozenset(out)
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        if TAKING_PART.search(sentence):
            out.update(p.value.name for p in sameevent.find_people(sentence) if len(p.value.name.split()) >= 2)
    return frozenset(out)


def test_participants_are_those_found_without_the_lookahead():
    from conftest import REPO

    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "tests").glob("stories*/*/*"))
             if p.suffix in {".txt", ".md"}]
    texts += LEADS + MORE + [
        "Ministers took\npart. Steve Witkoff joined.\n\nJared Kushner was together\nwith Ada Lovelace!Alan Turing "
        "attended.", "", "\n", "Participants:\nGrace Hopper, Alan Turing", "They will attend", "attend.",
        "Officials accompanied by Ada Lovelace and Steve Witkoff participated.  Then Jared Kushner joined."]
    assert len(texts) > 100
    assert sum(bool(participants_before(t)) for t in texts) > 10
    for text in texts:
        assert sameevent.participants(text) == participants_before(text)
