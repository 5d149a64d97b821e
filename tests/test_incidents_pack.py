"""The incidents pack and the pack-format mechanisms it needs: per-entity facts, anchor gaps, exclusions after
a number, phrases inside hyphenated words, time-aware comparison, the bundled pack's cases and accuracy."""

import datetime as dt
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.align import by_entity
from checker.api import evaluate
from checker.cli import cli
from checker.errors import ConfigError
from checker.facts.entity import entity_of, fullest_name
from checker.facts.phrases import ends_with, phrases_regex, starts_with
from checker.kinds.base import Dated
from checker.kinds.disjoint import changed
from checker.model.claims import AlignContext, Claim
from checker.model.pack import EntityKey
from checker.model.quantities import Count, Interval
from checker.pack import load_pack
from checker.resources import bundled_pack
from checker.ruletests import load_cases, run_case

ROOT = Path(__file__).resolve().parent.parent
PACK = bundled_pack("incidents")
CASES = [(kind, where, case) for path in sorted((PACK / "tests").glob("*.yml"))
         for kind, cases in [load_cases(path)] for where, case in cases]


@pytest.fixture(scope="module")
def pack():
    return load_pack(PACK)


@pytest.mark.parametrize("kind,where,case", CASES, ids=[c[2]["name"] for c in CASES])
def test_incidents_rule_case(pack, kind, where, case):
    result = run_case(pack, case, where, kind)
    assert result.ok, f"{where}: {result.detail}"


def test_a_phrase_opening_with_a_hyphen_matches_inside_a_hyphenated_word():
    assert phrases_regex(("-year-old",)).search("a 19-year-old man")
    assert not phrases_regex(("year-old",)).search("a 19-year-old man")   # a plain phrase stands alone
    assert phrases_regex(("year-old",)).search("a year-old dispute")


def test_anchor_gap_allows_words_but_no_numbers_or_joining_words():
    assert starts_with(("killed",), 3).match(" workers were killed")
    assert not starts_with(("killed",), 0).match(" workers were killed")
    assert not starts_with(("wounded",), 3).match(" man was killed and five were wounded")
    assert ends_with(("death toll to",), 0).search("bringing the death toll to ")


def test_entity_named_before_or_after_the_number():
    key = EntityKey("person", (",", ", who was", ", now"), ("-year-old",), 2)
    text = "Police said Marquis Delaney, 19, died. The victim was 19-year-old Jane M. Doe of Gastonia."
    first = text.index("19")
    assert entity_of(text, first, first + 2, key, 0, len(text)) == "Marquis Delaney"
    second = text.index("19-")
    assert entity_of(text, second, second + 2, key, 0, len(text)) == "Jane M. Doe"
    text = "A 52-year-old Lakeland man died."                 # a place and a noun, no person
    at = text.index("52")
    assert entity_of(text, at, at + 2, key, 0, len(text)) is None


def test_a_surname_alone_is_the_articles_first_full_name():
    text = "Marquis Delaney was 19. His mother, Renee Delaney, 44, spoke. Delaney, 20, ..."
    assert fullest_name(text, "Delaney") == "Marquis Delaney"
    assert fullest_name("Andre Pruitt was hurt. Andre, 17, ...", "Andre") == "Andre Pruitt"


def _claim(source, entity, figure, published=None):
    return Claim(source, "s", "age", 0, 2, str(figure), 1, 1, Count(Interval(figure, figure, figure=figure)),
                 AlignContext(entity=entity), (), published)


def test_claims_are_grouped_per_person_with_fuzzy_names():
    claims = [_claim("a", "Jane Doe", 19), _claim("b", "Jane M. Doe", 20), _claim("c", "Doe", 19),
              _claim("d", "John Roe", 40), _claim("e", None, 19)]
    groups = by_entity(claims)
    assert sorted(c.source for c in groups[0]) == ["a", "b", "c"]
    assert [[c.source for c in g] for g in groups[1:]] == [["d"], ["e"]]
    # a surname that could be either of two people is compared with nothing
    groups = by_entity([_claim("a", "Jane Doe", 19), _claim("b", "John Doe", 50), _claim("c", "Doe", 30)])
    assert [len(g) for g in groups] == [1, 1, 1]


def test_time_aware_changes():
    day = dt.date(2025, 2, 4)
    one, two = Count(Interval(1, 1, figure=1)), Count(Interval(2, 2, figure=2))
    later = day + dt.timedelta(3)
    assert changed(Dated(one, day), Dated(two, later), rise=True, per_year=0)        # a toll rises
    assert not changed(Dated(two, day), Dated(one, later), rise=True, per_year=0)    # it does not fall
    assert not changed(Dated(one, day), Dated(two, day), rise=True, per_year=0)      # same day
    assert not changed(Dated(one, None), Dated(two, later), rise=True, per_year=0)   # undated
    age, older = Count(Interval(22, 22, figure=22)), Count(Interval(23, 23, figure=23))
    assert changed(Dated(age, day), Dated(older, day + dt.timedelta(364)), rise=False, per_year=1)
    assert not changed(Dated(age, day), Dated(older, day + dt.timedelta(2)), rise=False, per_year=1)


def test_pack_option_selects_the_bundled_pack():
    runner = CliRunner()
    story = str(ROOT / "tests/stories-incidents/gastonia-party-shooting")
    out = runner.invoke(cli, ["report", story, "--pack", "incidents", "--format", "json"])
    assert out.exit_code == 0, out.output
    assert '"age-conflict"' in out.output and '"injured-conflict"' in out.output
    both = runner.invoke(cli, ["report", story, "--pack", "incidents", "--rules", str(PACK)])
    assert both.exit_code == 2


def test_a_wrong_key_in_per_names_file_line_and_the_keys_allowed(tmp_path):
    (tmp_path / "facts.yml").write_text("facts:\n  age:\n    mentions: [count]\n    per:\n      entity: person\n"
                                        "      befor: [',']\n")
    with pytest.raises(ConfigError) as exc:
        load_pack(tmp_path)
    assert re.search(r"facts\.yml:6: fact 'age': unknown key 'befor'; expected one of: after, before, entity, gap",
                     str(exc.value))


def test_incidents_development_stories_score_at_least_090(pack):
    result = evaluate(ROOT / "tests/stories-incidents", PACK)
    assert result.overall.recall >= 0.90 and result.overall.precision >= 0.90


def test_rules_new_scaffolds_a_pack_whose_cases_pass(tmp_path):
    runner = CliRunner()
    folder = tmp_path / "fires"
    out = runner.invoke(cli, ["rules", "new", str(folder)])
    assert out.exit_code == 0, out.output
    tested = runner.invoke(cli, ["rules", "test", str(folder)])
    assert tested.exit_code == 0 and "3 passed, 0 failed" in tested.output, tested.output
    again = runner.invoke(cli, ["rules", "new", str(folder)])
    assert again.exit_code == 2


def test_a_date_without_a_year_is_never_after_publication():
    from checker.facts.claims import not_after_published
    from checker.model.dates import DateValue

    published = dt.date(2025, 3, 14)
    future = DateValue.on_days([dt.date(2025, 3, 20)], "March 20")
    assert not_after_published(future, "March 20", published).days == {dt.date(2024, 3, 20)}
    assert not_after_published(future, "March 20, 2025", published).days == {dt.date(2025, 3, 20)}   # written
    friday = DateValue.on_days([dt.date(2025, 3, 7), dt.date(2025, 3, 21)], "Friday")
    assert not_after_published(friday, "Friday", published).days == {dt.date(2025, 3, 7)}
