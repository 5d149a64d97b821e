"""Pieces shared by the formats: summary counts, quote context, labels, and where a quote is in its file."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import orjson

from checker.model.claims import Claim
from checker.model.documents import Document
from checker.model.findings import Finding
from checker.model.report import Report

def json_document(data: Any) -> str:
    """``data`` as indented JSON text (2 spaces, non-ASCII kept, a final newline): what
    ``json.dumps(data, indent=2, ensure_ascii=False)`` writes, but in compiled code. The standard library's
    encoder runs in Python as soon as it indents, which made the report of a large corpus take longer to
    write than its stories took to compare in parallel."""
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE).decode("utf-8")


def summary_line(report: Report) -> str:
    """ "5 articles, 1 story, 21 claims: 3 facts in dispute, 7 findings (2 errors, 5 warnings)"."""
    counts = Counter(f.severity for f in report.findings)
    parts = [f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in ("error", "warning", "info") if counts[s]]
    stories = len(report.stories)
    disputed = len({(f.story, f.fact) for f in report.findings})
    text = (f"{len(report.documents)} article{'s' if len(report.documents) != 1 else ''}, "
            f"{stories} stor{'ies' if stories != 1 else 'y'}, {len(report.claims)} claims: "
            f"{disputed} fact{'s' if disputed != 1 else ''} in dispute, "
            f"{len(report.findings)} finding{'s' if len(report.findings) != 1 else ''}")
    if parts:
        text += f" ({', '.join(parts)})"
    if report.hidden:
        text += f"; {report.hidden} reviewed or known finding{'s' if report.hidden != 1 else ''} hidden"
    return text


def event_lines(report: Report, story: str) -> list[str]:
    """The story's events, when its articles report more than one: "event 1: 000, 001, 002 (confidence
    0.92)", "event 2: 003: different date: probably a different event (same event: 0.18)"."""
    view = report.overview(story)
    if view is None or len(view.events) < 2:
        return []
    out = [f"{len(view.events)} events: the articles do not all report the same event"]
    for i, event in enumerate(view.events):
        line = f"event {i + 1}: {', '.join(event.sources)} (confidence {event.confidence:.2f})"
        gaps = [g for g in view.gaps if g.b == i]
        if gaps:
            g = max(gaps, key=lambda g: g.probability)
            line += f"; against event {g.a + 1}: {g.reason} (same event: {g.probability:.2f})"
        out.append(line)
    return out


def position_lines(report: Report, story: str) -> list[tuple[str, str]]:
    """Per fact of the story, what its positions are: (fact, "2 positions; majority: ...; outliers: ...")."""
    view = report.overview(story)
    return [] if view is None else [(f.fact, f.summary()) for f in view.facts]


def source_label(doc: Document) -> str:
    """How a person names a source: "Outlet: Title", the one that is known, else the article's id."""
    parts = [p.strip() for p in (doc.outlet, doc.title) if p and p.strip()]
    return ": ".join(parts) if parts else doc.id


OUTLET_CHARS = 22      # an outlet's name on a quote's row: long names would squeeze the quote to a sliver


def source_with_outlet(report: Report, source: str) -> str:
    """ "003_f117 (Le Monde)" where the outlet is known, else the id: short enough for a quote's row."""
    outlet = (report.document(source).outlet or "").strip()
    if len(outlet) > OUTLET_CHARS:       # "United Nations Humanitarian Coordination Office (press release)"
        outlet = outlet[:OUTLET_CHARS - 1].rstrip() + "…"
    return f"{source} ({outlet})" if outlet else source


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


_JSONL_RECORD = re.compile(r"^(?P<file>.+\.jsonl):(?P<line>\d+)$", re.I)


@dataclass(frozen=True)
class FileLocation:
    """Where a quote is in the file a CI viewer opens: 1-based lines and columns (in characters), the end
    column exclusive (the column after the quote's last character, as SARIF counts). Lines or columns are
    None where the article's text is not the file's text."""

    file: str
    line: int | None = None
    col: int | None = None
    end_line: int | None = None
    end_col: int | None = None

    def __str__(self) -> str:
        """ "sources/003_f117.txt:6:27", or as much of it as is known."""
        return ":".join(str(p) for p in (self.file, self.line, self.col) if p is not None)


def file_location(report: Report, claim: Claim) -> FileLocation:
    """The file position of ``claim``. Plain text and Markdown map exactly (Markdown lines shifted by its
    front matter). A JSONL record's text is a JSON string inside one line of the file: the location is that
    line, without columns. JSON and HTML articles are decoded text: the location is the file alone."""
    doc = report.document(claim.source)
    record = _JSONL_RECORD.match(doc.path)
    if record:
        return FileLocation(record["file"], int(record["line"]))
    if doc.line_offset is None or claim.start < doc.headline:
        return FileLocation(doc.path)           # decoded text, or the headline read from the front matter
    quote = claim.text
    breaks = quote.count("\n")
    end_col = claim.col + len(quote) if not breaks else len(quote) - quote.rfind("\n")
    shift = doc.line_offset - (2 if doc.headline else 0)
    return FileLocation(doc.path, claim.line + shift, claim.col, claim.line + breaks + shift, end_col)


def quote_line(report: Report, claim: Claim) -> str:
    """ "sources/003_f117.txt:6:57 “on Tuesday” (a Tuesday)": the quote as a person looks it up."""
    return f"{file_location(report, claim)} “{claim.text}” ({claim.value.display()})"
