"""The acceptance check of the first issue: the sample corpus scored against ../shared/gold/seeds.yml."""

import re
import subprocess
import sys

from conftest import REPO, SHARED, checker_command, needs_shared


@needs_shared("gold", "score.py")
def test_sample_corpus_against_gold(tmp_path):
    report = tmp_path / "r.json"
    subprocess.run(checker_command() + ["report", "sources", "--format", "json", "-o", str(report)], cwd=REPO, check=True)
    out = subprocess.run([sys.executable, str(SHARED / "gold" / "score.py"), str(report),
                          str(SHARED / "gold" / "seeds.yml")], capture_output=True, text=True, check=True).stdout
    m = re.search(r"recall (\d+)/(\d+) precision (\d+)/(\d+)", out)
    assert m, out
    hit, required, good, total = map(int, m.groups())
    assert hit == required == 6, out
    assert total and good / total >= 0.9, out


def test_design_card_examples_appear_with_quotes(tmp_path):
    from checker.pipeline import run

    findings = run([REPO / "sources"]).findings
    texts = [" | ".join(c.text for side in f.sides for c in side) for f in findings]
    assert any("on Thursday" in t and "on Tuesday" in t for t in texts)
    assert any("more than 27" in t and "thirty-five" in t for t in texts)
