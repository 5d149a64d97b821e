"""``weekday-mismatch``: a weekday that the calendar date it stands with does not fall on
("Wednesday, June 12, 2026" — June 12, 2026 is a Friday). One claim, shown as its two parts."""

from __future__ import annotations

from typing import Iterator, Sequence

from checker.model.claims import Claim
from checker.model.findings import Finding
from checker.kinds.base import RuleKind, make_finding
from checker.model.pack import RuleDef, Settings
from checker.model.dates import DateValue


class WeekdayMismatch(RuleKind):
    name = "weekday-mismatch"
    description = "a weekday written with a calendar date that falls on another day"
    default_message = "{a.source} writes {a.quote} with {b.quote}, which is a {b.value}"

    def check(self, claims: Sequence[Claim], rule: RuleDef, settings: Settings) -> Iterator[Finding]:
        seen: set[tuple[str, int]] = set()
        for claim in claims:
            value = claim.value
            if not isinstance(value, DateValue) or not value.weekday_mismatch or len(claim.parts) != 2:
                continue
            if (claim.source, claim.start) in seen:
                continue
            seen.add((claim.source, claim.start))
            weekday, date = claim.parts
            yield make_finding(rule, [weekday], [date])
