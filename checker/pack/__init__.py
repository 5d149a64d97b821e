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

from checker.pack.loader import load_pack

__all__ = ["load_pack"]
