"""The pipeline, one way: sources -> text -> mentions -> facts -> alignment -> rules -> findings -> report.

:func:`run` loads the articles and the rule pack; :func:`analyse` hands the stories to an engine (each is
analysed by :func:`checker.story.analyse_story`) and merges the results into one :class:`Report`, the same
whatever the engine or the number of jobs.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Callable, ContextManager, Iterable

from checker.corpus import guard_output
from checker.engine import Advance, EngineOptions, analyse_stories
from checker.model.claims import Claim
from checker.model.documents import Document
from checker.model.findings import Finding, sort_findings
from checker.model.pack import Pack
from checker.model.report import Report
from checker.pack import load_pack
from checker.resources import default_rules_dir, sample_corpus_dir
from checker.sources import ARTICLE_SUFFIXES, group_stories, load_documents

# Given the number of articles, a context that yields the function told of each finished batch of them.
Progress = Callable[[int], ContextManager[Advance]]


def run(paths: Iterable[str | Path] | None = None, rules: str | Path | None = None,
        warn: Callable[[str], None] | None = None, pack: Pack | None = None,
        engine: EngineOptions | None = None, progress: Progress | None = None,
        output: str | Path | None = None) -> Report:
    """Load articles (default: the bundled sample corpus) and the rule pack, and analyse every story with
    the given engine (default: in this process). ``output``, the file the report goes to, is never read as
    an article, and may not be one (an error, before anything is written)."""
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
    exclude = guard_output(output, paths, ARTICLE_SUFFIXES)
    docs = load_documents(paths, warn=_warn, root=root, exclude=exclude)
    return analyse(docs, pack, warnings, engine, progress, warn)


def _no_progress(total: int) -> ContextManager[Advance]:
    return contextlib.nullcontext(lambda done: None)


def analyse(docs: list[Document], pack: Pack, warnings: list[str] | None = None,
            engine: EngineOptions | None = None, progress: Progress | None = None,
            warn: Callable[[str], None] | None = None) -> Report:
    """Analyse loaded documents story by story. Engines return one result per story in story order, so the
    merged, sorted output is the same whatever the engine or the number of jobs."""
    order = {d.id: i for i, d in enumerate(docs)}
    claims: list[Claim] = []
    findings: list[Finding] = []
    overviews = []
    stories = list(group_stories(docs).values())
    with (progress or _no_progress)(len(docs)) as advance:
        results = analyse_stories(stories, pack, engine or EngineOptions(), advance)
    warnings = warnings if warnings is not None else []
    by_id = {d.id: d for d in docs}
    for story_claims, story_findings, story_overview in results:
        claims.extend(story_claims)
        findings.extend(story_findings)
        overviews.append(story_overview)
        for doc_id in story_overview.capped:        # one line per article read in part
            message = (f"{by_id[doc_id].path}: more claims than the limit of {pack.settings.max_claims} "
                       f"(an article of {len(by_id[doc_id].text):,} characters); only the first are read "
                       "(settings: limits.claims_per_article)")
            warnings.append(message)
            if warn:
                warn(message)
    claims.sort(key=lambda c: (order[c.source], c.start, c.fact))
    return Report(docs, claims, sort_findings(findings, list(pack.facts)), pack, warnings,
                  overviews=overviews)
