"""Records from the main window: delete to the trash and undo, editing through the forms
dialog (run_dialog patched), changes that survive a restart."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from advisor_app.domain.enums import PartnershipKind, PartnershipStatus
from advisor_app.persistence.database import Database
from advisor_app.services import records
from advisor_app.services.inputs import PartnerRegionInput, PartnershipInput
from ui.main_window import MainWindow


def partner_names(window: MainWindow) -> list[str]:
    model = window.detail_panel.partnerships.model
    return sorted(model.row_at(r).partner_name for r in range(model.rowCount()))


def focus_partnership(window: MainWindow, qtbot: Any, name: str) -> None:
    table = window.detail_panel.partnerships
    table.select_id(next(r.id for r in table.model.rows() if r.partner_name == name))
    table.table.setFocus()
    qtbot.waitUntil(table.table.hasFocus)


def test_delete_key_moves_a_partnership_to_the_trash_and_undo_restores_it(
        gladbeck_window: MainWindow, qtbot: Any, db: Database) -> None:
    window = gladbeck_window
    before = partner_names(window)
    focus_partnership(window, qtbot, "Enfield")
    qtbot.keyClick(window.detail_panel.partnerships.table, Qt.Key.Key_Delete)
    assert "Enfield" not in partner_names(window)
    assert len(partner_names(window)) == len(before) - 1
    assert window.undo_button.isVisible() and window.undo_action.isEnabled()
    assert "Papierkorb" in window.statusBar().currentMessage()
    assert [item.title for item in records.list_trash(db) if "Enfield" in item.title]
    gladbeck = window.list_panel.model.row_at(
        window.list_panel.model.row_of_id(window.list_panel.current_id() or ""))
    assert gladbeck.partnership_count == len(before) - 1  # the list's count follows
    window.undo_action.trigger()
    assert partner_names(window) == before
    assert not window.undo_action.isEnabled()
    assert not [item for item in records.list_trash(db) if "Enfield" in item.title]


def test_undo_button_in_the_status_bar_restores(gladbeck_window: MainWindow,
                                                qtbot: Any) -> None:
    window = gladbeck_window
    before = partner_names(window)
    focus_partnership(window, qtbot, "Alanya")
    window.detail_panel.partnerships.delete_button.click()
    assert "Alanya" not in partner_names(window)
    window.undo_button.click()
    assert partner_names(window) == before
    assert not window.undo_button.isVisible()


def test_trash_menu_opens_the_trash_dialog(window: MainWindow, modals: Any) -> None:
    window.trash_action.trigger()
    assert [type(d).__name__ for d in modals.dialogs] == ["TrashDialog"]


def test_editing_a_partnership_in_the_dialog_survives_a_restart(
        make_window: Callable[[Database], MainWindow], db: Database,
        reopen: Callable[[], Database], type_search: Any, qtbot: Any, modals: Any) -> None:
    window = make_window(db)
    type_search(window, "glad")
    focus_partnership(window, qtbot, "Enfield")

    def edit_and_save(dialog: Any) -> bool:
        assert type(dialog).__name__ == "PartnershipDialog"
        dialog.since.setText("1960")
        dialog.notes.setPlainText("Jubiläum 2025 geplant")
        dialog.accept()
        return bool(dialog.saved_id)

    modals.on_dialog = edit_and_save
    qtbot.keyClick(window.detail_panel.partnerships.table, Qt.Key.Key_F2)
    assert len(modals.dialogs) == 1
    enfield = next(r for r in window.detail_panel.partnerships.model.rows()
                   if r.partner_name == "Enfield")
    assert enfield.since_year == 1960
    assert window.detail_panel.partnerships.current_row().id == enfield.id

    window.close()  # restart: window and database closed, both opened again
    db.close()
    again = reopen()
    second = make_window(again)
    type_search(second, "glad")
    enfield = next(r for r in second.detail_panel.partnerships.model.rows()
                   if r.partner_name == "Enfield")
    assert (enfield.since_year, enfield.notes) == (1960, "Jubiläum 2025 geplant")


def test_new_partnership_from_the_service_shows_after_a_restart(
        make_window: Callable[[Database], MainWindow], db: Database,
        reopen: Callable[[], Database], type_search: Any) -> None:
    window = make_window(db)
    type_search(window, "glad")
    gladbeck_id = window.detail_panel.municipality_id()
    region = records.save(db, PartnerRegionInput(name="Tamale", country_iso2="GH"))
    records.save(db, PartnershipInput(partner_region_id=region, kind=PartnershipKind.KONTAKT,
                                      status=PartnershipStatus.INITIATION,
                                      municipality_id=gladbeck_id,
                                      is_climate_partnership=True))
    window.close()
    db.close()
    second = make_window(reopen())
    type_search(second, "glad")
    assert "Tamale" in partner_names(second)
    second.list_panel.search.clear()
    second.list_panel.only_climate.setChecked(True)
    names = [second.list_panel.proxy.index(r, 0).data()
             for r in range(second.list_panel.proxy.rowCount())]
    assert names == ["Gladbeck"]


def test_new_button_opens_the_partnership_dialog_for_the_municipality(
        gladbeck_window: MainWindow, modals: Any, qtbot: Any) -> None:
    table = gladbeck_window.detail_panel.partnerships
    table.table.setFocus()
    qtbot.waitUntil(table.table.hasFocus)
    qtbot.keyClick(table.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(modals.dialogs) == 1
    assert "Gladbeck" in modals.dialogs[0].windowTitle()
    gladbeck_window.detail_panel.tabs.setCurrentIndex(2)
    gladbeck_window.detail_panel.contacts.new_button.click()
    assert type(modals.dialogs[-1]).__name__ == "ContactDialog"
