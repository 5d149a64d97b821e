"""Places (cities, countries, US states, continents) and virtual meetings ("virtually", "by video call").

A place mention is a run of capitalised words that is exactly a name in the bundled gazetteer
(``checker/data/places.tsv``, built from GeoNames by ``tools/build_gazetteer.py``), so "Paris" is a place
but "Florence Pugh" is not. Where a name is ambiguous the gazetteer prefers continents, then countries, then
the most populous city, then US states. The gazetteer knows which country and continent a place is in, so
"Paris" and "Europe" do not contradict each other.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from typing import Iterator

from checker.mentions import Mention
from checker.resources import data_file
from checker.values import Place

_KIND_RANK = {"continent": 0, "country": 1, "city": 2, "state": 3}
_CAP_RUN = re.compile(
    r"(?<![\w'’‑-])(?:[A-ZÀ-ÖØ-Þ][\w'’‑.-]*)(?:[ \t]+(?:of[ \t]+|the[ \t]+|de[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'’‑.-]*)*"
)
_VIRTUAL = re.compile(
    r"\b(?:virtually|virtual\s+(?:meeting|summit|conference|talks|session|gathering|call|format)s?"
    r"|video[\s-]?(?:call|conference|link|conferencing)s?|videoconferenc(?:e|es|ing)|by\s+video"
    r"|online\s+(?:meeting|summit|conference|session)s?|via\s+(?:zoom|teams|video|webex))\b",
    re.I,
)


class Gazetteer:
    """Name -> :class:`~checker.values.Place`, case-sensitive on the first letter, loaded once."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self._by_name: dict[str, tuple[tuple, Place]] = {}
        for row in rows:
            rank = (_KIND_RANK.get(row["kind"], 9) if row["kind"] != "city" or int(row["population"] or 0) >= 0
                    else 9, -int(row["population"] or 0))
            place = Place(row["canonical"], row["kind"], row["country"] or None, row["continent"] or None)
            key = row["name"].lower()
            if key not in self._by_name or rank < self._by_name[key][0]:
                self._by_name[key] = (rank, place)

    def lookup(self, name: str) -> Place | None:
        """The place called ``name`` (without a leading "the"), or None."""
        key = name.strip().lower()
        if "  " in key or "\t" in key or "\n" in key:
            key = " ".join(key.split())
        if key.startswith("the "):
            key = key[4:]
        hit = self._by_name.get(key)
        return hit[1] if hit else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The bundled gazetteer (loaded on first use)."""
    with open(data_file("places.tsv"), encoding="utf-8", newline="") as handle:
        return Gazetteer(list(csv.DictReader(handle, delimiter="\t")))


def find_places(text: str) -> Iterator[Mention]:
    """Places named in ``text`` and expressions of a virtual meeting."""
    gaz = gazetteer()
    for m in _CAP_RUN.finditer(text):
        run = m.group(0).rstrip(".")
        offset = m.start()
        if run.startswith("The "):                      # "The Paris summit": the place is "Paris"
            run, offset = run[4:], offset + 4
        place = gaz.lookup(run)
        if place is not None:
            yield Mention("place", offset, offset + len(run), run, place)
            continue
        # "Washington D.C." / "Paris France": the longest known prefix of the run
        words = run.split()
        for n in range(len(words) - 1, 0, -1):
            head = " ".join(words[:n])
            place = gaz.lookup(head)
            if place is not None and place.kind != "city" or (place is not None and n >= 1 and _is_abbrev_tail(words[n:])):
                yield Mention("place", offset, offset + len(head), head, place)
                break
    for m in _VIRTUAL.finditer(text):
        yield Mention("virtual", m.start(), m.end(), m.group(0), Place(None, "virtual"))


def _is_abbrev_tail(words: list[str]) -> bool:
    """ "D.C.", "DC": a qualifier after a city name, not the start of another name."""
    return all(re.fullmatch(r"(?:[A-Z]\.){1,3}|[A-Z]{2}", w) for w in words)
