"""Gold files: the expected findings of a labelled story, and how a report is scored against them.

The semantics are those of ``shared/gold/score.py`` (the project's reference scorer), so that `checker eval`
and that script always agree:

- a gold claim is ``[source, piece]``: ``source`` is the start of a source id (``*`` = any source), ``piece`` a
  case-insensitive piece of the claim's quoted text (curly quotes, no-break spaces and runs of spaces folded);
- a finding matches a gold pair when it is about the same fact and holds a claim for each, on opposite sides,
  or one claim that holds both pieces;
- ``required`` pairs must be found; ``allowed`` pairs (and any pair among the claims of an ``allowed_among``
  group) may be found without penalty; every other finding is a false alarm.

The module works on the JSON form of findings (:meth:`Finding.to_dict`), which is what users score too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from checker.errors import ConfigError
from checker.yamlsrc import YamlDoc, load_yaml

GoldClaim = tuple[str, str]                 # (source prefix or "*", piece of the quote)
GoldPair = tuple[str, GoldClaim, GoldClaim]  # (fact, a, b)


@dataclass(frozen=True)
class Gold:
    """The labels of one story."""

    required: tuple[GoldPair, ...]
    allowed: tuple[GoldPair, ...]
    path: str = ""


def _norm(text: str | None) -> str:
    text = (text or "").replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip().lower()


def claim_matches(claim: dict, gold: GoldClaim) -> bool:
    """Whether a report claim (JSON form) is the gold claim: its source starts so and its quote holds the piece."""
    source, piece = gold
    sid = str(claim.get("source", ""))
    if source != "*" and not sid.startswith(source):
        return False
    return _norm(piece) in _norm(claim.get("text", ""))


def finding_matches(finding: dict, pair: GoldPair) -> bool:
    """Whether a finding (JSON form) holds both claims of a gold pair, on opposite sides or in one claim."""
    fact, a, b = pair
    if finding.get("fact") != fact:
        return False
    sides = finding.get("sides")
    if not (isinstance(sides, list) and len(sides) == 2 and all(isinstance(s, list) for s in sides)):
        return False
    for i in (0, 1):
        if any(claim_matches(c, a) for c in sides[i]) and any(claim_matches(c, b) for c in sides[1 - i]):
            return True
    return any(claim_matches(c, a) and claim_matches(c, b) for c in sides[0] + sides[1])


def load_gold(path: str | Path) -> Gold:
    """Read a gold file; a malformed one is a :class:`ConfigError` naming the file and the entry."""
    doc = load_yaml(Path(path))
    data = doc.data if doc.data is not None else {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: a gold file is a mapping with required, allowed and allowed_among")
    unknown = sorted(set(data) - {"required", "allowed", "allowed_among"})
    if unknown:
        raise doc.error((unknown[0],), f"unknown key {unknown[0]!r}; expected one of: allowed, allowed_among, "
                                       "required")
    for section in ("required", "allowed", "allowed_among"):
        if not isinstance(data.get(section) or [], list):
            raise doc.error((section,), f"{section} must be a list")
    required = tuple(_pair(doc, "required", i, e) for i, e in enumerate(data.get("required") or []))
    allowed = [_pair(doc, "allowed", i, e) for i, e in enumerate(data.get("allowed") or [])]
    for i, group in enumerate(data.get("allowed_among") or []):
        where = f"{doc.where(('allowed_among', i))}: allowed_among[{i}]"
        if not isinstance(group, dict) or "fact" not in group or not isinstance(group.get("claims"), list):
            raise ConfigError(f"{where}: expected {{fact: NAME, claims: [[source, piece], ...]}}")
        claims = [_claim(where, c) for c in group["claims"]]
        for x in range(len(claims)):
            for y in range(x + 1, len(claims)):
                allowed.append((str(group["fact"]), claims[x], claims[y]))
    return Gold(required, tuple(allowed), str(path))


def _pair(doc: YamlDoc, section: str, i: int, entry: Any) -> GoldPair:
    where = f"{doc.where((section, i))}: {section}[{i}]"
    if not isinstance(entry, dict) or not {"fact", "a", "b"} <= set(entry):
        raise ConfigError(f"{where}: expected {{fact: NAME, a: [source, piece], b: [source, piece]}}")
    return str(entry["fact"]), _claim(where, entry["a"]), _claim(where, entry["b"])


def _claim(where: str, value: Any) -> GoldClaim:
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, (str, int, float)) for v in value)):
        raise ConfigError(f"{where}: a claim is [source, piece], got {value!r}")
    return str(value[0]), str(value[1])


@dataclass(frozen=True)
class StoryScore:
    """One story scored: which required pairs were found and which findings were false alarms."""

    story: str
    required: tuple[GoldPair, ...]
    hit: tuple[bool, ...]
    findings: tuple[dict, ...]
    false: tuple[dict, ...]

    @property
    def good(self) -> int:
        return len(self.findings) - len(self.false)


def score_findings(story: str, findings: Sequence[dict], gold: Gold) -> StoryScore:
    """Score one story's findings (JSON form) against its gold labels."""
    hit = tuple(any(finding_matches(f, r) for f in findings) for r in gold.required)
    every = gold.required + gold.allowed
    false = tuple(f for f in findings if not any(finding_matches(f, e) for e in every))
    return StoryScore(story, gold.required, hit, tuple(findings), false)


def describe_finding(finding: dict) -> str:
    """One line: fact [rule] a-side claims <> b-side claims."""
    sides = finding.get("sides") or [[], []]
    show = (lambda side: " | ".join(f"{c.get('source')}:{c.get('text')!r}" for c in side))
    return f"{finding.get('fact')} [{finding.get('rule')}] {show(sides[0])}  <>  {show(sides[1])}"
