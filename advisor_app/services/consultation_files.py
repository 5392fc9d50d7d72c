"""Attachments of a consultation (photos and documents): type and size checked, stored in
the database with their sha256 so they replicate with the consultation."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from advisor_app.domain.validation import ValidationError
from advisor_app.persistence.database import Database
from advisor_app.persistence.models import ConsultationAttachment
from advisor_app.services.consultation_edits import changeable_consultation

__all__ = ["MAX_ATTACHMENT_BYTES", "add_attachment", "attachment_content", "media_type_of",
           "remove_attachment"]

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
_ZIP_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
}
ALLOWED = "Fotos (PNG, JPEG) und Dokumente (PDF, DOCX, XLSX, PPTX, ODT, ODS, TXT)"


def media_type_of(filename: str, data: bytes) -> str | None:
    """The media type the content really has (by its first bytes), or None if not allowed."""
    suffix = Path(filename).suffix.lower()
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"PK\x03\x04") and suffix in _ZIP_TYPES:
        return _ZIP_TYPES[suffix]
    if suffix == ".txt" and b"\0" not in data:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return None
        return "text/plain"
    return None


def add_attachment(db: Database, consultation_id: str, filename: str, data: bytes, *,
                   caption: str = "", kind: str = "attachment") -> str:
    """Attach a file; ValidationError (German) for a wrong type, an empty or too big file."""
    name = Path(filename).name
    if kind not in ("attachment", "protocol"):
        raise ValueError(f"unknown attachment kind: {kind!r}")
    if not data:
        raise ValidationError({"file": f"Die Datei „{name}“ ist leer."})
    if len(data) > MAX_ATTACHMENT_BYTES:
        size = f"{len(data) / 1048576:.1f}".replace(".", ",")
        raise ValidationError({"file": f"Die Datei „{name}“ ist zu groß ({size} MB; höchstens "
                               f"{MAX_ATTACHMENT_BYTES // 1048576} MB)."})
    media_type = media_type_of(name, data)
    if media_type is None:
        raise ValidationError({"file": f"„{name}“ kann nicht angehängt werden. Erlaubt sind "
                               f"{ALLOWED}."})
    if len(caption) > 500:
        raise ValidationError({"caption": "Die Beschreibung darf höchstens 500 Zeichen haben."})
    with db.session() as session:
        changeable_consultation(session, consultation_id, editable=kind == "attachment")
        row = ConsultationAttachment(
            consultation_id=consultation_id, kind=kind, filename=name, media_type=media_type,
            size=len(data), sha256=hashlib.sha256(data).hexdigest(),
            caption=caption.strip() or None, content=base64.b64encode(data).decode("ascii"))
        session.add(row)
        session.flush()
        return row.id


def attachment_content(db: Database, attachment_id: str) -> bytes:
    """The bytes of an attachment, checked against the stored sha256."""
    with db.read_session() as session:
        row = session.get(ConsultationAttachment, attachment_id)
        if row is None or row.is_deleted:
            raise ValidationError({"attachment": "Diesen Anhang gibt es nicht (mehr)."})
        data = base64.b64decode(row.content)
        if hashlib.sha256(data).hexdigest() != row.sha256:
            raise ValidationError({"attachment": f"Der Anhang „{row.filename}“ ist beschädigt "
                                   "(Prüfsumme stimmt nicht)."})
        return data


def remove_attachment(db: Database, attachment_id: str) -> None:
    with db.session() as session:
        row = session.get(ConsultationAttachment, attachment_id)
        if row is not None and not row.is_deleted:
            changeable_consultation(session, row.consultation_id)
            row.existence += 1
