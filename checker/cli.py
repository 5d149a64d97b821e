"""The ``checker`` command line: parses the arguments, calls :mod:`checker.api` and prints what it returns.

Exit codes: 0 clean (or a report was written), 1 findings (gating commands), 2 usage, configuration or input
error, 3 internal error (a bug: please report it; CHECKER_DEBUG=1 shows the traceback).
"""

from __future__ import annotations

import atexit
import gc
import sys
from pathlib import Path

import click

from checker import __version__, api
from checker.baseline import Baseline, dump_baseline
from checker.cli_options import (
    EXIT_FINDINGS, CheckerGroup, count, decision_options, engine_options, make_engine, make_progress,
    output_option, paths_argument, report_options, require_paths, rules_option, say, warn, write_output,
)
from checker.cli_review import review
from checker.cli_rules import rules
from checker.engine import EngineOptions
from checker.formats import FACT_FORMATS, RenderOptions, renderer
from checker.formats.facts import render_facts, render_facts_parquet
from checker.gate import GateResult


@click.group(cls=CheckerGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="checker")
def cli() -> None:
    """Find where news sources disagree about the same event.

    checker reads a set of articles, extracts normalised facts (event date, attendance, chairs, aid, place),
    aligns them across sources and applies the rule pack to flag conflicts, each with the exact quotes.
    With no PATH, commands run on the bundled sample corpus.
    """


@cli.command()
@report_options
@decision_options(None)
@engine_options
def report(paths: tuple[Path, ...], rules_dir: Path | None, fmt: str, output: str | None, color: bool | None,
           width: int | None, baseline_file: Path | None, reviews_file: Path | None, show_all: bool,
           fail_on: str | None, jobs: int | None, engine: str, scheduler: str | None) -> None:
    """Consistency report: every conflict between sources, with quotes.

    Review decisions are honoured: dismissed, different-event and corrected findings are hidden (--all shows
    them with their status). With --fail-on, exit 1 like `check`.
    """
    _report(paths, rules_dir, fmt, output, color, width, baseline_file, reviews_file, show_all, fail_on,
            make_engine(jobs, engine, scheduler))


@cli.command()
@report_options
@decision_options("info")
@engine_options
def check(paths: tuple[Path, ...], rules_dir: Path | None, fmt: str, output: str | None, color: bool | None,
          width: int | None, baseline_file: Path | None, reviews_file: Path | None, show_all: bool,
          fail_on: str, jobs: int | None, engine: str, scheduler: str | None) -> None:
    """CI gate: exit 1 when a finding at or above --fail-on is new.

    New means not in the --baseline file (without one, every finding is new) and not set aside in review
    (dismissed, different-event, corrected). Prints the findings that count in the chosen format, then on
    standard error how many known findings were hidden and which baseline entries no longer occur (fixed:
    rewrite the baseline to ratchet it). Exit 0 clean, 1 new findings, 2 a usage or input problem (no PATH, a
    missing or damaged baseline or review file).
    """
    require_paths(paths)
    _report(paths, rules_dir, fmt, output, color, width, baseline_file, reviews_file, show_all, fail_on,
            make_engine(jobs, engine, scheduler))


def _report(paths: tuple[Path, ...], rules_dir: Path | None, fmt: str, output: str | None, color: bool | None,
            width: int | None, baseline_file: Path | None, reviews_file: Path | None, show_all: bool,
            fail_on: str | None, engine: EngineOptions) -> None:
    decisions = api.load_decisions(paths, reviews_file, baseline_file, note=say)
    how = dict(decisions=decisions, show_all=show_all, engine=engine, progress=make_progress(fmt), warn=warn,
               output=output)
    checked = api.check(paths, rules_dir, fail_on, **how) if fail_on else None
    result = checked.report if checked else api.report(paths, rules_dir, **how)
    to_terminal = output in (None, "-") and sys.stdout.isatty()
    options = RenderOptions(color=to_terminal if color is None else color,
                            width=width or (click.get_terminal_size()[0] if to_terminal else 100),
                            show_all=show_all, fail_on=fail_on)
    write_output(renderer(fmt)(result, options), output)
    if checked is None:
        return
    _announce(checked.verdict, decisions.baseline, fail_on)
    if checked.verdict.failing:
        raise SystemExit(EXIT_FINDINGS)


def _announce(verdict: GateResult, baseline: Baseline | None, fail_on: str) -> None:
    """The gate's verdict on standard error, so that standard output stays the report (SARIF, JUnit …)."""
    if baseline is not None:
        say(f"{count(verdict.hidden_known, 'known finding')} hidden (in the baseline {baseline.path})")
    if verdict.hidden_reviewed:
        say(f"{count(verdict.hidden_reviewed, 'finding')} hidden by review (dismissed, different-event or "
            "corrected; --all shows them)")
    if verdict.fixed:
        say(f"{count(len(verdict.fixed), 'baseline entry', 'baseline entries')} no longer "
            f"occur{'s' if len(verdict.fixed) == 1 else ''} (fixed); "
            f"ratchet the baseline with `checker baseline ... -o {baseline.path}`:")
        for entry in verdict.fixed:
            say(f"  fixed {entry.describe()}")
    new = "new " if baseline is not None else ""
    if verdict.failing:
        say(f"{count(len(verdict.failing), new + 'finding')} at or above {fail_on}: "
            + ", ".join(f"{f.id} ({f.rule})" for f in verdict.failing))
    else:
        say(f"no {new}findings at or above {fail_on}")


@cli.command("baseline")
@paths_argument
@rules_option
@output_option
@engine_options
def baseline_command(paths: tuple[Path, ...], rules_dir: Path | None, output: str | None, jobs: int | None,
                     engine: str, scheduler: str | None) -> None:
    """Write the current findings as a baseline (JSON) for `checker check --baseline FILE`.

    Every finding is recorded, whatever its review status; entries are sorted and carry rule, fact, sources
    and values, so that a diff of the file shows which conflicts appeared or went away.
    """
    result = api.analyse(paths, rules_dir, make_engine(jobs, engine, scheduler), make_progress("json"), warn, output)
    write_output(dump_baseline(result.findings), output)
    if output not in (None, "-"):
        say(f"{count(len(result.findings), 'finding')} written to {output}")


@cli.command()
@paths_argument
@rules_option
@click.option("-f", "--format", "fmt", type=click.Choice(FACT_FORMATS), default="console", show_default=True)
@output_option
@click.option("--fact", "only_fact", default=None, help="Show only this fact (date, attendees, …).")
@engine_options
def facts(paths: tuple[Path, ...], rules_dir: Path | None, fmt: str, output: str | None,
          only_fact: str | None, jobs: int | None, engine: str, scheduler: str | None) -> None:
    """The extracted fact table: one row per claim.

    Parquet is written to a file (-o FILE) and needs pyarrow: pip install 'checker[parquet]'.
    """
    if fmt == "parquet" and output in (None, "-"):
        raise click.UsageError("--format parquet writes a binary file: give -o FILE")
    result = api.facts(paths, rules_dir, make_engine(jobs, engine, scheduler), make_progress(fmt), warn, output)
    if only_fact is not None and only_fact not in result.pack.facts:
        raise click.BadParameter(f"unknown fact {only_fact!r}; facts: {', '.join(result.pack.facts)}",
                                 param_hint="--fact")
    write_output(render_facts_parquet(result, only_fact) if fmt == "parquet" else render_facts(result, fmt, only_fact),
                 output)


cli.add_command(rules)
cli.add_command(review)


@cli.command("eval")
@click.argument("stories", type=click.Path(path_type=Path))
@rules_option
@click.option("--gold", "gold_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Score STORIES as one story against this gold file (default: every sub-folder with a gold.yml).")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("-v", "--verbose", is_flag=True, help="List each missed pair and each false alarm.")
@click.option("--min-precision", type=click.FloatRange(0, 1), default=None, help="Exit 1 below this precision.")
@click.option("--min-recall", type=click.FloatRange(0, 1), default=None, help="Exit 1 below this recall.")
def eval_command(stories: Path, rules_dir: Path | None, gold_file: Path | None, fmt: str, verbose: bool,
                 min_precision: float | None, min_recall: float | None) -> None:
    """Precision and recall of the rule pack on labelled stories, per fact and per rule.

    STORIES holds one sub-folder per story: its articles and a gold.yml naming the findings a report must
    contain (required), may contain (allowed) and nothing else. The last line is machine-readable.
    """
    from checker.evaluate import render_json, render_text

    result = api.evaluate(stories, rules_dir, gold_file, warn=warn)
    click.echo(render_json(result) if fmt == "json" else render_text(result, verbose), nl=False)
    o = result.overall
    if (min_precision is not None and (o.precision or 0) < min_precision) or \
            (min_recall is not None and (o.recall if o.recall is not None else 1) < min_recall):
        sys.exit(EXIT_FINDINGS)


def main(argv: list[str] | None = None) -> None:
    """Console entry point."""
    atexit.register(_skip_exit_collections)
    cli.main(args=argv, prog_name="checker")


def _skip_exit_collections() -> None:
    """At exit, move every object to the garbage collector's permanent generation: the collections that
    interpreter shutdown runs would otherwise traverse all the articles, mentions and claims of the run
    only to free memory that the operating system takes back anyway. Files are closed and output written
    before this (atexit handlers run first)."""
    gc.freeze()


if __name__ == "__main__":
    main()
