"""``--format html``: one self-contained page for fact-checkers (inline CSS, no scripts, no external assets).

Findings grouped by story and fact, each with both sides' quotes highlighted in a few words of context, then
what every source claims and the list of sources. Rendered with Jinja2 with autoescaping always on: article
text is untrusted (a scraped page may hold ``<script>``), and every value reaches the page escaped.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2

from checker.formats import RenderOptions
from checker.formats.common import (claims_by_story_fact, file_location, findings_by_story_fact, side_label,
                                    snippet, summary_line)
from checker.model.report import Report

TEMPLATES = Path(__file__).parent / "templates"


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                              undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                              keep_trailing_newline=True)


def render(report: Report, options: RenderOptions | None = None) -> str:
    return _environment().get_template("report.html.j2").render(
        summary=summary_line(report) + ".", stories=_stories(report),
        sources=[d.describe() for d in report.documents])


def _stories(report: Report) -> list[dict]:
    findings = findings_by_story_fact(report)
    claims = claims_by_story_fact(report)
    out = []
    for story in report.stories:
        facts = [{"fact": fact, "findings": [_finding(report, f) for f in items]}
                 for fact, items in findings.get(story, {}).items()]
        rows = [{"fact": fact, "where": str(file_location(report, c)), "quote": c.text, "value": c.value.display()}
                for fact, items in claims.get(story, {}).items() for c in items]
        out.append({"name": story, "facts": facts, "claims": rows})
    return out


def _finding(report: Report, f) -> dict:
    rows = []
    for i, side in enumerate(f.sides):
        for c in side:
            before, quote, after = snippet(report, c)
            rows.append({"side": side_label(i), "where": str(file_location(report, c)), "before": before,
                         "quote": quote, "after": after, "value": c.value.display()})
    return {"id": f.id, "rule": f.rule, "severity": f.severity, "status": f.status, "note": f.note,
            "message": f.message, "rows": rows}
