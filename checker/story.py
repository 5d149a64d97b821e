"""One story, analysed: its articles' claims, aligned, and the rules' findings.

:func:`analyse_story` is a pure function of a story's documents and the pack, so stories can be analysed in
any order, in other processes or on other machines (see :mod:`checker.engine`), with identical results.
"""

from __future__ import annotations

from typing import Sequence

from checker.align import align_story, infer_years
from checker.eventtime import about_event_time, event_time
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
    return compare_claims(about_story_event(claims, docs), pack)


def about_story_event(claims: list[Claim], docs: Sequence[Document]) -> list[Claim]:
    """The claims about the story's event: those whose sentence dates another time are set aside
    (:mod:`checker.eventtime`)."""
    event = event_time(infer_years(claims))
    return about_event_time(claims, {d.id: d for d in docs}, event).kept


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
