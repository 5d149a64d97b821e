"""``figures-differ``: figures that differ by more than a tolerance, although both could be true.

"more than 27 leaders" and "thirty-five delegations" do not contradict each other (35 is more than 27), but
the figures differ by 26 %: worth a look, usually at a lower severity than a contradiction."""

from __future__ import annotations

from typing import Iterator, Sequence

from checker.kinds.compare import comparable, figure, intersects
from checker.model.claims import Claim
from checker.model.findings import Finding
from checker.kinds.base import RuleKind, grouped_findings
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
            "bounds": {"enum": ["within-source", "everywhere"],
                       "description": "where a one-sided figure (more than 27, up to 30) is held against another "
                                      "figure: within one article only (default), or also across articles"},
        },
    }
    defaults = {"tolerance": 0.2, "within_source": True, "skip_disjoint": True, "rate_tolerance": 0.05,
                "bounds": "within-source"}
    default_message = ("{a.sources}: {a.quote} and {b.sources}: {b.quote}: the figures differ by {difference} "
                       "(more than {tolerance})")
    message_fields = ("difference", "tolerance")

    def check(self, claims: Sequence[Claim], rule: RuleDef, settings: Settings) -> Iterator[Finding]:
        opts = rule.options

        def differ(a: object, b: object) -> bool:
            if not comparable(a, b, settings):
                return False
            fa, fb = figure(a, settings), figure(b, settings)
            if fa is None or fb is None or relative_difference(fa, fb) <= opts["tolerance"]:
                return False
            return not (opts["skip_disjoint"] and not intersects(a, b, settings, opts["rate_tolerance"]))

        def points_differ(a: object, b: object) -> bool:
            return differ(a, b) and (opts["bounds"] == "everywhere" or not (_bound(a) or _bound(b)))

        def difference(side_a: Sequence[Claim], side_b: Sequence[Claim]) -> str:
            diffs = [relative_difference(figure(x.value, settings), figure(y.value, settings))
                     for x in side_a for y in side_b if differ(x.value, y.value)]
            return f"{max(diffs):.0%}" if diffs else ""

        fields = {"difference": difference, "tolerance": f"{opts['tolerance']:.0%}"}
        # Across sources, figures only: "more than a dozen" is no figure to hold against another outlet's 24.
        yield from grouped_findings(claims, rule, lambda a, b: not points_differ(a, b), points_differ,
                                    opts["within_source"], **fields)
        # Within one article, a bound far from the figure it also gives ("more than 27" and "thirty-five").
        if not opts["within_source"] or opts["bounds"] == "everywhere":
            return
        by_source: dict[str, list[Claim]] = {}
        for c in claims:
            by_source.setdefault(c.source, []).append(c)

        def bound_differs(a: object, b: object) -> bool:
            return differ(a, b) and (_bound(a) or _bound(b))

        for own in by_source.values():
            if len({c.value.key() for c in own}) > 1:
                yield from grouped_findings(own, rule, lambda a, b: not bound_differs(a, b), bound_differs, True,
                                            **fields)


def _bound(value: object) -> bool:
    """A one-sided figure: "more than 27", "up to 30", "fewer than a dozen" (not "about 30" or "35")."""
    interval = getattr(value, "interval", None)
    return interval is not None and (interval.lo is None or interval.hi is None or interval.lo == 0)
