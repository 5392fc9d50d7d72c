"""One import row -> the actions it asks for (create / update / unchanged), per record kind.

Rules shared by all kinds (documented in docs/import-format.md):
- a known record is matched, not duplicated; its fields are changed only by non-empty cells
  (an empty cell or a missing column never erases what is stored);
- a row is checked with the same validation as the forms (``records.validate``);
- every problem is a German sentence; a row with problems raises :class:`RowProblem`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_app.domain.enums import (
    AdminLevel,
    LegalBasis,
    NrwSideType,
    PartnershipKind,
    PartnershipStatus,
    parse_themes,
)
from advisor_app.domain.validation import parse_year
from advisor_app.persistence.models import Contact, PartnerRegion, Partnership
from advisor_app.services import records
from advisor_app.services.import_columns import (
    CONTACT_COLUMNS,
    PARTNER_REGION_COLUMNS,
    PARTNERSHIP_COLUMNS,
)
from advisor_app.services.import_fields import (
    CellError,
    Column,
    parse_admin_level,
    parse_bool,
    parse_date,
    parse_float,
    parse_legal_basis,
    parse_nrw_side,
)
from advisor_app.services.import_lookup import Lookup
from advisor_app.services.inputs import ContactInput, PartnerRegionInput, PartnershipInput
from advisor_app.services.rows import themes_of

RecordInput = PartnershipInput | PartnerRegionInput | ContactInput
Cells = dict[str, str]  # field -> non-empty cell text


@dataclass(frozen=True)
class ImportAction:
    """What applying the plan will do for one record of one row."""

    line: int
    table: str  # "partnership" | "partner_region" | "contact"
    op: str  # "create" | "update" | "unchanged"
    record_id: str
    data: RecordInput
    label: str


class RowProblem(ValueError):
    def __init__(self, messages: list[str]) -> None:
        self.messages = messages
        super().__init__(" ".join(messages))


@dataclass
class RowContext:
    session: Session
    lookup: Lookup
    default_source: str
    seen: dict[tuple[str, ...], int] = field(default_factory=dict)


class _Problems:
    """Collects the German messages of one row; ``parse`` turns CellError into a message."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def parse(self, func: Callable[..., Any], *args: Any) -> Any:
        try:
            return func(*args)
        except CellError as exc:
            self.messages.append(str(exc))
            return None

    def check(self) -> None:
        if self.messages:
            raise RowProblem(self.messages)


def _validated(ctx: RowContext, data: RecordInput, record_id: str | None, *,
               ignore: tuple[str, ...] = (), op: str = "create") -> None:
    """Raise RowProblem with the form's messages. An unchanged record is not re-judged:
    the import leaves it as it is."""
    if op == "unchanged":
        return
    errors = records.validate(ctx.session, data, record_id)
    for name in ignore:
        errors.pop(name, None)
    if errors:
        raise RowProblem(list(errors.values()))


def _op(obj: Any, data: RecordInput) -> str:
    changed = any(getattr(obj, k) != value for k, value in data.values().items())
    return "update" if changed else "unchanged"


def _duplicate(ctx: RowContext, key: tuple[str, ...], what: str) -> None:
    if key in ctx.seen:
        raise RowProblem([f"{what} steht schon in Zeile {ctx.seen[key]}."])


def _enum(problems: _Problems, cls: Any, text: str, label: str) -> Any:
    try:
        return cls.parse(text)
    except ValueError:
        allowed = ", ".join(member.label_de for member in cls)
        problems.messages.append(f"{label}: „{text}“ ist unbekannt (erlaubt: {allowed}).")
        return None


def _themes(problems: _Problems, text: str) -> Any:
    try:
        return parse_themes(text)
    except ValueError as exc:
        problems.messages.append(f"Themen: „{exc}“ ist kein bekanntes Thema.")
        return None


def _year(problems: _Problems, text: str, label: str) -> int | None:
    year, error = parse_year(text, label)
    if error:
        problems.messages.append(error)
    return year


# partnerships ------------------------------------------------------------------------------
def _short(ags: str) -> bool:
    """A 4-5 digit key in the AGS column is a Kreis key."""
    return ags.strip().isdigit() and len(ags.strip()) <= 5


def _nrw_side(p: _Problems, lookup: Lookup, cells: Cells
              ) -> tuple[NrwSideType | None, str | None, str | None]:
    """(side, municipality_id, kreis_id) from NRW-Seite / AGS / Kreis-AGS / NRW-Name."""
    ags, kreis_ags = cells.get("ags", ""), cells.get("kreis_ags", "")
    name = cells.get("nrw_name", "")
    if "nrw_side" in cells:
        side = p.parse(parse_nrw_side, cells["nrw_side"])
    elif ags:
        side = NrwSideType.KREIS if _short(ags) else NrwSideType.MUNICIPALITY
    elif kreis_ags:
        side = NrwSideType.KREIS
    elif name:
        side = NrwSideType.MUNICIPALITY
    else:
        p.messages.append("Die NRW-Seite fehlt: bitte AGS, Kreis-AGS oder NRW-Seite „Land“ "
                          "angeben.")
        return None, None, None
    if side is NrwSideType.MUNICIPALITY:
        if ags:
            return side, p.parse(lookup.municipality, ags), None
        if name:
            return side, p.parse(lookup.municipality_by_name, name), None
        p.messages.append("Der AGS der NRW-Gemeinde fehlt.")
    elif side is NrwSideType.KREIS:
        key = kreis_ags or (ags if _short(ags) else "")
        if key:
            return side, None, p.parse(lookup.kreis, key)
        if name:
            return side, None, p.parse(lookup.kreis_by_name, name)
        p.messages.append("Für einen Kreis bitte die Kreis-AGS (5 Ziffern) angeben.")
    return side, None, None


def _partnership_input(obj: Partnership) -> PartnershipInput:
    return PartnershipInput(
        partner_region_id=obj.partner_region_id, kind=PartnershipKind(obj.kind),
        status=PartnershipStatus(obj.status), nrw_side_type=NrwSideType(obj.nrw_side_type),
        municipality_id=obj.municipality_id, kreis_id=obj.kreis_id,
        is_climate_partnership=obj.is_climate_partnership, since_year=obj.since_year,
        themes=themes_of(obj.themes), source=obj.source, notes=obj.notes)


def _find_partnership(session: Session, side: NrwSideType, municipality_id: str | None,
                      kreis_id: str | None, region_id: str) -> Partnership | None:
    query = select(Partnership).where(
        Partnership.partner_region_id == region_id, records.is_live(Partnership),
        Partnership.nrw_side_type == side.value)
    if side is NrwSideType.MUNICIPALITY:
        query = query.where(Partnership.municipality_id == municipality_id)
    elif side is NrwSideType.KREIS:
        query = query.where(Partnership.kreis_id == kreis_id)
    return session.scalars(query.order_by(Partnership.created_at).limit(1)).first()


def plan_partnership(ctx: RowContext, cells: Cells, line: int) -> list[ImportAction]:
    p = _Problems()
    side, municipality_id, kreis_id = _nrw_side(p, ctx.lookup, cells)
    iso2 = p.parse(ctx.lookup.country, cells.get("country", ""))
    partner = cells.get("partner", "").strip()
    if not partner:
        p.messages.append("Der Partner (Name der Partnerkommune bzw. -region) fehlt.")
    changes: dict[str, Any] = {}
    if "kind" in cells:
        changes["kind"] = _enum(p, PartnershipKind, cells["kind"], "Art")
    if "status" in cells:
        changes["status"] = _enum(p, PartnershipStatus, cells["status"], "Status")
    if "climate" in cells:
        changes["is_climate_partnership"] = p.parse(parse_bool, cells["climate"],
                                                    "Klimapartnerschaft")
    if "since" in cells:
        changes["since_year"] = _year(p, cells["since"], "Partnerschaft seit")
    if "themes" in cells:
        changes["themes"] = _themes(p, cells["themes"])
    for name in ("source", "notes"):
        if name in cells:
            changes[name] = cells[name]
    p.check()
    assert side is not None and iso2 is not None
    nrw_key = {NrwSideType.MUNICIPALITY: municipality_id, NrwSideType.KREIS: kreis_id}.get(
        side, "land") or ""
    nrw_label = ctx.lookup.ags_of.get(nrw_key, "Land NRW")
    actions: list[ImportAction] = []
    region_id = ctx.lookup.existing_region(iso2, partner)
    planned = region_id is None  # the region is created by this import (this or an earlier row)
    region_id = region_id or ctx.lookup.planned_region(iso2, partner)
    new_region = region_id is None
    if region_id is None:
        region_id = ctx.lookup.new_region_id(iso2, partner)
        region = PartnerRegionInput(name=partner, country_iso2=iso2,
                                    source=changes.get("source") or ctx.default_source)
        _validated(ctx, region, region_id)
        actions.append(ImportAction(line, "partner_region", "create", region_id, region,
                                    f"{partner} ({iso2})"))
    key = ("partnership", nrw_key, region_id)
    _duplicate(ctx, key, "Dieselbe Partnerschaft")
    existing = None if planned else _find_partnership(
        ctx.session, side, municipality_id, kreis_id, region_id)
    base = _partnership_input(existing) if existing is not None else PartnershipInput(
        partner_region_id=region_id, kind=PartnershipKind.PARTNERSCHAFT,
        status=PartnershipStatus.ACTIVE, source=ctx.default_source)
    data = replace(base, partner_region_id=region_id, nrw_side_type=side,
                   municipality_id=municipality_id, kreis_id=kreis_id, **changes)
    if existing is None:
        record_id, op = ctx.lookup.new_partnership_id(
            ctx.lookup.ags_of.get(nrw_key, nrw_key), region_id), "create"
    else:
        record_id, op = existing.id, _op(existing, data)
    _validated(ctx, data, record_id, ignore=("partner_region_id",) if planned else (), op=op)
    if new_region:
        ctx.lookup.remember_region(iso2, partner, region_id)
    ctx.seen[key] = line
    actions.append(ImportAction(line, "partnership", op, record_id, data,
                                f"{nrw_label} – {partner} ({iso2})"))
    return actions


# partner regions ---------------------------------------------------------------------------
def _region_input(obj: PartnerRegion) -> PartnerRegionInput:
    return PartnerRegionInput(
        name=obj.name, country_iso2=obj.country_iso2, admin_level=AdminLevel(obj.admin_level),
        name_local=obj.name_local, lat=obj.lat, lon=obj.lon, under2_member=obj.under2_member,
        under2_since=obj.under2_since, under2_evidence=obj.under2_evidence, source=obj.source,
        notes=obj.notes)


def plan_partner_region(ctx: RowContext, cells: Cells, line: int) -> list[ImportAction]:
    p = _Problems()
    name = cells.get("name", "").strip()
    if not name:
        p.messages.append("Der Name der Partnerregion fehlt.")
    iso2 = p.parse(ctx.lookup.country, cells.get("country", ""))
    changes: dict[str, Any] = {}
    parsers: dict[str, tuple[str, Callable[..., Any], str]] = {
        "level": ("admin_level", parse_admin_level, "Ebene"),
        "lat": ("lat", parse_float, "Breitengrad"),
        "lon": ("lon", parse_float, "Längengrad"),
        "under2": ("under2_member", parse_bool, "Under2"),
        "under2_since": ("under2_since", parse_date, "Under2 seit"),
    }
    for name_in_file, (target, parser, label) in parsers.items():
        if name_in_file in cells:
            changes[target] = p.parse(parser, cells[name_in_file], label)
    for name_in_file, target in (("name_local", "name_local"), ("evidence", "under2_evidence"),
                                 ("source", "source"), ("notes", "notes")):
        if name_in_file in cells:
            changes[target] = cells[name_in_file]
    p.check()
    assert iso2 is not None
    key = ("partner_region", iso2, name.casefold())
    _duplicate(ctx, key, "Dieselbe Partnerregion")
    existing_id = ctx.lookup.existing_region(iso2, name)
    existing = ctx.session.get(PartnerRegion, existing_id) if existing_id else None
    base = _region_input(existing) if existing is not None else PartnerRegionInput(
        name=name, country_iso2=iso2, source=ctx.default_source)
    data = replace(base, **changes)
    if existing is None:
        record_id, op = ctx.lookup.new_region_id(iso2, name), "create"
    else:
        record_id, op = existing.id, _op(existing, data)
    _validated(ctx, data, record_id, op=op)
    if existing is None:
        ctx.lookup.remember_region(iso2, name, record_id)
    ctx.seen[key] = line
    return [ImportAction(line, "partner_region", op, record_id, data, f"{name} ({iso2})")]


# contacts ----------------------------------------------------------------------------------
def _contact_input(obj: Contact) -> ContactInput:
    return ContactInput(
        name=obj.name, legal_basis=LegalBasis(obj.legal_basis), role=obj.role,
        organisation=obj.organisation, email=obj.email, phone=obj.phone,
        municipality_id=obj.municipality_id, partner_region_id=obj.partner_region_id,
        consent_date=obj.consent_date, notes=obj.notes)


def plan_contact(ctx: RowContext, cells: Cells, line: int) -> list[ImportAction]:
    p = _Problems()
    name = cells.get("name", "").strip()
    if not name:
        p.messages.append("Der Name fehlt.")
    changes: dict[str, Any] = {}
    for target in ("role", "organisation", "email", "phone", "notes"):
        if target in cells:
            changes[target] = cells[target]
    if "ags" in cells:
        changes["municipality_id"] = p.parse(ctx.lookup.municipality, cells["ags"])
    if "consent_date" in cells:
        changes["consent_date"] = p.parse(parse_date, cells["consent_date"], "Einwilligung am")
    if "legal_basis" in cells:
        changes["legal_basis"] = p.parse(parse_legal_basis, cells["legal_basis"])
    p.check()
    key = Lookup.contact_key(name, cells.get("email"), cells.get("organisation"))
    _duplicate(ctx, ("contact", *key), "Derselbe Kontakt")
    existing_id = ctx.lookup.existing_contact(key)
    existing = ctx.session.get(Contact, existing_id) if existing_id else None
    if existing is not None:
        base = _contact_input(existing)
    elif "legal_basis" in changes or changes.get("consent_date"):
        base = ContactInput(name=name, legal_basis=LegalBasis.CONSENT)
    else:
        raise RowProblem(["Die Rechtsgrundlage fehlt (Einwilligung, Öffentliche Aufgabe, "
                          "Berechtigtes Interesse oder Vertrag)."])
    data = replace(base, **changes)
    if existing is None:
        record_id, op = ctx.lookup.new_contact_id(), "create"
    else:
        record_id, op = existing.id, _op(existing, data)
    _validated(ctx, data, record_id, op=op)
    ctx.seen[("contact", *key)] = line
    return [ImportAction(line, "contact", op, record_id, data, name)]


@dataclass(frozen=True)
class KindSpec:
    table: str
    label: str  # German plural
    columns: tuple[Column, ...]
    required: tuple[tuple[str, ...], ...]  # each group: at least one of these fields
    ignored: tuple[str, ...]  # export-only headers read back without a warning
    plan_row: Callable[[RowContext, Cells, int], list[ImportAction]]


SPECS: dict[str, KindSpec] = {
    "partnerships": KindSpec(
        "partnership", "Partnerschaften", PARTNERSHIP_COLUMNS,
        (("partner",), ("country",), ("ags", "kreis_ags", "nrw_side", "nrw_name")),
        ("Landesname", "Quellenhinweis", "ID"), plan_partnership),
    "partner-regions": KindSpec(
        "partner_region", "Partnerregionen", PARTNER_REGION_COLUMNS,
        (("name",), ("country",)), ("Landesname", "ID"), plan_partner_region),
    "contacts": KindSpec(
        "contact", "Kontakte", CONTACT_COLUMNS, (("name",),), ("ID",), plan_contact),
}
