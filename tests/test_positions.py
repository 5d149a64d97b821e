"""Positions (issue 9): claims grouped by what can all be true together, the majority and the outliers, and
one finding per outlier source and fact, built from made-up claims so that no extractor is involved."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from checker.kinds import REGISTRY
from checker.model.claims import Claim
from checker.model.dates import DateValue
from checker.model.quantities import Count, Interval
from checker.pack import load_pack
from checker.positions import build_positions, disagreements, majority
from checker.resources import default_rules_dir


@pytest.fixture(scope="module")
def pack():
    return load_pack(default_rules_dir())


def count(lo, hi, figure=None, qualifier=None, lo_open=False, hi_open=False, unit="leaders") -> Count:
    return Count(Interval(lo, hi, lo_open, hi_open, figure if figure is not None else lo, qualifier), unit)


def exact(n: float) -> Count:
    return Count(Interval.exact(n), "leaders")


def about(n: float) -> Count:
    return count(n * 0.9, n * 1.1, n, "about")


def more_than(n: float) -> Count:
    return count(n, None, n, "more than", lo_open=True)


def up_to(n: float) -> Count:
    return count(0, n, n, "up to")


def day(iso: str) -> DateValue:
    d = dt.date.fromisoformat(iso)
    return DateValue(days=frozenset([d]), weekday=d.weekday(), label=iso)


def claim(source: str, value, fact: str = "attendees", start: int = 0, text: str | None = None) -> Claim:
    return Claim(source=source, story="s", fact=fact, start=start, end=start + 5, text=text or value.display(),
                 line=1, col=start + 1, value=value)


def meets(a, b) -> bool:
    return a.intersects(b)


def clashes(a, b) -> bool:
    return not a.intersects(b)


def value_sets(positions) -> list[set]:
    return [{v.display() for v in p.values.values()} for p in positions]


def assert_all_compatible(positions) -> None:
    """The definition of a position: every two of its values can both be true."""
    for p in positions:
        for a, b in itertools.combinations(p.values.values(), 2):
            assert a.intersects(b), (a.display(), b.display())


# ------------------------------------------------------------------------------------------- grouping

def test_values_that_can_all_be_true_form_one_position():
    """"35", "more than 30" and "more than 27" can all be true; "up to 30" cannot be true with "35"."""
    claims = [claim("a", exact(35)), claim("b", more_than(30)), claim("c", more_than(27)), claim("d", up_to(30))]
    found = build_positions(claims, meets)
    assert value_sets(found) == [{"35 leaders", "more than 30 (30, ∞) leaders", "more than 27 (27, ∞) leaders"},
                                 {"up to 30 [0, 30] leaders"}]
    assert [p.sources for p in found] == [["a", "b", "c"], ["d"]]
    assert [p.support for p in found] == [3, 1]


def test_a_wide_claim_does_not_chain_two_incompatible_ones():
    """"about 30" ([27, 33]) fits 28 and 32, but 28 and 32 cannot both be true: two positions, and "about 30"
    in only one of them."""
    claims = [claim("a", about(30)), claim("b", exact(28)), claim("c", exact(32))]
    found = build_positions(claims, meets)
    assert_all_compatible(found)
    assert len(found) == 2
    assert not any({"28 leaders", "32 leaders"} <= s for s in value_sets(found))
    assert sum("about 30 [27, 33] leaders" in s for s in value_sets(found)) == 1


@pytest.mark.parametrize("order", list(itertools.permutations(range(4))))
def test_no_chaining_in_any_order(order):
    """"more than 20" overlaps 26 and 34, and "about 30" overlaps neither: whatever order the claims come in,
    26 and 34 never share a position, and every position holds only values that can all be true."""
    values = [more_than(20), exact(26), exact(34), about(30)]
    claims = [claim("abcd"[i], values[i], start=k) for k, i in enumerate(order)]
    found = build_positions(claims, meets)
    assert_all_compatible(found)
    assert not any({"26 leaders", "34 leaders"} <= s for s in value_sets(found))
    assert sorted(len(p.values) for p in found) == [1, 1, 2]       # the wide claim joins exactly one


def test_repeated_values_are_one_node_and_count_their_sources_once():
    claims = [claim("a", exact(35), start=0), claim("a", exact(35), start=40), claim("b", exact(35)),
              claim("c", exact(12))]
    found = build_positions(claims, meets)
    assert [p.support for p in found] == [2, 1]
    assert len(found[0].claims) == 3 and found[0].sources == ["a", "b"]


def test_positions_are_the_same_in_any_claim_order():
    values = [("a", exact(35)), ("b", more_than(30)), ("c", exact(35)), ("d", up_to(30)), ("e", about(30))]
    results = set()
    for order in itertools.permutations(values):
        claims = sorted((claim(s, v) for s, v in order), key=lambda c: c.source)   # as compare_claims sorts
        results.add(tuple(tuple(sorted(s)) for s in value_sets(build_positions(claims, meets))))
    assert len(results) == 1


def test_dates_group_by_their_days():
    """A weekday stands for every such day: "on Thursday" backs 4 September 2025, "on Saturday" does not."""
    thursday = DateValue(weekday=3, label="Thursday")
    claims = [claim("a", day("2025-09-04"), "date"), claim("b", thursday, "date"), claim("c", day("2025-09-06"), "date")]
    found = build_positions(claims, meets)
    assert [p.sources for p in found] == [["a", "b"], ["c"]]


# ------------------------------------------------------------------------------------------- majority

def test_majority_is_the_best_backed_position():
    claims = [claim(s, exact(35)) for s in "abc"] + [claim("d", exact(12))]
    found = build_positions(claims, meets)
    assert majority(found) is found[0] and found[0].sources == ["a", "b", "c"]


def test_a_tie_has_no_majority():
    claims = [claim("a", exact(35)), claim("b", exact(35)), claim("c", exact(12)), claim("d", exact(12))]
    assert majority(build_positions(claims, meets)) is None
    assert majority(build_positions([claim("a", exact(35)), claim("b", exact(12))], meets)) is None
    assert majority([]) is None


def test_a_source_in_two_positions_backs_the_one_of_its_first_claim():
    """"a" leads with 35 and mentions 12 further down: it is one voice for 35, so 35 has the majority (two
    against one) rather than a tie of two against two."""
    claims = [claim("a", exact(35), start=10), claim("a", exact(12), start=900), claim("b", exact(35)),
              claim("c", exact(12))]
    found = build_positions(claims, meets)
    assert [p.support for p in found] == [2, 2]
    top = majority(found)
    assert top is not None and top.sources == ["a", "b"]
    late = [claim("a", exact(35), start=900), claim("a", exact(12), start=10), claim("b", exact(35)),
            claim("c", exact(12))]
    top = majority(build_positions(late, meets))                           # a leads with 12: it backs 12
    assert top is not None and top.sources == ["a", "c"]


def test_one_position_is_the_majority():
    found = build_positions([claim("a", exact(35)), claim("b", more_than(30))], meets)
    assert len(found) == 1 and majority(found) is found[0]


# ------------------------------------------------------------------------------------------- disagreements

def test_an_outlier_is_set_once_against_every_claim_it_contradicts():
    """Five sources, four agree among themselves in three different words; the fifth contradicts all of
    them: one disagreement, the outlier's claim on one side and all four others on the other."""
    claims = [claim("a", exact(35)), claim("b", more_than(30)), claim("c", about(33)), claim("d", exact(35)),
              claim("e", exact(12))]
    found = build_positions(claims, meets)
    out = disagreements(found, clashes)
    assert len(out) == 1
    assert [c.source for c in out[0].outlier] == ["e"]
    assert sorted(c.source for c in out[0].others) == ["a", "b", "c", "d"]


def test_two_outliers_that_agree_are_one_position_against_the_majority():
    claims = [claim(s, exact(35)) for s in "abc"] + [claim("d", exact(12)), claim("e", up_to(15))]
    out = disagreements(build_positions(claims, meets), clashes)
    assert len(out) == 1
    assert sorted(c.source for c in out[0].outlier) == ["d", "e"]


def test_an_outlier_side_holds_only_the_claims_that_contradict():
    """"e" writes both 35 and 12: only its 12 stands against the majority (its 35 backs it)."""
    claims = [claim(s, exact(35)) for s in "abcd"] + [claim("e", exact(35), start=0), claim("e", exact(12), start=9)]
    out = disagreements(build_positions(claims, meets), clashes)
    assert len(out) == 1
    assert [(c.source, c.value.display()) for c in out[0].outlier] == [("e", "12 leaders")]


def test_two_sources_give_one_disagreement():
    out = disagreements(build_positions([claim("a", exact(35)), claim("b", exact(12))], meets), clashes)
    assert len(out) == 1 and len(out[0].outlier) == 1 and len(out[0].others) == 1


def test_agreeing_positions_give_no_disagreement():
    """Two positions can exist without a contradiction between them when the relation that groups is
    stricter than the one that conflicts (figures-differ): then no finding."""
    found = build_positions([claim("a", exact(35)), claim("b", exact(12))], lambda a, b: False)
    assert len(found) == 2 and disagreements(found, lambda a, b: False) == []


# ------------------------------------------------------------------------------------------- findings

def _rule(pack, fact: str, kind: str):
    return next(r for r in pack.rules_for(fact) if r.kind == kind)


def _attendance_findings(pack, claims):
    rule = _rule(pack, "attendees", "disjoint")
    return list(REGISTRY[rule.kind].check(claims, rule, pack.settings))


@pytest.mark.parametrize("agreeing", [2, 4])
def test_one_finding_per_outlier_source(pack, agreeing):
    """Three and five sources: the outlier yields one finding, with its claims on side A and every claim it
    contradicts on side B, and names itself as the outlier."""
    claims = [claim(f"s{i}", exact(35) if i % 2 else more_than(30)) for i in range(agreeing)]
    claims.append(claim("zz", exact(12), start=3))
    claims.append(claim("zz", up_to(15), start=30))
    findings = _attendance_findings(pack, claims)
    assert len(findings) == 1
    f = findings[0]
    assert {c.source for c in f.sides[0]} == {"zz"} and len(f.sides[0]) == 2
    assert sorted(c.source for c in f.sides[1]) == [f"s{i}" for i in range(agreeing)]
    assert f.extra["outliers"] == "zz"


def test_a_tie_names_no_outlier(pack):
    """Two sources, or two equally backed camps: one finding, and no source is called the outlier."""
    two = _attendance_findings(pack, [claim("a", exact(35)), claim("b", exact(12))])
    assert len(two) == 1 and two[0].extra["outliers"] == ""
    four = _attendance_findings(pack, [claim("a", exact(35)), claim("b", exact(35)), claim("c", exact(12)),
                                       claim("d", exact(12))])
    assert len(four) == 1 and four[0].extra["outliers"] == ""


def test_finding_ids_are_stable(pack):
    """The id depends on the sides' sources and values, not on the claims' order nor their offsets."""
    claims = [claim("a", exact(35)), claim("b", exact(35)), claim("c", more_than(30)), claim("zz", exact(12))]
    ids = {_attendance_findings(pack, order)[0].id for order in itertools.permutations(claims)}
    moved = [claim(c.source, c.value, start=c.start + 100) for c in claims]
    ids.add(_attendance_findings(pack, moved)[0].id)
    assert len(ids) == 1
    other = [c for c in claims if c.source != "a"] + [claim("a", exact(12))]
    assert _attendance_findings(pack, other)[0].id not in ids


def test_an_outlier_on_several_facts_gives_one_finding_per_fact(pack):
    claims = {"date": [claim(s, day("2025-09-04"), "date") for s in "abc"] + [claim("zz", day("2025-09-06"), "date")],
              "attendees": [claim(s, exact(35)) for s in "abc"] + [claim("zz", exact(12))]}
    for fact, kind in (("date", "disjoint"), ("attendees", "disjoint")):
        rule = _rule(pack, fact, kind)
        found = list(REGISTRY[kind].check(claims[fact], rule, pack.settings))
        assert len(found) == 1 and found[0].extra["outliers"] == "zz", fact


# ------------------------------------------------------------------------------------------- the overview

def test_overview_positions_read_lists_of_people_as_the_rule_does(pack):
    """"hosted by Macron" and "hosted by Starmer" beside "co-chaired by Macron and Starmer" are halves of one
    list: one position and no outlier, as people-disagree finds no conflict."""
    from checker.model.entities import PeopleSet, Person
    from checker.story import compare_claims

    def people(*names: str) -> PeopleSet:
        return PeopleSet(tuple(Person(n, None, n) for n in names))

    claims = [claim("a", people("Emmanuel Macron", "Keir Starmer"), "chairs"),
              claim("b", people("Emmanuel Macron"), "chairs"), claim("c", people("Keir Starmer"), "chairs")]
    _, findings, view = compare_claims(claims, pack)
    assert findings == []
    (fact,) = view.facts
    assert len(fact.positions) == 1 and fact.outliers == ()
    assert fact.summary() == "all agree: Emmanuel Macron and Keir Starmer (a, b, c)"
    claims.append(claim("d", people("Giorgia Meloni"), "chairs"))
    _, findings, view = compare_claims(claims, pack)
    assert len(findings) == 1 and view.facts[0].outliers == ("d",)


def test_three_sources_that_all_disagree_name_no_outlier(pack):
    """Three dates, one source each: every source contradicts the others once (two findings, the first
    position standing against none), and with no majority no finding names an outlier."""
    claims = [claim(s, day(d), "date") for s, d in (("a", "2025-09-04"), ("b", "2025-09-06"), ("c", "2025-09-09"))]
    rule = _rule(pack, "date", "disjoint")
    found = list(REGISTRY["disjoint"].check(claims, rule, pack.settings))
    assert len(found) == 2
    assert all(f.extra["outliers"] == "" for f in found)
    covered = [{c.source for side in f.sides for c in side} for f in found]
    assert set().union(*covered) == {"a", "b", "c"}
