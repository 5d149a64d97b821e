"""Output formats: a registry from format name to a function that renders a :class:`Report` as text.

Every format builds on the same :meth:`Finding.to_dict` / :class:`Claim` data; adding one means writing a
``render(report, options) -> str`` function and listing it here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from checker.pipeline import Report


@dataclass(frozen=True)
class RenderOptions:
    """What a renderer may need besides the report."""

    color: bool = False
    width: int | None = None
    show_all: bool = False
    fail_on: str | None = None          # the CI threshold, for formats that mark what fails (JUnit)


Renderer = Callable[[Report, RenderOptions], str]


def _registry() -> dict[str, Renderer]:
    from checker.formats import console, csvfmt, github, html, jsonfmt, junit, markdown, sarif

    return {"console": console.render, "markdown": markdown.render, "html": html.render, "json": jsonfmt.render,
            "csv": csvfmt.render, "sarif": sarif.render, "junit": junit.render, "github": github.render}


def renderer(name: str) -> Renderer:
    formats = _registry()
    if name not in formats:
        raise KeyError(f"unknown format {name!r}; choose one of: {', '.join(formats)}")
    return formats[name]


def format_names() -> list[str]:
    return list(_registry())
