"""One story, analysed: its articles' claims, aligned, and the rules' findings.

:func:`analyse_story` is a pure function of a story's documents and the pack, so stories can be analysed in
any order, in other processes or on other machines (see :mod:`checker.engine`), with identical results.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Iterator, Sequence

from checker.align import about, align_story, infer_years, main_event, small_homonyms
from checker.asides import without_asides
from checker.eventplace import elsewhere
from checker.localmoney import with_local_currencies, with_story_dollars, with_story_rates
from checker.eventtime import about_event_time, cause_words, event_time, multi_day, named_years, within_event
from checker.facts import read_claims
from checker.facts.dateline import dated_by_datelines
from checker.kinds import REGISTRY
from checker.kinds.base import make_finding
from checker.kinds.compare import comparable, intersects
from checker.model.claims import Claim
from checker.model.dates import DateValue
from checker.model.documents import Document
from checker.model.findings import Finding
from checker.model.entities import PeopleSet
from checker.model.overview import EventGap, EventGroup, FactView, PositionView, StoryOverview
from checker.model.pack import Pack
from checker.positions import build_positions, majority
from checker.sameevent import EventSplit, split_events
from checker.summed import without_summed_parts
from checker.venues import located_venues


def analyse_story(docs: Sequence[Document], pack: Pack) -> tuple[list[Claim], list[Finding], StoryOverview]:
    """Claims, findings and the overview (events, positions) of one story."""
    claims: list[Claim] = []
    capped: list[str] = []
    docs = dated_by_datelines(docs)             # a wire's "ADDIS ABABA, Nov 16 (AFP) -" is the day it was filed
    for doc in docs:
        found, cut = read_claims(doc, pack)
        claims.extend(found)
        if cut:
            capped.append(doc.id)
    kept, findings, view = compare_claims(about_story_event(claims, docs, pack), pack, docs)
    return kept, findings, replace(view, capped=tuple(capped)) if capped else view


def _causes(pack: Pack, main: str | None):
    """Event words of the classes other than the story's main one (what a far date may be the cause of)."""
    if main is None:
        return None
    return _cause_regex(tuple(sorted({w for f in pack.facts.values() for cls, words in f.events if cls not in
                                      main.split("|") and cls not in ("meeting", "social") for w in words})))


@lru_cache(maxsize=128)
def _cause_regex(words: tuple[str, ...]):
    return cause_words(words)


def _named_years(pack: Pack):
    return _years_before(tuple(w for f in pack.facts.values() for _, words in f.events for w in words))


@lru_cache(maxsize=8)
def _years_before(words: tuple[str, ...]):
    return named_years(words)


def about_story_event(claims: list[Claim], docs: Sequence[Document], pack: Pack) -> list[Claim]:
    """The claims about the story's event: those whose sentence dates another time (:mod:`checker.eventtime`)
    or whose clause is in another city than the event's (:mod:`checker.eventplace`) are set aside. The
    event's city is read from the claims about its time, and its days again without the claims elsewhere."""
    by_id = {d.id: d for d in docs}
    main = main_event(claims)
    event = event_time(c for c in infer_years(claims) if about(c, main))
    causes = _causes(pack, main)
    first = about_event_time(claims, by_id, event, year_before=_named_years(pack), causes=causes).kept
    away = {id(c) for c, _ in elsewhere(first, by_id)}
    kept = first                      # the same claims and event filter the same way again (most stories)
    if away:
        claims = [c for c in claims if id(c) not in away]
        event = event_time(c for c in infer_years(claims) if about(c, main))
        kept = about_event_time(claims, by_id, event, year_before=_named_years(pack), causes=causes).kept
    texts = {d.id: d.text for d in docs}
    kept = without_asides(without_summed_parts(small_homonyms(kept, list(texts.values())), texts), texts, pack)
    kept = with_story_dollars(with_story_rates(with_local_currencies(kept, pack), pack), pack)
    kept = located_venues(kept)
    dates = infer_years([c for c in kept if isinstance(c.value, DateValue)])    # a yearless range counts too
    several = multi_day(dates, event, (d.text for d in docs))
    return within_event(kept, several) if several else kept


def compare_claims(claims: list[Claim], pack: Pack, docs: Sequence[Document] = ()
                   ) -> tuple[list[Claim], list[Finding], StoryOverview]:
    """Align one story's claims and apply the rules: the aligned claims, the findings and the overview.

    When the articles report more than one event (:mod:`checker.sameevent`), claims are compared within each
    event, and the disagreements between events are reported too, a severity lower, with the reason the
    events look different ("different date and place: probably a different event"). Its cost follows the
    number of distinct values (rule kinds compare positions, alignment compares distinct names), not the
    number of articles."""
    claims = sorted(claims, key=lambda c: (c.source, c.start, c.fact))      # the same result in any file order
    groups = align_story(claims, pack.facts, pack.settings)
    sources = sorted({c.source for c in claims})           # an article without claims belongs to no event
    split = split_events(sources, claims, lambda a, b: _compatible(a, b, pack), {d.id: d.text for d in docs}) \
        if len(sources) > 1 else None
    events = [set(e.sources) for e in split.events] if split else [set(sources)]
    findings: list[Finding] = []
    for fact, fact_groups in groups.items():
        for rule in pack.rules_for(fact):
            kind = REGISTRY[rule.kind]
            for group in ([[c for g in fact_groups for c in g]] if kind.whole_story else fact_groups):
                for members in events:
                    findings.extend(kind.check([c for c in group if c.source in members], rule, pack.settings))
                if len(events) > 1:
                    findings.extend(_across_events(kind, group, rule, pack, split))
    aligned = [c for fact_groups in groups.values() for group in fact_groups for c in group]
    aligned.sort(key=lambda c: (c.source, c.start, c.fact))
    return aligned, findings, overview(claims[0].story if claims else (docs[0].story if docs else ""),
                                       groups, pack, split)


_LOWER = {"error": "warning", "warning": "info", "info": "info"}


def _across_events(kind, group: list[Claim], rule, pack: Pack, split: EventSplit) -> Iterator[Finding]:
    """Disagreements between events, a severity lower and with the reason the events look different: each
    event, largest first, set against the events before it; a finding holds the later event's claims on one
    side and the earlier events' claims they contradict on the other."""
    order = sorted(range(len(split.events)), key=lambda i: (-len(split.events[i].sources), i))
    for k in range(1, len(order)):
        later = set(split.events[order[k]].sources)
        earlier = {s for i in order[:k] for s in split.events[i].sources}
        gaps = [g for g in (split.between(order[k], i) for i in order[:k]) if g]
        gap = max(gaps, key=lambda g: g.probability) if gaps else None
        reason = gap.reason() if gap else "probably a different event"
        lowered = replace(rule, severity=_LOWER[rule.severity],
                          message=rule.message + " [" + reason.replace("{", "(").replace("}", ")") + "]")
        mine: dict[int, Claim] = {}
        theirs: dict[int, Claim] = {}
        extra: dict = {}
        for f in kind.check([c for c in group if c.source in later | earlier], lowered, pack.settings):
            a, b = f.sides
            for x, y in ((a, b), (b, a)):
                xs, ys = [c for c in x if c.source in later], [c for c in y if c.source in earlier]
                if xs and ys:
                    mine.update((id(c), c) for c in xs)
                    theirs.update((id(c), c) for c in ys)
                    extra = extra or {k: v for k, v in f.extra.items() if k != "outliers"}
        if mine:                               # one finding for the later event's disagreement on this fact
            x = sorted(mine.values(), key=lambda c: (c.source, c.start))
            y = sorted(theirs.values(), key=lambda c: (c.source, c.start))
            yield make_finding(lowered, x, y, ordered=True, outliers=", ".join(dict.fromkeys(c.source for c in x)),
                               **extra)


def _compatible(a: object, b: object, pack: Pack) -> bool:
    """Whether two values can both be true, as the same-event check reads them."""
    if isinstance(a, PeopleSet) and isinstance(b, PeopleSet):
        return a.intersects(b)
    return not comparable(a, b, pack.settings) or intersects(a, b, pack.settings, SAME_EVENT_RATE_TOLERANCE)


SAME_EVENT_RATE_TOLERANCE = 0.1


def _fits(group: Sequence[Claim], pack: Pack):
    """Whether two values of ``group`` belong in one position, as its rules read them: lists of people also
    when some claim of the group names them all ("hosted by X" and "hosted by Y" beside "co-chaired by X and
    Y", which people-disagree does not flag either)."""
    lists = [c.value.idents() for c in group if isinstance(c.value, PeopleSet)]

    def fits(a: object, b: object) -> bool:
        if isinstance(a, PeopleSet) and isinstance(b, PeopleSet) and not a.intersects(b):
            return any(a.idents() | b.idents() <= names for names in lists)
        return _compatible(a, b, pack)
    return fits


def overview(story: str, groups: dict[str, list[list[Claim]]], pack: Pack, split: EventSplit | None
             ) -> StoryOverview:
    """The story's events and, per fact, the positions of its main group of comparable claims."""
    if split is None:
        events: tuple[EventGroup, ...] = ()
        gaps: tuple[EventGap, ...] = ()
    else:
        events = tuple(EventGroup(tuple(e.sources), e.confidence) for e in split.events)
        gaps = tuple(EventGap(i, j, g.probability, g.reason()) for i in range(len(split.events))
                     for j in range(i + 1, len(split.events)) for g in [split.between(i, j)] if g)
    event_of = {s: i for i, e in enumerate(split.events) for s in e.sources} if split else {}
    facts = []
    for fact, fact_groups in groups.items():
        group = max(fact_groups, key=len, default=[])
        if not group:
            continue
        found = build_positions(group, _fits(group, pack))
        top = majority(found)
        views = tuple(PositionView("; ".join(dict.fromkeys(v.display() for v in p.values.values())),
                                   tuple(p.sources), tuple(dict.fromkeys(c.text for c in p.claims)))
                      for p in found)
        index = found.index(top) if top is not None else None
        others = sorted({s for k, p in enumerate(found) if k != index for s in p.sources}
                        - (set(found[index].sources) if index is not None else set()))
        # An outlier in none of the majority's events may report another meeting rather than err: say so.
        backed = {event_of.get(s) for s in found[index].sources} if index is not None else set()
        outliers = tuple(others) if index is not None else ()
        elsewhere = tuple(s for s in outliers if event_of.get(s) not in backed)
        facts.append(FactView(fact, views, index if len(found) > 1 else 0, outliers, elsewhere))
    return StoryOverview(story, events, gaps, tuple(facts))
