"""A mention: one typed value found in a text, with its exact offsets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Mention:
    """One typed value in a text: ``text[start:end]`` is exactly what the article says."""

    kind: str            # date | count | money | person | place | virtual
    start: int
    end: int
    text: str
    value: Any           # kind-specific: DateValue, Quantity, Amount, Person, Place
    detail: Any = None   # how the extractor read it, for later steps: a DateMatch for dates, else None
