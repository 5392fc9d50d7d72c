"""German reasons for JSON Schema violations, shared by the schemas the program ships
(``resources/schemas/``: the consultation exchange file, checklist templates).

:func:`describe` turns one ``jsonschema`` error into a :class:`SchemaIssue`: the path of the
offending value and a German reason that follows it after a colon
(``participants[0].role: Pflichtfeld fehlt.``). How values are quoted and types named is a
:class:`Style`: JSON for exchange files, YAML wording for templates. Pure: no I/O; each
caller loads its own schema.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

__all__ = ["JSON_STYLE", "TYPE_NAMES", "SchemaIssue", "Style", "describe", "json_path",
           "json_quote"]

TYPE_NAMES: Mapping[str, str] = MappingProxyType({
    "string": "ein Text", "number": "eine Zahl", "integer": "eine ganze Zahl",
    "array": "eine Liste", "object": "ein Objekt", "boolean": "true oder false",
    "null": "null"})

# a pattern of one character class repeated, e.g. ^[a-z0-9_]+$: its characters can be named
_CLASS_PATTERN = re.compile(r"\^\[([^\]\\^]+)\]\+")


def json_path(parts: Iterable[str | int]) -> str:
    """``answers.ratsbeschluss``, ``participants[0].contact.email`` (empty for the root)."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def json_quote(value: object) -> str:
    """``value`` as JSON, shortened to 60 characters."""
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (ValueError, RecursionError):  # a circular structure
        text = type(value).__name__
    return text if len(text) <= 60 else text[:57] + "…"


@dataclass(frozen=True)
class Style:
    """How reasons show an offending value, an allowed value, and name a JSON type."""

    value: Callable[[object], str] = json_quote
    choice: Callable[[object], str] = json_quote
    types: Mapping[str, str] = field(default_factory=lambda: TYPE_NAMES)


JSON_STYLE = Style()


@dataclass(frozen=True)
class SchemaIssue:
    """One violation. ``path`` leads to the offending value; for a missing field it ends with
    that field's name (the first missing one). ``keys``: the missing fields (``required``) or
    the fields not allowed (``additionalProperties``); ``keyword``: the failing JSON Schema
    keyword."""

    path: tuple[str | int, ...]
    reason: str
    keyword: str
    keys: tuple[str, ...] = ()


def _characters(pattern: str) -> str | None:
    """``a-z, 0-9, _`` for ``^[a-z0-9_]+$``; None for other patterns."""
    found = _CLASS_PATTERN.match(pattern)
    if found is None:
        return None
    chars, parts, i = found.group(1), [], 0
    while i < len(chars):
        if i + 2 < len(chars) and chars[i + 1] == "-":
            parts.append(chars[i:i + 3])
            i += 3
        else:
            parts.append(chars[i])
            i += 1
    return ", ".join(parts)


def _pattern_reason(pattern: str, value: str, style: Style) -> str:
    if not value.strip():
        return "darf nicht leer sein."
    allowed = _characters(pattern)
    if allowed is None:
        return f"{style.value(value)} hat nicht die erwartete Form."
    return f"{style.value(value)} hat nicht die erwartete Form (erlaubt: {allowed})."


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def describe(error: ValidationError, style: Style = JSON_STYLE) -> SchemaIssue:
    """The schema error as the German reason an adviser reads."""
    path = tuple(error.absolute_path)
    kind = str(error.validator)
    expected: Any = error.validator_value
    value: Any = error.instance
    show = style.value
    if kind == "required" and isinstance(value, dict):
        missing = tuple(k for k in expected if k not in value) or ("?",)
        return SchemaIssue((*path, missing[0]), "Pflichtfeld fehlt.", kind, missing)
    if kind == "additionalProperties" and isinstance(value, dict):
        known = set(error.schema.get("properties", {})) if isinstance(error.schema, dict) \
            else set()
        extra = tuple(sorted(str(k) for k in value if k not in known))
        return SchemaIssue(path, f"unbekanntes Feld „{', '.join(extra)}“.", kind, extra)
    if kind == "type":
        names = [expected] if isinstance(expected, str) else list(expected)
        wanted = " oder ".join(style.types.get(n, n) for n in names)
        reason = f"muss {wanted} sein, nicht {show(value)}."
    elif kind in ("enum", "const"):
        allowed = expected if kind == "enum" else [expected]
        reason = (f"{show(value)} ist nicht erlaubt (erlaubt: "
                  f"{', '.join(style.choice(a) for a in allowed)}).")
    elif kind == "pattern" and isinstance(value, str):
        reason = _pattern_reason(str(expected), value, style)
    elif kind == "maxLength":
        reason = f"ist zu lang (höchstens {expected} Zeichen)."
    elif kind == "minLength":
        reason = "darf nicht leer sein." if expected == 1 else \
            f"ist zu kurz (mindestens {expected} Zeichen)."
    elif kind == "minItems":
        reason = "darf nicht leer sein." if expected == 1 else \
            f"braucht mindestens {_count(expected, 'Eintrag', 'Einträge')}."
    elif kind == "maxItems":
        reason = f"hat zu viele Einträge (höchstens {expected})."
    elif kind == "minimum":
        reason = f"darf nicht kleiner als {expected} sein."
    elif kind == "maximum":
        reason = f"darf nicht größer als {expected} sein."
    elif kind == "propertyNames":
        reason = f"ungültige Kennung {show(value)}."
    else:
        reason = f"ungültiger Wert {show(value)}."
    return SchemaIssue(path, reason, kind)
