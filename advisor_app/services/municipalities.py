"""Reading municipalities, Kreise and Regierungsbezirke for lists and the detail view."""

from __future__ import annotations

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, selectinload

from advisor_app.persistence.database import Database
from advisor_app.persistence.models import (
    ClimateProject,
    Contact,
    Country,
    Kreis,
    Municipality,
    Partnership,
    Regierungsbezirk,
)
from advisor_app.services.dto import (
    KreisRow,
    MunicipalityDetail,
    MunicipalityRow,
    RegierungsbezirkRow,
)
from advisor_app.services.records import RecordNotFound, is_live
from advisor_app.services.rows import contact_row, partnership_row, project_row


def country_names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(Country.iso2, Country.name_de)).tuples().all())


def _municipality_rows(session: Session, only_id: str | None = None) -> list[MunicipalityRow]:
    counts = (
        select(
            Partnership.municipality_id.label("mid"),
            func.count().label("n"),
            func.sum(case((Partnership.is_climate_partnership, 1), else_=0)).label("nc"),
        )
        .where(is_live(Partnership))
        .group_by(Partnership.municipality_id)
        .subquery()
    )
    query = (
        select(Municipality, Kreis, Regierungsbezirk, counts.c.n, counts.c.nc)
        .join(Kreis, Municipality.kreis_id == Kreis.id)
        .join(Regierungsbezirk, Kreis.regierungsbezirk_id == Regierungsbezirk.id)
        .outerjoin(counts, counts.c.mid == Municipality.id)
        .where(is_live(Municipality))
        .order_by(Municipality.name)
    )
    if only_id is not None:
        query = query.where(Municipality.id == only_id)
    return [
        MunicipalityRow(
            id=m.id, ags=m.ags, name=m.name, gemeindetyp=m.gemeindetyp, kreis_id=k.id,
            kreis_name=k.name, regierungsbezirk_id=r.id, regierungsbezirk_name=r.name,
            population=m.population, partnership_count=int(n or 0),
            climate_partnership_count=int(nc or 0),
        )
        for m, k, r, n, nc in session.execute(query).tuples()
    ]


def list_municipalities(db: Database) -> list[MunicipalityRow]:
    """All live municipalities with Kreis, Regierungsbezirk and partnership counts."""
    with db.read_session() as session:
        return _municipality_rows(session)


def get_municipality(db: Database, municipality_id: str) -> MunicipalityDetail:
    with db.read_session() as session:
        rows = _municipality_rows(session, municipality_id)
        m = session.get(Municipality, municipality_id)
        if not rows or m is None:
            raise RecordNotFound("Gemeinde", municipality_id)
        names = country_names(session)
        partnerships = session.scalars(
            select(Partnership)
            .where(Partnership.municipality_id == municipality_id, is_live(Partnership))
            .options(selectinload(Partnership.partner_region))
        ).all()
        projects = session.scalars(
            select(ClimateProject)
            .where(ClimateProject.municipality_id == municipality_id, is_live(ClimateProject))
            .order_by(ClimateProject.title)
        ).all()
        contacts = session.scalars(
            select(Contact)
            .where(Contact.municipality_id == municipality_id, is_live(Contact))
            .order_by(Contact.name)
        ).all()
        p_rows = sorted((partnership_row(p, names) for p in partnerships),
                        key=lambda r: (r.partner_name.casefold(), r.country_name))
        return MunicipalityDetail(
            row=rows[0], name_amtlich=m.name_amtlich, bezeichnung=m.bezeichnung,
            area_km2=m.area_km2, population_2019=m.population_2019, plz=m.plz, lat=m.lat,
            lon=m.lon, notes=m.notes, partnerships=tuple(p_rows),
            projects=tuple(project_row(p) for p in projects),
            contacts=tuple(contact_row(c) for c in contacts),
        )


def list_regierungsbezirke(db: Database) -> list[RegierungsbezirkRow]:
    with db.read_session() as session:
        return [RegierungsbezirkRow(r.id, r.code, r.name) for r in session.scalars(
            select(Regierungsbezirk).where(is_live(Regierungsbezirk))
            .order_by(Regierungsbezirk.code))]


def list_kreise(db: Database) -> list[KreisRow]:
    with db.read_session() as session:
        return [KreisRow(k.id, k.ags, k.name, k.typ, k.regierungsbezirk_id)
                for k in session.scalars(select(Kreis).where(is_live(Kreis))
                                         .order_by(Kreis.name))]
