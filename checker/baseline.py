"""Baselines: the findings a corpus is known to have, so that CI fails only when a new one appears.

``checker baseline -o FILE`` writes every current finding (whatever its review status: the baseline records
what exists, the review file what was decided). The file is JSON, entries sorted by story, fact, rule and
id, one field per line, so that a diff of it reads as "these conflicts appeared, these went away"::

    {
      "schema": "checker-baseline/1",
      "findings": [
        {
          "id": "559db96b3b4e",
          "rule": "date-conflict",
          "severity": "error",
          "fact": "date",
          "story": "sources",
          "conflict": "8749a1f85e5e",
          "a": {"sources": ["000_bdc99d71c762e0ca"], "values": ["a Thursday"]},
          "b": {"sources": ["003_f11721f52ebed780", "004_c5ccbac007a06862"], "values": ["a Tuesday"]},
          "message": "…"
        }
      ]
    }

A finding is known when its ``id`` is in the baseline (SARIF ``baselineState`` "unchanged"), or when an
entry has the same ``conflict`` key: the same rule, fact, story and values on each side, with sources that
joined or left a side ("updated"). Ids are fingerprints of rule, fact, sources and values, never offsets, so
edits elsewhere in an article, reordered files and unrelated new articles keep them; the conflict key
keeps a known conflict known when another article repeats one of its sides, which is no new conflict.
The other fields are there for people.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from checker.errors import ConfigError
from checker.model.findings import Finding
from checker.yamlsrc import parse_yaml

SCHEMA = "checker-baseline/1"


@dataclass(frozen=True)
class BaselineEntry:
    """A known finding as the baseline file has it."""

    id: str
    conflict: str = ""
    rule: str = ""
    fact: str = ""
    severity: str = ""
    message: str = ""

    def describe(self) -> str:
        return " ".join(part for part in (self.id, self.rule, self.message) if part)


@dataclass(frozen=True)
class Baseline:
    """The entries of one baseline file, by id."""

    path: Path
    entries: dict[str, BaselineEntry]

    def match(self, findings: Iterable[Finding]) -> dict[str, str]:
        """The known ones among ``findings``: id -> "unchanged" (same id) or "updated" (same conflict,
        sources changed)."""
        conflicts = {e.conflict for e in self.entries.values() if e.conflict}
        known = {}
        for f in findings:
            if f.id in self.entries:
                known[f.id] = "unchanged"
            elif f.conflict_key() in conflicts:
                known[f.id] = "updated"
        return known

    def fixed(self, findings: Iterable[Finding]) -> list[BaselineEntry]:
        """Entries that no longer occur, neither by id nor by conflict: the baseline can be ratcheted down."""
        findings = list(findings)
        ids = {f.id for f in findings}
        conflicts = {f.conflict_key() for f in findings}
        return [e for i, e in sorted(self.entries.items()) if i not in ids and e.conflict not in conflicts]


def dump_baseline(findings: Iterable[Finding]) -> str:
    """The baseline file's text for ``findings`` (see the module docstring for the layout)."""
    items = sorted(findings, key=lambda f: (f.story, f.fact, f.rule, f.id))
    entries = []
    for f in items:
        a, b = f.side_summaries()
        fields = {"id": f.id, "rule": f.rule, "severity": f.severity, "fact": f.fact, "story": f.story,
                  "conflict": f.conflict_key(), "a": a, "b": b, "message": f.message}
        lines = [f"      {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in fields.items()]
        entries.append("    {\n" + ",\n".join(lines) + "\n    }")
    body = ",\n".join(entries)
    return (f'{{\n  "schema": "{SCHEMA}",\n  "findings": [' + (f"\n{body}\n  " if entries else "") + "]\n}\n")


def load_baseline(path: str | Path) -> Baseline:
    """Read a baseline file; a missing or damaged one raises :class:`ConfigError` with file:line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such baseline file (write one with `checker baseline -o {path}`)") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}:1: not UTF-8 text") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}:{exc.lineno}: not a baseline file: invalid JSON ({exc.msg})") from None

    def fail(key_path: tuple, message: str) -> ConfigError:
        return ConfigError(f"{path}:{_line(text, path, key_path)}: {message}")

    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        found = data.get("schema") if isinstance(data, dict) else None
        raise fail(("schema",), f'not a baseline file: expected "schema": "{SCHEMA}"'
                                + (f", found {found!r}" if found else ""))
    items = data.get("findings")
    if not isinstance(items, list):
        raise fail(("findings",), "\"findings\" must be a list of entries")
    entries: dict[str, BaselineEntry] = {}
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
            raise fail(("findings", i), f"entry {i + 1} has no \"id\" string")
        entries[item["id"]] = BaselineEntry(
            id=item["id"], **{k: str(item.get(k) or "") for k in ("conflict", "rule", "fact", "severity", "message")})
    return Baseline(path, entries)


def _line(text: str, path: Path, key_path: tuple) -> int:
    """The line of ``key_path`` in JSON text (JSON as written here is YAML, whose parser keeps lines)."""
    try:
        return parse_yaml(text, path).line(key_path)
    except ConfigError:
        return 1

