"""Write files so that a crash never leaves a half-written one behind.

Every output (reports, baselines, review files) goes to a temporary file in the same folder, is flushed and
fsynced, and is then renamed over the target: readers see either the old file or the new one.
"""

from __future__ import annotations

import glob
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

try:                                   # POSIX advisory locks; elsewhere re-reading before a write remains
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` atomically (temporary file, fsync, rename)."""
    atomic_write_bytes(path, text.encode(encoding))


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (temporary file, fsync, rename)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(target), suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:                           # keep the old file's mode; a new file gets the usual 0666 - umask
            os.chmod(tmp, target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask())
        except OSError:
            pass
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _temp_prefix(target: Path) -> str:
    return f".{target.name}."


def lock_path(path: str | os.PathLike[str]) -> Path:
    """The sidecar lock file of ``path``: ``.NAME.lock`` in the same folder (hidden; keep it out of git)."""
    target = Path(path)
    return target.with_name(f".{target.name}.lock")


@contextmanager
def exclusive_lock(path: str | os.PathLike[str]) -> Iterator[None]:
    """Hold an advisory lock on ``path``'s sidecar lock file for a read-modify-write of ``path``.

    Every writer of a shared file (review decisions from two terminals, or two CI jobs) takes it, re-reads
    the file inside it and writes atomically, so no decision is lost. While it is held nobody else writes
    ``path``, so temporary files left by a writer that was killed mid-write are removed."""
    target = Path(path)
    fd = os.open(lock_path(target), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
            _remove_stale_temps(target)    # only safe while no other writer can be at work
        yield
    finally:
        os.close(fd)                   # closing the descriptor releases the lock


def _remove_stale_temps(target: Path) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    for stale in folder.glob(f"{glob.escape(_temp_prefix(target))}*.tmp"):
        try:
            stale.unlink()
        except OSError:
            pass
