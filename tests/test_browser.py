"""The HTML report in a real browser: headless Chromium, driven by Playwright, over the sample corpus plus one
hostile article (markup, an ``onerror=`` image and quotes in its text, title and outlet) with one finding
reviewed.

What is checked is what an editor relies on: the page loads with no console error and fetches nothing; the
fact, severity, review and source filters and the search box hide and show exactly the right findings; the
hostile article renders as text (no script runs, no dialog opens); a quote's link opens its article at the
claim, and a marked claim links back to its finding; printing shows every finding. A screenshot is written to a temporary folder (or to the file named by
``CHECKER_SCREENSHOT``).

The browser is Debian's ``chromium`` (``.ci/run`` installs it when it is absent and it may); another one is
used when ``CHECKER_CHROMIUM`` names it. The test is skipped, saying why, only when no browser is found.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from checker.formats import renderer
from checker.gate import apply_decisions
from checker.pipeline import run
from checker.review import Review

from conftest import SOURCES

HOSTILE = """---
title: 'Leaders "agree" <script>alert(1)</script> & more'
outlet: "The <b>Courier</b> 'Daily'"
---
Officials said <script>alert(1)</script> the summit convened in Paris on Friday, September 5, 2025, with \
"exactly 12" leaders <img src=x onerror=alert(1)> and 'others' from 12 countries.
"""
LABEL = """The <b>Courier</b> 'Daily': Leaders "agree" <script>alert(1)</script> & more"""


def _chromium() -> str | None:
    for name in (os.environ.get("CHECKER_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name) if name else None
        if path:
            return path
    return None


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The page under test and the report it renders; one finding dismissed in review."""
    folder = tmp_path_factory.mktemp("browser") / "sample"
    folder.mkdir()
    for path in SOURCES.glob("*.txt"):
        shutil.copy(path, folder)
    (folder / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    report = run([folder])
    first = report.findings[0]
    report = apply_decisions(report, {first.id: Review("dismissed", "checked with the desk", "Ada",
                                                       "2025-09-05T10:12:00Z", first.evidence())})
    page = folder.parent / "report.html"
    page.write_text(renderer("html")(report, None), encoding="utf-8")
    return page, report


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install "
                                                                "'.[test]')")
    executable = _chromium()
    if executable is None:
        pytest.skip("no Chromium found: install Debian's chromium (.ci/run does when run as root) or set "
                    "CHECKER_CHROMIUM to a Chromium or Chrome binary")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def session(browser, corpus):
    """The loaded page, with everything it logged, every dialog it opened and every request it made."""
    path, report = corpus
    events: dict[str, list] = {"console": [], "errors": [], "dialogs": [], "requests": []}
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.on("console", lambda m: events["console"].append((m.type, m.text)))
    page.on("pageerror", lambda e: events["errors"].append(str(e)))
    page.on("dialog", lambda d: (events["dialogs"].append(d.message), d.dismiss()))
    page.on("request", lambda r: events["requests"].append(r.url))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    yield page, report, events
    page.close()


def visible(page) -> set[str]:
    """The ids of the findings the page shows."""
    ids = page.eval_on_selector_all("article.finding",
                                    "els => els.filter(e => e.getClientRects().length > 0).map(e => e.id)")
    return {i.removeprefix("finding-") for i in ids}


def choose(page, name: str, value: str) -> set[str]:
    page.select_option(f"#filters select[name={name}]", value)
    return visible(page)


@pytest.fixture
def page(session):
    """The page with its filters cleared after each test."""
    page, report, events = session
    yield page, report, events
    page.click("#filters button[type=reset]")
    page.fill("#filters input[name=q]", "")


def test_loads_without_console_errors_or_requests(page):
    page, report, events = page
    assert events["errors"] == [] and [m for m in events["console"] if m[0] in ("error", "warning")] == []
    assert events["requests"] == [page.url]                       # the page itself, nothing else
    shown = {f.id for f in report.findings}
    assert visible(page) == shown and report.suppressed               # the dismissed finding is set aside
    assert page.inner_text("#shown") == f"{len(shown)} of {len(report.all_findings())} findings shown"


def test_filters_hide_and_show_the_right_findings(page):
    page, report, _ = page
    everything = report.all_findings()
    default = {f.id for f in report.findings}
    for fact in {f.fact for f in everything}:
        assert choose(page, "fact", fact) == {f.id for f in report.findings if f.fact == fact}
    choose(page, "fact", "")
    for severity in {f.severity for f in everything}:
        assert choose(page, "severity", severity) == {f.id for f in report.findings if f.severity == severity}
    choose(page, "severity", "")
    assert choose(page, "status", "all") == {f.id for f in everything}
    assert choose(page, "status", "dismissed") == {f.id for f in report.suppressed}
    assert choose(page, "status", "open") == {f.id for f in everything if f.status == "open"}
    choose(page, "status", "")
    assert visible(page) == default
    for source in ("hostile", "003_f11721f52ebed780"):
        expected = {f.id for f in report.findings if source in f.sources()}
        assert expected and choose(page, "source", source) == expected
    choose(page, "fact", "date")                                   # filters combine
    assert visible(page) == {f.id for f in report.findings if "003_f11721f52ebed780" in f.sources()
                             and f.fact == "date"}


def test_search_box_filters(page):
    page, report, _ = page
    target = report.findings[-1]
    page.fill("#filters input[name=q]", target.id)
    assert visible(page) == {target.id}
    page.fill("#filters input[name=q]", "courier daily")           # the hostile source's outlet, any case
    assert visible(page) == {f.id for f in report.findings if "hostile" in f.sources()}
    page.fill("#filters input[name=q]", "no such words anywhere")
    assert visible(page) == set() and page.inner_text("#shown").startswith("0 of")


def test_hostile_article_renders_as_text(page):
    page, report, events = page
    article = page.locator("#article-hostile")
    assert article.locator("script, img, b").count() == 0
    assert page.locator("script").count() == 1                     # the page's own
    link = page.locator("article.finding a.quote-link[href^='#claim-hostile-']").first
    link.click()
    assert article.evaluate("d => d.open")                         # the quote's link opened the article
    text = article.inner_text()
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text
    assert "\"exactly 12\" leaders" in text and "'others'" in text
    assert LABEL in article.locator("summary").inner_text()
    back = article.locator("a.back").first                         # and a marked claim links to its finding
    back.click()
    target = back.get_attribute("href")
    assert target.startswith("#finding-") and page.evaluate("location.hash") == target
    assert page.locator(target).is_visible()
    assert events["dialogs"] == [] and events["errors"] == []


def test_print_shows_every_finding(page):
    page, report, _ = page
    choose(page, "fact", "date")
    page.emulate_media(media="print")
    try:
        assert visible(page) == {f.id for f in report.all_findings()}
        assert not page.locator("#filters").is_visible()
    finally:
        page.emulate_media(media="screen")


def test_screenshot(page, tmp_path_factory):
    """The first screen of the page, for a person to look at (the test only checks that it was taken)."""
    page, _, _ = page
    shot = Path(os.environ.get("CHECKER_SCREENSHOT") or tmp_path_factory.mktemp("shot") / "report.png")
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
