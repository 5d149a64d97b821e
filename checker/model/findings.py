"""Findings: one conflict between two sides of claims, explained, with a stable fingerprint.

A finding has exactly two sides; each side is the list of claims that agree with each other against the
other side (claims from one source may stand on both sides: an article that contradicts itself). Its ``id``
is a fingerprint of the rule, the fact, and each side's source ids and normalised values, never of offsets,
so it survives edits elsewhere in the text, reordering of files and unrelated articles being added; it
changes when the conflicting values or the sources that hold them change. Reviews and baselines key on it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from typing import Sequence

from checker.model.claims import Claim

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Finding:
    """One conflict, as every output format renders it (see :meth:`to_dict`)."""

    id: str
    rule: str
    severity: str
    fact: str
    message: str
    story: str
    sides: tuple[tuple[Claim, ...], tuple[Claim, ...]]
    status: str = "open"
    note: str | None = None
    # Who took the review decision behind ``status`` and when (UTC, ISO 8601), where the review file says:
    # the HTML report shows them beside the note; the JSON contract leaves them out (DESIGN §4).
    reviewer: str | None = field(default=None, compare=False)
    reviewed_at: str | None = field(default=None, compare=False)
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict:
        """The JSON contract (DESIGN §4), exactly these keys."""
        return {
            "id": self.id,
            "rule": self.rule,
            "severity": self.severity,
            "fact": self.fact,
            "message": self.message,
            "status": self.status,
            "sides": [[c.to_dict(with_fact=False) for c in side] for side in self.sides],
        }

    def sources(self) -> list[str]:
        return sorted({c.source for side in self.sides for c in side})

    def with_status(self, status: str, note: str | None = None) -> "Finding":
        return replace(self, status=status, note=note)

    def side_summaries(self) -> list[dict[str, list[str]]]:
        """Per side, its distinct sources and displayed values: what a person reading a baseline or review
        file needs to recognise the conflict without the articles at hand."""
        return [{"sources": list(dict.fromkeys(c.source for c in side)),
                 "values": list(dict.fromkeys(c.value.display() for c in side))} for side in self.sides]

    def summary(self) -> str:
        """One line: "date-conflict: 000_x (a Thursday) vs 003_y, 004_z (a Tuesday)"."""
        a, b = (f"{', '.join(s['sources'])} ({'; '.join(s['values'])})" for s in self.side_summaries())
        return f"{self.rule}: {a} vs {b}"

    def conflict_key(self) -> str:
        """A fingerprint of the disagreement alone: rule, fact, story and each side's values, without the
        sources. A baseline recognises a known conflict by it when a new article joins one of its sides (or
        one leaves), which changes the id but is no new conflict."""
        keyed = sorted(sorted({json.dumps(c.value.key(), default=str) for c in side}) for side in self.sides)
        return _digest12([self.rule, self.fact, self.story, keyed])

    def evidence(self) -> str:
        """A digest of what the finding rests on: sources, quotes and values of both sides. A reviewed
        finding whose evidence digest changes is reopened."""
        payload = [[(c.source, c.text, c.value.to_dict()) for c in side] for side in self.sides]
        return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()[:16]


def fingerprint(rule: str, fact: str, sides: Sequence[Sequence[Claim]]) -> str:
    """Stable id of a conflict: rule, fact, and per side the sorted (source, value) pairs."""
    keyed = sorted(sorted({(c.source, json.dumps(c.value.key(), default=str)) for c in side}) for side in sides)
    return _digest12([rule, fact, keyed])


def _digest12(payload: object) -> str:
    return hashlib.sha256(json.dumps(payload, separators=(",", ":")).encode("utf-8")).hexdigest()[:12]


def sort_findings(findings: list[Finding], fact_order: Sequence[str] = ()) -> list[Finding]:
    """By story, then fact (in the pack's order), most severe first, then by position."""
    rank = {name: i for i, name in enumerate(fact_order)}
    return sorted(findings, key=lambda f: (f.story, rank.get(f.fact, len(rank)), f.fact, -SEVERITY_RANK[f.severity],
                                           f.sides[0][0].source, f.sides[0][0].start, f.rule, f.id))
