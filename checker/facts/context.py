"""The alignment context of a claim (:class:`~checker.model.claims.AlignContext`): the class of the event
word nearest to it, and for money who gives it and what for."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.facts.accept import label_span, memoised
from checker.facts.phrases import WORD_AFTER, WORD_BEFORE, first_letters, phrase_body, phrases_regex
from checker.mentions.mention import Mention
from checker.mentions.places import gazetteer
from checker.mentions.scan import lowered, plain
from checker.model.claims import AlignContext
from checker.model.pack import FactDef
from checker.text import TextIndex

_CAP_RUN = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’.-]*)(?:[ \t]+(?:of[ \t]+|and[ \t]+|the[ \t]+)?[A-Z][\w'’.-]*)*")
_OWNER_BEFORE = re.compile(r"((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s?\s+(?:own\s+|new\s+|total\s+)?"
                           r"(?:(?:commitment|contribution|pledge|share|grant|loan|donation)\s+of\s+)?$")
_OWNERS_SHARE = re.compile(r"\b([A-Z][\w-]+)['’]s\s+(?:own\s+)?(?:contribution|pledge|share|grant|loan|donation|"
                           r"commitment)s?\b")
_PART_OF_TOTAL = re.compile(r"\b(?:part|share)\s+of\s+(?:a|the)\s+(?:[\w-]+\s+)?total\b", re.I)
_LABEL_SHARE = re.compile(r"\b((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]?s?\s+(?:own\s+)?(?:contribution|pledge|share|"
                          r"grant|loan|donation|commitment)s?\b")
_AND_OTHERS = re.compile(r"\s*(?:\([^)]*\))?\s*,?\s*and\s+(?:other\s+|international\s+|development\s+|private\s+)?"
                         r"(?:partners|donors|others|governments|countries|lenders|institutions)\b", re.I)
_MODIFIER_AFTER = re.compile(r"\s+(?!(?:has|have|had|is|are|was|were|will|would|also|jointly|together|and|which|who|then|alone|"
                             r"itself|themselves|already|each|both|all)\b)[a-z]")
_NAME_BEFORE_BRACKET = re.compile(r"(?<!\d\s)(?<!lion\s)(?<!sand\s)(?<!bn\s)(?<!mn\s)"    # not "806 million KM (412 million euros)"
                                  r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s*\(\s*$"        # "Japan (¥150bn)"
                                  r"|(?:,|\band)\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+$"  # "and Japan $150m"
                                  r"|\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}),?\s+with\s+$")  # "The EU, with €750m"
# "$20 million from Japan", "EUR 20 million announced by the Federal Republic of Germany".
_DONOR_AFTER = re.compile(r"\s+(?:in\s+\w+\s+|(?:(?:was|were|is|are|has\s+been|have\s+been|will\s+be)\s+)?[a-z]+ed\s+|"
                          r"(?:will\s+)?(?:come|comes|came|coming)\s+)?"
                          r"(?:from|by)\s+(?:the\s+)?")
_WHERE_BEFORE = re.compile(r"\b(?:at|in|inside|near|on)\s+(?:the\s+)?$")
# Names of pots of money: "X Fund, with $1.5 million" is what the fund holds, not what it gives.
# An amount that sizes the pot a donor gives to ("Greece will contribute to a new €65 million fund") is the
# pot's, not the donor's.
_POT_BEFORE = re.compile(r"\b(?:to|into)\s+(?:a|an|the)\s+(?:new\s+|joint\s+|regional\s+|common\s+)?$", re.I)
_POT_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:fund|facility|programme|program|package|mechanism|pool|trust\s+fund)\b",
                        re.I)
_RECIPIENT = re.compile(r"\b(?:Fund|Facility|Programme|Program|Initiative|Mechanism|Window|Trust|Account)$")
PART_WINDOW = 6           # words either side of an amount where a part word makes it a share
_PROGRAMME = re.compile(r"[ \t]+((?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*)(?=[ \t]*(?:[a-z,.;:]|$))")

# The word boundaries stand once around the alternation rather than in every class: the same matches, twice
# as fast.
@lru_cache(maxsize=32)
def _event_regex(events: tuple[tuple[str, tuple[str, ...]], ...], lower: bool = False) -> tuple[re.Pattern | None,
                                                                                               dict[str, str]]:
    """One pattern for all event words, with a named group per class, and the class of each group name.
    ``lower``: the plain pattern for the lower-case text (scan.lowered), or None if the words are not
    ASCII."""
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


# A sentence that opens by dividing a total ("Of the total, …", "Of this, …") lists its parts.
_SHARES_OPENER = re.compile(r"\W*Of\s+(?:the|this|that)\s*(?:total|amount|sum|money|figure|pledges?)?\s*,", re.I)
# A phrase set off after an amount that describes it ("$250 million, the largest single commitment") is read
# with the amount's clause.
_APPOSITION = re.compile(r",\s+(?:the|its|their|by\s+far\s+the)\s")


def event_class(text: str, index: TextIndex, fact: FactDef, start: int, end: int,
                memo: dict | None = None) -> str | None:
    """The classes of the event words around ``[start, end)`` ("meeting", "meeting|disaster"), nearest first:
    those of its clause, else the nearest in its sentence; None without any. The same-event check compares a
    claim only when the story's main event class is among them ("pledged $3.2 billion on Monday ... after
    Typhoon Dalisay, at a donors' conference": a meeting date, though "Typhoon" is nearer)."""
    if not fact.events:
        return None
    low = lowered(text)
    regex, names = _event_regex(fact.events, lower=low is not None)
    if regex is None:
        regex, names = _event_regex(fact.events)
    within = text if low is None or regex.flags & re.IGNORECASE else low
    span = index.sentence(start)
    words = memoised(memo, ("events", fact.events, span.start, max(span.end, end)), lambda: [
        (m.start(), m.end(), names[m.lastgroup]) for m in regex.finditer(within, span.start, max(span.end, end))])
    clause = index.clause(start, end)
    ranked = sorted((start - w_end if w_end <= start else w_start - end, name, w_start)
                    for w_start, w_end, name in words if not start <= w_start < end)
    in_clause = [name for _, name, w_start in ranked if clause.start <= w_start < clause.end]
    chosen = in_clause or [name for _, name, _ in ranked[:1]]
    return "|".join(dict.fromkeys(chosen)) or None


def align_context(text: str, index: TextIndex, fact: FactDef, m: Mention, memo: dict | None = None,
                  alone: bool = False) -> AlignContext:
    """What aligns a claim with others, as far as ``fact.align_by`` asks: the event it is about; for money,
    who gives it and what for."""
    event = event_class(text, index, fact, m.start, m.end, memo) if "event" in fact.align_by else None
    donor = programme = None
    if "donor" not in fact.align_by and "programme" not in fact.align_by:
        return AlignContext(event=event)
    clause = index.clause(m.start, m.end)
    if "donor" in fact.align_by:
        gapped = _NAME_BEFORE_BRACKET.search(text, max(index.sentence(m.start).start, m.start - 60), m.start)
        if gapped and (gapped.group(1) or gapped.group(2)):
            donor = gapped.group(1) or gapped.group(2)    # "Germany pledged €12m and the Netherlands €6m"
        if donor is None and fact.donor_verbs:
            verbs = list(phrases_regex(fact.donor_verbs).finditer(text, clause.start, m.start))
            if verbs:
                run = _CAP_RUN.search(text, clause.start, verbs[-1].start())
                donor = run.group(0).strip().rstrip(".") if run else None
                if run and _MODIFIER_AFTER.match(text, run.end(), verbs[-1].start()):
                    donor = None                  # "Caribbean energy ministers committed": nobody in particular
                if run and _WHERE_BEFORE.search(text, max(0, run.start() - 12), run.start()):
                    donor = None                  # "donors meeting at Bayan Palace pledged": where, not who
        if donor is None:
            owner = _OWNER_BEFORE.search(text, max(clause.start, m.start - 60), m.start)
            donor = owner.group(1) if owner else None         # "Spain's €150 million"
        if donor is None and alone:
            sentence = index.sentence(m.start)
            owner = _OWNERS_SHARE.search(text, sentence.start, max(sentence.end, m.end))
            donor = owner.group(1) if owner else None         # "Britain's contribution ... was £25 million"

        if donor is None:
            owner = _NAME_BEFORE_BRACKET.search(text, max(index.sentence(m.start).start, m.start - 60), m.start)
            donor = next((g for g in owner.groups() if g), None) if owner else None
            if owner and owner.group(3) and _RECIPIENT.search(owner.group(3)):
                donor = None                      # "the launch of the Safety Fund, with $1.5 million": it receives
        label = label_span(text, m.start)
        if donor is None and label:
            own = _LABEL_SHARE.search(text, label.start, label.end)   # "- European Union contribution: €90m"
            if own and (own.start(1) > label.start or " " in own.group(1) or gazetteer().lookup(own.group(1))):
                donor = own.group(1)        # a name, not the label's first word ("Total pledges")
        if donor is None:
            after = _DONOR_AFTER.match(text, m.end)
            if after:
                run = _CAP_RUN.match(text, after.end())
                donor = run.group(0).strip().rstrip(".") if run else None
                if run and _AND_OTHERS.match(text, run.end()):
                    donor = None                  # "from the CDB and international partners": everyone's total
    if donor and _POT_BEFORE.search(text, max(0, m.start - 30), m.start) and _POT_AFTER.match(text, m.end):
        donor = None                              # "contribute to a new €65 million fund": the fund's size
    if donor and _PART_OF_TOTAL.search(text, max(0, m.start - 40), min(m.end, m.start + 12)):
        donor = None                              # "Australia's contribution forms part of a total of A$300 million"
    if "programme" in fact.align_by:
        prog = _PROGRAMME.match(text, m.end, min(len(text), m.end + 80))
        programme = prog.group(1) if prog else None
    part = False
    if fact.part_words:
        span = index.sentence(m.start) if alone else index.window(m.start, m.end, PART_WINDOW)
        regex = phrases_regex(fact.part_words)
        # "of which" makes a part of what follows it: "worth 34 million, of which X's share is 8"
        after = phrases_regex(tuple(w for w in fact.part_words if w not in ("of which", "of whom")))
        label = label_span(text, m.start)
        opener = _SHARES_OPENER.match(text, index.sentence(m.start).start)   # "Of the total, €310m are loans"
        apposition = _APPOSITION.match(text, m.end)
        reach = index.clause(apposition.end(), apposition.end()).end if apposition else clause.end
        part = bool(opener or regex.search(text, min(span.start, clause.start), m.start)
                    or after.search(text, m.end, max(min(span.end, reach), m.end))   # not past its clause
                    or (label and regex.search(text, label.start, label.end)))
        if part and fact.total_words:
            window = index.window(m.start, m.end, PART_WINDOW)
            totals = phrases_regex(fact.total_words)       # as far back as the part words were looked for
            part = not totals.search(text, min(window.start, clause.start), max(window.end, m.end))
    return AlignContext(event=event or None, donor=donor or None, programme=programme, part=part)
