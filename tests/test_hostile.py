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
