"""The rule pack's JSON Schemas, and the wording of a schema error: ``file:line: message`` naming the rule or
fact, the key, and the valid choices."""

from __future__ import annotations

import re
from typing import Any

from checker.model.pack import MENTION_KINDS, PLACE_TYPES, SEVERITIES
from checker.yamlsrc import YamlDoc

# A phrase opens with a word: an optional "(word)" or a "..." may not open it (see checker.facts.phrases).
_PHRASE = {"type": "string", "minLength": 1, "pattern": r"^\s*(?!\(|\.\.\.)\S",
           "errorMessage": "a phrase must open with a word, not with '(word)' or '...'"}
# A list of phrases; an item may itself be a list (a YAML alias of a shared list: "[*gatherings, held]").
_WORDS = {"type": "array", "items": {"anyOf": [_PHRASE, {"type": "array", "items": _PHRASE}]}}
_SCOPE = {
    "type": "object",
    "additionalProperties": False,
    "required": ["words"],
    "properties": {
        "words": _WORDS,
        "scope": {"enum": ["clause", "sentence", "window", "sentence-if-alone", "clause-and-relative"]},
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
        "exclude": {"oneOf": [_SCOPE, {"type": "array", "items": _SCOPE, "minItems": 1}]},
        "not_after": _WORDS,
        "not_before": _WORDS,
        "only_after": _WORDS,
        "anchor_gap": {"type": "integer", "minimum": 0, "maximum": 6},
        "per": {
            "type": "object",
            "additionalProperties": False,
            "required": ["entity"],
            "properties": {
                "entity": {"enum": ["person"]},
                "before": {"type": "array", "items": {"type": "string", "minLength": 1}},
                "after": {"type": "array", "items": {"type": "string", "minLength": 1}},
                "gap": {"type": "integer", "minimum": 0, "maximum": 6},
            },
        },
        "or_before": _WORDS,
        "anchored": {"type": "array", "items": {"enum": list(MENTION_KINDS)}},
        "other_event": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "other_event_in_clause": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "same_as_previous": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "apart_previous": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "units": {"oneOf": [_WORDS, {"type": "object", "additionalProperties": _WORDS}]},
        "unit_window": {"type": "integer", "minimum": 0, "maximum": 6},
        "asides": _WORDS,
        "subject_units": {"type": "object", "additionalProperties": False, "required": ["class", "verbs"],
                          "properties": {"class": {"type": "string", "minLength": 1}, "verbs": _WORDS}},
        "labels": _WORDS,
        "roles": _WORDS,
        "unit_pairs": {"type": "array", "items": {"type": "array", "items": {"type": "string"}, "minItems": 2,
                                                  "maxItems": 2}},
        "place_kinds": {"type": "array", "items": {"enum": list(PLACE_TYPES)}},
        "max_span_days": {"type": "integer", "minimum": 1},
        "events": {"type": "object", "additionalProperties": _WORDS},
        "align": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "by": {"type": "array", "items": {"enum": ["donor", "programme", "event", "total"]}},
                "threshold": {"type": "number", "minimum": 0, "maximum": 100},
                "donor_verbs": _WORDS,
                "part_words": _WORDS,
                "total_words": _WORDS,
                "generic_donors": _WORDS,
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
                "round_money": {"type": "number", "minimum": 0, "maximum": 1},
            },
        },
        "currency": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "base": {"type": "string", "pattern": "^[A-Z]{3}$"},
                "as_of": {"type": "string"},
                "assume": {"type": "object", "additionalProperties": {"type": "string", "pattern": "^[A-Z]{3}$"}},
                "local": {"type": "object", "additionalProperties": {
                    "type": "object", "additionalProperties": {"type": "string", "pattern": "^[A-Z]{3}$"}}},
                "rates": {"type": "object", "additionalProperties": {"type": "number", "exclusiveMinimum": 0}},
            },
        },
        "dates": {
            "type": "object",
            "additionalProperties": False,
            "properties": {"borrow_year": {"type": "boolean"}, "past_only": {"type": "boolean"}},
        },
        "limits": {
            "type": "object",
            "additionalProperties": False,
            "properties": {"claims_per_article": {"type": "integer", "minimum": 1}},
        },
    },
}
# A rule written inline in a rule test case (checker.ruletests): its kind (default: the case file's), the
# fact it compares (a fact of the pack by name, or a fact definition of its own), and the usual severity,
# message and options.
INLINE_RULE_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["fact"],
    "properties": {
        "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"},
        "kind": {"type": "string"},
        "fact": {"type": ["string", "object"]},
        "severity": {"enum": list(SEVERITIES)},
        "message": {"type": "string", "minLength": 1},
        "options": {"type": "object"},
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


def validate(doc: YamlDoc, schema: dict, instance: Any = None, base: tuple = (), what: str = "") -> None:
    """Validate against ``schema``; raise the first error as ``file:line: message``."""
    from jsonschema import Draft202012Validator     # imported on first use (0.15 s): a cached pack needs none

    instance = doc.data if instance is None and not base else instance
    validator = Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(instance), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
    if not errors:
        return
    err = errors[0]
    if err.validator in ("anyOf", "oneOf") and err.context:
        # a phrase that breaks a rule says which rule, not that it matches none of the forms
        err = next((e for e in err.context if e.validator == "pattern"), err)
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
    key = next((p for p in reversed(path) if isinstance(p, str)), "document")
    if err.validator == "pattern" and "errorMessage" in err.schema:
        raise doc.error(path, f"{prefix}'{key}': {err.instance!r}: {err.schema['errorMessage']}")
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
