"""Output formats: a registry from format name to a function that renders a :class:`Report` as text.

Every format builds on the same :meth:`Finding.to_dict` / :class:`Claim` data; adding one means writing a
``render(report, options) -> str`` function in a module of its own and listing that module here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from checker.model.report import Report


@dataclass(frozen=True)
class RenderOptions:
    """What a renderer may need besides the report."""

    color: bool = False
    width: int | None = None
    show_all: bool = False
    fail_on: str | None = None          # the CI threshold, for formats that mark what fails (JUnit)


Renderer = Callable[[Report, RenderOptions], str]


# Format name -> the module that renders it. Modules are imported only when their format is asked for: some
# pull in large libraries (csv: pandas, half a second; console: rich) that other formats do not need.
_MODULES = {"console": "console", "markdown": "markdown", "html": "html", "json": "jsonfmt", "csv": "csvfmt",
            "sarif": "sarif", "junit": "junit", "github": "github"}


# Formats read by programs, not people: no progress bar is drawn for them, even on a terminal.
MACHINE_READABLE = frozenset({"json", "csv", "sarif", "junit", "github"})
# The formats of the fact table (``checker facts``; see :mod:`checker.formats.facts`); Parquet is binary,
# written to a file.
FACT_FORMATS = ("console", "csv", "json", "parquet")


def renderer(name: str) -> Renderer:
    if name not in _MODULES:
        raise KeyError(f"unknown format {name!r}; choose one of: {', '.join(_MODULES)}")
    from importlib import import_module

    return import_module(f"checker.formats.{_MODULES[name]}").render


def format_names() -> list[str]:
    return list(_MODULES)
