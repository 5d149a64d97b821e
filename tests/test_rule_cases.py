"""Every rule kind's YAML cases (rules/tests/*.yml), run by one parametrised test."""

from pathlib import Path

import pytest

from checker.errors import ConfigError
from checker.kinds import REGISTRY
from checker.pack import load_pack
from checker.resources import default_rules_dir
from checker.ruletests import InlineRule, load_cases, run_case

CASE_DIR = Path(default_rules_dir()) / "tests"
CASES = [(path, kind, where, case) for path in sorted(CASE_DIR.glob("*.yml"))
         for kind, cases in [load_cases(path)] for where, case in cases]


@pytest.fixture(scope="module")
def default_pack():
    return load_pack(default_rules_dir())


@pytest.mark.parametrize("path,kind,where,case", CASES, ids=[f"{c[1]}: {c[3]['name']}" for c in CASES])
def test_rule_case(default_pack, path, kind, where, case):
    result = run_case(default_pack, case, where, kind)
    assert result.ok, f"{where}: {result.detail}"


def test_every_kind_has_pass_and_fail_cases():
    for name in REGISTRY:
        cases = [c for _, kind, _, c in CASES if kind == name]
        assert any(c["expect"] for c in cases), f"no case where {name} finds a conflict"
        assert any(not c["expect"] for c in cases), f"no case where {name} stays quiet"


def test_a_wrong_expectation_fails(default_pack):
    case = {"name": "wrong", "rule": "date-conflict", "expect": [],
            "articles": {"a": "The summit took place on Monday.", "b": "The summit took place on Friday."}}
    assert not run_case(default_pack, case, "here", "disjoint").ok


def test_every_kind_has_a_case_with_its_rule_inline():
    for name in REGISTRY:
        assert any(isinstance(c["rule"], InlineRule) for _, kind, _, c in CASES if kind == name), \
            f"no case of {name} with its rule (kind, fact, options) written inline"


def _inline_cases(tmp_path, rule: str, expect: str = "[]") -> Path:
    path = tmp_path / "disjoint.yml"
    path.write_text(f"""kind: disjoint
cases:
  - name: inline
    rule: {rule}
    articles:
      a: "There were 12 boats in the harbour."
      b: "There were 20 boats in the harbour."
    expect: {expect}
""", encoding="utf-8")
    return path


def test_an_inline_rule_is_run_on_its_own(default_pack, tmp_path):
    kind, [(where, case)] = load_cases(_inline_cases(tmp_path, "{fact: {mentions: [count]}}", '[["12", "20"]]'))
    assert run_case(default_pack, case, where, kind).ok
    kind, [(where, case)] = load_cases(_inline_cases(tmp_path, "{fact: {mentions: [count]}}"))
    assert not run_case(default_pack, case, where, kind).ok          # the expectation is wrong


def test_an_inline_rule_may_name_a_fact_of_the_pack(default_pack, tmp_path):
    kind, [(where, case)] = load_cases(_inline_cases(tmp_path, "{fact: attendees}"))
    assert run_case(default_pack, case, where, kind).ok              # no cue word: no attendance claim
    kind, [(where, case)] = load_cases(_inline_cases(tmp_path, "{fact: nowhere}"))
    result = run_case(default_pack, case, where, kind)
    assert not result.ok and "no fact 'nowhere'" in result.detail


@pytest.mark.parametrize("rule, words", [
    ("{fact: {mentions: [count]}, options: {tolerance: 2}}", "unknown key 'tolerance'"),
    ("{fact: {mentions: [counts]}}", "got 'counts'"),
    ("{kind: nope, fact: date}", "unknown kind 'nope'"),
    ("{fact: date, colour: red}", "unknown key 'colour'"),
])
def test_a_malformed_inline_rule_is_located(tmp_path, rule, words):
    path = _inline_cases(tmp_path, rule)
    with pytest.raises(ConfigError) as err:
        load_cases(path)
    assert str(err.value).startswith(f"{path}:4: ") and words in str(err.value), str(err.value)
