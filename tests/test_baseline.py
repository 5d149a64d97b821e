"""Baselines and the gate: the file, damaged files, which findings are known, new or fixed, and what fails."""

import json

import pytest

from checker.baseline import SCHEMA, dump_baseline, load_baseline
from checker.errors import ConfigError
from checker.gate import apply_decisions, fails, gate
from checker.pipeline import run
from checker.review import Review

from conftest import SOURCES, assert_located_error


@pytest.fixture(scope="module")
def report():
    return run([SOURCES])


def write(tmp_path, findings):
    path = tmp_path / "baseline.json"
    path.write_text(dump_baseline(findings), encoding="utf-8")
    return path


def test_baseline_file_is_sorted_json_with_a_readable_summary(tmp_path, report):
    path = write(tmp_path, reversed(report.findings))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == SCHEMA
    keys = [(e["story"], e["fact"], e["rule"], e["id"]) for e in data["findings"]]
    assert keys == sorted(keys) and len(keys) == len(report.findings)
    entry = data["findings"][0]
    assert list(entry) == ["id", "rule", "severity", "fact", "story", "conflict", "a", "b", "message"]
    assert set(entry["a"]) == {"sources", "values"} and entry["a"]["sources"]
    text = path.read_text(encoding="utf-8")
    assert f'      "id": "{entry["id"]}",\n' in text                      # one field per line: small diffs
    assert path.read_text() == dump_baseline(report.findings)           # independent of input order
    assert load_baseline(path).entries.keys() == {f.id for f in report.findings}


def test_empty_baseline(tmp_path):
    path = write(tmp_path, [])
    assert json.loads(path.read_text()) == {"schema": SCHEMA, "findings": []}
    assert load_baseline(path).entries == {}


@pytest.mark.parametrize("text,line,words", [
    ('{"schema": "checker-baseline/1",\n "findings": [\n  {"id": "a"},\n  {"rule": "x"}\n ]\n}\n', 4,
     'entry 2 has no "id"'),
    ('{"schema": "checker-baseline/1",\n "findings": {}\n}\n', 2, '"findings" must be a list'),
    ('{"schema": "checker-report/1", "findings": []}\n', 1, 'not a baseline file: expected "schema"'),
    ('[1, 2]\n', 1, "not a baseline file"),
    ('{"schema": "checker-baseline/1",\n "findings": [\n', 3, "invalid JSON"),
    ('', 1, "invalid JSON"),
])
def test_damaged_baseline_names_file_and_line(tmp_path, text, line, words):
    assert_located_error(load_baseline, tmp_path / "baseline.json", text, line, words)


def test_missing_baseline(tmp_path):
    with pytest.raises(ConfigError, match="no such baseline file"):
        load_baseline(tmp_path / "nope.json")


def test_known_new_updated_and_fixed(tmp_path, corpus):
    before = run([corpus]).findings
    baseline = load_baseline(write(tmp_path, before))
    assert set(baseline.match(before).values()) == {"unchanged"} and baseline.fixed(before) == []
    # A new article on the majority's side of the date conflict: a new id, but the same conflict.
    (corpus / "005_more.txt").write_text("The summit took place in Paris on Thursday, September 4, 2025.\n",
                                         encoding="utf-8")
    after = run([corpus]).findings

    def tuesday(findings):
        return next(f for f in findings if f.rule == "date-conflict" and any(c.source.startswith("003")
                                                                            for c in f.sides[0]))

    assert tuesday(after).id not in baseline.entries
    assert baseline.match(after)[tuesday(after).id] == "updated"
    assert baseline.fixed(after) == []
    # A correction removes the Tuesday articles: the conflicts they took part in are fixed.
    involved = {f.id for f in before if any(c.source[:3] in ("003", "004") for side in f.sides for c in side)}
    for name in ("003_f11721f52ebed780.txt", "004_c5ccbac007a06862.txt"):
        (corpus / name).unlink()
    after = run([corpus]).findings
    assert {e.id for e in baseline.fixed(after)} == involved
    assert set(baseline.match(after).values()) <= {"unchanged", "updated"}


def test_apply_decisions_hides_reviewed_and_known(tmp_path, report):
    dismissed, confirmed, corrected, other = report.findings[:4]
    reviews = {dismissed.id: Review("dismissed", "not the same"), confirmed.id: Review("confirmed"),
               corrected.id: Review("corrected"), other.id: Review("different-event")}
    decided = apply_decisions(report, reviews)
    shown = {f.id: f.status for f in decided.findings}
    assert dismissed.id not in shown and corrected.id not in shown and other.id not in shown
    assert shown[confirmed.id] == "confirmed" and decided.hidden == 3
    assert {f.id for f in decided.all_findings()} == {f.id for f in report.findings}
    everything = apply_decisions(report, reviews, show_all=True)
    assert len(everything.findings) == len(report.findings) and everything.hidden == 0
    assert next(f for f in everything.findings if f.id == dismissed.id).note == "not the same"
    # The gate: confirmed fails, dismissed/corrected/different-event never do.
    verdict = gate(decided, "info")
    assert {f.id for f in verdict.failing} == {f.id for f in report.findings[4:]} | {confirmed.id}
    assert verdict.hidden_reviewed == 3 and verdict.hidden_known == 0 and verdict.exit_code == 1


def test_gate_with_a_baseline(tmp_path, report):
    baseline = load_baseline(write(tmp_path, report.findings[:5]))
    decided = apply_decisions(report, {}, baseline)
    assert [f.id for f in decided.findings] == [f.id for f in report.findings[5:]]
    verdict = gate(decided, "info", baseline)
    assert verdict.hidden_known == 5 and {f.id for f in verdict.failing} == {f.id for f in report.findings[5:]}
    # All of them known: clean.
    baseline = load_baseline(write(tmp_path, report.findings))
    assert gate(apply_decisions(report, {}, baseline), "info", baseline).exit_code == 0


@pytest.mark.parametrize("severity,fail_on,expected", [
    ("error", "error", True), ("warning", "error", False), ("warning", "warning", True),
    ("info", "warning", False), ("info", "info", True), ("error", "info", True),
])
def test_fail_on_threshold(report, severity, fail_on, expected):
    from dataclasses import replace

    f = replace(report.findings[0], severity=severity)
    assert fails(f, None, fail_on) is expected
    assert fails(f, {f.id: "unchanged"}, fail_on) is False
    assert fails(f.with_status("dismissed"), None, fail_on) is False
    assert fails(f.with_status("confirmed"), None, fail_on) is expected
