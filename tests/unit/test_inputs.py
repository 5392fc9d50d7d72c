import datetime as dt

from advisor_app.domain.enums import (
    LegalBasis,
    NrwSideType,
    PartnershipKind,
    PartnershipStatus,
    ProjectStatus,
)
from advisor_app.services.inputs import (
    ClimateProjectInput,
    ContactInput,
    PartnerRegionInput,
    PartnershipInput,
)


def test_partnership_requires_partner_and_nrw_side() -> None:
    data = PartnershipInput(partner_region_id="", kind=PartnershipKind.KONTAKT,
                            status=PartnershipStatus.IDEA)
    errors = data.validate()
    assert set(errors) == {"partner_region_id", "nrw_side_type"}
    land = PartnershipInput(partner_region_id="x", kind=PartnershipKind.KONTAKT,
                            status=PartnershipStatus.IDEA, nrw_side_type=NrwSideType.LAND)
    assert land.validate() == {}
    assert land.values()["municipality_id"] is None


def test_partner_region_under2_needs_evidence_and_both_coordinates() -> None:
    data = PartnerRegionInput(name="Ashanti", country_iso2="gh", under2_member=True, lat=6.7)
    errors = data.validate({"GH"})
    assert "under2_evidence" in errors and "lat" in errors
    ok = PartnerRegionInput(name=" Ashanti ", country_iso2="gh", lat=6.7, lon=-1.6)
    assert ok.validate({"GH"}) == {}
    assert ok.values()["country_iso2"] == "GH" and ok.values()["name"] == "Ashanti"


def test_contact_consent_needs_date_not_in_future() -> None:
    today = dt.date(2026, 11, 26)
    missing = ContactInput(name="Eva Klein", legal_basis=LegalBasis.CONSENT)
    assert "consent_date" in missing.validate(today)
    future = ContactInput(name="Eva Klein", legal_basis=LegalBasis.CONSENT,
                          consent_date=dt.date(2027, 1, 1))
    assert "Zukunft" in future.validate(today)["consent_date"]
    bad_mail = ContactInput(name="Eva", legal_basis=LegalBasis.PUBLIC_TASK, email="eva@")
    assert set(bad_mail.validate(today)) == {"email"}


def test_project_period_order() -> None:
    data = ClimateProjectInput(title="Solardach", municipality_id="m",
                               status=ProjectStatus.RUNNING, start_year=2022, end_year=2020)
    assert "vor dem Beginn" in data.validate()["end_year"]
    assert ClimateProjectInput(title="", municipality_id="m").validate().keys() == {"title"}
