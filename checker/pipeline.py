"""The pipeline, one way: sources -> text -> mentions -> facts -> alignment -> rules -> findings -> report.

:func:`analyse_story` is a pure function of a story's documents and the pack, so stories can be processed
in any order, in other processes or on other machines, with identical results. :func:`run` is what the
command line calls.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, ContextManager, Iterable, Mapping, Sequence

from checker.align import align_story
from checker.engine import Advance, EngineOptions, analyse_stories
from checker.facts import Claim, extract_claims, fact_table
from checker.findings import Finding, sort_findings
from checker.kinds import REGISTRY
from checker.pack import Pack, load_pack
from checker.resources import default_rules_dir, sample_corpus_dir
from checker.sources import Document, group_stories, load_documents

if TYPE_CHECKING:                     # pandas is imported only when a fact table is asked for
    import pandas as pd

SCHEMA = "checker-report/1"
# Given the number of articles, a context that yields the function told of each finished batch of them.
Progress = Callable[[int], ContextManager[Advance]]


@dataclass
class Report:
    """Everything a run found: the documents, every claim, and the findings."""

    documents: list[Document]
    claims: list[Claim]
    findings: list[Finding]
    pack: Pack
    warnings: list[str] = field(default_factory=list)
    # Set by checker.gate.apply_decisions: findings hidden from the default view (dismissed in review, or
    # known to the baseline), which SARIF and JUnit still carry, and the findings a baseline knows: id ->
    # "unchanged" or "updated" (None: no baseline).
    suppressed: list[Finding] = field(default_factory=list)
    baseline: Mapping[str, str] | None = None

    @property
    def hidden(self) -> int:
        """How many findings reviews or a baseline hid from the default view."""
        return len(self.suppressed)

    def all_findings(self) -> list[Finding]:
        """Shown and hidden findings together, in report order."""
        if not self.suppressed:
            return list(self.findings)
        return sort_findings(self.findings + self.suppressed, list(self.pack.facts))

    def to_dict(self) -> dict:
        """The JSON report, contract version 1 (DESIGN §4)."""
        return {
            "schema": SCHEMA,
            "sources": [d.describe() for d in self.documents],
            "facts": [c.to_dict() for c in self.claims],
            "findings": [f.to_dict() for f in self.findings],
        }

    def facts_frame(self) -> "pd.DataFrame":
        return fact_table(self.claims)

    @property
    def stories(self) -> list[str]:
        return list(dict.fromkeys(d.story for d in self.documents))

    def document(self, doc_id: str) -> Document:
        return self._by_id[doc_id]

    @property
    def _by_id(self) -> dict[str, Document]:
        cache = self.__dict__.get("_doc_index")
        if cache is None:
            cache = {d.id: d for d in self.documents}
            self.__dict__["_doc_index"] = cache
        return cache


def analyse_story(docs: Sequence[Document], pack: Pack) -> tuple[list[Claim], list[Finding]]:
    """Claims and findings of one story."""
    claims: list[Claim] = []
    for doc in docs:
        claims.extend(extract_claims(doc, pack))
    return compare_claims(claims, pack)


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


def run(paths: Iterable[str | Path] | None = None, rules: str | Path | None = None,
        warn: Callable[[str], None] | None = None, pack: Pack | None = None,
        engine: EngineOptions | None = None, progress: Progress | None = None) -> Report:
    """Load articles (default: the bundled sample corpus) and the rule pack, and analyse every story with
    the given engine (default: in this process)."""
    warnings: list[str] = []

    def _warn(message: str) -> None:
        warnings.append(message)
        if warn:
            warn(message)

    pack = pack or load_pack(rules or default_rules_dir())
    paths = list(paths or [])
    root = None
    if not paths:
        paths = [sample_corpus_dir()]
        root = sample_corpus_dir().parent
    docs = load_documents(paths, warn=_warn, root=root)
    return analyse(docs, pack, warnings, engine, progress)


def _no_progress(total: int) -> ContextManager[Advance]:
    return contextlib.nullcontext(lambda done: None)


def analyse(docs: list[Document], pack: Pack, warnings: list[str] | None = None,
            engine: EngineOptions | None = None, progress: Progress | None = None) -> Report:
    """Analyse loaded documents story by story. Engines return one result per story in story order, so the
    merged, sorted output is the same whatever the engine or the number of jobs."""
    order = {d.id: i for i, d in enumerate(docs)}
    claims: list[Claim] = []
    findings: list[Finding] = []
    stories = list(group_stories(docs).values())
    with (progress or _no_progress)(len(docs)) as advance:
        results = analyse_stories(stories, pack, engine or EngineOptions(), advance)
    for story_claims, story_findings in results:
        claims.extend(story_claims)
        findings.extend(story_findings)
    claims.sort(key=lambda c: (order[c.source], c.start, c.fact))
    return Report(docs, claims, sort_findings(findings, list(pack.facts)), pack, warnings or [])
