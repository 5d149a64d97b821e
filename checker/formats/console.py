"""``--format console`` (the default): findings grouped by fact, with quotes, readable in a terminal.

Rendered with rich; colour only when writing to a terminal. The output of a given report at a given width is
deterministic (golden-file tested with colour off)."""

from __future__ import annotations

import io

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from checker.formats import RenderOptions
from checker.formats.common import (
    event_lines, findings_by_story_fact, position_lines, side_label, snippet, source_with_outlet, summary_line,
)
from checker.model.report import Report

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render(report: Report, options: RenderOptions | None = None) -> str:
    options = options or RenderOptions()
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=options.color, color_system="standard" if options.color else None,
                      width=options.width or 100, highlight=False, emoji=False, soft_wrap=False)
    console.print(Text(summary_line(report), style="bold"))
    by_story = findings_by_story_fact(report)
    for story in report.stories:
        facts = by_story.get(story, {})
        console.print()
        console.print(Text(f"story {story}", style="bold underline"))
        for line in event_lines(report, story):
            console.print(Padding(Text(line), (0, 0, 0, 2)))
        positions = position_lines(report, story)
        if positions:
            table = Table(show_header=False, box=None, padding=(0, 1), pad_edge=False)
            table.add_column(no_wrap=True)
            table.add_column()
            for fact, summary in positions:
                table.add_row(f"  {fact}", Text(summary))
            console.print(table)
        if not facts:
            console.print("  no conflicts found")
        for fact, findings in facts.items():
            console.print()
            console.print(Text(f"{fact}  ({len(findings)} finding{'s' if len(findings) != 1 else ''})", style="bold"))
            for f in findings:
                head = Text("  ")
                head.append(f.severity.upper(), style=_STYLE[f.severity])
                head.append(f"  {f.rule}  [{f.id}]")
                if f.status != "open":
                    head.append(f"  ({f.status})", style="dim")
                console.print(head)
                console.print(Padding(Text(f.message), (0, 0, 0, 2)))
                if f.note:
                    console.print(Padding(Text(f"note: {f.note}", style="italic"), (0, 0, 0, 2)))
                table = Table(show_header=False, box=None, padding=(0, 1), pad_edge=False)
                table.add_column(width=3, no_wrap=True)
                table.add_column(no_wrap=True)
                table.add_column()
                for i, side in enumerate(f.sides):
                    for c in side:
                        before, quote, after = snippet(report, c)
                        context = Text(before, style="dim")
                        context.append(quote, style="bold")
                        context.append(after, style="dim")
                        table.add_row(f"  {side_label(i)}", escape(f"{source_with_outlet(report, c.source)}:{c.line}"),
                                      context)
                console.print(table)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"
