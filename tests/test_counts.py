"""Counts with qualifiers as intervals (DESIGN §2), including the vague qualifiers the peer suite lacks."""

import pytest

from checker.mentions.counts import find_counts, following_words, quantity_interval


def interval(text: str, **kw) -> str:
    (m,) = list(find_counts(text))
    return quantity_interval(m.value, **kw).notation()


@pytest.mark.parametrize("text,notation", [
    ("35 delegations", "[35,35]"),
    ("thirty-five invited delegations", "[35,35]"),
    ("more than 27 leaders", "(27,)"),
    ("over thirty nations", "(30,)"),
    ("at least 12 ministers", "[12,)"),
    ("500 or more", "[500,)"),
    ("fewer than 10 envoys", "[0,10)"),                    # counts are never negative
    ("up to 30 countries", "[0,30]"),
    ("no more than 50 states", "[0,50]"),
    ("between 20 and 30 leaders", "[20,30]"),
    ("20-30 leaders", "[20,30]"),
    ("from 20 to 30 leaders", "[20,30]"),
    ("more than 10 and less than 20", "(10,20)"),
    ("dozens of countries", "[24,)"),
])
def test_strict_qualifiers(text, notation):
    assert interval(text) == notation


@pytest.mark.parametrize("text,notation", [
    ("about 30 leaders", "[27,33]"),
    ("approximately 30 nations", "[27,33]"),
    ("around 30 nations", "[27,33]"),
    ("roughly 30 nations", "[27,33]"),
    ("some 60 countries", "[54,66]"),
    ("circa 30 nations", "[27,33]"),
    ("nearly 60 nations", "[54,60)"),
    ("almost 60 nations", "[54,60)"),
    ("just over 60 nations", "(60,66]"),
])
def test_vague_qualifiers_use_the_pack_tolerance(text, notation):
    assert interval(text, approx=0.1) == notation


def test_tolerance_is_a_setting():
    assert interval("about 30 leaders", approx=0.2) == "[24,36]"


def test_up_to_floor_is_a_setting():
    assert interval("up to 30 countries", up_to_floor=0.5) == "[15,30]"


def test_following_words_give_the_unit():
    text = "approximately 30 mainly European countries, said"
    (m,) = list(find_counts(text))
    assert m.text == "approximately 30"
    assert following_words(text, m.end)[:3] == ["mainly", "european", "countries"]
