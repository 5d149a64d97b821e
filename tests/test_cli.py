"""The command line as a user runs it: outputs, exit codes, and one-line errors for bad input."""

import json
import subprocess

import pytest


from conftest import REPO, checker_command, invoke, one_line_error


def test_report_without_paths_runs_on_the_bundled_corpus():
    result = invoke("report", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["schema"] == "checker-report/1"
    assert len(data["sources"]) == 5 and data["findings"]


def test_report_console_is_the_default():
    result = invoke("report", str(REPO / "sources"))
    assert result.exit_code == 0
    assert "date-conflict" in result.stdout and "“on Tuesday”" in result.stdout


def test_output_file_is_written_whole(tmp_path):
    out = tmp_path / "r.md"
    result = invoke("report", str(REPO / "sources"), "-f", "markdown", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("# Consistency report")
    assert [p.name for p in tmp_path.iterdir()] == ["r.md"]          # no temporary file left behind


def test_json_contract_keys():
    data = json.loads(invoke("report", str(REPO / "sources"), "-f", "json").stdout)
    # The contract's keys, and the documented extension: the events and positions of each story.
    assert set(data) == {"schema", "sources", "facts", "findings", "extensions", "stories"}
    assert data["extensions"] == ["checker-story/1"]
    story = data["stories"][0]
    assert set(story) == {"story", "events", "event_gaps", "facts"}
    assert set(story["facts"][0]) == {"fact", "positions", "majority", "outliers", "other_events"}
    assert set(data["facts"][0]) == {"source", "fact", "text", "start", "end", "line", "value"}
    finding = data["findings"][0]
    assert set(finding) == {"id", "rule", "severity", "fact", "message", "status", "sides"}
    assert len(finding["sides"]) == 2
    assert set(finding["sides"][0][0]) == {"source", "text", "start", "end", "line", "value"}


def test_facts_formats():
    csv = invoke("facts", str(REPO / "sources"), "-f", "csv").stdout
    assert csv.splitlines()[0] == "story,source,fact,text,start,end,line,col,value"
    rows = json.loads(invoke("facts", str(REPO / "sources"), "-f", "json", "--fact", "aid").stdout)
    assert {r["fact"] for r in rows} == {"aid"} and len(rows) == 1
    table = invoke("facts", str(REPO / "sources"), "--fact", "chairs").stdout
    assert "Emmanuel Macron and Keir Starmer" in table


def test_missing_path():
    assert "no such file or folder" in one_line_error(invoke("report", "no/such/folder"))


def test_empty_folder(tmp_path):
    assert "no articles found" in one_line_error(invoke("report", str(tmp_path)))


def test_unsupported_file_named_explicitly(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    assert "unsupported file type .pdf" in one_line_error(invoke("report", str(tmp_path / "a.pdf")))


def test_binary_file_in_a_folder_is_skipped_with_a_warning(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "ok.txt").write_text("The summit took place in Oslo on Monday.", encoding="utf-8")
    result = invoke("report", str(tmp_path), "-f", "json")
    assert result.exit_code == 0
    assert "warning: skipping" in result.stderr and "binary" in result.stderr
    assert [s["id"] for s in json.loads(result.stdout)["sources"]] == ["ok"]


def test_binary_file_named_explicitly_is_an_error(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    assert "binary" in one_line_error(invoke("report", str(tmp_path / "bin.txt")))


def test_non_utf8_file_is_read_with_a_warning(tmp_path):
    (tmp_path / "latin.txt").write_bytes("The summit in Lyon on Monday was a succès.".encode("cp1252"))
    result = invoke("facts", str(tmp_path), "-f", "json")
    assert result.exit_code == 0
    assert "not valid UTF-8" in result.stderr
    assert any(r["fact"] == "date" for r in json.loads(result.stdout))


def test_malformed_rule_file(tmp_path):
    (tmp_path / "r.yml").write_text("rules:\n  - id: x\n    kind: disjoint\n    fact: date\n    bogus: 1\n")
    line = one_line_error(invoke("report", "--rules", str(tmp_path)))
    assert f"{tmp_path / 'r.yml'}:5" in line and "unknown key 'bogus'" in line


def test_id_collision(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b" / "same.txt").write_text("y", encoding="utf-8")
    assert "two articles have the id 'same'" in one_line_error(invoke("report", str(tmp_path)))


def test_rules_commands():
    assert "date-conflict" in invoke("rules", "list").stdout
    assert invoke("rules", "validate").exit_code == 0
    result = invoke("rules", "test")
    assert result.exit_code == 0 and " 0 failed" in result.stdout


def test_usage_error_exits_2():
    assert invoke("report", "--format", "pdf").exit_code == 2


def test_installed_command_runs_from_any_folder(tmp_path):
    """The sample corpus and the rule pack ship with the package: no paths needed, any working folder."""
    out = subprocess.run(checker_command() + ["report", "--format", "json"], cwd=tmp_path, capture_output=True,
                         text=True, check=True).stdout
    assert len(json.loads(out)["sources"]) == 5


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["report", "--help"]])
def test_help_and_version(argv):
    assert invoke(*argv).exit_code == 0
