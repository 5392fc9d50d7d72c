"""The consultation exchange file: one consultation with everything that belongs to it, as
versioned JSON (``"format": "advisor-app/consultation", "version": 1``), documented and
checked by ``resources/schemas/consultation-exchange.schema.json`` (JSON Schema 2020-12).

This module holds what export and import share: the format constants, reading and checking
a file against the schema with German reasons that name the JSON path, the date formats,
and finding a consultation by a unique prefix of its id. Writing is in
:mod:`consultation_exchange_export`, reading into the database in
:mod:`consultation_exchange_import`; see docs/consultation-exchange.md.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError
from jsonschema.exceptions import best_match
from sqlalchemy import select

from advisor_app.domain.json_schema import describe, json_path
from advisor_app.persistence.database import Database
from advisor_app.persistence.models import Consultation, Municipality
from advisor_app.resources import resource_path
from advisor_app.services.records import is_live

__all__ = [
    "FORMAT", "SCHEMA_FILE", "VERSION", "ExchangeError", "check_document", "find_municipality",
    "json_path", "parse_date", "parse_datetime", "parse_document", "resolve_consultation_id",
    "text_date", "text_datetime",
]

FORMAT = "advisor-app/consultation"
VERSION = 1
SCHEMA_FILE = "consultation-exchange.schema.json"


class ExchangeError(ValueError):
    """A file that cannot be imported: the JSON path (may be empty) and a German reason."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}" if path else reason)


@functools.cache
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource_path("schemas", SCHEMA_FILE).read_text(encoding="utf-8"))
    return data


@functools.cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(schema())


def _german(error: SchemaError) -> ExchangeError:
    """The schema error as the German reason an adviser reads (see domain.json_schema)."""
    issue = describe(error)
    return ExchangeError(json_path(issue.path), issue.reason)


def check_document(document: object) -> dict[str, Any]:
    """The document if it follows the schema, else ExchangeError for the most relevant
    problem. Files of another format or a newer version are named as such."""
    if not isinstance(document, dict):
        raise ExchangeError("", "Die Datei enthält kein JSON-Objekt.")
    if document.get("format") != FORMAT:
        raise ExchangeError("format", f"Die Datei ist keine Beratungs-Austauschdatei "
                            f"(erwartet „{FORMAT}“).")
    version = document.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise ExchangeError("version", f"Die Datei hat Version {version}; dieses Programm "
                            f"liest bis Version {VERSION}. Bitte das Programm aktualisieren.")
    error = best_match(_validator().iter_errors(document))
    if error is not None:
        raise _german(error)
    return document


def parse_document(data: bytes) -> dict[str, Any]:
    """Read an exchange file's bytes: UTF-8 JSON following the schema; ExchangeError else."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExchangeError("", f"Die Datei ist nicht UTF-8-kodiert (Byte {exc.start}).") \
            from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExchangeError("", f"Die Datei ist kein gültiges JSON (Fehler in Zeile "
                            f"{exc.lineno}, Spalte {exc.colno}).") from None
    except RecursionError:
        raise ExchangeError("", "Die Datei ist zu tief verschachtelt.") from None
    return check_document(document)


# --- dates: ISO 8601 without time zone ---------------------------------------------------

def text_datetime(value: dt.datetime | None) -> str | None:
    return None if value is None else value.replace(tzinfo=None).isoformat(timespec="auto")


def text_date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def parse_datetime(text: str | None, path: str) -> dt.datetime | None:
    if text is None:
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise ExchangeError(path, f"„{text}“ ist kein gültiger Zeitpunkt.") from None


def parse_date(text: str | None, path: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ExchangeError(path, f"„{text}“ ist kein gültiges Datum.") from None


# --- finding records ------------------------------------------------------------------------

def resolve_consultation_id(db: Database, text: str) -> str:
    """The id of the live consultation whose id is ``text`` or starts with it (like git);
    LookupError (German) when there is none or the prefix is ambiguous."""
    prefix = text.strip().lower()
    if len(prefix) < 4:
        raise LookupError("Bitte mindestens die ersten 4 Zeichen der Kennung angeben.")
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    with db.read_session() as session:
        found = list(session.scalars(
            select(Consultation.id).where(Consultation.id.like(f"{escaped}%", escape="\\"),
                                          is_live(Consultation)).limit(6)))
    if not found:
        raise LookupError(f"Eine Beratung „{text.strip()}“ gibt es nicht.")
    if len(found) > 1:
        shown = ", ".join(f[:12] for f in found[:5])
        raise LookupError(f"„{text.strip()}“ ist mehrdeutig ({shown} …); bitte mehr Zeichen "
                          "der Kennung angeben.")
    return found[0]


def find_municipality(db: Database, text: str) -> tuple[str, str]:
    """(id, name) of the live municipality with this AGS or name (case-insensitive; a
    unique beginning of the name is enough); LookupError (German) otherwise."""
    needle = text.strip()
    with db.read_session() as session:
        rows = session.execute(select(Municipality.id, Municipality.name, Municipality.ags)
                               .where(is_live(Municipality))).tuples().all()
    if needle.isdigit():
        hits = [r for r in rows if r[2] == needle]
    else:
        folded = needle.casefold()
        hits = [r for r in rows if r[1].casefold() == folded] or \
            [r for r in rows if r[1].casefold().startswith(folded)]
    if not hits:
        raise LookupError(f"Eine Kommune „{needle}“ gibt es nicht (AGS oder Name angeben).")
    if len(hits) > 1:
        names = ", ".join(f"{r[1]} ({r[2]})" for r in sorted(hits, key=lambda r: r[1])[:5])
        raise LookupError(f"„{needle}“ ist mehrdeutig: {names}. Bitte den AGS angeben.")
    return hits[0][0], hits[0][1]
