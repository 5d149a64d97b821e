"""`checker eval`: precision and recall of a rule pack over a folder of labelled stories.

A stories folder holds one sub-folder per story: its articles and a ``gold.yml`` (see :mod:`checker.gold`).
Each story is analysed on its own (its articles are one story, whatever their front matter says), its
findings scored against its gold labels, and the counts summed: recall is required pairs found over required
pairs, precision is findings that match a required or allowed pair over all findings. Per fact and per rule
figures use the same counts restricted to that fact or rule (a required pair is credited to the rules whose
findings matched it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from checker.errors import InputError
from checker.gold import StoryScore, describe_finding, finding_matches, load_gold, score_findings
from checker.model.pack import Pack

GOLD_FILE = "gold.yml"


@dataclass
class Tally:
    """Counts behind one precision/recall pair."""

    required: int = 0
    hits: int = 0
    findings: int = 0
    good: int = 0

    @property
    def recall(self) -> float | None:
        return self.hits / self.required if self.required else None

    @property
    def precision(self) -> float | None:
        return self.good / self.findings if self.findings else None

    def to_dict(self) -> dict:
        return {"required": self.required, "hits": self.hits, "findings": self.findings, "good": self.good,
                "recall": _round(self.recall), "precision": _round(self.precision)}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass
class Evaluation:
    """The scores of every story, and the totals overall, per fact and per rule."""

    stories: list[StoryScore]
    overall: Tally = field(default_factory=Tally)
    by_fact: dict[str, Tally] = field(default_factory=dict)
    by_rule: dict[str, Tally] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "schema": "checker-eval/1",
            "overall": self.overall.to_dict(),
            "facts": {k: v.to_dict() for k, v in self.by_fact.items()},
            "rules": {k: v.to_dict() for k, v in self.by_rule.items()},
            "stories": [{
                "story": s.story,
                "required": len(s.required), "hits": sum(s.hit), "findings": len(s.findings), "good": s.good,
                "missed": [{"fact": f, "a": list(a), "b": list(b)} for (f, a, b), h in zip(s.required, s.hit)
                           if not h],
                "false_alarms": [describe_finding(f) for f in s.false],
            } for s in self.stories],
        }


def story_folders(root: str | Path) -> list[Path]:
    """The sub-folders of ``root`` that hold a gold file, in name order (a folder that is itself a story counts
    as one)."""
    root = Path(root)
    if not root.is_dir():
        raise InputError(f"no such folder: {root}")
    if (root / GOLD_FILE).is_file():
        return [root]
    folders = sorted(p for p in root.iterdir() if p.is_dir() and (p / GOLD_FILE).is_file())
    if not folders:
        raise InputError(f"no labelled stories in {root}: expected sub-folders holding a {GOLD_FILE}")
    return folders


# Given one story's folder and the pack, the findings of the report on it (JSON form).
Analyse = Callable[[Path, Pack], Sequence[dict]]


def evaluate_stories(root: str | Path, pack: Pack, analyse: Analyse, gold_file: str | Path | None = None
                     ) -> Evaluation:
    """Score every labelled story under ``root`` with ``pack`` (or ``root`` alone against ``gold_file``)."""
    scores = []
    if gold_file is not None:
        if not Path(root).exists():
            raise InputError(f"no such file or folder: {root}")
        folders = [(Path(root), Path(gold_file))]
    else:
        folders = [(f, f / GOLD_FILE) for f in story_folders(root)]
    for folder, gold_path in folders:
        gold = load_gold(gold_path)
        scores.append(score_findings(folder.name, list(analyse(folder, pack)), gold))
    return tally(scores, [r.id for r in pack.rules], list(pack.facts))


def tally(scores: list[StoryScore], rule_ids: Sequence[str] = (), facts: Sequence[str] = ()) -> Evaluation:
    """Sum story scores into overall, per-fact and per-rule counts."""
    result = Evaluation(scores, by_fact={f: Tally() for f in facts}, by_rule={r: Tally() for r in rule_ids})
    for s in scores:
        false_ids = {id(f) for f in s.false}
        for pair, hit in zip(s.required, s.hit):
            fact = result.by_fact.setdefault(pair[0], Tally())
            for t in (result.overall, fact):
                t.required += 1
                t.hits += hit
            rules = {f.get("rule") for f in s.findings if finding_matches(f, pair)}
            for rule in rules:
                t = result.by_rule.setdefault(str(rule), Tally())
                t.hits += 1
        for f in s.findings:
            good = id(f) not in false_ids
            for t in (result.overall, result.by_fact.setdefault(str(f.get("fact")), Tally()),
                      result.by_rule.setdefault(str(f.get("rule")), Tally())):
                t.findings += 1
                t.good += good
    # A rule's recall is over the required pairs of its fact.
    fact_of_rule = {}
    for s in scores:
        for f in s.findings:
            fact_of_rule.setdefault(str(f.get("rule")), str(f.get("fact")))
    for rule, t in result.by_rule.items():
        fact = fact_of_rule.get(rule)
        t.required = result.by_fact[fact].required if fact in result.by_fact else 0
    return result


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def render_text(result: Evaluation, verbose: bool = False) -> str:
    """The table a person reads, then one machine-readable line (``eval: ...``)."""
    lines = []
    width = max([len(s.story) for s in result.stories] + [5])
    lines.append(f"{'story':<{width}}  recall   precision")
    for s in result.stories:
        lines.append(f"{s.story:<{width}}  {sum(s.hit):>2}/{len(s.required):<3}   {s.good:>2}/{len(s.findings):<3}")
        if verbose:
            for (fact, a, b), hit in zip(s.required, s.hit):
                if not hit:
                    lines.append(f"    MISS  {fact} {list(a)} <> {list(b)}")
            for f in s.false:
                lines.append(f"    FALSE {describe_finding(f)}")
    lines.append("")
    lines.append(f"{'':<12} {'recall':>14} {'precision':>14}")
    for title, table in (("fact", result.by_fact), ("rule", result.by_rule)):
        lines.append(f"by {title}:")
        for name, t in table.items():
            lines.append(f"  {name:<22} {_pct(t.recall):>5} ({t.hits:>3}/{t.required:<3}) "
                         f"{_pct(t.precision):>5} ({t.good:>3}/{t.findings:<3})")
    o = result.overall
    lines.append("")
    lines.append(f"eval: stories={len(result.stories)} recall={_pct(o.recall)} ({o.hits}/{o.required}) "
                 f"precision={_pct(o.precision)} ({o.good}/{o.findings})")
    return "\n".join(lines) + "\n"


def render_json(result: Evaluation) -> str:
    """The evaluation as JSON (``checker-eval/1``)."""
    import json

    return json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n"
