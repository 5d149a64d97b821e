"""checker: find where news sources disagree about the same event.

The pipeline runs one way: sources -> text -> mentions -> facts -> alignment -> rules -> findings -> reports.
The public entry point for programs is :func:`checker.pipeline.run`.
"""

__version__ = "0.1.0"
