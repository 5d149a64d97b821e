"""Comparing two normalised values under the pack's settings.

Most value types know on their own whether their sets intersect; money needs the pack's currency rates
first (an amount in euros and one in dollars are compared in the base currency, each widened by the rate
tolerance), and amounts in a currency the pack has no rate for are not compared at all.
"""

from __future__ import annotations

from typing import Any

from checker.model.pack import Settings
from checker.model.quantities import Count, Interval, Money


def comparable(a: Any, b: Any, settings: Settings) -> bool:
    """Whether the two values can be compared at all."""
    if type(a) is not type(b):
        return False
    if isinstance(a, Money):
        return in_base(a, settings) is not None and in_base(b, settings) is not None
    if isinstance(a, Count):
        return a.comparable(b)
    return True


def intersects(a: Any, b: Any, settings: Settings, rate_tolerance: float = 0.0) -> bool:
    """Whether both values can be true at once (the sets they stand for intersect)."""
    if isinstance(a, Money):
        ia, ib = in_base(a, settings), in_base(b, settings)
        if ia is None or ib is None:
            return True
        ca, cb = settings.resolve_currency(a.currency), settings.resolve_currency(b.currency)
        if ca != cb:                  # the rate is uncertain once: widen the converted side, not both
            if ca == settings.base_currency:
                ib = ib.widened(rate_tolerance)
            else:
                ia = ia.widened(rate_tolerance)
        return ia.intersects(ib)
    return a.intersects(b)


def figure(value: Any, settings: Settings) -> float | None:
    """The number the text gave, in the base currency for money."""
    if isinstance(value, Money):
        interval = in_base(value, settings)
        return None if interval is None else interval.figure
    return getattr(value, "figure", None)


def in_base(value: Money, settings: Settings) -> Interval | None:
    rate = settings.to_base(value.currency)
    return None if rate is None else value.interval.scaled(rate)
