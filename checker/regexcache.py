"""Compiled regular expressions kept between runs, and the cache folder they share with the loaded pack.

Python compiles a pattern in Python code (parse, then code generation) and hands the code to its C engine;
for the date forms' patterns (25 kB of source) that takes about 80 ms, on every start of every process. The
engine's code, a list of integers, depends only on the source, the flags and Python's own ``re``: it is kept
under a key made of those (Python's version and the engine's magic number) and handed back to the engine
(``_sre.compile``, as ``re`` itself does) on the next run, which takes well under a millisecond. The engine
checks the code it is given; a cache file that is missing, damaged or refused is only a miss, and anything
unexpected about ``re``'s internals falls back to ``re.compile``.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
from pathlib import Path

from checker.atomic import atomic_write_bytes

try:
    import _sre
    from re import _compiler as _sre_compile, _parser as _sre_parse      # Python 3.11 and later
except ImportError:                                                       # pragma: no cover - Python 3.10
    import sre_compile as _sre_compile                                    # type: ignore[no-redef]
    import sre_parse as _sre_parse                                        # type: ignore[no-redef]

_FORMAT = "checker-regex-cache/1"


def cache_dir() -> Path | None:
    """Where packs and patterns are cached: ``$CHECKER_CACHE_DIR``, else ``$XDG_CACHE_HOME/checker``, else
    ``~/.cache/checker``; None when the cache is off (``CHECKER_CACHE_DIR=``, empty)."""
    named = os.environ.get("CHECKER_CACHE_DIR")
    if named is not None:
        return Path(named) if named else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "checker"


def _engine(source: str, flags: int, code: list[int], all_flags: int, groups: int,
            groupindex: dict[str, int]) -> re.Pattern:
    """The pattern made from its engine code, as ``re``'s own compile makes it."""
    indexgroup: list[str | None] = [None] * groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return _sre.compile(source, all_flags, code, groups - 1, groupindex, tuple(indexgroup))


def compiled(source: str, flags: int = 0) -> re.Pattern:
    """``re.compile(source, flags)``, its engine code read from the cache when this Python compiled it before."""
    where = cache_dir()
    if where is None or flags & re.DEBUG:
        return re.compile(source, flags)
    stamp = f"{_FORMAT}\0{sys.version}\0{getattr(_sre, 'MAGIC', '')}\0{flags}\0"
    key = hashlib.sha256((stamp + source).encode("utf-8", "surrogatepass")).hexdigest()
    path = where / "regex" / f"{key}.marshal"
    try:
        return _engine(source, flags, *marshal.loads(path.read_bytes()))
    except Exception:  # noqa: BLE001 - a missing, damaged or outdated cache file is only a cache miss
        pass
    try:
        parsed = _sre_parse.parse(source, flags)
        code = [int(c) for c in _sre_compile._code(parsed, flags)]
        entry = (code, int(flags | parsed.state.flags), parsed.state.groups, dict(parsed.state.groupdict))
        pattern = _engine(source, flags, *entry)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - re's internals are not what they were: compile as usual
        return re.compile(source, flags)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, marshal.dumps(entry))
    except (OSError, ValueError):
        pass
    return pattern
