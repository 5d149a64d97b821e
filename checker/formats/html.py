"""``--format html``: the editor's desk, one self-contained page (inline CSS and script, nothing from outside).

Per story: whether the articles report one event ("same event?", with confidence and reason), the positions on
each fact (who backs which, the majority, the outliers), then each finding with its A and B quotes side by
side, each highlighted inside its paragraph and linked to the article, which the page shows in full with every
claim highlighted. A filter bar (fact, severity, review status, source, free-text search) hides findings in
place; printing shows them all.

Article text is untrusted (a scraped page may hold ``<script>`` or ``onerror=``): every value goes through
Jinja2's autoescaping, and the page's Content-Security-Policy allows only its own script, by hash, so even a
value that escaped escaping could run nothing. The output is deterministic (golden-file tested).
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from pathlib import Path

import jinja2

from checker.formats import RenderOptions
from checker.formats.articles import (ARTICLE_LIMIT, article_paragraphs, claim_anchor, doc_anchor, id_part,
                                      paragraph_context)
from checker.formats.common import file_location, source_label, summary_line
from checker.model.claims import Claim
from checker.model.documents import Document
from checker.model.findings import Finding
from checker.model.overview import FactView, StoryOverview
from checker.model.report import Report

TEMPLATES = Path(__file__).parent / "templates"
SEVERITIES = ("error", "warning", "info")
# A side with more claims than this shows the first ones and folds the rest (14 rows of "Paris" must not
# bury the one "virtually" on the other side).
SIDE_SHOWN = 4


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                              undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                              keep_trailing_newline=True)


@lru_cache(maxsize=1)
def _assets() -> tuple[str, str, str]:
    """The inline style and script, and the script's CSP hash (the page runs that script and no other)."""
    style = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    script = "\n" + (TEMPLATES / "report.js").read_text(encoding="utf-8")     # exactly the <script> element's text
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return style, script, f"sha256-{digest}"


def render(report: Report, options: RenderOptions | None = None) -> str:
    style, script, script_hash = _assets()
    findings = report.all_findings()
    set_aside = {f.id for f in report.suppressed}
    facts = list(dict.fromkeys(f.fact for f in findings))
    statuses = list(dict.fromkeys(["open"] + sorted({f.status for f in findings})))
    return _environment().get_template("report.html.j2").render(
        summary=summary_line(report) + ".", style=style, script=script, script_hash=script_hash,
        stories=[_story(report, story, findings, set_aside) for story in report.stories],
        facts=facts, severities=[s for s in SEVERITIES if any(f.severity == s for f in findings)],
        statuses=statuses, any_set_aside=bool(set_aside), total=len(findings),
        sources=[_source(report, d) for d in report.documents])


def _source(report: Report, doc: Document) -> dict:
    return {"id": doc.id, "label": source_label(doc), "anchor": doc_anchor(doc.id), "path": doc.path,
            "outlet": doc.outlet, "title": doc.title, "url": doc.url,
            "published": doc.published.isoformat() if doc.published else None, "story": doc.story,
            "claims": sum(1 for c in report.claims if c.source == doc.id)}


def _story(report: Report, story: str, findings: list[Finding], set_aside: set[str]) -> dict:
    mine = [f for f in findings if f.story == story]
    groups: dict[str, list[dict]] = {}
    for f in mine:
        groups.setdefault(f.fact, []).append(_finding(report, f, f.id in set_aside))
    view = report.overview(story)
    docs = [d for d in report.documents if d.story == story]
    return {"name": story, "anchor": "story-" + id_part(story),
            "groups": [{"fact": fact, "anchor": f"story-{id_part(story)}-fact-{id_part(fact)}", "findings": items}
                       for fact, items in groups.items()],
            "events": _events(report, view, docs), "positions": _positions(report, view, story, groups),
            "articles": [_article(report, d, _findings_of_claims(mine)) for d in docs]}


def _events(report: Report, view: StoryOverview | None, docs: list[Document]) -> dict:
    """The "same event?" answer: the events, each with its articles and confidence, and why they differ."""
    if view is None or not view.events:
        return {"split": False, "events": [], "gaps": [], "count": len(docs)}
    events = [{"number": i + 1, "confidence": f"{e.confidence:.2f}",
               "sources": [_ref(report, s) for s in e.sources]} for i, e in enumerate(view.events)]
    gaps = [{"a": g.a + 1, "b": g.b + 1, "probability": f"{g.probability:.2f}", "reason": g.reason}
            for g in sorted(view.gaps, key=lambda g: (g.b, g.a))]
    return {"split": len(view.events) > 1, "events": events, "gaps": gaps, "count": len(docs)}


def _positions(report: Report, view: StoryOverview | None, story: str, groups: dict) -> list[dict]:
    if view is None:
        return []
    return [_fact_positions(report, fv, story, fv.fact in groups) for fv in view.facts]


def _fact_positions(report: Report, fv: FactView, story: str, disputed: bool) -> dict:
    if len(fv.positions) == 1:
        verdict = "all agree"
    elif fv.majority is None:
        verdict = "no majority (a tie)"
    elif not fv.outliers:
        verdict = "every source backs the majority"
    else:
        verdict = f"{len(fv.outliers)} outlier{'s' if len(fv.outliers) != 1 else ''}"
    positions = [{"value": p.value, "majority": i == fv.majority and len(fv.positions) > 1,
                  "sources": [dict(_ref(report, s), outlier=s in fv.outliers) for s in p.sources],
                  "quotes": list(p.quotes)} for i, p in enumerate(fv.positions)]
    return {"fact": fv.fact, "verdict": verdict, "positions": positions,
            "anchor": f"story-{id_part(story)}-fact-{id_part(fv.fact)}" if disputed else None}


def _ref(report: Report, source: str) -> dict:
    """A source as a link to its article."""
    doc = report.document(source)
    return {"id": source, "label": source_label(doc), "anchor": doc_anchor(source)}


def _finding(report: Report, f: Finding, set_aside: bool) -> dict:
    sides = []
    for i, side in enumerate(f.sides):
        claims = [_quote(report, c) for c in side]
        sides.append({"label": "AB"[i], "shown": claims[:SIDE_SHOWN], "more": claims[SIDE_SHOWN:]})
    return {"id": f.id, "rule": f.rule, "severity": f.severity, "status": f.status, "note": f.note,
            "reviewer": f.reviewer, "reviewed_at": f.reviewed_at, "message": f.message, "fact": f.fact,
            "sources": f.sources(), "set_aside": set_aside, "sides": sides,
            "source_refs": [_ref(report, s) for s in f.sources()]}


def _quote(report: Report, claim: Claim) -> dict:
    doc = report.document(claim.source)
    before, quote, after = paragraph_context(doc.text, claim.start, claim.end)
    return {"source": _ref(report, claim.source), "where": str(file_location(report, claim)),
            "before": before, "quote": quote, "after": after, "value": claim.value.display(),
            "href": "#" + claim_anchor(claim.source, claim.start, claim.end) if claim.start < ARTICLE_LIMIT
            else "#" + doc_anchor(claim.source)}


def _findings_of_claims(findings: list[Finding]) -> dict[str, str]:
    """Claim anchor -> the first finding that quotes the claim: a marked claim in an article links back."""
    out: dict[str, str] = {}
    for f in findings:
        for side in f.sides:
            for c in side:
                out.setdefault(claim_anchor(c.source, c.start, c.end), f.id)
    return out


def _article(report: Report, doc: Document, back: dict[str, str]) -> dict:
    claims = [c for c in report.claims if c.source == doc.id]
    paragraphs = article_paragraphs(doc.text, claims)
    for segment in (s for para in paragraphs for s in para):
        segment["finding"] = next((back[c["anchor"]] for c in segment["claims"] if c["anchor"] in back), None)
    return {"source": _source(report, doc), "paragraphs": paragraphs,
            "cut": max(0, len(doc.text) - ARTICLE_LIMIT)}

