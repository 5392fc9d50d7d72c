"""The structure of a checklist template, checked against the JSON Schema the program ships
(``resources/schemas/checklist-template.schema.json``), with German messages that name the
section, question, option or suggestion the way a template author reads the file.

:func:`structure_findings` reports what the schema says is wrong; :func:`place` names a path
(``Frage „note“, „text.de“``) for these and the loader's own checks.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from advisor_app.checklist.yaml_nodes import Path, Unreadable
from advisor_app.domain.json_schema import Style, describe
from advisor_app.resources import resource_path

if TYPE_CHECKING:  # jsonschema takes ~50 ms to import: only when a template is checked
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

__all__ = ["SCHEMA_FILE", "Finding", "place", "schema", "structure_findings", "validator"]

SCHEMA_FILE = "checklist-template.schema.json"
ITEM_ID = re.compile(r"[a-z0-9_]+")
# keywords about an object's keys: the values that are there are fine
_KEY_KEYWORDS = ("required", "additionalProperties")


@functools.cache
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource_path("schemas", SCHEMA_FILE).read_text(encoding="utf-8"))
    return data


_ANNOTATIONS = ("description", "title", "$comment")


def _inline(part: Any, defs: dict[str, Any]) -> Any:
    """``part`` with every ``{"$ref": "#/$defs/x"}`` replaced by the definition itself (the
    schema is not recursive). The same rules, but validating takes half the time: no
    reference lookup for each of the thousand values of a template."""
    if isinstance(part, list):
        return [_inline(item, defs) for item in part]
    if not isinstance(part, dict):
        return part
    ref = part.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        target = _inline(defs[ref.removeprefix("#/$defs/")], defs)
        rest = {k: _inline(v, defs) for k, v in part.items()
                if k != "$ref" and k not in _ANNOTATIONS}
        return {"allOf": [target, rest]} if rest else target
    return {k: _inline(v, defs) for k, v in part.items() if k != "$defs"}


@functools.cache
def validator() -> Draft202012Validator:
    """The schema's validator, built once; ``$ref``s resolved in advance (see _inline)."""
    from jsonschema import Draft202012Validator

    document = schema()
    return Draft202012Validator(_inline(document, document.get("$defs", {})))


def _shown(value: object) -> str:
    """An offending value as the author wrote it in YAML."""
    if value is None:
        return "leer"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict):
        return "eine Zuordnung"
    if isinstance(value, list):
        return "eine Liste"
    text = value.text if isinstance(value, Unreadable) else str(value)
    text = text.replace("\n", "⏎")
    return f"„{text if len(text) <= 60 else text[:57] + '…'}“"


YAML_STYLE = Style(value=_shown, choice=str, types={
    "string": "ein Text", "number": "eine Zahl", "integer": "eine ganze Zahl",
    "array": "eine Liste (Zeilen mit „- “)", "object": "eine Zuordnung (schlüssel: wert)",
    "boolean": "true oder false", "null": "leer"})


@dataclass(frozen=True)
class Finding:
    """A problem at ``path``; ``key``: report the line of this key of the mapping at ``path``
    (an unknown key) rather than the mapping's."""

    path: Path
    message: str
    key: str | None = None


def _item(data: object, *path: str | int) -> object:
    for part in path:
        if isinstance(data, dict) and isinstance(part, str):
            data = data.get(part)
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        else:
            return None
    return data


def _named_id(item: object) -> str | None:
    value = item.get("id") if isinstance(item, dict) else None
    return value if isinstance(value, str) and ITEM_ID.fullmatch(value) else None


def place(data: object, path: Sequence[str | int]) -> str:
    """``Vorlage``, ``Abschnitt „start“``, ``Frage „note“, „text.de“``,
    ``Abschnitt Nr. 2, Frage Nr. 1, Option 3, „value“``: the item at ``path`` (by its id
    when it has a valid one) and the keys below it."""
    where, rest = "Vorlage", 0
    if len(path) >= 2 and path[0] == "sections" and isinstance(path[1], int):
        section_id = _named_id(_item(data, "sections", path[1]))
        where = f"Abschnitt „{section_id}“" if section_id else f"Abschnitt Nr. {path[1] + 1}"
        rest = 2
        if len(path) >= 4 and path[2] == "questions" and isinstance(path[3], int):
            question_id = _named_id(_item(data, *path[:4]))
            where = f"Frage „{question_id}“" if question_id else \
                f"{where}, Frage Nr. {path[3] + 1}"
            rest = 4
            if len(path) >= 6 and path[4] in ("options", "suggests") \
                    and isinstance(path[5], int):
                kind = "Option" if path[4] == "options" else "Vorschlag"
                where += f", {kind} {path[5] + 1}"
                rest = 6
    field = ".".join(str(p) for p in path[rest:])
    return f"{where}, „{field}“" if field else where


def _is_local_text(part: object) -> bool:
    return isinstance(part, dict) and set(part.get("properties", ())) == {"de", "en"}


def _reason(error: ValidationError, reason: str) -> str:
    """Clearer words than the generic reason where templates have a typical mistake."""
    if error.validator == "type" and _is_local_text(error.schema):
        return (f"muss Texte in beiden Sprachen haben: {{de: \"…\", en: \"…\"}}, nicht "
                f"{_shown(error.instance)}.")
    if error.validator == "type" and error.validator_value == "string" \
            and isinstance(error.instance, bool):
        return f"{reason[:-1]} (Wörter wie yes/no/on/off in Anführungszeichen setzen)."
    return reason


def structure_findings(data: object) -> tuple[list[Finding], set[Path]]:
    """What the schema finds wrong in ``data``, and the paths of the values it rejects
    (further checks leave those alone, so nothing is reported twice)."""
    findings: list[Finding] = []
    rejected: set[Path] = set()
    seen: set[tuple[Path, str, str | None]] = set()

    def add(finding: Finding) -> None:
        if (finding.path, finding.message, finding.key) not in seen:
            seen.add((finding.path, finding.message, finding.key))
            findings.append(finding)

    for error in validator().iter_errors(data):
        issue = describe(error, YAML_STYLE)
        if issue.keyword == "required":
            owner = issue.path[:-1]
            for key in issue.keys:
                add(Finding(owner, f"{place(data, owner)}: Pflichtangabe „{key}“ fehlt."))
        elif issue.keyword == "additionalProperties":
            allowed = ", ".join(error.schema.get("properties", {}))
            for key in issue.keys:
                add(Finding(issue.path, f"{place(data, issue.path)}: unbekannter Schlüssel "
                            f"„{key}“ (erlaubt: {allowed}).", key))
        else:
            rejected.add(issue.path)
            add(Finding(issue.path, f"{place(data, issue.path)}: {_reason(error, issue.reason)}"))
    return findings, rejected
