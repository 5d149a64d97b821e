"""The loaded pack is cached between runs (checker.pack.cache): the same pack back, a changed file or a
broken pack never served from the cache."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import checker

from checker.errors import ConfigError
from checker.pack import load_pack
from checker.pack.cache import cache_dir
from checker.resources import default_rules_dir


@pytest.fixture
def cached(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(folder))
    return folder


def _pack_copy(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules, ignore=shutil.ignore_patterns("tests", "__pycache__", "*.py"))
    return rules


def test_cached_pack_is_the_same_pack(tmp_path, cached):
    rules = _pack_copy(tmp_path)
    first = load_pack(rules)
    assert len(list(cached.glob("pack-*.pickle"))) == 1
    assert load_pack(rules) == first


def test_a_changed_rule_file_is_read_again(tmp_path, cached):
    rules = _pack_copy(tmp_path)
    load_pack(rules)
    settings = rules / "settings.yml"
    settings.write_text(settings.read_text().replace("approx: 0.1", "approx: 0.2"))
    assert load_pack(rules).settings.approx == 0.2
    assert len(list(cached.glob("pack-*.pickle"))) == 2


def test_a_broken_pack_is_never_cached(tmp_path, cached):
    rules = _pack_copy(tmp_path)
    (rules / "date.yml").write_text("rules:\n  - id: x\n    kind: nosuchkind\n    fact: date\n    severity: error\n")
    for _ in range(2):
        with pytest.raises(ConfigError, match="unknown kind"):
            load_pack(rules)
    assert not list(cached.glob("pack-*.pickle"))


def test_a_damaged_cache_file_is_a_miss(tmp_path, cached):
    rules = _pack_copy(tmp_path)
    first = load_pack(rules)
    for path in cached.glob("pack-*.pickle"):
        path.write_bytes(b"not a pickle")
    assert load_pack(rules) == first


def test_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKER_CACHE_DIR", "")
    assert cache_dir() is None
    assert load_pack(_pack_copy(tmp_path)).rules


def test_a_cached_run_does_not_import_jsonschema(tmp_path, cached):
    rules = _pack_copy(tmp_path)
    load_pack(rules)
    code = ("import sys; from checker.pack import load_pack; load_pack(sys.argv[1]); "
            "print('jsonschema' in sys.modules)")
    # The child imports the very checker this process runs (the checkout or an installed copy: their code
    # stamps, and so the cache keys, differ), whatever the working folder puts first on its path.
    env = {**os.environ, "PYTHONPATH": str(Path(checker.__file__).resolve().parent.parent)}
    out = subprocess.run([sys.executable, "-c", code, str(rules)], capture_output=True, text=True, check=True,
                         env=env, cwd=tmp_path)
    assert out.stdout.strip() == "False"
