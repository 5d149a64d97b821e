"""``checker rules``: list, validate and test rule packs, and scaffold a new one (``rules new NAME``)."""

from __future__ import annotations

from pathlib import Path

import click

from checker import api
from checker.cli_options import EXIT_FINDINGS, rules_option
from checker.kinds import REGISTRY


def _folder(folder: Path | None, rules_dir: Path | None) -> Path | None:
    """The pack folder named as an argument, or by --pack/--rules."""
    if folder is not None and rules_dir is not None:
        raise click.UsageError("give a FOLDER or --pack/--rules, not both")
    return folder if folder is not None else rules_dir


@click.group()
def rules() -> None:
    """List, validate and test rule packs, or start a new one."""


@rules.command("list")
@rules_option
def rules_list(rules_dir: Path | None) -> None:
    """The rules of a pack and the rule kinds available."""
    pack = api.pack(rules_dir)
    click.echo(f"rule pack {pack.path}")
    width = max((len(r.id) for r in pack.rules), default=10)
    for r in pack.rules:
        click.echo(f"  {r.id:<{width}}  {r.severity:<7}  {r.kind:<16} {r.fact:<10} {r.description}")
    click.echo("facts: " + ", ".join(pack.facts))
    click.echo("rule kinds:")
    for name, kind in sorted(REGISTRY.items()):
        opts = ", ".join(f"{k}={v}" for k, v in kind.defaults.items() if k in kind.options_schema["properties"])
        click.echo(f"  {name:<16} {kind.description}" + (f" [{opts}]" if opts else ""))


@rules.command("validate")
@click.argument("folder", required=False, type=click.Path(path_type=Path))
@rules_option
def rules_validate(folder: Path | None, rules_dir: Path | None) -> None:
    """Check a rule pack (default: the bundled one); exit 2 with file:line on the first problem."""
    pack = api.pack(_folder(folder, rules_dir))
    click.echo(f"{pack.path}: ok ({len(pack.facts)} facts, {len(pack.rules)} rules)")


@rules.command("test")
@click.argument("folder", required=False, type=click.Path(path_type=Path))
@rules_option
@click.option("-v", "--verbose", is_flag=True, help="List every case.")
def rules_test(folder: Path | None, rules_dir: Path | None, verbose: bool) -> None:
    """Run the YAML test cases in FOLDER/tests against the pack in FOLDER; exit 1 if any fails."""
    results = api.rule_tests(_folder(folder, rules_dir))
    failed = [r for r in results if not r.ok]
    for r in results:
        if verbose or not r.ok:
            click.echo(f"{'ok  ' if r.ok else 'FAIL'} {r.where} {r.name}" + ("" if r.ok else f": {r.detail}"))
    click.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    if failed:
        raise SystemExit(EXIT_FINDINGS)


@rules.command("new")
@click.argument("folder", type=click.Path(path_type=Path))
def rules_new(folder: Path) -> None:
    """Write a new rule pack into FOLDER: facts, rules and a test file whose cases pass (see the README,
    "Write your own pack"). Then: checker rules test FOLDER; checker report --rules FOLDER ARTICLES."""
    for path in api.new_pack(folder):
        click.echo(f"wrote {path}")
    click.echo(f"next: checker rules test {folder}")
