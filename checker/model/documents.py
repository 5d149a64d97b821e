"""An article: its text and what is known about it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """One article: its text and what is known about it."""

    id: str
    path: str
    text: str
    story: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    meta: dict = field(default_factory=dict, compare=False, hash=False)
    # Lines of the file before ``text`` (Markdown front matter), so that file-based outputs (SARIF, GitHub
    # annotations) point at the file's own lines; None when ``text`` is decoded from JSON or HTML and its
    # lines and columns are not the file's.
    line_offset: int | None = 0
    # Characters of the headline (front-matter title) read before the body when the body does not open with
    # it: "title\n\n" + body. Quotes inside it are in no line of the body; the body's lines follow it.
    headline: int = 0

    def describe(self) -> dict:
        """The ``sources`` entry of the JSON report."""
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "story": self.story,
        }
