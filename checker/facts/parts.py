"""Counts that are parts of a total or describe a group, not how many took part: "six countries, namely the
four members and the two partners", "the remaining three", "26 delegations (19 governments and 7 agencies)"."""

from __future__ import annotations

import re
from dataclasses import replace

from checker.facts.accept import counted_unit
from checker.mentions import Mention
from checker.model.claims import Claim
from checker.model.pack import FactDef, Pack
from checker.model.quantities import Count, Money
from checker.text import TextIndex

_SUBGROUP_AFTER = re.compile(r"\s+of\s+(?:them|those|whom|these)\b", re.I)
# Words that make a count a part of a total given before it ("six countries, namely the four members and the
# two partners"; "Six delegations took part: the five full members and South Korea").
_PART_BETWEEN = re.compile(r"[:;,(]|\b(?:namely|including|includes|included|among\s+them|among\s+whom|of\s+whom|"
                           r"of\s+which|of\s+them|comprising|consisting\s+of|made\s+up\s+of|such\s+as|with)\b",
                           re.I)
_PART_BEFORE = re.compile(r"\b(?:remaining|other|another|additional|further|extra|rest\s+of\s+the|absent|missing|"
                          r"plus(?:\s+[a-z]+){0,2}\s+(?:from|of)|"
                          r"counts|(?:now\s+)?has|have|comprises|comprising|consists\s+of|made\s+up\s+of)"
                          r"(?:\s+(?:today|now|currently))?\s+(?:[A-Z][\w-]*\s+)?$", re.I)
_SUM_BEFORE = re.compile(r"\d[^.;:!?\n]{0,40}(?:\+|\bplus)\s*$", re.I)      # "38 countries + 14 organisations"
# "Poland and six neighbouring countries" (seven in all); "The two mayors signed the pact" (the co-chairs again)
_NAMED_AND_BEFORE = re.compile(r"\b[A-Z][\w'’-]+\s+and\s+(?:its\s+|their\s+)?$")
_THE_FEW_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:The|Both|both|the)\s+$")
_PART_INSIDE = re.compile(r"\b(?:absent|remaining|missing|other)\b", re.I)
# After the count, in its clause: "Eight heads of state attended in person", "Nine development partners and
# some 60 hydrologists attended as observers" (but "up to 30 leaders, either in person or through video calls"
# are all of them).
_PART_AFTER = re.compile(r"\s*,?\s*(?:plus|\+\s*(?=\d)|besides|in\s+addition\s+to|were\s+absent|stayed\s+away|"
                         # "Two island states sent apologies", "Eleven were in the room, and the others joined online"
                         r"(?:[\w-]+\s+){0,2}(?:sent\s+(?:their\s+)?apologies|did\s+not\s+(?:attend|come)|"
                         r"could\s+not\s+(?:attend|come)|were\s+unable\s+to|declined|boycotted|stayed\s+home)|"
                         r"[^.;:!?\n]{0,80}?\b(?:the\s+others|the\s+rest|the\s+remaining)\b|"
                         r"[^.;:!?\n,]{0,60}?\b(?:in\s+person(?!\s+(?:or|and)\s+(?:online|virtually|remotely|by|via|through|over)\b)|physically\s+present|physically(?!\s+or\b)|"
                         r"as\s+(?:observers?|guests?)))\b",
                         re.I)
_TITLED_OF_THE_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(?:for|of)\s+(?:[A-Z][\w-]*\s+(?:and\s+)?){1,4}of\s+(?:the|its|their)\s+$")
_OF_THE_BEFORE = re.compile(r"\b([a-z]+|\d+)\s+of\s+(?:(?:the|its|their|your|our)\s+|the\s+[\w-]+['’]s?\s+)$", re.I)


_NOUN_AFTER = re.compile(r"\s*\)?\s*(?:\(\s*\d[\d,.]*\s*\)\s*)?(?!(?:of|in|and|or|altogether|together|all)\b)[a-z]")


def _counts_else(text: str, m: Mention, fact: FactDef) -> bool:
    """Whether a count counts something that is none of the fact's units ("twenty-three (23) electoral
    councils, … of seventeen countries": no total of which the countries are a part; "Eight of us" is)."""
    return counted_unit(text, m, fact)[0] is None and _NOUN_AFTER.match(text, m.end) is not None


def without_parts(claims: list[Claim], text: str, index: TextIndex, pack: Pack,
                   counts: list[Mention] = ()) -> list[Claim]:
    """Counts that are parts of a total, or describe a group rather than who took part, are no claims of how
    many took part: a smaller count after a larger one of the same sentence with a word of parts between
    ("namely", "including", a colon); "the remaining three"; "the citizens of the six economies" (a count after
    "<noun> of the" where the noun is none of the fact's units: "leaders of the eight countries" stays)."""
    out: list[Claim] = []
    for c in claims:
        if isinstance(c.value, Count) and pack.facts[c.fact].units:
            fact = pack.facts[c.fact]
            sentence = index.sentence(c.start)
            head = text[max(sentence.start, c.start - 40):c.start]
            of_the = _OF_THE_BEFORE.search(head)
            if of_the and of_the.group(1).lower() not in fact.units:
                titled = _TITLED_OF_THE_BEFORE.search(text, max(sentence.start, c.start - 80), c.start)
                if titled and titled.group(1).lower() in fact.units:
                    of_the = None             # "The Ministers for Foreign Affairs of the twelve Member States"
            few = (c.value.figure or 0) <= 2 and _THE_FEW_BEFORE.search(head)
            if _PART_BEFORE.search(head) or _SUM_BEFORE.search(head) or _NAMED_AND_BEFORE.search(head) or few \
                    or (of_the and of_the.group(1).lower() not in fact.units) \
                    or _PART_AFTER.match(text, c.end) or _PART_INSIDE.search(c.text):
                continue
            bigger = [m.end for m in counts if sentence.start <= m.start < c.start
                      and float(m.value.figure) > (c.value.figure or 0)
                      and not _counts_else(text, m, fact)]
            if any(_PART_BETWEEN.search(text, end, c.start) for end in bigger):
                continue
        out.append(c)
    out = _without_origins(out, text)
    split = {index.sentence(m.start).start for m in counts if _SUBGROUP_AFTER.match(text, m.end)}
    if split:
        out = [replace(c, value=replace(c.value, subgroup=True))
               if isinstance(c.value, Count) and index.sentence(c.start).start in split else c for c in out]
    return out


_FROM = re.compile(r"\s+(?:from|in|across)\s+(?:some\s+|about\s+|around\s+|nearly\s+|over\s+)?$", re.I)


def _without_origins(claims: list[Claim], text: str) -> list[Claim]:
    """A count of where the counted came from, when it counts things of the same class ("56 Indigenous nations
    from eight countries": the nations are no countries, and the eight are no rival count of them)."""
    counts = [c for c in claims if isinstance(c.value, Count) and c.value.unit_class]
    origins = {id(b) for a in counts for b in counts if a.end < b.start and b.start - a.end <= 20
               and a.value.unit_class == b.value.unit_class and _FROM.fullmatch(text, a.end, b.start)}
    return [c for c in claims if id(c) not in origins]


# What stands between a total and the shares listed after it: "totalling US$18.5 million (IDB US$8.0 m; …)",
# "$40 million: $25 million from …", "$12 million, including $5 million from …".
_SHARE_BETWEEN = re.compile(r"[(:;]|\b(?:including|includ(?:es|ed)|of\s+which|among\s+them|namely)\b", re.I)


# The next item of a list of donors and their amounts: ", Westbridge Bank " before "GH¢20 million".
_NEXT_DONOR = re.compile(r"\s*(?:,|;|\band\b)\s*(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5}\s+$")


# A total broken down by instrument: "comprises $390 million in grants and $210 million in concessional loans",
# "Some $180 million is in grants", "a $95 million loan from the bank", "400 million euros are grants" (but
# "US$950m in grants and concessional credits" is both, the total).
_IN_ONE_INSTRUMENT = re.compile(r"(?:\s*\([^)]{1,40}\))?\s+(?:(?:is\s+|are\s+)?in\s+"
                                r"(?:(?!(?:grants?|loans?|credits?|and|or)\b)[\w-]+\s+){0,2}?|are\s+|is\s+|as\s+)?"
                                r"(?:concessional\s+|soft\s+)?(?:grants?|loans?|credits?)\b"
                                r"(?!\s+(?:and|or|&)\s+(?:concessional\s+|soft\s+)?(?:grants?|loans?|credits?)\b)", re.I)


def money_shares(claims: list[Claim], text: str, index: TextIndex) -> list[Claim]:
    """Amounts listed after a larger one of the same currency in the same sentence, with a bracket, colon or
    "including" between, are its shares: parts, compared only with amounts of the same donor."""
    money = [c for c in claims if isinstance(c.value, Money) and c.value.figure is not None]
    out = []
    for c in claims:
        if c in money and not c.context.part:
            sentence = index.sentence(c.start)
            if any(b.fact == c.fact and sentence.start <= b.start and b.end <= c.start
                   and b.value.currency == c.value.currency and b.value.figure > c.value.figure
                   and _SHARE_BETWEEN.search(text, b.end, c.start) for b in money):
                c = replace(c, context=replace(c.context, part=True))
            elif any(b.fact == c.fact and c.end <= b.start <= c.end + 60 and b.context.donor
                     and _NEXT_DONOR.match(text, c.end, b.start) for b in money):
                c = replace(c, context=replace(c.context, part=True))   # "X pledged A, Bank Y B and Z C"
            elif _IN_ONE_INSTRUMENT.match(text, c.end):
                c = replace(c, context=replace(c.context, part=True))   # "$390 million in grants and $210 …"
        out.append(c)
    return out
