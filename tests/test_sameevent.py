"""Same event? (issue 9): articles grouped into events with a confidence and a reason, findings between events
a severity lower, the acceptance case of an outlier article added to the sample corpus, and the overview
(event split, positions) shown before the findings in the console, Markdown and HTML reports."""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest

from checker.formats import RenderOptions, renderer
from checker.formats.common import event_lines, position_lines, summary_line
from checker.model.claims import Claim
from checker.model.dates import DateValue
from checker.model.entities import Place
from checker.pack import load_pack
from checker.pipeline import run
from checker.resources import default_rules_dir
from checker.sameevent import Event, EventSplit, date_clash_weight, score_pair, split_events
from checker.story import _compatible, overview

from conftest import SOURCES


@pytest.fixture(scope="module")
def pack():
    return load_pack(default_rules_dir())


@pytest.fixture(scope="module")
def compatible(pack):
    return lambda a, b: _compatible(a, b, pack)


def day(iso: str) -> DateValue:
    d = dt.date.fromisoformat(iso)
    return DateValue(days=frozenset([d]), weekday=d.weekday(), label=iso)


GENEVA = Place("Geneva", "city", "CH", "Europe")
NAIROBI = Place("Nairobi", "city", "KE", "Africa")


def claim(source: str, fact: str, value, start: int = 0) -> Claim:
    return Claim(source=source, story="s", fact=fact, start=start, end=start + 5, text=value.display(), line=1,
                 col=start + 1, value=value)


def meeting(source: str, when: str, where: Place) -> list[Claim]:
    return [claim(source, "date", day(when)), claim(source, "location", where, 20)]


# ------------------------------------------------------------------------------------------- the pair score

def test_a_date_a_day_or_two_off_is_a_slip_weeks_off_another_meeting():
    """Saturday for Thursday is one outlet's slip; a week apart or more is more likely another meeting."""
    thursday = [day("2025-09-04")]
    assert date_clash_weight(thursday, [day("2025-09-06")]) < date_clash_weight(thursday, [day("2025-09-12")])
    assert date_clash_weight(thursday, [day("2025-09-12")]) < date_clash_weight(thursday, [day("2025-09-25")])


def test_pair_agreeing_on_date_and_place_is_the_same_event(compatible):
    p = score_pair("a", "b", meeting("a", "2025-03-03", GENEVA), meeting("b", "2025-03-03", GENEVA), compatible)
    assert p.probability > 0.9
    assert p.agree == ("date", "location") and p.clash == ()
    assert p.reason() == "same event (agree on date and place)"


def test_pair_differing_in_date_and_place_is_probably_another_event(compatible):
    p = score_pair("a", "b", meeting("a", "2025-03-03", GENEVA), meeting("b", "2025-03-21", NAIROBI), compatible)
    assert p.probability < 0.1
    assert p.clash == ("date", "location")
    assert p.reason() == "different date and place: probably a different event"


def test_participants_one_names_and_the_other_never_mentions_lower_the_score(compatible):
    same = meeting("a", "2025-03-03", GENEVA), meeting("b", "2025-03-03", GENEVA)
    plain = score_pair("a", "b", *same, compatible)
    own = score_pair("a", "b", *same, compatible, own_a=frozenset({"Ada Lovelace"}))
    shared = score_pair("a", "b", *same, compatible, names_a=frozenset({"vaccine board"}),
                        names_b=frozenset({"vaccine board"}))
    assert own.probability < plain.probability < shared.probability
    assert shared.shared == ("vaccine board",)


# ------------------------------------------------------------------------------------------- the split

def test_two_meetings_form_two_events_with_a_confidence_and_a_reason(compatible):
    claims = (meeting("a1", "2025-03-03", GENEVA) + meeting("a2", "2025-03-03", GENEVA)
              + meeting("b1", "2025-03-21", NAIROBI) + meeting("b2", "2025-03-21", NAIROBI))
    split = split_events(["a1", "a2", "b1", "b2"], claims, compatible)
    assert [e.sources for e in split.events] == [["a1", "a2"], ["b1", "b2"]]
    assert all(0.9 < e.confidence <= 1 for e in split.events)
    gap = split.between(0, 1)
    assert gap is not None and gap.probability < 0.5
    assert gap.reason() == "different date and place: probably a different event"
    assert split.event_of("b2") == 1 and split.event_of("zz") == -1


def test_one_outlet_a_few_days_off_stays_in_the_event(compatible):
    """Five outlets in one city, four on Thursday and one on Saturday: one event, the Saturday an outlier."""
    claims = [c for s in "abcd" for c in meeting(s, "2025-09-04", GENEVA)] + meeting("e", "2025-09-06", GENEVA)
    split = split_events(list("abcde"), claims, compatible)
    assert [e.sources for e in split.events] == [list("abcde")]


def test_a_story_of_one_event_has_no_gaps(compatible):
    claims = [c for s in "abc" for c in meeting(s, "2025-03-03", GENEVA)]
    split = split_events(list("abc"), claims, compatible)
    assert len(split.events) == 1 and split.events[0].confidence > 0.9


def test_split_does_not_depend_on_claim_order(compatible):
    claims = (meeting("a1", "2025-03-03", GENEVA) + meeting("b1", "2025-03-21", NAIROBI)
              + meeting("a2", "2025-03-03", GENEVA) + meeting("b2", "2025-03-21", NAIROBI))
    first = split_events(["a1", "a2", "b1", "b2"], claims, compatible)
    second = split_events(["a1", "a2", "b1", "b2"], list(reversed(claims)), compatible)
    assert [e.sources for e in first.events] == [e.sources for e in second.events]
    assert [e.confidence for e in first.events] == [e.confidence for e in second.events]


def test_overview_says_which_outliers_are_in_another_event(pack, compatible):
    """Positions span the story; an outlier in none of the majority's events is marked as such (it may
    report another meeting rather than err)."""
    claims = [claim(s, "date", day("2025-03-03")) for s in ("a1", "a2", "a3")]
    claims += [claim("a4", "date", day("2025-03-04")), claim("b1", "date", day("2025-03-21"))]
    split = EventSplit([Event(["a1", "a2", "a3", "a4"], 0.9), Event(["b1"], 0.9)])
    view = overview("s", {"date": [claims]}, pack, split)
    fact = view.facts[0]
    assert fact.majority == 0 and fact.positions[0].sources == ("a1", "a2", "a3")
    assert fact.outliers == ("a4", "b1") and fact.other_events == ("b1",)
    assert fact.summary().endswith("; outliers: a4, b1 (in another event: b1)")
    assert fact.to_dict()["other_events"] == ["b1"]


def test_overview_of_a_tie_names_no_outlier(pack):
    claims = [claim("a", "date", day("2025-03-03")), claim("b", "date", day("2025-03-04"))]
    fact = overview("s", {"date": [claims]}, pack, None).facts[0]
    assert fact.majority is None and fact.outliers == () and fact.other_events == ()
    assert fact.summary().endswith("no majority (a tie)")


# ------------------------------------------------------------------------------------------- articles

MEETINGS = {
    "geneva-1": "Health ministers agree on vaccine stockpile\n\nHealth ministers met in Geneva on Monday, 3 March "
                "2025, to agree on a shared vaccine stockpile. The meeting was chaired by Swedish minister Maria "
                "Lindqvist. About 40 ministers attended the talks.\n",
    "geneva-2": "Geneva talks back vaccine reserve\n\nForty health ministers gathered in Geneva on Monday, 3 March "
                "2025, for talks on a common reserve of vaccines, chaired by Maria Lindqvist.\n",
    "nairobi-1": "Finance ministers discuss debt relief\n\nFinance ministers met in Nairobi on Friday, 21 March "
                 "2025, in a meeting chaired by Kenyan minister Joseph Otieno. Twelve ministers attended the "
                 "meeting on debt relief for coastal states.\n",
    "nairobi-2": "Debt relief on the table in Nairobi\n\nTwelve finance ministers convened in Nairobi on Friday, "
                 "21 March 2025. The meeting, chaired by Joseph Otieno, focused on debt relief.\n",
}


@pytest.fixture(scope="module")
def two_meetings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("story") / "meetings"
    folder.mkdir()
    for name, text in MEETINGS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return run([folder])


def test_articles_about_two_meetings_form_two_events(two_meetings):
    view = two_meetings.overview("meetings")
    assert [e.sources for e in view.events] == [("geneva-1", "geneva-2"), ("nairobi-1", "nairobi-2")]
    assert all(e.confidence >= 0.9 for e in view.events)
    (gap,) = view.gaps
    assert (gap.a, gap.b) == (0, 1) and gap.probability < 0.1
    assert re.fullmatch(r"different .*date.* place: probably a different event", gap.reason), gap.reason


def test_findings_between_events_are_a_severity_lower_with_the_reason(two_meetings):
    rules = {r.id: r for r in two_meetings.pack.rules}
    lower = {"error": "warning", "warning": "info", "info": "info"}
    findings = two_meetings.findings
    assert {f.fact for f in findings} >= {"date", "location", "attendees"}
    reason = two_meetings.overview("meetings").gaps[0].reason
    for f in findings:
        assert f.severity == lower[rules[f.rule].severity], f.rule
        assert f.message.endswith(f"[{reason}]"), f.message
        sides = [{c.source.split("-")[0] for c in side} for side in f.sides]
        assert sides in ([{"nairobi"}, {"geneva"}], [{"geneva"}, {"nairobi"}]), f.message
    assert len({(f.fact, f.rule) for f in findings}) == len(findings)          # one per fact and rule


def test_event_split_in_the_json_extension(two_meetings):
    data = two_meetings.to_dict()
    assert data["extensions"] == ["checker-story/1"]
    (story,) = data["stories"]
    assert [e["sources"] for e in story["events"]] == [["geneva-1", "geneva-2"], ["nairobi-1", "nairobi-2"]]
    assert story["event_gaps"][0]["events"] == [0, 1]
    assert story["event_gaps"][0]["reason"].endswith("probably a different event")


# ------------------------------------------------------------------------------------------- the sample corpus

@pytest.fixture(scope="module")
def sample():
    return run([SOURCES])


def test_sample_falls_into_more_than_one_event_and_the_report_names_them(sample):
    view = sample.overview("sources")
    assert len(view.events) > 1
    members = [s for e in view.events for s in e.sources]
    assert sorted(members) == sorted(d.id for d in sample.documents)          # each article in one event
    lines = event_lines(sample, "sources")
    assert lines[0] == f"{len(view.events)} events: the articles do not all report the same event"
    for i, event in enumerate(view.events):
        assert lines[i + 1].startswith(f"event {i + 1}: {', '.join(event.sources)} (confidence ")
    for line in lines[2:]:
        assert "probably a different event" in line


# An outlet's article written for this test (no sample wording): the sample's place, but another day, another
# number of leaders and other chairs.
OUTLIER = ("Allies hold weekend round on Kyiv\n\nAllied heads of government held a round of talks in Paris on "
           "Saturday about protecting Ukraine once the fighting stops.\n\nTwelve leaders attended the meeting, "
           "which was co-chaired by German Chancellor Friedrich Merz and Italian Prime Minister Giorgia Meloni.\n")


def _conflict(a, b, rule, pack) -> bool:
    """What the rule calls a contradiction (disjoint, or people-disagree on lists no claim names whole)."""
    from checker.kinds.compare import comparable, intersects
    from checker.model.entities import PeopleSet

    if isinstance(a, PeopleSet):
        return not a.intersects(b)
    return comparable(a, b, pack.settings) and not intersects(a, b, pack.settings,
                                                              rule.options.get("rate_tolerance", 0.0))


@pytest.fixture(scope="module")
def with_outlier(tmp_path_factory):
    folder = tmp_path_factory.mktemp("outlier") / "sources"
    shutil.copytree(SOURCES, folder)
    (folder / "zz_weekend.txt").write_text(OUTLIER, encoding="utf-8")
    return run([folder])


def test_acceptance_one_new_finding_per_fact_naming_the_outlier(sample, with_outlier):
    """The sample plus one article contradicting it on date, attendance and chairs: exactly three new
    findings, one per fact, each with that article alone on the outlier side; the sample's own stay."""
    before = {f.id for f in sample.findings}
    after = {f.id for f in with_outlier.findings}
    assert before <= after
    new = [f for f in with_outlier.findings if f.id not in before]
    assert sorted(f.fact for f in new) == ["attendees", "chairs", "date"]
    for f in new:
        assert {c.source for c in f.sides[0]} == {"zz_weekend"}, f.message
        assert "zz_weekend" not in {c.source for c in f.sides[1]}
        assert f.extra["outliers"] == "zz_weekend"
        assert f.message.startswith("zz_weekend ")
        # the other side: every claim of the story that the article's claims contradict
        rule = next(r for r in with_outlier.pack.rules if r.id == f.rule)
        mine = [c.value for c in f.sides[0]]
        contradicted = {(c.source, c.start) for c in with_outlier.claims if c.fact == f.fact
                        and c.source != "zz_weekend" and any(_conflict(v, c.value, rule, with_outlier.pack)
                                                             for v in mine)}
        assert {(c.source, c.start) for c in f.sides[1]} == contradicted, f.message


def test_acceptance_the_overview_shows_the_outlier(with_outlier):
    view = with_outlier.overview("sources")
    facts = {f.fact: f for f in view.facts}
    for fact in ("chairs", "date"):
        assert facts[fact].majority is not None
        assert "zz_weekend" in facts[fact].outliers, fact
        assert "zz_weekend" not in facts[fact].positions[facts[fact].majority].sources
    assert any(p.sources == ("zz_weekend",) for p in facts["date"].positions)
    attendees = facts["attendees"]                 # "up to 30" of one sample article sides with "twelve": a tie
    assert attendees.majority is None or "zz_weekend" in attendees.outliers


# ------------------------------------------------------------------------------------------- rendering

def _before_first_finding(text: str, report) -> str:
    first = min(text.index(f.id) for f in report.findings)
    return text[:first]


@pytest.mark.parametrize("fmt", ["console", "markdown"])
def test_reports_show_the_event_split_and_positions_before_the_findings(sample, fmt):
    text = renderer(fmt)(sample, RenderOptions(color=False, width=400))
    head = " ".join(_before_first_finding(text, sample).split())
    head = head.replace("\\", "")                                    # Markdown escapes
    assert summary_line(sample) in " ".join(text.split())
    for line in event_lines(sample, "sources"):
        assert line in head, line
    for fact, summary in position_lines(sample, "sources"):
        assert fact in head and summary in head, summary


def test_html_report_shows_the_event_split_and_positions_before_the_findings(sample):
    """The HTML page words them its own way (checker/formats/html.py): the events with their articles and
    confidence, the reason between each two, and per fact every position, before the first finding."""
    import html as html_lib

    page = renderer("html")(sample, RenderOptions(color=False, width=100))
    head = _before_first_finding(page, sample)
    text = " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", head)).split())
    text = re.sub(r" ([,:])", r"\1", text)
    assert summary_line(sample) in text
    view = sample.overview("sources")
    for i, event in enumerate(view.events):
        assert f"Event {i + 1} confidence {event.confidence:.2f}: {', '.join(event.sources)}" in text
    for gap in view.gaps:
        assert gap.reason in text
    for fact in view.facts:
        for position in fact.positions:
            assert position.value in text, position.value
    assert "no majority (a tie)" in text


def test_the_counts_line_says_how_many_disagreements_and_findings(sample, with_outlier):
    for report in (sample, with_outlier):
        disputed = len({(f.story, f.fact) for f in report.findings})
        line = summary_line(report)
        assert f": {disputed} facts in dispute, {len(report.findings)} findings (" in line, line
    facts = lambda r: {f.fact for f in r.findings}                      # noqa: E731
    assert facts(with_outlier) == facts(sample) | {"chairs", "date", "attendees"}
    assert len(with_outlier.findings) == len(sample.findings) + 3


# ------------------------------------------------------------------------------------------- outliers in articles

AGREEING = [
    "Water ministers from 25 countries met in Lisbon on Wednesday, 14 May 2025, at a summit chaired by "
    "Portuguese minister Rui Almeida.\n",
    "The summit in Lisbon on 14 May 2025 brought together 25 countries. It was chaired by Rui Almeida.\n",
    "Delegations from 25 countries gathered in Lisbon on Wednesday for the water summit, chaired by Rui Almeida.\n",
    "Ministers of 25 countries met in Lisbon on 14 May 2025 for a summit chaired by Rui Almeida.\n",
]
# Two days off and another count, in the same city under the same chair: one outlet's slip.
SLIP = "Ministers from 40 countries met in Lisbon on Friday, 16 May 2025, at a summit chaired by Rui Almeida.\n"


def _story(tmp_path, texts: list[str]):
    folder = tmp_path / "water"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"{'abcd'[i] if i < len(texts) - 1 else 'z'}.txt").write_text(f"Water talks\n\n{text}",
                                                                                encoding="utf-8")
    return run([folder])


@pytest.mark.parametrize("agreeing", [2, 4])
def test_an_outlier_article_gives_one_finding_per_fact(tmp_path, agreeing):
    """Three and five articles, one of them two days off and with another count: one event, one finding per
    fact at the rule's severity with that article alone on side A, and the overview names it the outlier."""
    report = _story(tmp_path, AGREEING[:agreeing] + [SLIP])
    view = report.overview("water")
    assert len(view.events) == 1
    rules = {r.id: r for r in report.pack.rules}
    assert sorted(f.fact for f in report.findings) == ["attendees", "date"]
    for f in report.findings:
        assert f.severity == rules[f.rule].severity
        assert {c.source for c in f.sides[0]} == {"z"} and f.extra["outliers"] == "z"
        assert {c.source for c in f.sides[1]} == set("abcd"[:agreeing])
    facts = {f.fact: f for f in view.facts}
    for fact in ("date", "attendees"):
        assert facts[fact].outliers == ("z",) and facts[fact].other_events == ()
        assert facts[fact].summary().endswith("; outliers: z")


def test_two_articles_have_no_majority_and_say_so(tmp_path):
    report = _story(tmp_path, AGREEING[:1] + [SLIP])
    assert len(report.overview("water").events) == 1
    assert sorted(f.fact for f in report.findings) == ["attendees", "date"]
    assert all(f.extra["outliers"] == "" for f in report.findings)
    facts = {f.fact: f for f in report.overview("water").facts}
    for fact in ("date", "attendees"):
        assert facts[fact].majority is None and facts[fact].outliers == ()
        assert facts[fact].summary().endswith("no majority (a tie)")
    text = renderer("console")(report, RenderOptions(color=False, width=400))
    assert text.count("no majority (a tie)") == 2
