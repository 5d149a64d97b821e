"""A story at a glance: which articles report which event, and what the sources say, fact by fact.

The report leads each story with this overview before its findings: the events the articles fall into (with
the confidence of the grouping and, between events, why they look different), and per fact the positions
(claims that can all be true together), which sources back each, the majority and the outliers. The JSON
report carries it as the ``stories`` extension (``checker-story/1``).
"""

from __future__ import annotations

from dataclasses import dataclass

EXTENSION = "checker-story/1"


@dataclass(frozen=True)
class EventGroup:
    """Articles that report one event, and how sure the grouping is (0-1)."""

    sources: tuple[str, ...]
    confidence: float

    def to_dict(self) -> dict:
        return {"sources": list(self.sources), "confidence": self.confidence}


@dataclass(frozen=True)
class EventGap:
    """Why two events of a story look different: the least alike pair of their articles."""

    a: int
    b: int
    probability: float
    reason: str

    def to_dict(self) -> dict:
        return {"events": [self.a, self.b], "same_event_probability": self.probability, "reason": self.reason}


@dataclass(frozen=True)
class PositionView:
    """One position on a fact: what it says, who says it, in which words."""

    value: str
    sources: tuple[str, ...]
    quotes: tuple[str, ...]

    def to_dict(self) -> dict:
        return {"value": self.value, "sources": list(self.sources), "quotes": list(self.quotes)}


@dataclass(frozen=True)
class FactView:
    """The positions on one fact, best backed first; ``majority`` indexes the majority position (None: a tie
    or no disagreement to speak of), ``outliers`` are the sources of no majority position, ``other_events``
    those of them in none of the majority's events (they may report another meeting rather than err)."""

    fact: str
    positions: tuple[PositionView, ...]
    majority: int | None
    outliers: tuple[str, ...]
    other_events: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"fact": self.fact, "positions": [p.to_dict() for p in self.positions], "majority": self.majority,
                "outliers": list(self.outliers), "other_events": list(self.other_events)}

    def summary(self) -> str:
        """ "3 positions; majority: Thursday 2025-09-04 (001, 002); outliers: 003, 004" and the like."""
        def show(p: PositionView) -> str:
            return f"{p.value.split('; ')[0]} ({', '.join(p.sources)})"

        if len(self.positions) == 1:
            return "all agree: " + show(self.positions[0])
        head = f"{len(self.positions)} positions: " + " | ".join(show(p) for p in self.positions)
        if self.majority is None:
            return head + "; no majority (a tie)"
        if not self.outliers:
            return head + "; every source backs the majority (the others are its own second claims)"
        elsewhere = f" (in another event: {', '.join(self.other_events)})" if self.other_events else ""
        return head + f"; majority: {show(self.positions[self.majority])}; outliers: {', '.join(self.outliers)}" \
            + elsewhere


@dataclass(frozen=True)
class StoryOverview:
    """The events and the positions of one story."""

    story: str
    events: tuple[EventGroup, ...]
    gaps: tuple[EventGap, ...]
    facts: tuple[FactView, ...]
    capped: tuple[str, ...] = ()     # articles read only in part (too many claims): a warning, not report data

    def to_dict(self) -> dict:
        return {"story": self.story, "events": [e.to_dict() for e in self.events],
                "event_gaps": [g.to_dict() for g in self.gaps], "facts": [f.to_dict() for f in self.facts]}
