"""The package's shape: every import points down the pipeline, none goes round in a circle, and no module
grows past what a reader takes in at once.

A small AST reading of ``checker/``: every ``import`` and ``from … import`` counts, at module level or inside
a function (an import moved into a function still ties the two modules together).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from conftest import REPO

PACKAGE = REPO / "checker"
MAX_LINES = 400
MAX_CLI_LINES = 250

# The stages, in the order data flows through them; a module may import its own stage and those before it.
# A module belongs to the stage of the longest prefix of its name listed here.
STAGES: list[tuple[str, ...]] = [
    ("checker", "checker.errors", "checker.resources", "checker.atomic", "checker.yamlsrc",     # foundations
     "checker.linkage", "checker.regexcache"),
    ("checker.model",),
    ("checker.sources", "checker.corpus"),
    ("checker.text",),
    ("checker.mentions",),
    ("checker.facts",),
    ("checker.positions",),
    ("checker.align", "checker.eventtime", "checker.eventplace", "checker.sameevent", "checker.summed",
     "checker.localmoney", "checker.venues"),
    ("checker.kinds", "checker.pack"),
    ("checker.story", "checker.asides"),
    ("checker.engine",),
    ("checker.pipeline", "checker.api", "checker.review", "checker.baseline", "checker.gate", "checker.ruletests",
     "checker.evaluate", "checker.gold"),
    ("checker.formats", "checker.progress"),
    ("checker.cli", "checker.cli_options", "checker.cli_review", "checker.cli_rules", "checker.__main__"),
]


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if "bundled" not in p.parts}


def stage_of(module: str) -> int:
    best, stage = -1, None
    for i, names in enumerate(STAGES):
        for name in names:
            if (module == name or module.startswith(name + ".")) and len(name) > best:
                best, stage = len(name), i
    assert stage is not None, f"{module}: add it to a stage in STAGES"
    return stage


def imports(module: str) -> set[str]:
    """The checker modules that ``module`` imports, anywhere in it."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # "from package import module, …" needs the modules, not the package's own code
            submodules = [f"{node.module}.{alias.name}" for alias in node.names]
            names = submodules if all(m in MODULES for m in submodules) else [node.module] + submodules
        else:
            continue
        found.update(name for name in names if name in MODULES and name != module)
    return found


GRAPH = {module: imports(module) for module in MODULES}


def test_every_module_has_a_stage():
    for module in MODULES:
        stage_of(module)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_import_from_a_later_stage(module):
    later = sorted(m for m in GRAPH[module] if stage_of(m) > stage_of(module))
    assert not later, f"{module} (stage {stage_of(module)}) imports a later stage: {later}"


def test_no_import_cycle():
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            cycle = path[path.index(module):] + [module]
            pytest.fail("import cycle: " + " -> ".join(cycle))
        if module in done:
            return
        for target in sorted(GRAPH[module]):
            visit(target, path + [module])
        done.add(module)

    for module in sorted(GRAPH):
        visit(module, [])


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_over_the_limit(module):
    lines = len(MODULES[module].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{module}: {lines} lines (at most {MAX_LINES})"


def test_the_command_line_is_thin():
    lines = len((PACKAGE / "cli.py").read_text(encoding="utf-8").splitlines())
    assert lines < MAX_CLI_LINES, f"checker/cli.py: {lines} lines (under {MAX_CLI_LINES})"


def test_the_checker_finds_a_cycle_and_an_arrow_back(tmp_path, monkeypatch):
    """The test itself: a cycle through a function-level import, and an import from a later stage, are
    both caught."""
    a, b = "checker.model.x_a", "checker.model.x_b"
    graph = {a: {b}, b: {a}}
    monkeypatch.setattr(sys.modules[__name__], "GRAPH", graph)
    with pytest.raises(pytest.fail.Exception, match="import cycle"):
        test_no_import_cycle()
    monkeypatch.setattr(sys.modules[__name__], "GRAPH", {a: {"checker.cli"}})
    with pytest.raises(AssertionError, match="imports a later stage"):
        test_no_import_from_a_later_stage(a)
