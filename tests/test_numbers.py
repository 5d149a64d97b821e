import pytest

from checker.mentions.numbers import find_numbers, parse_number


@pytest.mark.parametrize("text,value", [
    ("35", 35), ("1,234,567", 1234567), ("1,234.5", 1234.5), (".08", 0.08),
    ("thirty-five", 35), ("thirty five", 35), ("one hundred and sixty-one", 161), ("two dozen", 24),
    ("three dozens", 36), ("a thousand", 1000), ("half a million", 500000), ("1.2bn", 1.2e9),
    ("1.2 billion", 1.2e9), ("10k", 10000), ("10 mln", 1e7), ("2mil", 2e6), ("13 lakh", 1.3e6),
    ("two million three hundred thousand", 2_300_000), ("twenty-seven", 27),
])
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text,expected", [
    ("more than 27 leaders", [27]),
    ("between thirty and forty", [30, 40]),           # "and" joins numbers only after a scale word
    ("G7 nations", []), ("F-16 jets", []), ("29km away", []), ("192.168.1.2", []), ("5/17/2018", []),
    ("the 50% share", []),
])
def test_find_numbers(text, expected):
    assert [v for _, _, v in find_numbers(text)] == expected


def test_find_numbers_offsets_are_exact():
    text = "Some 1.5 million people and thirty-five delegations."
    spans = [text[s:e] for s, e, _ in find_numbers(text)]
    assert spans == ["1.5 million", "thirty-five"]
