"""A composed YAML node tree as plain data (for JSON Schema), and the way back from a path in
that data to the node and its line.

PyYAML's ``compose`` yields nodes that keep ``start_mark.line``. :func:`to_data` turns them
into dicts, lists and scalars as ``yaml.safe_load`` would, except that it never raises: a key
that is not a text or comes twice is a :class:`KeyIssue` (the first value counts), and a
scalar PyYAML cannot construct becomes :class:`Unreadable`. :func:`locate` walks a path such
as ``("sections", 1, "questions", 0, "type")`` back to the node, to name its line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

__all__ = ["KeyIssue", "Path", "Problem", "Unreadable", "key_node", "line_of", "locate",
           "to_data"]

STR_TAG = "tag:yaml.org,2002:str"

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One mistake in a template file; ``line`` is 1-based."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"

    def german(self) -> str:
        return f"Zeile {self.line}: {self.message}"


@dataclass(frozen=True)
class Unreadable:
    """A scalar PyYAML cannot construct (unknown tag, impossible date): no JSON type at all,
    so the schema reports it wherever a value is expected."""

    text: str


@dataclass(frozen=True)
class KeyIssue:
    """A mapping key that is dropped: not a text (``duplicate`` False) or there already."""

    path: Path  # of the mapping
    node: yaml.Node  # the key
    duplicate: bool


class _Converter:
    def __init__(self) -> None:
        self.constructor = SafeConstructor()
        self.issues: list[KeyIssue] = []
        self.done: dict[yaml.Node, object] = {}  # aliases share one value, cycles stay cycles

    def scalar(self, node: yaml.ScalarNode) -> object:
        if node.tag == STR_TAG:
            return node.value
        try:
            return self.constructor.construct_object(node, deep=True)
        except (ConstructorError, ValueError):
            return Unreadable(str(node.value))

    def convert(self, node: yaml.Node, path: Path) -> object:
        if node in self.done:
            return self.done[node]
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node)
        if isinstance(node, yaml.SequenceNode):
            items: list[object] = []
            self.done[node] = items
            items.extend(self.convert(child, (*path, i)) for i, child in enumerate(node.value))
            return items
        mapping: dict[str, object] = {}
        self.done[node] = mapping
        for key_node, value_node in node.value:
            key = self.scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                self.issues.append(KeyIssue(path, key_node, duplicate=False))
            elif key in mapping:
                self.issues.append(KeyIssue(path, key_node, duplicate=True))
            else:
                mapping[key] = self.convert(value_node, (*path, key))
        return mapping


def to_data(root: yaml.Node) -> tuple[object, list[KeyIssue]]:
    """The document as plain data and the keys left out; RecursionError if it nests too
    deeply."""
    converter = _Converter()
    return converter.convert(root, ()), converter.issues


def _is_key(node: yaml.Node, key: str) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == STR_TAG and node.value == key


def key_node(node: yaml.Node, key: str) -> yaml.Node | None:
    """The node of ``key`` in a mapping node (its first occurrence, as :func:`to_data` keeps)."""
    if isinstance(node, yaml.MappingNode):
        for candidate, _ in node.value:
            if _is_key(candidate, key):
                found: yaml.Node = candidate
                return found
    return None


def locate(root: yaml.Node, path: Sequence[str | int]) -> yaml.Node:
    """The node at ``path``, or the deepest node on the way there (a missing key: its
    mapping)."""
    node = root
    for part in path:
        child: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            child = next((v for k, v in node.value if _is_key(k, part)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) \
                and 0 <= part < len(node.value):
            child = node.value[part]
        if child is None:
            break
        node = child
    return node


def line_of(node: yaml.Node) -> int:
    """1-based line where ``node`` starts."""
    return int(node.start_mark.line) + 1
