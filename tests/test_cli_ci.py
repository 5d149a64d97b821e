"""The newsroom's CI loop and the editor's review loop, through the command line."""

import json
import os
import re
import select
import subprocess
import time

import pytest

from checker.baseline import load_baseline
from checker.review import load_reviews

from checker.pipeline import run

from conftest import SOURCES, checker_command, invoke, one_line_error

# How many findings the sample corpus gives: the tests below read it rather than fix it, so that they test
# the CI and review loops, not the accuracy of the pack.
N = len(run([SOURCES]).findings)

NEW_ARTICLE = ("Leaders from 50 countries met on Monday for the summit on security guarantees.\n"
               "The summit ended without a joint statement.\n")


def ids_in(text: str) -> set[str]:
    return set(re.findall(r"\b[0-9a-f]{12}\b", text))


def all_ids(cwd) -> set[str]:
    data = json.loads(invoke("report", "sources", "--all", "-f", "json", cwd=cwd).stdout)
    return {f["id"] for f in data["findings"]}


def test_the_newsroom_story(corpus):
    """Baseline the corpus; CI is green; an article contradicting it turns CI red naming only the new
    findings; the editor dismisses them; CI is green again; an unrelated edit changes no id."""
    cwd = corpus.parent
    made = invoke("baseline", "sources", "-o", "checker-baseline.json", cwd=cwd)
    assert made.exit_code == 0 and f"{N} findings written to checker-baseline.json" in made.stderr
    known = set(load_baseline(cwd / "checker-baseline.json").entries)
    assert len(known) == N

    clean = invoke("check", "sources", "--baseline", "checker-baseline.json", cwd=cwd)
    assert clean.exit_code == 0, clean.output
    assert f"{N} known findings hidden" in clean.stderr and "no new findings at or above info" in clean.stderr
    assert not ids_in(clean.stdout)

    (corpus / "005_wire.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    red = invoke("check", "sources", "--baseline", "checker-baseline.json", cwd=cwd)
    assert red.exit_code == 1
    new = ids_in(red.stdout)
    assert new and not new & known                       # only new findings are shown …
    named = set(re.findall(r"([0-9a-f]{12}) \(", red.stderr.split("at or above info:")[1]))
    assert named == new                                  # … and named in the verdict
    rules = {line.split()[1] for line in red.stdout.splitlines() if line.strip().startswith(("ERROR", "WARNING"))}
    assert {"date-conflict", "attendees-conflict"} <= rules
    assert all("005_wire" in block for block in red.stdout.split("  ERROR")[1:])
    github = invoke("check", "sources", "--baseline", "checker-baseline.json", "-f", "github", cwd=cwd)
    assert github.exit_code == 1 and ids_in(github.stdout) == new
    assert all(line.startswith(("::error ", "::warning ")) for line in github.stdout.splitlines())

    for finding_id in sorted(new):
        done = invoke("review", "set", finding_id, "sources", "--status", "dismissed", "--note",
                      "the wire copy is about the follow-up meeting", "--reviewer", "Ada", cwd=cwd)
        assert done.exit_code == 0, done.output
    reviews = load_reviews(corpus / "checker-reviews.yml")
    assert set(reviews) == new and {r.reviewer for r in reviews.values()} == {"Ada"}
    green = invoke("check", "sources", "--baseline", "checker-baseline.json", cwd=cwd)
    assert green.exit_code == 0, green.output
    assert f"{len(new)} findings hidden by review" in green.stderr

    before = all_ids(cwd)
    article = corpus / "003_f11721f52ebed780.txt"
    text = article.read_text(encoding="utf-8")
    old = "So far, military pledges have largely remained vague."
    assert old in text
    article.write_text(text.replace(old, "Until now, the military pledges had stayed vague and general."),
                       encoding="utf-8")
    assert all_ids(cwd) == before
    assert invoke("check", "sources", "--baseline", "checker-baseline.json", cwd=cwd).exit_code == 0


def test_check_without_a_baseline_counts_every_finding(corpus):
    result = invoke("check", "sources", cwd=corpus.parent)
    assert result.exit_code == 1 and f"{N} findings at or above info" in result.stderr
    assert "known" not in result.stderr


def test_fail_on_threshold(corpus):
    cwd = corpus.parent
    assert invoke("baseline", "sources", "-o", "b.json", cwd=cwd).exit_code == 0
    # New findings that are only warnings: another place (location conflicts are warnings in the pack).
    (corpus / "006_w.txt").write_text("The summit on Thursday, September 4, 2025 was held in Berlin.\n",
                                      encoding="utf-8")
    warned = invoke("check", "sources", "--baseline", "b.json", cwd=cwd)
    assert warned.exit_code == 1 and "WARNING" in warned.stdout and "ERROR" not in warned.stdout
    assert invoke("check", "sources", "--baseline", "b.json", "--fail-on", "warning", cwd=cwd).exit_code == 1
    assert invoke("check", "sources", "--baseline", "b.json", "--fail-on", "error", cwd=cwd).exit_code == 0


def test_fixed_baseline_entries_are_listed(corpus):
    cwd = corpus.parent
    invoke("baseline", "sources", "-o", "b.json", cwd=cwd)
    with_004 = {f.id for f in run([corpus]).findings if any(c.source.startswith("004") for side in f.sides
                                                               for c in side)}
    (corpus / "004_c5ccbac007a06862.txt").unlink()
    result = invoke("check", "sources", "--baseline", "b.json", cwd=cwd)
    assert result.exit_code == 0
    fixed = set(re.findall(r"fixed ([0-9a-f]{12}) ", result.stderr))
    assert fixed and fixed <= with_004                # the conflicts 004 took part in, and only those
    assert "no longer occur" in result.stderr


def test_confirmed_still_fails_and_report_honours_decisions(corpus):
    cwd = corpus.parent
    first, second = sorted(all_ids(cwd))[:2]
    invoke("review", "set", first, "sources", "--status", "confirmed", "--reviewer", "Ada", cwd=cwd)
    invoke("review", "set", second, "sources", "--status", "different-event", "--note", "n", "--reviewer", "Ada",
           cwd=cwd)
    data = json.loads(invoke("report", "sources", "-f", "json", cwd=cwd).stdout)
    statuses = {f["id"]: f["status"] for f in data["findings"]}
    assert statuses[first] == "confirmed" and second not in statuses
    assert {"schema", "sources", "facts", "findings"} <= set(data)                   # the contract holds
    assert set(data["findings"][0]) == {"id", "rule", "severity", "fact", "message", "status", "sides"}
    everything = json.loads(invoke("report", "sources", "-f", "json", "--all", cwd=cwd).stdout)
    assert {f["id"]: f["status"] for f in everything["findings"]}[second] == "different-event"
    console = invoke("report", "sources", "--all", cwd=cwd).stdout
    assert "(different-event)" in console and "note: n" in console
    assert "1 reviewed or known finding hidden" in invoke("report", "sources", cwd=cwd).stdout.replace("\n", " ")
    gate = invoke("check", "sources", cwd=cwd)
    assert gate.exit_code == 1 and f"{first} (" in gate.stderr and f"{second} (" not in gate.stderr
    assert invoke("report", "sources", "--fail-on", "error", cwd=cwd).exit_code == 1
    assert invoke("report", "sources", cwd=cwd).exit_code == 0


@pytest.mark.parametrize("content,words", [
    (None, "no such baseline file"),
    ("{not json", "b.json:1: not a baseline file: invalid JSON"),
    ('{"schema": "checker-baseline/1", "findings": [{"rule": "x"}]}', 'b.json:1: entry 1 has no "id"'),
])
def test_missing_or_damaged_baseline_is_one_line_exit_2(corpus, content, words):
    if content is not None:
        (corpus.parent / "b.json").write_text(content, encoding="utf-8")
    line = one_line_error(invoke("check", "sources", "--baseline", "b.json", cwd=corpus.parent))
    assert words in line


def test_damaged_review_file_is_one_line_exit_2(corpus):
    (corpus / "checker-reviews.yml").write_text("reviews:\n  abc:\n    status: maybe\n", encoding="utf-8")
    for args in (["check", "sources"], ["report", "sources"], ["review", "list", "sources"]):
        line = one_line_error(invoke(*args, cwd=corpus.parent))
        assert "sources/checker-reviews.yml:3: review 'abc': unknown status 'maybe'" in line
    missing = invoke("check", "sources", "--reviews", "nope.yml", cwd=corpus.parent)      # not yet: no decisions
    assert missing.exit_code == 1 and "checker: review file nope.yml does not exist yet: no review decisions" in \
        missing.stderr.splitlines()


def test_review_set_and_list(corpus):
    cwd = corpus.parent
    target = sorted(all_ids(cwd))[0]
    assert "unknown status" not in invoke("review", "set", target[:6], "sources", "--status", "dismissed",
                                          "--note", "same meeting", "--reviewer", "Ada", cwd=cwd).output
    listed = invoke("review", "list", "sources", "--status", "dismissed", cwd=cwd)
    assert listed.exit_code == 0
    assert f"{target}  dismissed" in listed.stdout and "note: same meeting" in listed.stdout
    assert "dismissed by Ada at " in listed.stdout and f"1 of {N} findings" in listed.stdout
    assert "open" in invoke("review", "list", "sources", "--status", "open", cwd=cwd).stdout
    assert "no finding with id" in one_line_error(invoke("review", "set", "ffffffffffff", "sources", "--status",
                                                         "dismissed", cwd=cwd))
    assert invoke("review", "set", target, "sources", "--status", "maybe", cwd=cwd).exit_code == 2
    env_reviewer = invoke("review", "set", target, "sources", "--status", "confirmed", cwd=cwd,
                          env={"CHECKER_REVIEWER": "Env Name"})
    assert "by Env Name" in env_reviewer.stdout
    assert load_reviews(corpus / "checker-reviews.yml")[target].note == "same meeting"      # kept


def test_review_walk_driven_by_input(corpus):
    """The interactive walk, answered line by line: dismiss with a note, skip, confirm, add a note, quit."""
    cwd = corpus.parent
    keys = "d\nthe Tuesday meeting was the ministers'\ns\nc\n\nn\ncheck with the desk\ne\n\nq\n"
    result = invoke("review", "sources", "--reviewer", "Ada", input=keys, cwd=cwd)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert f"{N} findings to review" in out and f"[1/{N}] ERROR  date-conflict" in out
    assert "000_bdc99d71c762e0ca:1" in out and "…A high-stakes summit convened in Paris on Thursday" in out
    assert "[c]onfirm [d]ismiss [e] different event [n]ote [s]kip [q]uit" in out
    assert "saved: dismissed" in out and "saved: confirmed" in out and "note saved" in out
    assert "3 decisions saved to sources/checker-reviews.yml" in out
    reviews = load_reviews(corpus / "checker-reviews.yml")
    ordered = [f["id"] for f in json.loads(invoke("report", "sources", "-f", "json", "--all", cwd=cwd).stdout)
               ["findings"]]
    assert reviews[ordered[0]].status == "dismissed" and reviews[ordered[0]].note.startswith("the Tuesday")
    assert ordered[1] not in reviews                                        # skipped
    assert reviews[ordered[2]].status == "confirmed" and reviews[ordered[2]].note is None
    assert reviews[ordered[3]].status == "different-event" and reviews[ordered[3]].note == "check with the desk"
    # The next walk starts with what is still open.
    again = invoke("review", "walk", "sources", input="q\n", cwd=cwd)
    assert f"{N - 3} findings to review" in again.stdout and f"[1/{N - 3}]" in again.stdout
    assert ordered[1] in again.stdout.split(f"[2/{N - 3}]")[0]                 # the skipped one comes first


def test_review_walk_stops_at_the_end_of_input(corpus):
    result = invoke("review", "sources", "--reviewer", "Ada", input="x\nd\n", cwd=corpus.parent)
    assert result.exit_code == 0
    assert "keys: c confirm, d dismiss" in result.stdout                        # an unknown key explains
    assert "1 decision saved" in result.stdout                                  # EOF at the note: saved, quit


def test_review_help_documents_the_shapes():
    out = invoke("review", "--help").stdout
    assert "checker review [PATH...]" in out and "checker review set ID" in out and "different-event" in out


def test_baseline_to_stdout_and_help():
    result = invoke("baseline")
    assert result.exit_code == 0 and json.loads(result.stdout)["schema"] == "checker-baseline/1"
    for command in ("check", "baseline"):
        assert invoke(command, "--help").exit_code == 0


def _read_until(fd: int, wanted: str, seen: list[str], timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if wanted in "".join(seen):
            return True
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                return wanted in "".join(seen)
            if not chunk:
                break
            seen.append(chunk.decode("utf-8", "replace"))
    return wanted in "".join(seen)


def test_review_walk_in_a_real_terminal(corpus):
    """One key, no Enter, in a pseudo-terminal: d (then a note and Enter), then q."""
    import pty

    controller, terminal = pty.openpty()
    proc = subprocess.Popen(checker_command() + ["review", "sources", "--reviewer", "Tty"], cwd=corpus.parent,
                            stdin=terminal, stdout=terminal, stderr=terminal, close_fds=True)
    os.close(terminal)
    seen: list[str] = []
    try:
        assert _read_until(controller, "[q]uit > ", seen), "".join(seen)

        def press(key: str, expect: str) -> None:
            # A key typed before the program switches the terminal to raw mode may be flushed: retry.
            for _ in range(5):
                time.sleep(0.2)
                os.write(controller, key.encode())
                if _read_until(controller, expect, seen, timeout=3):
                    return
            raise AssertionError("".join(seen))

        press("d", "note (Enter for none)")
        os.write(controller, b"typed in a terminal\r")
        assert _read_until(controller, "saved: dismissed", seen), "".join(seen)
        assert _read_until(controller, f"[2/{N}]", seen), "".join(seen)
        press("q", "1 decision saved")
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(controller)
    (decision,) = load_reviews(corpus / "checker-reviews.yml").values()
    assert decision.status == "dismissed" and decision.note == "typed in a terminal" and decision.reviewer == "Tty"


def test_every_registered_format_is_offered():
    from checker.cli import cli
    from checker.formats import FACT_FORMATS, format_names

    def choices(command: str) -> list[str]:
        (fmt,) = [p for p in cli.commands[command].params if p.name == "fmt"]
        return list(fmt.type.choices)

    assert choices("report") == choices("check") == format_names()
    assert choices("facts") == list(FACT_FORMATS)
