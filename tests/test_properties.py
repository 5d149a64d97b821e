"""Property tests with hypothesis (issue 14): random and adversarial input never makes the tool crash.

Properties: no exception escapes (the command line exits 0, 1 or 2, never 3, never with a traceback); every
claim's ``text`` is ``source_text[start:end]``; findings are deterministic (the same input twice gives the
same JSON); an output file is complete or absent. Inputs: text (unicode, right-to-left marks, NUL and other
control characters, number/date/money word soup, long single lines), random JSONL records, mutated rule
files, damaged baseline and review files.

Two profiles (tests/conftest.py): ``ci``, bounded, in the normal run; ``long`` (``HYPOTHESIS_PROFILE=long``)
for at least 10,000 inputs over all properties. Everything runs in-process (the API and click's CliRunner).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

import orjson
from hypothesis import given, settings, strategies as st

from checker.model.documents import Document
from checker.pack import load_pack
from checker.pipeline import analyse
from checker.resources import default_rules_dir
from conftest import REPO, invoke

# ---------------------------------------------------------------------------------------- strategies
SOUP = [
    "summit", "meeting", "talks", "conference", "held", "took place", "convened", "met", "drew", "attended by",
    "co-chaired by", "hosted by", "chaired by", "pledged", "committed", "announced", "aid", "in", "on", "at",
    "Paris", "London", "Kyiv", "Brussels", "virtually", "online", "Thursday", "Tuesday", "September", "Sept.",
    "4", "2025", "30", "35", "more than", "about", "nearly", "up to", "between", "and", "or", "to", "-", "–",
    "thirty-five", "two dozen", "half a million", "1.2bn", "€1.5 billion", "$76.8 billion", "USD", "£3m",
    "1e400", "9" * 320, "10^999", "2^31", "1/0", "0.5", "¾", "leaders", "delegations", "countries", "ministers",
    "President", "Emmanuel Macron", "Keir Starmer", "Dr.", "H.E.", "Mr", "the", "a", "of", ",", ".", ";", ":",
    "?", "!", "(", ")", "\"", "“", "”", "'", "\n", "\n\n", "\t", "\u200f", "\u202e", "\u200b", "\x00", "\x01",
    "\ufeff", "İ", "ſ", "ı", "٣٠", "三十", "# ", "- ", "| ", "**", "yesterday", "last week", "next Monday",
    "mid-September", "Q3 2025", "2024-2025", "since 2019", "15/09/2025", "2025-09-04", "=SUM(A1)", "@cmd",
]
WORDS = st.lists(st.sampled_from(SOUP), max_size=120).map(" ".join)
ANY_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400)
CHARS = st.text(st.sampled_from(list("0123456789 .,-–/$€£%:;()\n\u200f\x00aeAE")), max_size=200)
TEXTS = st.one_of(WORDS, ANY_TEXT, CHARS, st.tuples(WORDS, ANY_TEXT, WORDS).map("".join))
# A line of up to a few hundred kilobytes (a 10 MB line is measured once, see README: Robustness).
LONG_LINE = st.tuples(WORDS, st.integers(50, 600)).map(lambda t: (t[0].replace("\n", " ") + " ") * t[1])
PUBLISHED = st.one_of(st.none(), st.dates().map(str))

EVENT = "The summit in Paris on Thursday, September 4, 2025, drew 30 delegations; the EU pledged $5 billion.\n"


@lru_cache(maxsize=1)
def _pack():
    return load_pack(default_rules_dir())


def _analysed(texts: list[str], published: list[str | None]) -> dict:
    docs = [Document(id=f"d{i}", path=f"d{i}.txt", text=t, story="s",
                     meta={"published": p} if p else {}, published=None) for i, (t, p) in enumerate(zip(texts, published))]
    report = analyse(docs, _pack())
    for claim in report.claims:                  # every quote is exactly the text at its offsets
        assert claim.text == docs[[d.id for d in docs].index(claim.source)].text[claim.start:claim.end]
    return orjson.loads(orjson.dumps(report.to_dict(), option=orjson.OPT_NON_STR_KEYS))


def _check_text_property(texts: list[str]) -> None:
    published = [None] * len(texts)
    first = _analysed(texts, published)
    assert _analysed(texts, published) == first              # deterministic
    for finding in first["findings"]:
        assert len(finding["sides"]) == 2


# ---------------------------------------------------------------------------------------- text
@given(st.lists(TEXTS, min_size=1, max_size=3).map(lambda ts: ts + [EVENT]))
def test_any_text_is_read_exactly_and_deterministically(texts):
    _check_text_property(texts)


@settings(max_examples=max(3, settings.default.max_examples // 50))
@given(st.lists(LONG_LINE, min_size=1, max_size=2).map(lambda ts: ts + [EVENT]))
def test_long_single_lines(texts):
    _check_text_property(texts)


# ---------------------------------------------------------------------------------------- the command line
def _run(args: list, folder: Path) -> None:
    """The command exits 0, 1 or 2 (a one-line error), never 3 or with a traceback; -o is whole or absent."""
    out = folder / "out" / "report.json"
    out.parent.mkdir(exist_ok=True)
    result = invoke(*args, "-f", "json", "-o", out)
    assert result.exit_code in (0, 1, 2), result.output
    assert "Traceback" not in result.output and "internal error" not in result.output
    if result.exit_code == 2:
        assert [line for line in result.stderr.splitlines() if line.startswith("checker: error: ")]
        assert not out.exists()
    else:
        data = json.loads(out.read_text(encoding="utf-8"))        # complete
        for claim in data["facts"]:
            assert isinstance(claim["text"], str) and claim["end"] >= claim["start"]
    assert [p.name for p in out.parent.iterdir()] in ([], ["report.json"])   # no temporary file left


JSON_VALUES = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                                     TEXTS), lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=6)
RECORD = st.fixed_dictionaries({}, optional={
    "id": st.one_of(st.text(max_size=8), st.integers(), JSON_VALUES), "story": st.one_of(st.text(max_size=8), JSON_VALUES),
    "outlet": JSON_VALUES, "url": JSON_VALUES, "title": st.one_of(TEXTS, JSON_VALUES),
    "published": st.one_of(st.dates().map(str), st.text(max_size=12), JSON_VALUES),
    "text": st.one_of(TEXTS, TEXTS, JSON_VALUES)})
LINE = st.one_of(RECORD.map(json.dumps), RECORD.map(json.dumps), JSON_VALUES.map(json.dumps), ANY_TEXT.map(
    lambda t: t.replace("\n", " ")))


@given(st.lists(LINE, max_size=6))
def test_random_jsonl_records(lines):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
        _run(["report", folder / "feed.jsonl"], folder)


def _mutate(text: str, data: st.DataObject) -> str:
    """One to three edits: a line dropped, doubled or cut, bytes inserted or the text truncated."""
    for _ in range(data.draw(st.integers(1, 3))):
        lines = text.split("\n")
        i = data.draw(st.integers(0, max(len(lines) - 1, 0)))
        how = data.draw(st.sampled_from(["drop", "double", "cut", "insert", "truncate", "indent", "replace"]))
        if how == "drop":
            del lines[i]
        elif how == "double":
            lines.insert(i, lines[i])
        elif how == "cut":
            lines[i] = lines[i][: data.draw(st.integers(0, len(lines[i])))]
        elif how == "indent":
            lines[i] = " " * data.draw(st.integers(1, 3)) + lines[i]
        elif how == "replace":
            lines[i] = data.draw(st.sampled_from(["", "- x", "x: [", "x: {a: 1}", "? [a]\n: b", "&a [*a]", "!!python/object:os.system ls",
                                                  "'\x00'", "\t- 1", "---", "...", "%YAML 9.9", "id: 1e400"]))
        else:
            pos = data.draw(st.integers(0, len(text)))
            joined = "\n".join(lines)
            if how == "truncate":
                text = joined[:pos]
                continue
            text = joined[:pos] + data.draw(st.one_of(ANY_TEXT, st.sampled_from([":", "-", "[", "{", "\"", "'", "#", "\x00", "\t"])))
            text += joined[pos:]
            continue
        text = "\n".join(lines)
    return text


RULE_FILES = sorted(p.name for p in (REPO / "rules").glob("*.yml"))


@given(st.sampled_from(RULE_FILES), st.data())
def test_mutated_rule_files(name, data):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copytree(REPO / "rules", folder / "rules")
        rule = folder / "rules" / name
        rule.write_text(_mutate(rule.read_text(encoding="utf-8"), data), encoding="utf-8", errors="surrogatepass")
        (folder / "corpus").mkdir()
        (folder / "corpus" / "a.txt").write_text(EVENT, encoding="utf-8")
        (folder / "corpus" / "b.txt").write_text(EVENT.replace("30", "45").replace("Thursday", "Friday"), encoding="utf-8")
        _run(["report", folder / "corpus", "--rules", folder / "rules"], folder)


@lru_cache(maxsize=1)
def _decision_files() -> tuple[str, str]:
    """A valid baseline and review file of the small corpus, to damage."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = _small_corpus(Path(tmp))
        baseline = invoke("baseline", folder).stdout
        ids = [f["id"] for f in json.loads(baseline)["findings"]]
    reviews = "schema: checker-reviews/1\nreviews:\n" + "".join(
        f"  {i}:\n    status: dismissed\n    note: same meeting\n    reviewer: Ada\n    at: '2025-09-05T10:00:00+00:00'\n"
        for i in ids)
    return baseline, reviews


def _small_corpus(folder: Path) -> Path:
    corpus = folder / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(EVENT, encoding="utf-8")
    (corpus / "b.txt").write_text(EVENT.replace("30", "45").replace("Thursday", "Friday"), encoding="utf-8")
    return corpus


@given(st.sampled_from(["baseline", "reviews"]), st.data())
def test_damaged_baseline_and_review_files(which, data):
    baseline, reviews = _decision_files()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = _small_corpus(folder)
        damaged = _mutate(baseline if which == "baseline" else reviews, data)
        path = folder / ("b.json" if which == "baseline" else "r.yml")
        path.write_text(damaged, encoding="utf-8", errors="surrogatepass")
        option = "--baseline" if which == "baseline" else "--reviews"
        _run(["check", corpus, option, path], folder)
