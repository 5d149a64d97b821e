"""Claim acceptance: the tests of a fact definition that a mention must pass to be a claim of that fact
(lead-in and lead-out words, the sentence not about another event, exclusion and cue words in scope), and
the unit a count counts."""

from __future__ import annotations

from collections import Counter
import re
from dataclasses import replace
from functools import lru_cache
from typing import Any, Callable

from checker.facts.firstchars import any_search
from checker.facts.phrases import ends_with, phrases_regex, starts_titled, starts_with, user_regex
from checker.mentions.mention import Mention
from checker.model.pack import Cue, FactDef
from checker.text import TextIndex, TextSpan

# Words that may not stand between a number and the noun it counts ("one of the leaders" counts nothing).
_UNIT_STOP = {"of", "the", "a", "an", "to", "in", "on", "at", "for", "from", "with", "by", "and", "or", "who",
              "which", "that", "were", "are", "is", "was", "have", "has", "had", "will", "would", "per", "than",
              "as", "into", "over", "under", "out", "about", "its", "their", "his", "her"}

_LOWER_NEXT = re.compile(r"[ \t]*[a-z]")
_RESTATED = re.compile(r"\s*\(\s*\d[\d,.]*\s*\)")
# The header of a memo, a cable or an e-mail: its date is the document's, not the event's.
_MEMO_HEADER = re.compile(r"^[ \t]*(?:from|to|cc|subject|subj|info|re)[ \t]*:", re.I | re.M)
_POSSESSIVE = re.compile(r"['’]s\b")


def accepted(text: str, index: TextIndex, fact: FactDef, start: int, end: int, anchored: bool = True,
              memo: dict | None = None, alone: bool = False) -> bool:
    """The fact definition's tests, cheapest first. ``memo`` keeps, for the other mentions of a sentence,
    whether it is about another event (the same search for every mention in it)."""
    if fact.not_after and ends_with(fact.not_after).search(text, max(0, start - 40), start) \
            and not _POSSESSIVE.match(text, end):
        return False                  # "said on Monday"; but "says last Friday's forum" dates the forum
    if fact.not_before and starts_with(fact.not_before).match(text[end:end + 40]):
        return False                  # "killed 14-year-old ...": what follows says it is no count of the fact
    labelled = bool(fact.labels) and line_label(text, start, fact.labels)
    if labelled and _MEMO_HEADER.search(text, max(0, start - 200), min(len(text), start + 200)):
        return False                  # "FROM: … TO: … DATE: 21 NOV 2026": when the memo was sent
    gap = fact.anchor_gap
    reach = 40 + 16 * gap
    if not anchored or labelled:
        pass
    elif fact.only_after:
        after_ok = bool(ends_with(fact.only_after, gap).search(text, max(0, start - reach), start)) or (
            "at" in fact.only_after and bool(_AFTER_VENUE.search(text, max(0, start - 120), start)))
        before_ok = bool(fact.or_before and (starts_with(fact.or_before, gap).match(text[end:end + reach])
                                             or starts_titled(fact.or_before).match(text[end:end + 60])))
        if not (after_ok or before_ok):
            return False
    elif fact.or_before and not starts_with(fact.or_before, gap).match(text[end:end + reach]):
        return False
    sentence = index.sentence(start)
    if _QUESTION_END.search(text, sentence.start, max(sentence.end, end)):
        return False                  # a question asserts nothing ("Was the summit held online? No.")
    if fact.other_event and about_other_event(text, index, fact, index.sentence_number(start), memo):
        return False
    if fact.other_event_in_clause:
        clause = index.clause(start, end)
        if any_search(fact.other_event_in_clause)(text, clause.start, clause.end):
            return False              # "will meet again in Lima on 3 June", not "…: a promise to meet again"
    if any(scope_has(text, index, cue, start, end, alone) for cue in fact.exclude):
        return False
    label = label_span(text, start) if fact.exclude else None
    if label and any(phrases_regex(cue.words).search(text, label.start, label.end) for cue in fact.exclude):
        return False                  # "- Estimated cost of the full five-year programme: $1.2 billion"
    if fact.cues and not labelled and not scope_has(text, index, fact.cues, start, end, alone):
        return False
    return True


# A place right after a named venue it is in: "held at the Grand Pacific Hotel, Suva", "at the Kenyatta
# International Convention Centre, Nairobi".
_AFTER_VENUE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,6}?(?:Hotel|Centre|Center|Hall|House|"
                          r"Palace|Museum|Complex|Building|Auditorium|Resort|Club|Institute|University|Headquarters|"
                          r"Arena|Theatre|Theater|Plaza|Tower)(?:\s+[A-Z][\w'’.-]*){0,2},\s*$")


def about_other_event(text: str, index: TextIndex, fact: FactDef, i: int, memo: dict | None = None) -> bool:
    """Whether sentence ``i`` is about another event: one of the fact's ``other_event`` patterns is in it; or
    it opens by referring back to a sentence about another event ("... the previous session in Dhaka. That
    meeting was attended by only three ministers"); or the next sentence calls it separate ("The bank will
    lend Estonia €250 million. It is a separate deal")."""
    def own(k: int) -> bool:
        span = index.sentences[k]
        return memoised(memo, ("other", fact.other_event, span.start),
                        lambda: any_search(fact.other_event)(text, span.start, span.end))

    if not index.sentences:
        return False
    if own(i):
        return True
    sentences = index.sentences
    k = i
    while k > 0 and fact.same_as_previous and user_regex(fact.same_as_previous).match(text, sentences[k].start):
        k -= 1                        # a chain of back references ends at the sentence they refer to
        if own(k):
            return True
    return (i + 1 < len(sentences) and bool(fact.apart_previous)
            and bool(user_regex(fact.apart_previous).match(text, sentences[i + 1].start)))


_RELATIVE_AFTER = re.compile(r"\s+(?:that|which|the|it|they)\b", re.I)
_QUESTION_END = re.compile(r"\?[*_\s]*$")
_LABEL = re.compile(r"[ \t]*(?:[-*•#|>]+[ \t]*)*(?:\*\*)?([^\W\d][^:|\n]{0,88}?)[ \t]*(?:\*\*)?[ \t]*(?:[:|]|\?\*\*|\*\*[ \t]*[:|])")


def line_label(text: str, start: int, labels: tuple[str, ...]) -> bool:
    """Whether the mention at ``start`` follows the label of its line and the label holds one of ``labels``:
    "• Venue: Hôtel 2 Février, Lomé, Togo", "| Total pledges | $1.9 billion |", "**Date:** 3 May"."""
    label = label_span(text, start)
    if label is None:
        return False
    hit = phrases_regex(labels).search(text, label.start, label.end)
    # "Date of answer:" labels another date than the event's; "Date of the summit:" does not
    return bool(hit) and not _OF_SOMETHING_ELSE.match(text, hit.end(), label.end)


_OF_SOMETHING_ELSE = re.compile(r"\s+(?:of|for)\s+(?!(?:the\s+|this\s+)?(?:summit|meeting|talks|conference|session|"
                                r"event|congress|assembly|forum|round|ministerial|gathering|convention|roundtable|"
                                r"round\s+table|mediation|negotiations)\b)", re.I)


def _may_label(text: str, start: int, end: int, marks: str) -> bool:
    """Whether one of ``marks`` (characters a label pattern cannot match without) is in ``[start, end)``: a
    test in C that spares the pattern's search along the long lines of paragraphs."""
    return any(text.find(mark, start, end) >= 0 for mark in marks)


def label_span(text: str, start: int) -> TextSpan | None:
    """The label of the line the mention at ``start`` stands in, when it follows one ("- Estimated cost of the
    programme: $1.2 billion", "| European Union contribution | €90 million |"): what the value is."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _may_label(text, line_start, start, ":|?"):
        return None                   # the label pattern ends with one of these: most lines have none
    m = _LABEL.match(text, line_start, start)
    if m is None or _speaker_tag(text, m.group(1)) or _SENTENCE_LABEL.search(m.group(1)):
        return None                   # a sentence before a colon is no label ("X is one of the countries …:")
    return TextSpan(m.start(1), m.end(1))


_SENTENCE_LABEL = re.compile(r"^(?:\S+\s+){1,}(?:is|are|was|were|has|have|had)\s+(?:\S+\s*){2,}", re.I)


def _speaker_tag(text: str, label: str) -> bool:
    """Whether a label is who speaks in a transcript ("HOST: Shereen, thank you", "Q:"): the same tag opens two
    or more lines, where a label of what a line holds ("Chair:", "Venue:") opens one; or a name in capitals
    with a role in brackets opens the line."""
    tag = label.split("(")[0].strip()
    if tag.isupper() and "(" in label:
        return True                   # "MARTA GIORDANO (host):" names the speaker and her role on the show
    return bool(tag) and _line_tags(text)[tag] >= 2


_LINE_TAG = re.compile(r"^[ \t]*(?:\*\*)?([^\n:(*]{1,80}?)[ \t]*(?:\([^)\n]*\)[ \t]*)?(?:\*\*)?[ \t]*:", re.M)


@lru_cache(maxsize=4)
def _line_tags(text: str) -> Counter:
    """How many lines of the text each tag before a colon opens (one pass per article, not one per label)."""
    return Counter(m.group(1) for m in _LINE_TAG.finditer(text))


# How one participant took part, not the form of the meeting: "addressed the meeting by video from Brussels",
# "joined the talks by video link", "by video from Nuuk".
_MODE_BEFORE = re.compile(r"\b(?:joined|joins|joining|addressed|addresses|addressing|spoke|speaks|speaking|appeared|"
                          r"took\s+part|takes\s+part|taking\s+part|participated|participates|followed|attended|"
                          r"appears|appearing|dialled|dialed|dialling|dialing|participated\s+remotely|"
                          r"sent\s+a|delivered|recorded)\b[^.;:!?]{0,40}$", re.I)
# "eleven in person and five (5) by video-link": a count of those who joined so, right before "by"/"via".
_COUNT_BEFORE = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
                           r"[a-z]+ty(?:-[a-z]+)?|others|rest)\s*(?:\(\d+\)\s*)?(?:[a-z]+\s+){0,2}$", re.I)
_BY_VIA = re.compile(r"(?:by|via)\s", re.I)
_MODE_AFTER = re.compile(r"\s+(?:link\s+|call\s+)?from\s+(?:the\s+)?[A-ZÀ-Þ]")


def participant_mode(text: str, start: int, end: int) -> bool:
    """Whether a virtual expression says how someone joined a meeting rather than that it was virtual: it
    follows a verb of one participant's taking part in the same clause, or is followed by "from <place>"."""
    if _MODE_AFTER.match(text, end):
        return True
    head = text[max(0, start - 48):start]
    if _BY_VIA.match(text, start) and _COUNT_BEFORE.search(head.replace("\n", " ")):
        return True
    cut = max(head.rfind(ch) for ch in ",;:.!?\n")
    return bool(_MODE_BEFORE.search(head[cut + 1:]))


def scope_has(text: str, index: TextIndex, cue: Cue, start: int, end: int, alone: bool = False) -> bool:
    """Whether a cue phrase stands in the cue's scope around ``[start, end)`` (``alone``: the mention is the only
    one of its kind in its sentence, which ``sentence-if-alone`` reads whole)."""
    span = scope(index, cue, start, end, alone)
    regex = phrases_regex(cue.words)
    if cue.scope != "window" and regex.search(text, start, end) and not text[start:end].strip()[:1].isdigit():
        return True                   # "a two-hour virtual meeting" names the event itself
    return bool(regex.search(text, span.start, start) or regex.search(text, end, max(span.end, end)))


def scope(index: TextIndex, cue: Cue, start: int, end: int, alone: bool = False) -> TextSpan:
    """The span a cue is looked for in: the clause, the sentence, a window of words, or (``sentence-if-alone``)
    the sentence when the mention is alone of its kind there and its clause and window otherwise; or
    (``clause-and-relative``) the clause, and the rest of the sentence when a relative clause follows the mention
    ("the $3.9 billion that UN agencies ... say they need", but not "..., a third of what the UN says it
    needs")."""
    if cue.scope == "sentence" or (cue.scope == "sentence-if-alone" and alone):
        return index.answer_context(start)
    if cue.scope == "clause-and-relative":
        clause = index.clause(start, end)
        if _RELATIVE_AFTER.match(index.text, end):  # "the $3.9 billion that UN agencies say they need"
            return TextSpan(clause.start, max(index.sentence(start).end, end))
        return clause
    if cue.scope == "sentence-if-alone":             # not alone: the clause and a window of words around it
        clause, window = index.clause(start, end), index.window(start, end, cue.window)
        return TextSpan(min(clause.start, window.start), max(clause.end, window.end))
    if cue.scope == "window":
        return index.window(start, end, cue.window)
    answer = index.answer_context(start)
    if answer.start < index.sentence(start).start:
        return answer                  # a short answer reads with its question ("When was it held?")
    return index.clause(start, end)


_WORD = re.compile(r"[\w’'-]+|[^\w\s]|\n")
_OF_THE = re.compile(r"\s+of\s+(?:the|its|their|your|our|all)\s+(?:\d+|ten|eleven|twelve|[a-z]+(?:teen|ty)"
                     r"(?:-[a-z]+)?|two|three|four|five|six|seven|eight|nine)\s+", re.I)
_LABEL_BEFORE = re.compile(r"([^\n|:]{1,60}?)\s*(?:\*\*)?\s*[:|]\s*(?:\*\*)?\s*$")


def counted_unit(text: str, m: Mention, fact: FactDef) -> tuple[str | None, int]:
    """The counted noun and where it ends: among the words after the number ("17 West and Central African
    countries": capitalised words and up to ``unit_window`` lower-case ones may stand between), else in a
    label just before it ("Countries represented | 38", "Delegations: 22"). Without units in the fact, the
    next word. None when the count counts none of the fact's units."""
    lower_seen = 0
    previous_cap = False
    start = m.end
    restated = _RESTATED.match(text, start)
    if restated:                                   # "seventeen (17) countries": the figure again in brackets
        start = restated.end()
    share = _OF_THE.match(text, start)
    if share and fact.units:                       # "27 of the 30 member states": a share of a counted whole
        start = share.end()
    for w in _WORD.finditer(text, start, min(len(text), start + 120)):
        token = w.group(0)
        if not token[0].isalnum():
            if token == "\n" and _LOWER_NEXT.match(text, w.end()):
                continue                           # a soft line break: "seventeen (17)\ncountries"
            if token in ".;:!?()\n\"“”|":
                break
            continue
        if token[0].isdigit():
            break                                  # another number: "five minutes ... 60 countries"
        low = token.lower()
        if not fact.units:
            return low, w.end()
        for phrase, rest in _phrases_from(fact.units).get(low, ()):
            tail = rest.match(text, w.end())
            if tail:                                # "heads of state", "central banks"
                return phrase, tail.end()
        if low in fact.units and low not in _phrases_only(fact.units):
            return low, w.end()
        if fact.subject_verbs and _subject_of(text, w.end(), fact.subject_verbs) and _plural_noun(low):
            return low, w.end()                    # "fewer than 100 journalists turned up"
        if token[0].isupper():
            previous_cap = True
            continue
        if low == "and" and previous_cap:
            continue
        if low in _UNIT_STOP or lower_seen >= fact.unit_window:
            break
        lower_seen += 1
        previous_cap = False
    if fact.units:
        # A label ends with the last colon or bar before the count: searching the whole line would cost the
        # line's length for every count, and a line of scraped text may be megabytes long.
        line_start = text.rfind("\n", 0, m.start) + 1
        bar = max(text.rfind(":", line_start, m.start), text.rfind("|", line_start, m.start))
        label = _LABEL_BEFORE.search(text, max(line_start, bar - 200), m.start) if bar >= 0 else None
        if label:
            for word in reversed(label.group(1).lower().split()):
                if word.strip("*#-") in fact.units:
                    return word.strip("*#-"), m.end
    return None, m.end


# Between the noun and its verb: the rest of a list of nouns ("journalists, editors and advocates"), an
# auxiliary or adverb ("journalists had gathered", "… also attended"), or
# where they came from ("150 journalists from 14 countries took part").
_SUBJECT_GAP = r"(?:(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]+)(?!from\b)[a-z][\w-]*){0,5}?" \
               r"(?:\s+(?:have|has|had|were|also|all|actually|finally|eventually|ultimately|reportedly))?" \
               r"(?:\s+from\s+[^,.;:()\n]{1,40}?)?"


def _subject_of(text: str, end: int, verbs: tuple[str, ...]) -> bool:
    """Whether the word ending at ``end`` is the subject of one of ``verbs``."""
    return _subject_regex(verbs).match(text, end) is not None


@lru_cache(maxsize=16)
def _subject_regex(verbs: tuple[str, ...]) -> re.Pattern:
    alternatives = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(_SUBJECT_GAP + r"\s+(?:" + alternatives + r")\b", re.IGNORECASE)


def _plural_noun(word: str) -> bool:
    """A lower-case word that reads as a plural noun ("journalists", "farmers"; not "less", "was")."""
    return len(word) > 3 and word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is"))


@lru_cache(maxsize=32)
def _phrases_from(units: frozenset[str]) -> dict[str, list[tuple[str, re.Pattern]]]:
    """Units of several words by their first word, each with a pattern for the words after it."""
    out: dict[str, list[tuple[str, re.Pattern]]] = {}
    for unit in sorted(units, key=len, reverse=True):
        words = unit.split()
        if len(words) > 1:
            rest = re.compile("".join(r"\s+" + re.escape(w) for w in words[1:]) + r"\b", re.I)
            out.setdefault(words[0], []).append((unit, rest))
    return out


@lru_cache(maxsize=32)
def _phrases_only(units: frozenset[str]) -> frozenset[str]:
    """First words of units of several words that are no unit alone ("heads" of "heads of state")."""
    return frozenset(u.split()[0] for u in units if " " in u) - units


def memoised(memo: dict | None, key: tuple, compute: Callable[[], Any]) -> Any:
    """``compute()``, kept in ``memo`` under ``key`` (computed each time without a memo)."""
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


@lru_cache(maxsize=32)
def without_lead(fact: FactDef) -> FactDef:
    """The fact's other tests, for a list already found through its lead-in or lead-out words."""
    return replace(fact, only_after=(), or_before=())
