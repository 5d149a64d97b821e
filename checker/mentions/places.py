"""Places (cities, countries, US states, continents) and virtual meetings ("virtually", "by video call").

A place mention is a run of capitalised words that is exactly a name in the bundled gazetteer
(``checker/data/places.tsv``, built from GeoNames by ``tools/build_gazetteer.py``), so "Paris" is a place
but "Florence Pugh" is not. Where a name is ambiguous the gazetteer prefers continents, then countries, then
the most populous city, then US states. The gazetteer knows which country and continent a place is in, so
"Paris" and "Europe" do not contradict each other.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

from checker.mentions.mention import Mention
from checker.mentions.scan import Cuts, Offsets, lowered, plain, starting_in
from checker.resources import data_file
from checker.model.entities import Place

_TYPE_RANK = {"continent": 0, "country": 1, "city": 2, "state": 3}
_CAP_RUN = re.compile(           # the lookahead lets the engine pass over other characters at once
    r"(?=[A-ZÀ-ÖØ-ÞİŁŚŠŽŹŻĆČĐŃŇŘŤŮĽŐŰĞŞȘȚ])(?<![\w'’‑-])(?:[A-ZÀ-ÖØ-ÞİŁŚŠŽŹŻĆČĐŃŇŘŤŮĽŐŰĞŞȘȚ][\w'’‑.-]*)"
    r"(?:[ \t]+(?:of[ \t]+|the[ \t]+|de[ \t]+|del[ \t]+|de[ \t]+la[ \t]+|la[ \t]+|do[ \t]+|da[ \t]+|di[ \t]+|dos[ \t]+)?"
    r"[A-ZÀ-ÖØ-ÞİŁŚŠŽŹŻĆČĐŃŇŘŤŮĽŐŰĞŞȘȚ][\w'’‑.-]*)*"
)
# Capitalised words that open a sentence before a place's name: "At the Erbil Returns Conference".
_LEADING_WORDS = re.compile(r"(?:(?:At|In|On|From|For|By|With|After|Before|During|Since|Until)[ \t]+)?(?:[Tt]he[ \t]+)?")
# A place too small for the gazetteer, named by what it is: "the resort of Avaza", "the village of Qaraqum".
_THE_CAPITAL = re.compile(r"\b[Tt]he[ \t]+((?:[A-Z][a-z'’-]+[ \t]+){1,3}capital)\b")
_NAMED_BY_NOUN = re.compile(r"\b(?:resort|town|village|oasis|island)[ \t]+of[ \t]+([A-Z][a-z'’-]{2,}(?:[ \t][A-Z][a-z'’-]{2,})?)")
# A full stop after a word of four letters or more ends the sentence inside a run of capitals.
_SENTENCE_END_IN_RUN = re.compile(r"(?<=\w{4})\.[ \t]")
# The lookahead of the alternatives' first letters lets the engine skip the other characters at once.
_VIRTUAL = re.compile(
    r"(?=[bchmov])\b(?:virtually|virtual\s+(?:meeting|summit|conference|talks|session|gathering|call|format)"
    r"|video[\s-]?(?:call|conference|link|conferencing)|videoconferenc(?:e|ing)"
    r"|by\s+video(?:[\s-]?(?:call|conference|link|conferencing))?"
    r"|online\s+(?:meeting|summit|conference|session|call)|(?:held|met|convened|conducted)\s+online"
    r"|via\s+(?:zoom|teams|video|webex)|(?<=:\s)virtual(?=\s*[;,.\n]))\b",
    re.I,
)
_VIRTUAL_PLAIN = plain(_VIRTUAL)          # the same, over the lower-case text (see scan.lowered)


class Gazetteer:
    """Name -> :class:`~checker.values.Place`, case-sensitive on the first letter, loaded once."""

    def __init__(self, lines: Iterable[str]) -> None:
        # Lower-case name -> its best row, as a line of the TSV (name, kind, country, continent, population,
        # canonical, lat, lon). Rows are split and made into a Place only when a text looks their name up: most
        # names are never asked for, and the gazetteer is loaded in every run.
        self._by_name: dict[str, str] = {}
        self._places: dict[str, Place | None] = {}
        for line in lines:
            key = line[:line.index("\t")].lower()
            best = self._by_name.get(key)
            if best is None or _rank(line) < _rank(best):
                self._by_name[key] = line

    def country_names(self, code: str) -> list[str]:
        """The names the gazetteer gives the country with ISO ``code`` ("Colombia"; "UK", "Britain" …)."""
        if not hasattr(self, "_countries"):
            countries: dict[str, list[str]] = {}
            for line in self._by_name.values():
                name, kind, country = line.split("\t", 3)[:3]
                if kind == "country":
                    countries.setdefault(country, []).append(name)
            self._countries = countries
        return self._countries.get(code, [])

    def lookup(self, name: str) -> Place | None:
        """The place called ``name`` (without a leading "the"), or None."""
        key = name.replace("İ", "I").strip().lower()       # "İzmir": "i" and a combining dot in lower case
        if "  " in key or "\t" in key or "\n" in key:
            key = " ".join(key.split())
        if key.startswith("the "):
            key = key[4:]
        try:
            return self._places[key]
        except KeyError:
            line = self._by_name.get(key)
            place = None
            if line is not None:
                _, place_type, country, continent, population, canonical, lat, lon = line.split("\t")
                place = Place(canonical, place_type, country or None, continent or None, int(population or 0),
                              where=(float(lat), float(lon)) if lat else None)
            self._places[key] = place
            return place


def _rank(line: str) -> tuple[int, int]:
    """Which row a name stands for when several share it: continents, then countries, then the most
    populous city, then US states."""
    _, place_type, _, _, population = line.split("\t", 5)[:5]
    pop = int(population or 0)
    return (_TYPE_RANK.get(place_type, 9) if place_type != "city" or pop >= 0 else 9, -pop)


# The file is plain tab-separated text without quoting (tools/build_gazetteer.py writes no field that needs
# it), read line by line: several times faster than the csv module, and every run loads it.
@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The bundled gazetteer (loaded once, on first use)."""
    with open(data_file("places.tsv"), encoding="utf-8", newline="") as handle:
        lines = handle.read().split("\n")
    if lines[0].split("\t") != ["name", "kind", "country", "continent", "population", "canonical", "lat", "lon"]:
        raise ValueError(f"places.tsv: unexpected columns {lines[0]!r}")
    return Gazetteer(line for line in lines[1:] if line)


# A place is a run of capitalised words joined by spaces or tabs, a virtual meeting a few words joined by
# spaces; neither takes in anything but letters, digits, spaces, apostrophes, hyphens and, inside a
# capitalised word, full stops ("St.", "D.C."). Every other character, and a full stop that does not end a
# capitalised word, is a cut (see scan.Cuts).
_TOKEN_TAIL = re.compile(r"[\w'’‑.-]*\Z")
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ]")


def _cut_at(text: str, i: int) -> bool:
    if text[i] != ".":
        return True
    width = 64
    while True:
        low = max(0, i - width)
        tail = _TOKEN_TAIL.search(text, low, i)
        if tail.start() > low or low == 0:
            return not _CAPITAL.search(tail.group(0))
        width *= 4


CUTS = Cuts(re.compile(r"[^\w\s'’‑-]"), _cut_at)


def find_places(text: str, spans: Sequence[Offsets] | None = None) -> Iterator[Mention]:
    """Places named in ``text`` and expressions of a virtual meeting. With ``spans``, only the text around
    them is read (:meth:`Cuts.regions`): the result is then every mention of the whole-text result that
    starts in those regions, which hold the spans."""
    regions = CUTS.regions_or_all(spans, text)
    gaz = gazetteer()
    for first, stop in regions:
        for m in starting_in(_CAP_RUN, text, first, stop):
            run = m.group(0)
            cut = _SENTENCE_END_IN_RUN.search(run)
            run = (run[:cut.start()] if cut else run).rstrip(".")        # "Guayaquil. Short version"
            offset = m.start()
            lead = _LEADING_WORDS.match(run)
            if lead and lead.end() < len(run):              # "The Paris summit", "At the Erbil Conference"
                run, offset = run[lead.end():], offset + lead.end()
            place = gaz.lookup(run)
            if place is not None and not _plausible(run, place):
                continue
            if place is not None:
                yield Mention("place", offset, offset + len(run), run, place)
                continue
            words = run.split()
            if run.isupper() and len(words) > 2:
                yield from _in_capitals(run, offset, gaz)     # a headline or ticker in capitals
                continue
            # "Washington D.C." / "Paris France": the longest known prefix of the run
            for n in range(len(words) - 1, 0, -1):
                head = " ".join(words[:n])
                place = gaz.lookup(head)
                venue = place is not None and place.place_type == "city" and _is_venue_tail(words[n:])
                if place is not None and (place.place_type != "city" or _is_abbrev_tail(words[n:]) or venue):
                    # a building in a city is quoted whole ("the Arusha International Conference Centre"); an
                    # event named after the city ("the Ohrid Summit") or a small namesake by the name
                    whole = venue and words[-1].lower().rstrip(".") in _BUILDINGS and place.population >= 100_000
                    quoted = run if whole else head
                    building = venue and words[-1].lower().rstrip(".") in _BUILDINGS   # not "the Ohrid Summit"
                    yield Mention("place", offset, offset + len(quoted), quoted, replace(place, venue=building))
                    break
            else:
                if len(words) >= 2 and not run.isupper() and (words[-1].lower().rstrip(".") in _BUILDINGS
                                                               or words[0].lower() in _BUILDING_FIRST):
                    # a named building in no known city ("the Eko Convention Centre"): where it is, the story
                    # says elsewhere (checker.venues)
                    yield Mention("place", offset, offset + len(run), run, Place(run, "venue"))
        for m in starting_in(_NAMED_BY_NOUN, text, first, stop):   # "the Caspian resort of Avaza"
            name = m.group(1)
            if gaz.lookup(name) is None and name.lower() not in _NOT_PLACES | _ENGLISH_WORDS:
                yield Mention("place", m.start(1), m.end(1), name, Place(name, "city"))
        for m in starting_in(_THE_CAPITAL, text, first, stop):      # "the Ethiopian capital": Addis Ababa
            place = gaz.lookup(m.group(1))
            if place is not None and place.place_type == "city":
                yield Mention("place", m.start(1), m.end(1), m.group(1), place)
    low = lowered(text)
    virtual, within = (_VIRTUAL, text) if low is None else (_VIRTUAL_PLAIN, low)
    for first, stop in regions:
        for m in starting_in(virtual, within, first, stop):
            yield Mention("virtual", m.start(), m.end(), text[m.start():m.end()], Place(None, "virtual"))



# In a line written in capitals a single word is a place only when it names a big city (nothing tells a town
# called like an English word from the word); names of several words ("DA NANG", "HO CHI MINH CITY") always.
_CAPITALS_MIN_POPULATION = 100_000
_ENGLISH_WORDS = {"nice", "split", "mobile", "reading", "bath", "sale", "hope", "union", "independence",
                  "liberty", "victoria", "concord", "normal", "moss", "orange", "mercedes"}
_WORD = re.compile(r"\S+")


def _in_capitals(run: str, offset: int, gaz: "Gazetteer") -> Iterator[Mention]:
    """The places inside a run of capitalised words written in capitals, longest names first."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(run)]
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            start, end = words[i][0], words[i + n - 1][1]
            name = run[start:end]
            if name.startswith("THE ") or name.lower() in _NOT_PLACES | _ENGLISH_WORDS:
                continue
            place = gaz.lookup(name)
            if place is None or n == 1 and (len(name) < 4 or place.place_type == "city"
                                            and place.population < _CAPITALS_MIN_POPULATION):
                continue
            yield Mention("place", offset + start, offset + end, name, place)
            i += n - 1
            break
        i += 1


_NOT_PLACES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _plausible(run: str, place: Place) -> bool:
    """A city's name written as an acronym ("UN" is not Un, India) or a month's ("March") is not the city."""
    if place.place_type != "city":
        return True
    return not (run.isupper() and len(run) <= 5) and run.lower() not in _NOT_PLACES


_VENUE_WORDS = {"convention", "conference", "congress", "exhibition", "international", "national", "city", "town",
                "center", "centre", "hall", "palace", "hotel", "stadium", "complex", "house", "building", "arena",
                "headquarters", "campus", "university", "airport", "port", "harbour", "harbor", "museum", "theatre",
                "theater", "forum", "summit", "declaration", "process", "talks", "meeting", "agreement", "accord"}


# Words that open a building's name: "Hôtel Ivoire", "Schloss Klessheim".
_BUILDING_FIRST = {"hotel", "hôtel", "palais", "palacio", "palazzo", "schloss", "château", "castle"}
_BUILDINGS = {"center", "centre", "hall", "palace", "hotel", "stadium", "complex", "house", "building", "arena",
              "headquarters", "campus", "university", "airport", "museum", "theatre", "theater", "serail", "haus",
              "pavilion", "auditorium", "residence", "lodge", "kremlin"}


def _is_venue_tail(words: list[str]) -> bool:
    """ "Convention Center", "International Conference Centre": the city's name starts a venue's (or an
    event's) name ("the Lima Convention Center", "the Ohrid Summit")."""
    return bool(words) and words[-1].lower().rstrip(".") in _VENUE_WORDS and all(
        w.lower().rstrip(".") in _VENUE_WORDS or w[:1].isupper() for w in words)


def _is_abbrev_tail(words: list[str]) -> bool:
    """ "D.C.", "DC": a qualifier after a city name, not the start of another name."""
    return all(re.fullmatch(r"(?:[A-Z]\.){1,3}|[A-Z]{2}", w) for w in words)
