"""Review decisions and a baseline applied to a finished report, and the CI gate.

This sits after the pipeline (a :class:`Report` in, a :class:`Report` out) so that how findings are found
and how people have judged them stay apart. Rules of the game:

- dismissed, different-event and corrected findings are hidden from the default view and never fail CI;
- open and confirmed ones are shown and fail CI (a confirmed contradiction fails until it is corrected);
- with a baseline, findings it knows are hidden and do not fail CI: only new ones do;
- ``show_all`` shows everything, each with its status; it never changes what fails.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Mapping

from checker.baseline import Baseline, BaselineEntry
from checker.model.findings import Finding, SEVERITY_RANK
from checker.model.report import Report
from checker.review import SUPPRESSING, Review, apply_reviews

def apply_decisions(report: Report, reviews: Mapping[str, Review] | None = None, baseline: Baseline | None = None,
                    show_all: bool = False) -> Report:
    """``report`` with review statuses on its findings, and the reviewed or known ones moved out of
    ``findings`` into ``suppressed`` (unless ``show_all``)."""
    findings = _with_reviewers(apply_reviews(report.all_findings(), reviews or {}), reviews or {})
    known = baseline.match(findings) if baseline is not None else None
    shown = [f for f in findings if show_all or not hidden_by_default(f, known)]
    hidden = [f for f in findings if not show_all and hidden_by_default(f, known)]
    return replace(report, findings=shown, suppressed=hidden, baseline=known)


def _with_reviewers(findings: list[Finding], reviews: Mapping[str, Review]) -> list[Finding]:
    """Findings whose status is a review decision carry who took it and when (a lapsed decision, reopened,
    carries neither: its note says whose it was)."""
    by_conflict = {r.conflict: r for r in reviews.values() if r.conflict and r.status != "open"}
    out = []
    for f in findings:
        review = reviews.get(f.id) or by_conflict.get(f.conflict_key())
        if review is not None and review.status == f.status and (review.reviewer or review.at):
            f = replace(f, reviewer=review.reviewer, reviewed_at=review.at)
        out.append(f)
    return out


def hidden_by_default(finding: Finding, known: Mapping[str, str] | None) -> bool:
    return finding.status in SUPPRESSING or (known is not None and finding.id in known)


def fails(finding: Finding, known: Mapping[str, str] | None, fail_on: str) -> bool:
    """Whether ``finding`` fails CI: not set aside in review, not in the baseline, severe enough."""
    return (finding.status not in SUPPRESSING and (known is None or finding.id not in known)
            and SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[fail_on])


@dataclass(frozen=True)
class GateResult:
    """What ``checker check`` reports besides the findings themselves."""

    failing: list[Finding]          # new (or, without a baseline, any) open or confirmed findings >= fail_on
    hidden_reviewed: int            # hidden because dismissed, different-event or corrected
    hidden_known: int               # hidden because the baseline knows them
    fixed: list[BaselineEntry]      # baseline entries that no longer occur

    @property
    def exit_code(self) -> int:
        return 1 if self.failing else 0


def gate(report: Report, fail_on: str, baseline: Baseline | None = None) -> GateResult:
    """The CI verdict on a report that :func:`apply_decisions` has prepared."""
    everything = report.all_findings()
    known = report.baseline
    reviewed = sum(1 for f in report.suppressed if f.status in SUPPRESSING)
    return GateResult(
        failing=[f for f in everything if fails(f, known, fail_on)],
        hidden_reviewed=reviewed,
        hidden_known=len(report.suppressed) - reviewed,
        fixed=baseline.fixed(everything) if baseline is not None else [],
    )
