"""Load articles from files and folders into :class:`Document` objects, grouped into stories.

Formats: ``.txt``; ``.md`` with optional YAML front matter (``title``, ``outlet``, ``url``, ``published``,
``story``); ``.html``/``.htm`` (visible text only); ``.json`` (one article object or a list of them) and
``.jsonl`` (one article per line: ``id``, ``story``, ``outlet``, ``url``, ``published``, ``title``, ``text``).

A story is the unit within which claims are compared: the ``story`` field where a record has one, otherwise
the folder the file sits in. Ids are file names without extension (or the record's ``id``), and must be unique
within a run. Problems that make an article unusable are warnings when the file was found by walking a folder
and errors when the user named the file; a run with no usable article at all is an error.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable, Iterable

import yaml

from checker.corpus import own_text, same_file
from checker.errors import InputError
from checker.model.documents import Document

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
Warn = Callable[[str], None]


def _ignore(_: str) -> None:
    return None


def load_documents(paths: Iterable[str | Path], warn: Warn = _ignore, root: Path | None = None,
                   exclude: Path | None = None) -> list[Document]:
    """Load every article under ``paths`` (files or folders, recursively), in a stable order; not ``exclude``
    (the file the run writes) nor the reports checker wrote into a folder (see :mod:`checker.corpus`)."""
    docs: list[Document] = []
    seen: dict[str, str] = {}
    any_path = False
    for raw in paths:
        any_path = True
        path = Path(raw)
        if not path.exists():
            raise InputError(f"no such file or folder: {raw}")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _is_article(p, path)
                           and not (exclude is not None and same_file(p, exclude)))
            if not files:
                raise InputError(f"no articles found in folder {raw} (looked for {', '.join(ARTICLE_SUFFIXES)})")
            for file in files:
                docs.extend(_load_file(file, path, warn, named=False, root=root))
        else:
            if path.suffix.lower() not in ARTICLE_SUFFIXES:
                raise InputError(f"{raw}: unsupported file type {path.suffix or '(none)'}; "
                                 f"expected one of {', '.join(ARTICLE_SUFFIXES)}")
            docs.extend(_load_file(path, path.parent, warn, named=True, root=root))
    if not any_path:
        raise InputError("no input paths given")
    if not docs:
        raise InputError("no usable articles in the given paths")
    for doc in docs:
        if doc.id in seen:
            raise InputError(f"two articles have the id {doc.id!r}: {seen[doc.id]} and {doc.path}; "
                             "rename one of the files (ids are file names without extension)")
        seen[doc.id] = doc.path
    return docs


def group_stories(docs: Iterable[Document]) -> dict[str, list[Document]]:
    """Documents by story, stories and documents in first-seen order."""
    stories: dict[str, list[Document]] = {}
    for doc in docs:
        stories.setdefault(doc.story, []).append(doc)
    return stories


def _is_article(path: Path, top: Path) -> bool:
    rel = path.relative_to(top)
    if any(part.startswith(".") for part in rel.parts):
        return False
    return path.suffix.lower() in ARTICLE_SUFFIXES


def _display_path(path: Path, top: Path, root: Path | None) -> str:
    """Paths as a user (and a SARIF viewer) expects them: relative to the working folder where possible,
    else relative to the folder above the one the user named."""
    for base in ([root] if root else []) + [Path.cwd(), top.parent]:
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return path.as_posix()


def _story_of(path: Path, top: Path) -> str:
    """One folder = one story: the folder's path relative to the folder the user named (or its name)."""
    parent = path.parent
    try:
        rel = parent.resolve().relative_to(top.resolve())
    except ValueError:
        rel = Path()
    name = top.resolve().name or "corpus"
    return name if str(rel) in ("", ".") else f"{name}/{rel.as_posix()}"


def _load_file(path: Path, top: Path, warn: Warn, named: bool, root: Path | None) -> list[Document]:
    """Read one file; unusable files raise when named by the user, warn and yield nothing otherwise."""
    try:
        text = _read_text(path, warn)
        if own_text(text):
            if named:
                raise InputError(f"{path}: a report checker wrote, not an article")
            return []                           # a report written into the corpus folder is not read back
        suffix = path.suffix.lower()
        display = _display_path(path, top, root)
        story = _story_of(path, top)
        if suffix == ".jsonl":
            return _from_jsonl(text, path, display, story, warn)
        if suffix == ".json":
            return _from_json(text, path, display, story, warn)
        if suffix in (".md", ".markdown"):
            body, front = _split_front_matter(text, path, warn)
            offset = text[:len(text) - len(body)].count("\n")
            return [_document(front, body, path.stem, display, story, path, line_offset=offset)]
        if suffix in (".html", ".htm"):
            return [_document({"title": None}, html_to_text(text), path.stem, display, story, path,
                              line_offset=None)]
        return [_document({}, text, path.stem, display, story, path)]
    except InputError as exc:
        if named:
            raise
        warn(f"skipping {exc}")
        return []


def _read_text(path: Path, warn: Warn) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file, not an article")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        warn(f"{path}: not valid UTF-8 (byte {exc.start}); read as Windows-1252, check the quotes")
        return data.decode("cp1252", errors="replace")


_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?\n?", re.S | re.M)


def _split_front_matter(text: str, path: Path, warn: Warn = _ignore) -> tuple[str, dict]:
    """Markdown front matter, if any. The body keeps its own offsets (front matter removed). Broken front
    matter loses its metadata, not the article: a warning, and the body read on its own."""
    match = _FRONT.match(text)
    if not match:
        return text, {}
    try:
        front = yaml.safe_load(match.group(1)) or {}
    except RecursionError:
        warn(f"{path}: front matter is nested too deeply; the article is read without it")
        return text[match.end():], {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f":{line + 2}" if line is not None else ""
        warn(f"{path}{where}: front matter is not valid YAML; the article is read without it")
        return text[match.end():], {}
    if not isinstance(front, dict):
        warn(f"{path}:2: front matter is not a mapping of keys to values; the article is read without it")
        return text[match.end():], {}
    return text[match.end():], front


def _from_jsonl(text: str, path: Path, display: str, story: str, warn: Warn) -> list[Document]:
    """One article per line. A broken line (bad JSON, no text, a bad date) loses that record only: the others
    are kept, and one warning says how many were lost and where."""
    stem = path.stem
    docs: list[Document] = []
    lost: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line or line.isspace():          # as ``not line.strip()``, without copying every line
            continue
        try:
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as exc:
                raise InputError(f"line {number}: not valid JSON ({getattr(exc, 'msg', 'nested too deeply')})") from None
            if not isinstance(record, dict):
                raise InputError(f"line {number}: each line must be a JSON object")
            docs.append(_record_document(record, f"{stem}-{number}", f"{display}:{number}", story,
                                         f"line {number}"))
        except InputError as exc:
            lost.append(str(exc))
    return _kept(docs, lost, path, warn)


def _kept(docs: list[Document], lost: list[str], path: Path, warn: Warn) -> list[Document]:
    """The usable records of a file of several; the lost ones said in one line (an error when none is left)."""
    if not lost:
        return docs
    shown = "; ".join(lost[:3]) + ("; …" if len(lost) > 3 else "")
    if not docs:
        raise InputError(f"{path}: no usable record ({shown})")
    warn(f"{path}: {len(lost)} of {len(lost) + len(docs)} records lost, the others kept ({shown})")
    return docs


def _from_json(text: str, path: Path, display: str, story: str, warn: Warn) -> list[Document]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise InputError(f"{path}: not valid JSON (nested too deeply)") from None
    if not isinstance(data, list):
        if not isinstance(data, dict):
            raise InputError(f"{path}: expected an article object or a list of them")
        return [_record_document(data, path.stem, display, story, str(path))]
    docs: list[Document] = []
    lost: list[str] = []
    for index, record in enumerate(data, start=1):
        try:
            if not isinstance(record, dict):
                raise InputError(f"record {index}: expected an article object")
            default_id = path.stem if len(data) == 1 else f"{path.stem}-{index}"
            docs.append(_record_document(record, default_id, display, story, f"record {index}"))
        except InputError as exc:
            lost.append(str(exc))
    return _kept(docs, lost, path, warn)


def _record_document(record: dict, default_id: str, display: str, story: str, where: str) -> Document:
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: the record has no 'text' string")
    rid = record.get("id")
    doc_id = str(rid) if rid not in (None, "") else default_id
    rstory = record.get("story")
    return _document(record, text, doc_id, display, str(rstory) if rstory not in (None, "") else story, where,
                     line_offset=None)


def _document(meta: dict, text: str, doc_id: str, display: str, story: str, where: object,
              line_offset: int | None = 0) -> Document:
    story_override = meta.get("story")
    kept = dict(meta)                # the metadata without the text (a copy, then one key out: the same order)
    kept.pop("text", None)
    title = _opt_str(meta.get("title"))
    headline = 0
    if title and _headline_missing(title, text):
        # The headline is read with the article (many counts and places are only there): it opens the text,
        # on its own line; file locations subtract it again.
        text = title.strip() + "\n\n" + text
        headline = len(title.strip()) + 2
    return Document(
        id=doc_id,
        path=display,
        text=text,
        story=_opt_str(story_override) or story,
        title=_opt_str(meta.get("title")),
        outlet=_opt_str(meta.get("outlet")),
        url=_opt_str(meta.get("url")),
        published=parse_published(meta.get("published"), where),
        meta=kept,
        line_offset=line_offset,
        headline=headline,
    )


def _headline_missing(title: str, text: str) -> bool:
    """Whether the body does not already open with the headline (a Markdown "# Headline")."""
    first = text.lstrip().split("\n", 1)[0].lstrip("#").strip().lower()
    return first != title.strip().lower()


def _opt_str(value: object) -> str | None:
    """A metadata value as text; a list or mapping (YAML front matter may hold one, even one that refers to
    itself or expands its aliases a billion times) is none."""
    if value in (None, "") or not isinstance(value, (str, int, float, dt.date)):
        return None
    return str(value)


def parse_published(value: object, where: object = "") -> dt.date | None:
    """A publication date from front matter or JSON: a date, a datetime or an ISO string."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, (str, int, float)):
        raise InputError(f"{where}: 'published' must be an ISO date such as 2025-09-03, not a {type(value).__name__}")
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(f"{where}: 'published' must be an ISO date such as 2025-09-03, not {text[:40]!r}") from None


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page, block elements on their own lines."""

    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "title"}
    SKIP = {"script", "style", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "pre":
            self.open.append(tag)
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre" and self.open:
            self.open.pop()
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:                   # a line break in the markup is a space on the page
            self.parts.append(data if self.open else re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    """The readable text of an HTML article; offsets in reports refer to this text."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" ?\n ?", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
