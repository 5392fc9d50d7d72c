"""Services on a real temporary SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest

from advisor_app.domain.enums import (
    LegalBasis,
    NrwSideType,
    PartnershipKind,
    PartnershipStatus,
    ProjectStatus,
    Theme,
)
from advisor_app.domain.validation import ValidationError
from advisor_app.persistence import ids
from advisor_app.persistence.database import Database
from advisor_app.services import municipalities, partner_regions, records
from advisor_app.services.inputs import (
    ClimateProjectInput,
    ContactInput,
    PartnerRegionInput,
    PartnershipInput,
)
from advisor_app.services.settings import Settings, load_settings, save_settings

GLADBECK = ids.municipality_id("05562014")


def test_municipality_list_has_counts_and_structure(db: Database) -> None:
    rows = municipalities.list_municipalities(db)
    assert len(rows) == 396
    by_ags = {r.ags: r for r in rows}
    gladbeck = by_ags["05562014"]
    assert (gladbeck.kreis_name, gladbeck.regierungsbezirk_name) == ("Recklinghausen", "Münster")
    assert gladbeck.partnership_count == 6
    assert sum(r.partnership_count for r in rows) == 826
    assert len(municipalities.list_regierungsbezirke(db)) == 5
    assert len(municipalities.list_kreise(db)) == 53


def test_municipality_detail(db: Database) -> None:
    detail = municipalities.get_municipality(db, GLADBECK)
    assert detail.row.name == "Gladbeck"
    names = {(p.partner_name, p.country_name) for p in detail.partnerships}
    assert ("Wodzisław Śląski", "Polen") in names
    assert all(p.source and "Wikipedia" in p.source for p in detail.partnerships)
    with pytest.raises(records.RecordNotFound):
        municipalities.get_municipality(db, "no-such-id")


def _region(db: Database, name: str = "Sunyani", country: str = "GH") -> str:
    return records.save(db, PartnerRegionInput(name=name, country_iso2=country, lat=6.69,
                                               lon=-1.62))


def test_create_edit_delete_restore_partnership(db: Database) -> None:
    region = _region(db)
    data = PartnershipInput(partner_region_id=region, kind=PartnershipKind.KONTAKT,
                            status=PartnershipStatus.INITIATION, municipality_id=GLADBECK,
                            is_climate_partnership=True, since_year=2025,
                            themes=(Theme.MOBILITY, Theme.ENERGY), notes="  Erstkontakt  ")
    pid = records.save(db, data)
    detail = municipalities.get_municipality(db, GLADBECK)
    row = next(p for p in detail.partnerships if p.id == pid)
    assert (row.partner_name, row.country_name, row.status) == (
        "Sunyani", "Ghana", PartnershipStatus.INITIATION)
    assert row.themes == (Theme.ENERGY, Theme.MOBILITY)
    assert row.notes == "Erstkontakt"
    assert detail.row.climate_partnership_count == 1

    changed = PartnershipInput(partner_region_id=region, kind=PartnershipKind.PARTNERSCHAFT,
                               status=PartnershipStatus.ACTIVE, municipality_id=GLADBECK)
    assert records.save(db, changed, pid) == pid
    row = next(p for p in municipalities.get_municipality(db, GLADBECK).partnerships
               if p.id == pid)
    assert row.kind is PartnershipKind.PARTNERSCHAFT and row.since_year is None

    records.delete(db, "partnership", pid)
    assert pid not in {p.id for p in municipalities.get_municipality(db, GLADBECK).partnerships}
    trash = records.list_trash(db)
    assert [t.id for t in trash] == [pid]
    assert "Gladbeck – Sunyani" in trash[0].title
    with pytest.raises(records.RecordNotFound):
        records.save(db, changed, pid)  # deleted records are not silently edited
    records.restore(db, "partnership", pid)
    assert pid in {p.id for p in municipalities.get_municipality(db, GLADBECK).partnerships}
    assert records.list_trash(db) == []


def test_invalid_input_writes_nothing(db: Database) -> None:
    before = municipalities.get_municipality(db, GLADBECK).partnerships
    with pytest.raises(ValidationError) as info:
        records.save(db, PartnershipInput(partner_region_id="missing",
                                          kind=PartnershipKind.KONTAKT,
                                          status=PartnershipStatus.IDEA,
                                          municipality_id=GLADBECK, since_year=1750))
    expected = "Die gewählte Partnerregion gibt es nicht (mehr)."
    assert info.value.errors["partner_region_id"] == expected
    assert "1750" in info.value.errors["since_year"]
    assert municipalities.get_municipality(db, GLADBECK).partnerships == before


def test_partnership_of_kreis_and_land(db: Database) -> None:
    region = _region(db, "Region Ashanti")
    kreis = ids.kreis_id("05562")
    pid = records.save(db, PartnershipInput(
        partner_region_id=region, kind=PartnershipKind.PROJEKTPARTNERSCHAFT,
        status=PartnershipStatus.IDEA, nrw_side_type=NrwSideType.KREIS, kreis_id=kreis,
        municipality_id=GLADBECK))
    with db.read_session() as session:
        from advisor_app.persistence.models import Partnership

        stored = session.get(Partnership, pid)
        assert stored is not None
        assert (stored.kreis_id, stored.municipality_id) == (kreis, None)


def test_partner_region_in_use_cannot_be_deleted(db: Database) -> None:
    seeded = municipalities.get_municipality(db, GLADBECK).partnerships[0].partner_region_id
    with pytest.raises(records.RecordInUse, match=r"noch \d+ Partnerschaft"):
        records.delete(db, "partner_region", seeded)
    free = _region(db, "Tamale")
    records.delete(db, "partner_region", free)
    assert partner_regions.search_partner_regions(db, "Tamale") == []
    with pytest.raises(records.RecordNotFound):
        partner_regions.get_partner_region(db, free)


def test_partner_region_search_prefers_prefix_and_filters_country(db: Database) -> None:
    _region(db, "Kumasi Metropolitan Assembly")
    _region(db, "Ashanti-Kumasi Region")
    names = [r.name for r in partner_regions.search_partner_regions(db, "kumasi")]
    assert names == ["Kumasi", "Kumasi Metropolitan Assembly", "Ashanti-Kumasi Region"]
    assert partner_regions.search_partner_regions(db, "kumasi", country_iso2="FR") == []
    found = partner_regions.search_partner_regions(db, "North Rhine")
    under2 = [r for r in found if r.under2_member]
    assert under2 and under2[0].country_name == "Deutschland"
    assert any(c.name_de == "Ghana" for c in partner_regions.list_countries(db))


def test_partner_region_duplicates_rejected_but_renaming_itself_allowed(db: Database) -> None:
    with pytest.raises(ValidationError) as info:
        records.save(db, PartnerRegionInput(name="kumasi", country_iso2="gh"))
    assert "bereits" in info.value.errors["name"]
    rid = _region(db, "Tamale")
    assert records.save(db, PartnerRegionInput(name="Tamale", country_iso2="GH", notes="x"),
                        rid) == rid


def test_partner_region_unknown_country_rejected(db: Database) -> None:
    with pytest.raises(ValidationError) as info:
        records.save(db, PartnerRegionInput(name="Atlantis", country_iso2="QQ"))
    assert "unbekannt" in info.value.errors["country_iso2"]


def test_contacts_and_projects_appear_in_detail(db: Database) -> None:
    contact = records.save(db, ContactInput(
        name="Eva Klein", legal_basis=LegalBasis.CONSENT, role="Klimaschutzmanagerin",
        organisation="Stadt Gladbeck", email="eva.klein@stadt-gladbeck.de",
        municipality_id=GLADBECK, consent_date=dt.date(2026, 11, 20)))
    project = records.save(db, ClimateProjectInput(
        title="Solarkataster", municipality_id=GLADBECK, status=ProjectStatus.COMPLETED,
        problem="Dachflächen unbekannt", solution="Kataster", start_year=2020, end_year=2022,
        themes=(Theme.ENERGY,), contact_id=contact))
    detail = municipalities.get_municipality(db, GLADBECK)
    assert [c.name for c in detail.contacts] == ["Eva Klein"]
    assert detail.contacts[0].consent_date == dt.date(2026, 11, 20)
    assert [(p.id, p.contact_id, p.themes) for p in detail.projects] == [
        (project, contact, (Theme.ENERGY,))]


def test_settings_round_trip_and_validation(db: Database, tmp_path: object) -> None:
    assert load_settings(db).language == "de"
    save_settings(db, Settings(adviser_name="Anna Berger", share_path="/mnt/share",
                               language="en"))
    loaded = load_settings(db)
    assert (loaded.adviser_name, loaded.share_path, loaded.language) == (
        "Anna Berger", "/mnt/share", "en")
    with pytest.raises(ValidationError) as info:
        save_settings(db, Settings(language="fr", logo_path="/nowhere/logo.gif"))
    assert set(info.value.errors) == {"language", "logo_path"}
