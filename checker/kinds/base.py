"""What every rule kind is and shares: the :class:`RuleKind` protocol, grouping claims into positions, the
two sides of a finding, and how a finding's message is written from the rule's template."""

from __future__ import annotations

import json
from typing import Any, Callable, Iterator, Sequence

from checker.model.claims import Claim
from checker.model.findings import Finding, fingerprint
from checker.model.pack import RuleDef, Settings
from checker.positions import build_positions, disagreements

Relation = Callable[[Any, Any], bool]

# Fields every message template may use, whatever the kind; ``{a}`` and ``{b}`` are the two sides (SideView).
COMMON_FIELDS = ("fact", "rule", "severity", "outliers")


class RuleKind:
    """Base class: a name, a description, an options schema with defaults, and :meth:`check`."""

    name: str = ""
    description: str = ""
    options_schema: dict = {"type": "object", "additionalProperties": False, "properties": {}}
    defaults: dict = {}
    default_message: str = "{a.sources} {a.quote} vs {b.sources} {b.quote}"
    # The fields of its own that a message may use besides COMMON_FIELDS and the two sides, which
    # :meth:`check` passes to :func:`make_finding`.
    message_fields: tuple[str, ...] = ()
    # Whether :meth:`check` reads all of a story's claims of the fact at once rather than each aligned group
    # (a weekday that contradicts its own date is checked against every source that gives that date).
    whole_story: bool = False

    def check(self, claims: Sequence[Claim], rule: RuleDef, settings: Settings) -> Iterator[Finding]:
        raise NotImplementedError


class Dated:
    """A value with the publication date of its article, for rules that read claims in time (a toll that
    rises in a later article): it groups apart from the same value published another day, and otherwise
    stands for the value."""

    __slots__ = ("value", "published")

    def __init__(self, value: Any, published: Any) -> None:
        self.value, self.published = value, published

    def key(self) -> tuple:
        return self.value.key() + (str(self.published),)

    def __getattr__(self, name: str) -> Any:
        if name in ("value", "published"):
            raise AttributeError(name)
        return getattr(self.value, name)


def grouped_findings(claims: Sequence[Claim], rule: RuleDef, compatible: Relation, conflict: Relation,
                     within_source: bool, originals: dict[int, Claim] | None = None, **fields: object
                     ) -> Iterator[Finding]:
    """One finding per disagreement: the claims grouped into positions (:mod:`checker.positions`), each
    position set against the better-backed positions it contradicts, the outlier side first (``outliers``
    names its sources, or nothing on a tie: no majority, no outlier). ``fields`` may be a function of the two
    sides, for fields that depend on them (the difference of two figures). ``originals`` maps claims whose
    values were wrapped (:class:`Dated`) back to the claims reported."""
    found = build_positions(claims, compatible)
    for d in disagreements(found, conflict):
        outlier, others = d.outlier, d.others
        if originals is not None:
            outlier = tuple(originals[id(c)] for c in outlier)
            others = tuple(originals[id(c)] for c in others)
        side_a, side_b = split_sources(outlier, others, within_source)
        if not (side_a and side_b):
            continue
        extra = {k: (v(side_a, side_b) if callable(v) else v) for k, v in fields.items()}
        # Against a position as well backed as its own (two sources, two camps) it is no outlier: a tie.
        tie = found[d.outlier_position].support >= max(found[j].support for j in d.other_positions)
        outliers = "" if tie else ", ".join(dict.fromkeys(c.source for c in side_a))
        yield make_finding(rule, side_a, side_b, ordered=True, outliers=outliers, **extra)


def split_sources(a: Sequence[Claim], b: Sequence[Claim], within_source: bool) -> tuple[list[Claim], list[Claim]]:
    """The two sides to report. When a rule does not compare a source with itself, claims of a source that
    stands on both sides are left out of both."""
    if within_source:
        return list(a), list(b)
    sa, sb = {c.source for c in a}, {c.source for c in b}
    return [c for c in a if c.source not in sb], [c for c in b if c.source not in sa]


class SideView:
    """One side as message templates see it: ``{a.sources}``, ``{a.quote}``, ``{a.value}`` …"""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self._claims = list(claims)

    @property
    def sources(self) -> str:
        return ", ".join(dict.fromkeys(c.source for c in self._claims))

    @property
    def source(self) -> str:
        return self._claims[0].source

    @property
    def text(self) -> str:
        return self._claims[0].text

    @property
    def quote(self) -> str:
        return f"“{self._claims[0].text}”"

    @property
    def quotes(self) -> str:
        return ", ".join(f"“{t}”" for t in dict.fromkeys(c.text for c in self._claims))

    @property
    def value(self) -> str:
        return self._claims[0].value.display()

    @property
    def values(self) -> str:
        shown: dict[tuple, str] = {}
        for c in self._claims:
            shown.setdefault(c.value.key(), c.value.display())
        return "; ".join(dict.fromkeys(shown.values()))

    @property
    def line(self) -> int:
        return self._claims[0].line


def make_finding(rule: RuleDef, side_a: Sequence[Claim], side_b: Sequence[Claim], ordered: bool = False,
                 **fields: object) -> Finding:
    """A finding, its fingerprint and its message. ``fields`` are the values of the kind's own message fields
    (:attr:`RuleKind.message_fields`). The sides keep their order when ``ordered`` (the outlier first),
    else take a stable one; the fingerprint does not depend on it."""
    a, b = (tuple(side_a), tuple(side_b)) if ordered else sorted((tuple(side_a), tuple(side_b)), key=_side_order)
    values = _Fields(fact=rule.fact, rule=rule.id, severity=rule.severity, **fields, a=SideView(a), b=SideView(b))
    message = rule.message.format_map(values)
    return Finding(
        id=fingerprint(rule.id, rule.fact, (a, b)),
        rule=rule.id,
        severity=rule.severity,
        fact=rule.fact,
        message=message,
        story=a[0].story,
        sides=(a, b),
        extra={k: v for k, v in fields.items()},
    )


def _side_order(side: Sequence[Claim]) -> tuple:
    return (min(c.source for c in side), min(c.start for c in side), json.dumps(side[0].value.key(), default=str))


# What a side offers a template: ``{a.sources}``, ``{a.quote}`` … (the properties of SideView, in order).
SIDE_FIELDS = tuple(name for name, member in vars(SideView).items() if isinstance(member, property))


class _Fields(dict):
    """A message's fields. A field of another kind (valid in any message) that this finding's kind does not
    fill in is empty."""

    def __missing__(self, key: str) -> str:
        return ""
