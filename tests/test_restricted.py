"""Extraction restricted to spans (where the fact stage says a fact could use a mention) finds exactly what
whole-text extraction finds there, and the fact stage's claims are the same with and without it.

Restricted extraction rests on one property of the extractors: some characters are never taken into a
mention (scan.UNUSED, and per extractor a few more and most full stops), so mentions can be cut apart there.
The first tests check that property on the patterns themselves; the others compare results. No timings
here: speed is measured by benchmarks/throughput.py.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import re._constants as C
import re._parser as P
import textwrap
from dataclasses import replace

import pytest

from checker.facts import claims as claims_mod
from checker.facts import extract_claims
from checker.mentions import counts, extract_mentions, money, numbers, numberwords, places, scan
from checker.mentions.dates import combine, days, find, forms, reading, stretches
from checker.pack import load_pack
from checker.resources import default_rules_dir
from checker.sources import load_documents
from checker.model.documents import Document
from checker.model.dates import DateValue

from conftest import SHARED, SOURCES, needs_shared

ECB = SHARED / "corpora" / "ecbplus.jsonl"
KINDS = frozenset({"date", "count", "money", "place", "virtual"})

# Patterns that only read the text around a mention (the words after a count, where words start), never
# take text into one.
READERS = {(counts, "_AFTER_WORDS"), (money, "_WORD_START"), (money, "_NUMBER_WORD"), (scan, "_WORD_START"),
           (places, "_WORD")}                  # splits a run of capitalised words, itself free of cut characters


def _takes(pattern: re.Pattern, char: str) -> bool:
    """Whether ``pattern`` can take ``char`` into a match (lookarounds only look). ``char`` is punctuation,
    so case does not matter."""
    groups: dict[int, list] = {}

    def collect(seq) -> None:
        for op, av in seq:
            if op is C.SUBPATTERN:
                groups[av[0]] = av[3]
                collect(av[3])
            elif op is C.BRANCH:
                for branch in av[1]:
                    collect(branch)
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                collect(av[2])
            elif op in (C.ASSERT, C.ASSERT_NOT):
                collect(av[1])

    def accepts(op, av) -> bool:
        if op is C.LITERAL:
            return chr(av) == char
        if op is C.NOT_LITERAL:
            return chr(av) != char
        if op is C.ANY:
            return char != "\n"
        negate, hit = False, False
        for item, value in av:
            if item is C.NEGATE:
                negate = True
            elif item is C.LITERAL:
                hit |= chr(value) == char
            elif item is C.RANGE:
                hit |= value[0] <= ord(char) <= value[1]
            else:
                hit |= bool(re.fullmatch({C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D",
                                          C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S",
                                          C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}[value], char))
        return hit != negate

    def walk(seq) -> bool:
        for op, av in seq:
            if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN) and accepts(op, av):
                return True
            if op is C.SUBPATTERN and walk(av[3]) or op is C.GROUPREF and walk(groups[av]):
                return True
            if op is C.BRANCH and any(walk(branch) for branch in av[1]):
                return True
            if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and walk(av[2]):
                return True
        return False

    tree = P.parse(pattern.pattern, pattern.flags)
    collect(tree)
    return walk(tree)


def _patterns(module) -> dict[str, re.Pattern]:
    found = {name: value for name, value in vars(module).items()
             if isinstance(value, re.Pattern) and (module, name) not in READERS}
    if module is forms:
        found.update({f"forms_pattern({k})": forms.forms_pattern(k) for k in "dw"})
    return found


@pytest.mark.parametrize("module, extra", [(find, "$"), (forms, "$"), (days, "$"), (stretches, "$"),
                                           (reading, "$"), (combine, "$"),
                                           (counts, "$()"), (money, "()"), (numbers, "$()"), (numberwords, "$()"),
                                           (places, "$()")])
def test_no_pattern_takes_a_cut_character(module, extra):
    taken = {(name, char) for name, pattern in _patterns(module).items()
             for char in scan.UNUSED + extra if _takes(pattern, char)}
    assert not taken


def test_places_take_only_word_characters_spaces_apostrophes_hyphens_and_full_stops():
    punctuation = set(scan.UNUSED + "!#$%&()*+,/:;<=>?@[\\]^_`{|}~«»“”„‚‘–—…•€£$") - set("'’‑.-_")
    assert not {(name, c) for name, p in _patterns(places).items() for c in punctuation if _takes(p, c)}


@pytest.mark.parametrize("text, i, cut", [
    ("It ended in 2019. Then", 16, True), ("on Jan. 5", 6, False), ("Tue. 5", 3, False),
    ("St. Patrick's Day", 2, False), ("rose 1.5 percent", 6, True)])
def test_full_stops_that_dates_may_take_are_no_cuts(text, i, cut):
    assert text[i] == "." and find._cut_at(text, i) is cut


@pytest.mark.parametrize("module, text, i, cut", [
    (counts, "about 1.5 million", 7, False), (counts, "ca. 30 leaders", 2, False), (counts, "in 2019. 30 came", 7, True),
    (money, "U.S. dollars", 1, False), (money, "U.S. dollars", 3, False), (money, "worth .5 dollars", 6, False),
    (places, "in Paris. London", 8, False), (places, "it ended. London", 8, True), (places, "Washington D.C. said", 14, False)])
def test_full_stops_inside_mentions_are_no_cuts(module, text, i, cut):
    assert text[i] == "." and module._cut_at(text, i) is cut


# ------------------------------------------------------------------------------------------------ results
_PIECES = ["Jan.", "5", "Tue.", "Sept.", "St.", "Patrick's Day", "Paris", "London", "ca.", "approx.", "30", "1.5",
           ".5", "U.S.", "$5", "5 dollars", "u.s. dollars", "million", "from", "May 5", "to", "May 7", "either",
           "Jan. 10", "or", "Jan. 11", "this Friday", "(Jun-15)", "next week", "two weeks after", "January 15",
           "in 2009", "and 2011", "between", "20", "and", "leaders", "more than", "the week of", "April 10", "virtual",
           "meeting", "video", "call", "The", "Summit", "met", "on", "Thursday", "September 4, 2025", "2014-2018",
           "since", "2019", "or later", "early", "March", "the first quarter of", "2013", "a", "dozen", "€1.5 billion",
           "USD 200", "10 €", "New York", "D.C.", "Washington", "Ukraine.The", "Mr.", "Dec.", "10/1", "-", "–",
           "three days ago", "yesterday", "last", "Monday", "“curly”", "x;", "y:", "!", "?", "[1]", "5%", "1,000",
           "some 60", "nearly 60", "up to 30", "500 or more", "hundreds of", "people", "the 18th", "Q1 2019"]
_JOINS = [" ", " ", " ", "\n", ". ", ", ", "; ", "\" ", ".\n", " (", ") ", "\n\n", "-", " - ", ".", ",", "'s "]


def _canon(m) -> tuple:
    value = m.value
    if isinstance(value, DateValue):
        value = (value.key(), value.label, value.stated_weekday, value.stated_days, json.dumps(value.to_dict()))
    return m.kind, m.start, m.end, m.text, repr(value), repr(m.detail)


def _check(text: str, published: dt.date | None, rng: random.Random) -> None:
    whole = [_canon(m) for m in extract_mentions(text, published, KINDS)]
    for _ in range(3):
        spans = {}
        for kind in KINDS:
            if rng.random() < 0.8:
                spans[kind] = [(a, min(len(text), a + rng.randint(0, 80)))
                               for a in (rng.randint(0, len(text)) for _ in range(rng.randint(0, 4)))]
        got = [_canon(m) for m in extract_mentions(text, published, KINDS, spans)]
        assert got == [m for m in whole if m[0] not in spans or any(a <= m[1] < b for a, b in spans[m[0]])], \
            (text, spans)


def test_restricted_extraction_finds_what_whole_text_extraction_finds_there():
    """Random texts built from the forms that run across sentences (abbreviations, ranges, alternatives,
    qualifiers, capitalised runs), with random spans."""
    rng = random.Random(5)
    for _ in range(300):
        n = rng.randint(5, 30)
        text = "".join(rng.choice(_PIECES) + (rng.choice(_JOINS) if i < n - 1 else "") for i in range(n))
        if re.search(r"\d\s*\n\s*\d+/\d", text):
            continue                  # digits and a fraction across a line break: see numberwords._digits_value
        _check(text, rng.choice([None, dt.date(2025, 9, 3)]), rng)


def test_no_mention_starts_between_sentences():
    """The fact stage asks for the mentions that start inside its sentences, not in the spaces and closing
    quotes between them: no extractor begins a mention there."""
    rng = random.Random(3)
    texts = [d.text for d in load_documents([SOURCES])]
    texts += ["".join(rng.choice(_PIECES) + rng.choice(_JOINS) for _ in range(30)) for _ in range(200)]
    for text in texts:
        if re.search(r"\d\s*\n\s*\d+/\d", text):
            continue
        for m in extract_mentions(text, dt.date(2025, 9, 3), KINDS):
            assert not m.text[0].isspace() and m.text[0] not in "\"'”’)]", (text, m)


def test_restricted_extraction_on_the_sample_corpus():
    rng = random.Random(7)
    for doc in load_documents([SOURCES]):
        _check(doc.text, dt.date(2025, 9, 3), rng)


def _claims(docs: list[Document], restrict: bool, monkeypatch) -> list:
    pack = load_pack(default_rules_dir())
    if not restrict:
        monkeypatch.setattr(claims_mod, "cued_sentences", lambda *args: {})
    try:
        return [c for doc in docs for c in extract_claims(doc, pack)]
    finally:
        monkeypatch.undo()


def _wrapped(docs: list[Document]) -> list[Document]:
    """The articles hard-wrapped at 57 columns: every line break ends a sentence, and dates, amounts and
    ranges run across them."""
    return [replace(d, text="\n".join(textwrap.fill(p, 57) if p.strip() else p for p in d.text.split("\n")),
                    published=d.published or dt.date(2012, 1, 15)) for d in docs]


def test_claims_are_the_same_with_restricted_extraction_on_the_sample_corpus(monkeypatch):
    docs = load_documents([SOURCES])
    for variant in (docs, _wrapped(docs)):
        assert _claims(variant, True, monkeypatch) == _claims(variant, False, monkeypatch)


@needs_shared("corpora", "ecbplus.jsonl")
def test_claims_are_the_same_with_restricted_extraction_on_ecbplus(monkeypatch):
    docs = load_documents([ECB])
    restricted = _claims(docs, True, monkeypatch)
    assert restricted == _claims(docs, False, monkeypatch)
    assert len(restricted) > 450          # not vacuous (483 since crime words are no date cues of the summit pack)


@needs_shared("corpora", "ecbplus.jsonl")
def test_claims_are_the_same_with_restricted_extraction_on_wrapped_ecbplus(monkeypatch):
    docs = [d for d in _wrapped(load_documents([ECB])) if not re.search(r"\bthe\n", d.text, re.I)]
    assert _claims(docs, True, monkeypatch) == _claims(docs, False, monkeypatch)


def test_money_markers_are_found_where_the_marker_pattern_finds_them():
    """_markers tries the marker pattern only at candidates: it must find what ``finditer`` finds."""
    rng = random.Random(11)
    pieces = list("$€£¥ złZŁ.\n-x5") + ["us", "U.S.", "u.s. ", "dollars", "Dollars", "try", "rand", "cents", "EUR", "MUSD",
                                        "HK", "hk$", "C $", "a$", "A$", "ca$", "10", "ரூ", "元", "USD$", "İ", "ſ"]
    texts = [d.text for d in load_documents([SOURCES])]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    for text in texts:
        assert [(m.span(), m.groupdict()) for m in money._markers(text, 0, len(text))] == \
            [(m.span(), m.groupdict()) for m in money._MARKER.finditer(text)], text


@pytest.mark.parametrize("pattern", [find._TRIGGER, counts._TRIGGER, places._VIRTUAL], ids=["dates", "counts", "virtual"])
def test_triggers_over_the_lower_case_text_match_as_case_insensitive_ones(pattern):
    rng = random.Random(13)
    texts = [d.text for d in load_documents([SOURCES])] + [d.text.upper() for d in load_documents([SOURCES])]
    texts += ["".join(rng.choice(_PIECES + ["LAST", "Next", "K", "İ", "ſ", "ı", "VIA Zoom", "Virtual\nSummits"]) + " "
                      for _ in range(20))
              for _ in range(500)]
    plain = scan.plain(pattern)
    for text in texts:
        low = scan.lowered(text)
        if low is not None:
            assert [(m.span(), m.lastgroup) for m in plain.finditer(low)] == \
                [(m.span(), m.lastgroup) for m in pattern.finditer(text)], text


def test_an_a_that_counts_skip_starts_no_number():
    """find_counts skips "a"/"an" unless numbers.A_GOES_ON follows: number_at finds nothing there."""
    words = (list(numberwords.ONES) + list(numberwords.TENS) + list(numberwords.SCALES) + list(numberwords.DOZENS)
             + list(numberwords.ORDINALS) + ["hundred", "hundreds", "and", "point", "of", "a", "an", "half", "people", "5",
                                          "1/2", "minus"])
    rng = random.Random(17)
    for _ in range(20000):
        head = rng.choice(["a", "an", "A", "An"])
        text = head + "".join(rng.choice([" ", "-", " - ", "  "]) + rng.choice(words) for _ in range(rng.randint(1, 4)))
        if numbers.number_at(text, 0) is not None:
            assert numbers.A_GOES_ON.match(text, len(head)), text


def test_numbers_that_date_forms_skip_start_no_date():
    """forms.date_at skips the date forms at digits that no space, separator or suffix follows: none of
    them matches there."""
    rng = random.Random(19)
    tails = list(" -/–—~'.,;:)%$xsSnrtThqQuUzK\n\t") + ["st", "nd", "rd", "th", "s", "'s", " s", "Q1", "h2", "to",
                                                          "through", "until", " January", " days ago", " next days",
                                                          "-2019", "/12", "ſ", "ı"]
    for _ in range(20000):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 9)))
        text = digits + "".join(rng.choice(tails) for _ in range(rng.randint(0, 3)))
        m = forms.forms_pattern("d").match(text, 0)
        if m:
            assert forms.date_at(text, 0).span() == m.span(), text


def test_word_before_ignores_case_as_a_pattern_does():
    check = scan.WordBefore(["jan", "st", "u.s", "thurs"])
    rng = random.Random(23)
    for _ in range(20000):
        text = "".join(rng.choice("jJaAnNsStTuU.ſKhHrR xİı") for _ in range(rng.randint(0, 8)))
        end = rng.randint(0, len(text))
        assert check(text, end) == bool(check.regex.search(text, 0, end)), (text, end)


def test_words_before_a_number_are_the_longest_run_that_ends_there():
    rng = random.Random(29)
    pieces = ["ab", "c", "Approx.", ". ", " ", "\t", "  ", "x", ",", "5", "more", "than", "-", "Z", "ſ"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        pos = rng.randint(0, len(text))
        m = counts._WORDS_BEFORE.search(text, max(0, pos - 60), pos)
        words = [] if m is None else [(w.group(0).lower(), w.start()) for w in counts._WORD_RE.finditer(text, *m.span())]
        assert counts._words_before(text, pos) == words, (text, pos)


def test_date_forms_over_the_lower_case_text_match_as_case_insensitive_ones():
    rng = random.Random(31)
    texts = [d.text for d in load_documents([SOURCES])]
    texts += ["".join(rng.choice(_PIECES + ["LAST", "Next", "MAY 5", "march", "K", "Thu."]) + " " for _ in range(15))
              for _ in range(300)]
    for text in texts + [t.upper() for t in texts]:
        if scan.lowered(text) is None:
            continue
        for start in range(len(text)):
            kind = "d" if text[start].isdigit() else "w"
            pattern = forms.forms_pattern(kind)
            found, whole = forms.date_at(text, start), pattern.match(text, start)
            if found is None:
                assert whole is None, (text, start)
                continue
            assert (found.span(), found.lastgroup, [found.group(g) for g in pattern.groupindex]) == \
                (whole.span(), whole.lastgroup, [whole.group(g) for g in pattern.groupindex]), (text, start)


def test_claims_are_the_same_with_restricted_extraction_where_cue_phrases_are_odd(monkeypatch):
    """The cue finder keeps every sentence where a fact may find a cue: a phrase glued to the mention after
    it (a search that stops at the mention finds it), split by a line break, in capitals, and in texts that
    only the case-insensitive patterns read ("İ")."""
    texts = [
        "It will take place2025-03-03. Nothing else happened on 2025-03-04.",
        "The ministers will\nmeet on Tuesday, March 3, 2025 in Paris. 40 delegations attend.",
        "IT WILL TAKE PLACE ON 3 MARCH 2025 IN BERLIN. The fund sent $5 million in aid.",
        "The summit took place in Rome on 4 May 2024, and 12 leaders took part. İstanbul pledged $3 billion.",
        "Talks are meeting today.\nThey were meeting\nin Vienna on 5 June 2023, as 30 states took part.",
    ]
    docs = [Document(f"d{i}", f"d{i}.txt", text, "s", published=dt.date(2025, 3, 1)) for i, text in enumerate(texts)]
    docs += [replace(d, id=d.id + "i", text=d.text + " İ") for d in docs]
    restricted = _claims(docs, True, monkeypatch)
    assert restricted == _claims(docs, False, monkeypatch)
    assert any(c.text == "2025-03-03" for c in restricted)
