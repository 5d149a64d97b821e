"""Regression tests for input a hostile (or careless) user feeds the tool (issue 14): each once ended in an
internal error (exit 3), lost data silently, or overwrote what it should not."""

from __future__ import annotations

import json

import pytest

from checker.mentions.numbers import find_numbers, parse_number
from checker.mentions.numberwords import MAX_DIGITS
from conftest import REPO, invoke, one_line_error

EVENT = "The summit in Paris on Thursday drew 30 delegations.\n"


def corpus(tmp_path, **articles: str):
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


# ---------------------------------------------------------------------------------------- huge numbers
@pytest.mark.parametrize("figure", ["9" * 309, "9" * 400, "1e400", "7" * 5000, "1,000" + ",000" * 1500,
                                    "2.5e+99999", "3/" + "9" * 4400, "1.0" + "0" * 4400])
def test_unreadable_numbers_beside_a_cue_are_no_mention(tmp_path, figure):
    folder = corpus(tmp_path, **{"a.txt": f"The summit in Paris on Thursday drew {figure} delegations.\n",
                                 "b.txt": EVENT})
    result = invoke("report", folder, "-f", "json")
    assert result.exit_code == 0, result.output
    facts = json.loads(result.stdout)["facts"]
    assert not [f for f in facts if f["source"] == "a" and f["fact"] == "attendees"]


def test_numbers_up_to_the_limit_still_read():
    assert parse_number("9" * MAX_DIGITS) == float("9" * MAX_DIGITS)
    assert parse_number("9" * (MAX_DIGITS + 1)) is None
    assert parse_number("1.3e6") == 1_300_000 and parse_number("2^10") == 1024
    assert parse_number("1e400") is None and parse_number("2^400") is None
    assert list(find_numbers("point " + "one " * 60)) != []          # no exception, whatever it reads


# ---------------------------------------------------------------------------------------- YAML with control characters
@pytest.mark.parametrize("char", ["\x00", "\x01", "\x07", "\x1b"])
def test_control_character_in_a_review_file_is_a_located_error(tmp_path, char):
    reviews = tmp_path / "reviews.yml"
    reviews.write_text(f"reviews:\n  abc: {{status: dismissed{char}}}\n", encoding="utf-8")
    line = one_line_error(invoke("report", REPO / "sources", "--reviews", reviews))
    assert f"{reviews}:2: invalid YAML: unacceptable character" in line


def test_control_character_in_a_rule_file_is_a_located_error(tmp_path):
    import shutil
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    settings = rules / "settings.yml"
    lines = settings.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.append('extra: "a\x00b"\n')
    settings.write_text("".join(lines), encoding="utf-8")
    line = one_line_error(invoke("report", REPO / "sources", "--rules", rules))
    assert f"{settings}:{len(lines)}: invalid YAML: unacceptable character U+0000" in line


# ---------------------------------------------------------------------------------------- broken records
def test_one_broken_jsonl_line_loses_only_its_record(tmp_path):
    good = [json.dumps({"id": f"r{i}", "text": EVENT}) for i in range(3)]
    lines = [good[0], '{"id": "bad", "text": "unclosed', good[1], '{"id": "x"}', good[2],
             json.dumps({"id": "d", "text": "t", "published": "yesterday"})]
    folder = corpus(tmp_path, **{"feed.jsonl": "\n".join(lines) + "\n"})
    result = invoke("report", folder, "-f", "json")
    assert result.exit_code == 0, result.output
    assert [s["id"] for s in json.loads(result.stdout)["sources"]] == ["r0", "r1", "r2"]
    warnings = [line for line in result.stderr.splitlines() if "records lost" in line]
    assert len(warnings) == 1
    assert "feed.jsonl: 3 of 6 records lost, the others kept (line 2: not valid JSON" in warnings[0]
    assert "line 4: the record has no 'text' string" in warnings[0] and "line 6: 'published'" in warnings[0]


def test_a_named_jsonl_file_with_a_broken_line_is_no_error(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": EVENT}) + "\n\x01garbage\n" + json.dumps({"text": EVENT}) + "\n")
    result = invoke("check", feed, "--fail-on", "error")
    assert result.exit_code in (0, 1) and "1 of 3 records lost" in result.stderr


def test_broken_front_matter_keeps_the_article(tmp_path):
    folder = corpus(tmp_path, **{"a.md": "---\ntitle: [unclosed\noutlet: x\n---\n" + EVENT,
                                 "b.txt": EVENT.replace("30", "45")})
    result = invoke("report", folder, "-f", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert {s["id"] for s in data["sources"]} == {"a", "b"} and data["findings"]
    assert "a.md:3: front matter is not valid YAML; the article is read without it" in result.stderr


# ---------------------------------------------------------------------------------------- -o and the corpus
def test_output_onto_an_article_is_refused(tmp_path):
    folder = corpus(tmp_path, **{"a.txt": EVENT, "b.txt": EVENT.replace("30", "45")})
    for command in ("report", "facts", "baseline"):
        line = one_line_error(invoke(command, folder, "-o", folder / "a.txt"))
        assert "is an article of the corpus; refusing to overwrite it" in line
        assert (folder / "a.txt").read_text(encoding="utf-8") == EVENT
    line = one_line_error(invoke("report", folder / "b.txt", folder / "a.txt", "-o", folder / "a.txt"))
    assert "refusing to overwrite" in line


@pytest.mark.parametrize("fmt", ["console", "markdown", "html", "json", "csv", "sarif", "junit", "github"])
def test_reports_written_into_the_corpus_are_not_read_back(tmp_path, fmt):
    folder = corpus(tmp_path, **{"a.txt": EVENT, "b.txt": EVENT.replace("30", "45")})
    first = invoke("report", folder, "-f", "json").stdout
    for name in (f"report-{fmt}.txt", f"report-{fmt}.md", f"report-{fmt}.json", f"report-{fmt}.html"):
        assert invoke("report", folder, "-f", fmt, "-o", folder / name, "--no-color").exit_code == 0
        assert invoke("report", folder, "-f", fmt, "-o", folder / name, "--no-color").exit_code == 0   # again
    assert invoke("facts", folder, "-f", "json", "-o", folder / "facts.json").exit_code == 0
    assert invoke("facts", folder, "-f", "csv", "-o", folder / "facts.txt").exit_code == 0
    assert invoke("facts", folder, "-o", folder / "table.txt").exit_code == 0
    assert invoke("baseline", folder, "-o", folder / "baseline.json").exit_code == 0
    again = invoke("report", folder, "-f", "json")
    assert again.exit_code == 0 and again.stdout == first and again.stderr == ""


def test_a_named_report_is_no_article(tmp_path):
    folder = corpus(tmp_path, **{"a.txt": EVENT})
    invoke("report", folder, "-f", "markdown", "-o", tmp_path / "r.md")
    assert "a report checker wrote, not an article" in one_line_error(invoke("report", tmp_path / "r.md"))


def test_check_names_its_input():
    line = one_line_error(invoke("check"))
    assert "check needs the articles to gate: give PATH" in line
    assert invoke("report", "-f", "json").exit_code == 0                 # report still shows the sample


# ---------------------------------------------------------------------------------------- CSV formula injection
def test_csv_cells_that_open_like_formulas_are_inert(tmp_path):
    import csv
    import io

    records = [{"id": "=HYPERLINK(\"http://x\")", "story": "@SUM(A1)", "text": EVENT},
               {"id": "+cmd|' /C calc'!A0", "story": "@SUM(A1)", "text": EVENT.replace("30", "45")},
               {"id": "-2+3", "story": "@SUM(A1)", "text": EVENT.replace("30", "60")},
               {"id": "\tx", "story": "@SUM(A1)", "text": EVENT.replace("30", "90")}]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    for args in (("report", feed, "-f", "csv"), ("facts", feed, "-f", "csv")):
        result = invoke(*args)
        assert result.exit_code == 0, result.output
        rows = list(csv.reader(io.StringIO(result.stdout)))
        cells = [cell for row in rows[1:] for cell in row]
        assert rows[1:] and all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
        assert "'@SUM(A1)" in cells
    report = list(csv.reader(io.StringIO(invoke("report", feed, "-f", "csv").stdout)))
    assert any(cell.startswith("'=HYPERLINK") or cell.startswith("'+cmd") for row in report for cell in row)


# ---------------------------------------------------------------------------------------- huge articles
def _pack_with_limit(tmp_path, limit: int):
    import shutil
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    settings = rules / "settings.yml"
    text = settings.read_text(encoding="utf-8").replace("claims_per_article: 1000", f"claims_per_article: {limit}")
    settings.write_text(text, encoding="utf-8")
    return rules


@pytest.mark.parametrize("repeat", [20, 4000])           # a short article, and one past the size measured first
def test_claims_per_article_are_capped_with_a_warning(tmp_path, repeat):
    sentence = "The summit in Paris on Thursday drew 30 delegations. "
    folder = corpus(tmp_path, **{"a.txt": sentence * repeat, "b.txt": EVENT.replace("30", "45")})
    result = invoke("report", folder, "--rules", _pack_with_limit(tmp_path, 5), "-f", "json")
    assert result.exit_code == 0, result.output
    facts = [f for f in json.loads(result.stdout)["facts"] if f["source"] == "a"]
    assert 0 < len(facts) <= 5 and max(f["start"] for f in facts) < 6 * len(sentence)
    warnings = [line for line in result.stderr.splitlines() if "claims_per_article" in line]
    assert len(warnings) == 1 and "a.txt: more claims than the limit of 5" in warnings[0]


def test_the_default_limit_is_documented_and_loaded():
    from checker.api import pack
    assert pack().settings.max_claims == 1000
    assert "claims_per_article: 1000" in (REPO / "rules" / "settings.yml").read_text(encoding="utf-8")


def test_an_endless_sentence_is_read_in_pieces():
    from checker.text import MAX_SENTENCE, TextIndex
    words = ["summit", "in", "Paris", "on", "Thursday", "drew", "30", "delegations", "and", "pledged", "$5", "billion"]
    text = " ".join(words[i % len(words)] for i in range(20_000))          # 120 KB, no sentence end
    spans = TextIndex(text).sentences
    assert len(spans) > 1 and all(s.end - s.start <= MAX_SENTENCE for s in spans)
    assert all(text[s.start:s.end] == text[s.start:s.end].strip() for s in spans)
    assert "".join(text[s.start:s.end] + " " for s in spans).strip() == text


# ---------------------------------------------------------------------------------------- review file in CI
def test_a_review_file_not_yet_written_means_no_decisions(tmp_path):
    folder = corpus(tmp_path, **{"a.txt": EVENT, "b.txt": EVENT.replace("30", "45")})
    plain = invoke("check", folder, "-f", "json")
    missing = invoke("check", folder, "-f", "json", "--reviews", tmp_path / "later.yml")
    assert plain.exit_code == missing.exit_code == 1 and plain.stdout == missing.stdout
    notes = [line for line in missing.stderr.splitlines() if "later.yml" in line]
    assert notes == [f"checker: review file {tmp_path / 'later.yml'} does not exist yet: no review decisions"]
    assert not (tmp_path / "later.yml").exists()
    (tmp_path / "later.yml").write_text("reviews: [\n", encoding="utf-8")
    assert "later.yml:2: invalid YAML" in one_line_error(invoke("check", folder, "--reviews", tmp_path / "later.yml"))


# ---------------------------------------------------------------------------------------- YAML aliases (found by the property tests)
LAUGHS = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 10))


@pytest.mark.parametrize("content,words", [("&a [*a]\n", "an alias refers to itself"),
                                           (LAUGHS, "an alias expands to more than 200,000 values"),
                                           ("[" * 3000 + "]" * 3000 + "\n", "nested too deeply")])
def test_recursive_or_exploding_yaml_is_a_located_error(tmp_path, content, words):
    import shutil
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    (rules / "aid.yml").write_text(content, encoding="utf-8")
    assert words in one_line_error(invoke("rules", "validate", rules))
    reviews = tmp_path / "reviews.yml"
    reviews.write_text(content, encoding="utf-8")
    assert words in one_line_error(invoke("report", REPO / "sources", "--reviews", reviews))


def test_front_matter_aliases_are_no_metadata(tmp_path):
    front = LAUGHS + "title: *a9\noutlet: &o [*o]\nstory: *a9\npublished: *a3\n"
    folder = corpus(tmp_path, **{"a.md": f"---\n{front}---\n{EVENT}", "b.txt": EVENT})
    result = invoke("report", folder, "-f", "json")
    assert result.exit_code == 0, result.output
    assert "'published' must be an ISO date such as 2025-09-03, not a list" in result.stderr
