"""``checker facts``: the fact table as a terminal table, CSV or JSON text (:func:`render_facts`), or a
Parquet file (:func:`render_facts_parquet`)."""

from __future__ import annotations

import io

from checker.facts.table import fact_table, to_csv, to_parquet
from checker.formats.common import json_document
from checker.model.report import Report


def render_facts_parquet(report: Report, only_fact: str | None = None) -> bytes:
    """The fact table (of ``only_fact``, or of every fact) as a Parquet file."""
    frame = fact_table(report.claims)
    return to_parquet(frame[frame["fact"] == only_fact] if only_fact else frame)


def render_facts(report: Report, fmt: str, only_fact: str | None = None) -> str:
    """The fact table (of ``only_fact``, or of every fact) as ``fmt``: console, csv or json."""
    frame = fact_table(report.claims)
    claims = report.claims
    if only_fact:
        frame = frame[frame["fact"] == only_fact]
        claims = [c for c in claims if c.fact == only_fact]
    if fmt == "csv":
        return to_csv(frame)
    if fmt == "json":
        return json_document([c.to_dict() for c in claims])
    from rich.console import Console      # imported here: the other formats of the table do without rich
    from rich.table import Table

    buffer = io.StringIO()
    console = Console(file=buffer, width=160, color_system=None, highlight=False, emoji=False)
    table = Table(show_lines=False, header_style="bold", pad_edge=False)
    for column in ("source", "fact", "line", "text", "value"):
        table.add_column(column, overflow="fold", no_wrap=column in ("line",))
    for row in frame.itertuples(index=False):
        table.add_row(str(row.source), str(row.fact), str(row.line), str(row.text), str(row.value))
    console.print(table)
    console.print(f"{len(frame)} claims from {frame['source'].nunique() if len(frame) else 0} sources")
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"
