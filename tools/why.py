"""Why is (or isn't) a piece of an article a claim? A rule writer's debugging aid.

    python tools/why.py ARTICLE PIECE [--fact FACT] [--rules DIR]

Prints the mentions that overlap PIECE and, for each fact that reads their kind, every acceptance test
with its outcome (lead words, question, other event, exclusions, cues) and the claim made, if any.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from checker.facts.accept import line_label, scope_has
from checker.facts.claims import extract_claims
from checker.facts.cues import cued_sentences, where_used
from checker.facts.phrases import ends_with, starts_with, user_regex
from checker.mentions import extract_mentions
from checker.pack.loader import load_pack
from checker.sources import load_documents
from checker.text import TextIndex

DEFAULT_RULES = Path(__file__).resolve().parent.parent / "rules"


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 240 else text[:240] + "…"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("article")
    ap.add_argument("piece")
    ap.add_argument("--fact")
    ap.add_argument("--rules", default=str(DEFAULT_RULES))
    a = ap.parse_args()
    pack = load_pack(Path(a.rules))
    (doc,) = load_documents([Path(a.article)])
    text = doc.text
    at = text.find(a.piece)
    if at < 0:
        raise SystemExit(f"piece not found: {a.piece!r}")
    end = at + len(a.piece)
    index = TextIndex(text)
    kinds = frozenset(k for f in pack.facts.values() for k in f.mentions if k != "people")
    cued = cued_sentences(text, index, pack)
    mentions = extract_mentions(text, doc.published, kinds, where_used(text, index, pack, kinds, cued))
    near = [m for m in mentions if m.start < end and m.end > at]
    all_near = [m for m in extract_mentions(text, doc.published, kinds) if m.start < end and m.end > at]
    print("sentence:", repr(text[index.sentence(at).start:index.sentence(at).end]))
    print("clause:  ", repr(text[index.clause(at, end).start:index.clause(at, end).end]))
    for m in all_near:
        print(f"mention {m.kind} {m.text!r} [{m.start},{m.end}) value={_short(m.value)}"
              + ("" if m in near else "   (NOT scanned where used)"))
    for m in near:
        for fact in pack.facts.values():
            if m.kind not in fact.mentions or (a.fact and fact.name != a.fact):
                continue
            s, e = m.start, m.end
            sentence = index.sentence(s)
            tests = {
                "not_after hit": bool(fact.not_after and ends_with(fact.not_after).search(text, max(0, s - 40), s)),
                "labelled": bool(fact.labels) and line_label(text, s, fact.labels),
                "only_after ok": bool(fact.only_after and ends_with(fact.only_after).search(text, max(0, s - 40), s)),
                "or_before ok": bool(fact.or_before and starts_with(fact.or_before).match(text[e:e + 40])),
                "other_event": bool(fact.other_event and user_regex(fact.other_event).search(
                    text, sentence.start, max(sentence.end, e))),
                "excluded": [c.words[:3] for c in fact.exclude if scope_has(text, index, c, s, e)],
                "cued": bool(fact.cues) and scope_has(text, index, fact.cues, s, e),
            }
            if tests["other_event"]:
                hit = user_regex(fact.other_event).search(text, sentence.start, max(sentence.end, e))
                tests["other_event"] = hit.group(0)
            print(f"  {fact.name}: {tests}")
    claims = [c for c in extract_claims(doc, pack) if c.start < end and c.end > at]
    for c in claims:
        print(f"CLAIM {c.fact} {c.text!r} {_short(c.value)} context={c.context}")
    if not claims:
        print("no claim")


if __name__ == "__main__":
    main()
