"""The rule pack: a folder of YAML files holding settings, fact definitions and rules.

Each ``*.yml`` file directly in the folder may hold any of three sections:

``settings``  qualifier tolerances, currency assumptions and rates, date options;
``facts``     how each fact (``date``, ``attendees`` …) is picked out of the mentions: cue words, units,
              exclusions, how its claims are aligned;
``rules``     a list of rules, each an ``id``, a ``kind`` from the registry in :mod:`checker.kinds`, the
              ``fact`` it compares, a ``severity``, an optional ``message`` template and kind ``options``.

Everything is validated with JSON Schema; unknown keys and kinds are rejected with ``file:line: message``
naming the rule or fact and the valid choices. Sub-folders (``tests/``) are not part of the pack.
"""

from __future__ import annotations

import re
import string
from pathlib import Path
from typing import Any, Iterable

from jsonschema import Draft202012Validator

from checker.errors import ConfigError
from checker.kinds import REGISTRY, message_fields
from checker.kinds.base import SIDE_FIELDS
from checker.model.pack import MENTION_KINDS, PLACE_TYPES, SEVERITIES, Cue, FactDef, Pack, RuleDef, Settings
from checker.yamlsrc import YamlDoc, load_yaml


_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}}
_SCOPE = {
    "type": "object",
    "additionalProperties": False,
    "required": ["words"],
    "properties": {
        "words": _WORDS,
        "scope": {"enum": ["clause", "sentence", "window"]},
        "window": {"type": "integer", "minimum": 1, "maximum": 60},
    },
}
FACT_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["mentions"],
    "properties": {
        "about": {"type": "string"},
        "mentions": {"type": "array", "minItems": 1, "items": {"enum": list(MENTION_KINDS)}},
        "cues": _SCOPE,
        "exclude": _SCOPE,
        "not_after": _WORDS,
        "only_after": _WORDS,
        "or_before": _WORDS,
        "anchored": {"type": "array", "items": {"enum": list(MENTION_KINDS)}},
        "other_event": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "units": _WORDS,
        "unit_window": {"type": "integer", "minimum": 0, "maximum": 6},
        "place_kinds": {"type": "array", "items": {"enum": list(PLACE_TYPES)}},
        "max_span_days": {"type": "integer", "minimum": 1},
        "events": {"type": "object", "additionalProperties": _WORDS},
        "align": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "by": {"type": "array", "items": {"enum": ["donor", "programme", "event"]}},
                "threshold": {"type": "number", "minimum": 0, "maximum": 100},
                "donor_verbs": _WORDS,
            },
        },
    },
}
RULE_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["id", "kind", "fact", "severity"],
    "properties": {
        "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"},
        "kind": {"type": "string"},
        "fact": {"type": "string"},
        "severity": {"enum": list(SEVERITIES)},
        "message": {"type": "string", "minLength": 1},
        "description": {"type": "string"},
        "enabled": {"type": "boolean"},
        "options": {"type": "object"},
    },
}
SETTINGS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "qualifiers": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "approx": {"type": "number", "minimum": 0, "maximum": 1},
                "up_to_floor": {"type": "number", "minimum": 0, "maximum": 1},
            },
        },
        "currency": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "base": {"type": "string", "pattern": "^[A-Z]{3}$"},
                "as_of": {"type": "string"},
                "assume": {"type": "object", "additionalProperties": {"type": "string", "pattern": "^[A-Z]{3}$"}},
                "rates": {"type": "object", "additionalProperties": {"type": "number", "exclusiveMinimum": 0}},
            },
        },
        "dates": {
            "type": "object",
            "additionalProperties": False,
            "properties": {"borrow_year": {"type": "boolean"}},
        },
    },
}
FILE_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "patternProperties": {"^x-": {}},        # free-form blocks for YAML anchors, ignored (as in docker-compose)
    "properties": {
        "settings": SETTINGS_SCHEMA,
        "facts": {"type": "object", "additionalProperties": FACT_SCHEMA},
        "rules": {"type": "array", "items": RULE_SCHEMA},
    },
}


# --------------------------------------------------------------------------------------------- loading
def load_pack(folder: str | Path) -> Pack:
    """Load and validate the rule pack in ``folder``."""
    root = Path(folder)
    if not root.is_dir():
        raise ConfigError(f"{folder}: rule pack folder not found")
    files = sorted(p for p in root.glob("*.yml")) + sorted(root.glob("*.yaml"))
    if not files:
        raise ConfigError(f"{folder}: no rule files (*.yml) in the rule pack")
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
        _validate(doc, FILE_SCHEMA)
        data = doc.data
        for section, value in (data.get("settings") or {}).items():
            if section in settings_raw:
                raise doc.error(("settings", section), f"settings '{section}' are already set in another file")
            settings_raw[section] = value
        for name, body in (data.get("facts") or {}).items():
            if name in facts:
                raise doc.error(("facts", name), f"fact '{name}' is already defined at {fact_where[name]}")
            facts[name] = _fact(doc, name, body)
            fact_where[name] = doc.where(("facts", name))
        for index, body in enumerate(data.get("rules") or []):
            pending_rules.append((doc, index, body))
    for doc, index, body in pending_rules:
        path = ("rules", index)
        rid = body["id"]
        if rid in rule_where:
            raise doc.error(path + ("id",), f"rule id '{rid}' is already used at {rule_where[rid]}")
        if body["kind"] not in REGISTRY:
            raise doc.error(path + ("kind",), f"rule '{rid}': unknown kind '{body['kind']}'; "
                                              f"valid kinds: {', '.join(sorted(REGISTRY))}")
        if body["fact"] not in facts:
            raise doc.error(path + ("fact",), f"rule '{rid}': unknown fact '{body['fact']}'; "
                                              f"facts defined: {', '.join(sorted(facts)) or '(none)'}")
        if body.get("enabled", True) is False:
            rule_where[rid] = doc.where(path)
            continue
        kind = REGISTRY[body["kind"]]
        options = dict(body.get("options") or {})
        _validate(doc, kind.options_schema, options, path + ("options",), f"rule '{rid}' options")
        merged = {**kind.defaults, **options}
        message = body.get("message") or kind.default_message
        _check_template(doc, path + ("message",), rid, message)
        rules.append(RuleDef(rid, body["kind"], body["fact"], body["severity"], message, merged,
                             body.get("description", ""), doc.where(path)))
        rule_where[rid] = doc.where(path)
    return Pack(str(root), _settings(settings_raw), facts, tuple(rules))


def _settings(raw: dict) -> Settings:
    q = raw.get("qualifiers") or {}
    c = raw.get("currency") or {}
    d = raw.get("dates") or {}
    return Settings(
        approx=float(q.get("approx", 0.10)),
        up_to_floor=float(q.get("up_to_floor", 0.0)),
        base_currency=c.get("base", "USD"),
        rates_as_of=str(c.get("as_of", "")),
        assume=dict(c.get("assume") or {}),
        rates={k.upper(): float(v) for k, v in (c.get("rates") or {}).items()},
        borrow_year=bool(d.get("borrow_year", True)),
    )


def _fact(doc: YamlDoc, name: str, body: dict) -> FactDef:
    path = ("facts", name)
    align = body.get("align") or {}
    return FactDef(
        name=name,
        about=body.get("about", ""),
        mentions=tuple(body["mentions"]),
        cues=_cue(body.get("cues")),
        exclude=_cue(body.get("exclude")),
        not_after=tuple(body.get("not_after") or ()),
        only_after=tuple(body.get("only_after") or ()),
        or_before=tuple(body.get("or_before") or ()),
        anchored=frozenset(body.get("anchored") or MENTION_KINDS),
        other_event=_user_regexes(doc, path + ("other_event",), body.get("other_event")),
        units=frozenset(u.lower() for u in body.get("units") or ()),
        unit_window=int(body.get("unit_window", 3)),
        place_types=frozenset(body.get("place_kinds") or PLACE_TYPES),
        max_span_days=body.get("max_span_days"),
        events=tuple((name, tuple(words)) for name, words in (body.get("events") or {}).items()),
        align_by=tuple(align.get("by") or ()),
        align_threshold=float(align.get("threshold", 80.0)),
        donor_verbs=tuple(align.get("donor_verbs") or ()),
        where=doc.where(path),
    )


def _cue(body: dict | None) -> Cue | None:
    if not body:
        return None
    return Cue(tuple(body["words"]), body.get("scope", "clause"), int(body.get("window", 8)))


def phrase_pattern(phrases: Iterable[str]) -> str:
    """Phrases as one alternation: case-insensitive words, any spacing, a trailing ``*`` for any ending.

    It opens with a lookahead for the phrases' first letters: the engine then tries the alternation only
    where one of them stands, which makes a search over a whole text about twice as fast."""
    phrases = tuple(phrases)
    return first_letters(phrases) + WORD_BEFORE + "(?:" + phrase_body(phrases) + ")" + WORD_AFTER


# A phrase stands alone: no letter, digit, apostrophe or hyphen right before or after it.
WORD_BEFORE, WORD_AFTER = r"(?<![\w'’-])", r"(?![\w'’-])"


def phrase_body(phrases: Iterable[str]) -> str:
    """The alternation inside :func:`phrase_pattern`, longest phrase first, without the word boundaries."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        star = phrase.endswith("*")
        words = [re.escape(w) for w in phrase.rstrip("*").split()]
        parts.append(r"\s+".join(words) + (r"[\w'’-]*" if star else ""))
    return "|".join(parts)


def first_letters(phrases: Iterable[str]) -> str:
    """A lookahead for the first letters of ``phrases`` (either case), or nothing if one is empty."""
    firsts: set[str] = set()
    for phrase in phrases:
        head = phrase.rstrip("*").strip()[:1]
        if not head:
            return ""
        firsts |= {head.lower(), head.upper()}
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])" if firsts else ""


def _user_regexes(doc: YamlDoc, path: tuple, patterns: list[str] | None) -> tuple[str, ...]:
    """Regular expressions written by the pack author, checked here so a typo is reported with its line."""
    for i, pattern in enumerate(patterns or ()):
        try:
            re.compile(pattern)
        except re.error as exc:
            raise doc.error(path + (i,), f"invalid regular expression {pattern!r}: {exc}") from None
    return tuple(patterns or ())


# --------------------------------------------------------------------------------------------- messages
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


# --------------------------------------------------------------------------------------------- schema errors
def _validate(doc: YamlDoc, schema: dict, instance: Any = None, base: tuple = (), what: str = "") -> None:
    """Validate against ``schema``; raise the first error as ``file:line: message``."""
    instance = doc.data if instance is None and not base else instance
    validator = Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(instance), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
    if not errors:
        return
    err = errors[0]
    path = base + tuple(err.absolute_path)
    context = what or _context(doc, path)
    prefix = f"{context}: " if context else ""
    if err.validator == "additionalProperties":
        allowed = sorted((err.schema.get("properties") or {}).keys())
        unknown = [k for k in err.instance if k not in allowed]
        key = unknown[0] if unknown else "?"
        choices = f"; expected one of: {', '.join(allowed)}" if allowed else ""
        raise doc.error(path + (key,), f"{prefix}unknown key '{key}'{choices}")
    if err.validator == "required":
        missing = re.findall(r"'([^']+)' is a required property", err.message)
        raise doc.error(path, f"{prefix}missing key '{missing[0] if missing else err.message}'")
    key = path[-1] if path else "document"
    if err.validator == "enum":
        choices = ", ".join(str(c) for c in err.validator_value)
        raise doc.error(path, f"{prefix}'{key}' must be one of: {choices} (got {err.instance!r})")
    if err.validator == "type":
        expected = err.validator_value if isinstance(err.validator_value, str) else " or ".join(err.validator_value)
        noun = {"object": "a mapping", "array": "a list", "string": "text", "number": "a number",
                "integer": "a whole number", "boolean": "true or false"}.get(expected, expected)
        raise doc.error(path, f"{prefix}'{key}' must be {noun} (got {err.instance!r})")
    raise doc.error(path, f"{prefix}'{key}': {err.message}")


def _context(doc: YamlDoc, path: tuple) -> str:
    if len(path) >= 2 and path[0] == "rules" and isinstance(path[1], int):
        try:
            rid = doc.data["rules"][path[1]].get("id")
        except (KeyError, IndexError, TypeError, AttributeError):
            rid = None
        return f"rule '{rid}'" if rid else f"rule #{path[1] + 1}"
    if len(path) >= 2 and path[0] == "facts":
        return f"fact '{path[1]}'"
    if len(path) >= 1 and path[0] == "settings":
        return "settings"
    return ""
