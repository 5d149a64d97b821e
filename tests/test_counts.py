"""Counts with qualifiers as intervals (DESIGN §2), including the vague qualifiers the peer suite lacks."""

import pytest

from checker.mentions.counts import find_counts, following_words, quantity_interval
from checker.pack import load_pack
from checker.resources import default_rules_dir


def interval(text: str, **kw) -> str:
    (m,) = list(find_counts(text))
    return quantity_interval(m.value, **kw).notation()


def strict(text: str) -> list[str]:
    """What the words state, without the floor at zero for counts (the peer suite's reading)."""
    return [m.value.strict_interval().notation() for m in find_counts(text)]


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
    ("65 and over", "[65,)"),
])
def test_strict_qualifiers(text, notation):
    assert interval(text) == notation


@pytest.mark.parametrize("text,notations", [
    ("up to 700 workers", ["(,700]"]),
    ("x>10 and y<20", ["(10,)", "(,20)"]),
    ("when >= 30", ["[30,)"]), ("< = 100", ["(,100]"]), ("<=  -30", ["(,-30]"]),
    ("<>30", ["[30,30]"]), ("=>30", ["[30,30]"]),          # no comparison sign, a bare number
    ("greater than or equal to 50", ["[50,)"]), ("bigger or equal than 3", ["[3,)"]),
    ("equal to or less than 30", ["(,30]"]), ("less than 5000 or equal", ["(,5000]"]),
    ("equals to 20000", ["[20000,20000]"]),
    ("at most 100 and at least 20", ["[20,100]"]),       # two bounds in either order make one interval
    ("higher or equal than one hundred, lower or equal than three hundred", ["[100,300]"]),
    ("more than 40 and less than 10", ["(40,)", "(,10)"]),   # ... unless it would be empty
    ("200 or greater than 190", ["[200,200]", "(190,)"]),    # "or greater" belongs to the next comparison
    ("equal to 5000 or less than 6000", ["[5000,5000]", "(,6000)"]),
    ("about five hundred or more", ["[500,)"]),           # a strict bound after a vague word wins
    ("between negative ten and fifteen", ["[-10,15]"]),
    ("above one quarter and below a half", ["(0.25,0.5)"]),
    ("more than 1/2", ["(0.5,)"]), ("5k-20k", ["[5000,20000]"]),
    ("+1-222-2222-2222", ["[1,1]"]),                      # a phone number is no range
])
def test_peer_suite_forms(text, notations):
    assert strict(text) == notations


# The qualifiers the peer suite does not cover, with the default rule pack's tolerances.
@pytest.fixture(scope="module")
def settings():
    return load_pack(default_rules_dir()).settings


def pack_interval(text: str, settings) -> str:
    (m,) = list(find_counts(text))
    return quantity_interval(m.value, settings.approx, True, settings.up_to_floor).notation()


def band(n: float, lo_share: float, hi_share: float, left: str = "[", right: str = "]") -> str:
    return f"{left}{n * lo_share:g},{n * hi_share:g}{right}"


@pytest.mark.parametrize("words", ["about", "approximately", "around", "roughly", "some", "circa"])
def test_vague_qualifiers_use_the_pack_tolerance(words, settings):
    t = settings.approx
    assert pack_interval(f"{words} 30 leaders", settings) == band(30, 1 - t, 1 + t)
    assert pack_interval(f"{words} sixty nations", settings) == band(60, 1 - t, 1 + t)


@pytest.mark.parametrize("words", ["nearly", "almost", "just under"])
def test_nearly_is_below_the_figure(words, settings):
    t = settings.approx
    assert pack_interval(f"{words} 60 nations", settings) == band(60, 1 - t, 1, right=")")


def test_just_over_is_above_the_figure(settings):
    t = settings.approx
    assert pack_interval("just over 60 nations", settings) == band(60, 1, 1 + t, left="(")


def test_up_to_keeps_the_pack_floor(settings):
    assert pack_interval("up to 30 countries", settings) == band(30, settings.up_to_floor, 1)


def test_default_pack_tolerances_are_the_documented_ones(settings):
    assert (settings.approx, settings.up_to_floor) == (0.10, 0.0)
    assert pack_interval("about 30 leaders", settings) == "[27,33]"
    assert pack_interval("nearly 60 nations", settings) == "[54,60)"


def test_tolerance_is_a_setting():
    assert interval("about 30 leaders", approx=0.2) == "[24,36]"


def test_up_to_floor_is_a_setting():
    assert interval("up to 30 countries", up_to_floor=0.5) == "[15,30]"


def test_vague_words_keep_the_bare_figure_in_the_strict_reading():
    assert strict("approximately 30 nations") == ["[30,30]"]


def test_following_words_give_the_unit():
    text = "approximately 30 mainly European countries, said"
    (m,) = list(find_counts(text))
    assert m.text == "approximately 30"
    assert following_words(text, m.end)[:3] == ["mainly", "european", "countries"]
