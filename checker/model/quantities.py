"""Numbers as sets: intervals, counts of things and amounts of money (DESIGN §2).

Every value type of the model answers the questions the rule kinds ask: ``intersects(other)`` (can both be
true?), ``key()`` (a hashable identity: claims with equal keys say the same thing, and findings are
fingerprinted by it), ``to_dict()`` (the JSON ``value`` of a claim) and ``display()`` (for people).
"""

from __future__ import annotations

from dataclasses import dataclass, field


# --------------------------------------------------------------------------------------------- intervals
@dataclass(frozen=True)
class Interval:
    """A real interval; ``None`` bounds are unbounded. ``figure`` is the number the text actually gave."""

    lo: float | None
    hi: float | None
    lo_open: bool = False
    hi_open: bool = False
    figure: float | None = None
    qualifier: str | None = None

    @classmethod
    def exact(cls, value: float) -> "Interval":
        return cls(value, value, False, False, value, None)

    def is_empty(self) -> bool:
        if self.lo is None or self.hi is None:
            return False
        return self.lo > self.hi or (self.lo == self.hi and (self.lo_open or self.hi_open))

    def intersects(self, other: "Interval") -> bool:
        """True when some number lies in both intervals."""
        lo, lo_open = _max_lo(self, other)
        hi, hi_open = _min_hi(self, other)
        if lo is None or hi is None:
            return True
        if lo < hi:
            return True
        return lo == hi and not lo_open and not hi_open

    def notation(self) -> str:
        """Interval notation as the peer suite writes it: ``(27,)``, ``[0,30]``, ``[35,35]``."""
        left = "(" if self.lo is None or self.lo_open else "["
        right = ")" if self.hi is None or self.hi_open else "]"
        lo = "" if self.lo is None else format_number(self.lo)
        hi = "" if self.hi is None else format_number(self.hi)
        return f"{left}{lo},{hi}{right}"

    def scaled(self, factor: float) -> "Interval":
        """The same interval in another unit (currency conversion)."""
        mul = (lambda v: None if v is None else v * factor)
        return Interval(mul(self.lo), mul(self.hi), self.lo_open, self.hi_open, mul(self.figure), self.qualifier)

    def widened(self, rel: float) -> "Interval":
        """Widen each finite bound by ``rel`` of its size (comparison tolerance)."""
        lo = None if self.lo is None else self.lo - abs(self.lo) * rel
        hi = None if self.hi is None else self.hi + abs(self.hi) * rel
        return Interval(lo, hi, self.lo_open, self.hi_open, self.figure, self.qualifier)

    def display(self) -> str:
        """"35", or the words and the interval: "more than 27 (27, ∞)"."""
        if self.lo is not None and self.lo == self.hi and not (self.lo_open or self.hi_open):
            return format_number(self.lo)
        left = "(" if self.lo is None or self.lo_open else "["
        right = ")" if self.hi is None or self.hi_open else "]"
        lo = "-∞" if self.lo is None else format_number(self.lo)
        hi = "∞" if self.hi is None else format_number(self.hi)
        head = " ".join(x for x in (self.qualifier, None if self.figure is None else format_number(self.figure)) if x)
        return f"{head} {left}{lo}, {hi}{right}".strip()

    def to_dict(self) -> dict:
        out: dict = {"interval": self.notation(), "min": self.lo, "max": self.hi}
        if self.figure is not None:
            out["figure"] = self.figure
        if self.qualifier:
            out["qualifier"] = self.qualifier
        return out

    def key(self) -> tuple:
        return ("interval", self.lo, self.hi, self.lo_open, self.hi_open)


def _max_lo(a: Interval, b: Interval) -> tuple[float | None, bool]:
    if a.lo is None:
        return b.lo, b.lo_open
    if b.lo is None or a.lo > b.lo:
        return a.lo, a.lo_open
    if b.lo > a.lo:
        return b.lo, b.lo_open
    return a.lo, a.lo_open or b.lo_open


def _min_hi(a: Interval, b: Interval) -> tuple[float | None, bool]:
    if a.hi is None:
        return b.hi, b.hi_open
    if b.hi is None or a.hi < b.hi:
        return a.hi, a.hi_open
    if b.hi < a.hi:
        return b.hi, b.hi_open
    return a.hi, a.hi_open or b.hi_open


def relative_difference(a: float, b: float) -> float:
    """|a - b| relative to their mean: 27 vs 35 differ by 26 %."""
    mean = (abs(a) + abs(b)) / 2
    return 0.0 if mean == 0 else abs(a - b) / mean


# --------------------------------------------------------------------------------------------- counts
@dataclass(frozen=True)
class Count:
    """How many of something: an interval and the noun counted ("leaders", "delegations")."""

    interval: Interval
    unit: str | None = None
    unit_class: str = ""          # counts of units of different classes are not compared …
    also: frozenset[str] = frozenset()     # … except with these classes (one minister per country)
    # a sentence tags the counts it co-states ("170 countries ... and 60 ministers": not one per country)
    sentence_tag: tuple = field(default=(), compare=False)
    # its sentence splits the count into groups ("21 countries, 14 of them led by a head of state"): in this
    # story, counts of its class and of the paired classes count different things
    subgroup: bool = field(default=False, compare=False)

    @property
    def figure(self) -> float | None:
        return self.interval.figure

    def comparable(self, other: "Count") -> bool:
        if not self.unit_class or not other.unit_class or self.unit_class == other.unit_class:
            return True
        return other.unit_class in self.also and self.unit_class in other.also

    def intersects(self, other: "Count") -> bool:
        return self.interval.intersects(other.interval)

    def key(self) -> tuple:
        return ("count",) + self.interval.key()

    def to_dict(self) -> dict:
        out = self.interval.to_dict()
        if self.unit:
            out["unit"] = self.unit
        return out

    def display(self) -> str:
        return self.interval.display() + (f" {self.unit}" if self.unit else "")


# --------------------------------------------------------------------------------------------- money
@dataclass(frozen=True)
class Money:
    """An amount of money: an interval in ``currency`` (ISO code, or a unit name such as "Dollar" when the
    text does not say which dollar)."""

    interval: Interval
    currency: str
    # Where the article converted it itself ("2.2 billion somoni, or about $200 million"): the currency and
    # figure as written, which gives the story a rate for that currency (checker.localmoney.with_story_rates).
    written: tuple[str, float] | None = field(default=None, compare=False)

    @property
    def figure(self) -> float | None:
        return self.interval.figure

    def key(self) -> tuple:
        return ("money", self.currency) + self.interval.key()

    def to_dict(self) -> dict:
        out = self.interval.to_dict()
        out["currency"] = self.currency
        return out

    def display(self) -> str:
        fig = self.interval.figure
        amount = _short_amount(fig) if fig is not None else self.interval.notation()
        qual = f"{self.interval.qualifier} " if self.interval.qualifier else ""
        return f"{qual}{amount} {self.currency}"


def _short_amount(value: float) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{format_number(round(value / scale, 6))} {word}"
    return format_number(value)



def format_number(value: float) -> str:
    """A short, exact rendering: 30 not 30.0, 1.5e9 as 1500000000."""
    if value == int(value) and abs(value) < 1e18:
        return str(int(value))
    return f"{value:.10g}"
