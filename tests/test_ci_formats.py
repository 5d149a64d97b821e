"""The CI and reading formats beyond their golden files: SARIF against the official schema and pointing at
the right characters of each file, GitHub escaping, JUnit verdicts, CSV columns, and HTML that escapes
article text."""

import io
import json

import pandas as pd
import pytest
from junitparser import Failure, JUnitXml, Skipped

from checker.formats import RenderOptions, renderer
from checker.formats.github import escape_data, escape_property
from checker.gate import apply_decisions
from checker.pipeline import run
from checker.review import Review

from conftest import REPO, SHARED, SOURCES, needs_shared

SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"


def render(report, fmt, **options):
    return renderer(fmt)(report, RenderOptions(**options))


@pytest.fixture(scope="module")
def sample():
    return run([SOURCES])


@pytest.fixture
def mixed(tmp_path, monkeypatch):
    """One story in every kind of file: Markdown with front matter, JSONL, HTML, and plain text (paths in
    reports are relative to the working folder)."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a.md").write_text("---\ntitle: A\noutlet: X\n---\nThe summit opened in Oslo on Monday.\n",
                                 encoding="utf-8")
    (folder / "b.jsonl").write_text('{"id": "b1", "text": "The summit opened in Oslo on Friday."}\n\n'
                                    '{"id": "b2", "text": "Leaders: the summit opened in Oslo on Sunday."}\n',
                                    encoding="utf-8")
    (folder / "c.html").write_text("<html><body><p>The summit\n opened in <b>Oslo</b> on Tuesday.</p></body></html>",
                                   encoding="utf-8")
    (folder / "d.txt").write_text("Intro line.\n\nThe summit, it said, opened in Oslo on Wednesday.\n",
                                  encoding="utf-8")
    return folder


def sarif_validator():
    from jsonschema.validators import validator_for

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return validator_for(schema)(schema)


@needs_shared("schemas", "sarif-schema-2.1.0.json")
def test_sarif_validates_against_the_official_schema(sample, mixed, tmp_path):
    validator = sarif_validator()
    reviews = {sample.findings[0].id: Review("dismissed", "ministers' call"),
               sample.findings[1].id: Review("corrected")}
    from checker.baseline import dump_baseline, load_baseline

    (tmp_path / "b.json").write_text(dump_baseline(sample.findings[2:4]), encoding="utf-8")
    decided = apply_decisions(sample, reviews, load_baseline(tmp_path / "b.json"))
    for report in (sample, decided, run([mixed])):
        log = json.loads(render(report, "sarif"))
        errors = sorted(validator.iter_errors(log), key=str)
        assert not errors, errors[0]


def test_sarif_results_rules_fingerprints_and_suppressions(sample):
    reviews = {sample.findings[0].id: Review("dismissed", "ministers' call"),
               sample.findings[1].id: Review("confirmed")}
    log = json.loads(render(apply_decisions(sample, reviews), "sarif"))
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    results = run_["results"]
    assert len(results) == len(sample.findings)                   # reviewed findings are kept …
    by_id = {r["partialFingerprints"]["checkerFindingId/v1"]: r for r in results}
    dismissed = by_id[sample.findings[0].id]
    assert dismissed["suppressions"] == [{"kind": "external", "status": "accepted",
                                          "justification": "ministers' call"}]      # … as suppressed
    assert "suppressions" not in by_id[sample.findings[1].id]     # confirmed stays a live result
    assert "baselineState" not in dismissed                       # no baseline given
    for f in sample.findings:
        result = by_id[f.id]
        assert rules[result["ruleIndex"]]["id"] == f.rule == result["ruleId"]
        assert len(result["locations"]) == sum(len(side) for side in f.sides)
        assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[f.severity]


def test_sarif_regions_point_at_the_quote_in_the_file(sample, mixed):
    """For every location with columns, the file's own line, cut at startColumn/endColumn (end
    exclusive, code points), is the quote: this holds for plain text and for Markdown below front matter."""
    checked = 0
    for report, base in ((sample, REPO), (run([mixed]), mixed.parent)):
        for result in json.loads(render(report, "sarif"))["runs"][0]["results"]:
            for location in result["locations"]:
                physical = location["physicalLocation"]
                region = physical.get("region")
                if not region or "startColumn" not in region:
                    continue
                lines = (base / physical["artifactLocation"]["uri"]).read_text(encoding="utf-8").split("\n")
                assert region["startLine"] == region["endLine"]
                line = lines[region["startLine"] - 1]
                assert line[region["startColumn"] - 1:region["endColumn"] - 1] == region["snippet"]["text"]
                checked += 1
    assert checked > 30


def test_locations_of_jsonl_html_and_markdown(mixed):
    report = run([mixed])
    locations = {}
    for result in json.loads(render(report, "sarif"))["runs"][0]["results"]:
        for location in result["locations"]:
            physical = location["physicalLocation"]
            locations[physical["artifactLocation"]["uri"].rsplit("/", 1)[-1] + ":" +
                      location["message"]["text"].split()[1]] = physical.get("region")
    assert locations["a.md:a"]["startLine"] == 5                  # four lines of front matter above it
    assert locations["b.jsonl:b2"] == {"startLine": 3, "snippet": {"text": "on Sunday"}}   # its record's line
    assert locations["c.html:c"] is None                          # decoded text: the file alone
    assert locations["d.txt:d"]["startLine"] == 3


def test_github_escaping_follows_the_actions_toolkit():
    assert escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


def test_github_annotations(mixed):
    lines = render(run([mixed]), "github").splitlines()
    assert lines and all(line.startswith("::error ") for line in lines)
    assert all("\n" not in line for line in lines)
    md = next(line for line in lines if "file=" in line and "a.md," in line)
    assert ",line=5,endLine=5,col=" in md and "title=date-conflict [" in md
    jsonl = next(line for line in lines if "b.jsonl," in line)
    assert ",line=" in jsonl and "col=" not in jsonl
    html = next(line for line in lines if "c.html," in line)
    assert "line=" not in html.split("::")[1]
    # The message names the other side and stays on one line.
    assert "%0AB: " in md or "%0AA: " in md


def test_github_file_names_with_commas_and_colons_are_escaped(tmp_path):
    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "a, b: c.txt").write_text("The summit opened in Oslo on Monday.\n", encoding="utf-8")
    (folder / "d.txt").write_text("The summit opened in Oslo on Friday.\n", encoding="utf-8")
    lines = render(run([folder]), "github").splitlines()
    assert any("a%2C b%3A c.txt" in line.split("::")[1] for line in lines)


def test_junit_fails_open_skips_reviewed_and_passes_known(sample, tmp_path):
    from checker.baseline import dump_baseline, load_baseline

    reviews = {sample.findings[0].id: Review("dismissed", "not the same")}
    (tmp_path / "b.json").write_text(dump_baseline(sample.findings[1:3]), encoding="utf-8")
    decided = apply_decisions(sample, reviews, load_baseline(tmp_path / "b.json"))
    xml = JUnitXml.fromstring(render(decided, "junit", fail_on="error").encode("utf-8"))
    cases = {case.name.split("[")[1].rstrip("]"): case for suite in xml for case in suite}
    assert len(cases) == len(sample.findings)
    results = {i: type(c.result[0]).__name__ if c.result else "passed" for i, c in cases.items()}
    assert results[sample.findings[0].id] == "Skipped"
    assert results[sample.findings[1].id] == results[sample.findings[2].id] == "passed"
    for f in sample.findings[3:]:
        assert results[f.id] == ("Failure" if f.severity == "error" else "passed")   # --fail-on error
    assert isinstance(cases[sample.findings[0].id].result[0], Skipped)
    failure = next(c.result[0] for c in cases.values() if c.result and isinstance(c.result[0], Failure))
    assert "A  sources/" in failure.text and "B  sources/" in failure.text


def test_csv_one_row_per_finding(sample):
    frame = pd.read_csv(io.StringIO(render(sample, "csv")), keep_default_na=False)
    assert list(frame["id"]) == [f.id for f in sample.findings]
    assert list(frame.columns[:8]) == ["id", "story", "fact", "rule", "severity", "status", "note", "message"]
    first, finding = frame.iloc[0], sample.findings[0]
    assert first["a_quotes"].split(" | ") == [c.text for c in finding.sides[0]]
    assert first["b_quotes"].split(" | ") == [c.text for c in finding.sides[1]]
    assert first["a_locations"].startswith("sources/" + finding.sides[0][0].source + ".txt:")


def test_html_escapes_article_text_and_needs_nothing_from_outside(tmp_path):
    folder = tmp_path / "xss"
    folder.mkdir()
    (folder / "a.md").write_text('---\ntitle: "<script>steal()</script> & co"\n---\n'
                                 'Officials said <script>alert("x")</script> the summit opened in Oslo on Monday.\n',
                                 encoding="utf-8")
    (folder / "b.txt").write_text("The summit <img src=x onerror=alert(1)> opened in Oslo on Friday.\n",
                                  encoding="utf-8")
    page = render(run([folder]), "html")
    assert page.lower().count("<script") == 1 and "<img" not in page.lower()     # the page's own script only
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; the summit opened in Oslo" in page   # in context
    assert "&lt;script&gt;steal()&lt;/script&gt; &amp; co" in page                                # the title
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "http://" not in page and "https://" not in page and "<link" not in page
    assert "<style>" in page and "<mark>on Monday</mark>" in page
