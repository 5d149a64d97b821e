"""Cost follows distinct values, not articles: counted in calls, never timed (benchmarks/throughput.py
measures the time)."""

from __future__ import annotations

import checker.align as align

from conftest import story

AGREE = ("Leaders from 30 countries met in Paris on Thursday, September 4, 2025, at a summit co-chaired by "
         "Emmanuel Macron and Keir Starmer. The European Union pledged €1.5 billion for reconstruction at the "
         "summit.")


def test_agreeing_articles_compare_names_once(pack, monkeypatch):
    calls = []
    original = align._same_entity

    def counting(a, b, threshold):
        calls.append((a, b))
        return original(a, b, threshold)

    monkeypatch.setattr(align, "_same_entity", counting)
    report = story(pack, *[AGREE] * 200)
    assert not report.findings
    assert sum(1 for c in report.claims if c.fact == "aid") == 200
    assert len(calls) <= 1          # one donor name, however many articles give it (was 200 * 199 / 2)
