"""PartnershipDialog with its partner picker (search + "Neue Partnerregion…")."""

from __future__ import annotations

import pytest
from gui_helpers import show_active
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from advisor_app.domain.enums import PartnershipKind, PartnershipStatus, Theme
from advisor_app.persistence import ids
from advisor_app.persistence.database import Database
from advisor_app.services.dto import PartnershipRow
from advisor_app.services.municipalities import get_municipality
from advisor_app.services.partner_regions import get_partner_region
from ui import dialogs
from ui.forms.partner_region_dialog import PartnerRegionDialog
from ui.forms.partnership_dialog import PartnershipDialog

GLADBECK = ids.municipality_id("05562014")
pytestmark = pytest.mark.usefixtures("strict_modals")


def partnerships(db: Database) -> dict[str, PartnershipRow]:
    return {p.id: p for p in get_municipality(db, GLADBECK).partnerships}


def pick_partner(qtbot, dlg: PartnershipDialog, typed: str, row: int = 0) -> None:
    """Type into the partner field and choose a suggestion with the keyboard."""
    qtbot.keyClicks(dlg.partner.edit, typed)
    popup = dlg.partner.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    for _ in range(row + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_partner_picker_finds_a_seeded_region_by_typing(qtbot, fdb: Database) -> None:
    dlg = PartnershipDialog(fdb, municipality_id=GLADBECK)
    show_active(qtbot, dlg)
    qtbot.keyClicks(dlg.partner.edit, "Calif")
    popup = dlg.partner.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert shown[0] == "California (Vereinigte Staaten)  · Under2"
    assert "Baja California (Mexiko)  · Under2" in shown
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    region = dlg.partner.region()
    assert region is not None and region.name == "California" and region.country_iso2 == "US"
    assert dlg.partner.edit.text() == "California (Vereinigte Staaten)"
    assert "Under2-Mitglied" in dlg.partner.info.text()
    assert dlg.ok_button.isEnabled()
    assert dlg.result() != QDialog.DialogCode.Accepted  # Enter in the popup only picks


def test_new_partnership_is_saved_with_the_typed_values(qtbot, fdb: Database) -> None:
    before = set(partnerships(fdb))
    dlg = PartnershipDialog(fdb, municipality_id=GLADBECK)
    show_active(qtbot, dlg)
    assert not dlg.ok_button.isEnabled()
    assert "Bitte die Partnerkommune bzw. Partnerregion wählen." in dlg.summary.text()
    pick_partner(qtbot, dlg, "Kumasi")
    dlg.kind.set_value(PartnershipKind.PROJEKTPARTNERSCHAFT)
    dlg.status.set_value(PartnershipStatus.INITIATION)
    dlg.climate.setChecked(True)
    qtbot.keyClicks(dlg.since, "2023")
    dlg.themes.set_value([Theme.ENERGY, Theme.WATER])
    qtbot.keyClicks(dlg.source, "Ratsbeschluss 14.02.2023")
    dlg.notes.insertPlainText("Solar für Schulen")
    dlg.ok_button.click()
    assert dlg.result() == QDialog.DialogCode.Accepted
    after = partnerships(fdb)
    assert set(after) - before == {dlg.saved_id}
    saved = after[dlg.saved_id]
    assert (saved.partner_name, saved.country_iso2) == ("Kumasi", "GH")
    assert saved.kind is PartnershipKind.PROJEKTPARTNERSCHAFT
    assert saved.status is PartnershipStatus.INITIATION
    assert saved.is_climate_partnership and saved.since_year == 2023
    assert saved.themes == (Theme.ENERGY, Theme.WATER)
    assert (saved.source, saved.notes) == ("Ratsbeschluss 14.02.2023", "Solar für Schulen")


def test_invalid_year_is_explained_and_blocks_saving_until_fixed(qtbot, fdb: Database) -> None:
    existing = next(iter(partnerships(fdb).values()))
    dlg = PartnershipDialog(fdb, municipality_id=GLADBECK, existing=existing)
    show_active(qtbot, dlg)
    assert dlg.ok_button.isEnabled()
    qtbot.keyClicks(dlg.since, "19x5")
    assert dlg.field_error("since_year") == \
        "Partnerschaft seit: „19x5“ ist keine vierstellige Jahreszahl."
    assert not dlg.ok_button.isEnabled()
    dlg.since.clear()
    qtbot.keyClicks(dlg.since, "2999")
    assert "2999 ist kein plausibles Jahr" in dlg.field_error("since_year")
    assert not dlg.ok_button.isEnabled()
    dlg.since.clear()
    qtbot.keyClicks(dlg.since, "1975")
    assert dlg.field_error("since_year") == ""
    assert dlg.ok_button.isEnabled()


def test_editing_a_seeded_partnership_changes_it_and_keeps_the_rest(
        qtbot, fdb: Database) -> None:
    existing = next(p for p in partnerships(fdb).values() if p.partner_name == "Alanya")
    dlg = PartnershipDialog(fdb, municipality_id=GLADBECK, existing=existing)
    show_active(qtbot, dlg)
    notes = [w.text() for w in dlg.findChildren(QLabel) if "Ausgangsbestand" in w.text()]
    assert notes and "Art und Status nicht geprüft" in notes[0]  # seeded origin, read-only
    assert dlg.partner.edit.text() == "Alanya (Türkei)"
    dlg.status.set_value(PartnershipStatus.DORMANT)
    qtbot.keyClicks(dlg.notes, "Seit 2020 kaum Kontakt.")
    dlg.ok_button.click()
    assert dlg.saved_id == existing.id
    saved = partnerships(fdb)[existing.id]
    assert saved.status is PartnershipStatus.DORMANT
    assert saved.notes == "Seit 2020 kaum Kontakt."
    assert (saved.partner_region_id, saved.kind, saved.source, saved.source_note,
            saved.since_year) == (existing.partner_region_id, existing.kind,
                                  existing.source, existing.source_note, existing.since_year)


def test_new_partner_region_from_the_picker_is_created_and_selected(
        qtbot, fdb: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    dlg = PartnershipDialog(fdb, municipality_id=GLADBECK)
    show_active(qtbot, dlg)
    qtbot.keyClicks(dlg.partner.edit, "Tamale")
    seen: list[PartnerRegionDialog] = []

    def fill_and_accept(nested: QDialog) -> bool:
        assert isinstance(nested, PartnerRegionDialog)
        seen.append(nested)
        assert nested.name.text() == "Tamale"
        qtbot.keyClicks(nested.country.lineEdit(), "Ghana")
        qtbot.keyClicks(nested.lat, "9,4")
        qtbot.keyClicks(nested.lon, "-0.85")
        nested.accept()
        return nested.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run_dialog", fill_and_accept)
    qtbot.mouseClick(dlg.partner.new_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and seen[0].saved_id is not None
    region = get_partner_region(fdb, seen[0].saved_id)
    assert (region.name, region.country_iso2, region.lat, region.lon) == \
        ("Tamale", "GH", 9.4, -0.85)
    assert dlg.partner.value() == region.id
    assert dlg.partner.edit.text() == "Tamale (Ghana)"
    dlg.ok_button.click()
    assert partnerships(fdb)[dlg.saved_id].partner_name == "Tamale"


def test_cancelled_new_region_leaves_the_typed_text(
        qtbot, fdb: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    dlg = PartnershipDialog(fdb, municipality_id=GLADBECK)
    show_active(qtbot, dlg)
    qtbot.keyClicks(dlg.partner.edit, "Ort ohne Eintrag")
    monkeypatch.setattr(dialogs, "run_dialog", lambda nested: False)
    dlg.partner.new_button.click()
    assert dlg.partner.edit.text() == "Ort ohne Eintrag"
    assert dlg.partner.value() is None and not dlg.ok_button.isEnabled()


def test_typing_a_unique_full_name_and_leaving_the_field_picks_it(
        qtbot, fdb: Database) -> None:
    dlg = PartnershipDialog(fdb, municipality_id=GLADBECK)
    show_active(qtbot, dlg)
    qtbot.keyClicks(dlg.partner.edit, "kumasi")
    dlg.partner.completer.popup().hide()
    qtbot.keyClick(dlg.partner.edit, Qt.Key.Key_Tab)
    assert dlg.partner.region() is not None and dlg.partner.region().name == "Kumasi"
    assert dlg.ok_button.isEnabled()
