"""The consultation protocol: render it, sign it, read the signed one back.

``render_protocol_pdf`` builds and renders the protocol (a draft mark while the consultation
is not completed). ``sign_protocol`` takes both signatures of a completed consultation and,
in one transaction, stores the signature rows, the signed PDF as an attachment of kind
"protocol" and its sha256 with the consultation, so all of it replicates through sync.
From then on the protocol is fixed: rendering it again is refused (``ProtocolSigned``)
rather than silently producing something else; ``signed_protocol`` returns the stored bytes,
checked against the stored checksum.

Rendering takes as long as ReportLab needs: callers on the GUI thread use ``ui.ops``.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from advisor_app.atomic_file import write_file
from advisor_app.domain.enums import ConsultationState
from advisor_app.domain.validation import ValidationError, collect
from advisor_app.persistence import ids
from advisor_app.persistence.database import Database
from advisor_app.persistence.models import (
    Consultation,
    ConsultationAttachment,
    ConsultationSignature,
    utcnow,
)
from advisor_app.reports.protocol_builder import build_protocol_data, to_berlin
from advisor_app.reports.protocol_data import ProtocolSignature
from advisor_app.reports.protocol_renderer import render_protocol
from advisor_app.services.consultation_dto import ConsultationDetail
from advisor_app.services.consultations import ConsultationNotFound, consultation_detail
from advisor_app.services.settings import load_settings

__all__ = [
    "NAME_MAX", "ConsultationNotCompleted", "ProtocolContext", "ProtocolDamaged",
    "ProtocolNotSigned", "ProtocolSigned", "SignatureInput", "SignedProtocol",
    "protocol_context", "protocol_filename", "render_protocol_pdf", "sign_protocol",
    "signed_protocol", "signed_protocol_info", "write_file",
]

NAME_MAX = 200
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_SIGNATURE_BYTES = 2 * 1024 * 1024


class ProtocolSigned(ValueError):
    """The protocol was signed: it is fixed and is not rendered again."""

    def __init__(self, sha256: str) -> None:
        self.sha256 = sha256
        super().__init__("Das Protokoll dieser Beratung ist unterschrieben und festgeschrieben; "
                         "es wird nicht neu erstellt. Das unterschriebene PDF kann gespeichert "
                         f"werden (SHA-256 {sha256[:16]}…).")


class ConsultationNotCompleted(ValueError):
    def __init__(self) -> None:
        super().__init__("Unterschreiben geht erst, wenn die Beratung abgeschlossen ist. "
                         "Bitte die Beratung zuerst abschließen.")


class ProtocolNotSigned(LookupError):
    def __init__(self) -> None:
        super().__init__("Zu dieser Beratung gibt es noch kein unterschriebenes Protokoll.")


class ProtocolDamaged(ValueError):
    def __init__(self) -> None:
        super().__init__("Das gespeicherte unterschriebene Protokoll ist beschädigt: seine "
                         "Prüfsumme stimmt nicht mit der festgeschriebenen überein.")


@dataclass(frozen=True)
class SignatureInput:
    """One party's signature as given in the window: name, role and the strokes as PNG."""

    name: str
    image_png: bytes
    role: str = ""

    def errors(self, party: str) -> dict[str, str]:
        who = "Beratung" if party == "adviser" else "Kommune"
        image = None
        if not self.image_png:
            image = f"Bitte unterschreiben ({who})."
        elif not self.image_png.startswith(PNG_MAGIC) or \
                len(self.image_png) > MAX_SIGNATURE_BYTES:
            image = f"Die Unterschrift ({who}) ist kein gültiges Bild."
        name = None
        if not self.name.strip():
            name = f"Bitte den Namen angeben ({who})."
        elif len(self.name) > NAME_MAX or len(self.role) > NAME_MAX:
            name = f"Name und Funktion ({who}) dürfen höchstens {NAME_MAX} Zeichen haben."
        return collect(**{f"{party}_name": name, f"{party}_image": image})


@dataclass(frozen=True)
class SignedProtocol:
    """Where the signed protocol of a consultation is."""

    attachment_id: str
    sha256: str
    filename: str
    size: int


def render_protocol_pdf(db: Database, consultation_id: str, lang: str | None = None) -> bytes:
    """The protocol as PDF (``lang`` default: the consultation's protocol language);
    ProtocolSigned once it has been signed."""
    sha = _consultation_state(db, consultation_id)[1]
    if sha:
        raise ProtocolSigned(sha)
    return render_protocol(build_protocol_data(db, consultation_id, lang))


def sign_protocol(db: Database, consultation_id: str, adviser: SignatureInput,
                  municipality: SignatureInput, lang: str | None = None) -> str:
    """Sign the protocol of a completed consultation: stores both signatures, the signed
    PDF (attachment kind "protocol") and its sha256 in one transaction; returns the sha256.
    ConsultationNotCompleted, ProtocolSigned (signed before) or ValidationError."""
    errors = {**adviser.errors("adviser"), **municipality.errors("municipality")}
    if errors:
        raise ValidationError(errors)
    state, sha = _consultation_state(db, consultation_id)
    if sha:
        raise ProtocolSigned(sha)
    if state != ConsultationState.COMPLETED.value:
        raise ConsultationNotCompleted()
    signed_at = utcnow().replace(microsecond=0)
    data = build_protocol_data(db, consultation_id, lang)
    data = dataclasses.replace(
        data, generated_at=to_berlin(signed_at),
        adviser_signature=_printed(adviser, signed_at),
        municipality_signature=_printed(municipality, signed_at))
    pdf = render_protocol(data)
    digest = hashlib.sha256(pdf).hexdigest()
    with db.session() as session:
        consultation = session.get(Consultation, consultation_id)
        if consultation is None or consultation.is_deleted:
            raise ConsultationNotFound(consultation_id)
        if consultation.protocol_sha256:  # signed meanwhile (another window, a sync)
            raise ProtocolSigned(consultation.protocol_sha256)
        if consultation.state != ConsultationState.COMPLETED.value:
            raise ConsultationNotCompleted()
        for party, given in (("adviser", adviser), ("municipality", municipality)):
            _store_signature(session, consultation_id, party, given, signed_at)
        attachment = ConsultationAttachment(
            consultation_id=consultation_id, kind="protocol",
            filename=protocol_filename(data.municipality.name, data.held_at, data.lang, True),
            media_type="application/pdf", size=len(pdf),
            sha256=digest, content=base64.b64encode(pdf).decode("ascii"))
        session.add(attachment)
        session.flush()
        consultation.protocol_lang = data.lang
        consultation.protocol_sha256 = digest
        consultation.protocol_attachment_id = attachment.id
    return digest


def signed_protocol_info(db: Database, consultation_id: str) -> SignedProtocol | None:
    """The signed protocol's attachment, or None while it is not signed."""
    with db.read_session() as session:
        consultation = _live(session, consultation_id)
        if not consultation.protocol_sha256 or not consultation.protocol_attachment_id:
            return None
        row = session.get(ConsultationAttachment, consultation.protocol_attachment_id)
        if row is None:
            raise ProtocolDamaged()
        return SignedProtocol(row.id, consultation.protocol_sha256, row.filename, row.size)


def signed_protocol(db: Database, consultation_id: str) -> bytes:
    """The stored signed PDF, verified against the consultation's protocol_sha256;
    ProtocolNotSigned or ProtocolDamaged."""
    with db.read_session() as session:
        consultation = _live(session, consultation_id)
        expected = consultation.protocol_sha256
        row = session.get(ConsultationAttachment, consultation.protocol_attachment_id or "")
        if not expected:
            raise ProtocolNotSigned()
        if row is None:
            raise ProtocolDamaged()
        try:
            pdf = base64.b64decode(row.content, validate=True)
        except ValueError:
            raise ProtocolDamaged() from None
    if hashlib.sha256(pdf).hexdigest() != expected:
        raise ProtocolDamaged()
    return pdf


def protocol_filename(municipality: str, held_at: dt.datetime, lang: str,
                      signed: bool = False) -> str:
    """``Beratungsprotokoll_Stadt_Gladbeck_2026-11-26_unterschrieben.pdf`` (or English)."""
    en = lang == "en"
    name = re.sub(r"[^\w-]+", "_", municipality).strip("_") or "Kommune"
    title = "Consultation_protocol" if en else "Beratungsprotokoll"
    suffix = ("_signed" if en else "_unterschrieben") if signed else ""
    return f"{title}_{name}_{held_at:%Y-%m-%d}{suffix}.pdf"


@dataclass(frozen=True)
class ProtocolContext:
    """What the protocol window needs besides the PDF."""

    detail: ConsultationDetail
    adviser_name: str  # of this laptop's settings
    signed: SignedProtocol | None


def protocol_context(db: Database, consultation_id: str) -> ProtocolContext:
    return ProtocolContext(consultation_detail(db, consultation_id),
                           load_settings(db).adviser_name.strip(),
                           signed_protocol_info(db, consultation_id))


# --- helpers ---------------------------------------------------------------------------

def _live(session: Session, consultation_id: str) -> Consultation:
    consultation = session.get(Consultation, consultation_id)
    if consultation is None or consultation.is_deleted:
        raise ConsultationNotFound(consultation_id)
    return consultation


def _consultation_state(db: Database, consultation_id: str) -> tuple[str, str | None]:
    with db.read_session() as session:
        consultation = _live(session, consultation_id)
        return consultation.state, consultation.protocol_sha256


def _printed(given: SignatureInput, signed_at: dt.datetime) -> ProtocolSignature:
    return ProtocolSignature(given.name.strip(), given.role.strip(), to_berlin(signed_at),
                             given.image_png)


def _store_signature(session: Session, consultation_id: str, party: str,
                     given: SignatureInput, signed_at: dt.datetime) -> None:
    """The party's signature row (deterministic id, so two laptops hold one row)."""
    row_id = ids.consultation_signature_id(consultation_id, party)
    row = session.get(ConsultationSignature, row_id)
    values = {"name": given.name.strip(), "role": given.role.strip() or None,
              "signed_at": signed_at,
              "image_png": base64.b64encode(given.image_png).decode("ascii")}
    if row is None:
        session.add(ConsultationSignature(
            id=row_id, consultation_id=consultation_id, party=party, **values))
        return
    for key, value in values.items():
        setattr(row, key, value)
    if row.is_deleted:
        row.existence += 1
