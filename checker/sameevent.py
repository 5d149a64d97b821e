"""Same event? Which articles of a story report the same event, with a confidence.

Outlets that disagree on one detail usually report the same event; articles that disagree on when *and*
where, and agree on little else, are probably about different meetings (the Paris summit on Thursday and
a virtual call on a Tuesday). Before claims are compared, every pair of articles is scored from what their
claims share and where they clash, fact by fact, and from the people and distinctive names both mention:

- per fact, +agree when some claims of the two intersect and none contradict, -clash when they contradict
  and none agree (the weights say how much a fact identifies an event: a date or a place more than a count);
- shared people (rapidfuzz name matching) and shared distinctive capitalised names add to the score.

The score becomes a probability with the logistic function; articles join one event when linked by pairs
above one half (average linkage: an article joins the event it is on average most likely the same as).
Each event's confidence is the mean probability of its pairs; a pair across events keeps its reasons
("different date and place"), which the report shows beside findings between them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterator, Mapping, Sequence

from checker.align import identify_people
from checker.linkage import average_linkage
from checker.mentions.people import find_people, name_key
from checker.model.claims import Claim
from checker.model.dates import DateValue
from checker.positions import build_positions

# How much agreeing (first) or clashing (second) on a fact says about being the same event.
WEIGHTS: dict[str, tuple[float, float]] = {
    "date": (1.5, 2.0),
    "location": (1.0, 1.5),
    "chairs": (1.0, 1.0),
    "aid": (1.0, 0.5),
    "attendees": (0.5, 0.5),
}
DEFAULT_WEIGHT = (0.5, 0.5)
SHARED_NAME_WEIGHT = 0.25          # per distinctive name both articles mention, up to MAX_SHARED_NAMES
MAX_SHARED_NAMES = 4
# A participant one article names that the other never mentions ("alongside U.S. negotiators Steve Witkoff
# and Jared Kushner"), up to two.
OWN_PARTICIPANT_WEIGHT = 0.75
# Online against in person, and two dates each backed by two or more sources (two groups of outlets that
# agree among themselves: two meetings rather than one outlet's slip).
VIRTUAL_CLASH = 1.5
WEEKDAY_AGREE = 0.5
SPLIT_DATES = 2.0
BIAS = 1.0                          # articles grouped into one story are the same event unless the evidence says not
THRESHOLD = 0.5

WORDS_OF_FACT = {"date": "date", "location": "place", "chairs": "chairs", "aid": "amount", "attendees": "attendance"}


@dataclass(frozen=True)
class PairScore:
    """How likely two articles report the same event, and why."""

    a: str
    b: str
    probability: float
    agree: tuple[str, ...]
    clash: tuple[str, ...]
    shared: tuple[str, ...] = ()

    def reason(self) -> str:
        """ "different date and place: probably a different meeting" and the like."""
        if self.probability >= THRESHOLD:
            return "same event" + (f" (agree on {_words(self.agree)})" if self.agree else "")
        if self.clash:
            return f"different {_words(self.clash)}: probably a different event"
        return "little in common: probably a different event"


def _words(facts: Sequence[str]) -> str:
    names = [WORDS_OF_FACT.get(f, f) for f in facts]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


@dataclass
class Event:
    """Articles that report one event, and how sure the grouping is."""

    sources: list[str]
    confidence: float


PairFields = tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]


class PairScores(Mapping[tuple[str, str], PairScore]):
    """A story's scored pairs, each :class:`PairScore` made when asked for: a story of 500 articles has 124,750
    pairs, and making them all would cost more than scoring them."""

    def __init__(self, fields: dict[tuple[str, str], PairFields]) -> None:
        self._fields = fields

    def __getitem__(self, key: tuple[str, str]) -> PairScore:
        return PairScore(key[0], key[1], *self._fields[key])

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._fields)

    def __len__(self) -> int:
        return len(self._fields)

    def __repr__(self) -> str:
        return f"PairScores({dict(self.items())!r})"


@dataclass
class EventSplit:
    """The events of a story and the scored pairs behind them."""

    events: list[Event]
    pairs: Mapping[tuple[str, str], PairScore] = field(default_factory=dict)

    def event_of(self, source: str) -> int:
        for i, e in enumerate(self.events):
            if source in e.sources:
                return i
        return -1

    def pair(self, a: str, b: str) -> PairScore | None:
        return self.pairs.get((a, b)) or self.pairs.get((b, a))

    def between(self, i: int, j: int) -> PairScore | None:
        """The most telling pair across two events: the one least likely to be the same event."""
        scores = [self.pair(a, b) for a in self.events[i].sources for b in self.events[j].sources]
        scores = [s for s in scores if s is not None]
        return min(scores, key=lambda s: s.probability) if scores else None


Relation = Callable[[Any, Any], bool]


def date_clash_weight(xs: Sequence[DateValue], ys: Sequence[DateValue]) -> float:
    """How strongly two articles' clashing dates say they report different events: a day or two apart is the
    usual slip of one outlet (a weekday misread); a week or more, or two different weekdays that nothing
    places, more likely another meeting."""
    def days(values: Sequence[DateValue]) -> set:
        return {d for v in values if v.days for d in v.days}

    da, db = days(xs), days(ys)
    if da and db:
        gap = min(abs((x - y).days) for x in da for y in db)
    elif da or db:
        known = da or db
        weekdays = {v.weekday if v.weekday is not None else v.stated_weekday for v in (ys if da else xs)}
        weekdays.discard(None)
        if not weekdays:
            return 1.5
        gap = min(min((w - d.weekday()) % 7, (d.weekday() - w) % 7) for d in known for w in weekdays)
    else:
        return 1.5
    return 0.75 if gap <= 3 else 1.5 if gap <= 10 else 3.0


def score_pair(a: str, b: str, claims_a: Sequence[Claim], claims_b: Sequence[Claim], compatible: Relation,
               names_a: frozenset[str] = frozenset(), names_b: frozenset[str] = frozenset(),
               own_a: frozenset[str] = frozenset(), own_b: frozenset[str] = frozenset(),
               split_pairs: frozenset[tuple[str, str]] = frozenset()) -> PairScore:
    """The same-event probability of two articles from their claims (``compatible``: whether two values can
    both be true), the distinctive names both mention, and the participants each names that the other never
    mentions (``own_a``, ``own_b``)."""
    split = (a, b) in split_pairs or (b, a) in split_pairs
    return PairScore(a, b, *_finish(fact_score(claims_a, claims_b, compatible), names_a, names_b,
                                    min(len(own_a) + len(own_b), 2), split))


FactScore = tuple[float, tuple[str, ...], tuple[str, ...]]


def fact_score(claims_a: Sequence[Claim], claims_b: Sequence[Claim], compatible: Relation) -> FactScore:
    """What two articles' claims say, fact by fact: the score so far, the facts they agree and clash on."""
    score = BIAS
    agree, clash = [], []
    facts = sorted({c.fact for c in claims_a} & {c.fact for c in claims_b})
    for fact in facts:
        xs = [c.value for c in claims_a if c.fact == fact]
        ys = [c.value for c in claims_b if c.fact == fact]
        results = [compatible(x, y) for x in xs for y in ys]
        w_agree, w_clash = WEIGHTS.get(fact, DEFAULT_WEIGHT)
        if results and all(results):
            if fact == "date" and not any(v.days for v in xs + ys):
                w_agree = WEEKDAY_AGREE              # "on Tuesday" and "on Tuesday": any Tuesday
            score += w_agree
            agree.append(fact)
        elif results and not any(results):
            if all(isinstance(v, DateValue) for v in xs + ys):
                w_clash = date_clash_weight(xs, ys)
            elif any(getattr(v, "virtual", False) for v in xs + ys):
                w_clash = VIRTUAL_CLASH          # online against in person: rarely one outlet's slip
            score -= w_clash
            clash.append(fact)
    return score, tuple(agree), tuple(clash)


def _finish(facts: FactScore, names_a: frozenset[str], names_b: frozenset[str], own: int, split: bool
            ) -> PairFields:
    """The probability, agreements, clashes and shared names of a pair from its :func:`fact_score`, the names
    of each, how many own participants (up to 2) and whether two groups of sources date them apart."""
    score, agree, clash = facts
    if split:
        score -= SPLIT_DATES
        if "date" not in clash:
            clash = clash + ("date",)
    shared = sorted(names_a & names_b)
    score += SHARED_NAME_WEIGHT * min(len(shared), MAX_SHARED_NAMES)
    score -= OWN_PARTICIPANT_WEIGHT * own
    probability = 1 / (1 + math.exp(-score))
    return round(probability, 3), agree, clash, tuple(shared[:MAX_SHARED_NAMES])


_NAME = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:of[ \t]+|de[ \t]+|the[ \t]+)?[A-ZÀ-Þ][\w'’-]+)+")


def distinctive_names(text: str, common: frozenset[str] = frozenset()) -> frozenset[str]:
    """Multi-word capitalised names in a text ("Steve Witkoff", "Asian Development Bank"), lower-cased, less
    those in ``common`` (names every article of the story mentions say nothing about which event)."""
    found = set()
    for m in _NAME.finditer(text):
        words = m.group(0).split()
        if len(words) > 5:
            continue
        found.add(" ".join(w.lower() for w in words))
    return frozenset(found - common)


# The lookahead (the words' first letters) lets the search skip most of a text at once: twice as fast.
_TAKING_PART = re.compile(r"(?=[jatpn])\b(?:join(?:s|ed|ing)?|attend(?:s|ed|ing)?|alongside|together\s+with|"
                          r"accompanied\s+by|took\s+part|take\s+part|participat\w*|negotiators?)\b", re.I)


def participants(text: str) -> frozenset[str]:
    """People an article names as taking part ("will join more than 27 leaders ..., alongside U.S. negotiators
    Steve Witkoff and Jared Kushner"): full names in sentences that say someone joins or attends."""
    out: set[str] = set()
    if not _TAKING_PART.search(text):
        return frozenset(out)         # no sentence can say so (most articles of a story of local news)
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        if _TAKING_PART.search(sentence):
            out.update(p.value.name for p in find_people(sentence) if len(p.value.name.split()) >= 2)
    return frozenset(out)


def dated_groups(claims: Sequence[Claim], compatible: Relation) -> frozenset[tuple[str, str]]:
    """Pairs of articles on either side of a date disagreement that two or more sources back on each side."""
    found = [p for p in build_positions([c for c in claims if isinstance(c.value, DateValue)], compatible)
             if p.support >= 2]
    out = set()
    for i, x in enumerate(found):
        for y in found[i + 1:]:
            if any(not compatible(a, b) for a in x.values.values() for b in y.values.values()):
                sx, sy = set(x.sources), set(y.sources)
                out.update((a, b) for a in sx - sy for b in sy - sx)
    return frozenset(out)


def lead_claims(claims: Sequence[Claim], text: str) -> list[Claim]:
    """An article's claims that describe its event: per fact, those of its lead (the first sentences, which
    news writes to say what happened, when and where), else all. "The Paris summit" later in a report on a
    virtual follow-up call does not make the call a Paris meeting."""
    lead_end = _lead_end(text)
    out = []
    for fact in dict.fromkeys(c.fact for c in claims):
        own = [c for c in claims if c.fact == fact]
        early = [c for c in own if c.start < lead_end]
        out.extend(early or own)
    return out


def _lead_end(text: str) -> int:
    """Where the lead ends: after the first three sentences of six words or more."""
    count = 0
    for m in re.finditer(r"[^.!?\n]+[.!?]?", text):
        if len(m.group(0).split()) >= 6:
            count += 1
            if count == LEAD_SENTENCES:
                return m.end()
    return len(text)


LEAD_SENTENCES = 3


def _own_participants(sources: Sequence[str], people: Mapping[str, frozenset[str]], texts: Mapping[str, str]
                      ) -> Callable[[str, str], int]:
    """How many participants (up to 2) two articles name whose surname the other never writes."""
    if not any(people.values()):
        return lambda a, b: 0
    # Whole articles bypass name_key's cache: each is read once, and would crowd out the names it keeps.
    lowered = {s: f" {name_key.__wrapped__(texts.get(s, ''))} " for s in sources}
    surnames = {s: [f" {name_key(n).split()[-1]} " for n in people[s]] for s in sources}

    def own(a: str, b: str) -> int:
        return min(sum(k not in lowered[b] for k in surnames[a]) + sum(k not in lowered[a] for k in surnames[b]), 2)
    return own


# From this many articles in a story, pairs of articles with equal claims and names share one score (below, the
# keys cost more than they save).
SHARED_SCORES_FROM = 7


def _value_key(value: Any) -> tuple[type, str]:
    """Tells values apart by every field, less the sentence a count was read in (``Count.sentence_tag``,
    which says which counts one sentence co-states; comparing two values never reads it)."""
    if getattr(value, "sentence_tag", None):
        value = replace(value, sentence_tag=())
    return type(value), repr(value)


def _pair_scorer(sources: Sequence[str], by_source: Mapping[str, Sequence[Claim]],
                 names: Mapping[str, frozenset[str]], compatible: Relation
                 ) -> Callable[[str, str, int, bool], PairFields]:
    """Scores a pair of a story's articles (see :func:`score_pair`) given its own participants and date split.
    In a large story most articles say the same things: values are told apart by type and ``repr`` (every
    field), and a score is computed once per pair of distinct claim lists and names."""
    if len(sources) < SHARED_SCORES_FROM:
        return lambda a, b, own, split: _finish(fact_score(by_source[a], by_source[b], compatible), names[a],
                                                names[b], own, split)
    value_keys: dict[tuple[type, str], int] = {}
    value_id = {id(c.value): value_keys.setdefault(_value_key(c.value), len(value_keys))
                for cs in by_source.values() for c in cs}
    claim_keys: dict[tuple, int] = {}
    sig = {s: claim_keys.setdefault(tuple((c.fact, value_id[id(c.value)]) for c in by_source[s]), len(claim_keys))
           for s in sources}
    name_keys: dict[frozenset[str], int] = {}
    name_id = {s: name_keys.setdefault(names[s], len(name_keys)) for s in sources}
    kinds: dict[tuple[int, int], int] = {}
    kind = {s: kinds.setdefault((sig[s], name_id[s]), len(kinds)) for s in sources}
    known: dict[tuple[int, int], bool] = {}
    facts: dict[tuple[int, int], FactScore] = {}
    done: dict[tuple[int, int, int, bool], PairFields] = {}

    def same(x: Any, y: Any) -> bool:
        key = (value_id[id(x)], value_id[id(y)])
        if key not in known:
            known[key] = compatible(x, y)
        return known[key]

    def score(a: str, b: str, own: int, split: bool) -> PairFields:
        key = (kind[a], kind[b], own, split)
        fields = done.get(key)
        if fields is None:
            pair = (sig[a], sig[b])
            if pair not in facts:
                facts[pair] = fact_score(by_source[a], by_source[b], same)
            fields = done[key] = _finish(facts[pair], names[a], names[b], own, split)
        return fields
    return score


def split_events(sources: Sequence[str], claims: Sequence[Claim], compatible: Relation,
                 texts: Mapping[str, str] | None = None) -> EventSplit:
    """Group a story's articles (distinct names) into events (average linkage over pair probabilities)."""
    by_source: dict[str, list[Claim]] = {s: [] for s in sources}
    for c in identify_people(list(claims)):
        by_source.setdefault(c.source, []).append(c)
    if texts:
        by_source = {s: lead_claims(cs, texts.get(s, "")) for s, cs in by_source.items()}
    names: dict[str, frozenset[str]] = {s: frozenset() for s in sources}
    if texts:
        raw = {s: distinctive_names(texts.get(s, "")) for s in sources}
        everywhere = frozenset.intersection(*raw.values()) if len(raw) > 2 else frozenset()
        names = {s: raw[s] - everywhere for s in sources}
    people = {s: participants(texts.get(s, "")) for s in sources} if texts else {}
    own = _own_participants(sources, people, texts) if texts and len(sources) > 1 else None
    split_pairs = dated_groups(claims, compatible)
    score = _pair_scorer(sources, by_source, names, compatible)
    pairs: dict[tuple[str, str], PairFields] = {}
    prob = [[0.0] * len(sources) for _ in sources]
    for i, a in enumerate(sources):
        for j, b in enumerate(sources[i + 1:], i + 1):
            split = bool(split_pairs) and ((a, b) in split_pairs or (b, a) in split_pairs)
            pairs[(a, b)] = fields = score(a, b, own(a, b) if own else 0, split)
            prob[i][j] = prob[j][i] = fields[0]
    index = {s: i for i, s in enumerate(sources)}
    clusters = [[sources[i] for i in members] for members in average_linkage(prob, THRESHOLD)]
    events = []
    for members in sorted(clusters, key=lambda m: min(index[s] for s in m)):
        members.sort(key=index.__getitem__)
        at = [index[s] for s in members]
        inner = [prob[a][b] for i, a in enumerate(at) for b in at[i + 1:]]
        if inner:
            confidence = sum(inner) / len(inner)
        else:                                   # alone: how sure it is no other article's event
            others = [prob[at[0]][index[s]] for s in sources if s != members[0]]
            confidence = 1 - max(others) if others else 1.0
        events.append(Event(members, round(confidence, 2)))
    return EventSplit(events, PairScores(pairs))
