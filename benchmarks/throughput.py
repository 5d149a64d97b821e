"""Throughput of checker on real news: end to end, against the naive pipeline, as the corpus grows, in
memory, with 2 jobs, and on one story of 500 articles that all agree.

    python benchmarks/throughput.py [--corpus PATH] [--repeat N] [--quick]

Every end-to-end figure is the command a user runs, ``checker report CORPUS --format json -o FILE``, in a
child process (start-up, loading, extraction, alignment, rules and the JSON report all count), timed as the
best of ``--repeat`` runs because other work may share the machine. MB are 10^6 bytes of article text
(UTF-8), not of the JSONL file. The scaled corpora (2x, 4x, 8x copies of the corpus, every copy with its own
article ids and story names) are written to ``benchmarks/.cache/``. The last line sums it up:

    throughput: MB/s=N.NN vs_naive=NN.Nx scaling_8x=N.NN peak_MB=NNN jobs2_speedup=N.NN
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CACHE = HERE / ".cache"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "ecbplus.jsonl"
SCALES = (1, 2, 4, 8)
NAIVE_SAMPLE_BYTES = 200_000

TARGET_MBS = 1.0
TARGET_VS_NAIVE = 25.0
TARGET_SCALING = 1.20
TARGET_PEAK_MB = 1024
TARGET_JOBS2 = 1.7


# ------------------------------------------------------------------------------------------------ corpora
def read_records(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def text_bytes(records: list[dict]) -> int:
    return sum(len(r["text"].encode("utf-8")) for r in records)


def scaled_corpus(source: Path, records: list[dict], scale: int) -> Path:
    """``scale`` copies of the corpus in one JSONL file; copy k > 0 suffixes every id and story with ``~k``
    so that copies are distinct stories, never compared with each other."""
    if scale == 1:
        return source
    CACHE.mkdir(exist_ok=True)
    stamp = f"{source.stat().st_size}-{int(source.stat().st_mtime)}"
    path = CACHE / f"{source.stem}-x{scale}-{stamp}.jsonl"
    if path.exists():
        return path
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for k in range(scale):
            for r in records:
                copy = dict(r)
                if k:
                    copy["id"], copy["story"] = f"{r['id']}~{k}", f"{r['story']}~{k}"
                out.write(json.dumps(copy, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def agreeing_story(n: int) -> list:
    """One story of ``n`` articles that all say the same thing (date, attendance, chairs, aid, place) in
    different words and orders, with filler between, so every article is extracted for real."""
    from checker.model.documents import Document

    leads = [
        "Leaders from 30 countries met in Paris on Thursday, September 4, 2025, for a summit co-chaired by "
        "Emmanuel Macron and Keir Starmer.",
        "A summit co-chaired by Emmanuel Macron and Keir Starmer brought together leaders from 30 countries in "
        "Paris on Thursday, September 4, 2025.",
        "On Thursday, September 4, 2025, leaders from 30 countries gathered in Paris at a summit co-chaired by "
        "Emmanuel Macron and Keir Starmer.",
    ]
    aid = [
        "The European Union pledged €1.5 billion for reconstruction at the summit.",
        "At the summit the European Union pledged €1.5 billion for reconstruction.",
    ]
    filler = ("Officials said the talks covered security guarantees, air defence and the monitoring of a "
              "ceasefire. Analysts expect further meetings in the coming weeks. ")
    docs = []
    for i in range(n):
        text = f"{leads[i % 3]}\n{filler * (1 + i % 4)}\n{aid[i % 2]}\nReport number {i} from our desk.\n"
        docs.append(Document(id=f"agree-{i:04d}", path=f"agree-{i:04d}.txt", text=text, story="agree",
                             published=dt.date(2025, 9, 5)))
    return docs


# ------------------------------------------------------------------------------------------------ timing
def compile_bytecode() -> str:
    """Compile checker's modules to bytecode, as ``pip install`` does: an editable install run with
    PYTHONDONTWRITEBYTECODE set (as here) would otherwise compile every module from source on every run,
    about 60 ms that no installed copy pays. Says what it did, for the header."""
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("checker")
    if spec is None or not spec.submodule_search_locations:
        return "checker not importable here: bytecode left as it is"
    folder = Path(list(spec.submodule_search_locations)[0])
    compileall.compile_dir(folder, quiet=1)
    return f"bytecode compiled in {folder} (as pip does at install)"


def checker_command() -> list[str]:
    beside = Path(sys.executable).with_name("checker")
    return [str(beside)] if beside.exists() else [sys.executable, "-m", "checker.cli"]


def busy_cpu_seconds() -> float:
    """CPU time the whole machine has spent busy since boot (Linux /proc/stat; 0 elsewhere)."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return 0.0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


class Run:
    """One timed child process: wall seconds, its peak memory, and the CPU time other processes on the
    machine took meanwhile (a run that shared the cores with other work is slower for that reason)."""

    def __init__(self, seconds: float, peak_mb: int, cpu: float, others: float) -> None:
        self.seconds, self.peak_mb, self.cpu, self.others = seconds, peak_mb, cpu, others


def run_report(corpus: Path, out: Path, *extra: str) -> Run:
    """``checker report`` in a child process. Its peak resident memory is its own (os.wait4 gives the
    rusage of exactly that process and the workers it waited for), not that of earlier children."""
    cmd = checker_command() + ["report", str(corpus), "--format", "json", "-o", str(out), *extra]
    busy = busy_cpu_seconds()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    busy = busy_cpu_seconds() - busy
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {stderr.strip()}")
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, usage.ru_maxrss // 1024, cpu, max(busy - cpu, 0.0))


def best(runs: list[Run]) -> Run:
    return min(runs, key=lambda r: r.seconds)


def naive_rate(records: list[dict]) -> tuple[float, int]:
    """dateparser.search.search_dates over whole texts (English, as a user who knows the language would
    call it; with language detection it is ten times slower still), on the first articles making up
    NAIVE_SAMPLE_BYTES: bytes per second and the sample's size."""
    import warnings

    from dateparser.search import search_dates

    warnings.simplefilter("ignore")
    sample, size = [], 0
    for r in records:
        sample.append(r["text"])
        size += len(r["text"].encode("utf-8"))
        if size >= NAIVE_SAMPLE_BYTES:
            break
    search_dates("The summit met on 4 September 2025.", languages=["en"])    # load dateparser's data once
    start = time.perf_counter()
    for text in sample:
        search_dates(text, languages=["en"])
    return size / (time.perf_counter() - start), size


def regex_ceiling(records: list[dict]) -> float:
    """One compiled pattern (digits, month and weekday names) over every text: bytes per second."""
    pattern = re.compile(r"\d+|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
                         r"[a-z]*\b")
    texts = [r["text"] for r in records]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for text in texts:
            for _ in pattern.finditer(text):
                pass
        best = min(best, time.perf_counter() - start)
    return text_bytes(records) / best


def agreeing_story_check(sizes: tuple[int, ...], repeat: int) -> list[dict]:
    """For one all-agreeing story of each size: the time to extract its claims and the time to compare them
    (alignment and rules, :func:`checker.story.compare_claims`); comparing must grow with the distinct
    values, not the articles, so the story costs about its extraction."""
    from checker.facts import extract_claims
    from checker.pack import load_pack
    from checker.story import compare_claims
    from checker.resources import default_rules_dir

    pack = load_pack(default_rules_dir())
    rows = []
    for n in sizes:
        docs = agreeing_story(n)
        extract, compare = float("inf"), float("inf")
        for _ in range(max(repeat, 3)):
            start = time.perf_counter()
            claims = [c for doc in docs for c in extract_claims(doc, pack)]
            extract = min(extract, time.perf_counter() - start)
            start = time.perf_counter()
            aligned, findings = compare_claims(claims, pack)
            compare = min(compare, time.perf_counter() - start)
        rows.append({"articles": n, "claims": len(aligned), "findings": len(findings), "extract": extract,
                     "whole": extract + compare, "compare": compare})
    return rows


def start_up_costs() -> dict[str, float]:
    """Seconds until 2 fresh worker processes have each run one trivial task, by start method (fork
    inherits the parent's imports and gazetteer; spawn imports checker again in every worker)."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    from checker import engine

    engine.warm_up()
    out = {}
    for method in ("fork", "spawn"):
        if method not in mp.get_all_start_methods():
            continue
        start = time.perf_counter()
        with ProcessPoolExecutor(2, mp_context=mp.get_context(method), initializer=engine._init_worker,
                                 initargs=(None,)) as pool:
            list(pool.map(abs, [1, 2]))
        out[method] = time.perf_counter() - start
    return out


def stage_split(corpus: Path, repeat: int) -> dict[str, float]:
    """Wall-clock seconds by stage of one in-process run (best of ``repeat``), timed around the stages'
    entry points rather than under a profiler, which slows pure Python more than regular expressions.
    The extractors (``checker/mentions/``) are timed where the fact stage calls them (the timer adds a
    little to their share)."""
    from checker.engine import warm_up
    from checker.facts import accept, claims as facts
    from checker.formats import RenderOptions, renderer
    from checker.pack import load_pack
    from checker.story import compare_claims
    from checker.model.report import Report
    from checker.resources import default_rules_dir
    from checker.sources import group_stories, load_documents

    warm_up()
    spent = {"mentions": 0.0}
    # The extractors and the helpers of checker/mentions/ that the fact stage calls.
    where = {"extract_mentions": facts, "quantity_interval": facts, "parse_name_list": facts,
             "parse_name_list_before": facts, "following_words": accept}
    originals = {name: getattr(module, name) for name, module in where.items()}

    def timed(function):
        def call(*args, **kwargs):
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent["mentions"] += time.perf_counter() - start
        return call

    best: dict[str, float] = {}
    for name, function in originals.items():
        setattr(where[name], name, timed(function))
    try:
        for _ in range(repeat):
            spent["mentions"] = 0.0
            t0 = time.perf_counter()
            pack = load_pack(default_rules_dir())
            docs = load_documents([corpus])
            t1 = time.perf_counter()
            claims, findings, extract, compare = [], [], 0.0, 0.0
            for story in group_stories(docs).values():
                start = time.perf_counter()
                story_claims = [c for doc in story for c in facts.extract_claims(doc, pack)]
                mid = time.perf_counter()
                aligned, found = compare_claims(story_claims, pack)
                extract, compare = extract + mid - start, compare + time.perf_counter() - mid
                claims += aligned
                findings += found
            t2 = time.perf_counter()
            renderer("json")(Report(docs, claims, findings, pack), RenderOptions())
            t3 = time.perf_counter()
            run = {"loading (rule pack, articles)": t1 - t0, "extractors (checker/mentions/)": spent["mentions"],
                   "fact stage (facts/, text.py)": extract - spent["mentions"],
                   "alignment and rules": compare, "JSON report": t3 - t2, "total in process": t3 - t0}
            if not best or run["total in process"] < best["total in process"]:
                best = run
    finally:
        for name, function in originals.items():
            setattr(where[name], name, function)
    return best


# ------------------------------------------------------------------------------------------------ main
def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="checker throughput benchmark")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL corpus (default: ECB+)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the best is kept")
    parser.add_argument("--quick", action="store_true", help="one run per figure, no profile (a smoke test)")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus} (the ECB+ corpus lives in ../shared/corpora)")
    repeat = 1 if args.quick else max(1, args.repeat)
    records = read_records(args.corpus)
    size = text_bytes(records)
    stories = len({r.get("story") for r in records})
    print(f"corpus {args.corpus.name}: {len(records)} articles, {stories} stories, {size / 1e6:.2f} MB of text; "
          f"best of {repeat} run{'s' if repeat > 1 else ''} per figure; {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f} at the start")

    print(compile_bytecode())
    naive, naive_size = naive_rate(records)
    ceiling = regex_ceiling(records)
    corpora = {scale: scaled_corpus(args.corpus, records, scale) for scale in SCALES}

    runs: dict[str, list[Run]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        outs = {key: Path(tmp) / f"{key}.json" for key in ("1x", "2x", "4x", "8x", "8x-jobs2")}
        # Rounds rather than runs in a row, so that a burst of other work on the machine does not spoil
        # every run of one figure; the 1-job and 2-job runs of the 8x corpus alternate for the same reason.
        for _ in range(repeat):
            for scale in SCALES:
                runs.setdefault(f"{scale}x", []).append(run_report(corpora[scale], outs[f"{scale}x"]))
                if scale == 8:
                    runs.setdefault("8x-jobs2", []).append(run_report(corpora[8], outs["8x-jobs2"], "--jobs", "2"))
        same = outs["8x-jobs2"].read_bytes() == outs["8x"].read_bytes()
    times = {scale: best(runs[f"{scale}x"]).seconds for scale in SCALES}
    peaks = {scale: max(r.peak_mb for r in runs[f"{scale}x"]) for scale in SCALES}
    jobs2_run = best(runs["8x-jobs2"])
    jobs2, jobs2_peak = jobs2_run.seconds, max(r.peak_mb for r in runs["8x-jobs2"])
    start_up = start_up_costs()
    agree = agreeing_story_check((125, 250, 500), repeat)
    split = stage_split(args.corpus, repeat)

    rate = size / times[1] / 1e6
    per_mb = {scale: times[scale] / (size * scale / 1e6) for scale in SCALES}
    scaling = per_mb[8] / per_mb[1]
    speedup = times[8] / jobs2
    vs_naive = rate * 1e6 / naive

    print()
    print("baselines")
    print(f"  naive: dateparser.search.search_dates per text    {naive / 1e3:8.1f} KB/s   "
          f"(a sample: the first {naive_size / 1e3:.0f} KB of articles)")
    print(f"  ceiling: one compiled regex pass over every text  {ceiling / 1e6:8.2f} MB/s")
    print()
    print("checker report CORPUS --format json -o FILE (child process, end to end)")
    print(f"  {'corpus':<11} {'articles':>8} {'MB':>7} {'seconds':>8} {'MB/s':>6} {'s per MB':>9} {'vs 1x':>6} "
          f"{'peak MB':>8} {'CPU s':>6} {'others':>7}")
    for key in [f"{scale}x" for scale in SCALES] + ["8x-jobs2"]:
        scale = int(key.split("x")[0])
        run = best(runs[key])
        peak = max(r.peak_mb for r in runs[key])
        print(f"  {key.replace('-jobs2', ' -j 2'):<11} {len(records) * scale:>8} {size * scale / 1e6:>7.2f} "
              f"{run.seconds:>8.2f} {size * scale / run.seconds / 1e6:>6.2f} {run.seconds / (size * scale / 1e6):>9.3f} "
              f"{run.seconds / (size * scale / 1e6) / per_mb[1]:>6.2f} {peak:>8} {run.cpu:>6.1f} {run.others:>7.1f}")
    print("  (best of the runs; CPU s = the run's own CPU time, workers included; others = CPU seconds that other")
    print("  processes on the machine used during that run: a large figure means the run shared the cores)")
    print(f"  8x --jobs 2: {speedup:.2f}x faster than 1 job, output identical: {'yes' if same else 'NO'}, "
          f"largest process peaked at {jobs2_peak} MB")
    print("  worker start-up (2 processes, one trivial task each): "
          + ", ".join(f"{m} {s:.2f} s" for m, s in start_up.items()))
    print()
    print("one story of N articles that all agree (in process; compare = alignment and rules)")
    print(f"  {'articles':>8} {'claims':>7} {'findings':>8} {'extract s':>10} {'story s':>8} {'compare s':>10} "
          f"{'story/extract':>14}")
    for row in agree:
        print(f"  {row['articles']:>8} {row['claims']:>7} {row['findings']:>8} {row['extract']:>10.3f} "
              f"{row['whole']:>8.3f} {row['compare']:>10.3f} {row['whole'] / row['extract']:>14.2f}")
    inside = split.pop("total in process")
    print()
    print(f"where the time goes on 1x (in process, best of {repeat}; start-up = the end-to-end time less this)")
    for name, seconds in [("start-up: interpreter, imports, gazetteer", max(times[1] - inside, 0.0))] + list(split.items()):
        print(f"  {name:<44} {seconds:6.2f} s {seconds / times[1]:6.1%}")
    print("  (benchmarks/profile_run.py profiles the same run function by function)")
    print()
    agree_ratio = agree[-1]["whole"] / agree[-1]["extract"]
    print("targets")
    print(f"  end to end >= {TARGET_MBS:.1f} MB/s                 {rate:6.2f} MB/s  {verdict(rate >= TARGET_MBS)}")
    print(f"  >= {TARGET_VS_NAIVE:.0f}x the naive pipeline            {vs_naive:6.1f}x      "
          f"{verdict(vs_naive >= TARGET_VS_NAIVE)}")
    print(f"  8x time per MB within 20 % of 1x       {scaling:6.2f}       {verdict(scaling <= TARGET_SCALING)}")
    print(f"  peak memory on 8x < 1 GB               {peaks[8]:6d} MB    {verdict(peaks[8] < TARGET_PEAK_MB)}")
    print(f"  --jobs 2 >= {TARGET_JOBS2}x faster on 8x            {speedup:6.2f}x      "
          f"{verdict(speedup >= TARGET_JOBS2 and same)}")
    print(f"  500 agreeing articles ~ extraction     {agree_ratio:6.2f}x      {verdict(agree_ratio <= 1.2)}")
    print(f"throughput: MB/s={rate:.2f} vs_naive={vs_naive:.1f}x scaling_8x={scaling:.2f} peak_MB={peaks[8]} "
          f"jobs2_speedup={speedup:.2f}")


if __name__ == "__main__":
    if shutil.which("checker") is None and not Path(sys.executable).with_name("checker").exists():
        print("note: no `checker` script beside this Python; running `python -m checker.cli`", file=sys.stderr)
    main()
