"""The claims an article makes: each accepted mention of a fact's mention kinds, and lists of people after a
lead-in ("co-chaired by X and Y") or before a lead-out ("X and Y co-chaired")."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Any

from checker.facts.accept import accepted, counted_unit, label_span, line_label, participant_mode, without_lead
from checker.facts.context import align_context, event_class
from checker.facts.dateline import dateline_claims, dateline_day, dateline_place_claims, dateline_starts
from checker.facts.parts import money_shares, without_parts
from checker.facts.entity import entity_of, fullest_name
from checker.facts.cues import cued_sentences, sentence_spans, where_used
from checker.facts.phrases import find_phrases, phrase_body, phrases_regex, starts_with
from checker.mentions import Mention, extract_mentions
from checker.mentions.counts import quantity_interval
from checker.mentions.namelists import parse_list, parse_list_before
from checker.model.claims import NO_CONTEXT, AlignContext, Claim
from checker.model.dates import DateValue
from checker.model.documents import Document
from checker.model.entities import PeopleSet
from checker.model.pack import FactDef, Pack, Settings
from checker.model.quantities import Count, Money
from checker.text import TextIndex, text_index

# After a lead-out: the list after "by" a few words on ("co-hosted earlier this week in Nairobi by"), or a
# partner after "with" ("co-chaired the forum with ADB president Takeshi Morimoto").
_PASSIVE = re.compile(r"(?:\s+(?!by\b|with\b|and\b)[\w'’-]+){0,6}?\s+by\s+", re.I)
_SOCIAL_OBJECT = re.compile(r"\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?:dinner|reception|lunch|"
                            r"luncheon|breakfast|banquet|gala|tour|cocktail|party|press\s+conference|visit)\b", re.I)
_LIST_GOES_ON = re.compile(r"\s*(?:and|or|&)\s", re.I)     # a lead-in that is itself an item of a list
_WITH = re.compile(r"(?:\s+(?!with\b|by\b|and\b)[\w'’.-]+){0,9}?\s+(?:with|alongside|together\s+with)\s+", re.I)


def _answers(text: str, index: TextIndex, fact: FactDef) -> list[list[Mention]]:
    """A list that answers a question about who chaired ("Who chaired the talks?\nEU Trade Commissioner Henrik
    Lindqvist and Chile's Foreign Minister Francisca Echeverria."): the whole answer sentence is the list."""
    asks = phrases_regex(fact.or_before + fact.only_after + ("chairs", "co-chairs", "hosts", "co-hosts"))
    out = []
    sentences = index.sentences
    for i in range(len(sentences) - 1):
        if not index.is_question(i) or not asks.search(text, sentences[i].start, sentences[i].end):
            continue
        answer = sentences[i + 1]
        people = parse_list(text, answer.start, answer.end)
        if people and not text[people[-1].end:answer.end].strip(" .*"):
            out.append(people)
    return out

def _mention_kinds(pack: Pack) -> frozenset[str]:
    kinds = {k for f in pack.facts.values() for k in f.mentions if k != "people"}
    return frozenset(kinds)

# An article longer than this is read in growing parts (whole sentences, each part four times the last)
# until one makes more claims than the pack allows (limits.claims_per_article): a 50 MB line of scraped text
# then costs what its first part costs, and an article that makes few claims at most about twice a single read.
_LARGE = 100_000


def read_claims(doc: Document, pack: Pack) -> tuple[list[Claim], bool]:
    """The claims of ``doc`` (:func:`extract_claims`), at most the pack's ``max_claims`` (the first ones, in
    text order), and whether there were more."""
    cap = pack.settings.max_claims
    if len(doc.text) <= _LARGE:
        claims = extract_claims(doc, pack)
        return claims[:cap], len(claims) > cap
    starts = [s.start for s in TextIndex(doc.text).sentences]
    size = _LARGE
    while True:
        i = bisect.bisect_left(starts, size)
        end = starts[i] if i < len(starts) else len(doc.text)
        claims = extract_claims(replace(doc, text=doc.text[:end]) if end < len(doc.text) else doc, pack)
        if len(claims) > cap or end >= len(doc.text):
            return claims[:cap], len(claims) > cap
        size *= 4


def extract_claims(doc: Document, pack: Pack) -> list[Claim]:
    """Every claim ``doc`` makes about the facts of ``pack``, in text order."""
    if doc.published is None:        # a statement's "Bogotá, 17 September 2027" line is its day
        doc = replace(doc, published=dateline_day(doc.text))
    index = text_index(doc.text)
    kinds = _mention_kinds(pack)
    cued = cued_sentences(doc.text, index, pack)
    mentions = extract_mentions(doc.text, doc.published, kinds, where_used(doc.text, index, pack, kinds, cued)) \
        if kinds else []
    claims: list[Claim] = []
    memo: dict = {}                  # what the tests found in a sentence, for the next mention in it
    per_sentence = Counter((m.kind, index.sentence(m.start).start) for m in mentions)
    for fact in pack.facts.values():
        for mention in mentions:
            if mention.kind not in fact.mentions:
                continue
            alone = per_sentence[(mention.kind, index.sentence(mention.start).start)] == 1
            claim = _claim_from_mention(doc, index, fact, mention, pack.settings, memo, alone)
            if isinstance(claim, list):
                claims.extend(claim)
            elif claim is not None:
                claims.append(claim)
        if "people" in fact.mentions:
            claims.extend(_people_claims(doc, index, fact, cued.get(fact.name), memo))
    claims = claims + dateline_place_claims(doc, index, pack, claims, _make_claim)
    heading = dateline_starts(doc.text, doc.published)
    claims = [c for c in claims if not (isinstance(c.value, DateValue) and c.start in heading)]
    dated = dateline_claims(doc, index, pack, claims, _make_claim)
    if dated:                        # in place of the dateline's own claim, aligned as the day it restates
        taken = {(c.fact, c.start) for c in dated}
        claims = [c for c in claims if (c.fact, c.start) not in taken] + dated
    claims.sort(key=lambda c: (c.start, c.fact))
    claims = without_parts(claims, doc.text, index, pack, [m for m in mentions if m.kind == "count"])
    claims = money_shares(claims, doc.text, index)
    return _share_equivalents(claims, doc.text, frozenset(pack.settings.local))



_LINE_START = re.compile(r"^(?=[ \t]*(?:[-*•|>][ \t]*)*(?:\*\*)?[^\W\d])", re.M)
_AFTER_LABEL = re.compile(r"[ \t]*(?:\*\*)?[ \t]*[:|]?[ \t]*(?:\*\*)?[ \t]*")
_SUBJECT_OF_EVENT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:talks|summit|conference|negotiations|dialogue|forum)\b")
_IN_AT = re.compile(r"\b(?:in|at)\s+$")
_US_DOLLAR = frozenset({"USD", "Dollar"})
_AROUND = re.compile(r"(?:around|about|roughly|some|approximately|nearly|almost)\b", re.I)   # "$35m, around …"
_EQUIVALENT = re.compile(r"\s*(?:\(|,?\s*or\s+|,?\s*(?:equivalent|equal)\s+to\s+|,?\s*i\.e\.,?\s*)\s*$", re.I)


def _share_equivalents(claims: list[Claim], text: str, shared_units: frozenset[str]) -> list[Claim]:
    """An amount and its conversion written beside it ("NOK 2.6 billion, or about $245 million", "P185 billion
    ($3.2B)") are one amount: each takes the other's donor and whether it is a part. When one of the two is in
    dollars, the other takes its value: the article's own rate, not the pack's ("GH¢150 million or about $12
    million"). Otherwise, when one is in a unit several countries share (``shared_units``: "€10 million,
    around 400 billion pesos") and the other is not, the shared unit's rate would be a guess: it is left out."""
    out: list[Claim | None] = list(claims)
    money = [i for i, c in enumerate(claims) if isinstance(c.value, Money)]
    for x, y in zip(money, money[1:]):
        a, b = out[x], out[y]
        beside = _EQUIVALENT.fullmatch(text, a.end, b.start) if a and b else None
        around = a and b and text[a.end:b.start].strip() == "," and _AROUND.match(text, b.start)
        if a is None or b is None or a.fact != b.fact or b.start - a.end > 30 or not (beside or around):
            continue
        context = replace(a.context, donor=a.context.donor or b.context.donor, part=a.context.part or b.context.part)
        out[x], out[y] = replace(a, context=context), replace(b, context=replace(b.context, donor=context.donor,
                                                                                part=context.part))
        guessed = [i for i, c in ((x, a), (y, b)) if c.value.currency in shared_units]
        dollars = [i for i, c in ((x, a), (y, b)) if c.value.currency in _US_DOLLAR]
        if len(dollars) == 1 and a.value.currency != b.value.currency:
            # "GH¢150 million or about $12 million", "34 million manats ($20 million)": the article's own rate,
            # not the pack's, converts it
            other = y if dollars[0] == x else x
            own = out[other].value
            written = (own.currency, own.figure) if own.figure else None
            out[other] = replace(out[other], value=replace(out[dollars[0]].value, written=written))
        elif len(guessed) == 1:
            out[guessed[0]] = None
    return [c for c in out if c is not None]

def _claim_from_mention(doc: Document, index: TextIndex, fact: FactDef, m: Mention,
                        settings: Settings, memo: dict | None = None, alone: bool = False
                        ) -> Claim | list[Claim] | None:
    text = doc.text
    start, end = m.start, m.end
    # The cheap, selective tests of each mention kind come before the context tests.
    if m.kind == "count":
        if not float(m.value.figure).is_integer():
            return None                          # a share ("two thirds of the countries"), not a count of things
        if _TIME_BEFORE.search(text, max(0, start - 3), start):
            return None                          # the minutes of a time ("**11:40** Several mayors")
        unit, unit_end = counted_unit(text, m, fact)
        if fact.units and unit is None:
            return None
        if fact.per is not None:
            unit = None                          # an age counts nothing: "19", not "19 of"
    elif m.kind == "place" and m.value.place_type not in fact.place_types:
        return None
    elif m.kind == "place" and m.value.place_type in ("country", "continent") \
            and _SUBJECT_OF_EVENT.match(text, end) and not _IN_AT.search(text, max(0, start - 4), start):
        return None                              # "Libya talks", "the Africa summit": what it is about
    elif m.kind == "virtual" and participant_mode(text, start, end):
        return None                              # how one participant joined, not the form of the meeting
    elif m.kind == "date" and fact.max_span_days and (m.value.span_days or 0) > fact.max_span_days:
        return None
    if not accepted(text, index, fact, start, end, anchored=m.kind in fact.anchored, memo=memo, alone=alone):
        return None
    entity = None
    if fact.per is not None:                     # a fact about a named person: no name, no claim
        sentence = index.sentence(start)
        entity = entity_of(text, start, end, fact.per, sentence.start, max(sentence.end, end))
        if entity is None:
            return None
        entity = fullest_name(text, entity)
    if m.kind == "count":
        unit_class = dict(fact.unit_classes).get(unit or "", fact.subject_class if unit else "")
        also = frozenset(b for a, b in fact.unit_pairs if a == unit_class) | frozenset(
            a for a, b in fact.unit_pairs if b == unit_class)
        value: Any = Count(quantity_interval(m.value, settings.approx, True, settings.up_to_floor), unit,
                           unit_class, also, (doc.id, index.sentence(start).start))
        if not fact.units and fact.or_before and m.kind in fact.anchored:
            lead_out = starts_with(fact.or_before, fact.anchor_gap).match(text[end:end + 40 + 16 * fact.anchor_gap])
            if lead_out:
                end += len(lead_out.group(0).rstrip())   # quote "Two workers were killed", the count with its anchor
        if fact.units:
            end = unit_end                               # quote "some 60 delegations", the count with its noun
            every = _ALL_BEFORE.search(text, max(0, start - 5), start)
            if every:
                start = every.start()                    # and "all 30 member states" with its "all"
    elif m.kind == "money":
        amount = m.value
        value = Money(quantity_interval(amount.quantity, settings.approx, True, settings.up_to_floor,
                                        settings.round_money), amount.currency)
    else:
        value = m.value
        if m.kind == "date":
            if m.detail is not None and m.detail.form == "ago" and _DURATION_NOT_DATE.match(m.text):
                return None                              # "dozens of jets in one day": how long, not when
            value = by_tense(value, m, text, index, doc.published)
            if settings.past_only and doc.published is not None:
                value = not_after_published(value, m.text, doc.published)
            if re.fullmatch(r"(?i)on ", text[max(0, start - 3):start]):
                start -= 3                               # quote "on Tuesday", as a reader would
    context = align_context(text, index, fact, m, memo, alone) if fact.align_by else NO_CONTEXT
    if entity is not None:
        context = replace(context, entity=entity)
    parts = _date_parts(doc, index, fact, m) if m.kind == "date" and m.detail.weekday_span else ()
    claim = _make_claim(doc, index, fact.name, start, end, value, context, parts)
    return split_mismatch(claim) if parts and value.weekday_mismatch else claim


def split_mismatch(claim: Claim) -> list[Claim]:
    """"Thursday, June 12" where 12 June is a Friday says two things, each compared on its own: the weekday
    (the Thursday nearest the date written) and the date; the date keeps both parts for the weekday-mismatch
    rule. Read as "either day" instead, it would agree with every source and hide the conflict."""
    value, context = claim.value, claim.context
    weekday, date = claim.parts
    near = [d + dt.timedelta(k) for d in value.stated_days for k in range(-3, 4)
            if (d + dt.timedelta(k)).weekday() == value.stated_weekday]
    w_value = DateValue.on_days(near, weekday.text, stated_weekday=value.stated_weekday,
                                year_inferred=value.year_inferred)
    d_value = DateValue.on_days(value.stated_days, date.text, stated_weekday=value.stated_weekday,
                                stated_days=value.stated_days, year_inferred=value.year_inferred)
    # The weekday is quoted as written with its date ("Friday, March 11"): that is what an editor checks.
    return [replace(claim, value=w_value, context=context, parts=()),
            replace(date, value=d_value, context=context, parts=claim.parts)]


_DURATION_NOT_DATE = re.compile(r"in\s+(?:one|a|a\s+single|1)\s+(?:day|week|month|year)\b", re.I)
_ALL_BEFORE = re.compile(r"\b(?:all|All|ALL)\s+$")
_TIME_BEFORE = re.compile(r"\d[:.h]$")
_SUBORDINATE = re.compile(r"\b(?:that|which|who|whose|because|so\s+that|if|unless|until|when|where)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|shall|'ll|is\s+to|are\s+to|to\s+be\s+held|(?:is|are)\s+(?:expected|scheduled|due|set|"
                     r"slated|planned|going)|due\s+to|plans?\s+to|upcoming|coming|preview)\b", re.I)
_PAST = re.compile(r"\b(?:[a-z]{2,}ed|met|held|was|were|took|gave|made|began|begun|spoke|sat|came|went|won|spent|"
                   r"had|said|told|flew|drew|brought|sent|saw|set\s+up|ended|closed|wrapped)\b", re.I)


def by_tense(value: DateValue, m: Mention, text: str, index: TextIndex, published) -> DateValue:
    """A bare weekday read against the publication date allows the one before it and the one after it; the
    clause's tense chooses ("leaders met on Monday" in an article of Wednesday: the Monday before; "will meet
    on Monday": the one after). Without a tense either way both stay."""
    if published is None or m.detail is None or m.detail.form != "wd" or not value.days or len(value.days) < 2:
        return value
    clause = index.clause(m.start, m.end)
    sub = _SUBORDINATE.search(text, m.end, clause.end)     # "met on Thursday and agreed that they will …"
    # the verb before the date governs it in English word order; the words after it only when there is none
    # ("wrapped up a meeting on Wednesday with a plan to share …" is past)
    before, after = text[clause.start:m.start], text[m.end:sub.start() if sub else clause.end]
    tense = next((t for part in (before, after) for t, regex in (("future", _FUTURE), ("past", _PAST))
                  if regex.search(part)), None)
    if tense == "future":
        days = [d for d in value.days if d >= published]
    elif tense == "past":
        days = [d for d in value.days if d <= published]
    else:
        return value
    return DateValue.on_days(days, value.label, stated_weekday=value.stated_weekday) if days else value


_YEAR = re.compile(r"\b(?:1[89]|2\d)\d\d\b|['’]\d\d\b")


def not_after_published(value: DateValue, written: str, published: dt.date) -> DateValue:
    """For a pack about what already happened (``dates.past_only``): a date without a year that would fall
    after the article's publication is the year before ("Dec. 28" in an article of 2 January), and of the
    days a weekday may be, only those up to the publication date."""
    days = value.days
    if not days or all(d <= published for d in days):
        return value
    if any(d <= published for d in days):
        return replace(value, days=frozenset(d for d in days if d <= published))
    if _YEAR.search(written):
        return value                                     # a year was written: the text's own claim

    def back(d: dt.date) -> dt.date:
        return d.replace(year=d.year - 1, day=min(d.day, 28) if (d.month, d.day) == (2, 29) else d.day)

    return replace(value, days=frozenset(back(d) for d in days), stated_days=tuple(back(d) for d in value.stated_days))


def _make_claim(doc: Document, index: TextIndex, fact: str, start: int, end: int, value: Any,
                context: AlignContext = NO_CONTEXT, parts: tuple = ()) -> Claim:
    line, col = index.line_col(start)
    return Claim(doc.id, doc.story, fact, start, end, doc.text[start:end], line, col, value, context, parts,
                 doc.published)


def _date_parts(doc: Document, index: TextIndex, fact: FactDef, m: Mention) -> tuple:
    """The weekday and the calendar date of "Thursday, September 4, 2025" as separate quotes."""
    ws, we = m.detail.weekday_span
    ds, de = m.detail.date_span
    weekday = DateValue.every(m.value.stated_weekday, doc.text[ws:we])
    date = DateValue.on_days(m.value.stated_days, doc.text[ds:de])
    return (_make_claim(doc, index, fact.name, ws, we, weekday), _make_claim(doc, index, fact.name, ds, de, date))

@lru_cache(maxsize=16)
def _role_regex(roles: tuple[str, ...]) -> re.Pattern:
    """A role in brackets after a name, "(mediator)" (built once per pack, not once per article)."""
    return re.compile(r"\s*\(\s*(?:the\s+)?(?:" + phrase_body(roles) + r")\s*\)", re.I)


def _people_claims(doc: Document, index: TextIndex, fact: FactDef, cued: set[int] | None,
                   memo: dict | None = None) -> list[Claim]:
    """Lists of people straight after a lead-in ("co-chaired by X and Y") or before a lead-out ("X and Y
    co-chaired"). A list lies in the sentence where its lead-in or lead-out starts, and is accepted only with
    a cue word there, so only the sentences in ``cued`` (None: all) are searched for them."""
    text = doc.text
    spans = None if cued is None else sentence_spans(index, cued)
    claims: list[Claim] = []
    seen: set[tuple[int, int]] = set()
    found: list[list[Mention]] = []
    if fact.only_after:
        for cue in find_phrases(fact.only_after, text, spans):
            if _LIST_GOES_ON.match(text, cue.end()):
                continue                                 # "Key Figures, Co-Chairs and What Comes Next"
            sentence = index.sentence(cue.start())
            people = parse_list(text, cue.end(), max(sentence.end, cue.end()))
            if people:
                found.append(people)
    if fact.or_before:
        for cue in find_phrases(fact.or_before, text, spans):
            if text[cue.start()].isupper():
                continue                                 # "Key Figures, Co-Chairs and What Comes Next": a headline
            if _SOCIAL_OBJECT.match(text, cue.end()):
                continue                                 # "who hosted a dinner for the delegations": not the event
            sentence = index.sentence(cue.start())
            stop = max(sentence.end, cue.end())
            passive = _PASSIVE.match(text, cue.end(), stop)
            if passive:                                  # "co-hosted earlier this week in Nairobi by X and Y"
                people = parse_list(text, passive.end(), stop)
                if people:
                    found.append(people)
                continue
            people = parse_list_before(text, cue.start(), sentence.start)
            partner = _WITH.match(text, cue.end(), stop)  # "X co-chaired the forum with Y"
            if partner:
                people = people + parse_list(text, partner.end(), stop)
            if people:
                found.append(people)
        found.extend(_answers(text, index, fact))
    if fact.labels:                                      # "- Chair: Uganda's Minister of Health, Dr X."
        for m in _LINE_START.finditer(text):
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            label = label_span(text, line_end)
            if label and line_label(text, line_end, fact.labels):
                after = _AFTER_LABEL.match(text, label.end)
                people = parse_list(text, after.end(), line_end)
                if people:
                    found.append(people)
    if fact.roles:                                       # "Retired Judge Nomvula Khumalo-Petersen (mediator);"
        for m in _role_regex(fact.roles).finditer(text):
            sentence = index.sentence(m.start())
            people = parse_list_before(text, m.start(), max(sentence.start, text.rfind(";", 0, m.start()) + 1))
            if people:
                found.append(people[-1:])
    for people in found:
        start, end = people[0].start, people[-1].end
        if (start, end) in seen:
            continue
        seen.add((start, end))
        if not accepted(text, index, without_lead(fact), start, end, memo=memo):
            continue
        value = PeopleSet(tuple(p.value for p in people))
        context = AlignContext(event=event_class(text, index, fact, start, end, memo)) \
            if "event" in fact.align_by else NO_CONTEXT
        claims.append(_make_claim(doc, index, fact.name, start, end, value, context))
    return claims
