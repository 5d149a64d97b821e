import pytest

from checker.mentions.numbers import find_numbers, number_at, parse_number


@pytest.mark.parametrize("text,value", [
    ("35", 35), ("1,234,567", 1234567), ("1,234.5", 1234.5), (".08", 0.08),
    ("thirty-five", 35), ("thirty five", 35), ("one hundred and sixty-one", 161), ("two dozen", 24),
    ("three dozens", 36), ("a thousand", 1000), ("half a million", 500000), ("1.2bn", 1.2e9),
    ("1.2 billion", 1.2e9), ("10k", 10000), ("10 mln", 1e7), ("2mil", 2e6), ("13 lakh", 1.3e6),
    ("two million three hundred thousand", 2_300_000), ("twenty-seven", 27),
    # digit groups, signs, exponents, fractions in digits
    ("1 234 567", 1234567), ("40\u202f000", 40000), ("12,34,567.89", 1234567.89), ("-4", -4),
    ("minus five point five", -5.5), ("negative one", -1), ("1.3e6", 1.3e6), ("6.23x10^-4", 0.000623),
    ("3/4", 0.75), ("2 1/4", 2.25), ("¾", 0.75),
    # digits and words together, scales stacked
    ("4 thousand 3 hundred and 21", 4321), ("6 crore and two hundred", 60000200), ("three lakh crore", 3e12),
    ("three hundred and two dozens", 324), ("3 dzs", 36),
    # fractions in words: agreement, compounds, mixed numbers, fractions of a scale
    ("two thirds", 2 / 3), ("a fifth", 0.2), ("three twenty-firsts", 3 / 21), ("one hundred thirty fifths", 100 / 35),
    ("one hundred and thirty fifths", 26), ("one and a half", 1.5), ("one hundred and three quarters", 100.75),
    ("two and fifty-four hundredths", 2.54), ("3 million and a half", 3.5e6), ("five and a half million", 5.5e6),
    ("one billion and three quarters million", 1_000_750_000), ("two thirds of a million", 2e6 / 3),
    ("quarter million", 250000), ("half a dozen", 6),
    # decimals and ratios in words
    ("two hundred point zero three", 200.03), ("nought point eleven", 0.11), ("one over three", 1 / 3),
    ("two out of five hundred", 0.004), ("1 in twenty-one", 1 / 21),
])
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["a", "an", "first", "twenty-fifth", "fifths", "one fifths", "three fifth",
                                  "3 hundred and 2 hundred", "twenty twenty"])
def test_not_one_number(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text,expected", [
    ("more than 27 leaders", [27]),
    ("between thirty and forty", [30, 40]),           # "and" joins numbers only after a scale word
    ("G7 nations", []), ("F-16 jets", []), ("29km away", []), ("192.168.1.2", []), ("5/17/2018", []),
    ("the 50% share", []), ("twenty-five-year-old", []),
    ("3 hundred and 2 hundred", [300, 200]),          # the longest well-formed prefix, then the next number
    ("4 thousand 3 hundred and 0 are two", [4300, 0, 2]),
    ("4000 3 hundred and 21", [4000, 321]),
    ("The one you mentioned", []), ("Which one do you prefer?", []),   # "one" after a determiner is a pronoun
    ("I want to earn $2000 over 3 years", [2000, 3]),  # "over" before a noun is a preposition
    ("The result is 8 in 5", [8, 5]),                  # a share only when the second number is larger
    ("30 in 2009", [30, 2009]),                        # ... and not a year
    ("twenty fifth anniversary", [20]),                # a singular denominator needs "a" or "one"
])
def test_find_numbers(text, expected):
    assert [v for _, _, v in find_numbers(text)] == pytest.approx(expected)


def test_find_numbers_offsets_are_exact():
    text = "Some 1.5 million people and thirty-five delegations."
    spans = [text[s:e] for s, e, _ in find_numbers(text)]
    assert spans == ["1.5 million", "thirty-five"]


def test_sign_only_before_a_number_that_stands_alone():
    assert number_at("x <-30", 3).value == -30
    assert number_at("1995-01", 4) is None             # a hyphen inside a token is no minus sign
