"""The fact table of the sample corpus: what must be there and the traps that must not become claims."""

import pytest

from checker.pipeline import run

from conftest import SOURCES


@pytest.fixture(scope="module")
def claims():
    return run([SOURCES]).claims


def texts(claims, source, fact):
    return [c.text for c in claims if c.source.startswith(source) and c.fact == fact]


def values(claims, source, fact):
    return [c.value for c in claims if c.source.startswith(source) and c.fact == fact]


def test_co_chairs_in_000_and_004(claims):
    for source in ("000", "004"):
        idents = [v.idents() for v in values(claims, source, "chairs")]
        assert frozenset({"Emmanuel Macron", "Keir Starmer"}) in idents


def test_aid_amounts(claims):
    aid = {(c.source[:3], round(c.value.figure / 1e9, 1), c.value.currency) for c in claims if c.fact == "aid"}
    # 004's "$76.8 billion" is US aid committed since the invasion "in February 2022", and 002's "134.4 billion
    # euros" what the EU provided "in the past three years": their sentences date them to other times than the
    # summit, so they are no claims about the event's aid.
    assert aid == {("002", 50.0, "EUR")}


def test_dates_of_each_article(claims):
    shown = {(c.source[:3], c.value.display()) for c in claims if c.fact == "date"}
    assert shown == {
        ("000", "a Thursday"), ("000", "2025-09-11 to 2025-09-20"),
        ("001", "Thursday 2025-09-04 (year inferred)"), ("002", "Thursday 2025-09-04"),
        ("003", "a Tuesday"), ("004", "a Tuesday"),
    }


def test_attendee_counts(claims):
    shown = {(c.source[:3], c.text, c.value.interval.notation()) for c in claims if c.fact == "attendees"}
    # A count is quoted with the noun it counts.
    assert shown == {
        ("000", "approximately 30 European nations", "[27,33]"),
        ("000", "approximately 30 mainly European countries", "[27,33]"),
        ("001", "up to 30 countries", "[0,30]"), ("001", "up to 30 leaders", "[0,30]"),
        ("001", "over 30 countries", "(30,)"), ("003", "more than 27 leaders", "(27,)"),
        ("003", "thirty-five invited delegations", "[35,35]"), ("004", "over thirty nations", "(30,)"),
        ("004", "over thirty countries", "(30,)"),
    }


@pytest.mark.parametrize("source,fact,piece", [
    ("000", "date", "Wednesday"),               # the defence ministers' meeting before the summit
    ("000", "date", "february 2022"),           # the invasion
    ("001", "date", "2022"),                    # "since 2022"
    ("000", "date", "1994"),                    # the Budapest Memorandum
    ("002", "date", "2024"),                    # a programme's years
    ("003", "date", "Sunday"),                  # Zelensky's address "last Sunday"
    ("003", "date", "November"),                # "Since last November"
    ("004", "date", "February 2022"),
    ("000", "aid", "400"),                      # a reconstruction cost estimate
    ("002", "aid", "840"),                      # an EU defence plan
    ("002", "attendees", "1 million"),          # rounds of ammunition
    ("000", "chairs", "Trump"),                 # earlier talks led by Trump
])
def test_traps_are_not_claims(claims, source, fact, piece):
    assert not any(piece in t for t in texts(claims, source, fact))


def test_every_claim_quotes_the_text_exactly(claims):
    by_id = {d.id: d for d in run([SOURCES]).documents}
    for c in claims:
        assert by_id[c.source].text[c.start:c.end] == c.text
        assert c.line == by_id[c.source].text.count("\n", 0, c.start) + 1
