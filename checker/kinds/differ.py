"""``figures-differ``: figures that differ by more than a tolerance, although both could be true.

"more than 27 leaders" and "thirty-five delegations" do not contradict each other (35 is more than 27), but
the figures differ by 26 %: worth a look, usually at a lower severity than a contradiction."""

from __future__ import annotations

from itertools import combinations
from typing import Iterator, Sequence

from checker.kinds.compare import comparable, figure, intersects
from checker.model.claims import Claim
from checker.model.findings import Finding
from checker.kinds.base import RuleKind, make_finding, positions, split_sources
from checker.model.pack import RuleDef, Settings
from checker.model.quantities import relative_difference


class FiguresDiffer(RuleKind):
    name = "figures-differ"
    description = "the figures two claims give differ by more than a relative tolerance"
    options_schema = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "tolerance": {"type": "number", "minimum": 0, "maximum": 10,
                          "description": "largest relative difference that is not flagged (0.2 = 20 %)"},
            "within_source": {"type": "boolean"},
            "skip_disjoint": {"type": "boolean",
                              "description": "leave pairs that cannot both be true to a disjoint rule"},
            "rate_tolerance": {"type": "number", "minimum": 0, "maximum": 1},
        },
    }
    defaults = {"tolerance": 0.2, "within_source": True, "skip_disjoint": True, "rate_tolerance": 0.05}
    default_message = ("{a.sources}: {a.quote} and {b.sources}: {b.quote}: the figures differ by {difference} "
                       "(more than {tolerance})")
    message_fields = ("difference", "tolerance")

    def check(self, claims: Sequence[Claim], rule: RuleDef, settings: Settings) -> Iterator[Finding]:
        opts = rule.options
        for p, q in combinations(positions(claims), 2):
            a, b = p[0].value, q[0].value
            if not comparable(a, b, settings):
                continue
            fa, fb = figure(a, settings), figure(b, settings)
            if fa is None or fb is None:
                continue
            diff = relative_difference(fa, fb)
            if diff <= opts["tolerance"]:
                continue
            if opts["skip_disjoint"] and not intersects(a, b, settings, opts["rate_tolerance"]):
                continue
            side_a, side_b = split_sources(p, q, opts["within_source"])
            if side_a and side_b:
                yield make_finding(rule, side_a, side_b, difference=f"{diff:.0%}",
                                   tolerance=f"{opts['tolerance']:.0%}")
