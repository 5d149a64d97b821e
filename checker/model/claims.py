"""A claim: what one source says about one fact of its story's event."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class AlignContext:
    """What alignment compares a claim by besides its value (None where the text says nothing): the class of
    the event word nearest to it ("meeting", "trial"), and for money who gives it and what for."""

    event: str | None = None
    donor: str | None = None
    programme: str | None = None
    part: bool = False            # one donor's share, a separate loan: not the event's total
    entity: str | None = None     # the person a per-entity fact is about (the pack's ``per``)
    def get(self, name: str) -> str | None:
        """The field ``name`` (event, donor or programme: the pack's ``align.by``)."""
        return getattr(self, name)


NO_CONTEXT = AlignContext()


@dataclass(frozen=True)
class Claim:
    """What one source says about one fact: the exact quote, where it is, and its normalised value."""

    source: str
    story: str
    fact: str
    start: int
    end: int
    text: str
    line: int
    col: int
    value: Any
    context: AlignContext = NO_CONTEXT    # what alignment compares it by: event, donor, programme
    parts: tuple = ()            # sub-claims, e.g. the weekday and the date of "Wednesday, June 12"
    published: Any = field(default=None, compare=False)   # the article's publication date (time-aware rules)

    def to_dict(self, with_fact: bool = True) -> dict:
        """The claim as the JSON report has it (DESIGN §4)."""
        out: dict = {"source": self.source}
        if with_fact:
            out["fact"] = self.fact
        out.update(text=self.text, start=self.start, end=self.end, line=self.line, value=self.value.to_dict())
        return out
