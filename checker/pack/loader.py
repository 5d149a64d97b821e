"""Loading a rule pack (see :mod:`checker.pack`): every YAML file of the folder validated against the schemas
of :mod:`checker.pack.schema`, facts and rules built from it, each rule's options checked against its kind's
schema and its message template against the fields the kinds declare."""

from __future__ import annotations

import re
import string
from pathlib import Path
from typing import Any, Iterable

from checker.errors import ConfigError
from checker.kinds import REGISTRY, message_fields
from checker.kinds.base import SIDE_FIELDS, RuleKind
from checker.model.pack import MAX_CLAIMS, MENTION_KINDS, DEFAULT_PLACE_TYPES, Cue, EntityKey, FactDef, Pack, RuleDef, Settings
from checker.pack.cache import cached_pack
from checker.pack.schema import FILE_SCHEMA, validate
from checker.yamlsrc import YamlDoc, load_yaml


def load_pack(folder: str | Path) -> Pack:
    """Load and validate the rule pack in ``folder``."""
    root = Path(folder)
    if not root.is_dir():
        raise ConfigError(f"{folder}: rule pack folder not found")
    files = sorted(p for p in root.glob("*.yml")) + sorted(root.glob("*.yaml"))
    if not files:
        raise ConfigError(f"{folder}: no rule files (*.yml) in the rule pack")
    return cached_pack(folder, files, lambda: _load(root, files))


def _load(root: Path, files: list[Path]) -> Pack:
    """The pack of ``files``, read and validated."""
    settings_raw: dict = {}
    facts: dict[str, FactDef] = {}
    fact_where: dict[str, str] = {}
    rules: list[RuleDef] = []
    rule_where: dict[str, str] = {}
    pending_rules: list[tuple[YamlDoc, int, dict]] = []
    for file in files:
        doc = load_yaml(file)
        if doc.data is None:
            continue
        validate(doc, FILE_SCHEMA)
        data = doc.data
        for section, value in (data.get("settings") or {}).items():
            if section in settings_raw:
                raise doc.error(("settings", section), f"settings '{section}' are already set in another file")
            settings_raw[section] = value
        for name, body in (data.get("facts") or {}).items():
            if name in facts:
                raise doc.error(("facts", name), f"fact '{name}' is already defined at {fact_where[name]}")
            facts[name] = fact_def(doc, name, body)
            fact_where[name] = doc.where(("facts", name))
        for index, body in enumerate(data.get("rules") or []):
            pending_rules.append((doc, index, body))
    for doc, index, body in pending_rules:
        path = ("rules", index)
        rid = body["id"]
        if rid in rule_where:
            raise doc.error(path + ("id",), f"rule id '{rid}' is already used at {rule_where[rid]}")
        rule_kind(doc, path, rid, body["kind"])
        if body["fact"] not in facts:
            raise doc.error(path + ("fact",), f"rule '{rid}': unknown fact '{body['fact']}'; "
                                              f"facts defined: {', '.join(sorted(facts)) or '(none)'}")
        rule_where[rid] = doc.where(path)
        if body.get("enabled", True) is not False:
            rules.append(rule_def(doc, path, rid, body, body["fact"]))
    return Pack(str(root), _settings(settings_raw), facts, tuple(rules))


def rule_kind(doc: YamlDoc, path: tuple, rid: str, name: str) -> RuleKind:
    """The kind called ``name``; an unknown one raises ``file:line`` with the valid kinds."""
    if name not in REGISTRY:
        raise doc.error(path + ("kind",), f"rule '{rid}': unknown kind '{name}'; "
                                          f"valid kinds: {', '.join(sorted(REGISTRY))}")
    return REGISTRY[name]


def rule_def(doc: YamlDoc, path: tuple, rid: str, body: dict, fact: str) -> RuleDef:
    """The rule written at ``path`` of ``doc`` (its kind known), comparing ``fact``: its options checked
    against the kind's schema and merged with its defaults, its message template checked."""
    kind = REGISTRY[body["kind"]]
    options = dict(body.get("options") or {})
    validate(doc, kind.options_schema, options, path + ("options",), f"rule '{rid}' options")
    message = body.get("message") or kind.default_message
    _check_template(doc, path + ("message",), rid, message)
    return RuleDef(rid, body["kind"], fact, body["severity"], message, {**kind.defaults, **options},
                   body.get("description", ""), doc.where(path))


def _settings(raw: dict) -> Settings:
    q = raw.get("qualifiers") or {}
    c = raw.get("currency") or {}
    d = raw.get("dates") or {}
    limits = raw.get("limits") or {}
    return Settings(
        approx=float(q.get("approx", 0.10)),
        up_to_floor=float(q.get("up_to_floor", 0.0)),
        round_money=float(q.get("round_money", 0.0)),
        base_currency=c.get("base", "USD"),
        rates_as_of=str(c.get("as_of", "")),
        assume=dict(c.get("assume") or {}),
        local={unit: dict(codes) for unit, codes in (c.get("local") or {}).items()},
        rates={k.upper(): float(v) for k, v in (c.get("rates") or {}).items()},
        borrow_year=bool(d.get("borrow_year", True)),
        past_only=bool(d.get("past_only", False)),
        max_claims=int(limits.get("claims_per_article", MAX_CLAIMS)),
    )


def _unit_classes(units: list | dict | None) -> dict[str, str]:
    """Unit word -> its class: a list of units is one class; a mapping names classes of units that may be
    compared with each other (countries with delegations, not with participants)."""
    if not units:
        return {}
    if isinstance(units, dict):
        return {u.lower(): cls for cls, listed in units.items() for u in words(listed)}
    return {u.lower(): "" for u in words(units)}


def words(listed: list | None) -> tuple[str, ...]:
    """A pack's list of phrases, with the phrases of any list inside it (a YAML alias) in its place."""
    out: list[str] = []
    for item in listed or ():
        out.extend(item if isinstance(item, list) else [item])
    return tuple(out)


def fact_def(doc: YamlDoc, name: str, body: dict, path: tuple | None = None) -> FactDef:
    """The fact ``name`` defined by ``body`` at ``path`` of ``doc`` (default: under ``facts``)."""
    path = path or ("facts", name)
    align = body.get("align") or {}
    return FactDef(
        name=name,
        about=body.get("about", ""),
        mentions=tuple(body["mentions"]),
        cues=_cue(body.get("cues")),
        exclude=tuple(_cue(e) for e in _as_list(body.get("exclude"))),
        not_after=words(body.get("not_after")),
        only_after=words(body.get("only_after")),
        or_before=words(body.get("or_before")),
        anchored=frozenset(body.get("anchored") or MENTION_KINDS),
        other_event=_user_regexes(doc, path + ("other_event",), body.get("other_event")),
        other_event_in_clause=_user_regexes(doc, path + ("other_event_in_clause",), body.get("other_event_in_clause")),
        same_as_previous=_user_regexes(doc, path + ("same_as_previous",), body.get("same_as_previous")),
        apart_previous=_user_regexes(doc, path + ("apart_previous",), body.get("apart_previous")),
        units=frozenset(_unit_classes(body.get("units"))),
        unit_classes=tuple(sorted(_unit_classes(body.get("units")).items())),
        unit_window=int(body.get("unit_window", 3)),
        asides=words(body.get("asides")),
        subject_class=(body.get("subject_units") or {}).get("class", ""),
        subject_verbs=words((body.get("subject_units") or {}).get("verbs")),
        labels=words(body.get("labels")),
        roles=words(body.get("roles")),
        unit_pairs=tuple(tuple(pair) for pair in body.get("unit_pairs") or ()),
        place_types=frozenset(body.get("place_kinds") or DEFAULT_PLACE_TYPES),
        max_span_days=body.get("max_span_days"),
        events=tuple((name, words(listed)) for name, listed in (body.get("events") or {}).items()),
        align_by=tuple(align.get("by") or ()),
        align_threshold=float(align.get("threshold", 80.0)),
        donor_verbs=words(align.get("donor_verbs")),
        part_words=words(align.get("part_words")),
        total_words=words(align.get("total_words")),
        generic_donors=frozenset(w.lower() for w in words(align.get("generic_donors"))),
        anchor_gap=int(body.get("anchor_gap", 0)),
        not_before=words(body.get("not_before")),
        per=_entity_key(body.get("per")),
        where=doc.where(path),
    )


def _entity_key(body: dict | None) -> EntityKey | None:
    if not body:
        return None
    return EntityKey(body["entity"], tuple(body.get("before") or ()), tuple(body.get("after") or ()),
                     int(body.get("gap", 2)))


def _as_list(value: dict | list | None) -> list:
    return [] if value is None else value if isinstance(value, list) else [value]


def _cue(body: dict | None) -> Cue | None:
    if not body:
        return None
    return Cue(words(body["words"]), body.get("scope", "clause"), int(body.get("window", 8)))


def _user_regexes(doc: YamlDoc, path: tuple, patterns: list[str] | None) -> tuple[str, ...]:
    """Regular expressions written by the pack author, checked here so a typo is reported with its line."""
    for i, pattern in enumerate(patterns or ()):
        try:
            re.compile(pattern)
        except re.error as exc:
            raise doc.error(path + (i,), f"invalid regular expression {pattern!r}: {exc}") from None
    return tuple(patterns or ())


# ------------------------------------------------------------------------------------------------ messages
class _Probe:
    """Stands in for template fields at load time, so a typo in a message is caught before any run."""

    def __init__(self, name: str, attrs: Iterable[str] = ()) -> None:
        self._name = name
        self._attrs = set(attrs)

    def __getattr__(self, item: str) -> Any:
        if item.startswith("_") or item not in self._attrs:
            raise AttributeError(f"{self._name}.{item}")
        return "x"

    def __format__(self, spec: str) -> str:
        return "x"


def _check_template(doc: YamlDoc, path: tuple, rid: str, message: str) -> None:
    names = message_fields()
    fields = {name: _Probe(name) for name in names}
    fields["a"] = _Probe("a", SIDE_FIELDS)
    fields["b"] = _Probe("b", SIDE_FIELDS)
    try:
        for _, field_name, _, _ in string.Formatter().parse(message):
            if field_name is None:
                continue
            root = re.split(r"[.\[]", field_name, maxsplit=1)[0]
            if root not in fields:
                raise KeyError(root)
        message.format(**fields)
    except KeyError as exc:
        raise doc.error(path, f"rule '{rid}': unknown field {{{exc.args[0]}}} in message; "
                              f"use {', '.join('{' + f + '}' for f in names + ('a', 'b'))} "
                              f"(a and b have .{', .'.join(SIDE_FIELDS)})") from None
    except AttributeError as exc:
        raise doc.error(path, f"rule '{rid}': unknown field {{{exc.args[0]}}} in message; "
                              f"a side has .{', .'.join(SIDE_FIELDS)}") from None
    except (ValueError, IndexError) as exc:
        raise doc.error(path, f"rule '{rid}': malformed message template ({exc})") from None
