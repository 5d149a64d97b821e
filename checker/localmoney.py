"""A bare currency unit read as the event country's own: "Rs 55 billion" in a story set in Port Louis is in
Mauritian rupees, not the Indian rupees a bare "Rs" is otherwise taken for. And the story's own rate: an
amount one article converts itself ("2.2 billion somoni, or about $200 million") gives the rate another
article's amount in that currency is read at, rather than the pack's. And a bare "$" that gives, as written,
the figure another article gives in a named non-US dollar ("$12 million" in a Suva paper, "A$12 million" on
the wire) is that dollar.

The event's country is the one most of the story's location claims name (each source counted once); the pack
says, per unit name, which country uses which code (``settings.currency.local``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Sequence

from checker.mentions.currencies import CODES
from checker.model.claims import Claim
from checker.model.entities import Place
from checker.model.pack import Pack
from checker.model.quantities import Money


def event_country(claims: Sequence[Claim]) -> str | None:
    """The country most sources place the event in (None on a tie or without places)."""
    votes = Counter(country for _, country in {(c.source, c.value.country) for c in claims
                                               if isinstance(c.value, Place) and c.value.country
                                               and not c.value.virtual})
    top = votes.most_common(2)
    if not top or (len(top) > 1 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def with_local_currencies(claims: list[Claim], pack: Pack) -> list[Claim]:
    """``claims`` with bare units (``Rupee``, ``Peso``) in the event country's currency where the pack names it."""
    local = pack.settings.local
    if not local or not any(isinstance(c.value, Money) and c.value.currency in local for c in claims):
        return claims
    country = event_country([c for c in claims if isinstance(c.value, Place)])
    if country is None:
        return claims
    out = []
    for c in claims:
        code = local.get(c.value.currency, {}).get(country) if isinstance(c.value, Money) else None
        out.append(replace(c, value=replace(c.value, currency=code)) if code else c)
    return out


def with_story_rates(claims: list[Claim], pack: Pack) -> list[Claim]:
    """``claims`` with amounts in a currency that an article of the story converted into dollars itself read at
    that article's rate (the median where several do), in those dollars."""
    resolve = pack.settings.resolve_currency
    rates: dict[str, list[tuple[float, str]]] = {}
    for c in claims:
        if isinstance(c.value, Money) and c.value.written and c.value.figure:
            currency, figure = c.value.written
            rates.setdefault(resolve(currency), []).append((c.value.figure / figure, c.value.currency))
    if not rates:
        return claims
    median = {currency: sorted(found)[len(found) // 2] for currency, found in rates.items()}
    out = []
    for c in claims:
        v = c.value
        found = median.get(resolve(v.currency)) if isinstance(v, Money) and not v.written and v.figure else None
        if found:
            rate, dollars = found
            c = replace(c, value=Money(v.interval.scaled(rate), dollars, written=(v.currency, v.figure)))
        out.append(c)
    return out


# The dollars of countries other than the United States, by ISO code.
_OTHER_DOLLARS = frozenset(code for code, (name, iso) in CODES.items()
                           if iso and iso != "USD" and name.lower().endswith("dollar"))


def with_story_dollars(claims: list[Claim], pack: Pack) -> list[Claim]:
    """``claims`` with a bare dollar amount read as the named non-US dollar of another article's claim that
    gives the same figure (within 1 %; as written, before any conversion), when no US-dollar amount of the
    story gives it."""
    resolve = pack.settings.resolve_currency
    money = [c for c in claims if isinstance(c.value, Money) and c.value.figure]
    named = [(c, *_as_written(c.value)) for c in money]
    named = [(c, cur, fig) for c, cur, fig in named if resolve(cur) in _OTHER_DOLLARS]
    if not named:
        return claims
    out = []
    for c in claims:
        v = c.value
        if isinstance(v, Money) and v.currency == "Dollar" and v.figure and not v.written:
            same = [(x, cur, fig) for x, cur, fig in named if x.source != c.source and _close(fig, v.figure)]
            in_usd = any(resolve(x.value.currency) == "USD" and x.value.currency != "Dollar"
                         and _close(x.value.figure, v.figure) for x in money)
            if same and len({resolve(cur) for _, cur, _ in same}) == 1 and not in_usd:
                x, cur, fig = same[0]
                rate = x.value.figure / fig                      # 1, or the story's own rate for that dollar
                c = replace(c, value=Money(v.interval.scaled(rate), x.value.currency, written=(cur, v.figure)))
        out.append(c)
    return out


def _as_written(value: Money) -> tuple[str, float]:
    return value.written if value.written else (value.currency, value.figure)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.01 * max(abs(a), abs(b))
