"""Engines: where the stories of a run are analysed — in this process, in N local processes, or on a Dask
cluster.

Every engine runs the same pure function, :func:`checker.story.analyse_story`, on whole stories (claims
are only compared within a story, so a story is never split), and hands back one result per story **in the
order the stories were given**, whatever order the workers finished in. The caller merges and sorts them
exactly as for one process, so the output is identical for every engine and job count.

Stories are sent in batches rather than one by one, so per-task overhead (pickling, scheduling) stays small
next to the work; batches are balanced by text size, largest stories first.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import Callable, Sequence

from checker.errors import CheckerError
from checker.mentions import extract_mentions
from checker.mentions.places import gazetteer
from checker.model.claims import Claim
from checker.model.documents import Document
from checker.model.findings import Finding
from checker.model.overview import StoryOverview
from checker.model.pack import Pack
from checker.story import analyse_story

ENGINES = ("local", "dask")
StoryResult = tuple[list[Claim], list[Finding], StoryOverview]
# Told how many articles were just finished (the progress bar counts articles).
Advance = Callable[[int], None]
# Batches per worker: enough to even out stories of very different sizes, few enough that scheduling and
# pickling stay a small share of the work.
BATCHES_PER_WORKER = 4
# Fewer bytes than this is not worth starting processes for.
MIN_PARALLEL_BYTES = 200_000


@dataclass(frozen=True)
class EngineOptions:
    """How to run the analysis: ``engine`` local or dask; ``jobs`` processes (local, default 1) or workers of
    a local Dask cluster (default one per core), 0 = one per core; ``scheduler`` a running Dask scheduler."""

    engine: str = "local"
    jobs: int | None = None
    scheduler: str | None = None


def _no_progress(_: int) -> None:
    return None


def analyse_stories(stories: Sequence[Sequence[Document]], pack: Pack, options: EngineOptions | None = None,
                    advance: Advance = _no_progress) -> list[StoryResult]:
    """One ``(claims, findings)`` per story, in the order of ``stories``."""
    options = options or EngineOptions()
    if options.engine not in ENGINES:
        raise CheckerError(f"unknown engine {options.engine!r}; choose one of: {', '.join(ENGINES)}")
    if options.engine == "dask":
        return run_dask(stories, pack, advance, options.jobs, options.scheduler)
    jobs = 1 if options.jobs is None else options.jobs or os.cpu_count() or 1
    if jobs > 1 and len(stories) > 1 and _size(stories) >= MIN_PARALLEL_BYTES:
        return run_processes(stories, pack, advance, jobs)
    return run_here(stories, pack, advance)


# ------------------------------------------------------------------------------------------------ batches
def _story_size(docs: Sequence[Document]) -> int:
    return sum(len(d.text) for d in docs)


def _size(stories: Sequence[Sequence[Document]]) -> int:
    return sum(_story_size(s) for s in stories)


def make_batches(stories: Sequence[Sequence[Document]], n_batches: int) -> list[list[int]]:
    """Story indexes in ``n_batches`` batches of about equal text size: largest story first, each to the
    lightest batch so far (so one huge story gets a batch of its own)."""
    n_batches = max(1, min(n_batches, len(stories)))
    loads = [0] * n_batches
    batches: list[list[int]] = [[] for _ in range(n_batches)]
    for i in sorted(range(len(stories)), key=lambda i: (-_story_size(stories[i]), i)):
        lightest = min(range(n_batches), key=lambda b: (loads[b], b))
        batches[lightest].append(i)
        loads[lightest] += _story_size(stories[i])
    # Heaviest batches first, so the longest tasks start first and nobody waits on a late giant.
    order = sorted(range(n_batches), key=lambda b: -loads[b])
    return [sorted(batches[b]) for b in order if batches[b]]


def analyse_batch(batch: Sequence[Sequence[Document]], pack: Pack) -> list[StoryResult]:
    """What a worker runs: every story of one batch."""
    return [analyse_story(docs, pack) for docs in batch]


# ------------------------------------------------------------------------------------------------ local
def run_here(stories: Sequence[Sequence[Document]], pack: Pack, advance: Advance) -> list[StoryResult]:
    results = []
    for docs in stories:
        results.append(analyse_story(docs, pack))
        advance(len(docs))
    return results


# What forked workers inherit from the parent instead of receiving it pickled (set only around a run).
_WORKER_PACK: Pack | None = None
_WORKER_STORIES: Sequence[Sequence[Document]] = ()


def _init_worker(pack: Pack | None) -> None:
    """Process start-up: keep the pack (sent once per process, not once per task) and load what the
    extractors need, so the first task does not pay for it."""
    global _WORKER_PACK
    if pack is not None:
        _WORKER_PACK = pack
    warm_up()


def _worker_batch(batch: Sequence[Sequence[Document]] | Sequence[int]) -> list[StoryResult]:
    """A batch of stories, or (forked workers) the indexes of stories the worker inherited."""
    assert _WORKER_PACK is not None, "worker started without a pack"
    stories = [_WORKER_STORIES[i] if isinstance(i, int) else i for i in batch]
    return analyse_batch(stories, _WORKER_PACK)


def warm_up() -> None:
    """Load the gazetteer and run the extractors once, so that what they build on first use is ready (a
    forked worker inherits it from the parent)."""
    gazetteer()
    extract_mentions("On Monday, 3 March 2025, about 30 leaders met in Paris and pledged $1 billion.")


def start_method() -> str:
    """``fork`` where the platform has it (macOS aside): workers start with the parent's imports, compiled
    patterns and gazetteer (the parent starts no thread before forking). Elsewhere ``spawn``: each worker
    imports checker and loads the gazetteer itself, once per process."""
    # A forked worker starts in milliseconds, a spawned one in about half a second.
    import multiprocessing as mp

    return "fork" if "fork" in mp.get_all_start_methods() and sys.platform != "darwin" else "spawn"


def run_processes(stories: Sequence[Sequence[Document]], pack: Pack, advance: Advance, jobs: int,
                  method: str | None = None) -> list[StoryResult]:
    """Batches of stories across ``jobs`` worker processes (concurrent.futures)."""
    import multiprocessing as mp
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    global _WORKER_PACK, _WORKER_STORIES
    method = method or start_method()
    batches = make_batches(stories, jobs * BATCHES_PER_WORKER)
    forked = method == "fork"
    if forked:
        warm_up()
        _WORKER_PACK, _WORKER_STORIES = pack, stories   # inherited by the forked workers: nothing to pickle
    results: list[StoryResult | None] = [None] * len(stories)
    try:
        with ProcessPoolExecutor(max_workers=min(jobs, len(batches)), mp_context=mp.get_context(method),
                                 initializer=_init_worker, initargs=(None if forked else pack,)) as pool:
            pending = {pool.submit(_worker_batch, batch if forked else [stories[i] for i in batch]): batch
                       for batch in batches}
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    batch = pending.pop(future)
                    for i, result in zip(batch, future.result(), strict=True):
                        results[i] = result
                    advance(sum(len(stories[i]) for i in batch))
    finally:
        _WORKER_PACK, _WORKER_STORIES = None, ()
    return [r for r in results if r is not None]


# ------------------------------------------------------------------------------------------------ dask
DASK_MISSING = "--engine dask needs Dask: pip install 'checker[dask]'"


def _dask():
    try:
        import distributed
    except ImportError:
        raise CheckerError(DASK_MISSING) from None
    return distributed


def run_dask(stories: Sequence[Sequence[Document]], pack: Pack, advance: Advance, jobs: int | None = None,
             scheduler: str | None = None) -> list[StoryResult]:
    """Batches of stories on a Dask cluster: the one at ``scheduler`` (``tcp://host:8786``), or a local
    cluster of ``jobs`` single-threaded worker processes (0 = one per core) started for this run."""
    distributed = _dask()
    with _dask_client(distributed, scheduler, jobs) as client:
        slots = sum(client.nthreads().values()) or jobs or os.cpu_count() or 1     # worker threads in all
        batches = make_batches(stories, slots * BATCHES_PER_WORKER)
        pack_future = client.scatter(pack, broadcast=True)
        # Articles go straight to the workers (scatter), not inside the task graph.
        data = client.scatter([[stories[i] for i in batch] for batch in batches])
        futures = client.map(analyse_batch, data, pack=pack_future, pure=False)
        index = {future.key: batch for future, batch in zip(futures, batches, strict=True)}
        results: list[StoryResult | None] = [None] * len(stories)
        for future, batch_results in distributed.as_completed(futures, with_results=True):
            batch = index[future.key]
            for i, result in zip(batch, batch_results, strict=True):
                results[i] = result
            advance(sum(len(stories[i]) for i in batch))
    return [r for r in results if r is not None]


def local_cluster(n_workers: int):
    """A Dask cluster on this machine: ``n_workers`` single-threaded worker processes (the extractors are
    pure Python and hold the GIL, so threads would not run in parallel), listening on the loopback only, no
    dashboard, its HTTP port chosen free (a fixed port may be taken by another cluster)."""
    distributed = _dask()
    return distributed.LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                    dashboard_address=None, scheduler_kwargs={"dashboard_address": ":0"})


class _dask_client:
    """A Client for the scheduler at ``address``, or for a LocalCluster started (and closed) for one run."""

    def __init__(self, distributed, address: str | None, jobs: int | None) -> None:
        self.distributed, self.address, self.jobs = distributed, address, jobs
        self.cluster = None
        self.client = None

    def __enter__(self):
        d = self.distributed
        if self.address:
            try:
                self.client = d.Client(self.address, timeout="20s")
            except OSError as exc:
                raise CheckerError(f"cannot reach the Dask scheduler at {self.address}: {exc}") from None
        else:
            self.cluster = local_cluster(self.jobs or os.cpu_count() or 1)
            self.client = d.Client(self.cluster)
        return self.client

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
