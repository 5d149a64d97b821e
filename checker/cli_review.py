"""``checker review``: the walk through open findings, ``list`` and ``set`` (the decisions themselves are
kept by :mod:`checker.review`, found and recorded through :mod:`checker.api`).

One open finding at a time: rule, severity, message, both sides' quotes in a few words of context with
``source:line``, any note. One key decides: c confirm, d dismiss, e different event (each asks for an
optional note), n add a note, s skip, q quit. Every decision is saved at once, so quitting or a crash
loses nothing. On a terminal a key needs no Enter; from a pipe (or a test) each answer is a line.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from checker import api
from checker.cli_options import count, paths_argument, reviewer_option, reviews_option, rules_option, warn
from checker.errors import CheckerError
from checker.formats.common import side_label, snippet
from checker.model.findings import Finding
from checker.model.report import Report
from checker.review import KEEP, STATUSES, record, reviewer_name

class ReviewGroup(click.Group):
    """`checker review [PATH...]` is the walk; `checker review list|set|walk ...` are subcommands. A first
    argument that is not a subcommand (a path or an option) means `walk`; a folder named like a subcommand
    is written ./list."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ctx.help_option_names):
            args = ["walk", *args]
        return super().parse_args(ctx, args)


@click.group(cls=ReviewGroup)
def review() -> None:
    """Review findings: confirm, dismiss or mark them as another event.

    \b
    checker review [PATH...]                 walk through open findings, one key per decision
    checker review walk [PATH...] [--all]    the same (--all: every finding, not only open ones)
    checker review list [PATH...] [--status S]
    checker review set ID [PATH...] --status S [--note TEXT]

    Decisions go to the review file (default: checker-reviews.yml in the corpus folder, or --reviews FILE),
    keyed by finding id, each saved at once under a lock and written atomically. Statuses: open, confirmed,
    dismissed, different-event, corrected. Dismissed, different-event and corrected findings are hidden from
    reports and never fail `checker check`; a decision lapses (the finding is open again) when the finding's
    evidence (sources, quotes, values) changes.
    """


@review.command("walk")
@paths_argument
@rules_option
@reviews_option
@reviewer_option
@click.option("--all", "show_all", is_flag=True, help="Walk every finding, not only open ones.")
def review_walk(paths: tuple[Path, ...], rules_dir: Path | None, reviews_file: Path | None, reviewer: str | None,
                show_all: bool) -> None:
    """Walk through open findings one at a time; each decision is saved at once."""
    found = api.reviewed(paths, rules_dir, reviews_file, warn)
    todo = [f for f in found.findings if show_all or f.status == "open"]
    walk(found.report, todo, found.path, reviewer_name(reviewer, found.path.parent))


@review.command("list")
@paths_argument
@rules_option
@reviews_option
@click.option("--status", "statuses", multiple=True, type=click.Choice(STATUSES),
              help="Only findings with this status (repeatable).")
def review_list(paths: tuple[Path, ...], rules_dir: Path | None, reviews_file: Path | None,
                statuses: tuple[str, ...]) -> None:
    """List findings with their review status, reviewer and note."""
    found = api.reviewed(paths, rules_dir, reviews_file, warn)
    reviews, findings = found.reviews, found.findings
    shown = [f for f in findings if not statuses or f.status in statuses]
    for f in shown:
        click.echo(f"{f.id}  {f.status:<15} {f.severity:<7}  {f.summary()}")
        decision = reviews.get(f.id)
        if decision and (decision.reviewer or decision.at):
            click.echo(f"    {decision.status} by {decision.reviewer or '?'} at {decision.at or '?'}")
        if f.note:
            click.echo(f"    note: {f.note}")
    stale = len(set(reviews) - {f.id for f in findings})
    tail = f"; {count(stale, 'decision')} about findings that no longer occur" if stale else ""
    click.echo(f"{len(shown)} of {count(len(findings), 'finding')} (decisions in {found.path}{tail})")


@review.command("set")
@click.argument("finding_id")
@paths_argument
@rules_option
@reviews_option
@reviewer_option
@click.option("--status", required=True, type=click.Choice(STATUSES), help="The decision.")
@click.option("--note", default=None, help="Why (default: keep the note already recorded; \"\" removes it).")
def review_set(finding_id: str, paths: tuple[Path, ...], rules_dir: Path | None, reviews_file: Path | None,
               reviewer: str | None, status: str, note: str | None) -> None:
    """Record a decision about finding ID (a unique prefix of 4 or more characters will do)."""
    found = api.reviewed(paths, rules_dir, reviews_file, warn)
    try:
        finding, who = api.decide(found, finding_id, status, KEEP if note is None else note, reviewer)
    except CheckerError as exc:
        if paths:
            raise
        raise CheckerError(f"{exc}; no PATH was given, so this looked in the bundled sample corpus: "
                           f"name your articles, `checker review set {finding_id} PATH...`") from None
    click.echo(f"{finding.id}: {status} by {who}, saved to {found.path}")


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
