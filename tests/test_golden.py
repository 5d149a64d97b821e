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
                                      ("json", "report.json")])
def test_report_formats(report, fmt, name):
    check(name, renderer(fmt)(report, RenderOptions(color=False, width=100)))


@pytest.mark.parametrize("fmt,name", [("csv", "facts.csv"), ("json", "facts.json"), ("console", "facts.txt")])
def test_fact_formats(report, fmt, name):
    check(name, render_facts(report, fmt))
