"""``--format json``: the report contract of DESIGN §4 (``checker-report/1``)."""

from __future__ import annotations

from checker.formats.common import json_document
from checker.model.report import Report


def render(report: Report, options: object = None) -> str:
    return json_document(report.to_dict())
