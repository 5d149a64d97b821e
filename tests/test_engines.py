"""Engines and job counts give byte-identical reports; the progress bar stays off the output.

No timings here: speed is measured by benchmarks/throughput.py.
"""

from __future__ import annotations

import io
import json
import sys
from dataclasses import replace

import pytest
from click.testing import CliRunner

from checker import engine as engine_mod
from checker.cli import cli
from checker.cli_options import make_progress
from checker.engine import EngineOptions, analyse_stories, make_batches
from checker.formats import RenderOptions, renderer
from checker.pipeline import run
from checker.progress import progress_bar
from checker.sources import load_documents

from conftest import SHARED, SOURCES, needs_shared

ECB = SHARED / "corpora" / "ecbplus.jsonl"


def as_json(report) -> str:
    return renderer("json")(report, RenderOptions())


def three_stories():
    """The sample corpus three times over, as three stories with unique ids (small, several stories)."""
    docs = load_documents([SOURCES])
    return [replace(d, id=f"{k}-{d.id}", story=f"copy{k}") for k in range(3) for d in docs]


@pytest.fixture
def parallel_even_when_small(monkeypatch):
    monkeypatch.setattr(engine_mod, "MIN_PARALLEL_BYTES", 0)


def sized(*sizes: int):
    doc = load_documents([SOURCES])[0]
    return [[replace(doc, text="x" * n)] for n in sizes]


def test_batches_hold_every_story_once_and_are_balanced():
    batches = make_batches(sized(50, 1, 1, 1, 1, 1, 1, 1, 1, 40), 3)
    assert sorted(i for b in batches for i in b) == list(range(10))
    assert [0] in batches and [9] in batches          # each giant story gets a batch of its own
    assert all(b == sorted(b) for b in batches)


def test_more_batches_than_stories_is_one_story_each():
    assert sorted(make_batches(sized(3, 4), 8)) == [[0], [1]]


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_processes_give_the_same_report(pack, method, parallel_even_when_small):
    import multiprocessing as mp

    if method not in mp.get_all_start_methods():
        pytest.skip(f"no {method} start method on {sys.platform}")
    from checker.pipeline import analyse

    docs = three_stories()
    local = analyse(docs, pack)
    stories = [docs[i:i + 5] for i in range(0, len(docs), 5)]
    results = engine_mod.run_processes(stories, pack, lambda n: None, jobs=2, method=method)
    assert results == analyse_stories(stories, pack)
    assert as_json(analyse(docs, pack, engine=EngineOptions(jobs=2))) == as_json(local)


@needs_shared("corpora", "ecbplus.jsonl")
def test_jobs_give_the_same_report_on_ecbplus():
    one = run([ECB])
    two = run([ECB], engine=EngineOptions(jobs=2))
    assert as_json(two) == as_json(one)


def test_cli_jobs_flag_gives_the_same_report(parallel_even_when_small, tmp_path):
    runner = CliRunner()
    one = runner.invoke(cli, ["report", str(SOURCES), "-f", "json"], catch_exceptions=False)
    two = runner.invoke(cli, ["report", str(SOURCES), "-f", "json", "--jobs", "2"], catch_exceptions=False)
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout


# ------------------------------------------------------------------------------------------------ dask
@pytest.fixture(scope="module")
def dask_scheduler():
    """A small local Dask cluster (2 single-threaded worker processes) for the module's tests."""
    pytest.importorskip("distributed", reason="Dask is not installed (pip install '.[dask]')")
    cluster = engine_mod.local_cluster(2)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def test_dask_gives_the_same_report_on_the_sample(dask_scheduler):
    options = EngineOptions(engine="dask", scheduler=dask_scheduler)
    assert as_json(run([SOURCES], engine=options)) == as_json(run([SOURCES]))
    docs = three_stories()
    from checker.pipeline import analyse

    report = analyse(docs, run([SOURCES]).pack, engine=options)
    assert as_json(report) == as_json(analyse(docs, report.pack))


@needs_shared("corpora", "ecbplus.jsonl")
def test_dask_gives_the_same_report_on_ecbplus(dask_scheduler):
    local = json.loads(as_json(run([ECB])))
    remote = json.loads(as_json(run([ECB], engine=EngineOptions(engine="dask", scheduler=dask_scheduler))))
    assert [f["id"] for f in remote["findings"]] == [f["id"] for f in local["findings"]]
    assert remote == local


def test_cli_dask_starts_a_local_cluster():
    pytest.importorskip("distributed", reason="Dask is not installed (pip install '.[dask]')")
    runner = CliRunner()
    local = runner.invoke(cli, ["report", "-f", "json"], catch_exceptions=False)
    remote = runner.invoke(cli, ["report", "-f", "json", "--engine", "dask", "--jobs", "1"],
                           catch_exceptions=False)
    assert remote.exit_code == 0, remote.stderr
    assert remote.stdout == local.stdout


def test_without_dask_the_error_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)      # import distributed -> ImportError
    result = CliRunner().invoke(cli, ["report", "--engine", "dask"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "checker: error: --engine dask needs Dask: pip install 'checker[dask]'"


def test_scheduler_needs_the_dask_engine():
    result = CliRunner().invoke(cli, ["report", "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2
    assert "--scheduler needs --engine dask" in result.stderr


# -------------------------------------------------------------------------------------------- progress
class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_silent_when_stderr_is_not_a_terminal():
    stream = io.StringIO()
    with progress_bar(10, stream) as advance:
        advance(10)
    assert stream.getvalue() == ""
    result = CliRunner().invoke(cli, ["report", str(SOURCES)], catch_exceptions=False)
    assert result.exit_code == 0 and result.stderr == ""


def test_progress_is_drawn_on_a_terminal_for_long_runs(monkeypatch):
    import checker.progress

    monkeypatch.setattr(checker.progress, "DELAY", 0.0)
    stream = FakeTerminal()
    with progress_bar(10, stream) as advance:
        advance(4)
    assert "4/10" in stream.getvalue() and "articles" in stream.getvalue()


def test_no_progress_for_machine_readable_formats():
    assert make_progress("json") is None and make_progress("csv") is None
    assert make_progress("console") is progress_bar and make_progress("markdown") is progress_bar
