"""What the commands of :mod:`checker.cli` share: exit codes, options, the error handling of the command
group, and writing the output.

Exit codes: 0 clean (or a report was written), 1 findings (gating commands), 2 usage, configuration or input
error, 3 internal error (a bug: please report it; CHECKER_DEBUG=1 shows the traceback).
"""

from __future__ import annotations

import os
import traceback
from pathlib import Path
from typing import Callable

import click

from checker.atomic import atomic_write_bytes, atomic_write_text
from checker.engine import ENGINES, EngineOptions
from checker.errors import CheckerError
from checker.formats import MACHINE_READABLE, format_names
from checker.model.pack import SEVERITIES
from checker.pipeline import Progress
from checker.progress import progress_bar

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def warn(message: str) -> None:
    click.echo(f"checker: warning: {message}", err=True)


def say(text: str) -> None:
    """A line for the user on standard error, so that standard output stays the report."""
    click.echo(f"checker: {text}", err=True)


def count(n: int, singular: str, plural: str | None = None) -> str:
    """ "1 finding", "3 findings"."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


def require_paths(paths: tuple) -> None:
    """A CI gate names what it gates: without PATH, `check` would pass or fail on the bundled sample."""
    if not paths:
        raise CheckerError("check needs the articles to gate: give PATH (a folder or files); only `report` "
                           "and `facts` fall back on the bundled sample")


def write_output(text: str | bytes, output: str | None) -> None:
    """Write to ``output`` atomically (never a half-written file), or text to standard output."""
    if output in (None, "-"):
        click.echo(text, nl=False)
        return
    try:
        atomic_write_bytes(output, text) if isinstance(text, bytes) else atomic_write_text(output, text)
    except OSError as exc:
        raise CheckerError(f"cannot write {output}: {exc.strerror or exc}") from None


def make_engine(jobs: int | None, engine: str, scheduler: str | None) -> EngineOptions:
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    return EngineOptions(engine=engine, jobs=jobs, scheduler=scheduler)


def make_progress(fmt: str) -> Progress | None:
    """The progress bar (stderr, terminals only), or none for machine-readable formats."""
    return None if fmt in MACHINE_READABLE else progress_bar


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


def stacked(*decorators):
    """Several click decorators as one, applied in the order listed (help lists them in that order)."""
    def decorate(function):
        for decorator in reversed(decorators):
            function = decorator(function)
        return function

    return decorate


# Paths are checked by the loader, which reports a missing one as a one-line error (exit 2).
paths_argument = click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def _keep_pack(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """--rules DIR, or the folder --pack NAME chose (both given: a usage error)."""
    chosen = ctx.meta.get("checker.pack")
    if value is not None and chosen is not None:
        raise click.UsageError("give --rules DIR or --pack NAME, not both")
    return value if value is not None else chosen


def _choose_pack(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is None:
        return
    from checker.resources import bundled_pack

    if ctx.params.get("rules_dir") is not None:
        raise click.UsageError("give --rules DIR or --pack NAME, not both")
    ctx.meta["checker.pack"] = bundled_pack(value)
    if "rules_dir" in ctx.params:
        ctx.params["rules_dir"] = ctx.meta["checker.pack"]


def rules_option(command: Callable) -> Callable:
    """``--rules DIR`` (any pack folder) and ``--pack NAME`` (a bundled pack); the command receives the folder
    as ``rules_dir`` (None: the default pack)."""
    from checker.resources import PACKS

    command = click.option("--pack", type=click.Choice(PACKS), default=None, expose_value=False,
                           is_eager=True, callback=_choose_pack,
                           help="A bundled rule pack: summit (the default) or incidents.")(command)
    return click.option("--rules", "rules_dir", type=click.Path(path_type=Path), default=None,
                        callback=_keep_pack, help="Rule pack folder (default: the bundled summit pack).")(command)
output_option = click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default=None,
                             help="Write to FILE instead of standard output.")
reviews_option = click.option("--reviews", "reviews_file", type=click.Path(dir_okay=False, path_type=Path),
                              default=None, help="Review file (default: checker-reviews.yml in the corpus folder).")
reviewer_option = click.option("--reviewer", default=None,
                               help="Who decides (default: $CHECKER_REVIEWER, else git's user.name, else the "
                                    "login name).")


def engine_options(command: Callable) -> Callable:
    """``--jobs``, ``--engine`` and ``--scheduler``: where the stories are analysed. The command receives
    them as ``jobs``, ``engine`` and ``scheduler``; :func:`make_engine` turns them into EngineOptions."""
    command = click.option("--scheduler", metavar="ADDRESS", default=None,
                           help="With --engine dask: a running Dask scheduler (tcp://host:8786); "
                                "default: start a local cluster.")(command)
    command = click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
                           help="Analyse stories here (local) or on a Dask cluster (pip install 'checker[dask]').")(command)
    command = click.option("-j", "--jobs", type=click.IntRange(min=0), default=None,
                           help="Processes to analyse stories in (default 1), or workers of a local Dask cluster "
                                "(default: one per core); 0 = one per core.")(command)
    return command


def decision_options(fail_on_default: str | None):
    """--baseline, --reviews, --all and --fail-on, the same on `report` and `check`."""
    fail_on_help = ("Exit 1 when a finding at or above this severity is open or confirmed and not in the "
                    "baseline" + ("." if fail_on_default else " (default: report only, exit 0)."))
    return stacked(
        click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
                     help="Baseline file (from `checker baseline`): hide the findings it knows; only new ones "
                          "count."),
        reviews_option,
        click.option("--all", "show_all", is_flag=True,
                     help="Also show dismissed, different-event, corrected and baselined findings, with their "
                          "status (what fails does not change)."),
        click.option("--fail-on", type=click.Choice(SEVERITIES), default=fail_on_default,
                     show_default=fail_on_default is not None, help=fail_on_help),
    )


# What `report` and `check` share besides the decision options.
report_options = stacked(
    paths_argument,
    rules_option,
    click.option("-f", "--format", "fmt", type=click.Choice(format_names()), default="console", show_default=True,
                 help="Output format."),
    output_option,
    click.option("--color/--no-color", default=None, help="Colour the console format (default: when a terminal)."),
    click.option("--width", type=click.IntRange(40, 400), default=None, help="Console width (default: terminal)."),
)
