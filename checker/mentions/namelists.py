"""Lists of people: who follows a lead-in ("co-chaired by X and Y") or precedes a lead-out ("X and Y
co-chaired").

News writes such a list in many shapes, and a list parser that only knows "Title Name and Title Name"
misses most of them. The region after a lead-in is cut into segments at list separators (commas, "and",
"and by", "as well as"), and each segment is read as one of:

- a **person**: optional determiner and owner ("the WHO's", "Senegal's", "Laos'"), optional title ("Minister
  of Agriculture and Environment", "UN humanitarian chief", "Dr"), the name (capitalised words with particles
  and abbreviations: "Ma. Cristina Dela Cruz-Villanueva", "Marina Azevedo da Cunha"), optional "of <place>";
- a **title** with no name ("Senegal's health minister,"), whose name follows in the next segment;
- an **appositive** about the previous person ("the World Health Organization's regional director for
  Africa") or a **relative clause** ("who heads the WHO's Africa office"), skipped;
- anything else (a verb, a date, a place alone) ends the list.
"""

from __future__ import annotations

import re
from typing import Iterator
from dataclasses import dataclass

from checker.mentions.mention import Mention
from checker.mentions.places import gazetteer
from checker.mentions.people import _DEMONYM_WORD, HEAD_TITLES, NOT_NAME_WORDS, PARTICLES, TITLE_WORDS, _is_place, \
    _known_surname, _lowercase_vocabulary
from checker.model.entities import Person
from checker.text import DIGRAPH_INITIALS

# Words of titles and offices that may stand between an owner and a name, in any case.
OFFICE_WORDS = {
    "board", "alliance", "fund", "bank", "agency", "organisation", "organization", "programme", "program",
    "chief", "head", "homologue", "counterpart", "co-chair", "chair", "chairperson", "executive", "managing",
    "director-general", "administrator", "under-secretary-general", "vice-president", "deputy", "assistant",
    "high", "representative", "commissioner", "minister", "ministers", "secretary", "president", "premier",
    "governor", "mayor", "envoy", "ambassador", "delegate", "official", "officer", "regional", "director",
    "humanitarian", "development", "transport", "health", "wellness", "wellbeing", "well-being", "finance", "foreign", "affairs", "agriculture",
    "environment", "energy", "trade", "fisheries", "oceans", "interior", "justice", "defence", "defense",
    "digital", "economy", "economic", "planning", "water", "resources", "natural", "education", "labour",
    "labor", "industry", "mines", "mining", "infrastructure", "public", "works", "external", "international",
    "cooperation", "co-operation", "tourism", "culture", "science", "technology", "communications",
    "information", "social", "welfare", "housing", "urban", "rural", "climate", "maritime", "marine",
    "relations", "security", "home", "treasury", "budget", "investment", "commerce", "integration",
    "food", "forestry", "livestock", "irrigation", "lands", "land", "power", "petroleum", "gas", "oil",
    "the", "of", "for", "and", "on", "to", "republic", "state", "federal", "national", "general", "senior",
    "former", "outgoing", "incoming", "acting", "interim", "current", "permanent", "special", "chairman",
    "chairwoman", "head-of-state", "prime", "crown", "vice", "first", "lady", "lord", "dr", "dr.", "prof",
    "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame", "h.e.", "his", "her", "excellency",
    "hon", "hon.", "honourable", "honorable", "rt", "rt.",
    # the heads of universities ("the university's rector, Professor X")
    "rector", "vice-rector", "vice-chancellor", "chancellor", "provost", "dean",
    # the level of an office ("Thua Thien Hue provincial chairman Le Van Thanh")
    "provincial", "municipal", "county", "district", "city", "prefectural", "departmental",
    "mediator", "co-mediator", "facilitator", "moderator", "arbitrator", "judge", "justice", "retired", "chief",
    # the words of ministries and offices ("Minister for Relief, Disaster Preparedness and Refugees")
    "relief", "disaster", "disasters", "preparedness", "refugees", "refugee", "management", "action", "emergency",
    "emergencies", "migration", "gender", "women", "youth", "sports", "sport", "family", "children", "solidarity",
    "reconstruction", "recovery", "displaced", "persons", "aquaculture", "wildlife", "heritage", "arts", "aviation",
    "ports", "shipping", "roads", "railways", "telecommunications", "innovation", "research", "higher",
    "training", "employment", "population", "statistics", "mineral", "minerals", "hydrocarbons", "electricity",
    "renewable", "sanitation", "ecology", "ocean", "coastal", "islands", "local", "government", "administration",
    "civil", "service", "reform", "governance", "human", "rights", "legal", "veterans", "diaspora", "overseas",
    "protection", "conservation", "sustainable", "transition", "equality", "inclusion", "mobility",
    "transportation", "media", "coordinator", "coordination", "emergency", "services", "assistance", "aid",
    "care", "medical", "pharmaceutical", "nutrition", "poverty", "alleviation", "reduction", "risk", "response",
    "cabinet", "council", "ministers", "senate", "assembly", "parliament", "chamber", "presidency",
}
# The last words of organisations' names: "of the Mekong Rice Exporters Federation" after a name is where the
# person works, not more of the name.
_ORGANISATIONS = {"association", "federation", "confederation", "council", "union", "bank", "fund", "institute",
                  "agency", "commission", "committee", "secretariat", "centre", "center", "authority", "foundation",
                  "society", "alliance", "chamber", "ministry", "department", "office", "programme", "program",
                  "network", "forum", "board", "corporation", "company", "group", "university", "academy",
                  "organisation", "organization", "coalition", "league", "consortium", "partnership", "trust"}
# Words that make a segment without a name a title ("Senegal's health minister,") rather than the end.
_TITLE_HEADS = (OFFICE_WORDS | HEAD_TITLES | TITLE_WORDS) - {"the", "of", "for", "and", "on", "to", "his", "her", "state",
                                                              "republic", "national", "federal", "general", "first"}
_DETERMINERS = {"the", "his", "her", "its", "their", "fellow", "both", "by", "also", "then"}
_RELATIVE = {"who", "which", "whose", "whom", "that", "where", "when", "while"}
# A list ends before these words when they follow a complete item ("X and Y will co-chair").
_TOKEN = re.compile(r"[(),;:]|[–—]|[^\s(),;:–—]+")
_SEPARATOR_WORDS = (("as", "well", "as"), ("along", "with"), ("together", "with"), ("and", "by"), ("and",), ("&",))
# Abbreviated first names and titles that keep their full stop ("Ma. Cristina", "J. Smith", "Dr. Ruiz").
_ABBREVIATED = re.compile(r"(?:[A-ZÀ-Þ]|" + "|".join(DIGRAPH_INITIALS) + r"|Ma|Md|Mohd|Wm|Jr|Sr|St|Dr|Mr|Mrs|Ms|Mx|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Hon|Sen|Rep|Gov)\.$")
_ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "prof", "gen", "col", "lt", "sen", "rep", "gov", "st", "jr", "sr", "h.e"}
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")


@dataclass(slots=True)
class _Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


def _tokens(text: str, pos: int, limit: int) -> list[_Token]:
    """Words and punctuation; a full stop that ends a word is its own token unless the word is an
    abbreviation ("Ma.", "Dr.", "U.S.")."""
    out = []
    for m in _TOKEN.finditer(text, pos, limit):
        word, start, end = m.group(0), m.start(), m.end()
        if len(word) > 1 and word.endswith(".") and not _ABBREVIATED.match(word) and "." not in word[:-1] \
                and word[:-1].lower() not in _ABBREVIATIONS:
            out.append(_Token(word[:-1], start, end - 1))
            out.append(_Token(".", end - 1, end))
        else:
            out.append(_Token(word, start, end))
    return out


def _segments(tokens: list[_Token]) -> Iterator[list[_Token]]:
    """Cut at commas and list words; a parenthesis ("(AfDB)") is dropped; ";" ":" and dashes end the list.
    Segments come one at a time: a reader stops at the first that ends the list, most often the first."""
    lows = [t.text.lower() for t in tokens]
    current: list[_Token] = []
    depth, i = 0, 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            pass
        elif tok.text in (";", ":", "–", "—", ".", "?", "!"):
            break
        elif tok.text == ",":
            if current:
                yield current
                current = []
        else:
            low = lows[i]
            for words in _SEPARATOR_WORDS:
                if low == words[0] and tuple(lows[i:i + len(words)]) == words and not _country_and(tokens, i):
                    if current:
                        yield current
                        current = []
                    i += len(words) - 1
                    break
            else:
                current.append(tok)
        i += 1
    if current:
        yield current


def _country_and(tokens: list[_Token], i: int) -> bool:
    """Whether the "and" at ``i`` joins the two halves of a country's name ("Bosnia and Herzegovina's Minister",
    "Trinidad and Tobago")."""
    if tokens[i].text.lower() != "and" or i == 0 or i + 1 >= len(tokens):
        return False
    after = re.sub(r"['’]s?$", "", tokens[i + 1].text)
    place = gazetteer().lookup(f"{tokens[i - 1].text} and {after}")
    return place is not None and place.place_type == "country"


def _is_name_token(tok: _Token, vocab: frozenset[str]) -> bool:
    word = tok.text.rstrip(".") if not _ABBREVIATED.match(tok.text) else tok.text
    if not word or not word[0].isupper():
        return False
    low = tok.low.rstrip(".")
    if low in TITLE_WORDS or low in HEAD_TITLES or low in OFFICE_WORDS or low in NOT_NAME_WORDS:
        return False
    if _POSSESSIVE.search(tok.text):
        return False
    if len(word.rstrip(".")) > 1 and word.isupper():      # an acronym: WHO, ADB, UN (not an initial: "F.")
        return False
    parts = [p for p in re.split(r"[-‑]", low) if p]
    if parts and all(p in OFFICE_WORDS or p in TITLE_WORDS for p in parts):   # "Under-Secretary-General"
        return False
    return low not in vocab


def _name_run(seg: list[_Token], vocab: frozenset[str]) -> tuple[int, int]:
    """The name at the end of a segment, as token indexes [i, j): capitalised words, particles inside, an
    abbreviated first name first; a trailing "of <place>" is not part of it."""
    end = len(seg)
    for k in range(len(seg) - 1, 0, -1):                   # "Grace Wanjiru Mwangi of Kenya"
        if seg[k - 1].low == "of" and (_is_place([t.text for t in seg[k:]]) or seg[-1].low in _ORGANISATIONS
                                       or _named_before(seg, k - 1, vocab)):
            end = k - 1                                     # "Hanae Kurosaki of the Japan Rice Exporters Association",
            break                                           # "Premier Colin MacIsaac-Reid of Nova Scotia"
    i = end
    while i > 0:
        tok = seg[i - 1]
        if _is_name_token(tok, vocab) and not _proper_place(tok.text, inner=True) or \
                (tok.low in PARTICLES or tok.low in ("dela", "della", "de la")) and i < end:
            i -= 1
            continue
        break
    while i < end and seg[i].low in PARTICLES and not seg[i].text[0].isupper():
        i += 1                                              # a name does not start with "da", "van"
    if end - i > 5:
        i = end - 4
    if end - i == 1 and _proper_place(seg[i].text):
        i = end                            # a city's name alone is no person ("Lopez" of "Maria Lopez" is)
    return i, end


def _named_before(seg: list[_Token], of: int, vocab: frozenset[str]) -> bool:
    """Whether a first name and a surname stand right before the "of" at ``of`` and only capitalised words (a
    province, a body) after it: "Colin MacIsaac-Reid of Nova Scotia"."""
    return of >= 2 and all(_is_name_token(t, vocab) for t in seg[of - 2:of]) \
        and all(t.text[:1].isupper() or t.low in ("the", "and") for t in seg[of + 1:])


def _proper_place(word: str, inner: bool = False) -> bool:
    """A country, continent or state, or a city by its own name (not by one of its alternate names: "Hang"
    is an alternate name of Hangzhou and a common part of Vietnamese names). Inside a name (``inner``: a name
    word follows, or precedes) a city's name is a name too ("Esperança Manuel Cassoma", "Maria Lopez"); a
    country's is not."""
    place = gazetteer().lookup(word)
    if place is None or inner and place.place_type == "city":
        return False
    return place.place_type != "city" or place.name.lower() == word.lower()


@dataclass
class _Item:
    start: int
    end: int
    name: str
    title: str | None


def _read(text: str, seg: list[_Token], vocab: frozenset[str], titled_before: bool) -> tuple[str, _Item | None]:
    """What a segment is: ("person", item), ("title", None), ("skip", None) or ("end", None)."""
    k = 0
    while k < len(seg) and seg[k].low in _DETERMINERS:
        k += 1
    if k < len(seg) and seg[k].low in _RELATIVE:
        return "skip", None
    if k == 0 and len(seg) > 1 and seg[0].low == "as" and titled_before is False:
        return "skip", None                                  # "X, as chairman of the Association, and by Y"
    body = seg[k:]
    owner = 0
    for j, tok in enumerate(body[:5]):                       # "the World Health Organization's", "Laos'",
        if _POSSESSIVE.search(tok.text) and j < len(body) - 1:   # "the alliance's board chair"
            owner = j + 1
            break
        if not tok.text[:1].isupper() and tok.low not in ("of", "the", "and") and j > 0:
            break
    body = body[owner:]
    if not body:
        return "end", None
    i, j = _name_run(body, vocab)
    head = body[:i]
    title_ok = all(t.low.rstrip(".") in OFFICE_WORDS or t.low.rstrip(".") in TITLE_WORDS or t.text[:1].isupper()
                   or _DEMONYM_WORD.fullmatch(t.low) for t in head) or (  # "french President" in scraped text
        bool(head) and head[-1].low.rstrip(".") in _TITLE_HEADS and len(head) <= 5)   # "board chair"
    if not title_ok and _described(head):
        title_ok = True                                      # "the South African astronomer Naledi X"
    if any(re.search(r"[\d*]", t.text) for t in head):
        title_ok = False                                     # "**Photo 1 of 6.** Mediator": no title
    if i == j:                                               # no name: a title, an appositive, or the end
        if title_ok and any(t.low.rstrip(".") in _TITLE_HEADS for t in head):
            return ("skip" if seg[0].low in ("the", "a", "an") and not titled_before else "title"), None
        return "end", None
    if not title_ok:
        return "end", None
    name_tokens = body[i:j]
    titled = bool(head) or titled_before
    words = [t.text for t in name_tokens]
    if len(words) == 1 and not titled and not _known_surname(text, words[0]):
        return "end", None
    if _is_place(words) or any(w.lower() in NOT_NAME_WORDS for w in words):
        return "end", None
    if head and head[-1].low in ("of", "for"):              # "the Government of Bosnia (and Herzegovina)": an
        follows = text[seg[-1].end:seg[-1].end + 3].lstrip()  # institution, not a person; but "the Minister of
        return ("title" if follows.startswith(",") else "end"), None   # Trade of BiH, X" is a title
    start = seg[k].start if owner or head else name_tokens[0].start
    title = " ".join(t.text for t in head) or None
    name = " ".join(words).rstrip(".,")
    return "person", _Item(start, body[j - 1].end, name, title)


def _described(head: list[_Token]) -> bool:
    """Whether a head is a capitalised description with one or two lower-case nouns at its end, right before
    the name: "South African astronomer", "Kenyan veteran diplomat" (not "met with", "spoke to")."""
    tail = 0
    while tail < min(2, len(head)) and head[-1 - tail].text[:1].islower():
        tail += 1
    lead = head[:len(head) - tail]
    return 0 < tail and bool(lead) and all(t.text[:1].isupper() for t in lead) \
        and not any(re.search(r"(?:ed|ing)$|^(?:and|with|by|to|of|for|from|as|at|in|on)$", t.low)
                    for t in head[len(head) - tail:])


_AND_NEXT = re.compile(r"\s*,\s*(?:and|&)\s+[A-ZÀ-Þ]")


def parse_list(text: str, pos: int, limit: int | None = None) -> list[Mention]:
    """The people of the list that starts at ``pos`` (empty when none does), each mention spanning its owner,
    title and name as written."""
    limit = len(text) if limit is None else limit
    vocab = _lowercase_vocabulary(text)
    people: list[Mention] = []
    pending: int | None = None                               # start of a title waiting for its name
    for seg in _segments(_tokens(text, pos, limit)):
        kind, item = _read(text, seg, vocab, pending is not None)
        last = False
        if people and (kind == "end" or (kind == "person" and item.title and seg[0].text[:1].isupper())):
            verb = _verb_after_name(seg)       # "… and KH Ahmad Hidayat (right) open the meeting", "… and Y read
            if verb:                           # the Declaration": the name before the verb ends the list
                kind, item = _read(text, seg[:verb], vocab, pending is not None)
                last = True
        if kind == "end" and people and seg[0].low in ("a", "an") and _AND_NEXT.match(text, seg[-1].end):
            continue                          # "X, an archaeologist at the University of Y, and Z": X described
        if kind == "end":
            break
        if kind == "title":
            pending = seg[0].start if pending is None else pending
            continue
        if kind == "skip":
            continue
        assert item is not None
        start = pending if pending is not None else item.start
        pending = None
        people.append(Mention("person", start, item.end, text[start:item.end], Person(item.name, item.title)))
        if last:
            break
    return people


def _verb_after_name(seg: list[_Token]) -> int | None:
    """Where a lower-case word (a verb: "open", "signed") first follows a capitalised one in a segment."""
    for k in range(1, len(seg)):
        low = seg[k].low
        if seg[k].text[:1].islower() and seg[k - 1].text[:1].isupper() and low not in PARTICLES \
                and low not in OFFICE_WORDS and low not in ("dela", "della"):
            return k
    return None


_AUX_BEFORE = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:\s*,?\s*(?:who|which)\b)?(?:\s+(?:will|would|have|has|had|are|were|is|was|also|both|"
                         r"jointly|together|to|shall|then|currently|formally|officially|be|been))*\s*,?\s*$", re.I)


# Where a list before a lead-out may start: after a clause break, a bold label, a full stop, or a word that
# introduces names ("a keynote from Maine Governor X, who co-chaired").
_LIST_MAY_START = re.compile(r"[,;:–—(]\s*|\*\*\s*|\.\s+|\b(?:by|that|when|as|after|said|from|with|for|to)\s+")


def parse_list_before(text: str, end: int, floor: int = 0) -> list[Mention]:
    """The list of people that ends just before ``end`` ("X and Y will co-chair", "X and Y, who co-chaired"):
    read forward from the sentence start or a clause break, the first reading that ends there."""
    trimmed = _AUX_BEFORE.search(text, floor, end)
    stop = trimmed.start() if trimmed else end
    starts = [floor] + [floor + m.end() for m in _LIST_MAY_START.finditer(text[floor:stop])]
    for start in sorted(set(starts)):
        while start < stop and text[start].isspace():
            start += 1
        people = parse_list(text, start, stop)
        if people and people[-1].end >= stop - 1 and text[people[-1].end:stop].strip(" ,.") == "":
            return people
    return []
