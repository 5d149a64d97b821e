"""``disjoint``: values that cannot both be true (their sets do not intersect), and ``people-disagree``:
sets of people where each side names someone the other does not."""

from __future__ import annotations

from dataclasses import replace
from typing import Iterator, Sequence

from checker.kinds.compare import comparable, intersects
from checker.model.claims import Claim
from checker.model.findings import Finding
from checker.kinds.base import Dated, RuleKind, grouped_findings
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
            "may_rise": {"type": "boolean",
                         "description": "a figure higher in a later-published article is a change, not a "
                                        "contradiction (a death toll that rises)"},
            "rise_per_year": {"type": "number", "minimum": 0,
                              "description": "a figure may be this much higher per year between the "
                                             "articles' publication dates (an age: 1)"},
        },
    }
    defaults = {"within_source": True, "rate_tolerance": 0.05, "may_rise": False, "rise_per_year": 0}
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

        rise, per_year = rule.options.get("may_rise", False), rule.options.get("rise_per_year", 0)
        if not (rise or per_year):
            yield from grouped_findings(claims, rule, lambda a, b: not conflict(a, b), conflict,
                                        rule.options["within_source"])
            return
        wrapped = [replace(c, value=Dated(c.value, c.published)) for c in claims]
        originals = {id(w): c for w, c in zip(wrapped, claims)}

        def timed_conflict(a: Dated, b: Dated) -> bool:
            return conflict(a.value, b.value) and not changed(a, b, rise, per_year)

        yield from grouped_findings(wrapped, rule, lambda a, b: not timed_conflict(a, b), timed_conflict,
                                    rule.options["within_source"], originals)


def changed(a: Dated, b: Dated, rise: bool, per_year: float) -> bool:
    """Whether two figures of articles published on different days differ as time allows: the later one
    higher (``rise``), or higher by no more than ``per_year`` for each year between them (an age a year on)."""
    if a.published is None or b.published is None or a.published == b.published:
        return False
    early, late = (a, b) if a.published < b.published else (b, a)
    fe, fl = getattr(early.value, "figure", None), getattr(late.value, "figure", None)
    if fe is None or fl is None or fl <= fe:
        return False
    if rise:
        return True
    allowed = int((late.published - early.published).days / 365.25 * per_year + 0.5)
    return fl - fe <= allowed


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
