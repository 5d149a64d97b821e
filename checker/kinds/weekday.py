"""``weekday-mismatch``: a weekday that the calendar date it stands with does not fall on
("Wednesday, June 12, 2026" — June 12, 2026 is a Friday). One claim, shown as its two parts; the other
sources that put the event on that date stand with the date, so that one finding names the outlier and its
disagreement with the rest of the story."""

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
    default_message = "{a.source} writes {a.quote} with {b.quote}, which is a {b.value}{agreeing}"
    message_fields = ("agreeing",)
    whole_story = True

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
            days = date.value.days
            agree = [c for c in claims if c.source != claim.source and _gives(c.value, days)]
            sources = ", ".join(dict.fromkeys(c.source for c in agree))
            yield make_finding(rule, [weekday], [date, *agree], ordered=True,
                               agreeing=f" ({sources} give that day too)" if sources else "")


def _gives(value: object, days: frozenset) -> bool:
    """Whether a date gives the day ``days`` holds: within it, or (read as a day of a longer event) naming the
    weekday that day falls on ("opened on Tuesday" for a two-day forum from Tuesday 14 September)."""
    if not isinstance(value, DateValue) or not value.days or value.weekday_mismatch:
        return False
    weekdays = {d.weekday() for d in days}
    return value.days <= days or (value.stated_weekday in weekdays and bool(value.days & days))
