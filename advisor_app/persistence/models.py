"""SQLAlchemy 2 typed models.

Replicated tables (everything an adviser can see or edit) follow the rules of SYNC.md:
- primary keys are UUID strings, never autoincrement integers; seeded records get
  deterministic UUIDv5 ids (see :mod:`advisor_app.persistence.ids`) so that two laptops seeded
  independently hold each record once after syncing;
- deletion is per-row state: ``existence`` is a counter, odd = exists, even = deleted. Deleting
  and restoring increment it, so a later sync can merge delete/restore like any other field;
- timestamps are UTC.
Local tables (countries, settings) are not replicated.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Replicated:
    """Columns every replicated table has. ``__replicated__`` marks the table for sync."""

    __replicated__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    existence: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, nullable=False, default=utcnow, onupdate=utcnow
    )

    @property
    def is_deleted(self) -> bool:
        return self.existence % 2 == 0


class Regierungsbezirk(Replicated, Base):
    __tablename__ = "regierungsbezirk"

    code: Mapped[str] = mapped_column(String(3), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    nuts2: Mapped[str | None] = mapped_column(String(5))
    population: Mapped[int | None] = mapped_column(Integer)

    kreise: Mapped[list[Kreis]] = relationship(back_populates="regierungsbezirk")


class Kreis(Replicated, Base):
    """Kreis-level unit: a Kreis (incl. Städteregion Aachen) or a kreisfreie Stadt."""

    __tablename__ = "kreis"

    ags: Mapped[str] = mapped_column(String(5), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_amtlich: Mapped[str | None] = mapped_column(String(200))
    typ: Mapped[str] = mapped_column(String(40))  # "Kreis" | "Kreisfreie Stadt"
    regierungsbezirk_id: Mapped[str] = mapped_column(ForeignKey("regierungsbezirk.id"))
    nuts3: Mapped[str | None] = mapped_column(String(5))
    population: Mapped[int | None] = mapped_column(Integer)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    boundary: Mapped[str | None] = mapped_column(Text)  # GeoJSON geometry

    regierungsbezirk: Mapped[Regierungsbezirk] = relationship(back_populates="kreise")
    municipalities: Mapped[list[Municipality]] = relationship(back_populates="kreis")


class Municipality(Replicated, Base):
    __tablename__ = "municipality"

    ags: Mapped[str] = mapped_column(String(8), unique=True)
    ars: Mapped[str | None] = mapped_column(String(12))
    name: Mapped[str] = mapped_column(String(200))
    name_amtlich: Mapped[str | None] = mapped_column(String(200))
    bezeichnung: Mapped[str | None] = mapped_column(String(40))  # Stadt / Gemeinde
    gemeindetyp: Mapped[str] = mapped_column(String(40))
    kreis_id: Mapped[str] = mapped_column(ForeignKey("kreis.id"), index=True)
    population: Mapped[int | None] = mapped_column(Integer)  # Zensus 15.05.2022
    population_2019: Mapped[int | None] = mapped_column(Integer)
    area_km2: Mapped[float | None] = mapped_column(Float)
    plz: Mapped[str | None] = mapped_column(String(5))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    boundary: Mapped[str | None] = mapped_column(Text)  # GeoJSON geometry
    notes: Mapped[str | None] = mapped_column(Text)

    kreis: Mapped[Kreis] = relationship(back_populates="municipalities")


class Country(Base):
    """ISO 3166-1 countries with German names (local reference data, not replicated)."""

    __tablename__ = "country"

    iso2: Mapped[str] = mapped_column(String(2), primary_key=True)
    iso3: Mapped[str | None] = mapped_column(String(3))
    name_de: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    continent_de: Mapped[str | None] = mapped_column(String(40))


class PartnerRegion(Replicated, Base):
    """A municipality or region abroad (or elsewhere in Germany) that partners with NRW."""

    __tablename__ = "partner_region"

    name: Mapped[str] = mapped_column(String(200))
    name_local: Mapped[str | None] = mapped_column(String(200))
    country_iso2: Mapped[str] = mapped_column(String(2), index=True)
    admin_level: Mapped[str] = mapped_column(String(20))  # AdminLevel
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geonameid: Mapped[int | None] = mapped_column(Integer)
    under2_member: Mapped[bool] = mapped_column(Boolean, default=False)
    under2_since: Mapped[dt.date | None] = mapped_column(Date)
    under2_evidence: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_partner_region_name", "name"),)


class Partnership(Replicated, Base):
    __tablename__ = "partnership"

    nrw_side_type: Mapped[str] = mapped_column(String(20))  # NrwSideType
    municipality_id: Mapped[str | None] = mapped_column(ForeignKey("municipality.id"), index=True)
    kreis_id: Mapped[str | None] = mapped_column(ForeignKey("kreis.id"), index=True)
    partner_region_id: Mapped[str] = mapped_column(ForeignKey("partner_region.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # PartnershipKind
    is_climate_partnership: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20))  # PartnershipStatus
    since_year: Mapped[int | None] = mapped_column(Integer)
    themes: Mapped[str] = mapped_column(String(300), default="")  # ';'-joined Theme codes
    source: Mapped[str | None] = mapped_column(String(300))
    source_note: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    municipality: Mapped[Municipality | None] = relationship()
    kreis: Mapped[Kreis | None] = relationship()
    partner_region: Mapped[PartnerRegion] = relationship()


class Contact(Replicated, Base):
    """A contact person: personal data under the GDPR (legal basis or consent required)."""

    __tablename__ = "contact"

    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    municipality_id: Mapped[str | None] = mapped_column(ForeignKey("municipality.id"), index=True)
    partner_region_id: Mapped[str | None] = mapped_column(
        ForeignKey("partner_region.id"), index=True
    )
    legal_basis: Mapped[str] = mapped_column(String(30))  # LegalBasis
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)


class ClimateProject(Replicated, Base):
    """A climate project as a good-practice record (problem -> solution -> results ...)."""

    __tablename__ = "climate_project"

    title: Mapped[str] = mapped_column(String(300))
    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipality.id"), index=True)
    partnership_id: Mapped[str | None] = mapped_column(ForeignKey("partnership.id"), index=True)
    problem: Mapped[str | None] = mapped_column(Text)
    solution: Mapped[str | None] = mapped_column(Text)
    results: Mapped[str | None] = mapped_column(Text)
    costs: Mapped[str | None] = mapped_column(Text)
    funding: Mapped[str | None] = mapped_column(Text)
    transfer_conditions: Mapped[str | None] = mapped_column(Text)
    themes: Mapped[str] = mapped_column(String(300), default="")
    start_year: Mapped[int | None] = mapped_column(Integer)
    end_year: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))  # ProjectStatus
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"))


class ChecklistTemplateVersion(Replicated, Base):
    """The exact source of a checklist template version a consultation was done with.

    Content-addressed (id = UUIDv5 of template id, version and sha256 of the source), so two
    laptops storing the same version hold one record, and a changed template never changes
    old consultations: they keep the questions of the source stored here."""

    __tablename__ = "checklist_template"

    template_id: Mapped[str] = mapped_column(String(100), index=True)
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(Text)  # the YAML text
    sha256: Mapped[str] = mapped_column(String(64))


class Consultation(Replicated, Base):
    """One consultation visit (draft -> completed; completed ones only take amendments)."""

    __tablename__ = "consultation"

    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipality.id"), index=True)
    template_version_id: Mapped[str] = mapped_column(ForeignKey("checklist_template.id"))
    held_at: Mapped[dt.datetime] = mapped_column(DateTime)  # local date and time of the visit
    place: Mapped[str | None] = mapped_column(String(300))
    advisers: Mapped[str] = mapped_column(String(500), default="")  # '; '-joined names
    phase: Mapped[str | None] = mapped_column(String(40))
    summary: Mapped[str | None] = mapped_column(Text)
    recommendations: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20), default="draft")  # ConsultationState
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    completed_by: Mapped[str | None] = mapped_column(String(200))
    protocol_lang: Mapped[str] = mapped_column(String(2), default="de")
    protocol_sha256: Mapped[str | None] = mapped_column(String(64))  # of the signed PDF
    protocol_attachment_id: Mapped[str | None] = mapped_column(String(36))

    municipality: Mapped[Municipality] = relationship()
    template_version: Mapped[ChecklistTemplateVersion] = relationship()

    __table_args__ = (Index("ix_consultation_held_at", "held_at"),)


class ConsultationAnswer(Replicated, Base):
    """One answer per question (id = UUIDv5 of consultation and question, so sync merges
    per answer). ``value`` is JSON: a text, a number, a list of option values, an ISO date."""

    __tablename__ = "consultation_answer"

    consultation_id: Mapped[str] = mapped_column(ForeignKey("consultation.id"), index=True)
    question_id: Mapped[str] = mapped_column(String(100))
    value: Mapped[str | None] = mapped_column(Text)


class ConsultationSectionNote(Replicated, Base):
    """Free notes per checklist section (id = UUIDv5 of consultation and section)."""

    __tablename__ = "consultation_note"

    consultation_id: Mapped[str] = mapped_column(ForeignKey("consultation.id"), index=True)
    section_id: Mapped[str] = mapped_column(String(100))
    text: Mapped[str | None] = mapped_column(Text)


class ConsultationParticipant(Replicated, Base):
    """A participant: a contact (name comes from the contact, so a GDPR erasure leaves only
    the role) or a person recorded by name only."""

    __tablename__ = "consultation_participant"

    consultation_id: Mapped[str] = mapped_column(ForeignKey("consultation.id"), index=True)
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), index=True)
    name: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)


class NextStep(Replicated, Base):
    """An agreed next step (what, who, organisation, due date, status); carried into later
    consultations of the same municipality until done or dropped."""

    __tablename__ = "next_step"

    consultation_id: Mapped[str] = mapped_column(ForeignKey("consultation.id"), index=True)
    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipality.id"), index=True)
    what: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str | None] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(200))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")  # NextStepStatus
    # the consultation in which the status was last changed (carried-over steps show there)
    status_consultation_id: Mapped[str | None] = mapped_column(String(36))
    status_changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ConsultationAttachment(Replicated, Base):
    """A photo or document of a consultation, stored in the database (base64) with its
    checksum so it replicates like any other field; also holds signed protocol PDFs."""

    __tablename__ = "consultation_attachment"

    consultation_id: Mapped[str] = mapped_column(ForeignKey("consultation.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="attachment")  # or "protocol"
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    caption: Mapped[str | None] = mapped_column(String(500))
    content: Mapped[str] = mapped_column(Text)  # base64


class ConsultationAmendment(Replicated, Base):
    """A correction of a completed consultation: what, why, who, when (never an edit)."""

    __tablename__ = "consultation_amendment"

    consultation_id: Mapped[str] = mapped_column(ForeignKey("consultation.id"), index=True)
    question_id: Mapped[str | None] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(200))
    amended_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ConsultationSignature(Replicated, Base):
    """A signature on the protocol (id = UUIDv5 of consultation and party)."""

    __tablename__ = "consultation_signature"

    consultation_id: Mapped[str] = mapped_column(ForeignKey("consultation.id"), index=True)
    party: Mapped[str] = mapped_column(String(20))  # "adviser" | "municipality"
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(200))
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    image_png: Mapped[str] = mapped_column(Text)  # base64 PNG of the strokes


class Setting(Base):
    """Local key/value settings of this laptop (adviser, letterhead, share path, language)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


REPLICATED_MODELS: tuple[type[Replicated], ...] = (
    Regierungsbezirk,
    Kreis,
    Municipality,
    PartnerRegion,
    Partnership,
    Contact,
    ClimateProject,
    ChecklistTemplateVersion,
    Consultation,
    ConsultationAnswer,
    ConsultationSectionNote,
    ConsultationParticipant,
    NextStep,
    ConsultationAttachment,
    ConsultationAmendment,
    ConsultationSignature,
)


# (child table, reference column, parent table): a parent cannot be deleted while live children
# refer to it, and a parent deleted on one laptop while a child was added on another is
# recovered by the sync, so the child never dangles.
DEPENDENT_LINKS: tuple[tuple[str, str, str], ...] = (
    ("partnership", "partner_region_id", "partner_region"),
    ("climate_project", "partnership_id", "partnership"),
    ("consultation_answer", "consultation_id", "consultation"),
    ("consultation_note", "consultation_id", "consultation"),
    ("consultation_participant", "consultation_id", "consultation"),
    ("next_step", "consultation_id", "consultation"),
    ("consultation_attachment", "consultation_id", "consultation"),
    ("consultation_amendment", "consultation_id", "consultation"),
    ("consultation_signature", "consultation_id", "consultation"),
)
