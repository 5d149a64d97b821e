"""YAML files read safely, with the line of every key and item kept for error messages.

Configuration errors must say ``file:line: message``; PyYAML's composed node tree knows where everything
is, so we compose once (``SafeLoader``: no arbitrary objects), construct plain data from it and keep a map
from each key path to its line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from checker.errors import ConfigError

PathKey = tuple
# libyaml's parser where PyYAML was built with it (several times faster on large review files); both are
# safe loaders: plain data only.


@dataclass
class YamlDoc:
    """Plain data from one YAML file and the 1-based line of every key path in it."""

    path: Path
    data: object
    lines: dict[PathKey, int]

    def line(self, key_path: PathKey) -> int:
        """The line of ``key_path``, or of its nearest ancestor that has one."""
        key_path = tuple(key_path)
        while key_path and key_path not in self.lines:
            key_path = key_path[:-1]
        return self.lines.get(key_path, 1)

    def where(self, key_path: PathKey) -> str:
        return f"{self.path}:{self.line(key_path)}"

    def error(self, key_path: PathKey, message: str) -> ConfigError:
        return ConfigError(f"{self.where(key_path)}: {message}")


def load_yaml(path: Path) -> YamlDoc:
    """Read ``path`` as YAML; a syntax error becomes a :class:`ConfigError` naming the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"{path}:1: not UTF-8 text") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return parse_yaml(text, path)


# libyaml's parser, where PyYAML was built with it, composes the same nodes (with their lines) about ten
# times faster; start-up reads the whole rule pack, so it matters for short runs.
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


def parse_yaml(text: str, path: Path) -> YamlDoc:
    """Parse YAML text (see :func:`load_yaml`). A file libyaml rejects is read again by the pure-Python
    parser, whose messages the error reports (and tests) use."""
    if _FAST_LOADER is not None:
        try:
            return _parse(text, path, _FAST_LOADER)
        except ConfigError:
            pass
    return _parse(text, path, yaml.SafeLoader)


def _parse(text: str, path: Path, loader_class: type) -> YamlDoc:
    try:
        loader = loader_class(text)       # the pure-Python reader rejects control characters right here
    except yaml.reader.ReaderError as exc:
        raise _reader_error(text, path, exc) from None
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.reader.ReaderError as exc:
        raise _reader_error(text, path, exc) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise ConfigError(f"{path}:{line}: invalid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}:1: invalid YAML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}:1: invalid YAML: nested too deeply") from None
    finally:
        loader.dispose()
    lines: dict[PathKey, int] = {}
    if node is not None:
        _index(node, (), lines, path, [0], set())
    return YamlDoc(path, data, lines)


# Aliases may share a list ("*gatherings"), but a file whose aliases expand to more nodes than this (the
# "billion laughs": lists of aliases of lists of aliases) or refer to themselves is no configuration: every
# reader of the data (the schema, the loader) would walk it without end.
MAX_NODES = 200_000


def _reader_error(text: str, path: Path, exc: yaml.reader.ReaderError) -> ConfigError:
    """A character YAML does not allow (NUL, other control characters), located at its line."""
    position = exc.position if isinstance(exc.position, int) else 0
    line = text.count("\n", 0, position) + 1
    code = exc.character if isinstance(exc.character, int) else ord(text[position]) if position < len(text) else 0
    return ConfigError(f"{path}:{line}: invalid YAML: unacceptable character U+{code:04X} "
                       "(control characters are not allowed)")


def _index(node: yaml.Node, path: PathKey, out: dict[PathKey, int], file: Path, seen: list[int],
           open_nodes: set[int]) -> None:
    seen[0] += 1
    if seen[0] > MAX_NODES or id(node) in open_nodes:
        what = "refers to itself" if id(node) in open_nodes else f"expands to more than {MAX_NODES:,} values"
        raise ConfigError(f"{file}:{node.start_mark.line + 1}: invalid YAML: an alias {what}")
    out.setdefault(path, node.start_mark.line + 1)
    if not isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        return
    open_nodes.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node.value, str) else str(key_node.start_mark)
            out[path + (key,)] = key_node.start_mark.line + 1
            _index(value_node, path + (key,), out, file, seen, open_nodes)
    else:
        for i, item in enumerate(node.value):
            out[path + (i,)] = item.start_mark.line + 1
            _index(item, path + (i,), out, file, seen, open_nodes)
    open_nodes.discard(id(node))
