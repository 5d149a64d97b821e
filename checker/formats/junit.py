"""``--format junit``: JUnit XML for CI test reports (GitLab, Jenkins, Azure, test-report actions).

One test suite per story, one test case per finding (named by rule and id, class name ``story.fact``).
A case fails when the finding fails the gate: open or confirmed, not known to the baseline, at or above
``--fail-on`` (any severity when no threshold is set). Reviewed findings (dismissed, different-event,
corrected) are skipped with their status and note; findings the baseline knows pass, saying so. Built with
junitparser and pretty-printed; no timestamps, host names or durations, so the output is reproducible.
"""

from __future__ import annotations

import io

from junitparser import Failure, JUnitXml, Skipped, TestCase, TestSuite

from checker.model.findings import Finding
from checker.formats import RenderOptions
from checker.formats.common import quote_line, side_label
from checker.gate import fails
from checker.model.report import Report
from checker.review import SUPPRESSING


def render(report: Report, options: RenderOptions | None = None) -> str:
    options = options or RenderOptions()
    fail_on = options.fail_on or "info"
    suites = {story: TestSuite(story) for story in report.stories}
    for f in report.all_findings():
        suites[f.story].add_testcase(_case(report, f, fail_on))
    xml = JUnitXml("checker")
    for suite in suites.values():
        xml.add_testsuite(suite)
    xml.update_statistics()
    buffer = io.BytesIO()
    xml.write(buffer, pretty=True)
    return buffer.getvalue().decode("utf-8")


def _case(report: Report, f: Finding, fail_on: str) -> TestCase:
    case = TestCase(f"{f.rule} [{f.id}]", classname=f"{f.story}.{f.fact}")
    details = "\n".join([f.message] + [f"{side_label(i)}  {quote_line(report, c)}"
                                       for i, side in enumerate(f.sides) for c in side])
    if f.status in SUPPRESSING:
        case.result = [Skipped(f"{f.status}: {f.note}" if f.note else f.status)]
    elif fails(f, report.baseline, fail_on):
        failure = Failure(f"{f.severity}: {f.message}", type_=f.severity)
        failure.text = details
        case.result = [failure]
    else:
        reason = ("known: in the baseline" if report.baseline is not None and f.id in report.baseline
                  else f"below the threshold ({fail_on})")
        case.system_out = f"{reason}\n{details}"
    return case
