"""``--format sarif``: SARIF 2.1.0, for code-scanning views (GitHub, Azure DevOps, VS Code's SARIF viewer).

One result per finding, every finding included: reviewed ones (dismissed, different-event, corrected) are
kept and carry an external, accepted ``suppression`` with the reviewer's note as justification, so a viewer
shows them as dismissed instead of "fixed". When a baseline was given, ``baselineState`` says whether a
finding is new, unchanged, or updated (the same conflict, with sources that joined or left a side). The rules of the pack are the driver's rules; ``partialFingerprints`` carries
the finding id, which survives edits elsewhere in an article.

Each side's claims are the result's locations, the quote as the region's snippet. Columns count Unicode code
points (``columnKind``). A JSONL record points at its line only; JSON and HTML articles at the file alone
(their text is decoded, so its offsets are not the file's). No timestamps or absolute paths: the log of the
same corpus is the same byte for byte, so it can be golden-tested and diffed.

Written as plain data (no SARIF object-model library) and validated in the tests against the official
schema.
"""

from __future__ import annotations

from urllib.parse import quote

from checker import __version__
from checker.model.claims import Claim
from checker.model.findings import Finding
from checker.formats import RenderOptions
from checker.formats.common import file_location, json_document, side_label
from checker.model.report import Report
from checker.review import SUPPRESSING

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "checkerFindingId/v1"


def render(report: Report, options: RenderOptions | None = None) -> str:
    rule_index = {r.id: i for i, r in enumerate(report.pack.rules)}
    driver = {
        "name": "checker",
        "version": __version__,
        "rules": [{"id": r.id,
                   "shortDescription": {"text": r.description or f"{r.kind} on {r.fact}"},
                   "defaultConfiguration": {"level": LEVEL[r.severity]},
                   "properties": {"fact": r.fact, "kind": r.kind}} for r in report.pack.rules],
    }
    run = {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints",
           "results": [_result(report, f, rule_index) for f in report.all_findings()]}
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json_document(log)


def _result(report: Report, f: Finding, rule_index: dict[str, int]) -> dict:
    result: dict = {"ruleId": f.rule}
    if f.rule in rule_index:
        result["ruleIndex"] = rule_index[f.rule]
    result.update(
        level=LEVEL[f.severity],
        message={"text": f.message},
        locations=[_location(report, c, side_label(i)) for i, side in enumerate(f.sides) for c in side],
        partialFingerprints={FINGERPRINT_KEY: f.id},
    )
    if f.status in SUPPRESSING:
        result["suppressions"] = [{"kind": "external", "status": "accepted",
                                   "justification": f.note or f.status}]
    if report.baseline is not None:
        result["baselineState"] = report.baseline.get(f.id, "new")
    properties = {"fact": f.fact, "story": f.story, "status": f.status}
    if f.note:
        properties["note"] = f.note
    result["properties"] = properties
    return result


def _location(report: Report, claim: Claim, side: str) -> dict:
    loc = file_location(report, claim)
    physical: dict = {"artifactLocation": {"uri": quote(loc.file)}}
    if loc.line is not None:
        region: dict = {"startLine": loc.line}
        if loc.col is not None:
            region.update(startColumn=loc.col, endLine=loc.end_line, endColumn=loc.end_col)
        region["snippet"] = {"text": claim.text}
        physical["region"] = region
    return {"physicalLocation": physical,
            "message": {"text": f"{side}: {claim.source} “{claim.text}” ({claim.value.display()})"}}
