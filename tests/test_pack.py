"""Rule-pack validation: every mistake is reported as file:line with the rule and the valid choices."""

import shutil
from pathlib import Path

import pytest

from checker.errors import ConfigError
from checker.pack import load_pack
from checker.resources import default_rules_dir


def pack_with(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "pack"
    shutil.copytree(default_rules_dir(), folder, ignore=shutil.ignore_patterns("tests"))
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def error_of(folder: Path) -> str:
    with pytest.raises(ConfigError) as info:
        load_pack(folder)
    return str(info.value)


def test_default_pack_loads():
    pack = load_pack(default_rules_dir())
    assert set(pack.facts) == {"date", "attendees", "chairs", "aid", "location"}
    assert {r.kind for r in pack.rules} == {"disjoint", "figures-differ", "people-disagree", "weekday-mismatch"}


def test_unknown_key_names_file_line_rule_and_choices(tmp_path):
    folder = pack_with(tmp_path, "extra.yml",
                       "rules:\n  - id: extra\n    kind: disjoint\n    fact: date\n    severty: error\n")
    assert error_of(folder) == (f"{folder / 'extra.yml'}:5: rule 'extra': unknown key 'severty'; expected one of: "
                                "description, enabled, fact, id, kind, message, options, severity")


def test_unknown_kind(tmp_path):
    folder = pack_with(tmp_path, "extra.yml",
                       "rules:\n  - id: extra\n    kind: disjunct\n    fact: date\n    severity: error\n")
    assert error_of(folder) == (f"{folder / 'extra.yml'}:3: rule 'extra': unknown kind 'disjunct'; valid kinds: "
                                "disjoint, figures-differ, people-disagree, weekday-mismatch")


def test_unknown_option_of_a_kind(tmp_path):
    folder = pack_with(tmp_path, "extra.yml", "rules:\n  - id: extra\n    kind: figures-differ\n    fact: date\n"
                                              "    severity: info\n    options:\n      tolerence: 0.1\n")
    assert error_of(folder) == (f"{folder / 'extra.yml'}:7: rule 'extra' options: unknown key 'tolerence'; "
                                "expected one of: bounds, rate_tolerance, skip_disjoint, tolerance, within_source")


def test_bad_severity_and_bad_type(tmp_path):
    folder = pack_with(tmp_path, "extra.yml",
                       "rules:\n  - id: extra\n    kind: disjoint\n    fact: date\n    severity: fatal\n")
    assert error_of(folder).endswith("extra.yml:5: rule 'extra': 'severity' must be one of: error, warning, info "
                                     "(got 'fatal')")
    folder = pack_with(tmp_path / "b", "extra.yml", "settings:\n  qualifiers:\n    approx: wide\n")
    assert error_of(folder).endswith("extra.yml:3: settings: 'approx' must be a number (got 'wide')")


def test_unknown_fact_and_duplicate_id(tmp_path):
    folder = pack_with(tmp_path, "extra.yml",
                       "rules:\n  - id: extra\n    kind: disjoint\n    fact: venue\n    severity: error\n")
    assert "extra.yml:4: rule 'extra': unknown fact 'venue'; facts defined: aid, attendees, chairs" in error_of(folder)
    folder = pack_with(tmp_path / "b", "extra.yml",
                       "rules:\n  - id: date-conflict\n    kind: disjoint\n    fact: date\n    severity: error\n")
    assert "extra.yml:2: rule id 'date-conflict' is already used at" in error_of(folder)


def test_bad_message_field(tmp_path):
    folder = pack_with(tmp_path, "extra.yml", "rules:\n  - id: extra\n    kind: disjoint\n    fact: date\n"
                                              "    severity: error\n    message: '{a.quotee} vs {b.quote}'\n")
    assert "extra.yml:6: rule 'extra': unknown field {a.quotee} in message" in error_of(folder)


def test_bad_regex_and_bad_yaml(tmp_path):
    folder = pack_with(tmp_path, "extra.yml", "facts:\n  venue:\n    mentions: [place]\n    other_event:\n"
                                              "      - 'summit('\n")
    assert "extra.yml:5: invalid regular expression 'summit('" in error_of(folder)
    folder = pack_with(tmp_path / "b", "extra.yml", "rules:\n  - id: x\n    kind: [disjoint\n")
    assert error_of(folder).startswith(f"{folder / 'extra.yml'}:4: invalid YAML")


def test_yaml_is_loaded_safely(tmp_path):
    folder = pack_with(tmp_path, "extra.yml", "rules: !!python/object/apply:os.system ['echo hacked']\n")
    assert "invalid YAML" in error_of(folder)


def test_missing_folder():
    with pytest.raises(ConfigError, match="rule pack folder not found"):
        load_pack("/nonexistent/pack")


def test_a_phrase_may_not_open_with_an_optional_word(tmp_path):
    folder = pack_with(tmp_path, "extra.yml",
                       "facts:\n  venue:\n    mentions: [place]\n    only_after: [in, \"(the) capital,\"]\n")
    assert error_of(folder) == (f"{folder / 'extra.yml'}:4: fact 'venue': 'only_after': '(the) capital,': a phrase "
                                "must open with a word, not with '(word)' or '...'")


def test_a_list_of_words_may_hold_a_shared_list(tmp_path):
    folder = pack_with(tmp_path, "extra.yml",
                       "x-shared: &shared [summit, congress]\n"
                       "facts:\n  venue:\n    mentions: [place]\n    cues:\n      words: [*shared, held]\n")
    assert load_pack(folder).facts["venue"].cues.words == ("summit", "congress", "held")
