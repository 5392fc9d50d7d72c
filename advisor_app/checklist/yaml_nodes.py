"""Reading a composed YAML node tree while collecting German problems with line numbers.

PyYAML's ``compose`` (SafeLoader) yields nodes that keep ``start_mark.line``; every check
here reports the line of the offending node. Nothing raises: a bad value yields None and a
``Problem``; the caller keeps going so one run names every mistake.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from advisor_app.checklist.model import LocalText

__all__ = ["NodeReader", "Problem"]


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


class NodeReader:
    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self._constructor = SafeConstructor()

    def problem(self, node: yaml.Node, message: str) -> None:
        self.problems.append(Problem(self.file, node.start_mark.line + 1, message))

    def mapping(self, node: yaml.Node, where: str, required: tuple[str, ...],
                optional: tuple[str, ...]) -> dict[str, yaml.Node] | None:
        """The keys of a mapping node; unknown, duplicate and missing keys are problems."""
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{where}: hier wird eine Zuordnung „schlüssel: wert“ erwartet")
            return None
        allowed = required + optional
        found: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = self.scalar(key_node)
            if not isinstance(key, str):
                self.problem(key_node, f"{where}: ungültiger Schlüssel „{key_node.value}“")
            elif key in found:
                self.problem(key_node, f"{where}: Schlüssel „{key}“ steht doppelt da")
            elif key not in allowed:
                self.problem(key_node, f"{where}: unbekannter Schlüssel „{key}“ (erlaubt: "
                             f"{', '.join(allowed)})")
            else:
                found[key] = value_node
        for key in required:
            if key not in found:
                self.problem(node, f"{where}: Pflichtangabe „{key}“ fehlt")
        return found

    def scalar(self, node: yaml.Node) -> object:
        """The Python value of a scalar node (str, int, float, bool, None, date); a
        collection node gives the node itself back (callers treat it as a wrong type)."""
        if not isinstance(node, yaml.ScalarNode):
            return node
        try:
            return self._constructor.construct_object(node, deep=True)
        except (ConstructorError, ValueError):
            return node

    def sequence(self, node: yaml.Node, where: str, key: str) -> list[yaml.Node] | None:
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{where}: „{key}“ muss eine Liste sein (Zeilen mit „- “)")
            return None
        if not node.value:
            self.problem(node, f"{where}: „{key}“ ist leer")
            return None
        return list(node.value)

    def text(self, node: yaml.Node, where: str, key: str) -> str | None:
        value = self.scalar(node)
        if not isinstance(value, str) or not value.strip():
            self.problem(node, f"{where}: „{key}“ muss ein nicht leerer Text sein")
            return None
        return value

    def boolean(self, node: yaml.Node, where: str, key: str) -> bool | None:
        value = self.scalar(node)
        if not isinstance(value, bool):
            self.problem(node, f"{where}: „{key}“ muss true oder false sein")
            return None
        return value

    def number(self, node: yaml.Node, where: str, key: str) -> float | None:
        value = self.scalar(node)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(node, f"{where}: „{key}“ muss eine Zahl sein")
            return None
        return value

    def local_text(self, node: yaml.Node, where: str, key: str) -> LocalText | None:
        """A ``{de: ..., en: ...}`` map; both languages are required."""
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{where}: „{key}“ muss Texte in beiden Sprachen haben: "
                         "{de: \"…\", en: \"…\"}")
            return None
        keys = self.mapping(node, f"{where}, „{key}“", ("de", "en"), ())
        if keys is None or "de" not in keys or "en" not in keys:
            return None
        de = self.text(keys["de"], where, f"{key}.de")
        en = self.text(keys["en"], where, f"{key}.en")
        return LocalText(de, en) if de is not None and en is not None else None
