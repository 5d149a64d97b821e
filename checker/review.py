"""Review decisions: what an editor decided about each finding, kept in a plain YAML file meant for git.

The review file (default ``checker-reviews.yml`` in the corpus folder) maps finding ids to decisions::

    schema: checker-reviews/1
    reviews:
      559db96b3b4e:
        status: dismissed            # open | confirmed | dismissed | different-event | corrected
        note: the Tuesday meeting was the ministers' one
        reviewer: Ada Lovelace
        at: '2025-09-05T10:12:00Z'   # UTC
        evidence: 3f2a9c0d1e2b4a5f   # Finding.evidence() when the decision was taken
        conflict: 8749a1f85e5e       # Finding.conflict_key(): the values in conflict, without sources
        finding: 'date-conflict: 000_x (a Thursday) vs 003_y (a Tuesday)'   # for people reading the file

A decision holds while the finding's evidence (its sources, quotes and values) is what the reviewer saw:
when the digest differs, the finding is open again, with a note saying so. That is how a dismissed finding
never comes back unless its evidence changes, even when the quotes change but the values (and so the id)
do not. Entries without ``evidence`` (written by hand) hold regardless. When another article joins a side of
a reviewed conflict its id changes; the decision is found by its ``conflict`` key and the finding shows as
open again, saying whose decision lapsed and why.

Every write takes an advisory lock, re-reads the file, changes one entry and replaces the file atomically,
so two people (or processes) saving decisions one after the other both keep theirs, and a crash mid-write
leaves the previous file intact.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence, TypeVar

import yaml

from checker.atomic import atomic_write_text, exclusive_lock
from checker.errors import CheckerError
from checker.model.findings import Finding
from checker.yamlsrc import YamlDoc, load_yaml

SCHEMA = "checker-reviews/1"
REVIEW_FILE = "checker-reviews.yml"
STATUSES = ("open", "confirmed", "dismissed", "different-event", "corrected")
# Decisions that take a finding out of the default view and out of CI gating. "confirmed" is not among
# them: a confirmed contradiction keeps failing until it is corrected.
SUPPRESSING = frozenset({"dismissed", "different-event", "corrected"})
_KEYS = ("status", "note", "reviewer", "at", "evidence", "conflict", "finding")
_HEADER = ("# checker review decisions, one entry per finding id (see `checker review --help`).\n"
           "# status: " + " | ".join(STATUSES) + "; keep this file in git.\n")

T = TypeVar("T")


@dataclass(frozen=True)
class Review:
    """One decision about one finding."""

    status: str
    note: str | None = None
    reviewer: str | None = None
    at: str | None = None
    evidence: str | None = None
    conflict: str | None = None
    finding: str | None = None

    def to_yaml(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}


def load_reviews(path: Path) -> dict[str, Review]:
    """The decisions in ``path`` (none if it does not exist). A damaged file raises :class:`ConfigError`
    naming the file and line."""
    path = Path(path)
    if not path.exists():
        return {}
    doc = load_yaml(path)
    data = doc.data
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise doc.error((), f"a review file is a mapping with 'schema' and 'reviews', not {_kind(data)}")
    for key in data:
        if key not in ("schema", "reviews"):
            raise doc.error((key,), f"unknown key {key!r}; a review file has 'schema' and 'reviews'")
    if data.get("schema", SCHEMA) != SCHEMA:
        raise doc.error(("schema",), f"unsupported schema {data['schema']!r}; expected {SCHEMA!r}")
    entries = data.get("reviews") or {}
    if not isinstance(entries, dict):
        raise doc.error(("reviews",), f"'reviews' maps finding ids to decisions, not {_kind(entries)}")
    return {str(key): _review(doc, key, value) for key, value in entries.items()}


def _review(doc: YamlDoc, key: object, value: object) -> Review:
    where = ("reviews", str(key))          # lines are indexed by the key as written
    if not isinstance(key, str):
        raise doc.error(where, f"finding id {key!r} must be a string; quote it: '{key}'")
    if not isinstance(value, dict):
        raise doc.error(where, f"review {key!r}: expected a mapping with {', '.join(_KEYS)}, not {_kind(value)}")
    fields: dict[str, str | None] = {}
    for name, item in value.items():
        if name not in _KEYS:
            raise doc.error(where + (name,), f"review {key!r}: unknown key {name!r}; keys: {', '.join(_KEYS)}")
        if isinstance(item, dt.datetime):          # an unquoted timestamp
            item = _stamp(item)
        elif isinstance(item, dt.date):            # an unquoted date
            item = item.isoformat()
        elif item is not None and (isinstance(item, bool) or not isinstance(item, (str, int, float))):
            raise doc.error(where + (name,), f"review {key!r}: {name!r} must be text, not {_kind(item)}"
                                             + ("; quote it" if isinstance(item, bool) else ""))
        fields[name] = None if item is None else str(item)
    status = fields.get("status")
    if status is None:
        raise doc.error(where, f"review {key!r}: missing 'status' ({', '.join(STATUSES)})")
    if status not in STATUSES:
        raise doc.error(where + ("status",), f"review {key!r}: unknown status {status!r}; "
                                             f"choose one of: {', '.join(STATUSES)}")
    return Review(**fields)  # type: ignore[arg-type]


def _kind(value: object) -> str:
    return {dict: "a mapping", list: "a list", str: "text"}.get(type(value), type(value).__name__)


def dump_reviews(reviews: Mapping[str, Review]) -> str:
    """The review file's text: entries sorted by id, so that its diffs are small and reviewable."""
    body = {"schema": SCHEMA, "reviews": {k: reviews[k].to_yaml() for k in sorted(reviews)}}
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return _HEADER + yaml.dump(body, Dumper=dumper, sort_keys=False, allow_unicode=True, width=1 << 20,
                               default_flow_style=False)


def save_reviews(path: Path, reviews: Mapping[str, Review]) -> None:
    """Replace ``path`` atomically (temporary file, fsync, rename): the old file or the new one, never half."""
    try:
        atomic_write_text(path, dump_reviews(reviews))
    except OSError as exc:
        raise CheckerError(f"cannot write {path}: {exc.strerror or exc}") from None


def update_reviews(path: Path, change: Callable[[dict[str, Review]], T]) -> T:
    """Read-modify-write under the file's lock: re-read ``path``, apply ``change`` to its decisions, save."""
    path = Path(path)
    if not path.parent.is_dir():
        raise CheckerError(f"cannot write {path}: no such folder {path.parent}")
    try:
        with exclusive_lock(path):
            reviews = load_reviews(path)
            result = change(reviews)
            save_reviews(path, reviews)
            return result
    except OSError as exc:                   # the lock file could not be created or locked
        raise CheckerError(f"cannot lock {path}: {exc.strerror or exc}") from None


KEEP = object()          # record(): leave the recorded note as it is


def record(path: Path, finding: Finding, status: str, note: str | None | object = KEEP,
           reviewer: str | None = None, now: dt.datetime | None = None) -> Review:
    """Save one decision about ``finding`` at once. ``note`` omitted keeps the note already recorded;
    an empty note removes it."""
    if status not in STATUSES:
        raise CheckerError(f"unknown status {status!r}; choose one of: {', '.join(STATUSES)}")

    def change(reviews: dict[str, Review]) -> Review:
        old = reviews.get(finding.id)
        kept = old.note if old else None
        review = Review(status=status, note=kept if note is KEEP else (note or None),  # type: ignore[arg-type]
                        reviewer=reviewer, at=_stamp(now or dt.datetime.now(dt.timezone.utc)),
                        evidence=finding.evidence(), conflict=finding.conflict_key(),
                        finding=finding.summary())
        reviews[finding.id] = review
        return review

    return update_reviews(path, change)


def _stamp(moment: dt.datetime) -> str:
    """UTC, to the second, ISO 8601 with a Z: '2025-09-05T10:12:00Z'."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc)
    return moment.replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def apply_reviews(findings: Iterable[Finding], reviews: Mapping[str, Review]) -> list[Finding]:
    """Findings with the status and note of their decisions. A decision taken on other evidence than the
    finding has now (or on the same conflict with other sources) no longer holds: the finding is open
    again, and its note says why."""
    by_conflict = {r.conflict: r for r in reviews.values() if r.conflict and r.status != "open"}
    out = []
    for f in findings:
        review = reviews.get(f.id) or by_conflict.get(f.conflict_key())
        if review is None:
            out.append(f)
        elif review.evidence and review.evidence != f.evidence() and review.status != "open":
            out.append(f.with_status("open", reopened_note(review)))
        else:
            out.append(f.with_status(review.status, review.note))
    return out


def reopened_note(review: Review) -> str:
    who = " by " + review.reviewer if review.reviewer else ""
    when = " on " + review.at[:10] if review.at else ""
    note = f" (note: {review.note})" if review.note else ""
    return f"evidence changed since it was {review.status}{who}{when}{note}"


def default_reviews_path(paths: Sequence[str | Path]) -> Path:
    """``checker-reviews.yml`` in the corpus folder: the first PATH if it is a folder, else the folder of
    the first PATH; the current folder when no PATH is given (the bundled sample corpus is read-only)."""
    if not paths:
        return Path(REVIEW_FILE)
    first = Path(paths[0])
    return (first if first.is_dir() else first.parent) / REVIEW_FILE


def reviewer_name(explicit: str | None = None, where: Path | None = None) -> str:
    """Who decides: ``--reviewer``, else $CHECKER_REVIEWER, else ``git config user.name``, else the login."""
    for name in (explicit, os.environ.get("CHECKER_REVIEWER")):
        if name and name.strip():
            return name.strip()
    try:
        done = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, timeout=2,
                              cwd=where if where and where.is_dir() else None)
        if done.returncode == 0 and done.stdout.strip():
            return done.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def find_finding(findings: Sequence[Finding], wanted: str) -> Finding:
    """The finding with id ``wanted``, or the only one whose id starts with it (at least 4 characters)."""
    wanted = wanted.strip().lower()
    exact = [f for f in findings if f.id == wanted]
    if exact:
        return exact[0]
    matches = [f for f in findings if len(wanted) >= 4 and f.id.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise CheckerError(f"finding id {wanted!r} is ambiguous: {', '.join(f.id for f in matches)}")
    raise CheckerError(f"no finding with id {wanted!r} in these articles (`checker review list` shows them)")
