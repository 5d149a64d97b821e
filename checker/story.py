"""One story, analysed: its articles' claims, aligned, and the rules' findings.

:func:`analyse_story` is a pure function of a story's documents and the pack, so stories can be analysed in
any order, in other processes or on other machines (see :mod:`checker.engine`), with identical results.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from checker.align import about, align_story, infer_years, main_event, small_homonyms
from checker.eventtime import about_event_time, event_time, multi_day, named_years, within_event
from checker.facts import extract_claims
from checker.kinds import REGISTRY
from checker.model.claims import Claim
from checker.model.documents import Document
from checker.model.findings import Finding
from checker.model.pack import Pack


def analyse_story(docs: Sequence[Document], pack: Pack) -> tuple[list[Claim], list[Finding]]:
    """Claims and findings of one story."""
    claims: list[Claim] = []
    for doc in docs:
        claims.extend(extract_claims(doc, pack))
    return compare_claims(about_story_event(claims, docs, pack), pack)


def _named_years(pack: Pack):
    return _years_before(tuple(w for f in pack.facts.values() for _, words in f.events for w in words))


@lru_cache(maxsize=8)
def _years_before(words: tuple[str, ...]):
    return named_years(words)


def about_story_event(claims: list[Claim], docs: Sequence[Document], pack: Pack) -> list[Claim]:
    """The claims about the story's event: those whose sentence dates another time are set aside
    (:mod:`checker.eventtime`)."""
    main = main_event(claims)
    event = event_time(c for c in infer_years(claims) if about(c, main))
    kept = about_event_time(claims, {d.id: d for d in docs}, event, year_before=_named_years(pack)).kept
    kept = small_homonyms(kept, [d.text for d in docs])
    several = multi_day(kept, event, (d.text for d in docs))
    return within_event(kept, several) if several else kept


def compare_claims(claims: list[Claim], pack: Pack) -> tuple[list[Claim], list[Finding]]:
    """Align one story's claims and apply the rules: the aligned claims and the findings. Its cost follows
    the number of distinct values (rule kinds compare positions, alignment compares distinct names), not
    the number of articles."""
    groups = align_story(claims, pack.facts, pack.settings)
    findings: list[Finding] = []
    for fact, fact_groups in groups.items():
        for rule in pack.rules_for(fact):
            kind = REGISTRY[rule.kind]
            for group in fact_groups:
                findings.extend(kind.check(group, rule, pack.settings))
    aligned = [c for fact_groups in groups.values() for group in fact_groups for c in group]
    aligned.sort(key=lambda c: (c.source, c.start, c.fact))
    return aligned, findings
