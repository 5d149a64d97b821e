"""Alignment: which claims of a story are about the same thing, and so may be compared.

- Dates, counts and places are compared within one story, and where the pack defines event classes only
  between claims about the same kind of event (the trial date is not compared with the sentencing date);
  a claim with no event word of a known class is compared with nothing. Dates without a year borrow the
  year most of the story's dated claims give (marked as inferred).
- People are matched by name across the story with rapidfuzz (Zelensky/Zelenskyy, with or without first
  names, diacritics and hyphen variants), so sets of people compare by identity.
- Money is compared only between claims with the same donor or the same named programme (fuzzy match,
  acronyms understood: EU = European Union); an amount whose donor and programme are unknown is compared with
  nothing, because two different pots of money are not a contradiction.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Iterable

from checker.facts.claims import split_mismatch
from checker.model.claims import Claim
from checker.mentions.people import name_key, same_person
from checker.mentions.places import gazetteer
from checker.model.pack import FactDef, Settings
from checker.model.dates import DateValue
from checker.model.entities import PeopleSet, Person, Place
from checker.model.quantities import Count


def align_story(claims: list[Claim], facts: dict[str, FactDef], settings: Settings) -> dict[str, list[list[Claim]]]:
    """Groups of comparable claims, by fact."""
    by_fact: dict[str, list[Claim]] = {}
    for claim in claims:
        by_fact.setdefault(claim.fact, []).append(claim)
    main = main_event(claims)
    groups: dict[str, list[list[Claim]]] = {}
    for name, fact_claims in by_fact.items():
        fact = facts[name]
        if settings.borrow_year:
            fact_claims = infer_years(fact_claims)
        fact_claims = identify_people(fact_claims)
        fact_claims = unit_pairs_apart(fact_claims)
        if fact.per is not None:
            groups[name] = by_entity(fact_claims)
        elif "total" in fact.align_by:
            groups[name] = totals_and_parts(fact_claims, fact, settings)
        elif "event" in fact.align_by:
            about_main = [c for c in fact_claims if about(c, main)]
            others = [[c] for c in fact_claims if not about(c, main)]
            rest = [f for f in fact.align_by if f != "event"]
            groups[name] = (group_by_context(about_main, rest, fact.align_threshold) if rest else [about_main]) + others
        elif fact.align_by:
            groups[name] = group_by_context(fact_claims, fact.align_by, fact.align_threshold)
        else:
            groups[name] = [fact_claims]
    return groups


def by_entity(claims: list[Claim]) -> list[list[Claim]]:
    """Claims of a per-entity fact grouped by the person they are about: names matched with rapidfuzz ("Jane
    Doe" / "Doe" / "Jane M. Doe"), the fuller names first; a name that could be either of two people ("Doe"
    beside Jane and John Doe) and a claim without a name are compared with nothing."""
    names = sorted({c.context.entity for c in claims if c.context.entity},
                   key=lambda n: (-len(n.split()), n))
    clusters: list[list[str]] = []
    ident: dict[str, int | None] = {}
    for name in names:
        matches = [i for i, cluster in enumerate(clusters) if same_person(cluster[0], name)]
        if len(matches) > 1:
            ident[name] = None
        elif matches:
            clusters[matches[0]].append(name)
            ident[name] = matches[0]
        else:
            clusters.append([name])
            ident[name] = len(clusters) - 1
    groups: list[list[Claim]] = [[] for _ in clusters]
    alone: list[list[Claim]] = []
    for c in claims:
        i = ident.get(c.context.entity) if c.context.entity else None
        if i is None:
            alone.append([c])
        else:
            groups[i].append(c)
    return [g for g in groups if g] + alone


def main_event(claims: Iterable[Claim]) -> str | None:
    """The story's event class: the one nearest to claims of the most sources (ties: the first named).
    A claim nearest to another class's word is about another event."""
    sources: dict[str, set[str]] = {}
    for c in claims:
        for cls in (c.context.event or "").split("|"):
            if cls:
                sources.setdefault(cls, set()).add(c.source)
    if not sources:
        return None
    return max(sources, key=lambda cls: len(sources[cls]))


def about(claim: Claim, main: str | None) -> bool:
    """Whether a claim is about the story's main event: the nearest event word of its clause (or, without one
    there, of its sentence) is of that class, or its sentence names no event at all ("the mayor hosted a
    dinner for the delegations on Monday": a dinner, though "hosted" is a meeting word)."""
    cls = claim.context.event
    return cls is None or main is None or cls.split("|")[0] == main


SMALL_TOWN = 50_000


def small_homonyms(claims: list[Claim], texts: Iterable[str]) -> list[Claim]:
    """A small town (fewer than 50,000 people) in a country that no other place of the story is in and that no
    article names is more likely a district, a venue or a namesake ("San Borja" of Lima read as the Bolivian
    town, "the Lakeside Convention Centre") than a rival venue: it becomes a place the gazetteer does not
    know, which contradicts nothing."""
    places = [c.value for c in claims if isinstance(c.value, Place) and not c.value.virtual]
    small = {p.country for p in places if p.place_type == "city" and 0 < p.population < SMALL_TOWN}
    if not small:
        return claims
    joined = "\n".join(texts)
    named = {code for code in small if any(re.search(r"(?<![\w$])" + re.escape(name) + r"(?![\w$])", joined)
                                           for name in gazetteer().country_names(code))}
    out = []
    for c in claims:
        v = c.value
        if isinstance(v, Place) and v.place_type == "city" and 0 < v.population < SMALL_TOWN and \
                v.country not in named and not any(p.country == v.country and p.name != v.name for p in places):
            c = replace(c, value=Place(v.name, "unknown"))
        out.append(c)
    return out


def unit_pairs_apart(claims: list[Claim]) -> list[Claim]:
    """Classes of units that count the same thing ("17 countries", "more than two dozen ministers": one minister
    a country) are compared, unless an article gives both in one sentence ("Some 170 countries sent
    delegations, and nearly 60 ministers made the trip"): then, in this story, they count different things."""
    by_sentence: dict[tuple, set[str]] = {}
    for c in claims:
        if isinstance(c.value, Count) and c.value.unit_class and c.value.sentence_tag:
            by_sentence.setdefault(c.value.sentence_tag, set()).add(c.value.unit_class)
    apart = {(a, b) for classes in by_sentence.values() for a in classes for b in classes if a != b}
    apart |= {(c.value.unit_class, other) for c in claims if isinstance(c.value, Count) and c.value.subgroup
              for other in c.value.also}
    apart |= {(b, a) for a, b in apart}
    if not apart:
        return claims
    out = []
    for c in claims:
        v = c.value
        if isinstance(v, Count) and any((v.unit_class, other) in apart for other in v.also):
            v = replace(v, also=frozenset(o for o in v.also if (v.unit_class, o) not in apart))
            c = replace(c, value=v)
        out.append(c)
    return out


def infer_years(claims: list[Claim]) -> list[Claim]:
    """Give dates without a year the year most dated claims of the story name (marked as inferred)."""
    years = Counter()
    for c in claims:                         # day-precise dates vote ("in 2019", "last year" do not)
        if isinstance(c.value, DateValue) and c.value.days and not c.value.year_inferred \
                and (c.value.span_days or 0) <= 7:
            span_years = {d.year for d in c.value.days}
            if len(span_years) == 1:
                years[next(iter(span_years))] += 1
    if not years:
        return claims
    year = max(years, key=lambda y: (years[y], y))       # ties: the latest
    out: list[Claim] = []
    for c in claims:
        if isinstance(c.value, DateValue) and c.value.form == "recurring":
            c = replace(c, value=c.value.with_year(year))
            if c.value.weekday_mismatch and len(c.parts) == 2:
                out.extend(split_mismatch(c))        # the weekday and the date, each on its own
                continue
        out.append(c)
    return out


def identify_people(claims: list[Claim]) -> list[Claim]:
    """Give every person in the story's people claims a story-wide identity: the fullest name they go by."""
    people = [p for c in claims if isinstance(c.value, PeopleSet) for p in c.value.people]
    if not people:
        return claims
    clusters: list[list[str]] = []
    for name in sorted({p.name for p in people}, key=lambda n: (-len(n.split()), n)):
        for cluster in clusters:
            if same_person(cluster[0], name):
                cluster.append(name)
                break
        else:
            clusters.append([name])
    ident = {name: cluster[0] for cluster in clusters for name in cluster}
    out = []
    for c in claims:
        if isinstance(c.value, PeopleSet):
            value = PeopleSet(tuple(Person(p.name, p.title, ident[p.name]) for p in c.value.people))
            c = replace(c, value=value)
        out.append(c)
    return out


def totals_and_parts(claims: list[Claim], fact: FactDef, settings: Settings | None = None) -> list[list[Claim]]:
    """Amounts that are the event's total, compared together, and the others (a donor's share, a separate
    loan) compared only with amounts of the same donor or programme. An amount is a part when words around
    it say so (the pack's ``part_words``: "largest donor", "separately", "of the total") or when a particular
    donor gives it; unless that donor is the only one any total names (the EU alone pledged at the talks),
    an amount given by no one in particular ("donors", "governments") or by nobody named is a total."""
    def specific(c: Claim) -> str | None:
        donor = c.context.donor
        if not donor or donor.lower().split()[-1] in fact.generic_donors or donor.lower() in fact.generic_donors:
            return None
        return donor

    candidates = [c for c in claims if not c.context.part]
    named = [specific(c) for c in candidates if specific(c)]
    generic = [c for c in candidates if specific(c) is None]
    sole = None
    distinct = list(dict.fromkeys(named))      # each name compared once, however many articles give it
    if distinct and all(_same_entity(distinct[0], n, fact.align_threshold) for n in distinct[1:]):
        own = [c for c in candidates if specific(c)]
        if all(any(_same_amount(g.value, c.value) for c in own) for g in generic):
            sole = named[0]
    sole_names = {n for n in distinct if sole and (n == sole or _same_entity(n, sole, fact.align_threshold))}
    totals = [c for c in candidates if specific(c) is None or specific(c) in sole_names]
    if settings is not None:
        totals = _without_small_pots(totals, settings)
    chosen = {id(c) for c in totals}
    parts = [c for c in claims if id(c) not in chosen]
    fields = [f for f in fact.align_by if f in ("donor", "programme")]
    # a share of nobody named for nothing named ("$390 million in grants") is compared with nothing
    loose = [[c] for c in parts if not any(c.context.get(f) for f in fields)]
    keyed = [c for c in parts if any(c.context.get(f) for f in fields)]
    return ([totals] if totals else []) + group_by_context(keyed, fields, fact.align_threshold) + loose


# An amount less than this share of the story's typical total is another pot (a donor's share, a diaspora
# collection), not a rival total: planted and real disagreements on totals stay within a factor of about 2.5.
SMALL_POT = 0.2


def _without_small_pots(totals: list[Claim], settings: Settings) -> list[Claim]:
    """The totals less those far smaller than the median total (in the base currency)."""
    def base(c: Claim) -> float | None:
        rate = settings.to_base(c.value.currency)
        figure = c.value.interval.figure
        return None if rate is None or figure is None else figure * rate

    amounts = sorted(a for a in map(base, totals) if a)
    if len(amounts) < 2:
        return totals
    median = amounts[len(amounts) // 2]
    values = [c.value for c in totals]

    def slip(c: Claim) -> bool:
        """The same digits as another total in its currency, a power of ten apart: "26.2 billion" against
        "262 billion CFA francs" is a decimal slip, a rival total, not a small pot."""
        return any(v.currency == c.value.currency and v.figure and c.value.figure
                   and _power_of_ten(v.figure / c.value.figure) for v in values)

    return [c for c in totals if base(c) is None or base(c) >= SMALL_POT * median or slip(c)]


def _power_of_ten(ratio: float) -> bool:
    return any(abs(ratio - 10 ** k) <= 0.005 * 10 ** k for k in (1, 2, 3))


def _same_amount(a: object, b: object) -> bool:
    """Two amounts in one currency that can both be true (the sole donor's amount and the story's total)."""
    return getattr(a, "currency", None) == getattr(b, "currency", None) and a.interval.intersects(b.interval)


def group_by_context(claims: list[Claim], fields: Iterable[str], threshold: float) -> list[list[Claim]]:
    """Connected groups of claims that share a donor or a programme; claims with neither stand alone.

    Names are compared pairwise only among the *distinct* names of each field, and every claim is joined
    to the names it carries, so 500 articles naming the same donor cost one comparison, not 125,000.
    Groups come in the order of their first claim, claims in their given order."""
    fields = tuple(fields)
    parent = list(range(len(claims)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(i)] = find(j)

    for name in fields:
        nodes: dict[str, int] = {}                         # distinct name -> its node in ``parent``
        for i, claim in enumerate(claims):
            value = claim.context.get(name)
            if not value:
                continue
            if value not in nodes:
                nodes[value] = len(parent)
                parent.append(len(parent))
            union(i, nodes[value])
        names = list(nodes)
        for a in range(len(names)):
            for b in range(a + 1, len(names)):
                if find(nodes[names[a]]) != find(nodes[names[b]]) and _same_entity(names[a], names[b], threshold):
                    union(nodes[names[a]], nodes[names[b]])
    groups: dict[int, list[Claim]] = {}
    for i, claim in enumerate(claims):
        groups.setdefault(find(i), []).append(claim)
    return list(groups.values())


def _same_entity(a: str | None, b: str | None, threshold: float) -> bool:
    """Two names of an organisation, country or programme that mean the same one."""
    if not a or not b:
        return False
    if a == b:
        return True
    from rapidfuzz import fuzz      # imported on first use: about 10 ms, and many runs compare no names

    ka, kb = _entity_key(a), _entity_key(b)
    if ka == kb or fuzz.token_sort_ratio(ka, kb) >= threshold:
        return True
    if _acronym(ka) == kb.replace(" ", "") or _acronym(kb) == ka.replace(" ", ""):
        return True
    pa, pb = gazetteer().lookup(a), gazetteer().lookup(b)
    return pa is not None and pb is not None and pa.name == pb.name


def _entity_key(name: str) -> str:
    key = name_key(name)
    return key[4:] if key.startswith("the ") else key


def _acronym(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in ("of", "and", "the"))


__all__ = ["align_story", "infer_years", "identify_people", "group_by_context", "same_person"]
