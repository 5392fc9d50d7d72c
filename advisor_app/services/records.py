"""Create, change, delete (to the trash) and restore records: one generic writer for every
editable record type, so validation, reference checks and deletion state work the same way
everywhere. Deleting increments ``existence`` (odd = exists, even = deleted), restoring
increments it again; nothing is physically removed."""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advisor_app.domain.validation import ValidationError
from advisor_app.persistence.database import Database
from advisor_app.persistence.models import (
    DEPENDENT_LINKS,
    REPLICATED_MODELS,
    ClimateProject,
    Contact,
    Country,
    Kreis,
    Municipality,
    PartnerRegion,
    Partnership,
    Replicated,
)
from advisor_app.services.dto import TrashItem
from advisor_app.services.inputs import (
    ClimateProjectInput,
    ContactInput,
    PartnerRegionInput,
    PartnershipInput,
)


class RecordNotFound(LookupError):
    def __init__(self, label: str, record_id: str) -> None:
        super().__init__(f"{label} {record_id} wurde nicht gefunden (oder ist gelöscht).")


class RecordInUse(ValueError):
    """A record cannot be deleted while live records refer to it."""


class _Input(Protocol):
    def validate(self) -> dict[str, str]: ...
    def values(self) -> dict[str, object]: ...


EDITABLE: dict[str, tuple[type[Replicated], str]] = {
    "partnership": (Partnership, "Partnerschaft"),
    "partner_region": (PartnerRegion, "Partnerregion"),
    "contact": (Contact, "Kontakt"),
    "climate_project": (ClimateProject, "Klimaprojekt"),
}
_MODEL_FOR_INPUT: dict[type, str] = {
    PartnershipInput: "partnership",
    PartnerRegionInput: "partner_region",
    ContactInput: "contact",
    ClimateProjectInput: "climate_project",
}
# column -> (referenced model, German label) checked to exist and be live before writing
_REFERENCES: dict[str, tuple[type[Replicated], str]] = {
    "partner_region_id": (PartnerRegion, "Die gewählte Partnerregion"),
    "municipality_id": (Municipality, "Die gewählte Gemeinde"),
    "kreis_id": (Kreis, "Der gewählte Kreis"),
    "partnership_id": (Partnership, "Die gewählte Partnerschaft"),
    "contact_id": (Contact, "Der gewählte Kontakt"),
}


def is_live(model: Any) -> Any:
    """SQL condition: the row exists (odd existence counter)."""
    return model.existence % 2 == 1


def known_countries(session: Session) -> set[str]:
    return set(session.scalars(select(Country.iso2)))


def _duplicate_region(session: Session, data: PartnerRegionInput,
                      record_id: str | None) -> str | None:
    query = select(PartnerRegion.id).where(
        func.lower(PartnerRegion.name) == data.name.strip().lower(),
        PartnerRegion.country_iso2 == data.country_iso2.strip().upper(),
        is_live(PartnerRegion),
    )
    if record_id is not None:
        query = query.where(PartnerRegion.id != record_id)
    if session.scalars(query).first() is not None:
        return (f"„{data.name.strip()}“ gibt es in diesem Land bereits als Partnerregion. "
                "Bitte die vorhandene wählen.")
    return None


def validate(session: Session, data: _Input, record_id: str | None = None) -> dict[str, str]:
    """All problems of ``data``: field rules, references to missing or deleted records, and
    (for partner regions) an existing region of the same name in the same country."""
    if isinstance(data, PartnerRegionInput):
        errors = data.validate(known_countries(session))
        if "name" not in errors and "country_iso2" not in errors:
            duplicate = _duplicate_region(session, data, record_id)
            if duplicate:
                errors["name"] = duplicate
    else:
        errors = data.validate()
    for column, value in data.values().items():
        if column in _REFERENCES and value and column not in errors:
            model, label = _REFERENCES[column]
            row = session.get(model, value)
            if row is None or row.is_deleted:
                errors[column] = f"{label} gibt es nicht (mehr)."
    return errors


def save(db: Database, data: _Input, record_id: str | None = None) -> str:
    """Create (``record_id`` None) or update a record; returns its id.

    Raises ValidationError with German messages and writes nothing when anything is wrong.
    """
    table = _MODEL_FOR_INPUT[type(data)]
    model, label = EDITABLE[table]
    with db.session() as session:
        errors = validate(session, data, record_id)
        if errors:
            raise ValidationError(errors)
        if record_id is None:
            obj = model()
            session.add(obj)
        else:
            found = session.get(model, record_id)
            if found is None or found.is_deleted:
                raise RecordNotFound(label, record_id)
            obj = found
        for column, value in data.values().items():
            setattr(obj, column, value)
        session.flush()
        return obj.id


_CHILD_LABELS = {"partnership": "Partnerschaft(en)", "climate_project": "Klimaprojekt(e)"}


def _live_children(session: Session, table: str, record_id: str) -> str | None:
    for child, column, parent in DEPENDENT_LINKS:
        if parent != table:
            continue
        model = next(m for m in REPLICATED_MODELS if m.__tablename__ == child)  # type: ignore[attr-defined]
        n = session.scalar(select(func.count()).select_from(model).where(
            getattr(model, column) == record_id, is_live(model)))
        if n:
            label = EDITABLE[table][1]
            return (f"{label} hat noch {n} {_CHILD_LABELS[child]}. "
                    "Bitte diese zuerst löschen oder anders zuordnen.")
    return None


def delete(db: Database, table: str, record_id: str) -> None:
    """Move a record to the trash (restorable)."""
    model, label = EDITABLE[table]
    with db.session() as session:
        obj = session.get(model, record_id)
        if obj is None or obj.is_deleted:
            raise RecordNotFound(label, record_id)
        problem = _live_children(session, table, record_id)
        if problem:
            raise RecordInUse(problem)
        obj.existence += 1


def restore(db: Database, table: str, record_id: str) -> None:
    """Bring a record back from the trash."""
    model, label = EDITABLE[table]
    with db.session() as session:
        obj = session.get(model, record_id)
        if obj is None:
            raise RecordNotFound(label, record_id)
        if obj.is_deleted:
            obj.existence += 1
        _restore_parents(session, table, obj)


def _restore_parents(session: Session, table: str, obj: Any) -> None:
    """A restored child brings its deleted parent back too, so it never dangles."""
    for child, column, parent in DEPENDENT_LINKS:
        parent_id = getattr(obj, column) if child == table else None
        if parent_id:
            parent_obj = session.get(EDITABLE[parent][0], parent_id)
            if parent_obj is not None and parent_obj.is_deleted:
                parent_obj.existence += 1
                _restore_parents(session, parent, parent_obj)


def _title(obj: Any) -> str:
    if isinstance(obj, Partnership):
        side = obj.municipality.name if obj.municipality else (
            obj.kreis.name if obj.kreis else "Land NRW")
        return f"{side} – {obj.partner_region.name} ({obj.partner_region.country_iso2})"
    if isinstance(obj, PartnerRegion):
        return f"{obj.name} ({obj.country_iso2})"
    if isinstance(obj, ClimateProject):
        return str(obj.title)
    return str(obj.name)


def list_trash(db: Database) -> list[TrashItem]:
    """Deleted records, newest deletion first."""
    items: list[TrashItem] = []
    with db.read_session() as session:
        for table, (model, label) in EDITABLE.items():
            for obj in session.scalars(select(model).where(model.existence % 2 == 0)):
                items.append(TrashItem(table, label, obj.id, _title(obj), obj.updated_at))
    return sorted(items, key=lambda item: item.deleted_at, reverse=True)
