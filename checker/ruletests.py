"""Rule test cases as data (in the style of sqlfluff's rule fixtures).

A rule pack may hold a ``tests/`` folder of YAML files, one per rule kind, each with cases:

.. code-block:: yaml

    kind: disjoint
    cases:
      - name: two weekdays for one summit
        rule: date-conflict
        articles:
          a: "The summit took place in Paris on Thursday."
          b: {text: "The summit took place in Paris on Tuesday.", published: 2025-09-03}
        expect:
          - [Thursday, Tuesday]       # a finding with these two quotes on opposite sides
      - name: the same day written two ways
        rule: date-conflict
        articles: {a: "...", b: "..."}
        expect: []                    # no finding

The articles of a case form one story; only the case's rule runs. A case passes when every expected pair is
matched by a finding of that rule and there are no other findings of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from checker.errors import CheckerError, ConfigError
from checker.pack import load_pack
from checker.model.pack import Pack
from checker.pipeline import analyse
from checker.sources import parse_published
from checker.model.documents import Document
from checker.yamlsrc import load_yaml


@dataclass(frozen=True)
class CaseResult:
    where: str
    name: str
    kind: str
    ok: bool
    detail: str = ""


def load_cases(path: Path) -> tuple[str, list[tuple[str, dict]]]:
    """The kind a case file tests and its cases, each with its ``file:line``."""
    doc = load_yaml(path)
    data = doc.data
    if not isinstance(data, dict) or "cases" not in data or not isinstance(data["cases"], list):
        raise ConfigError(f"{path}:1: a rule test file needs 'kind' and a list of 'cases'")
    out = []
    for i, case in enumerate(data["cases"]):
        if not isinstance(case, dict) or not {"name", "rule", "articles", "expect"} <= set(case):
            raise doc.error(("cases", i), "a case needs name, rule, articles and expect")
        out.append((doc.where(("cases", i)), case))
    return str(data.get("kind", "")), out


def run_case(pack: Pack, case: dict, where: str, kind: str) -> CaseResult:
    name = str(case["name"])
    rule_id = case["rule"]
    if rule_id not in {r.id for r in pack.rules}:
        return CaseResult(where, name, kind, False, f"no rule '{rule_id}' in the pack")
    rule = next(r for r in pack.rules if r.id == rule_id)
    if kind and rule.kind != kind:
        return CaseResult(where, name, kind, False, f"rule '{rule_id}' is of kind '{rule.kind}', not '{kind}'")
    docs = []
    for doc_id, body in case["articles"].items():
        body = body if isinstance(body, dict) else {"text": body}
        docs.append(Document(id=str(doc_id), path=f"<case {doc_id}>", text=str(body["text"]), story="case",
                             published=parse_published(body.get("published"), where)))
    try:
        report = analyse(docs, pack.only([rule_id]))
    except CheckerError as exc:
        return CaseResult(where, name, kind, False, str(exc))
    findings = [f for f in report.findings if f.rule == rule_id]
    expected = [tuple(pair) for pair in case["expect"] or []]
    missing = [pair for pair in expected if not any(_matches(f, pair) for f in findings)]
    extra = [f for f in findings if not any(_matches(f, pair) for pair in expected)]
    if missing or extra:
        shown = "; ".join(" vs ".join("/".join(c.text for c in side) for side in f.sides) for f in extra)
        detail = (f"missing {missing}" if missing else "") + (" " if missing and extra else "") + (
            f"unexpected: {shown}" if extra else "")
        return CaseResult(where, name, kind, False, detail)
    return CaseResult(where, name, kind, True)


def _matches(finding, pair: tuple) -> bool:
    a, b = (str(p).lower() for p in pair)
    texts = [[c.text.lower() for c in side] for side in finding.sides]
    return any(any(a in t for t in texts[i]) and any(b in t for t in texts[1 - i]) for i in (0, 1))


def run_pack_tests(folder: str | Path) -> list[CaseResult]:
    """Every case in ``folder/tests/*.yml`` against the pack in ``folder``."""
    folder = Path(folder)
    pack = load_pack(folder)
    files = sorted((folder / "tests").glob("*.yml"))
    if not files:
        raise ConfigError(f"{folder}: no test cases (tests/*.yml)")
    results = []
    for path in files:
        kind, cases = load_cases(path)
        for where, case in cases:
            results.append(run_case(pack, case, where, kind))
    return results
