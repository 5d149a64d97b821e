"""The rule pack as the pipeline uses it: fact definitions, rules and pack-wide settings (loaded and
validated by :mod:`checker.pack`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

SEVERITIES = ("error", "warning", "info")
MENTION_KINDS = ("date", "count", "money", "people", "place", "virtual")
PLACE_TYPES = ("city", "state", "country", "continent", "venue")
DEFAULT_PLACE_TYPES = PLACE_TYPES[:4]     # a venue (a building no gazetteer knows) only where a pack asks for it

@dataclass(frozen=True)
class Cue:
    """Words looked for around a mention, in a clause, the sentence or a window of words."""

    words: tuple[str, ...]
    scope: str = "clause"
    window: int = 8


@dataclass(frozen=True)
class EntityKey:
    """A fact about a named entity (the age of a person): each claim is keyed by the name written with it, and
    claims are compared per entity. The name stands before the mention with one of ``before`` between
    ("Jane Doe, 19"; "Doe, who was 34"), or after it with one of ``after`` and up to ``gap`` lower-case words
    between ("19-year-old Jane Doe", "19-year-old student Jane Doe")."""

    entity: str = "person"
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    gap: int = 2


@dataclass(frozen=True)
class FactDef:
    """How one fact is picked out of the mentions of an article."""

    name: str
    about: str
    mentions: tuple[str, ...]
    cues: Cue | None = None
    exclude: tuple[Cue, ...] = ()              # words that take a mention out, each list in its own scope
    not_after: tuple[str, ...] = ()
    only_after: tuple[str, ...] = ()
    or_before: tuple[str, ...] = ()
    anchored: frozenset[str] = frozenset(MENTION_KINDS)   # mention kinds only_after/or_before apply to
    other_event: tuple[str, ...] = ()         # regular expressions
    other_event_in_clause: tuple[str, ...] = ()   # the same, read only in the mention's own clause
    same_as_previous: tuple[str, ...] = ()    # openers that refer back to the sentence before ("That meeting")
    apart_previous: tuple[str, ...] = ()      # openers that set the sentence before apart ("It is a separate deal")
    units: frozenset[str] = frozenset()
    unit_classes: tuple[tuple[str, str], ...] = ()          # (unit word, class): classes compare apart
    unit_window: int = 3
    asides: tuple[str, ...] = ()              # openers of a sentence about another moment ("Earlier, on Tuesday")
    subject_class: str = ""                   # the class of a plural noun that is the subject of ``subject_verbs``
    subject_verbs: tuple[str, ...] = ()       # "fewer than 100 journalists turned up": any noun takes part
    labels: tuple[str, ...] = ()              # a line labelled so ("Venue: ...", "| Total pledges | ...") holds claims
    roles: tuple[str, ...] = ()               # a person with one of these in brackets after the name: "X (mediator)"
    unit_pairs: tuple[tuple[str, str], ...] = ()   # classes that count the same thing (one minister a country)
    place_types: frozenset[str] = frozenset(DEFAULT_PLACE_TYPES)   # the pack's ``place_kinds``
    max_span_days: int | None = None          # dates spanning more days than this are not claims
    events: tuple[tuple[str, tuple[str, ...]], ...] = ()   # event classes: (name, words)
    align_by: tuple[str, ...] = ()
    align_threshold: float = 80.0
    donor_verbs: tuple[str, ...] = ()
    part_words: tuple[str, ...] = ()          # words that make an amount one donor's share or another pot
    total_words: tuple[str, ...] = ()         # … unless these say it is the total ("totalling", "in all")
    generic_donors: frozenset[str] = frozenset()   # donors that name no one in particular ("donors")
    anchor_gap: int = 0                       # words that may stand between a mention and its only_after/or_before
    not_before: tuple[str, ...] = ()          # phrases that may not come right after the mention ("-year-old")
    per: EntityKey | None = None              # a fact about each named person, compared per person
    where: str = ""


@dataclass(frozen=True)
class RuleDef:
    """One rule: compare the claims of ``fact`` with the rule ``kind``."""

    id: str
    kind: str
    fact: str
    severity: str
    message: str
    options: dict
    description: str = ""
    where: str = ""


# Claims read from one article at most, unless the pack's settings say otherwise (limits.claims_per_article).
MAX_CLAIMS = 1000


@dataclass(frozen=True)
class Settings:
    """Pack-wide semantics: how wide vague qualifiers are, how currencies compare."""

    approx: float = 0.10
    up_to_floor: float = 0.0
    round_money: float = 0.0      # an unqualified round amount ("$400m") reads as rounded by this share either way
    base_currency: str = "USD"
    rates_as_of: str = ""
    assume: dict = field(default_factory=dict)
    local: dict = field(default_factory=dict)      # a bare unit in a country's story: {"Rupee": {"MU": "MUR"}}
    rates: dict = field(default_factory=dict)
    borrow_year: bool = True
    past_only: bool = False       # the events have happened: no date after an article's publication
    max_claims: int = MAX_CLAIMS         # claims read from one article at most (settings: limits)

    def to_base(self, currency: str) -> float | None:
        """Units of the base currency per unit of ``currency`` (None when the pack has no rate)."""
        code = self.assume.get(currency, currency)
        if code == self.base_currency:
            return 1.0
        return self.rates.get(code)

    def resolve_currency(self, currency: str) -> str:
        return self.assume.get(currency, currency)


@dataclass(frozen=True)
class Pack:
    """A loaded, validated rule pack."""

    path: str
    settings: Settings
    facts: dict[str, FactDef]
    rules: tuple[RuleDef, ...]

    def rules_for(self, fact: str) -> list[RuleDef]:
        return [r for r in self.rules if r.fact == fact]

    def only(self, rule_ids: Iterable[str]) -> "Pack":
        """The same pack with only the named rules (for rule tests)."""
        wanted = set(rule_ids)
        return Pack(self.path, self.settings, self.facts, tuple(r for r in self.rules if r.id in wanted))
