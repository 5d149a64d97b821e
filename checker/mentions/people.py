"""People: names with their titles and roles, and lists of names ("co-chaired by X and Y").

A person mention is a name led by a title ("French President Emmanuel Macron", "Prime Minister Keir
Starmer", "President Zelensky"), a run of two or three capitalised words that is neither a place nor an
organisation ("Donald Tusk"), or a lone surname already seen in full in the same text ("Macron").
:func:`parse_name_list` reads a list of names at a position (the fact stage knows which cue words lead into
one); :func:`name_key` and :func:`same_person` match names across sources with rapidfuzz, tolerant of case,
order, diacritics, hyphen variants and spelling (Zelensky/Zelenskyy, Kosiniak-Kamysz/Kosiniak‑Kamisz).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from checker.mentions.mention import Mention
from checker.mentions.places import gazetteer
from checker.model.entities import Person
from checker.text import DIGRAPH_INITIALS

TITLE_WORDS = {
    "president", "vice", "prime", "minister", "ministers", "premier", "chancellor", "secretary", "secretary-general",
    "general", "foreign", "defence", "defense", "interior", "finance", "economy", "deputy", "chief", "king", "queen",
    "prince", "princess", "crown", "pope", "senator", "sen.", "rep.", "representative", "congressman",
    "congresswoman", "governor", "gov.", "mayor", "gen.", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
    "sir", "dame", "lord", "lady", "ambassador", "commissioner", "speaker", "leader", "chairman", "chairwoman",
    "chair", "ceo", "director", "judge", "justice", "sheikh", "emir", "sultan", "former", "acting", "then",
    "spokesman", "spokeswoman", "spokesperson", "envoy", "special", "high", "state", "of",
    "actor", "actress", "singer", "star", "coach", "captain", "officer", "commander", "colonel", "col.",
    "lieutenant", "lt.", "sergeant", "sgt.", "detective", "inspector", "superintendent", "professor", "prof.",
    "bishop", "archbishop", "cardinal", "rabbi", "imam", "reverend", "rev.", "father", "president-elect",
    "chancellor-elect", "us", "u.s.", "uk", "u.k.", "eu", "un", "u.n.", "nato", "european", "council",
    "commission", "co-chair", "host",
}
# Titles that make the following capitalised words a person ("President X"), as opposed to modifiers.
HEAD_TITLES = {
    "president", "minister", "premier", "chancellor", "secretary", "secretary-general", "general", "king",
    "queen", "prince", "princess", "pope", "senator", "sen.", "rep.", "representative", "congressman",
    "congresswoman", "governor", "gov.", "mayor", "gen.", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
    "sir", "dame", "lord", "lady", "ambassador", "commissioner", "speaker", "leader", "chairman", "chairwoman",
    "ceo", "director", "judge", "justice", "sheikh", "emir", "sultan", "spokesman", "spokeswoman",
    "spokesperson", "envoy", "actor", "actress", "singer", "coach", "captain", "commander", "colonel", "col.",
    "lieutenant", "lt.", "sergeant", "sgt.", "detective", "inspector", "professor", "prof.", "bishop",
    "archbishop", "cardinal", "rabbi", "imam", "reverend", "rev.", "president-elect", "chancellor-elect",
}
# Words that mark an organisation, an event or a thing, never part of a person's name.
NOT_NAME_WORDS = {
    "union", "nations", "council", "commission", "committee", "ministry", "department", "bank", "fund",
    "organization", "organisation", "agency", "party", "group", "coalition", "summit", "conference", "forum",
    "army", "forces", "force", "court", "house", "parliament", "congress", "senate", "government", "university",
    "institute", "foundation", "corporation", "inc", "inc.", "ltd", "company", "facility", "memorandum",
    "treaty", "agreement", "alliance", "nato", "center", "centre", "office", "service", "services", "news",
    "times", "post", "press", "street", "square", "palace", "hall", "airport", "hospital", "school", "church",
    "museum", "stadium", "district", "county", "province", "region", "state", "states", "kingdom", "republic",
    "federation", "emirates", "islands", "city", "capital", "guarantees", "security", "peace", "war", "table",
    "contents", "questions", "president", "minister", "prime", "the", "a", "an", "of", "and", "for", "in", "on",
    "at", "to", "by", "with", "from", "key", "pro", "tip", "did", "you", "know", "what", "who", "how", "why",
    "when", "where", "this", "that", "these", "those", "it", "its", "is", "are", "was", "were", "will", "would",
    "our", "their", "his", "her", "we", "they", "he", "she", "i", "if", "while", "after", "before", "since",
    "during", "despite", "although", "however", "also", "but", "or", "not", "no", "all", "some", "many", "more",
    "other", "such", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "north", "south", "east", "west", "eastern", "western", "northern", "southern", "central",
    "european", "american", "british", "french", "german", "russian", "ukrainian", "chinese", "international", "staff",
    "national", "global", "world", "day", "week", "year", "reuters", "afp", "ap", "bbc", "cnn",
}
PARTICLES = {"de", "da", "van", "von", "der", "den", "del", "di", "du", "le", "la", "bin", "ibn", "al", "el", "ben",
             "dos", "das", "mac", "st."}
LIST_SEPARATOR = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*|\s+as\s+well\s+as\s+)", re.I)

# A capitalised token: an abbreviation with dots ("U.S.", "J.") or a word (letters, apostrophes, hyphens).
_CAP = r"(?:[A-ZÀ-ÖØ-ÞĀ-ſ](?:\.[A-Z])*\.(?=\s)|[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’‑-]*)"
_PART = r"(?:de|da|van|von|der|den|del|di|du|le|la|bin|ibn|al|el|ben)"
_INNER_TITLE = r"(?:minister|president|secretary|prime|foreign|defence|defense|general)"
# A run of capitalised tokens, with name particles and lower-case title words inside ("Ursula von der
# Leyen", "Defence minister Pete Hegseth").
_CAP_RUN_RE = re.compile(
    rf"(?<![\w'’‑.-]){_CAP}(?:[ \t]+(?:{_CAP}|{_PART}(?=[ \t]+[A-Z])|{_INNER_TITLE}(?=[ \t]+[A-Z])))*"
)
_TOKEN_RE = re.compile(r"\S+")
_DEMONYM_WORD = re.compile(r"[a-z]+(?:an|ian|ish|ese|ch|ic)|u\.s\.|u\.k\.")
_DEMONYM_BEFORE = re.compile(r"(?:\b(?:[a-z]+(?:an|ian|ish|ese|ch|ic)|U\.S\.|US|UK|U\.K\.|EU|UN)[ \t]+)$")
# A line most of whose words are capitalised is a headline or a table-of-contents entry, not prose.
_HEADLINE_RE = re.compile(r"^(?:[-*#\d.| \t]*)(?:[A-Z][\w'’-]*[ \t,:&]+|(?:a|an|and|of|the|on|in|for|to|at|as"
                          r"|with|by|or)[ \t]+){1,14}[A-Z][\w'’-]*[?!.]?[ \t]*$", re.M)


def _is_cap(token: str) -> bool:
    return bool(token) and token[0].isupper()


def _split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split a run into the title part and the name part: everything up to the last title word is title."""
    last_title = -1
    for i, tok in enumerate(tokens):
        low = tok.lower().rstrip(",")
        if low in HEAD_TITLES or (low in TITLE_WORDS and i + 1 < len(tokens)
                                  and tokens[i + 1].lower() in TITLE_WORDS):
            last_title = i
    return tokens[:last_title + 1], tokens[last_title + 1:]


def _title_modifier(word: str) -> bool:
    """Words that qualify a title: "Ukrainian", "U.S.", "United States", "Defence", "former"."""
    low = word.lower()
    return low in TITLE_WORDS or _is_place([word]) or bool(_DEMONYM_WORD.fullmatch(low))


@lru_cache(maxsize=8)
def _lowercase_vocabulary(text: str) -> frozenset[str]:
    """Words the text also writes in lower case: "Support" in a heading is a word, not a name."""
    return frozenset(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]+", text))


@lru_cache(maxsize=8)
def _full_name_surnames(text: str) -> frozenset[str]:
    """Surnames of the people a text names in full (title or first name): "Macron" after "Emmanuel Macron"."""
    return frozenset(name_key(p.value.name.split()[-1]) for p in find_people(text)
                     if len(p.value.name.split()) >= 2 or p.value.title)


def _known_surname(text: str, token: str) -> bool:
    return name_key(token.rstrip(".,")) in _full_name_surnames(text)


def _is_place(words: list[str]) -> bool:
    return gazetteer().lookup(" ".join(words)) is not None


def _looks_like_name(tokens: list[str], titled: bool, text: str = "") -> bool:
    """Capitalised, not an organisation or a place, not an acronym, and (unless a title vouches for it) not
    a word the same text also writes in lower case."""
    if not tokens or len(tokens) > 4:
        return False
    if not titled and text:
        vocab = _lowercase_vocabulary(text)
        if any(t.lower() in vocab or _is_place([t]) or t.endswith(("’s", "'s")) for t in tokens):
            return False
    if not all(_is_cap(t) or t.lower() in PARTICLES for t in tokens):
        return False
    if not _is_cap(tokens[0]) or not _is_cap(tokens[-1]):
        return False
    lows = [t.lower().rstrip(".") for t in tokens]
    if any(low in NOT_NAME_WORDS for low in lows):
        return False
    if any(t.isupper() and len(t) > 1 for t in tokens):       # acronyms: NATO, UN, G7
        return False
    if _is_place(tokens):
        return False
    return titled or len(tokens) >= 2


def _tokens(m: re.Match) -> list[tuple[int, int, str]]:
    base = m.start()
    return [(base + t.start(), base + t.end(), t.group(0)) for t in _TOKEN_RE.finditer(m.group(0))]


def _split_run(tokens: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """Title tokens (up to the last head title, with the modifiers right before it) and name tokens."""
    words = [t[2] for t in tokens]
    title, name = _split_title(words)
    if not title:
        return [], tokens
    first = len(title) - 1
    while first > 0:
        if _title_modifier(words[first - 1]):
            first -= 1
        elif first > 1 and _is_place(words[first - 2:first]):      # "United States President"
            first -= 2
        else:
            break
    return tokens[first:len(title)], tokens[len(title):]


def find_people(text: str) -> list[Mention]:
    """Person mentions in ``text``: titled names ("President Zelensky"), names of two or three capitalised
    words ("Donald Tusk"), and lone surnames of people already named in full in the same text."""
    headlines = [(h.start(), h.end()) for h in _HEADLINE_RE.finditer(text)]
    found: list[Mention] = []
    surnames: dict[str, Person] = {}
    for m in _CAP_RUN_RE.finditer(text):
        if any(s <= m.start() < e for s, e in headlines):
            continue
        title, name = _split_run(_tokens(m))
        if not name:
            continue
        if not title:                       # untitled: the last two or three tokens, if they look like a name
            name = name[-3:] if len(name) > 3 else name
            while name and name[0][2].lower() in NOT_NAME_WORDS:
                name = name[1:]
        words = [t[2] for t in name]
        if not _looks_like_name(words, titled=bool(title), text=text):
            continue
        start = title[0][0] if title else name[0][0]
        if title:
            demonym = _DEMONYM_BEFORE.search(text, max(0, start - 24), start)
            if demonym:
                start = demonym.start()
        end = name[-1][1]
        person = Person(" ".join(words), " ".join(t[2] for t in title) or None)
        found.append(Mention("person", start, end, text[start:end], person))
        if len(words) >= 2:
            surnames.setdefault(name_key(words[-1]), person)
    if surnames:
        taken = sorted((p.start, p.end) for p in found)
        for m in re.finditer(r"(?<![\w'’‑-])[A-ZÀ-ÖØ-ÞĀ-ſ][\w‑-]+", text):
            if name_key(m.group(0)) in surnames and not any(s <= m.start() < e for s, e in taken):
                found.append(Mention("person", m.start(), m.end(), m.group(0), Person(m.group(0))))
    found.sort(key=lambda p: p.start)
    return found


def parse_name_list(text: str, pos: int, limit: int | None = None) -> list[Mention]:
    """The list of people that starts at ``pos`` ("French President Emmanuel Macron and British Prime
    Minister Keir Starmer", "Macron and Starmer"); empty when no name starts there."""
    limit = len(text) if limit is None else limit
    people: list[Mention] = []
    while pos < limit:
        while pos < limit and text[pos] in " \t":
            pos += 1
        m = _CAP_RUN_RE.match(text, pos, limit) or _lower_title_run(text, pos, limit)
        if not m:
            break
        tokens = m.group(0).split()
        title, name = _split_title(tokens)
        if not name or not _looks_like_name(name, titled=True):
            break
        if not title and len(name) == 1 and not _known_surname(text, name[0]):
            break                                        # a lone capitalised word: a name only if seen in full
        person = Person(" ".join(name).rstrip(".,"), " ".join(title) or None)
        end = m.end()
        while end > pos and text[end - 1] in " \t":
            end -= 1
        people.append(Mention("person", pos, end, text[pos:end], person))
        sep = LIST_SEPARATOR.match(text, end, limit)
        if not sep:
            break
        pos = sep.end()
    return people


def parse_name_list_before(text: str, end: int, floor: int = 0) -> list[Mention]:
    """The list of people that ends at ``end`` ("Macron and Starmer co-chaired …")."""
    head = text[floor:end]
    # try the longest suffix of the text before ``end`` that parses as a list ending exactly there
    starts = [floor + s.start() for s in re.finditer(r"(?<![\w'’‑.-])[A-Za-zÀ-ÖØ-öø-ÿ]", head)]
    for start in starts[-12:]:
        people = parse_name_list(text, start, end)
        if people and people[-1].end >= len(text[:end].rstrip()) and (
                start == floor or not text[start - 1].isalnum()):
            return people
    return []


def _lower_title_run(text: str, pos: int, limit: int) -> re.Match | None:
    """A lower-case demonym or title before a name, as scraped text has it ("french President Emmanuel
    Macron")."""
    m = re.compile(r"[a-z]+[ \t]+(?=[A-Z])").match(text, pos, limit)
    if not m:
        return None
    rest = _CAP_RUN_RE.match(text, m.end(), limit)
    if not rest or not _split_title(rest.group(0).split())[0]:
        return None
    return re.compile(re.escape(text[pos:rest.end()])).match(text, pos, rest.end())


# ------------------------------------------------------------------------------------------- matching
# Letters that Unicode decomposition leaves alone but an English text spells otherwise ("Þórðardóttir" is
# "Thordardottir", "Sønstebø" is "Sonstebo").
_TRANSLITERATE = str.maketrans({"þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae",
                                "œ": "oe", "Œ": "Oe", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i",
                                "ħ": "h", "ŋ": "ng", "ʻ": "", "ʼ": "", "’": "", "'": ""})

_TRANSLITERATE_STR = {chr(k): v or "" for k, v in _TRANSLITERATE.items()}
_TRANSLITERATED = frozenset(_TRANSLITERATE_STR)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Case, diacritics, transliterated letters and hyphen variants removed: "Kosiniak‑Kamysz" -> "kosiniak
    kamysz", "Ásdís Þórðardóttir" -> "asdis thordardottir"."""
    # Only the letters present are replaced (translating a whole article through the table costs far more;
    # no replacement brings in another of its letters, so the order does not matter).
    for letter in _TRANSLITERATED.intersection(name):
        name = name.replace(letter, _TRANSLITERATE_STR[letter])
    decomposed = unicodedata.normalize("NFKD", name)
    # The combining marks dropped in one translate (it is also called on whole articles): only the distinct
    # non-ASCII characters are looked up, no ASCII character combines.
    marks = {ord(c): None for c in set(decomposed) if not c.isascii() and unicodedata.combining(c)}
    ascii_only = decomposed.translate(marks) if marks else decomposed
    return re.sub(r"[^a-z]+", " ", ascii_only.lower()).strip()


_DIGRAPHS = frozenset(i.lower() for i in DIGRAPH_INITIALS)


def same_person(a: str, b: str, threshold: float = 85.0) -> bool:
    """Whether two names plausibly name the same person: nearly the same string, or every word of the
    shorter name matches a word of the longer one, in order (a surname alone, a first name and one of two
    surnames: "Castaño" / "Iván Rodrigo Castaño Mejía", "Minh Hằng" / "Trần Thị Minh Hằng"), each word
    fuzzily (Zelensky/Zelenskyy, Jaksylykov/Zhaksylykov) or as an initial ("J. Smith")."""
    from rapidfuzz import fuzz      # imported on first use: about 10 ms, and many runs compare no names

    ka, kb = name_key(a).split(), name_key(b).split()
    if not ka or not kb:
        return False
    if fuzz.ratio(" ".join(ka), " ".join(kb)) >= 92:
        return True
    short, long = sorted((ka, kb), key=len)
    j, whole = 0, False               # whole: a word matched a word, not only an initial ("Wellness" / "W. Ellis")
    for word in short:
        while j < len(long) and not _same_word(word, long[j], threshold):
            j += 1
        if j == len(long):
            return False
        whole = whole or (len(word) > 1 and len(long[j]) > 1)
        j += 1
    return whole


def _same_word(a: str, b: str, threshold: float) -> bool:
    from rapidfuzz import fuzz

    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if a in _DIGRAPHS or b in _DIGRAPHS:      # "Sh. Kodirov" / "Shavkat Qodirov"
        return a.startswith(b) or b.startswith(a)
    return min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= threshold
