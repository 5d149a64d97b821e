"""``disjoint``: values that cannot both be true (their sets do not intersect), and ``people-disagree``:
sets of people where each side names someone the other does not."""

from __future__ import annotations

from typing import Iterator, Sequence

from checker.kinds.compare import comparable, intersects
from checker.model.claims import Claim
from checker.model.findings import Finding
from checker.kinds.base import RuleKind, grouped_findings
from checker.model.pack import RuleDef, Settings
from checker.model.entities import PeopleSet


class Disjoint(RuleKind):
    name = "disjoint"
    description = "two claims whose values cannot both be true (their sets of possible worlds do not intersect)"
    options_schema = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "within_source": {"type": "boolean", "description": "also compare claims of one source"},
            "rate_tolerance": {"type": "number", "minimum": 0, "maximum": 1,
                               "description": "widen converted amounts by this share before comparing"},
        },
    }
    defaults = {"within_source": True, "rate_tolerance": 0.05}
    default_message = ("{a.sources}: {a.quote} ({a.value}) and {b.sources}: {b.quote} ({b.value}) "
                       "cannot both be true")

    def accepts(self, claims: Sequence[Claim]) -> bool:
        return True

    def check(self, claims: Sequence[Claim], rule: RuleDef, settings: Settings) -> Iterator[Finding]:
        if not self.accepts(claims):
            return
        tolerance = rule.options["rate_tolerance"]

        def conflict(a: object, b: object) -> bool:
            return comparable(a, b, settings) and not intersects(a, b, settings, tolerance)

        yield from grouped_findings(claims, rule, lambda a, b: not conflict(a, b), conflict,
                                    rule.options["within_source"])


class PeopleDisagree(Disjoint):
    name = "people-disagree"
    description = "sets of people where each side names someone the other does not (a subset is not a conflict)"
    options_schema = {
        "type": "object",
        "additionalProperties": False,
        "properties": {"within_source": {"type": "boolean"}},
    }
    defaults = {"within_source": True, "rate_tolerance": 0.0}
    default_message = "{a.sources} name {a.value} ({a.quote}) but {b.sources} name {b.value} ({b.quote})"

    def accepts(self, claims: Sequence[Claim]) -> bool:
        return all(isinstance(c.value, PeopleSet) for c in claims)

    def check(self, claims: Sequence[Claim], rule: RuleDef, settings: Settings) -> Iterator[Finding]:
        """Lists of people disagree when each names someone the other does not, and no claim of the story
        names them all: "hosted by X" and "co-chaired by Y" are two halves of "co-chaired by X and Y" when a
        third source says so."""
        if not self.accepts(claims):
            return
        sets = [c.value.idents() for c in claims]

        def conflict(a: PeopleSet, b: PeopleSet) -> bool:
            if a.intersects(b):
                return False
            both = a.idents() | b.idents()
            return not any(both <= s for s in sets)

        yield from grouped_findings(claims, rule, lambda a, b: not conflict(a, b), conflict,
                                    rule.options["within_source"])
