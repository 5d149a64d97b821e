"""``--format csv``: one row per shown finding, for a spreadsheet (built with pandas, like the fact table).

Each side becomes three columns: its sources, its quotes and their locations (``path:line:col``), several
joined with `` | ``. Review status and note are columns too, so a sheet of findings can be sorted and
filtered by what has been decided. A cell that opens like a formula (=, +, -, @, tab, CR) is prefixed with
a quote, so that no spreadsheet runs what an article says.
"""

from __future__ import annotations

import pandas as pd

from checker.facts.table import inert_cells
from checker.formats import RenderOptions
from checker.formats.common import file_location
from checker.model.report import Report

COLUMNS = ["id", "story", "fact", "rule", "severity", "status", "note", "message",
           "a_sources", "a_quotes", "a_locations", "b_sources", "b_quotes", "b_locations"]


def render(report: Report, options: RenderOptions | None = None) -> str:
    rows = []
    for f in report.findings:
        row = {"id": f.id, "story": f.story, "fact": f.fact, "rule": f.rule, "severity": f.severity,
               "status": f.status, "note": f.note or "", "message": f.message}
        for label, side in zip("ab", f.sides, strict=True):
            row[f"{label}_sources"] = " | ".join(dict.fromkeys(c.source for c in side))
            row[f"{label}_quotes"] = " | ".join(c.text for c in side)
            row[f"{label}_locations"] = " | ".join(str(file_location(report, c)) for c in side)
        rows.append(row)
    return inert_cells(pd.DataFrame(rows, columns=COLUMNS)).to_csv(index=False, lineterminator="\n")

