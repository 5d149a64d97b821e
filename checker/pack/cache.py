"""The loaded pack, kept between runs: reading the YAML files, validating them with JSON Schema (whose import
alone takes about 0.15 s) and building the facts and rules is the same work on every run of the same pack.

A pack that loaded without error is pickled to the cache folder under a key made of its files' names and
bytes, the folder as named (the pack keeps it, and the files' locations) and the stamp of checker's own code
(version, and size and modification time of every module), so editing a rule file or upgrading checker
never reads a stale pack. A pack with an error is never cached: its error is reported as before. The folder
is ``$CHECKER_CACHE_DIR``, else ``$XDG_CACHE_HOME/checker``, else ``~/.cache/checker``; ``CHECKER_CACHE_DIR=``
(empty) turns the cache off. A cache that cannot be read or written is passed over silently.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from pathlib import Path
from typing import Callable

import checker
from checker.atomic import atomic_write_bytes
from checker.model.pack import Pack
from checker.regexcache import cache_dir

_FORMAT = b"checker-pack-cache/1"


def _code_stamp() -> bytes:
    """checker's version and the size and modification time of each of its modules."""
    root = Path(checker.__file__).parent
    parts = [checker.__version__, sys.version]
    for path in sorted(root.rglob("*.py")):
        stat = path.stat()
        parts.append(f"{path.relative_to(root)}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\n".join(parts).encode()


def pack_key(folder: str | Path, files: list[Path]) -> str:
    digest = hashlib.sha256(_FORMAT)
    digest.update(_code_stamp())
    digest.update(str(folder).encode("utf-8", "surrogateescape"))
    for file in files:
        digest.update(b"\0" + str(file).encode("utf-8", "surrogateescape") + b"\0")
        digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


def cached_pack(folder: str | Path, files: list[Path], build: Callable[[], Pack]) -> Pack:
    """The pack of ``files`` in ``folder``: from the cache when these very files were loaded before by this
    very code, else ``build()`` (whose errors propagate), cached for the next run."""
    where = cache_dir()
    if where is None:
        return build()
    try:
        path = where / f"pack-{pack_key(folder, files)}.pickle"
    except OSError:
        return build()
    try:
        pack = pickle.loads(path.read_bytes())
        if isinstance(pack, Pack):
            return pack
    except Exception:  # noqa: BLE001 - a missing, damaged or outdated cache file is only a cache miss
        pass
    pack = build()
    try:
        where.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, pickle.dumps(pack, protocol=pickle.HIGHEST_PROTOCOL))
    except (OSError, pickle.PicklingError):
        pass
    return pack
