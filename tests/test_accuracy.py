"""Accuracy of the default pack on the labelled stories (issue 13): the development set must keep recall and
precision of at least 0.90. The other story folders are measured by `checker eval` and logged in
tests/FAILURES.md; they are not gated, so that a batch can join development before it is fixed."""

from __future__ import annotations

from pathlib import Path

from checker import api

STORIES = Path(__file__).resolve().parent / "stories"


def test_development_stories_score_at_least_090():
    result = api.evaluate(STORIES)
    recall, precision = result.overall.recall, result.overall.precision
    assert len(result.stories) >= 20
    assert recall >= 0.90 and precision >= 0.90, (
        f"recall {recall:.2f} precision {precision:.2f} on {STORIES} (checker eval {STORIES} -v lists the misses)")
