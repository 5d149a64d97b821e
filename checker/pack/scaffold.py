"""`checker rules new NAME`: a new rule pack folder to start from, with a fact of each common shape, its rules
and a test file whose cases pass, so that `checker rules test NAME` is green from the first minute."""

from __future__ import annotations

from pathlib import Path

from checker.atomic import atomic_write_text
from checker.errors import InputError

FACTS = """\
# Facts of the pack: what is picked out of an article, and how (README, "Write your own pack").
facts:
  date:
    about: when the incident happened
    mentions: [date]
    max_span_days: 14                 # a date spanning more days ("in 2019") is background
    cues:                             # a cue word must stand in the same sentence
      scope: sentence
      words: [fire, blaze, "burn*"]
    not_after: [since, until, said]   # "said Tuesday" is when someone spoke

  injured:
    about: how many people were hurt
    mentions: [count]
    anchor_gap: 3                     # "Two firefighters were injured": up to 3 words before the anchor
    or_before: [injured, hurt]        # the count must come before one of these …
    only_after: [injuring]            # … or after one of these
    not_before: ["-year-old", "of"]   # "a 19-year-old was hurt", "two of the injured": no count

  age:
    about: how old each named person is
    mentions: [count]
    per:                              # a fact about a named person, compared per person
      entity: person
      before: [",", ", who was"]      # "Jane Doe, 34," / "Doe, who was 34"
      after: ["-year-old"]            # "34-year-old Jane Doe"
"""

RULES = """\
rules:
  - id: date-conflict
    kind: disjoint
    fact: date
    severity: error
    options: {within_source: false}
  - id: injured-conflict
    kind: disjoint
    fact: injured
    severity: error
    message: "{a.sources} say {a.values} hurt ({a.quotes}); {b.sources} say {b.values} ({b.quotes})"
    options: {within_source: false, may_rise: true}
  - id: age-conflict
    kind: disjoint
    fact: age
    severity: warning
    options: {within_source: false, rise_per_year: 1}
"""

TESTS = """\
kind: disjoint
cases:
  - name: two counts of the injured
    rule: injured-conflict
    articles:
      a: "Two firefighters were injured in the blaze."
      b: "Four firefighters were hurt in the blaze."
    expect:
      - [Two firefighters were injured, Four firefighters were hurt]
  - name: a count that rises in a later article is a change
    rule: injured-conflict
    articles:
      a: {text: "Two people were hurt in the fire.", published: 2025-03-01}
      b: {text: "Three people were hurt in the fire.", published: 2025-03-03}
    expect: []
  - name: two ages of one person
    rule: age-conflict
    articles:
      a: "Jane Doe, 34, was hurt in the fire."
      b: "The fire injured 35-year-old Jane M. Doe."
    expect:
      - ["34", "35"]
"""


def new_pack(folder: str | Path) -> list[Path]:
    """Write a new pack into ``folder`` (which must not exist or be empty); the files written."""
    root = Path(folder)
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise InputError(f"{root}: already exists and is not an empty folder")
    (root / "tests").mkdir(parents=True, exist_ok=True)
    files = {root / "facts.yml": FACTS, root / "rules.yml": RULES, root / "tests" / "disjoint.yml": TESTS}
    for path, text in files.items():
        atomic_write_text(path, text)
    return list(files)
