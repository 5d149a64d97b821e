"""The value semantics: sets, and conflicts as empty intersections."""

import datetime as dt

from checker.model.dates import DateValue
from checker.model.entities import PeopleSet, Person, Place
from checker.model.quantities import Interval


def test_interval_intersection_respects_open_bounds():
    more_than_30 = Interval(30, None, True, False)
    up_to_30 = Interval(0, 30)
    assert not more_than_30.intersects(up_to_30)
    assert Interval(27, None, True).intersects(Interval(35, 35))          # "more than 27" vs 35: compatible
    assert not Interval(54, 60, False, True).intersects(Interval(60, 60))  # "nearly 60" vs 60
    assert Interval(None, None).intersects(Interval(5, 5))


def test_interval_notation_matches_the_peer_suite():
    assert Interval(27, None, True).notation() == "(27,)"
    assert Interval(None, 700).notation() == "(,700]"
    assert Interval(20, 30, False, True).notation() == "[20,30)"


def test_dates_as_sets():
    thursday, tuesday = DateValue.every(3, "Thursday"), DateValue.every(1, "Tuesday")
    sept4 = DateValue.on_days([dt.date(2025, 9, 4)], "September 4, 2025")
    mid_sept = DateValue.day_range(dt.date(2025, 9, 11), dt.date(2025, 9, 20), "mid-September 2025")
    sept4_any_year = DateValue.recurring(9, 4, 4, "September 4")
    assert not thursday.intersects(tuesday)
    assert thursday.intersects(sept4) and not tuesday.intersects(sept4)
    assert not mid_sept.intersects(sept4) and mid_sept.intersects(tuesday)
    assert sept4_any_year.intersects(tuesday)                 # some year has a Tuesday September 4
    assert not sept4_any_year.with_year(2025).intersects(tuesday)
    assert sept4_any_year.with_year(2025).to_dict()["year_inferred"] is True


def test_people_subset_is_not_a_conflict():
    macron, starmer, trump = (Person(n, ident=n) for n in ("Macron", "Starmer", "Trump"))
    both = PeopleSet((macron, starmer))
    assert both.intersects(PeopleSet((macron,)))
    assert both.intersects(PeopleSet((starmer, macron)))
    assert not both.intersects(PeopleSet((macron, trump)))


def test_places():
    virtual = Place(None, "virtual")
    paris = Place("Paris", "city", "FR", "EU")
    assert not virtual.intersects(paris)
    assert virtual.intersects(Place(None, "virtual"))
    assert Place("Somewhere", "unknown").intersects(paris)     # cannot tell: no conflict shown


def test_open_date_ranges():
    import datetime as dt
    import math

    from checker.model.dates import DateValue

    since = DateValue.open_range(dt.date(2019, 1, 1), None, "since 2019")
    before = DateValue.open_range(None, dt.date(2018, 12, 31), "before 2019")
    assert since.form == "open" and since.span_days == math.inf
    assert since.intersects(DateValue.on_days([dt.date(2020, 5, 1)], ""))
    assert not since.intersects(DateValue.on_days([dt.date(2018, 5, 1)], ""))
    assert not since.intersects(before)
    assert before.intersects(DateValue.open_range(None, dt.date(2000, 1, 1), ""))
    assert since.to_dict() == {"since": "2019-01-01"} and before.display() == "until 2018-12-31"
    assert since.key() != before.key()
