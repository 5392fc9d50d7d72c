"""PartnerRegionDialog, ClimateProjectDialog and ContactDialog: messages as you type, saving,
and editing that keeps what was not touched (read back through the services)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from advisor_app.domain.enums import AdminLevel, LegalBasis, ProjectStatus, Theme
from advisor_app.persistence import ids
from advisor_app.persistence.database import Database
from advisor_app.services import records
from advisor_app.services.inputs import ClimateProjectInput, ContactInput
from advisor_app.services.municipalities import get_municipality
from advisor_app.services.partner_regions import get_partner_region, search_partner_regions
from ui.forms.contact_dialog import GDPR_HINT, ContactDialog
from ui.forms.partner_region_dialog import PartnerRegionDialog
from ui.forms.project_dialog import ClimateProjectDialog

GLADBECK = ids.municipality_id("05562014")
pytestmark = pytest.mark.usefixtures("strict_modals")


def show(qtbot, dlg: QWidget) -> None:
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)


# --- partner region ---------------------------------------------------------------------

def test_region_coordinates_accept_decimal_comma_and_explain_bad_input(
        qtbot, fdb: Database) -> None:
    dlg = PartnerRegionDialog(fdb, initial_name="Tamale")
    show(qtbot, dlg)
    assert dlg.name.text() == "Tamale"
    qtbot.keyClicks(dlg.country.lineEdit(), "Ghana")
    qtbot.keyClicks(dlg.lat, "9,4x")
    assert dlg.field_error("lat") == "Breitengrad: „9,4x“ ist keine Zahl (Beispiel: 50,94)."
    assert not dlg.ok_button.isEnabled()
    dlg.lat.setText("95")
    assert "zwischen -90 und 90" in dlg.field_error("lat")
    dlg.lat.setText("9,4")
    assert "gemeinsam" in dlg.field_error("lat")  # latitude without longitude
    qtbot.keyClicks(dlg.lon, "-0.85")
    assert dlg.field_error("lat") == "" and dlg.ok_button.isEnabled()
    dlg.ok_button.click()
    region = get_partner_region(fdb, dlg.saved_id)
    assert (region.name, region.country_iso2, region.lat, region.lon) == \
        ("Tamale", "GH", 9.4, -0.85)


def test_region_country_must_come_from_the_list(qtbot, fdb: Database) -> None:
    dlg = PartnerRegionDialog(fdb, initial_name="Atlantis-Stadt")
    show(qtbot, dlg)
    assert "Das Land fehlt." in dlg.summary.text()
    qtbot.keyClicks(dlg.country.lineEdit(), "Atlantis")
    assert dlg.field_error("country_iso2") == \
        "„Atlantis“ ist kein Land aus der Liste. Bitte ein Land auswählen."
    assert not dlg.ok_button.isEnabled()
    dlg.country.lineEdit().setText("fr")  # the ISO code works too
    assert dlg.field_error("country_iso2") == "" and dlg.ok_button.isEnabled()


def test_under2_membership_needs_evidence(qtbot, fdb: Database) -> None:
    dlg = PartnerRegionDialog(fdb, initial_name="Region Test")
    show(qtbot, dlg)
    dlg.country.set_iso2("FR")
    dlg.level.set_value(AdminLevel.REGION)
    assert not dlg.evidence.isEnabled()
    dlg.under2.setChecked(True)
    assert dlg.evidence.isEnabled()
    assert dlg.field_error("under2_evidence").startswith(
        "Für eine Under2-Mitgliedschaft bitte einen Beleg angeben")
    assert not dlg.ok_button.isEnabled()
    qtbot.keyClicks(dlg.under2_since, "15032021")
    qtbot.keyClicks(dlg.evidence, "theclimategroup.org, 03.2021")
    assert dlg.ok_button.isEnabled()
    dlg.ok_button.click()
    region = get_partner_region(fdb, dlg.saved_id)
    assert region.under2_member and region.under2_since == dt.date(2021, 3, 15)
    assert region.under2_evidence == "theclimategroup.org, 03.2021"
    assert region.admin_level is AdminLevel.REGION


def test_editing_a_region_keeps_untouched_fields(qtbot, fdb: Database) -> None:
    existing = search_partner_regions(fdb, "Kumasi")[0]
    dlg = PartnerRegionDialog(fdb, existing=existing)
    show(qtbot, dlg)
    assert dlg.ok_button.isEnabled()
    qtbot.keyClicks(dlg.name_local, "Kumase")
    dlg.ok_button.click()
    assert dlg.saved_id == existing.id
    after = get_partner_region(fdb, existing.id)
    assert after.name_local == "Kumase"
    assert (after.name, after.country_iso2, after.lat, after.lon, after.source,
            after.admin_level) == (existing.name, existing.country_iso2, existing.lat,
                                   existing.lon, existing.source, existing.admin_level)


# --- climate project --------------------------------------------------------------------

def _contact(db: Database, name: str) -> str:
    return records.save(db, ContactInput(name=name, legal_basis=LegalBasis.PUBLIC_TASK,
                                         role="Klimaschutzmanager", municipality_id=GLADBECK))


def test_project_period_is_checked_and_the_project_is_saved(qtbot, fdb: Database) -> None:
    contact_id = _contact(fdb, "Jan Korte")
    partnership = get_municipality(fdb, GLADBECK).partnerships[0]
    dlg = ClimateProjectDialog(fdb, municipality_id=GLADBECK)
    show(qtbot, dlg)
    assert "Der Titel ist ein Pflichtfeld." in dlg.summary.text()
    qtbot.keyClicks(dlg.title_edit, "Solardaecher fuer Schulen")
    qtbot.keyClicks(dlg.start, "2021")
    qtbot.keyClicks(dlg.end, "2019")
    assert dlg.field_error("end_year") == "Das Ende (2019) liegt vor dem Beginn (2021)."
    assert not dlg.ok_button.isEnabled()
    dlg.end.setText("2024")
    assert dlg.ok_button.isEnabled()
    dlg.partnership.setCurrentIndex(dlg.partnership.findData(partnership.id))
    dlg.status.set_value(ProjectStatus.COMPLETED)
    dlg.problem.setPlainText("Hohe Stromkosten")
    dlg.solution.setPlainText("PV auf 12 Schuldächern")
    dlg.results.setPlainText("480 t CO2 pro Jahr")
    dlg.costs.setText("1,2 Mio. €")
    dlg.funding.setPlainText("progres.nrw")
    dlg.transfer.setPlainText("Dachstatik prüfen")
    dlg.contact.setCurrentIndex(dlg.contact.findData(contact_id))
    dlg.themes.set_value([Theme.ENERGY, Theme.YOUTH])
    dlg.ok_button.click()
    assert dlg.result() == QDialog.DialogCode.Accepted
    saved = {p.id: p for p in get_municipality(fdb, GLADBECK).projects}[dlg.saved_id]
    assert (saved.title, saved.start_year, saved.end_year, saved.status) == \
        ("Solardaecher fuer Schulen", 2021, 2024, ProjectStatus.COMPLETED)
    assert (saved.partnership_id, saved.contact_id) == (partnership.id, contact_id)
    assert (saved.problem, saved.solution, saved.results, saved.costs, saved.funding,
            saved.transfer_conditions) == ("Hohe Stromkosten", "PV auf 12 Schuldächern",
                                           "480 t CO2 pro Jahr", "1,2 Mio. €", "progres.nrw",
                                           "Dachstatik prüfen")
    assert saved.themes == (Theme.ENERGY, Theme.YOUTH)


def test_editing_a_project_keeps_untouched_fields(qtbot, fdb: Database) -> None:
    contact_id = _contact(fdb, "Jan Korte")
    project_id = records.save(fdb, ClimateProjectInput(
        title="Lastenräder", municipality_id=GLADBECK, status=ProjectStatus.RUNNING,
        problem="Lieferverkehr", themes=(Theme.MOBILITY,), start_year=2022,
        contact_id=contact_id))
    existing = get_municipality(fdb, GLADBECK).projects[0]
    dlg = ClimateProjectDialog(fdb, municipality_id=GLADBECK, existing=existing)
    show(qtbot, dlg)
    qtbot.keyClicks(dlg.results, "3 Raeder im Einsatz")
    dlg.ok_button.click()
    after = get_municipality(fdb, GLADBECK).projects[0]
    assert after.id == project_id == dlg.saved_id
    assert after.results == "3 Raeder im Einsatz"
    assert (after.title, after.status, after.problem, after.themes, after.start_year,
            after.contact_id) == ("Lastenräder", ProjectStatus.RUNNING, "Lieferverkehr",
                                  (Theme.MOBILITY,), 2022, contact_id)


# --- contact ----------------------------------------------------------------------------

def test_contact_shows_the_gdpr_hint_and_checks_email_and_consent(
        qtbot, fdb: Database) -> None:
    dlg = ContactDialog(fdb, municipality_id=GLADBECK)
    show(qtbot, dlg)
    assert any(label.text() == GDPR_HINT for label in dlg.findChildren(QLabel))
    assert GDPR_HINT.startswith("Nur Daten erfassen, die für die Zusammenarbeit nötig sind.")
    qtbot.keyClicks(dlg.name, "Eva Schmidt")
    qtbot.keyClicks(dlg.email, "eva.schmidt@")
    assert dlg.field_error("email") == \
        "„eva.schmidt@“ ist keine gültige E-Mail-Adresse (Beispiel: name@stadt.de)."
    qtbot.keyClicks(dlg.email, "gladbeck.de")
    assert dlg.field_error("email") == ""
    assert "Bei Einwilligung bitte das Datum" in dlg.summary.text()  # the default basis
    dlg.legal_basis.set_value(LegalBasis.PUBLIC_TASK)
    assert "Einwilligung" not in dlg.summary.text() and dlg.ok_button.isEnabled()
    dlg.legal_basis.set_value(LegalBasis.CONSENT)
    assert dlg.field_error("consent_date") == \
        "Bei Einwilligung bitte das Datum der Einwilligung angeben."
    assert not dlg.ok_button.isEnabled()
    qtbot.keyClicks(dlg.consent_date, "02052024")
    assert dlg.field_error("consent_date") == "" and dlg.ok_button.isEnabled()
    dlg.ok_button.click()
    saved = {c.id: c for c in get_municipality(fdb, GLADBECK).contacts}[dlg.saved_id]
    assert (saved.name, saved.email, saved.legal_basis, saved.consent_date) == \
        ("Eva Schmidt", "eva.schmidt@gladbeck.de", LegalBasis.CONSENT, dt.date(2024, 5, 2))
    assert saved.municipality_id == GLADBECK


def test_editing_a_contact_keeps_untouched_fields(qtbot, fdb: Database) -> None:
    contact_id = records.save(fdb, ContactInput(
        name="Petra Lang", legal_basis=LegalBasis.CONSENT, consent_date=dt.date(2023, 1, 9),
        role="Leiterin", phone="+49 2043 99-0", municipality_id=GLADBECK))
    existing = get_municipality(fdb, GLADBECK).contacts[0]
    dlg = ContactDialog(fdb, municipality_id=None, existing=existing)
    show(qtbot, dlg)
    assert dlg.consent_date.value() == dt.date(2023, 1, 9)
    qtbot.keyClicks(dlg.organisation, "Stadt Gladbeck")
    dlg.ok_button.click()
    after = get_municipality(fdb, GLADBECK).contacts[0]
    assert after.id == contact_id and after.organisation == "Stadt Gladbeck"
    assert (after.name, after.role, after.phone, after.legal_basis, after.consent_date,
            after.municipality_id) == ("Petra Lang", "Leiterin", "+49 2043 99-0",
                                       LegalBasis.CONSENT, dt.date(2023, 1, 9), GLADBECK)
