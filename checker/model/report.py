"""A report: everything one run found, and what review decisions and a baseline made of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from checker.model.claims import Claim
from checker.model.documents import Document
from checker.model.findings import Finding, sort_findings
from checker.model.overview import EXTENSION, StoryOverview
from checker.model.pack import Pack

SCHEMA = "checker-report/1"


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
    # Per story, its events and the positions on each fact (checker.model.overview).
    overviews: list[StoryOverview] = field(default_factory=list)

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
        out = {
            "schema": SCHEMA,
            "sources": [d.describe() for d in self.documents],
            "facts": [c.to_dict() for c in self.claims],
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.overviews:                            # the documented extension (README: "The JSON report")
            out["extensions"] = [EXTENSION]
            out["stories"] = [o.to_dict() for o in self.overviews]
        return out

    def overview(self, story: str) -> StoryOverview | None:
        return next((o for o in self.overviews if o.story == story), None)

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
