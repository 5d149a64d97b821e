"""The interactive review walk: the terminal side of ``checker review`` (click lives here, decisions in
:mod:`checker.review`).

One open finding at a time: rule, severity, message, both sides' quotes in a few words of context with
``source:line``, any note. One key decides: c confirm, d dismiss, e different event (each asks for an
optional note), n add a note, s skip, q quit. Every decision is saved at once, so quitting or a crash
loses nothing. On a terminal a key needs no Enter; from a pipe (or a test) each answer is a line.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from checker.model.findings import Finding
from checker.formats.common import side_label, snippet
from checker.model.report import Report
from checker.review import KEEP, record

KEYS = {"c": "confirmed", "d": "dismissed", "e": "different-event"}
PROMPT = "[c]onfirm [d]ismiss [e] different event [n]ote [s]kip [q]uit > "
_STYLE = {"error": "red", "warning": "yellow", "info": "cyan"}


def read_key(prompt: str) -> str:
    """One key, lower-cased; "" at the end of input (treated as quit)."""
    if sys.stdin.isatty():
        click.echo(prompt, nl=False)
        try:
            key = click.getchar()
        except (KeyboardInterrupt, EOFError):
            key = "q"
        click.echo(key if key.isprintable() else "")
        return key.lower()
    line = read_line(prompt)
    return "" if line is None else line[:1].lower()


def read_line(prompt: str) -> str | None:
    """A line of text, stripped; None at the end of input. From a pipe the answer is echoed, so that the
    transcript reads like the terminal session."""
    if sys.stdin.isatty():
        try:
            return click.prompt(prompt.rstrip(": >"), default="", show_default=False).strip()
        except click.Abort:
            return None
    click.echo(prompt, nl=False)
    line = sys.stdin.readline()
    click.echo(line.strip())
    return line.strip() if line else None


def ask_note(label: str) -> str | None:
    """An optional note: None when the answer is empty or input has ended."""
    return read_line(label) or None


def show(report: Report, f: Finding, number: int, total: int) -> None:
    head = click.style(f.severity.upper(), fg=_STYLE[f.severity], bold=True)
    status = "" if f.status == "open" else f"  ({f.status})"
    click.echo(f"\n[{number}/{total}] {head}  {f.rule}  {f.id}  {f.fact}{status}")
    click.echo(f"  {f.message}")
    width = max(len(f"{c.source}:{c.line}") for side in f.sides for c in side)
    for i, side in enumerate(f.sides):
        for c in side:
            before, quote, after = snippet(report, c)
            where = f"{c.source}:{c.line}"
            click.echo(f"  {side_label(i)}  {where:<{width}}  {before}{click.style(quote, bold=True)}{after}")
    if f.note:
        click.echo(f"  note: {f.note}")


def walk(report: Report, findings: list[Finding], path: Path, reviewer: str) -> None:
    """Walk ``findings`` (already filtered), saving each decision to ``path`` as it is taken."""
    if not findings:
        click.echo(f"No findings to review (decisions in {path}).")
        return
    click.echo(f"{len(findings)} finding{'s' if len(findings) != 1 else ''} to review; "
               f"each decision is saved to {path} at once.")
    decided = 0
    for number, f in enumerate(findings, 1):
        show(report, f, number, len(findings))
        while True:
            key = read_key(PROMPT)
            if key in KEYS:
                note = ask_note("  note (Enter for none): ")
                record(path, f, KEYS[key], KEEP if note is None else note, reviewer)
                click.echo(f"  saved: {KEYS[key]}")
                decided += 1
                break
            if key == "n":
                note = ask_note("  note: ")
                if note:
                    record(path, f, f.status, note, reviewer)
                    f = f.with_status(f.status, note)
                    click.echo("  note saved")
                continue
            if key == "s":
                break
            if key in ("q", ""):
                _summary(decided, path)
                return
            click.echo("  keys: c confirm, d dismiss, e different event, n note, s skip, q quit")
    _summary(decided, path)


def _summary(decided: int, path: Path) -> None:
    click.echo(f"\n{decided} decision{'s' if decided != 1 else ''} saved to {path}.")
