"""The model: the types every stage of the pipeline shares, and nothing that produces them.

- :mod:`~checker.model.quantities`, :mod:`~checker.model.dates`, :mod:`~checker.model.entities`: normalised
  values, each the set of worlds it allows (intervals, counts, money; days; people and places);
- :mod:`~checker.model.documents`: an article; :mod:`~checker.model.claims`: what one says about one fact;
- :mod:`~checker.model.pack`: the rule pack (facts, rules, settings); :mod:`~checker.model.findings`: a
  conflict between two sides of claims, with its fingerprint; :mod:`~checker.model.report`: a run's result.

Every stage imports the model; the model imports no stage.
"""

from checker.model.claims import Claim
from checker.model.documents import Document
from checker.model.findings import Finding
from checker.model.pack import Pack
from checker.model.report import Report

__all__ = ["Claim", "Document", "Finding", "Pack", "Report"]
