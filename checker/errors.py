"""User-facing errors.

Anything raised as :class:`CheckerError` is a problem with the user's input, configuration or invocation: the
command line prints its message as one line and exits with code 2. Anything else is a bug.
"""

from __future__ import annotations


class CheckerError(Exception):
    """An input, configuration or usage problem; the message is shown to the user as is."""


class InputError(CheckerError):
    """An article, folder or data file that cannot be used."""


class ConfigError(CheckerError):
    """A rule pack, baseline or review file that is malformed. The message names the file and line."""
