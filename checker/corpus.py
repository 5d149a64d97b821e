"""Which files of a corpus folder are articles: not the reports checker itself wrote there, nor the file the
run writes (``-o``); and a guard so that ``-o`` never overwrites an article.

A newsroom that writes its reports beside its articles (``checker report news -o news/report.md``) must not
find them read back as articles on the next run, where they would quote every claim a second time.
checker's own outputs are recognised by how they begin: each format opens the same way whatever the corpus.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from checker.errors import InputError

# How each output format of checker opens (the first 2 KB of the file are read).
_OWN = re.compile(
    r"\A\s*(?:"
    r"\{\s*\"(?:schema\"\s*:\s*\"checker-|\$schema\"\s*:\s*\"[^\"]*sarif)"          # JSON report, baseline, SARIF
    r"|\[\s*\{\s*\"source\"\s*:\s*\"[^\"]*\"\s*,\s*\"fact\"\s*:"                     # JSON fact table
    r"|# Consistency report\n"                                                       # Markdown
    r"|<!DOCTYPE html>\s*<html[^>]*>\s*<head>(?:\s*<meta[^>]*>)*\s*<title>Consistency report</title>"   # HTML
    r"|\d+ articles?, \d+ stor(?:y|ies), \d+ claims?[:.,]"                           # console
    r"|(?:id,story,fact,rule,severity|story,source,fact,text,start,end),"           # CSV report, fact table
    r"|<\?xml[^>]*>\s*<testsuites name=\"checker\""                                   # JUnit
    r"|::(?:error|warning|notice) file="                                             # GitHub annotations
    r"|\u250f\u2501"                                                                   # fact table (console)
    r")")
_HEAD = 2048


def is_own_output(path: Path) -> bool:
    """Whether ``path`` is a report, fact table or baseline that checker wrote (not an article)."""
    try:
        with path.open("rb") as stream:
            head = stream.read(_HEAD)
    except OSError:
        return False
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return own_text(head.decode("utf-8", errors="replace"))


def own_text(text: str) -> bool:
    """Whether a file's text opens as one of checker's outputs does."""
    return bool(_OWN.match(text[:_HEAD]))


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def within(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except (OSError, ValueError):
        return False


def guard_output(output: str | Path | None, paths: Iterable[str | Path], suffixes: tuple[str, ...]) -> Path | None:
    """The file ``-o`` names, when it lies among the inputs (to be left out of them), else None. Raises
    :class:`InputError` when writing it would overwrite an article of the corpus."""
    if output in (None, "-"):
        return None
    target = Path(output)
    inside = [p for p in map(Path, paths) if same_file(p, target) or (p.is_dir() and within(target, p))]
    if not inside:
        return None
    is_article = target.suffix.lower() in suffixes and target.is_file() and target.stat().st_size > 0
    if is_article and not is_own_output(target):
        raise InputError(f"-o {output} is an article of the corpus; refusing to overwrite it "
                         "(write the report outside the corpus folder)")
    return target
