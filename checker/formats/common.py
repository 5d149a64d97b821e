"""Pieces shared by the human-readable formats: summary counts, quote context, labels."""

from __future__ import annotations

from collections import Counter

from checker.facts import Claim
from checker.findings import Finding
from checker.pipeline import Report

SEVERITY_LABEL = {"error": "error", "warning": "warning", "info": "info"}


def summary_line(report: Report) -> str:
    """ "5 articles, 1 story, 21 claims: 9 findings (5 errors, 4 warnings)"."""
    counts = Counter(f.severity for f in report.findings)
    parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in ("error", "warning", "info") if counts[s]]
    stories = len(report.stories)
    text = (f"{len(report.documents)} article{'s' if len(report.documents) != 1 else ''}, "
            f"{stories} stor{'ies' if stories != 1 else 'y'}, {len(report.claims)} claims: "
            f"{len(report.findings)} finding{'s' if len(report.findings) != 1 else ''}")
    if parts:
        text += f" ({', '.join(parts)})"
    if report.hidden:
        text += f"; {report.hidden} reviewed or known finding{'s' if report.hidden != 1 else ''} hidden"
    return text


def snippet(report: Report, claim: Claim, words: int = 6) -> tuple[str, str, str]:
    """A few words before and after the quote, on one line: (before, quote, after), spacing as in the text,
    so that ``before + quote + after`` reads like the article."""
    text = report.document(claim.source).text
    left_line = text[max(0, claim.start - 120):claim.start].split("\n")[-1]
    right_line = text[claim.end:claim.end + 120].split("\n")[0]
    left_words, right_words = left_line.split(), right_line.split()
    before = " ".join(left_words[-words:])
    after = " ".join(right_words[:words + 1])
    if before:
        before = "…" + before + (" " if left_line[-1:].isspace() else "")
    if after:
        after = (" " if right_line[:1].isspace() else "") + after + "…"
    return before, claim.text, after


def findings_by_story_fact(report: Report) -> dict[str, dict[str, list[Finding]]]:
    out: dict[str, dict[str, list[Finding]]] = {}
    for f in report.findings:
        out.setdefault(f.story, {}).setdefault(f.fact, []).append(f)
    return out


def claims_by_story_fact(report: Report) -> dict[str, dict[str, list[Claim]]]:
    out: dict[str, dict[str, list[Claim]]] = {}
    for c in report.claims:
        out.setdefault(c.story, {}).setdefault(c.fact, []).append(c)
    return out


def side_label(index: int) -> str:
    return "A" if index == 0 else "B"
