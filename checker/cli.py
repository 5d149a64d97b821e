"""The ``checker`` command line: a thin click shell over the core.

Exit codes: 0 clean (or a report was written), 1 findings (gating commands), 2 usage, configuration or input
error, 3 internal error (a bug: please report it; CHECKER_DEBUG=1 shows the traceback).
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import click

from checker import __version__
from checker.errors import CheckerError

if TYPE_CHECKING:
    from checker.engine import EngineOptions
    from checker.pipeline import Progress

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
REPORT_FORMATS = ["console", "markdown", "json"]
FACT_FORMATS = ["console", "csv", "json"]
# Formats read by programs: no progress bar, even on a terminal.
MACHINE_FORMATS = {"json", "csv", "sarif", "junit", "github"}


def warn(message: str) -> None:
    click.echo(f"checker: warning: {message}", err=True)


def write_output(text: str, output: str | None) -> None:
    """Write to ``output`` atomically (never a half-written file), or to standard output."""
    if output in (None, "-"):
        click.echo(text, nl=False)
        return
    from checker.atomic import atomic_write_text

    try:
        atomic_write_text(output, text)
    except OSError as exc:
        raise CheckerError(f"cannot write {output}: {exc.strerror or exc}") from None


# Paths are checked by the loader, which reports a missing one as a one-line error (exit 2).
paths_argument = click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
rules_option = click.option("--rules", "rules_dir", type=click.Path(path_type=Path), default=None,
                            help="Rule pack folder (default: the bundled pack).")
output_option = click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default=None,
                             help="Write to FILE instead of standard output.")


def engine_options(command: Callable) -> Callable:
    """``--jobs``, ``--engine`` and ``--scheduler``: where the stories are analysed. The command receives
    them as ``jobs``, ``engine`` and ``scheduler``; :func:`make_engine` turns them into EngineOptions."""
    command = click.option("--scheduler", metavar="ADDRESS", default=None,
                           help="With --engine dask: a running Dask scheduler (tcp://host:8786); "
                                "default: start a local cluster.")(command)
    command = click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                           help="Analyse stories here (local) or on a Dask cluster (pip install 'checker[dask]').")(command)
    command = click.option("-j", "--jobs", type=click.IntRange(min=0), default=None,
                           help="Processes to analyse stories in (default 1), or workers of a local Dask cluster "
                                "(default: one per core); 0 = one per core.")(command)
    return command


def make_engine(jobs: int | None, engine: str, scheduler: str | None) -> "EngineOptions":
    from checker.engine import EngineOptions

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    return EngineOptions(engine=engine, jobs=jobs, scheduler=scheduler)


def make_progress(fmt: str) -> "Progress | None":
    """The progress bar (stderr, terminals only), or none for machine-readable formats."""
    if fmt in MACHINE_FORMATS:
        return None
    from checker.progress import progress_bar

    return progress_bar


class CheckerGroup(click.Group):
    """Turns user errors raised anywhere below into one line on stderr and exit code 2 (and bugs into one
    line and exit code 3), whether run from the shell or from click's test runner."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except CheckerError as exc:
            click.echo(f"checker: error: {exc}", err=True)
            ctx.exit(EXIT_USAGE)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit,
                KeyboardInterrupt):
            raise
        except BrokenPipeError:
            ctx.exit(EXIT_OK)
        except Exception as exc:  # a bug, not the user's fault: one line, details on request
            if os.environ.get("CHECKER_DEBUG"):
                traceback.print_exc()
            click.echo(f"checker: internal error: {type(exc).__name__}: {exc} "
                       "(set CHECKER_DEBUG=1 for the traceback)", err=True)
            ctx.exit(EXIT_INTERNAL)


@click.group(cls=CheckerGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="checker")
def cli() -> None:
    """Find where news sources disagree about the same event.

    checker reads a set of articles, extracts normalised facts (event date, attendance, chairs, aid, place),
    aligns them across sources and applies the rule pack to flag conflicts, each with the exact quotes.
    With no PATH, commands run on the bundled sample corpus.
    """


@cli.command()
@paths_argument
@rules_option
@click.option("-f", "--format", "fmt", type=click.Choice(REPORT_FORMATS), default="console", show_default=True,
              help="Output format.")
@output_option
@click.option("--color/--no-color", default=None, help="Colour the console format (default: when a terminal).")
@click.option("--width", type=click.IntRange(40, 400), default=None, help="Console width (default: terminal).")
@engine_options
def report(paths: tuple[Path, ...], rules_dir: Path | None, fmt: str, output: str | None, color: bool | None,
           width: int | None, jobs: int | None, engine: str, scheduler: str | None) -> None:
    """Consistency report: every conflict between sources, with quotes."""
    from checker.formats import RenderOptions, renderer
    from checker.pipeline import run

    result = run(paths, rules_dir, warn=warn, engine=make_engine(jobs, engine, scheduler),
                 progress=make_progress(fmt))
    to_terminal = output in (None, "-") and sys.stdout.isatty()
    options = RenderOptions(color=to_terminal if color is None else color,
                            width=width or (click.get_terminal_size()[0] if to_terminal else 100))
    write_output(renderer(fmt)(result, options), output)


@cli.command()
@paths_argument
@rules_option
@click.option("-f", "--format", "fmt", type=click.Choice(FACT_FORMATS), default="console", show_default=True)
@output_option
@click.option("--fact", "only_fact", default=None, help="Show only this fact (date, attendees, …).")
@engine_options
def facts(paths: tuple[Path, ...], rules_dir: Path | None, fmt: str, output: str | None,
          only_fact: str | None, jobs: int | None, engine: str, scheduler: str | None) -> None:
    """The extracted fact table: one row per claim."""
    from checker.formats.facts import render_facts
    from checker.pipeline import run

    result = run(paths, rules_dir, warn=warn, engine=make_engine(jobs, engine, scheduler),
                 progress=make_progress(fmt))
    if only_fact is not None and only_fact not in result.pack.facts:
        raise click.BadParameter(f"unknown fact {only_fact!r}; facts: {', '.join(result.pack.facts)}",
                                 param_hint="--fact")
    write_output(render_facts(result, fmt, only_fact), output)


@cli.group()
def rules() -> None:
    """List, validate and test rule packs."""


@rules.command("list")
@rules_option
def rules_list(rules_dir: Path | None) -> None:
    """The rules of a pack and the rule kinds available."""
    from checker.kinds import REGISTRY
    from checker.pack import load_pack
    from checker.resources import default_rules_dir

    pack = load_pack(rules_dir or default_rules_dir())
    click.echo(f"rule pack {pack.path}")
    width = max((len(r.id) for r in pack.rules), default=10)
    for r in pack.rules:
        click.echo(f"  {r.id:<{width}}  {r.severity:<7}  {r.kind:<16} {r.fact:<10} {r.description}")
    click.echo("facts: " + ", ".join(pack.facts))
    click.echo("rule kinds:")
    for name, kind in sorted(REGISTRY.items()):
        opts = ", ".join(f"{k}={v}" for k, v in kind.defaults.items() if k in kind.options_schema["properties"])
        click.echo(f"  {name:<16} {kind.description}" + (f" [{opts}]" if opts else ""))


@rules.command("validate")
@click.argument("folder", required=False, type=click.Path(path_type=Path))
def rules_validate(folder: Path | None) -> None:
    """Check a rule pack (default: the bundled one); exit 2 with file:line on the first problem."""
    from checker.pack import load_pack
    from checker.resources import default_rules_dir

    pack = load_pack(folder or default_rules_dir())
    click.echo(f"{pack.path}: ok ({len(pack.facts)} facts, {len(pack.rules)} rules)")


@rules.command("test")
@click.argument("folder", required=False, type=click.Path(path_type=Path))
@click.option("-v", "--verbose", is_flag=True, help="List every case.")
def rules_test(folder: Path | None, verbose: bool) -> None:
    """Run the YAML test cases in FOLDER/tests against the pack in FOLDER; exit 1 if any fails."""
    from checker.resources import default_rules_dir
    from checker.ruletests import run_pack_tests

    results = run_pack_tests(folder or default_rules_dir())
    failed = [r for r in results if not r.ok]
    for r in results:
        if verbose or not r.ok:
            click.echo(f"{'ok  ' if r.ok else 'FAIL'} {r.where} {r.name}" + ("" if r.ok else f": {r.detail}"))
    click.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    if failed:
        raise SystemExit(EXIT_FINDINGS)


def main(argv: list[str] | None = None) -> None:
    """Console entry point."""
    cli.main(args=argv, prog_name="checker")


if __name__ == "__main__":
    main()
