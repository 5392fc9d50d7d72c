"""Every record dialog can be filled and saved with the keyboard alone: keys go where a real
keyboard sends them (the open completion popup, else the focused widget); Tab moves on,
Enter saves."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from advisor_app.domain.enums import AdminLevel, LegalBasis, PartnershipKind, Theme
from advisor_app.persistence import ids
from advisor_app.persistence.database import Database
from advisor_app.services.municipalities import get_municipality
from advisor_app.services.partner_regions import get_partner_region
from ui.forms.contact_dialog import ContactDialog
from ui.forms.partner_region_dialog import PartnerRegionDialog
from ui.forms.partnership_dialog import PartnershipDialog
from ui.forms.project_dialog import ClimateProjectDialog

GLADBECK = ids.municipality_id("05562014")
pytestmark = pytest.mark.usefixtures("strict_modals")
Key = Qt.Key


def open_dialog(qtbot, dlg: QDialog) -> QDialog:
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    return dlg


def keyboard(qtbot, *steps: str | Qt.Key) -> None:
    """Type text (ASCII) or press keys into whatever has the keyboard right now."""
    for step in steps:
        target: QWidget | None = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert target is not None, f"nothing has the keyboard before {step!r}"
        if isinstance(step, str):
            qtbot.keyClicks(target, step)
        else:
            qtbot.keyClick(target, step)


def test_partnership_by_keyboard(qtbot, fdb: Database) -> None:
    dlg = open_dialog(qtbot, PartnershipDialog(fdb, municipality_id=GLADBECK))
    keyboard(qtbot, "Kumasi")
    qtbot.waitUntil(dlg.partner.completer.popup().isVisible)
    keyboard(qtbot, Key.Key_Down, Key.Key_Return,   # pick the suggestion
             Key.Key_Tab,                           # "Neue Partnerregion…"
             Key.Key_Tab, Key.Key_Down,             # Art: Freundschaft
             Key.Key_Tab,                           # Status stays
             Key.Key_Tab, Key.Key_Space,            # Klimapartnerschaft
             Key.Key_Tab, "2021",                   # seit
             Key.Key_Tab, Key.Key_Space,            # Themen: first theme
             Key.Key_Tab, "Ratsbeschluss",          # Quelle
             Key.Key_Return)                        # save
    assert dlg.result() == QDialog.DialogCode.Accepted
    saved = {p.id: p for p in get_municipality(fdb, GLADBECK).partnerships}[dlg.saved_id]
    assert (saved.partner_name, saved.kind, saved.is_climate_partnership, saved.since_year,
            saved.themes, saved.source) == ("Kumasi", PartnershipKind.FREUNDSCHAFT, True,
                                            2021, (Theme.ENERGY,), "Ratsbeschluss")


def test_partner_region_by_keyboard(qtbot, fdb: Database) -> None:
    dlg = open_dialog(qtbot, PartnerRegionDialog(fdb))
    keyboard(qtbot, "Northern Region", Key.Key_Tab,
             "Tamale", Key.Key_Tab,                 # Name in Landessprache
             "Ghana", Key.Key_Tab,                  # Land (type-ahead)
             Key.Key_Down, Key.Key_Tab,             # Ebene: Region / Bundesstaat
             "9,4", Key.Key_Tab, "-0,85", Key.Key_Tab,
             Key.Key_Space, Key.Key_Tab,            # Under2-Mitglied
             "01022021", Key.Key_Tab,               # Mitglied seit
             "Liste 2021", Key.Key_Return)          # Beleg, save
    assert dlg.result() == QDialog.DialogCode.Accepted
    region = get_partner_region(fdb, dlg.saved_id)
    assert (region.name, region.name_local, region.country_iso2, region.admin_level,
            region.lat, region.lon, region.under2_member, region.under2_since,
            region.under2_evidence) == ("Northern Region", "Tamale", "GH", AdminLevel.REGION,
                                        9.4, -0.85, True, dt.date(2021, 2, 1), "Liste 2021")


def test_project_by_keyboard(qtbot, fdb: Database) -> None:
    dlg = open_dialog(qtbot, ClimateProjectDialog(fdb, municipality_id=GLADBECK))
    keyboard(qtbot, "Stadtbaeume", Key.Key_Tab,
             Key.Key_Down, Key.Key_Tab,             # first partnership
             Key.Key_Tab,                           # status stays
             "2022", Key.Key_Tab, "2025", Key.Key_Tab,
             "Hitze in der Innenstadt", Key.Key_Tab,  # Problem (Tab leaves the text field)
             "200 Baeume", Key.Key_Tab)
    assert dlg.focusWidget() is dlg.results
    keyboard(qtbot, Key.Key_Return)  # a new line in a long text, not saving
    assert dlg.result() != QDialog.DialogCode.Accepted
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter saves
    assert dlg.result() == QDialog.DialogCode.Accepted
    first = get_municipality(fdb, GLADBECK).partnerships[0]
    saved = {p.id: p for p in get_municipality(fdb, GLADBECK).projects}[dlg.saved_id]
    assert (saved.title, saved.partnership_id, saved.start_year, saved.end_year,
            saved.problem, saved.solution) == ("Stadtbaeume", first.id, 2022, 2025,
                                               "Hitze in der Innenstadt", "200 Baeume")


def test_contact_by_keyboard(qtbot, fdb: Database) -> None:
    dlg = open_dialog(qtbot, ContactDialog(fdb, municipality_id=GLADBECK))
    keyboard(qtbot, "Eva Schmidt", Key.Key_Tab, "Klimaschutzmanagerin", Key.Key_Tab,
             "Stadt Gladbeck", Key.Key_Tab, "eva@gladbeck.de", Key.Key_Tab,
             "02043 99-0", Key.Key_Tab,
             Key.Key_Tab,                           # Rechtsgrundlage: Einwilligung
             "02052024", Key.Key_Return)            # Einwilligung am, save
    assert dlg.result() == QDialog.DialogCode.Accepted
    saved = {c.id: c for c in get_municipality(fdb, GLADBECK).contacts}[dlg.saved_id]
    assert (saved.name, saved.role, saved.organisation, saved.email, saved.phone,
            saved.legal_basis, saved.consent_date) == (
        "Eva Schmidt", "Klimaschutzmanagerin", "Stadt Gladbeck", "eva@gladbeck.de",
        "02043 99-0", LegalBasis.CONSENT, dt.date(2024, 5, 2))


def test_escape_cancels_an_untouched_dialog(qtbot, fdb: Database) -> None:
    dlg = open_dialog(qtbot, ContactDialog(fdb, municipality_id=GLADBECK))
    keyboard(qtbot, Key.Key_Escape)
    assert dlg.result() == QDialog.DialogCode.Rejected and not dlg.isVisible()
