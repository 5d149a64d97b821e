import datetime as dt

import pytest

from checker.mentions.dates import find_dates

PUB = dt.date(2025, 9, 3)   # a Wednesday


def one(text, published=None):
    found = list(find_dates(text, published))
    assert len(found) == 1, [m.text for m in found]
    return found[0]


@pytest.mark.parametrize("text,quote,shown", [
    ("on Thursday, September 4, 2025", "Thursday, September 4, 2025", "Thursday 2025-09-04"),
    ("on September 4", "September 4", "September 4 (any year)"),
    ("on Sept. 4", "Sept. 4", "September 4 (any year)"),
    ("on 4 September 2025", "4 September 2025", "Thursday 2025-09-04"),
    ("on the 4th of September 2025", "the 4th of September 2025", "Thursday 2025-09-04"),
    ("mid-September 2025", "mid-September 2025", "2025-09-11 to 2025-09-20"),
    ("early March 2024", "early March 2024", "2024-03-01 to 2024-03-10"),
    ("late July 2024", "late July 2024", "2024-07-21 to 2024-07-31"),
    ("10-11 July 2025", "10-11 July 2025", "2025-07-10 to 2025-07-11"),
    ("July 10 to 11, 2025", "July 10 to 11, 2025", "2025-07-10 to 2025-07-11"),
    ("in February 2022", "February 2022", "2022-02-01 to 2022-02-28"),
    ("in 2025", "2025", "2025-01-01 to 2025-12-31"),
    ("on Tuesday", "Tuesday", "a Tuesday"),
    ("2025-09-04", "2025-09-04", "Thursday 2025-09-04"),
])
def test_absolute_forms(text, quote, shown):
    m = one(text)
    assert m.text == quote
    assert m.value.display() == shown


@pytest.mark.parametrize("text,shown", [
    ("yesterday", "Tuesday 2025-09-02"),
    ("tomorrow", "Thursday 2025-09-04"),
    ("last Sunday", "Sunday 2025-08-31"),          # the Sunday of the previous Monday-to-Sunday week
    ("last Wednesday", "Wednesday 2025-08-27"),    # not today: the previous week (Recognizers convention)
    ("this past Sunday", "Sunday 2025-08-31"),
    ("next Monday", "Monday 2025-09-08"),
    ("on Thursday", "2025-08-28 or 2025-09-04"),   # that weekday within six days either side
    ("on September 4", "Thursday 2025-09-04"),     # the year nearest the publication date
    ("last week", "2025-08-25 to 2025-08-31"),
    ("three days ago", "Sunday 2025-08-31"),       # through dateparser, against the publication date
])
def test_relative_forms_resolve_against_publication(text, shown):
    assert one(text, PUB).value.display() == shown


def test_relative_without_anchor():
    assert list(find_dates("yesterday")) == []
    assert one("last Sunday").value.display() == "a Sunday"


def test_weekday_that_contradicts_the_calendar():
    m = one("on Wednesday, June 12, 2026")          # June 12, 2026 is a Friday
    assert m.value.weekday_mismatch
    assert m.value.to_dict()["weekday"] == "Wednesday"
    assert "2026-06-12" in m.value.display()


@pytest.mark.parametrize("text", [
    "the 1994 Budapest Memorandum",    # a year used as a name
    "You may go now",                  # the verb, not the month
    "troops march on",
])
def test_traps(text):
    assert list(find_dates(text)) == []
