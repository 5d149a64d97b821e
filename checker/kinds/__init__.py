"""The registry of rule kinds.

A rule in the pack names one of these kinds; the kind compares the claims of one aligned group and yields
findings. Each kind declares the JSON Schema of its options (unknown options are rejected), their defaults,
and a default message template. Add a kind by writing a module with a :class:`RuleKind` subclass and listing
it in ``REGISTRY``.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from checker.model.claims import Claim
from checker.model.findings import Finding
from checker.model.pack import RuleDef, Settings


class RuleKind:
    """Base class: a name, a description, an options schema with defaults, and :meth:`check`."""

    name: str = ""
    description: str = ""
    options_schema: dict = {"type": "object", "additionalProperties": False, "properties": {}}
    defaults: dict = {}
    default_message: str = "{a.sources} {a.quote} vs {b.sources} {b.quote}"

    def check(self, claims: Sequence[Claim], rule: RuleDef, settings: Settings) -> Iterator[Finding]:
        raise NotImplementedError


def positions(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Claims grouped by what they say (equal normalised values), in order of first appearance."""
    groups: dict[tuple, list[Claim]] = {}
    for claim in claims:
        groups.setdefault(claim.value.key(), []).append(claim)
    return list(groups.values())


def split_sources(a: Sequence[Claim], b: Sequence[Claim], within_source: bool) -> tuple[list[Claim], list[Claim]]:
    """The two sides to report. When a rule does not compare a source with itself, claims of a source that
    stands on both sides are left out of both."""
    if within_source:
        return list(a), list(b)
    sa, sb = {c.source for c in a}, {c.source for c in b}
    return [c for c in a if c.source not in sb], [c for c in b if c.source not in sa]


# The kinds import RuleKind from this module, so they are imported after it is defined.
from checker.kinds.differ import FiguresDiffer  # noqa: E402
from checker.kinds.disjoint import Disjoint, PeopleDisagree  # noqa: E402
from checker.kinds.weekday import WeekdayMismatch  # noqa: E402

REGISTRY: dict[str, RuleKind] = {k.name: k for k in (Disjoint(), FiguresDiffer(), PeopleDisagree(), WeekdayMismatch())}
