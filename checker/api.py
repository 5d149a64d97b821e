"""What the commands do, as functions that return model objects; :mod:`checker.cli` parses the command
line, calls these and prints what they return.

- :func:`report`: the consistency report, with review decisions and a baseline applied;
- :func:`check`: the same report and the CI gate's verdict on it;
- :func:`facts`: the report whose claims make the fact table (:func:`checker.facts.fact_table`);
- :func:`analyse`: every finding, whatever its review status (what a baseline records);
- :func:`reviewed` and :func:`decide`: findings with their review status, and recording a decision;
- :func:`pack` and :func:`rule_tests`: a rule pack, and its YAML test cases run;
- :func:`evaluate`: precision and recall of a rule pack over a folder of labelled stories.

``paths`` are files or folders of articles (none: the bundled sample corpus); ``rules`` a rule pack folder
(None: the bundled pack). Problems with the user's input raise :class:`~checker.errors.CheckerError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from checker.baseline import Baseline, load_baseline
from checker.engine import EngineOptions
from checker.evaluate import Evaluation, evaluate_stories
from checker.gate import GateResult, apply_decisions, gate
from checker.model.findings import Finding
from checker.model.pack import Pack
from checker.model.report import Report
from checker.pack import load_pack
from checker.pipeline import Progress, run
from checker.resources import default_rules_dir
from checker.review import (
    Review, apply_reviews, default_reviews_path, find_finding, load_reviews, record, reviewer_name,
)
from checker.ruletests import CaseResult, run_pack_tests

Paths = Sequence[str | Path]
Warn = Callable[[str], None]


@dataclass(frozen=True)
class Decisions:
    """What people decided about findings: the review decisions, and the baseline of known findings."""

    reviews: dict[str, Review]
    baseline: Baseline | None = None


@dataclass(frozen=True)
class Checked:
    """A report with decisions applied, and the CI gate's verdict on it."""

    report: Report
    verdict: GateResult


@dataclass(frozen=True)
class Reviewed:
    """Every finding with its review status, the decisions they come from and the review file."""

    path: Path
    reviews: dict[str, Review]
    report: Report
    findings: list[Finding]


def load_decisions(paths: Paths, reviews_file: Path | None = None, baseline_file: Path | None = None,
                   note: Warn | None = None) -> Decisions:
    """The review decisions (``reviews_file``, or the corpus folder's review file) and the baseline, read
    before any analysis so that a bad file fails fast. A review file that does not exist yet holds no
    decisions (a CI pipeline is set up before the first review), which ``note`` is told; a damaged one is
    an error."""
    if reviews_file is not None and not reviews_file.exists() and note is not None:
        note(f"review file {reviews_file} does not exist yet: no review decisions")
    reviews = load_reviews(reviews_file or default_reviews_path(paths))
    return Decisions(reviews, load_baseline(baseline_file) if baseline_file is not None else None)


def report(paths: Paths = (), rules: Path | None = None, decisions: Decisions | None = None,
           show_all: bool = False, engine: EngineOptions | None = None, progress: Progress | None = None,
           warn: Warn | None = None, output: str | None = None) -> Report:
    """The consistency report of the articles under ``paths``: findings set aside in review or known to the
    baseline are moved to ``Report.suppressed`` (all are shown with ``show_all``)."""
    decisions = decisions if decisions is not None else load_decisions(paths)
    analysed = run(paths, rules, warn=warn, engine=engine, progress=progress, output=output)
    return apply_decisions(analysed, decisions.reviews, decisions.baseline, show_all)


def check(paths: Paths = (), rules: Path | None = None, fail_on: str = "info", decisions: Decisions | None = None,
          show_all: bool = False, engine: EngineOptions | None = None, progress: Progress | None = None,
          warn: Warn | None = None, output: str | None = None) -> Checked:
    """:func:`report`, and which of its findings fail CI at or above ``fail_on`` (new, open or confirmed)."""
    decisions = decisions if decisions is not None else load_decisions(paths)
    result = report(paths, rules, decisions, show_all, engine, progress, warn, output)
    return Checked(result, gate(result, fail_on, decisions.baseline))


def analyse(paths: Paths = (), rules: Path | None = None, engine: EngineOptions | None = None,
            progress: Progress | None = None, warn: Warn | None = None, output: str | None = None) -> Report:
    """Every claim and every finding of the articles under ``paths``, no decision applied (``output``: the
    file the result goes to, see :func:`checker.pipeline.run`)."""
    return run(paths, rules, warn=warn, engine=engine, progress=progress, output=output)


def facts(paths: Paths = (), rules: Path | None = None, engine: EngineOptions | None = None,
          progress: Progress | None = None, warn: Warn | None = None, output: str | None = None) -> Report:
    """The report whose claims are the fact table (one row per claim)."""
    return analyse(paths, rules, engine, progress, warn, output)


def reviewed(paths: Paths = (), rules: Path | None = None, reviews_file: Path | None = None,
             warn: Warn | None = None) -> Reviewed:
    """Every finding with the status its review decision gives it, in the review file ``reviews_file`` or
    the corpus folder's."""
    path = reviews_file or default_reviews_path(paths)
    reviews = load_reviews(path)
    result = run(paths, rules, warn=warn)
    return Reviewed(path, reviews, result, apply_reviews(result.findings, reviews))


def decide(found: Reviewed, finding_id: str, status: str, note: object, reviewer: str | None = None
           ) -> tuple[Finding, str]:
    """Record ``status`` (and ``note``; :data:`checker.review.KEEP` keeps the one recorded) for the finding
    whose id is or starts with ``finding_id``, saved at once to the review file: the finding, and who
    decided (``reviewer``, else as :func:`checker.review.reviewer_name` finds it)."""
    finding = find_finding(found.findings, finding_id)
    who = reviewer_name(reviewer, found.path.parent)
    record(found.path, finding, status, note, who)
    return finding, who


def pack(folder: Path | None = None) -> Pack:
    """The rule pack in ``folder`` (default: the bundled one), validated."""
    return load_pack(folder or default_rules_dir())


def new_pack(folder: Path) -> list[Path]:
    """Scaffold a new rule pack in ``folder`` (:mod:`checker.pack.scaffold`); the files written."""
    from checker.pack.scaffold import new_pack as scaffold

    return scaffold(folder)


def rule_tests(folder: Path | None = None) -> list[CaseResult]:
    """Every YAML test case of the pack in ``folder`` (default: the bundled one), run."""
    return run_pack_tests(folder or default_rules_dir())


def evaluate(stories: Path, rules: Path | None = None, gold: Path | None = None, warn: Warn | None = None
             ) -> Evaluation:
    """Score the pack in ``rules`` (default: the bundled one) on every labelled story under ``stories`` (one
    sub-folder per story with its gold.yml), or on the one story ``stories`` against the gold file ``gold``."""
    loaded = load_pack(rules or default_rules_dir())
    return evaluate_stories(stories, loaded, lambda folder, p: run([folder], pack=p, warn=warn).to_dict()["findings"],
                            gold)
