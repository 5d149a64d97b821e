"""A progress bar for long runs, on standard error, counting articles.

It is drawn only when standard error is a terminal (the command line also keeps it off for machine-readable
formats), and only once a run has taken longer than :data:`DELAY` seconds, so short runs print nothing. It
never starts a thread: it is redrawn when a batch of articles is finished, so worker processes can be forked
safely while it is on screen.
"""

from __future__ import annotations

import contextlib
import sys
import time
from typing import IO, Iterator

from checker.engine import Advance

DELAY = 0.5


@contextlib.contextmanager
def progress_bar(total: int, stream: IO[str] | None = None) -> Iterator[Advance]:
    """A context yielding ``advance(n)``: ``n`` more of ``total`` articles are done."""
    stream = stream if stream is not None else sys.stderr
    if not _is_terminal(stream):
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TextColumn("articles"),
                        TimeElapsedColumn(), console=Console(file=stream), auto_refresh=False, transient=True,
                        redirect_stdout=False, redirect_stderr=False)
    task = progress.add_task("checking", total=total)
    started_at = time.monotonic()
    shown = False

    def advance(n: int) -> None:
        nonlocal shown
        progress.advance(task, n)
        if not shown and time.monotonic() - started_at >= DELAY:
            progress.start()
            shown = True
        if shown:
            progress.refresh()

    try:
        yield advance
    finally:
        if shown:
            progress.stop()


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
