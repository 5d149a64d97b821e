"""The HTML report's pieces beyond its golden file: quotes cut to their paragraph, articles with overlapping
claims marked, sources named by outlet and title (in the other reading formats too), and who reviewed a
finding and when. The page in a real browser: tests/test_browser.py."""

from types import SimpleNamespace

import pytest

from checker.formats import RenderOptions, renderer
from checker.formats.articles import article_paragraphs, claim_anchor, paragraph_context
from checker.gate import apply_decisions
from checker.pipeline import run
from checker.review import Review


def claim(start: int, end: int, fact: str = "date", source: str = "a") -> SimpleNamespace:
    value = SimpleNamespace(display=lambda: f"value {start}")
    return SimpleNamespace(source=source, start=start, end=end, fact=fact, value=value)


def test_quote_in_its_paragraph_cut_at_words():
    text = "Headline\n" + "word " * 100 + "on Tuesday" + " more" * 100 + "\nNext paragraph."
    start = text.index("on Tuesday")
    before, quote, after = paragraph_context(text, start, start + len("on Tuesday"), limit=50)
    assert quote == "on Tuesday" and before.startswith("…word") and before.endswith("word ")
    assert after.startswith(" more") and after.endswith("more…") and "Next" not in after
    text = "One.\nThe summit on Friday.\nTwo."
    short = paragraph_context(text, text.index("on Friday"), text.index(".", 6))
    assert short == ("The summit ", "on Friday", ".")


def test_article_marks_overlapping_claims_and_keeps_every_character():
    text = "Intro line.\n\nThey met on Thursday, September 4, 2025 in Paris.\n"
    whole = claim(text.index("on Thursday"), text.index(" in Paris"))
    weekday = claim(text.index("Thursday"), text.index(","))
    paragraphs = article_paragraphs(text, [whole, weekday])
    assert len(paragraphs) == 2                                    # the blank line is no paragraph
    line = paragraphs[1]
    assert "".join(s["text"] for s in line) == "They met on Thursday, September 4, 2025 in Paris."
    marked = [s for s in line if s["claims"]]
    assert [s["text"] for s in marked] == ["on ", "Thursday", ", September 4, 2025"]
    assert len(marked[1]["claims"]) == 2                           # the weekday inside the date: both
    anchors = [a for s in line for a in s["anchors"]]
    assert anchors == [claim_anchor("a", whole.start, whole.end), claim_anchor("a", weekday.start, weekday.end)]
    assert article_paragraphs(text, [whole], limit=15)[-1][-1]["text"] == "Th"     # cut at the limit


def test_anchor_ids_are_safe_for_any_source_id():
    assert claim_anchor('a b"<x>', 1, 2) == "claim-a.20b.22.3cx.3e-1-2"


@pytest.fixture
def named(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "named"
    folder.mkdir()
    (folder / "a.md").write_text("---\ntitle: Summit opens\noutlet: Nordic Wire\n---\n"
                                 "The summit opened in Oslo on Monday.\n", encoding="utf-8")
    (folder / "b.txt").write_text("The summit opened in Oslo on Friday.\n", encoding="utf-8")
    return run([folder])


def test_sources_named_by_outlet_and_title(named):
    assert named.findings
    page = renderer("html")(named, RenderOptions())
    assert "Nordic Wire: Summit opens" in page and ">b</a>" in page                 # unknown: the id
    markdown = renderer("markdown")(named, RenderOptions())
    assert "| `a` Nordic Wire |" in markdown and "| `a` | Nordic Wire | Summit opens |" in markdown
    console = renderer("console")(named, RenderOptions(width=120))
    assert "a (Nordic Wire):" in console


def test_reviewer_and_date_shown_while_the_decision_holds(named):
    f = named.findings[0]
    decided = apply_decisions(named, {f.id: Review("confirmed", "called the desk", "Ada", "2025-09-05T10:12:00Z",
                                                   f.evidence())})
    shown = decided.findings[0]
    assert (shown.status, shown.reviewer, shown.reviewed_at) == ("confirmed", "Ada", "2025-09-05T10:12:00Z")
    page = renderer("html")(decided, RenderOptions())
    assert "confirmed by Ada on" in page and "2025-09-05 10:12" in page and "note: called the desk" in page
    lapsed = apply_decisions(named, {f.id: Review("dismissed", None, "Ada", "2025-09-05T10:12:00Z", "stale")})
    reopened = lapsed.findings[0]
    assert reopened.status == "open" and reopened.reviewer is None and "by Ada" in reopened.note
