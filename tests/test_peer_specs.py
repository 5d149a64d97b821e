"""Quality gate: the normalisers scored on the external peer suite (../shared/peer-specs) must not fall below
the targets of the issue. The benchmark itself is benchmarks/peer_specs.py; this runs the same code."""

import importlib.util
import re
import sys

import pytest

from conftest import REPO, SHARED, needs_shared


def _benchmark():
    spec = importlib.util.spec_from_file_location("peer_specs", REPO / "benchmarks" / "peer_specs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module                 # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench():
    return _benchmark()


@pytest.fixture(scope="module")
def results(bench):
    return bench.run(SHARED / "peer-specs")


@needs_shared("peer-specs", "datetime.jsonl")
@pytest.mark.parametrize("group", ["number_range", "number", "currency", "dates"])
def test_figure_meets_its_target(bench, results, group):
    figure = bench.figures(results)[group]
    assert figure >= bench.TARGETS[group], f"{group} {figure:.3f} < {bench.TARGETS[group]}\n{bench.report(results)}"


@needs_shared("peer-specs", "datetime.jsonl")
def test_report_ends_with_the_final_line(bench, results):
    last = bench.report(results).splitlines()[-1]
    assert re.fullmatch(r"peer-specs: number_range=\d\.\d\d number=\d\.\d\d currency=\d\.\d\d dates=\d\.\d\d", last)


@needs_shared("peer-specs", "datetime.jsonl")
def test_every_case_is_counted_and_out_of_scope_dates_are_skipped(results):
    by_name = {r.name: r for r in results}
    assert by_name["number.jsonl"].scored == by_name["number.jsonl"].cases == 235
    dates = by_name["datetime.jsonl"]
    assert dates.cases == 985 and 0 < dates.scored < dates.cases
    assert all(r.passed + len(r.failures) == r.scored for r in results)


def test_scoring_rules_on_small_cases(bench):
    """The scorer itself: overlap and equality, the allowed half-open difference, negative cases."""
    case = {"input": "between 20 and 30", "expected": [
        {"text": "between 20 and 30", "type": "numberrange", "start": 0, "end": 16, "resolution": {"value": "[20,30)"}}]}
    assert bench.score_number_range(case).status == "fail"
    allowed = bench.score_number_range(case, half_open_allowed=True)
    assert allowed.status == "pass" and allowed.allowed
    assert bench.score_number_range({"input": "just 30 people", "expected": []}).status == "pass"
    assert bench.score_number_range({"input": "over 30 people", "expected": []}).status == "fail"
    money = {"input": "it cost €5", "expected": [
        {"text": "€5", "type": "currency", "start": 8, "end": 9, "resolution": {"value": "5", "unit": "Euro", "isoCurrency": "EUR"}}]}
    assert bench.score_currency(money).status == "pass"
