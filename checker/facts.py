"""Facts: the claims an article makes about its story's event, picked out of the mentions by the rule pack.

A mention becomes a claim of a fact when the fact definition accepts it: the right mention kind, cue words
in its clause (or sentence, or window of words), none of the exclusion words, not straight after words that
make it about something else ("since", "until"), not in a sentence about another event ("prior to the
summit", "this follows"), and for counts the right unit ("leaders", "delegations"). The fact table is a
pandas DataFrame with one row per claim.

Cue words are always looked for within the sentence where a mention starts, so the fact stage first finds
the sentences with a cue word of some fact and asks the extractors for the mentions that start there only
(:func:`_cued_sentences`): most of an article is never read by them.
"""

from __future__ import annotations

import bisect
import json
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from checker.mentions import Mention, extract_mentions
from checker.mentions.counts import following_words, quantity_interval
from checker.mentions.people import parse_name_list, parse_name_list_before
from checker.mentions.scan import Cuts, lowered, plain, starting_in, word_trie
from checker.pack import WORD_AFTER, WORD_BEFORE, first_letters, phrase_body, phrase_pattern
from checker.model.claims import Claim
from checker.model.documents import Document
from checker.model.pack import Cue, FactDef, Pack, Settings
from checker.text import TextSpan, TextIndex
from checker.model.entities import PeopleSet
from checker.model.quantities import Count, Money

if TYPE_CHECKING:
    import pandas as pd

# Words that may not stand between a number and the noun it counts ("one of the leaders" counts nothing).
_UNIT_STOP = {"of", "the", "a", "an", "to", "in", "on", "at", "for", "from", "with", "by", "and", "or", "who",
              "which", "that", "were", "are", "is", "was", "have", "has", "had", "will", "would", "per", "than",
              "as", "into", "over", "under", "out", "about", "its", "their", "his", "her"}
_CAP_RUN = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’.-]*)(?:[ \t]+(?:of[ \t]+|and[ \t]+|the[ \t]+)?[A-Z][\w'’.-]*)*")
_PASSIVE = re.compile(r"\s+by\b", re.I)
_PROGRAMME = re.compile(r"[ \t]+((?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*)(?=[ \t]*(?:[a-z,.;:]|$))")


@lru_cache(maxsize=256)
def _phrases(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(phrase_pattern(words), re.I)


def _find_phrases(words: tuple[str, ...], text: str, spans: list[tuple[int, int]] | None) -> Iterator[re.Match]:
    """The matches of the phrases that start inside ``spans`` (None: anywhere), as a search of the whole
    text finds them: each span is widened to characters that no match can hold (:func:`_phrase_cuts`).
    Over the lower-case text where that is exact (scan.lowered)."""
    low = lowered(text)
    regex, is_plain = _phrase_regex(words, low is not None)
    within = low if is_plain else text
    for first, stop in _phrase_cuts(words).regions_or_all(spans, text):
        yield from starting_in(regex, within, first, stop)


@lru_cache(maxsize=64)
def _phrase_cuts(words: tuple[str, ...]) -> Cuts:
    """Punctuation that no match of the phrases holds: a phrase is its words, spaces and, after a
    trailing ``*``, word characters, apostrophes and hyphens."""
    chars = "".join(c for c in '.,;:!?"“”()[]{}|' if not any(c in w for w in words))
    return Cuts(re.compile("[" + re.escape(chars) + "]" if chars else "(?!)"))


@lru_cache(maxsize=64)
def _ends_with(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(phrase_pattern(words) + r"[\s,]*$", re.I)


@lru_cache(maxsize=64)
def _starts_with(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"^[\s]*" + phrase_pattern(words), re.I)


@lru_cache(maxsize=64)
def _user(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def _mention_kinds(pack: Pack) -> frozenset[str]:
    kinds = {k for f in pack.facts.values() for k in f.mentions if k != "people"}
    return frozenset(kinds)


def extract_claims(doc: Document, pack: Pack) -> list[Claim]:
    """Every claim ``doc`` makes about the facts of ``pack``, in text order."""
    index = TextIndex(doc.text)
    kinds = _mention_kinds(pack)
    cued = _cued_sentences(doc.text, index, pack)
    mentions = extract_mentions(doc.text, doc.published, kinds, _where_used(doc.text, index, pack, kinds, cued)) \
        if kinds else []
    claims: list[Claim] = []
    memo: dict = {}                  # what the tests found in a sentence, for the next mention in it
    for fact in pack.facts.values():
        for mention in mentions:
            if mention.kind not in fact.mentions:
                continue
            claim = _claim_from_mention(doc, index, fact, mention, pack.settings, memo)
            if claim is not None:
                claims.append(claim)
        if "people" in fact.mentions:
            claims.extend(_people_claims(doc, index, fact, cued.get(fact.name), memo))
    claims.sort(key=lambda c: (c.start, c.fact))
    return claims


def _cued_sentences(text: str, index: TextIndex, pack: Pack) -> dict[str, set[int]]:
    """Fact -> the sentences (indexes) that hold one of its cue words; facts that may accept a mention
    anywhere (no cue words, or cue words :class:`_CueFinder` cannot look for) are left out.

    Every fact with cue words accepts a mention only if one of them stands in the mention's clause, sentence
    or window, all of which lie inside the sentence where the mention starts (:func:`_scope`). So a fact can
    use no mention that starts in another sentence, and the extractors need not read those. A cue phrase is
    looked for a little more loosely here than in :func:`_scope_has` (anything may follow it), so no
    sentence that has one is missed; a phrase's first word alone ("take" of "take place", "will" of "will
    meet") is not enough, as common words would send the extractors through most of the text."""
    finder = _cue_finder(tuple((f.name, f.cues.words if f.cues else None) for f in pack.facts.values()))
    return finder.sentences(text, [s.start for s in index.sentences])


def _where_used(text: str, index: TextIndex, pack: Pack, kinds: frozenset[str],
                cued: dict[str, set[int]]) -> dict[str, list[tuple[int, int]]]:
    """For each mention kind, the spans of the sentences where some fact could accept a mention of that kind
    (:func:`_cued_sentences`); kinds that some fact may take anywhere are left out (wanted everywhere)."""
    where: dict[str, list[tuple[int, int]]] = {}
    for kind in kinds:
        facts = [f.name for f in pack.facts.values() if kind in f.mentions]
        if all(name in cued for name in facts):
            where[kind] = _sentence_spans(index, set().union(*(cued[name] for name in facts)))
    return where


def _sentence_spans(index: TextIndex, chosen: Iterable[int]) -> list[tuple[int, int]]:
    """The spans of the sentences ``chosen``. A mention starts at a letter, a digit, a sign or a currency
    symbol, never in the spaces and closing quotes between two sentences: one that the fact stage places in
    sentence i (:meth:`TextIndex.sentence`) starts inside its span."""
    sentences = index.sentences
    return [(sentences[i].start, sentences[i].end) for i in sorted(chosen)]


class _CueFinder:
    """Finds, in one pass over a text, the sentences where a cue phrase of each fact starts.

    The pass looks for the phrases' first words, with a plain pattern over the lower-case text where that
    finds what a case-insensitive one finds (scan.lowered, twice as fast), with a case-insensitive one
    elsewhere. Where a first word stands, a fact with a one-word phrase that begins so has a cue there; a
    fact whose phrases that begin so have more words is tested there with those phrases. The phrases are
    tested without the check for the end of their last word, and only up to the next sentence: a search of
    :func:`_scope_has` may stop just after a phrase (at a mention's start), where that check passes."""

    def __init__(self, facts: tuple[tuple[str, tuple[str, ...] | None], ...]) -> None:
        self.phrases: dict[str, tuple[tuple[str, str], ...]] = {}  # fact -> its cue phrases, with their first words
        for name, words in facts:
            pairs = tuple((w, _first_word(w)) for w in words or ())
            if pairs and all(re.fullmatch(r"[A-Za-z0-9'’-]+", h) and h[0].isalnum() for _, h in pairs):
                self.phrases[name] = pairs
        words = sorted({head.lower() for pairs in self.phrases.values() for _, head in pairs})
        self.lower = re.compile(WORD_BEFORE + "(?:" + word_trie(words) + ")") if words else None
        self._words = words
        self._anycase_pattern: re.Pattern | None = None
        self._tests: dict[tuple[str, bool], tuple[tuple[str, re.Pattern | None, bool], ...]] = {}

    def _anycase(self) -> re.Pattern:
        """The case-insensitive pattern, for the few texts the lower-case pass cannot read (compiled then)."""
        if self._anycase_pattern is None:
            self._anycase_pattern = re.compile(WORD_BEFORE + "(?:" + word_trie(self._words) + ")", re.I)
        return self._anycase_pattern

    def _tests_for(self, word: str, lower: bool) -> tuple[tuple[str, re.Pattern | None, bool], ...]:
        """For the first word ``word`` found (the longest that matches; every other one that does is a
        prefix of it): the facts with a phrase that begins so, each with None (a one-word phrase: a cue
        is there) or the pattern of those phrases and whether it is plain (for the lower-case text)."""
        key = (word, lower)
        tests = self._tests.get(key)
        if tests is None:
            found = []
            for name in self.phrases:
                if lower:
                    phrases = [p for p, head in self.phrases[name] if word.startswith(head.lower())]
                else:
                    phrases = [p for p, head in self.phrases[name] if _anycase_word(head).match(word)]
                if not phrases:
                    continue
                if any(len(p.rstrip("*").split()) == 1 for p in phrases):
                    found.append((name, None, lower))
                else:
                    found.append((name, *_phrase_regex(tuple(phrases), lower, word_end=False)))
            tests = self._tests[key] = tuple(found)
        return tests

    def sentences(self, text: str, starts: list[int]) -> dict[str, set[int]]:
        """Fact -> indexes of the sentences where one of its cue phrases starts (facts without cue words,
        or with cue words this finder cannot look for, are left out: they may take a mention anywhere)."""
        found: dict[str, set[int]] = {name: set() for name in self.phrases}
        if self.lower is None:
            return found
        low = lowered(text)
        finder = self.lower if low is not None else self._anycase()
        i, next_start, done = 0, starts[1] if len(starts) > 1 else len(text), set()
        for m in finder.finditer(low if low is not None else text):
            pos = m.start()
            if pos >= next_start:                   # the sentence of the match, as TextIndex.sentence finds it
                i = bisect.bisect_right(starts, pos) - 1
                next_start = starts[i + 1] if i + 1 < len(starts) else len(text)
                done = set()
            for name, regex, is_plain in self._tests_for(m.group(0), low is not None):
                if name in done:
                    continue
                if regex is None or regex.match(low if is_plain else text, pos, next_start):
                    done.add(name)
                    found[name].add(i)
        return found


def _first_word(phrase: str) -> str:
    words = phrase.rstrip("*").split()
    return words[0] if words else ""


@lru_cache(maxsize=256)
def _anycase_word(word: str) -> re.Pattern:
    return re.compile(re.escape(word), re.I)


@lru_cache(maxsize=256)
def _phrase_regex(phrases: tuple[str, ...], lower: bool, word_end: bool = True) -> tuple[re.Pattern, bool]:
    """``phrases`` as a pattern (:func:`phrase_pattern`), and whether it is plain: for the lower-case text
    (scan.lowered) if ``lower`` and the words allow it, else case-insensitive. Without ``word_end`` it leaves
    out the check after the phrase: it matches where a phrase starts, whatever follows."""
    after = WORD_AFTER if word_end else ""
    if lower:
        try:
            return plain(WORD_BEFORE + "(?:" + phrase_body(p.lower() for p in phrases) + ")" + after), True
        except ValueError:
            pass
    return re.compile(first_letters(phrases) + WORD_BEFORE + "(?:" + phrase_body(phrases) + ")" + after, re.I), False


@lru_cache(maxsize=16)
def _cue_finder(facts: tuple[tuple[str, tuple[str, ...] | None], ...]) -> _CueFinder:
    return _CueFinder(facts)


def _claim_from_mention(doc: Document, index: TextIndex, fact: FactDef, m: Mention,
                        settings: Settings, memo: dict | None = None) -> Claim | None:
    text = doc.text
    start, end = m.start, m.end
    # The cheap, selective tests of each mention kind come before the context tests.
    if m.kind == "count":
        if not float(m.value.figure).is_integer():
            return None                          # a share ("two thirds of the countries"), not a count of things
        unit = _unit(text, m, fact)
        if fact.units and unit is None:
            return None
    elif m.kind == "place" and m.value.place_type not in fact.place_types:
        return None
    elif m.kind == "date" and fact.max_span_days and (m.value.span_days or 0) > fact.max_span_days:
        return None
    if not _accepted(text, index, fact, start, end, anchored=m.kind in fact.anchored, memo=memo):
        return None
    if m.kind == "count":
        value: Any = Count(quantity_interval(m.value, settings.approx, True, settings.up_to_floor), unit)
    elif m.kind == "money":
        amount = m.value
        value = Money(quantity_interval(amount.quantity, settings.approx, True, settings.up_to_floor),
                      amount.currency)
    else:
        value = m.value
        if m.kind == "date" and re.fullmatch(r"(?i)on ", text[max(0, start - 3):start]):
            start -= 3                                   # quote "on Tuesday", as a reader would
    context = _context(text, index, fact, m, memo) if fact.align_by else ()
    parts = _date_parts(doc, index, fact, m) if m.kind == "date" and m.data and m.data.get("weekday_span") else ()
    return _make_claim(doc, index, fact.name, start, end, value, context, parts)


def _make_claim(doc: Document, index: TextIndex, fact: str, start: int, end: int, value: Any,
                context: tuple = (), parts: tuple = ()) -> Claim:
    line, col = index.line_col(start)
    return Claim(doc.id, doc.story, fact, start, end, doc.text[start:end], line, col, value, context, parts)


def _date_parts(doc: Document, index: TextIndex, fact: FactDef, m: Mention) -> tuple:
    """The weekday and the calendar date of "Thursday, September 4, 2025" as separate quotes."""
    from checker.model.dates import DateValue

    ws, we = m.data["weekday_span"]
    ds, de = m.data["date_span"]
    weekday = DateValue.every(m.value.stated_weekday, doc.text[ws:we])
    date = DateValue.on_days(m.value.stated_days, doc.text[ds:de])
    return (_make_claim(doc, index, fact.name, ws, we, weekday), _make_claim(doc, index, fact.name, ds, de, date))


def _accepted(text: str, index: TextIndex, fact: FactDef, start: int, end: int, anchored: bool = True,
              memo: dict | None = None) -> bool:
    """The fact definition's tests, cheapest first. ``memo`` keeps, for the other mentions of a sentence,
    whether it is about another event (the same search for every mention in it)."""
    if fact.not_after and _ends_with(fact.not_after).search(text, max(0, start - 40), start):
        return False
    if not anchored:
        pass
    elif fact.only_after:
        after_ok = bool(_ends_with(fact.only_after).search(text, max(0, start - 40), start))
        before_ok = bool(fact.or_before and _starts_with(fact.or_before).match(text[end:end + 40]))
        if not (after_ok or before_ok):
            return False
    elif fact.or_before and not _starts_with(fact.or_before).match(text[end:end + 40]):
        return False
    sentence = index.sentence(start)
    if fact.other_event and _memoised(memo, ("other", fact.other_event, sentence.start, max(sentence.end, end)),
                                      lambda: bool(_user(fact.other_event).search(text, sentence.start,
                                                                                  max(sentence.end, end)))):
        return False
    if fact.exclude and _scope_has(text, index, fact.exclude, start, end):
        return False
    if fact.cues and not _scope_has(text, index, fact.cues, start, end):
        return False
    return True


def _scope_has(text: str, index: TextIndex, cue: Cue, start: int, end: int) -> bool:
    span = _scope(index, cue, start, end)
    regex = _phrases(cue.words)
    return bool(regex.search(text, span.start, start) or regex.search(text, end, max(span.end, end)))


def _scope(index: TextIndex, cue: Cue, start: int, end: int) -> TextSpan:
    if cue.scope == "sentence":
        return index.sentence(start)
    if cue.scope == "window":
        return index.window(start, end, cue.window)
    return index.clause(start, end)


def _unit(text: str, m: Mention, fact: FactDef) -> str | None:
    """The counted noun among the words after the number, if it is one of the fact's units."""
    words = following_words(text, m.end, fact.unit_window + 1)
    if not fact.units:
        return words[0] if words else None
    for word in words:
        if word in fact.units:
            return word
        if word in _UNIT_STOP:
            return None
    return None


def _people_claims(doc: Document, index: TextIndex, fact: FactDef, cued: set[int] | None,
                   memo: dict | None = None) -> list[Claim]:
    """Lists of people straight after a lead-in ("co-chaired by X and Y") or before a lead-out ("X and Y
    co-chaired"). A list lies in the sentence where its lead-in or lead-out starts, and is accepted only with
    a cue word there, so only the sentences in ``cued`` (None: all) are searched for them."""
    text = doc.text
    spans = None if cued is None else _sentence_spans(index, cued)
    claims: list[Claim] = []
    seen: set[tuple[int, int]] = set()
    found: list[list[Mention]] = []
    if fact.only_after:
        for cue in _find_phrases(fact.only_after, text, spans):
            sentence = index.sentence(cue.start())
            people = parse_name_list(text, cue.end(), max(sentence.end, cue.end()))
            if people:
                found.append(people)
    if fact.or_before:
        for cue in _find_phrases(fact.or_before, text, spans):
            if _PASSIVE.match(text, cue.end()):
                continue                                 # "the Oscars hosted by …": the list comes after
            sentence = index.sentence(cue.start())
            people = parse_name_list_before(text, cue.start(), sentence.start)
            if people:
                found.append(people)
    for people in found:
        start, end = people[0].start, people[-1].end
        if (start, end) in seen:
            continue
        seen.add((start, end))
        if not _accepted(text, index, _without_lead(fact), start, end, memo=memo):
            continue
        value = PeopleSet(tuple(p.value for p in people))
        context = ()
        if "event" in fact.align_by:
            cls = event_class(text, index, fact, start, end, memo)
            context = (("event", cls),) if cls else ()
        claims.append(_make_claim(doc, index, fact.name, start, end, value, context))
    return claims


def _memoised(memo: dict | None, key: tuple, compute: Callable[[], Any]) -> Any:
    """``compute()``, kept in ``memo`` under ``key`` (computed each time without a memo)."""
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


@lru_cache(maxsize=32)
def _without_lead(fact: FactDef) -> FactDef:
    """The fact's other tests, for a list already found through its lead-in or lead-out words."""
    from dataclasses import replace

    return replace(fact, only_after=(), or_before=())


@lru_cache(maxsize=32)
def _event_regex(events: tuple[tuple[str, tuple[str, ...]], ...], lower: bool = False) -> tuple[re.Pattern | None,
                                                                                               dict[str, str]]:
    """One pattern for all event words, with a named group per class. The word boundaries are tested once
    around the alternation rather than in every class (the same matches, twice as fast). ``lower``: the
    plain pattern for the lower-case text (scan.lowered), or None if the words are not ASCII."""
    parts, names = [], {}
    for i, (name, words) in enumerate(events):
        group = f"e{i}"
        names[group] = name
        parts.append(f"(?P<{group}>{phrase_body(w.lower() if lower else w for w in words)})")
    source = WORD_BEFORE + "(?:" + "|".join(parts) + ")" + WORD_AFTER
    if lower:
        try:
            return plain(source), names
        except ValueError:
            return None, names
    return re.compile(first_letters(w for _, words in events for w in words) + source, re.I), names


def event_class(text: str, index: TextIndex, fact: FactDef, start: int, end: int,
                memo: dict | None = None) -> str | None:
    """The class of the event word nearest to ``[start, end)`` in its sentence ("trial", "meeting"), or
    None: the same-event check compares claims only when they are about the story's main event."""
    if not fact.events:
        return None
    low = lowered(text)
    regex, names = _event_regex(fact.events, lower=low is not None)
    if regex is None:
        regex, names = _event_regex(fact.events)
    within = text if low is None or regex.flags & re.IGNORECASE else low
    span = index.sentence(start)
    words = _memoised(memo, ("events", fact.events, span.start, max(span.end, end)), lambda: [
        (m.start(), m.end(), names[m.lastgroup]) for m in regex.finditer(within, span.start, max(span.end, end))])
    best: tuple[int, str] | None = None
    for w_start, w_end, name in words:
        if start <= w_start < end:
            continue
        distance = start - w_end if w_end <= start else w_start - end
        if best is None or distance < best[0]:
            best = (distance, name)
    return best[1] if best else None


def _context(text: str, index: TextIndex, fact: FactDef, m: Mention, memo: dict | None = None) -> tuple:
    """What aligns a claim with others: the event it is about; for money, who gives it and what for."""
    out: list[tuple[str, str]] = []
    if "event" in fact.align_by:
        cls = event_class(text, index, fact, m.start, m.end, memo)
        if cls:
            out.append(("event", cls))
    if "donor" not in fact.align_by and "programme" not in fact.align_by:
        return tuple(out)
    clause = index.clause(m.start, m.end)
    if "donor" in fact.align_by:
        donor = None
        if fact.donor_verbs:
            verbs = list(_phrases(fact.donor_verbs).finditer(text, clause.start, m.start))
            if verbs:
                run = _CAP_RUN.search(text, clause.start, verbs[-1].start())
                donor = run.group(0).strip() if run else None
        if donor is None:
            after = re.compile(r"\s+(?:in\s+\w+\s+)?(?:from|by)\s+(?:the\s+)?").match(text, m.end)
            if after:
                run = _CAP_RUN.match(text, after.end())
                donor = run.group(0).strip() if run else None
        if donor:
            out.append(("donor", donor))
    if "programme" in fact.align_by:
        prog = _PROGRAMME.match(text, m.end, min(len(text), m.end + 80))
        if prog:
            out.append(("programme", prog.group(1)))
    return tuple(out)


# --------------------------------------------------------------------------------------------- table
FACT_COLUMNS = ["story", "source", "fact", "text", "value", "start", "end", "line", "col"]


def fact_table(claims: Iterable[Claim]) -> "pd.DataFrame":
    """The fact table: one row per claim, the value both as readable text and as JSON. pandas is imported
    here, not at start-up: it costs half a second and only the fact table needs it."""
    import pandas as pd

    rows = [{
        "story": c.story, "source": c.source, "fact": c.fact, "text": c.text, "value": c.value.display(),
        "value_json": json.dumps(c.value.to_dict(), sort_keys=True, ensure_ascii=False),
        "start": c.start, "end": c.end, "line": c.line, "col": c.col,
    } for c in claims]
    return pd.DataFrame(rows, columns=FACT_COLUMNS + ["value_json"])
