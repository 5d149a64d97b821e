"""Where the bundled sample corpus, rule pack and data files live.

An installed wheel carries them under ``checker/bundled/`` (setup.cfg maps the top-level ``rules/``,
``packs/`` and ``sources/`` folders there); a source checkout or editable install reads the top-level folders
directly. The bundled packs: ``summit`` (the default, ``rules/``) and ``incidents`` (``packs/incidents/``).
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    installed = _PACKAGE / "bundled" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def default_rules_dir() -> Path:
    """The default rule pack."""
    return _bundled("rules")


PACKS = ("summit", "incidents")


def bundled_pack(name: str) -> Path:
    """The folder of the bundled pack ``name`` (one of :data:`PACKS`)."""
    return default_rules_dir() if name == "summit" else _bundled("packs/" + name)


def sample_corpus_dir() -> Path:
    """The bundled sample corpus (five articles about one summit)."""
    return _bundled("sources")


def data_file(name: str) -> Path:
    """A data file shipped inside the package (gazetteer and the like)."""
    return _PACKAGE / "data" / name
