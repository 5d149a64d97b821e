"""checker.regexcache: a pattern compiled from its cached engine code is the pattern ``re.compile`` makes (the
same source, flags, groups and matches), and a cache that is off, missing or damaged changes nothing."""

from __future__ import annotations

import re

import pytest

from checker.mentions.dates import forms
from checker.regexcache import compiled

from conftest import REPO

_SOURCES = [(forms._SOURCES["w"], re.I | re.X), (forms._SOURCES["d"], re.X), (r"(?P<a>x)|(y)(?P<b>z)\1", 0),
            (r"(?i:ſ)k\u212a[^\W\d]+(?<=\w)", re.I), (r"(?x) a b # comment", 0), ("", 0), (r"\bé\b", re.A)]
_TEXT = "\n".join(p.read_text(encoding="utf-8")
                  for p in sorted((REPO / "tests" / "stories").glob("*/*.md")))[:30000]
_TEXT += " ſK\u212aÉtude yzy xzz é 4th of July, 2019-07-04, the first week of May"


def _same(got: re.Pattern, want: re.Pattern) -> None:
    assert (got.pattern, got.flags, got.groups, got.groupindex) == (want.pattern, want.flags, want.groups,
                                                                     want.groupindex)
    low = _TEXT.lower()
    for text in (_TEXT, low):
        assert [(m.span(), m.groups(), m.lastgroup) for m in got.finditer(text)] == \
            [(m.span(), m.groups(), m.lastgroup) for m in want.finditer(text)]
        for start in range(0, len(text), 97):
            a, b = got.match(text, start), want.match(text, start)
            assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup))


@pytest.mark.parametrize("source, flags", _SOURCES)
def test_cached_pattern_is_the_compiled_pattern(tmp_path, monkeypatch, source, flags):
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path))
    first = compiled(source, flags)                       # compiled and cached
    assert len(list((tmp_path / "regex").iterdir())) == 1
    second = compiled(source, flags)                      # read from the cache
    want = re.compile(source, flags)
    _same(first, want)
    _same(second, want)


def test_off_missing_or_damaged_cache_changes_nothing(tmp_path, monkeypatch):
    source = forms._SOURCES["d"]
    monkeypatch.setenv("CHECKER_CACHE_DIR", "")
    _same(compiled(source, re.X), re.compile(source, re.X))
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path))
    compiled(source, re.X)
    [entry] = (tmp_path / "regex").iterdir()
    for damage in (b"", b"\x00garbage", entry.read_bytes()[:-40]):
        entry.write_bytes(damage)
        _same(compiled(source, re.X), re.compile(source, re.X))
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / "regex").write_text("a file where the folder would be")     # a cache that cannot be written
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(blocked))
    _same(compiled(source, re.X), re.compile(source, re.X))


def test_errors_are_re_errors(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path))
    with pytest.raises(re.error):
        compiled(r"(unclosed")
