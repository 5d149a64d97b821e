"""Claims whose clause happens in another city than the story's event.

"Senegal's president, who met the junta leader in Banjul on Monday, told the summit ..." dates a trip, not
the summit in Accra; "some 40 member companies took part in the business forum in Ho Chi Minh City on 24
October" counts another gathering than the trade round in Da Nang; the minutes "held on Thursday, 29 October,
at the Chamber's offices in São Paulo" date the meeting that wrote them. When the story's sources agree on
the city of the event (the city the most sources place it in, backed by two at least and by more sources
than any other), a claim of another fact whose clause puts something "in", "at", "from" or "to" another city
is about another moment, and is set aside like a claim about another time (:mod:`checker.eventtime`): unless
the article itself places the event there (its location is then the outlier, and its other claims stand), or
the name is a venue's ("the Shaw Centre") or where speakers are ("officials in Helsinki say").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Mapping, Sequence

from checker.mentions.extract import extract_mentions
from checker.model.claims import Claim
from checker.model.documents import Document
from checker.model.entities import PeopleSet, Place
from checker.text import TextIndex, TextSpan, text_index

# "to" only after a verb of going or a presenter's "now": "heads to Ho Chi Minh City", not "aid for returns to
# Sinjar".
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|from|near|outside)\s+$|\b(?:go|goes|going|went|gone|travel\w*|flew|"
                                r"flown|fly|flies|flying|head|heads|headed|heading|moved?|moving|returned|came|come|"
                                r"coming|now)\s+(?:\w+\s+)?to\s+$", re.I)     # "Now to Brussels, where …"
# Where a chair came from is not where the event took place: "X, who travelled from Buenos Aires" (but a date
# in that clause may be the journey's: "who had flown in from Tashkent after a meeting there on Wednesday").
_ORIGIN = re.compile(r"\b(?:travell?ed|flew|flown|came|come|arrived|journeyed|drove|returned)\s+(?:\w+\s+)?from\s+$",
                     re.I)
_PLACE_PIECE = re.compile(r",\s*(?:(?:at|in|near|outside)\s+[^,;:.!?]*|[A-ZÀ-Þ][\w'’. -]*)(?=[,;:.!?]|$)")
_WHERE_AFTER_PLACE = re.compile(r"\b(?:in|to|at)\s+[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2},\s*where\b")
# "at the Chamber's offices, Avenida Paulista, São Paulo": the city that ends an address.
_IN_AN_ADDRESS = re.compile(r"\b(?:at|in)\s+[^.;:!?]{0,60},\s+$", re.I)
# A place name that goes on ("at the Talatona Convention Centre", "the Shaw Centre") is a venue's, and one
# followed by a reporting verb ("Officials in Helsinki say ...") is where the speakers are.
_NAME_GOES_ON = re.compile(r"[ \t]+(?:[A-Z][a-z]|(?:district|neighbourhood|neighborhood|suburb|area|side)\b|"
                           r"(?:\w+\s+)?(?:say|says|said|told|tell|believe|expect|confirm\w*)\b)")


def _with_places_after(text: str, index: TextIndex, clause: TextSpan) -> TextSpan:
    """The clause with the phrases of place that follow it ("Held on Thursday, 29 October, at the Chamber's
    offices, Avenida Paulista, São Paulo"): comma-separated pieces that open with a preposition of place or
    are capitalised names."""
    start, end = clause.start, clause.end
    where = _WHERE_AFTER_PLACE.search(text, max(index.sentence(start).start, start - 60), start + 8)
    if where is not None and where.end() >= start:
        start = where.start()       # "Now to Brussels, where energy ministers meet on Monday": Brussels's clause
    stop = max(index.sentence(clause.start).end, end)
    while True:
        piece = _PLACE_PIECE.match(text, end, stop)
        if piece is None or piece.end() == end:
            return TextSpan(start, end)
        end = piece.end()


def event_city(claims: Sequence[Claim]) -> Place | None:
    """The city the most sources place the event in: at least two, and more than for any other city."""
    sources: dict[str, set[str]] = defaultdict(set)
    places: dict[str, Place] = {}
    for c in claims:
        v = c.value
        if isinstance(v, Place) and v.place_type == "city" and v.name:
            sources[v.name].add(c.source)
            places[v.name] = v
    if not sources:
        return None
    ranked = Counter({name: len(s) for name, s in sources.items()}).most_common(2)
    if ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return places[ranked[0][0]]


def elsewhere(claims: Sequence[Claim], docs: Mapping[str, Document],
              indexes: Mapping[str, TextIndex] | None = None) -> list[tuple[Claim, str]]:
    """The claims (with the reason) whose clause names another city than the event's, after a preposition
    of place; and that city's own claim of place, in an article that places the event in the event's city
    too (an article that places it elsewhere keeps every claim: its location is the outlier)."""
    city = event_city(claims)
    if city is None:
        return []
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    placed: dict[str, set[str]] = defaultdict(set)       # the cities each article places the event in
    place_claims: dict[str, list[Claim]] = defaultdict(list)
    for c in sorted(claims, key=lambda c: (c.source, c.start)):
        if isinstance(c.value, Place):
            placed[c.source].add(c.value.name or "")
            place_claims[c.source].append(c)
        else:
            by_doc[c.source].append(c)
    # where an article's lead puts the event: its first place (later ones may be other moments')
    lead = {source: next((p.value.name for p in found if p.value.place_type == "city"), None)
            for source, found in place_claims.items()}
    out: list[tuple[Claim, str]] = []
    for source, doc_claims in by_doc.items():
        doc = docs[source]
        index = (indexes or {}).get(source) or text_index(doc.text)
        clauses = {id(c): _with_places_after(doc.text, index, index.clause(c.start, c.end)) for c in doc_claims}
        spans = sorted({(s.start, max(s.end, s.start + 1)) for s in clauses.values()})
        cities = [m for m in extract_mentions(doc.text, doc.published, frozenset({"place"}), {"place": spans})
                  if m.value.place_type == "city" and m.value.name != city.name
                  and not (m.value.name == lead.get(source) and city.name not in placed[source])  # its own city
                  and (_PLACE_PREPOSITION.search(doc.text, max(0, m.start - 12), m.start)
                       or _IN_AN_ADDRESS.search(doc.text, index.clause(m.start, m.end).start, m.start))
                  and not _NAME_GOES_ON.match(doc.text, m.end)]
        origins = {m.start for m in cities if _ORIGIN.search(doc.text, max(0, m.start - 40), m.start)}
        for c in doc_claims:
            clause = clauses[id(c)]
            other = next((m for m in cities if clause.start <= m.start < clause.end
                          and not c.start <= m.start < c.end
                          and not (m.start in origins and isinstance(c.value, PeopleSet))), None)
            if other is not None:
                out.append((c, f"its clause is about {other.text}, not {city.name}"))
                # the other city itself, in an article that also puts the event in its city, is that
                # moment's place: "the business forum in Ho Chi Minh City on 24 October"
                out.extend((p, f"the place of another moment ({c.text!r})") for p in place_claims[source]
                           if p.start == other.start and city.name in placed[source])
    return list({id(c): (c, why) for c, why in out}.values())


__all__ = ["event_city", "elsewhere"]
