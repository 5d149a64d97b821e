"""Rule test cases as data (in the style of sqlfluff's rule fixtures).

A rule pack may hold a ``tests/`` folder of YAML files, one per rule kind, each with cases:

.. code-block:: yaml

    kind: disjoint
    cases:
      - name: two weekdays for one summit
        rule: date-conflict               # a rule of the pack, with the pack's fact definition
        articles:
          a: "The summit took place in Paris on Thursday."
          b: {text: "The summit took place in Paris on Tuesday.", published: 2025-09-03}
          c: {title: "Summit in Paris on Tuesday", text: "..."}   # a headline is read before the text
        expect:
          - [Thursday, Tuesday]           # a finding with these two quotes on opposite sides
      - name: the kind on its own
        rule:                             # a rule written here: its kind (default: the file's), the fact
          fact: {mentions: [count]}       # it compares (a fact of the pack, or a definition of its own:
          options: {within_source: false} # here every count is a claim), severity, message, options
        articles: {a: "...", b: "..."}
        expect: []                        # no finding

The articles of a case form one story; only the case's rule runs. A case passes when every expected pair is
matched by a finding of that rule and there are no other findings of it. An inline rule is checked when the
file is loaded (``file:line`` errors, as in a pack), a fact it names when the case runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from checker.errors import CheckerError, ConfigError
from checker.model.documents import Document
from checker.model.pack import FactDef, Pack, RuleDef
from checker.pack import load_pack
from checker.pack.loader import fact_def, rule_def, rule_kind
from checker.pack.schema import FACT_SCHEMA, INLINE_RULE_SCHEMA, validate
from checker.pipeline import analyse
from checker.sources import parse_published
from checker.yamlsrc import YamlDoc, load_yaml

INLINE_FACT = "inline"      # the name of a fact defined in a case


@dataclass(frozen=True)
class CaseResult:
    where: str
    name: str
    kind: str
    ok: bool
    detail: str = ""


@dataclass(frozen=True)
class InlineRule:
    """A rule written in a case: the rule, and the fact definition written with it (None: the rule compares
    a fact of the pack, named by ``rule.fact``)."""

    rule: RuleDef
    fact: FactDef | None = None


def load_cases(path: Path) -> tuple[str, list[tuple[str, dict]]]:
    """The kind a case file tests and its cases, each with its ``file:line``. A rule written in a case is
    checked now, and the case's ``rule`` becomes an :class:`InlineRule`."""
    doc = load_yaml(path)
    data = doc.data
    if not isinstance(data, dict) or "cases" not in data or not isinstance(data["cases"], list):
        raise ConfigError(f"{path}:1: a rule test file needs 'kind' and a list of 'cases'")
    kind = str(data.get("kind", ""))
    out = []
    for i, case in enumerate(data["cases"]):
        if not isinstance(case, dict) or not {"name", "rule", "articles", "expect"} <= set(case):
            raise doc.error(("cases", i), "a case needs name, rule, articles and expect")
        if isinstance(case["rule"], dict):
            case = {**case, "rule": _inline_rule(doc, ("cases", i, "rule"), case["rule"], kind)}
        out.append((doc.where(("cases", i)), case))
    return kind, out


def _inline_rule(doc: YamlDoc, path: tuple, body: dict, file_kind: str) -> InlineRule:
    validate(doc, INLINE_RULE_SCHEMA, body, path, "inline rule")
    body = {"kind": file_kind, "severity": "error", **body}
    rid = body.get("id") or f"{body['kind']}-case"
    rule_kind(doc, path, rid, body["kind"])
    fact = body["fact"]
    if isinstance(fact, dict):
        validate(doc, FACT_SCHEMA, fact, path + ("fact",), f"rule '{rid}' fact")
        definition = fact_def(doc, INLINE_FACT, fact, path + ("fact",))
        return InlineRule(rule_def(doc, path, rid, body, INLINE_FACT), definition)
    return InlineRule(rule_def(doc, path, rid, body, fact))


def run_case(pack: Pack, case: dict, where: str, kind: str) -> CaseResult:
    name = str(case["name"])
    rule = case["rule"]
    if isinstance(rule, InlineRule):
        facts = {rule.fact.name: rule.fact} if rule.fact else \
            {rule.rule.fact: pack.facts[rule.rule.fact]} if rule.rule.fact in pack.facts else None
        if facts is None:
            return CaseResult(where, name, kind, False, f"no fact '{rule.rule.fact}' in the pack")
        rule_pack = Pack(pack.path, pack.settings, facts, (rule.rule,))
        rule = rule.rule
    elif rule in {r.id for r in pack.rules}:
        rule = next(r for r in pack.rules if r.id == case["rule"])
        rule_pack = pack.only([rule.id])
    else:
        return CaseResult(where, name, kind, False, f"no rule '{rule}' in the pack")
    if kind and rule.kind != kind:
        return CaseResult(where, name, kind, False, f"rule '{rule.id}' is of kind '{rule.kind}', not '{kind}'")
    docs = []
    for doc_id, body in case["articles"].items():
        body = body if isinstance(body, dict) else {"text": body}
        title = str(body["title"]).strip() if body.get("title") else ""
        text = (title + "\n\n" if title else "") + str(body["text"])      # a headline is read as sources do
        docs.append(Document(id=str(doc_id), path=f"<case {doc_id}>", text=text, story="case", title=title or None,
                             published=parse_published(body.get("published"), where),
                             headline=len(title) + 2 if title else 0))
    try:
        report = analyse(docs, rule_pack)
    except CheckerError as exc:
        return CaseResult(where, name, kind, False, str(exc))
    findings = [f for f in report.findings if f.rule == rule.id]
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
