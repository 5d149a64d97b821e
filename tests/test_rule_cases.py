"""Every rule kind's YAML cases (rules/tests/*.yml), run by one parametrised test."""

from pathlib import Path

import pytest

from checker.kinds import REGISTRY
from checker.pack import load_pack
from checker.resources import default_rules_dir
from checker.ruletests import load_cases, run_case

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
