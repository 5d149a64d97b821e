"""Failure classes of the fourth round (tests/FAILURES.md, "Round 4"): one test per class, each written from a
constructed sentence of the class (names, places and figures made up), each failing before its mechanism."""

from __future__ import annotations

import datetime as dt

from checker.mentions.counts import is_round
from test_failure_classes_3 import story_findings

DAY = dt.date(2027, 3, 4)


def test_a_bare_round_amount_is_rounded_and_meets_nearly_that_amount():
    assert is_round(400e6) and is_round(1.2e9) and not is_round(398e6) and not is_round(1.25e9)
    rounded = {"a": ("Donors pledged nearly $400 million for the valley on Monday.", DAY),
               "b": ("Donors pledged $400m for the valley on Monday.", DAY)}
    assert story_findings(rounded, "aid") == []
    exact = {"a": ("Donors pledged nearly $400 million for the valley on Monday.", DAY),
             "b": ("Donors pledged $412m for the valley on Monday.", DAY)}
    assert [f.rule for f in story_findings(exact, "aid")] == ["aid-conflict"]
