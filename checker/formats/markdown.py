"""``--format markdown``: a report a fact-checker can read, paste into a ticket or commit.

Per story: the findings, grouped by fact, each with its message, rule, severity, id, and a table of both
sides' quotes with source, line, value and a few words of context; then what every source claims."""

from __future__ import annotations

from checker.formats.common import (
    claims_by_story_fact, event_lines, findings_by_story_fact, position_lines, side_label, snippet, summary_line,
)
from checker.model.report import Report

_ICON = {"error": "🔴", "warning": "🟠", "info": "🔵"}


def md_escape(text: str) -> str:
    """Text safe inside a Markdown table cell: pipes, backticks, emphasis and newlines neutralised."""
    out = text.replace("\\", "\\\\").replace("|", "\\|").replace("`", "\\`").replace("*", "\\*")
    out = out.replace("_", "\\_").replace("<", "&lt;").replace(">", "&gt;").replace("[", "\\[")
    return " ".join(out.split())


def _bold_in_context(before: str, quote: str, after: str) -> str:
    """ "…convened in Paris **on Thursday**, bringing…": the spaces around the quote stay outside the
    emphasis markers, which Markdown requires."""
    lead = " " if before.endswith(" ") else ""
    trail = " " if after.startswith(" ") else ""
    return f"{md_escape(before)}{lead}**{md_escape(quote)}**{trail}{md_escape(after)}"


def render(report: Report, options: object = None) -> str:
    lines = ["# Consistency report", "", summary_line(report) + ".", ""]
    findings = findings_by_story_fact(report)
    claims = claims_by_story_fact(report)
    for story in report.stories:
        story_findings = findings.get(story, {})
        lines += [f"## Story `{story}`", ""]
        events = event_lines(report, story)
        if events:
            lines += [f"**{md_escape(events[0])}**", ""] + [f"- {md_escape(e)}" for e in events[1:]] + [""]
        positions = position_lines(report, story)
        if positions:
            lines += ["| fact | positions |", "|---|---|"]
            lines += [f"| {fact} | {md_escape(summary)} |" for fact, summary in positions] + [""]
        if not story_findings:
            lines += ["No conflicts found.", ""]
        for fact, items in story_findings.items():
            lines += [f"### {fact} ({len(items)})", ""]
            for f in items:
                status = "" if f.status == "open" else f" · {f.status}"
                lines += [f"**{_ICON[f.severity]} {f.severity} · {f.rule} · `{f.id}`{status}**", "",
                          md_escape(f.message), ""]
                if f.note:
                    lines += [f"> note: {md_escape(f.note)}", ""]
                lines += ["| side | source | line | quote | value | context |", "|---|---|---:|---|---|---|"]
                for i, side in enumerate(f.sides):
                    for c in side:
                        before, quote, after = snippet(report, c)
                        context = _bold_in_context(before, quote, after)
                        lines.append(f"| {side_label(i)} | {_source(report, c.source)} | {c.line} | “{md_escape(c.text)}” | "
                                     f"{md_escape(c.value.display())} | {context} |")
                lines.append("")
        story_claims = claims.get(story, {})
        if story_claims:
            lines += ["### What each source says", "", "| fact | source | line | quote | value |",
                      "|---|---|---:|---|---|"]
            for fact, items in story_claims.items():
                for c in items:
                    lines.append(f"| {fact} | {_source(report, c.source)} | {c.line} | “{md_escape(c.text)}” | "
                                 f"{md_escape(c.value.display())} |")
            lines.append("")
    lines += ["## Sources", "", "| id | outlet | title | path | published | story |", "|---|---|---|---|---|---|"]
    lines += [f"| `{d.id}` | {md_escape(d.outlet or '')} | {md_escape(d.title or '')} | {md_escape(d.path)} | "
              f"{d.published.isoformat() if d.published else ''} | {md_escape(d.story)} |" for d in report.documents]
    return "\n".join(lines).rstrip() + "\n"


def _source(report: Report, source: str) -> str:
    """ "`003_f117` Le Monde" where the outlet is known, else the id alone."""
    outlet = report.document(source).outlet
    return f"`{source}` {md_escape(outlet)}" if outlet and outlet.strip() else f"`{source}`"
