"""Golden-file tests: each output format rendered from the sample corpus, compared byte for byte.

Regenerate after an intended change with ``CHECKER_UPDATE_GOLDEN=1 pytest tests/test_golden.py`` and review the
diff of tests/golden/ like any other change.
"""

import os
from pathlib import Path

import pytest

from checker.formats import RenderOptions, renderer
from checker.formats.facts import render_facts
from checker.pipeline import run

from conftest import REPO

GOLDEN = Path(__file__).parent / "golden"
UPDATE = bool(os.environ.get("CHECKER_UPDATE_GOLDEN"))


@pytest.fixture(scope="module")
def report():
    old = os.getcwd()
    os.chdir(REPO)                      # paths in reports are relative to the working folder
    try:
        return run(["sources"])
    finally:
        os.chdir(old)


def check(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with CHECKER_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from the golden file"


@pytest.mark.parametrize("fmt,name", [("console", "report.console.txt"), ("markdown", "report.md"),
                                      ("json", "report.json"), ("html", "report.html"), ("csv", "report.csv"),
                                      ("sarif", "report.sarif"), ("junit", "report.junit.xml"),
                                      ("github", "report.github.txt")])
def test_report_formats(report, fmt, name):
    check(name, renderer(fmt)(report, RenderOptions(color=False, width=100)))


@pytest.fixture(scope="module")
def decided(report):
    """The sample report after review and against a baseline: one finding dismissed with a note, one
    confirmed, one marked as another event; the baseline knows the first three findings."""
    from checker.baseline import Baseline, BaselineEntry
    from checker.gate import apply_decisions
    from checker.review import Review

    f = report.findings
    reviews = {f[0].id: Review("dismissed", "Tuesday was the ministers' call", "Ada", "2025-09-05T10:12:00Z",
                               f[0].evidence()),
               f[3].id: Review("confirmed", None, "Ada", "2025-09-05T10:13:00Z", f[3].evidence()),
               f[-1].id: Review("different-event", "virtual: an earlier video call", "Bo", "2025-09-05T10:14:00Z",
                                f[-1].evidence())}
    baseline = Baseline(Path("baseline.json"), {x.id: BaselineEntry(x.id) for x in f[:3]})
    return apply_decisions(report, reviews, baseline)


@pytest.mark.parametrize("fmt,name", [("console", "decided.console.txt"), ("sarif", "decided.sarif"),
                                      ("junit", "decided.junit.xml"), ("html", "decided.html")])
def test_decided_report_formats(decided, fmt, name):
    """Reviews and a baseline applied: hidden in the console, suppressed or 'unchanged' in SARIF, skipped or
    passing in JUnit, in the HTML page with reviewer and date and filtered out by default."""
    check(name, renderer(fmt)(decided, RenderOptions(color=False, width=100, fail_on="warning")))


@pytest.mark.parametrize("fmt,name", [("csv", "facts.csv"), ("json", "facts.json"), ("console", "facts.txt")])
def test_fact_formats(report, fmt, name):
    check(name, render_facts(report, fmt))
