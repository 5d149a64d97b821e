"""Profile ``checker report CORPUS --format json`` in one process and say where the time goes.

    python benchmarks/profile_run.py [CORPUS] [--top N] [--json]

Prints the top of the cProfile profile (by cumulative time) and the split by stage, in particular the share
of the time spent in ``checker/mentions/`` (the extractors) against everything else. With ``--json`` it
prints the split as one JSON object instead (benchmarks/throughput.py uses that). cProfile slows pure
Python code more than C code, so the shares are indicative; the wall-clock figures come from throughput.py.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "ecbplus.jsonl"
MENTIONS = os.sep + os.path.join("checker", "mentions") + os.sep


def _in_mentions(func: tuple) -> bool:
    return MENTIONS in func[0]


def _is_import(func: tuple) -> bool:
    """The import machinery, which runs a module's code: ``builtins.exec`` and importlib's frames."""
    return func[0] == "~" and "builtins.exec" in func[2] or func[0].startswith("<frozen importlib")


def _relative(filename: str) -> str:
    """A file of checker as "checker/facts/claims.py" (other files: their name)."""
    parts = Path(filename).parts
    return "/".join(parts[len(parts) - 1 - parts[::-1].index("checker"):]) if "checker" in parts else Path(filename).name


def _where(func: tuple, part: str, name: str | None = None) -> bool:
    return func[0].endswith(part) and (name is None or func[2] == name)


def split(stats: pstats.Stats, total: float) -> dict[str, float]:
    """Seconds by stage. The extractors' time is the time of every call into ``checker/mentions/`` from
    outside it; the other stages are the inclusive times of their entry points, less what they spent in the
    extractors. A module's import is no call from outside: the extractor modules that the fact stage imports
    are start-up, and those imported at the first extraction count with that call (counting the import as
    well would count it twice, once more for each module that imports another)."""
    raw = stats.stats  # type: ignore[attr-defined]
    mentions_from: dict[str, float] = {}
    for func, (_, _, _, _, callers) in raw.items():
        if not _in_mentions(func):
            continue
        for caller, edge in callers.items():
            if not _in_mentions(caller) and not (func[2] == "<module>" and _is_import(caller)):
                key = _relative(caller[0])
                mentions_from[key] = mentions_from.get(key, 0.0) + edge[3]
    mentions = sum(mentions_from.values())

    def cum(part: str, name: str) -> float:
        return sum(v[3] for f, v in raw.items() if _where(f, part, name))

    def cum_any(part: str, names: tuple[str, ...]) -> float:
        return sum(v[3] for f, v in raw.items() if f[0].endswith(part) and f[2] in names)

    extract = cum("checker/facts/claims.py", "extract_claims")
    from_facts = sum(v for k, v in mentions_from.items() if k.startswith("checker/facts/"))
    analyse = cum("checker/story.py", "analyse_story")
    align = cum("checker/align.py", "align_story")
    rules = sum(v[3] for f, v in raw.items() if os.sep + "kinds" + os.sep in f[0] and f[2] == "check")
    out = {
        "total": total,
        "mentions (extractors, checker/mentions/)": mentions,
        "facts (checker/facts/, text.py, less extractors)": extract - from_facts,
        "alignment (align.py, less extractors)": align - mentions_from.get("checker/align.py", 0.0),
        "rule kinds (kinds/)": rules,
        "loading (sources, pack)": cum("checker/sources.py", "load_documents") + cum("checker/pack/loader.py", "load_pack"),
        "JSON rendering and writing": cum_any("checker/formats/jsonfmt.py", ("render",))
        + cum("checker/cli_options.py", "write_output"),
    }
    other = analyse - extract - align - rules
    out["story bookkeeping (pipeline)"] = max(other, 0.0)
    known = sum(v for k, v in out.items() if k != "total")
    out["start-up, imports and the rest"] = max(total - known, 0.0)
    return out


def profile(corpus: Path) -> tuple[pstats.Stats, float]:
    """Run the command line in this process under cProfile (imports included)."""
    with tempfile.TemporaryDirectory() as tmp:
        argv = ["report", str(corpus), "--format", "json", "-o", str(Path(tmp) / "report.json")]
        profiler = cProfile.Profile()
        start = time.perf_counter()
        profiler.enable()
        try:
            from checker.cli import main

            main(argv)
        except SystemExit as exc:
            if exc.code not in (0, None):
                raise
        finally:
            profiler.disable()
        total = time.perf_counter() - start
    return pstats.Stats(profiler, stream=io.StringIO()), total


def top(stats: pstats.Stats, n: int) -> str:
    stream = io.StringIO()
    stats.stream = stream  # type: ignore[attr-defined]
    stats.sort_stats("cumulative").print_stats(n)
    lines = stream.getvalue().splitlines()
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls")), 0)
    return "\n".join(line.replace(str(REPO) + os.sep, "") for line in lines[start:] if line.strip())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--json", action="store_true", help="print the split as JSON only")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus}")
    stats, total = profile(args.corpus)
    parts = split(stats, total)
    if args.json:
        print(json.dumps(parts))
        return
    print(f"cProfile of `checker report {args.corpus.name} --format json -o …` ({total:.2f} s under the profiler)")
    print(top(stats, args.top))
    print()
    print("where the time goes (seconds under the profiler, share of the run):")
    for name, seconds in parts.items():
        if name != "total":
            print(f"  {name:<52} {seconds:6.2f} s  {seconds / total:6.1%}")


if __name__ == "__main__":
    main()
