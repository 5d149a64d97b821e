"""Article text cut for display: a quote inside its paragraph, and a whole article with its claims marked.

Plain strings and offsets only (the HTML template escapes them): a paragraph is a line of the article's text,
a claim is highlighted by its exact ``start``/``end`` offsets, and claims that overlap (a weekday inside a
date) are shown as one highlighted stretch that each of them links to.
"""

from __future__ import annotations

import re
from typing import Sequence

from checker.model.claims import Claim

# Characters of an article shown in the page: past this the article is cut, with a note (a 50 MB one-line
# "article" must not make a 50 MB page). Quotes past the cut are still shown in their findings.
ARTICLE_LIMIT = 200_000
# Characters of a paragraph shown on either side of a quote in a finding.
CONTEXT = 280


def id_part(text: str) -> str:
    """``text`` as part of an element id: letters, digits, '-' and '_' kept, anything else as its code point."""
    return re.sub(r"[^A-Za-z0-9_-]", lambda m: f".{ord(m.group()):x}", text)


def doc_anchor(source: str) -> str:
    """The element id of an article in the page."""
    return "article-" + id_part(source)


def claim_anchor(source: str, start: int, end: int) -> str:
    """The element id of a claim inside its article."""
    return f"claim-{id_part(source)}-{start}-{end}"


def paragraph_context(text: str, start: int, end: int, limit: int = CONTEXT) -> tuple[str, str, str]:
    """The paragraph around ``text[start:end]`` as (before, quote, after): the line it is on, cut at a word
    with "…" where it runs longer than ``limit`` characters on a side."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    before, after = text[left:start], text[end:right]
    if len(before) > limit:
        cut = before[-limit:]
        space = cut.find(" ")
        before = "…" + (cut[space + 1:] if 0 <= space < limit // 2 else cut)
    if len(after) > limit:
        cut = after[:limit]
        space = cut.rfind(" ")
        after = (cut[:space] if space > limit // 2 else cut) + "…"
    return before, text[start:end], after


def article_paragraphs(text: str, claims: Sequence[Claim], limit: int = ARTICLE_LIMIT) -> list[list[dict]]:
    """The article's non-empty lines (up to ``limit`` characters), each a list of segments: ``{"text",
    "claims"}`` where ``claims`` lists the (fact, value, anchor) of every claim covering the segment (empty:
    plain text), and ``anchors`` the ids of the claims that start there."""
    shown = text[:limit]
    spans = sorted((c.start, c.end, c) for c in claims if c.start < c.end and c.start < len(shown))
    paragraphs = []
    offset = 0
    for line in shown.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if line.strip():
            inside = [(s, e, c) for s, e, c in spans if s < end and e > start]
            paragraphs.append(_segments(shown, start, end, inside))
    return paragraphs


def _segments(text: str, start: int, end: int, spans: list[tuple[int, int, Claim]]) -> list[dict]:
    cuts = sorted({start, end} | {max(start, min(end, p)) for s, e, _ in spans for p in (s, e)})
    out = []
    for lo, hi in zip(cuts, cuts[1:]):
        covering = [c for s, e, c in spans if s <= lo and e >= hi]
        out.append({"text": text[lo:hi],
                    "claims": [{"fact": c.fact, "value": c.value.display(),
                                "anchor": claim_anchor(c.source, c.start, c.end)} for c in covering],
                    "anchors": [claim_anchor(c.source, c.start, c.end) for s, e, c in spans if s == lo]})
    return out
