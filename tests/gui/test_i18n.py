"""English mode: record dialogs, enum labels and country names follow the installed language,
and switching back to German restores German (issue 2: "German; English switchable")."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from advisor_app.domain.enums import PartnershipKind, PartnershipStatus
from advisor_app.persistence import ids
from advisor_app.persistence.database import Database
from advisor_app.services import records
from advisor_app.services.dto import PartnershipRow
from advisor_app.services.inputs import PartnershipInput
from advisor_app.services.municipalities import get_municipality
from ui import i18n
from ui.forms.base import RecordDialog
from ui.forms.contact_dialog import ContactDialog
from ui.forms.partner_region_dialog import PartnerRegionDialog
from ui.forms.partnership_dialog import PartnershipDialog
from ui.forms.project_dialog import ClimateProjectDialog
from ui.forms.trash_dialog import TrashDialog, TrashModel
from ui.main_window import MainWindow
from ui.models.detail_models import PartnershipTableModel as Columns

GLADBECK = ids.municipality_id("05562014")


@pytest.fixture
def english() -> None:
    assert i18n.install_language("en")
    assert i18n.current_language() == "en"


def enfield(db: Database) -> PartnershipRow:
    """Gladbeck's partnership with Enfield, United Kingdom (seeded)."""
    return next(p for p in get_municipality(db, GLADBECK).partnerships
                if p.partner_name == "Enfield")


def labels(dialog: QWidget) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def combo_texts(combo: object) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]  # type: ignore[attr-defined]


def open_dialog(qtbot, dialog: RecordDialog) -> RecordDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_partnership_dialog_in_english(qtbot, fdb: Database, english: None) -> None:
    dlg = open_dialog(qtbot, PartnershipDialog(fdb, municipality_id=GLADBECK))
    assert dlg.windowTitle() == "New partnership – Gladbeck"
    shown = labels(dlg)
    for text in ("Municipality:", "&Partner:", "&Kind:", "S&tatus:", "Since (&year):",
                 "T&opics:", "&Source:", "&Notes:"):
        assert text in shown
    assert "&Art:" not in shown
    assert dlg.climate.text() == "&Climate partnership (focus on climate action)"
    assert combo_texts(dlg.kind) == ["Partnership", "Friendship", "Contact",
                                     "Project partnership"]
    assert combo_texts(dlg.status) == ["Idea", "In initiation", "Active", "Dormant", "Ended"]
    assert dlg.status.currentText() == "Active"
    themes = [dlg.themes.item(i).text() for i in range(dlg.themes.count())]
    assert themes[:2] == ["Energy", "Mobility"]
    assert (dlg.ok_button.text(), dlg.cancel_button.text()) == ("Save", "Cancel")
    assert dlg.partner.new_button.text() == "New partner &region…"
    assert dlg.partner.info.text() == "No partner region chosen. Type to search."
    assert dlg.since.placeholderText() == "YYYY"
    assert dlg.kind.accessibleName() == "Kind"


def test_existing_partner_shows_its_english_country(qtbot, fdb: Database,
                                                     english: None) -> None:
    row = enfield(fdb)
    dlg = open_dialog(qtbot, PartnershipDialog(fdb, municipality_id=GLADBECK, existing=row))
    assert dlg.windowTitle() == "Edit partnership – Gladbeck"
    assert dlg.partner.edit.text() == "Enfield (United Kingdom)"
    assert dlg.partner.info.text().startswith("United Kingdom · ")
    assert "Vereinigtes Königreich" not in " ".join(labels(dlg))


def test_switching_back_to_german_gives_german_dialogs(qtbot, fdb: Database,
                                                       english: None) -> None:
    open_dialog(qtbot, PartnershipDialog(fdb, municipality_id=GLADBECK))
    i18n.install_language("de")
    dlg = open_dialog(qtbot, PartnershipDialog(fdb, municipality_id=GLADBECK,
                                               existing=enfield(fdb)))
    assert "&Art:" in labels(dlg) and "&Kind:" not in labels(dlg)
    assert combo_texts(dlg.kind)[1] == "Freundschaft"
    assert combo_texts(dlg.status)[1] == "In Anbahnung"
    assert dlg.partner.edit.text() == "Enfield (Vereinigtes Königreich)"
    assert dlg.ok_button.text() == "Speichern"


def test_other_record_dialogs_in_english(qtbot, fdb: Database, english: None) -> None:
    contact = open_dialog(qtbot, ContactDialog(fdb, municipality_id=GLADBECK))
    assert contact.windowTitle() == "New contact – Gladbeck"
    assert {"&Role:", "&Legal basis:", "Consent &date:"} <= set(labels(contact))
    assert combo_texts(contact.legal_basis)[0] == "Consent (Art. 6(1)(a) GDPR)"
    project = open_dialog(qtbot, ClimateProjectDialog(fdb, municipality_id=GLADBECK))
    assert {"&Title:", "Good practice", "Co&ntact person:"} <= {
        re.sub(r"</?b>", "", t) for t in labels(project)}
    assert project.status.currentText() == "Planned"
    assert "Enfield (United Kingdom)" in combo_texts(project.partnership)
    assert combo_texts(project.partnership)[0] == "none (project without a partnership)"


def test_partner_region_dialog_countries_in_english(qtbot, fdb: Database,
                                                    english: None) -> None:
    dlg = open_dialog(qtbot, PartnerRegionDialog(fdb, initial_name="Testtown"))
    assert dlg.windowTitle() == "New partner region"
    countries = combo_texts(dlg.country)
    assert "United Kingdom" in countries and "Vereinigtes Königreich" not in countries
    assert countries.index("Germany") < countries.index("United Kingdom")
    assert combo_texts(dlg.level)[0] == "Municipality / city"
    for typed, code in (("United Kingdom", "GB"), ("Vereinigtes Königreich", "GB"),
                        ("gb", "GB")):
        dlg.country.setEditText(typed)
        assert dlg.country.iso2() == (code, None)
    dlg.country.setEditText("Atlantis")
    assert dlg.country.iso2()[1] == ("“Atlantis” is not a country from the list. "
                                     "Please choose a country.")
    qtbot.keyClicks(dlg.lat, "9,4x")
    assert dlg.field_error("lat") == "Latitude: “9,4x” is not a number (example: 50.94)."


def test_trash_dialog_in_english(qtbot, fdb: Database, english: None) -> None:
    records.delete(fdb, "partnership", enfield(fdb).id)
    dlg = TrashDialog(fdb)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Trash"
    model = dlg.model
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)] == [
        "Kind", "Description", "deleted on"]
    assert model.index(0, TrashModel.KIND).data() == "Partnership"
    assert dlg.restore_button.text() == "&Restore"


@pytest.mark.parametrize("kind", ["partnership", "partner_region", "climate_project",
                                  "contact"])
def test_english_mnemonics_are_unique(qtbot, fdb: Database, english: None,
                                      kind: str) -> None:
    dialog: RecordDialog = {
        "partnership": lambda: PartnershipDialog(fdb, municipality_id=GLADBECK),
        "partner_region": lambda: PartnerRegionDialog(fdb),
        "climate_project": lambda: ClimateProjectDialog(fdb, municipality_id=GLADBECK),
        "contact": lambda: ContactDialog(fdb, municipality_id=GLADBECK),
    }[kind]()
    open_dialog(qtbot, dialog)
    keys = [m.group(1).casefold()
            for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
            if w.isVisibleTo(dialog) and (m := re.search(r"&([^&])", w.text()))]
    assert len(keys) >= 6
    assert len(keys) == len(set(keys)), sorted(keys)


def shown_partnerships(window: MainWindow) -> dict[str, tuple[str, str, str]]:
    """Partner -> (country, kind, status) as the partnership table view shows them."""
    view = window.detail_panel.partnerships.table.model()
    cell = lambda r, c: view.index(r, c).data()  # noqa: E731
    return {cell(r, Columns.PARTNER): (cell(r, Columns.COUNTRY), cell(r, Columns.KIND),
                                       cell(r, Columns.STATUS))
            for r in range(view.rowCount())}


def test_partnership_table_follows_a_live_language_switch(
        qtbot, db: Database, gladbeck_window: MainWindow) -> None:
    row = enfield(db)
    records.save(db, PartnershipInput(
        partner_region_id=row.partner_region_id, kind=PartnershipKind.FREUNDSCHAFT,
        status=PartnershipStatus.INITIATION, municipality_id=row.municipality_id,
        since_year=row.since_year, source=row.source), row.id)
    window = gladbeck_window
    window.detail_panel.reload()
    model = window.detail_panel.partnerships.model
    assert shown_partnerships(window)["Enfield"] == (
        "Vereinigtes Königreich", "Freundschaft", "In Anbahnung")

    with qtbot.waitSignal(model.dataChanged, timeout=1000), \
            qtbot.waitSignal(model.headerDataChanged, timeout=1000):
        window.language_actions["en"].trigger()
    shown = shown_partnerships(window)
    assert shown["Enfield"] == ("United Kingdom", "Friendship", "In initiation")
    assert shown["Wodzisław Śląski"] == ("Poland", "Partnership", "Active")
    assert model.headerData(Columns.COUNTRY, Qt.Orientation.Horizontal) == "Country"

    window.language_actions["de"].trigger()
    assert shown_partnerships(window)["Enfield"] == (
        "Vereinigtes Königreich", "Freundschaft", "In Anbahnung")
    assert model.headerData(Columns.COUNTRY, Qt.Orientation.Horizontal) == "Land"
