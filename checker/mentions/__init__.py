"""Typed values found in a text, with exact character offsets and no knowledge of rules.

Each extractor module finds one kind of mention with compiled patterns over the text:
:mod:`~checker.mentions.dates`, :mod:`~checker.mentions.counts`, :mod:`~checker.mentions.money`,
:mod:`~checker.mentions.people` and :mod:`~checker.mentions.places` (dates are a package of their own:
forms, their readers, and the joining of neighbours). :func:`extract_mentions` runs them all
and settles overlaps (a number inside a date or an amount of money is not also a count). A caller that needs
the mentions of some spans only (the fact stage) passes them, and the extractors read only the text around
them, with the same result there (see :mod:`~checker.mentions.scan`).
"""

from checker.mentions.extract import extract_mentions
from checker.mentions.mention import Mention

__all__ = ["Mention", "extract_mentions"]
