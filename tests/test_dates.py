import datetime as dt
import re

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


@pytest.mark.parametrize("text,shown", [
    ("from March 3 to May 5, 2024", "2024-03-03 to 2024-05-05"),      # the first end takes the year of the second
    ("Nov 18 2014-Dec 19 2015", "2014-11-18 to 2015-12-19"),
    ("the range is 2014-2018", "2014-01-01 to 2018-12-31"),
    ("between 2007 and 2009", "2007-01-01 to 2009-12-31"),
    ("from 5/1-5/7/2020", "2020-05-01 to 2020-05-07"),
    ("Q1 2019", "2019-01-01 to 2019-03-31"),
    ("the first quarter of 2013", "2013-01-01 to 2013-03-31"),
    ("the second half of 2012", "2012-07-01 to 2012-12-31"),
    ("the first week of 2015", "2014-12-29 to 2015-01-04"),           # ISO weeks
    ("the 1990s", "1990-01-01 to 1999-12-31"),
    ("the end of 2000", "2000-09-01 to 2000-12-31"),                  # thirds of a year
    ("Easter 2018", "Sunday 2018-04-01"),
    ("January twenty five nineteen eighty six", "Saturday 1986-01-25"),
    ("fourth of July, 1995", "Tuesday 1995-07-04"),
    ("the week of April 10, 2018", "2018-04-09 to 2018-04-15"),
    ("two weeks after January 15, 2025", "Wednesday 2025-01-29"),
    ("since 2019", "since 2019-01-01"),
    ("before May 3, 2024", "until 2024-05-02"),
    ("no later than June 1, 2024", "until 2024-06-01"),
    ("in 2018 or later.", "since 2018-01-01"),
])
def test_ranges_periods_and_open_ends(text, shown):
    assert one(text).value.display() == shown


@pytest.mark.parametrize("text,shown", [
    ("last quarter", "2025-04-01 to 2025-06-30"),
    ("the next 3 days", "2025-09-04 to 2025-09-06"),
    ("the last 2 weeks", "2025-08-20 to 2025-09-02"),
    ("Tuesday of next week", "Tuesday 2025-09-09"),
    ("next week on Friday", "Friday 2025-09-12"),
    ("earlier this year", "2025-01-01 to 2025-09-02"),
    ("by the end of this month", "until 2025-09-30"),
    ("on the 18th", "2025-08-18 or 2025-09-18"),                       # the months before and after
    ("Monday 15th", "2024-07-15 or 2025-09-15"),                       # the last Monday the 15th and the next
    ("next Christmas", "Thursday 2025-12-25"),
    ("from next Monday to Friday", "2025-09-08 to 2025-09-12"),
    ("between now and November 15th", "2025-09-03 to 2025-11-15"),
])
def test_relative_periods_resolve_against_publication(text, shown):
    assert one(text, PUB).value.display() == shown


@pytest.mark.parametrize("text", [
    "In March two people were killed",        # a number after a month is no day unless the date ends there
    "on Tuesday 30 people died",              # nor after a weekday
    "more than 2000 delegates attended",      # nor a year
    "between 1500 and 2000 people",
    "the 4th Infantry Division",
    "more than 1/2 of the members",
    "in the 2015-16 season",
])
def test_numbers_that_are_no_dates(text):
    assert [m.text for m in find_dates(text, PUB) if re.search(r"\d|two", m.text)] == []


def test_weekdays_in_from_to_stay_separate():
    """ "Moved from Tuesday to Thursday" may be a postponement: two claims, not a range."""
    assert [m.text for m in find_dates("the talks moved from Tuesday to Thursday", PUB)] == ["Tuesday", "Thursday"]
