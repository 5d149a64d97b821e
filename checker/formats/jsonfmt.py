"""``--format json``: the report contract of DESIGN §4 (``checker-report/1``)."""

from __future__ import annotations

import json

from checker.pipeline import Report


def render(report: Report, options: object = None) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
