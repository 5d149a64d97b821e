"""Shared fixtures: paths to the repository, the bundled corpus and the read-only ../shared folder."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from pathlib import Path

import pytest

# The packs and patterns the tests load are cached in a folder of this run (checker.pack.cache,
# checker.regexcache), not the user's: set before checker is imported, which compiles patterns.
if "CHECKER_CACHE_DIR" not in os.environ:
    import atexit
    import tempfile

    os.environ["CHECKER_CACHE_DIR"] = tempfile.mkdtemp(prefix="checker-test-cache-")
    atexit.register(shutil.rmtree, os.environ["CHECKER_CACHE_DIR"], True)

from checker.pack import load_pack
from checker.pipeline import analyse
from checker.resources import default_rules_dir
from checker.model.documents import Document

# Hypothesis profiles (tests/test_properties.py): "ci", bounded, in every run (about 20 s); "long", chosen with
# HYPOTHESIS_PROFILE=long, for at least 10,000 inputs over all properties (see README, Robustness). No deadline:
# a slow example is measured, not failed; derandomized in CI so that a run is reproducible.
from hypothesis import HealthCheck, settings as _hypothesis_settings

_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
_hypothesis_settings.register_profile("ci", max_examples=50, deadline=None, derandomize=True,
                                      suppress_health_check=_SLOW_OK, print_blob=True)
_hypothesis_settings.register_profile("long", max_examples=2500, deadline=None, suppress_health_check=_SLOW_OK,
                                      print_blob=True)
_hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SOURCES = REPO / "sources"


def needs_shared(*parts: str):
    """Skip a test, with a reason, when ../shared (or a file in it) is not beside the checkout."""
    path = SHARED.joinpath(*parts)
    return pytest.mark.skipif(not path.exists(), reason=f"{path} is not available (../shared is read-only input "
                                                         "beside the checkout, absent here)")


def invoke(*args, cwd=None, input=None, env=None):
    """Run the command line in-process (click's CliRunner), optionally from another working folder."""
    from click.testing import CliRunner

    from checker.cli import cli

    old = os.getcwd()
    if cwd:
        os.chdir(cwd)
    try:
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, input=input, env=env)
    finally:
        os.chdir(old)


def one_line_error(result) -> str:
    """The command failed as a user error: exit 2, one line "checker: error: …" on stderr, no traceback."""
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("checker: error: "), result.stderr
    assert "Traceback" not in result.output
    return lines[0]


def checker_command() -> list[str]:
    """The installed ``checker`` script of this interpreter's environment (or ``python -m checker``)."""
    beside = Path(sys.executable).with_name("checker")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("checker")
    return [found] if found else [sys.executable, "-m", "checker"]


@pytest.fixture
def corpus(tmp_path):
    """A copy of the sample corpus that a test may edit (folder name, and so story, "sources")."""
    folder = tmp_path / "sources"
    shutil.copytree(SOURCES, folder)
    return folder


def assert_located_error(load, path: Path, text: str, line: int, words: str) -> None:
    """Writing ``text`` to ``path`` and loading it fails with a ConfigError "PATH:LINE: … words …"."""
    from checker.errors import ConfigError

    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load(path)
    assert str(err.value).startswith(f"{path}:{line}: ") and words in str(err.value), str(err.value)


@pytest.fixture(scope="session")
def pack():
    return load_pack(default_rules_dir())


def story(pack, *texts: str, published: dt.date | None = None):
    """Analyse a few short articles as one story."""
    docs = [Document(id=f"s{i}", path=f"s{i}.txt", text=t, story="test", published=published)
            for i, t in enumerate(texts)]
    return analyse(docs, pack)
