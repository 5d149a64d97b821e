"""``--format github``: GitHub Actions workflow commands, which the runner turns into annotations on the
pull request's files.

One annotation per side of each shown finding, at that side's first quote, so the conflict is visible on
both articles (the new one in a pull request, and the old one it contradicts); its message names the other
side. error/warning/info become ``::error``/``::warning``/``::notice``. Values are escaped as the Actions
toolkit does: ``%``, CR and LF in the message; additionally ``:`` and ``,`` in properties. Columns are sent
only when the quote is on one line (GitHub ignores them otherwise); ``endColumn`` is the quote's last
character. JSONL records are annotated on their line, JSON and HTML articles on the file.
"""

from __future__ import annotations

from checker.model.findings import Finding
from checker.formats import RenderOptions
from checker.formats.common import file_location, quote_line, side_label
from checker.model.report import Report

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, options: RenderOptions | None = None) -> str:
    lines = [line for f in report.findings for line in _annotations(report, f)]
    return "".join(line + "\n" for line in lines)


def _annotations(report: Report, f: Finding) -> list[str]:
    title = f"{f.rule} [{f.id}]" + ("" if f.status == "open" else f" ({f.status})")
    out = []
    for i, side in enumerate(f.sides):
        claim = side[0]
        loc = file_location(report, claim)
        props: dict[str, object] = {"file": loc.file}
        if loc.line is not None:
            props.update(line=loc.line, endLine=loc.end_line or loc.line)
            if loc.col is not None and loc.end_line == loc.line:
                props.update(col=loc.col, endColumn=max(loc.col, (loc.end_col or loc.col) - 1))
        props["title"] = title[:255]
        other = f.sides[1 - i]
        message = "\n".join([f.message, f"{side_label(i)}: {quote_line(report, claim)}"]
                            + [f"{side_label(1 - i)}: {quote_line(report, c)}" for c in other])
        if f.note:
            message += f"\nnote: {f.note}"
        rendered = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
        out.append(f"::{COMMAND[f.severity]} {rendered}::{escape_data(message)}")
    return out
