"""checker: find where news sources disagree about the same event.

The pipeline runs one way: sources -> text -> mentions -> facts -> alignment -> rules -> findings -> reports.
Programs call :mod:`checker.api` (``report``, ``check``, ``facts`` …), which returns the types of
:mod:`checker.model`; the package's map is in the README (Architecture).
"""

__version__ = "0.1.0"
