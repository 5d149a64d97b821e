"""Review decisions: the file format, damaged files, reopening on changed evidence, and that no decision is
lost (atomic writes, a lock around read-modify-write, a writer killed mid-save)."""

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from checker.errors import CheckerError
from checker.pipeline import run
from checker.review import (KEEP, Review, apply_reviews, default_reviews_path, dump_reviews, find_finding,
                            load_reviews, record, reviewer_name, save_reviews)

from conftest import SOURCES, assert_located_error

NOW = dt.datetime(2025, 9, 5, 10, 12, 7, 123, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def findings():
    return run([SOURCES]).findings


def test_record_writes_a_readable_entry_and_keeps_the_note(tmp_path, findings):
    path = tmp_path / "checker-reviews.yml"
    f = findings[0]
    record(path, f, "dismissed", "the Tuesday meeting was the ministers'", "Ada", now=NOW)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# checker review decisions")
    assert f"  {f.id}:\n    status: dismissed\n" in text
    assert "at: '2025-09-05T10:12:07Z'" in text and "reviewer: Ada" in text
    review = load_reviews(path)[f.id]
    assert review == Review("dismissed", "the Tuesday meeting was the ministers'", "Ada", "2025-09-05T10:12:07Z",
                            f.evidence(), f.conflict_key(), f.summary())
    record(path, f, "confirmed", KEEP, "Bob", now=NOW)                 # KEEP: the note stays
    assert load_reviews(path)[f.id].note == "the Tuesday meeting was the ministers'"
    record(path, f, "confirmed", "", "Bob", now=NOW)                   # an empty note removes it
    assert load_reviews(path)[f.id].note is None


def test_entries_are_sorted_by_id_for_small_diffs(tmp_path, findings):
    path = tmp_path / "r.yml"
    for f in reversed(findings):
        record(path, f, "confirmed", None, "Ada", now=NOW)
    keys = [line.strip().rstrip(":") for line in path.read_text().splitlines() if line.startswith("  ") and
            not line.startswith("    ")]
    assert keys == sorted(f.id for f in findings)


def test_missing_or_empty_file_has_no_decisions(tmp_path):
    assert load_reviews(tmp_path / "none.yml") == {}
    (tmp_path / "empty.yml").write_text("")
    assert load_reviews(tmp_path / "empty.yml") == {}


@pytest.mark.parametrize("text,line,words", [
    ("reviews: [1, 2]\n", 1, "maps finding ids to decisions"),
    ("schema: checker-reviews/9\n", 1, "unsupported schema"),
    ("- a\n", 1, "a review file is a mapping"),
    ("reviews:\n  abc:\n    status: dismised\n", 3, "unknown status 'dismised'; choose one of: open, confirmed"),
    ("reviews:\n  123456789012:\n    status: open\n", 2, "must be a string; quote it"),
    ("reviews:\n  abc:\n    status: open\n    colour: red\n", 4, "unknown key 'colour'"),
    ("reviews:\n  abc:\n    note: x\n", 2, "missing 'status'"),
    ("reviews:\n  abc:\n    status: open\n    note: [1]\n", 4, "'note' must be text"),
    ("reviews:\n  abc: [\n", 3, "invalid YAML"),
    ("reviews:\n  abc:\n    status: open\n    note: no\n", 4, "'note' must be text, not bool; quote it"),
    ("surprise: 1\n", 1, "unknown key 'surprise'"),
])
def test_damaged_review_file_names_file_and_line(tmp_path, text, line, words):
    assert_located_error(load_reviews, tmp_path / "checker-reviews.yml", text, line, words)


def test_unquoted_timestamp_is_read_as_text(tmp_path):
    path = tmp_path / "r.yml"
    path.write_text("reviews:\n  abc:\n    status: dismissed\n    at: 2025-09-05T10:12:00Z\n    note: 2025-09-04\n")
    assert load_reviews(path)["abc"].at == "2025-09-05T10:12:00Z"
    assert load_reviews(path)["abc"].note == "2025-09-04"


def test_dismissed_holds_until_the_evidence_changes(corpus, tmp_path):
    path = tmp_path / "r.yml"
    before = run([corpus]).findings
    tuesday = next(f for f in before if f.rule == "date-conflict" and "Tuesday" in f.message
                   and "Thursday" in f.message and any(c.source.startswith("004") for c in f.sides[0]))
    record(path, tuesday, "dismissed", "the ministers' meeting", "Ada", now=NOW)
    assert apply_reviews([tuesday], load_reviews(path))[0].status == "dismissed"

    # The same values from the same sources, one more quote: the id stays, the evidence does not.
    article = corpus / "004_c5ccbac007a06862.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nThe leaders convened on Tuesday.\n",
                       encoding="utf-8")
    after = {f.id: f for f in run([corpus]).findings}
    assert tuesday.id in after and after[tuesday.id].evidence() != tuesday.evidence()
    reopened = apply_reviews([after[tuesday.id]], load_reviews(path))[0]
    assert reopened.status == "open"
    assert reopened.note.startswith("evidence changed since it was dismissed by Ada on 2025-09-05")
    assert "the ministers' meeting" in reopened.note


def test_a_new_source_on_one_side_reopens_the_decision_by_conflict(corpus, tmp_path):
    path = tmp_path / "r.yml"
    def tuesday(findings):
        return next(f for f in findings if f.rule == "date-conflict" and any(c.source.startswith("003")
                                                                            for c in f.sides[0]))

    before = tuesday(run([corpus]).findings)
    record(path, before, "different-event", "another Paris meeting", "Ada", now=NOW)
    (corpus / "009_more.txt").write_text("The summit took place in Paris on Thursday, September 4, 2025.\n",
                                         encoding="utf-8")
    now = tuesday(run([corpus]).findings)
    assert now.id != before.id and now.conflict_key() == before.conflict_key()
    applied = apply_reviews([now], load_reviews(path))[0]
    assert applied.status == "open" and "since it was different-event by Ada" in applied.note


def test_a_hand_written_decision_without_evidence_holds(findings):
    f = findings[0]
    assert apply_reviews([f], {f.id: Review("dismissed", "by hand")})[0].status == "dismissed"


def test_find_finding_by_unique_prefix(findings):
    f = findings[0]
    assert find_finding(findings, f.id[:5]) is f
    with pytest.raises(CheckerError, match="no finding with id"):
        find_finding(findings, "zzzzzz")
    with pytest.raises(CheckerError, match="no finding"):
        find_finding(findings, f.id[:3])          # too short to be taken as a prefix


def test_default_path_and_reviewer(tmp_path, monkeypatch):
    assert default_reviews_path([]) == Path("checker-reviews.yml")
    assert default_reviews_path([SOURCES]) == SOURCES / "checker-reviews.yml"
    assert default_reviews_path([SOURCES / "000_bdc99d71c762e0ca.txt"]) == SOURCES / "checker-reviews.yml"
    monkeypatch.setenv("CHECKER_REVIEWER", "From Env")
    assert reviewer_name("Explicit") == "Explicit"
    assert reviewer_name(None) == "From Env"
    monkeypatch.delenv("CHECKER_REVIEWER")
    assert reviewer_name(None, tmp_path)             # git's user.name or the login name: never empty


def test_write_is_atomic_and_keeps_nothing_behind(tmp_path, findings):
    path = tmp_path / "r.yml"
    record(path, findings[0], "dismissed", None, "Ada", now=NOW)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".r.yml.lock", "r.yml"]
    assert oct(path.stat().st_mode & 0o777) != "0o600"          # a new file gets the usual permissions


def test_decisions_from_two_processes_one_after_the_other_both_survive(tmp_path, findings):
    """A walk that loaded the file long ago must not overwrite a decision saved since by someone else."""
    path = tmp_path / "r.yml"
    stale_view = load_reviews(path)                              # process A reads (nothing yet) …
    code = ("import sys; from checker.pipeline import run; from checker.review import record; "
            "f = run([sys.argv[2]]).findings[1]; record(sys.argv[1], f, 'confirmed', 'from B', 'B')")
    subprocess.run([sys.executable, "-c", code, str(path), str(SOURCES)], check=True)   # … B saves …
    record(path, findings[0], "dismissed", "from A", "A", now=NOW)                      # … then A saves
    saved = load_reviews(path)
    assert stale_view == {} and set(saved) == {findings[0].id, findings[1].id}
    assert saved[findings[1].id].note == "from B" and saved[findings[0].id].note == "from A"


_CONCURRENT = textwrap.dedent("""
    import sys
    from checker.model.findings import Finding
    from checker.review import record
    path, who = sys.argv[1], sys.argv[2]
    for i in range(15):
        f = Finding(id=f"{who}{i:04d}", rule="r", severity="error", fact="date", message="m", story="s",
                    sides=((), ()))
        record(path, f, "confirmed", None, who)
""")


def test_concurrent_writers_lose_nothing(tmp_path):
    """Four processes saving at the same time: the lock serialises read-modify-write, so all 60 stay."""
    path = tmp_path / "r.yml"
    procs = [subprocess.Popen([sys.executable, "-c", _CONCURRENT, str(path), f"w{n}"]) for n in range(4)]
    assert all(p.wait(timeout=120) == 0 for p in procs)
    assert len(load_reviews(path)) == 60


_KILLED_WRITER = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from checker.review import Review, save_reviews
    path, entries, pause = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "pause"
    if pause:                                  # stop inside the write: data in the temporary file, not renamed
        real = os.fsync
        def fsync(fd):
            print("in-write", flush=True)
            time.sleep(60)
            real(fd)
        os.fsync = fsync
    big = {f"{i:012x}": Review("dismissed", "a long note " * 12, "kill-test", "2025-01-01T00:00:00Z", "0" * 16)
           for i in range(entries)}
    for generation in range(1, 10_000):
        big["generation"] = Review("open", str(generation))
        save_reviews(path, big)
        print(generation, flush=True)
""")


def _previous_file(path: Path, entries: int) -> None:
    save_reviews(path, {f"{i:012x}": Review("confirmed", "before") for i in range(entries)}
                 | {"generation": Review("open", "0")})


@pytest.mark.parametrize("attempt", range(5))
def test_a_writer_killed_while_saving_leaves_a_file_that_loads(tmp_path, attempt):
    """SIGKILL lands while a save is under way: the parent watches the folder and kills the writer a
    random 0-4 ms after it sees a temporary file appear (a 1 MB save takes about that long here), or at once
    when it sees the file itself shrink, as a write in place would truncate it."""
    path = tmp_path / "checker-reviews.yml"
    entries = 4000                                   # about 1 MB of YAML per save
    _previous_file(path, entries)
    full = path.stat().st_size
    rng = random.Random(attempt)
    child = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(path), str(entries), "run"],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "1"       # one whole save done, the next one under way
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if path.stat().st_size < full * 0.9:            # the file itself is being rewritten: now
                break
            if any(p.suffix == ".tmp" for p in tmp_path.iterdir()):
                time.sleep(rng.uniform(0, 0.004))         # somewhere in the write, fsync or rename
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    loaded = load_reviews(path)                              # loads: never half a file
    assert len(loaded) == entries + 1 and int(loaded["generation"].note) >= 0


def test_a_writer_killed_in_the_middle_of_a_save_leaves_the_previous_file(tmp_path):
    path = tmp_path / "checker-reviews.yml"
    _previous_file(path, 3000)
    before = path.read_bytes()
    child = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(path), "3000", "pause"],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "in-write"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers and leftovers[0].stat().st_size > 0     # the new text was being written …
    assert path.read_bytes() == before                       # … and the old file is untouched
    assert load_reviews(path)["generation"].note == "0"
    # The next locked save clears the dead writer's temporary file.
    record(path, _fake_finding(), "dismissed", None, "Ada", now=NOW)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(load_reviews(path)) == 3002


def _fake_finding():
    from checker.model.findings import Finding

    return Finding(id="feedfacecafe", rule="r", severity="error", fact="date", message="m", story="s", sides=((), ()))


def test_dump_is_stable(findings):
    reviews = {f.id: Review("confirmed", None, "Ada", "2025-09-05T10:12:00Z") for f in findings}
    assert dump_reviews(reviews) == dump_reviews(dict(reversed(list(reviews.items()))))


def test_save_to_a_missing_folder_is_a_user_error(tmp_path, findings):
    with pytest.raises(CheckerError, match="no such folder"):
        record(tmp_path / "nope" / "r.yml", findings[0], "dismissed", None, "Ada")
    assert not os.path.exists(tmp_path / "nope")
