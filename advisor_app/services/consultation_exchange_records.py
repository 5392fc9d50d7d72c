"""Writing the records of an exchange file (used by :mod:`consultation_exchange_import`):
create or update by id, only the fields that differ (importing a file again changes
nothing and so sends nothing to the other laptops), and count what changed."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
from pathlib import PurePath
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from advisor_app.domain.enums import LegalBasis
from advisor_app.persistence.models import (
    ConsultationAttachment,
    ConsultationParticipant,
    Contact,
    Municipality,
    NextStep,
)
from advisor_app.services.consultation_exchange import (
    ExchangeError,
    parse_date,
    parse_datetime,
)
from advisor_app.services.consultation_files import ALLOWED, media_type_of
from advisor_app.services.inputs import ContactInput
from advisor_app.services.records import is_live

__all__ = ["RecordWriter", "decode_base64", "erased_contact", "same"]

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_NEVER = dt.datetime.min


def same(a: object, b: object) -> bool:
    """Equal, counting None and "" as the same text."""
    if isinstance(a, str | None) and isinstance(b, str | None):
        return (a or "") == (b or "")
    return a == b


def decode_base64(value: str, path: str) -> bytes:
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ExchangeError(path, "ist kein gültiges Base64.") from None


def erased_contact(session: Session, contact_id: str) -> bool:
    """Whether the contact was erased here under the GDPR (the order keeps its id only)."""
    return session.execute(text("SELECT 1 FROM sync_purge WHERE tbl = 'contact' AND "
                                "row_id = :id"), {"id": contact_id}).first() is not None


class RecordWriter:
    """Creates or updates the records of one consultation inside one session."""

    def __init__(self, session: Session, consultation_id: str) -> None:
        self.session = session
        self.consultation_id = consultation_id
        self.counts: dict[str, tuple[int, int]] = {}
        self.warnings: list[str] = []

    def count(self, kind: str, *, created: bool) -> None:
        new, changed = self.counts.get(kind, (0, 0))
        self.counts[kind] = (new + 1, changed) if created else (new, changed + 1)

    def restore(self, row: Any, kind: str) -> None:
        if row.is_deleted:
            row.existence += 1
            self.count(kind, created=False)

    def upsert(self, model: Any, record_id: str, kind: str, path: str,
               values: dict[str, Any], *, created_at: dt.datetime | None = None,
               owned: bool = True) -> Any:
        """Create the record or change the fields that differ (and restore it from the
        trash). ``owned``: a child of the consultation (``consultation_id`` is set)."""
        row = self.session.get(model, record_id)
        if row is None:
            extra: dict[str, Any] = {"consultation_id": self.consultation_id} if owned else {}
            if created_at is not None:
                extra["created_at"] = created_at
            row = model(id=record_id, **extra, **values)
            self.session.add(row)
            self.count(kind, created=True)
            return row
        if owned and row.consultation_id != self.consultation_id:
            raise ExchangeError(f"{path}.id", "Diese Kennung gehört hier zu einer anderen "
                                "Beratung.")
        changed = False
        for key, value in values.items():
            if not same(getattr(row, key), value):
                setattr(row, key, value)
                changed = True
        if row.is_deleted:
            row.existence += 1
            changed = True
        if changed:
            self.count(kind, created=False)
        return row

    # --- people -------------------------------------------------------------------------

    def contact(self, block: dict[str, Any] | None, path: str) -> str | None:
        """The id of the contact a participant is: matched by id, else created. None for
        none, and for a person erased here under the GDPR (never recreated)."""
        if block is None:
            return None
        contact_id: str = block["id"]
        if self.session.get(Contact, contact_id) is not None:
            return contact_id
        if erased_contact(self.session, contact_id):
            self.warnings.append(f"{path}: Die Person wurde in dieser Datenbank nach DSGVO "
                                 "gelöscht und wird nicht neu angelegt; es bleiben Funktion "
                                 "und Organisation.")
            return None
        municipality_id = None
        if block["municipality_ags"]:
            municipality_id = self.session.scalar(select(Municipality.id).where(
                Municipality.ags == block["municipality_ags"], is_live(Municipality)))
            if municipality_id is None:
                raise ExchangeError(f"{path}.municipality_ags", "Eine Kommune mit diesem AGS "
                                    "gibt es in dieser Datenbank nicht.")
        data = ContactInput(
            name=block["name"], legal_basis=LegalBasis(block["legal_basis"]),
            role=block["role"], organisation=block["organisation"], email=block["email"],
            phone=block["phone"], municipality_id=municipality_id,
            consent_date=parse_date(block["consent_date"], f"{path}.consent_date"))
        errors = data.validate()
        if errors:
            key, message = next(iter(errors.items()))
            raise ExchangeError(f"{path}.{key}", message)
        self.session.add(Contact(id=contact_id, **data.values()))
        self.session.flush()
        self.count("contact", created=True)
        return contact_id

    def participant(self, record: dict[str, Any], path: str) -> None:
        contact_id = self.contact(record["contact"], f"{path}.contact")
        # a contact's name lives in the contact only (so an erasure leaves the role)
        name = None if record["contact"] is not None else (record["name"] or None)
        self.upsert(ConsultationParticipant, record["id"], "participant", path, {
            "contact_id": contact_id, "name": name, "role": record["role"] or None,
            "organisation": record["organisation"] or None, "position": record["position"]},
            created_at=parse_datetime(record["created_at"], f"{path}.created_at"))

    # --- steps and files ----------------------------------------------------------------

    def step(self, record: dict[str, Any], path: str, municipality_id: str, *,
             status_only: bool) -> None:
        """A next step; its status is taken when it changed later than the one here."""
        row = self.session.get(NextStep, record["id"])
        changed_at = parse_datetime(record["status_changed_at"], f"{path}.status_changed_at")
        values: dict[str, Any] = {}
        if row is None or not status_only:
            values = {"municipality_id": municipality_id, "what": record["what"],
                      "responsible": record["responsible"] or None,
                      "organisation": record["organisation"] or None,
                      "due_date": parse_date(record["due_date"], f"{path}.due_date"),
                      "position": record["position"]}
        if row is None or (changed_at or _NEVER) > (row.status_changed_at or _NEVER):
            values |= {"status": record["status"], "status_changed_at": changed_at,
                       "status_consultation_id": record["status_consultation_id"]}
        self.upsert(NextStep, record["id"], "step", path, values,
                    created_at=parse_datetime(record["created_at"], f"{path}.created_at"))

    def attachment(self, record: dict[str, Any], path: str, *, skip: bool) -> None:
        """Check an attachment (content, size, checksum, type); store it unless ``skip``."""
        name = record["filename"]
        if PurePath(name).name != name or "\\" in name:
            raise ExchangeError(f"{path}.filename", "Der Dateiname darf keinen Ordner "
                                "enthalten.")
        data = decode_base64(record["content"], f"{path}.content")
        if len(data) != record["size"]:
            raise ExchangeError(f"{path}.size", f"Die Größe passt nicht zum Inhalt "
                                f"({len(data)} Byte).")
        if hashlib.sha256(data).hexdigest() != record["sha256"]:
            raise ExchangeError(f"{path}.sha256", "Die Prüfsumme passt nicht zum Inhalt "
                                "(Datei verändert oder beschädigt).")
        media_type = media_type_of(name, data)
        if media_type is None:
            raise ExchangeError(f"{path}.filename", f"„{name}“ kann nicht angehängt werden. "
                                f"Erlaubt sind {ALLOWED}.")
        if media_type != record["media_type"]:
            raise ExchangeError(f"{path}.media_type", f"Der Inhalt ist {media_type}, nicht "
                                f"{record['media_type']}.")
        if skip:
            return
        self.upsert(ConsultationAttachment, record["id"], "attachment", path, {
            "kind": record["kind"], "filename": name, "media_type": media_type,
            "size": len(data), "sha256": record["sha256"],
            "caption": record["caption"] or None,
            "content": base64.b64encode(data).decode("ascii")},
            created_at=parse_datetime(record["created_at"], f"{path}.created_at"))

    def check_png(self, value: str, path: str) -> None:
        if not decode_base64(value, path).startswith(PNG_MAGIC):
            raise ExchangeError(path, "ist kein PNG-Bild.")
