"""The registry of rule kinds.

A rule in the pack names one of these kinds; the kind compares the claims of one aligned group and yields
findings. Each kind declares the JSON Schema of its options (unknown options are rejected), their defaults,
a default message template and the message fields of its own (see :mod:`checker.kinds.base`). A new kind is
a module beside these with a :class:`~checker.kinds.base.RuleKind` subclass, and a line in ``REGISTRY``.
"""

from __future__ import annotations

from checker.kinds.base import COMMON_FIELDS, RuleKind
from checker.kinds.differ import FiguresDiffer
from checker.kinds.disjoint import Disjoint, PeopleDisagree
from checker.kinds.weekday import WeekdayMismatch

REGISTRY: dict[str, RuleKind] = {kind.name: kind for kind in (
    Disjoint(),
    FiguresDiffer(),
    PeopleDisagree(),
    WeekdayMismatch(),
)}


def message_fields() -> tuple[str, ...]:
    """The fields a message template may use besides the sides ``a`` and ``b``: the common ones, then every
    kind's own (empty in the findings of a kind that does not fill them in)."""
    own = dict.fromkeys(name for kind in REGISTRY.values() for name in kind.message_fields)
    return COMMON_FIELDS + tuple(own)
