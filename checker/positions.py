"""Positions: what the sources of a story say about one fact, grouped into views that can all be true at once.

A **position** is a set of claims whose values pairwise intersect (DESIGN §2): "35", "over thirty" and "more
than 27" can all be true; "up to 30" cannot be true with "35". Positions are built greedily from the best-
backed, most precise values down, and a value joins a position only if it is compatible with *every* value
already in it, so a wide value ("more than 20") never chains two incompatible ones into one position.

A position's **support** is the number of sources with a claim in it. The **majority** is the best-supported
position when no other has as many sources (a tie has no majority); the sources of the other positions are
the **outliers**. A disagreement is reported once, from the outlier's side: each position is set against the
better-supported positions it contradicts, in one finding holding every contradicted claim (see
:func:`disagreements`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from checker.model.claims import Claim

Compatible = Callable[[Any, Any], bool]


@dataclass
class Position:
    """Claims that can all be true together; ``values`` are their distinct values, by key."""

    claims: list[Claim] = field(default_factory=list)
    values: dict[tuple, Any] = field(default_factory=dict)

    @property
    def sources(self) -> list[str]:
        return sorted({c.source for c in self.claims})

    @property
    def support(self) -> int:
        return len(self.sources)


def _width(value: Any) -> float:
    """How much a value allows: exact figures and single days first, vague ones last."""
    interval = getattr(value, "interval", None)
    if interval is not None:
        if interval.lo is None or interval.hi is None:
            return float("inf")
        return float(interval.hi - interval.lo)
    days = getattr(value, "days", None)
    if days:
        return float(len(days))
    people = getattr(value, "people", None)
    if people is not None:
        return -float(len(people))          # the fuller list first: a subset joins it
    return float("inf")


def node_key(value: Any) -> tuple:
    """The key values are grouped by: the normalised value, and for counts what it may be compared with
    ("19 countries" and "all nineteen ministers" are one figure but compare with different claims)."""
    return value.key() + (getattr(value, "unit_class", None), tuple(sorted(getattr(value, "also", ()))))


def build_positions(claims: Sequence[Claim], compatible: Compatible) -> list[Position]:
    """The positions of ``claims``, best-supported first (ties: in order of first appearance)."""
    nodes: dict[tuple, list[Claim]] = {}
    for c in claims:
        nodes.setdefault(node_key(c.value), []).append(c)
    order = list(nodes)
    first_seen = {key: i for i, key in enumerate(order)}
    support = {key: len({c.source for c in nodes[key]}) for key in order}
    order.sort(key=lambda k: (-support[k], _width(nodes[k][0].value), first_seen[k]))
    positions: list[Position] = []
    for key in order:
        value = nodes[key][0].value
        for pos in positions:
            if all(compatible(value, other) for other in pos.values.values()):
                break
        else:
            pos = Position()
            positions.append(pos)
        pos.values[key] = value
        pos.claims.extend(nodes[key])
    for pos in positions:
        pos.claims.sort(key=lambda c: (c.source, c.start))
    positions.sort(key=lambda p: (-p.support, min(first_seen[k] for k in p.values)))
    return positions


def majority(positions: Sequence[Position]) -> Position | None:
    """The position more sources back than any other, or None on a tie (or with no positions). A source with
    claims in several positions backs the one of its first claim (an article's lead says what happened; a
    later "mid-September" in its background does not make it a second voice against its own "Thursday")."""
    if not positions:
        return None
    first: dict[str, tuple[int, int]] = {}
    for i, pos in enumerate(positions):
        for c in pos.claims:
            first[c.source] = min(first.get(c.source, (c.start, i)), (c.start, i))
    backing = [0] * len(positions)
    for _, i in first.values():
        backing[i] += 1
    best = max(range(len(positions)), key=lambda i: (backing[i], -i))
    if sum(1 for b in backing if b == backing[best]) > 1:
        return None
    return positions[best]


@dataclass(frozen=True)
class Disagreement:
    """One position against the claims of the better-supported positions it contradicts."""

    outlier: tuple[Claim, ...]
    others: tuple[Claim, ...]
    outlier_position: int
    other_positions: tuple[int, ...]


def disagreements(positions: Sequence[Position], conflict: Callable[[Any, Any], bool]) -> list[Disagreement]:
    """Each position set once against the positions it contradicts that rank above it (more sources; on equal
    support, the one contradicting fewer positions ranks above; then the earlier). The outlier side holds the
    position's claims that take part in a contradiction, the other side every claim they contradict."""
    n = len(positions)
    clash = [[False] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            clash[i][j] = clash[j][i] = any(conflict(a, b) for a in positions[i].values.values()
                                            for b in positions[j].values.values())
    degree = [sum(row) for row in clash]
    rank = sorted(range(n), key=lambda i: (-positions[i].support, degree[i], i))
    place = {p: r for r, p in enumerate(rank)}
    out: list[Disagreement] = []
    for i in reversed(rank):
        above = [j for j in range(n) if clash[i][j] and place[j] < place[i]]
        if not above:
            continue
        mine: list[Claim] = []
        theirs: list[Claim] = []
        for key, value in positions[i].values.items():
            if any(conflict(value, b) for j in above for b in positions[j].values.values()):
                mine.extend(c for c in positions[i].claims if node_key(c.value) == key)
        for j in above:
            for key, value in positions[j].values.items():
                if any(conflict(a, value) for a in positions[i].values.values()):
                    theirs.extend(c for c in positions[j].claims if node_key(c.value) == key)
        out.append(Disagreement(tuple(mine), tuple(theirs), i, tuple(sorted(above))))
    return out
