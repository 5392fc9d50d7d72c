"""TrashDialog: deleted records are listed with German local time and can be restored."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from advisor_app.domain.enums import LegalBasis
from advisor_app.persistence import ids
from advisor_app.persistence.database import Database
from advisor_app.services import records
from advisor_app.services.dto import TrashItem
from advisor_app.services.inputs import ContactInput
from advisor_app.services.municipalities import get_municipality
from ui.forms.trash_dialog import TrashDialog, TrashModel, local_time

GLADBECK = ids.municipality_id("05562014")
pytestmark = pytest.mark.usefixtures("strict_modals")


@pytest.fixture
def two_deleted(fdb: Database) -> tuple[str, str]:
    """A partnership and a contact of Gladbeck, both moved to the trash."""
    partnership = get_municipality(fdb, GLADBECK).partnerships[0]
    contact_id = records.save(fdb, ContactInput(name="Petra Lang",
                                                legal_basis=LegalBasis.PUBLIC_TASK,
                                                municipality_id=GLADBECK))
    records.delete(fdb, "partnership", partnership.id)
    records.delete(fdb, "contact", contact_id)
    return partnership.id, contact_id


def _rows(dlg: TrashDialog) -> list[list[str]]:
    model = dlg.table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_lists_deleted_records_with_german_local_time(qtbot, fdb: Database,
                                                      two_deleted: tuple[str, str]) -> None:
    dlg = TrashDialog(fdb)
    qtbot.addWidget(dlg)
    rows = _rows(dlg)
    assert sorted(r[0] for r in rows) == ["Kontakt", "Partnerschaft"]
    assert any(r[0] == "Kontakt" and r[1] == "Petra Lang" for r in rows)
    assert any(r[0] == "Partnerschaft" and r[1].startswith("Gladbeck – ") for r in rows)
    assert all(re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", r[2]) for r in rows)
    headers = [dlg.table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Art", "Bezeichnung", "gelöscht am"]
    assert not dlg.empty_label.isVisibleTo(dlg)


def test_restoring_one_brings_it_back_and_leaves_the_other(
        qtbot, fdb: Database, two_deleted: tuple[str, str]) -> None:
    partnership_id, contact_id = two_deleted
    dlg = TrashDialog(fdb)
    qtbot.addWidget(dlg)
    row = next(r for r in range(dlg.model.rowCount()) if dlg.model.item(r).id == contact_id)
    flags = QItemSelectionModel.SelectionFlag
    dlg.table.selectionModel().select(dlg.model.index(row, 0),
                                      flags.ClearAndSelect | flags.Rows)
    dlg.restore_button.click()
    assert dlg.restored_ids == [contact_id]
    assert [c.id for c in get_municipality(fdb, GLADBECK).contacts] == [contact_id]
    assert partnership_id not in {p.id for p in get_municipality(fdb, GLADBECK).partnerships}
    assert [(i.kind, i.id) for i in records.list_trash(fdb)] == [("partnership",
                                                                  partnership_id)]
    assert [r[0] for r in _rows(dlg)] == ["Partnerschaft"]


def test_restore_by_keyboard_and_several_at_once(qtbot, fdb: Database,
                                                  two_deleted: tuple[str, str]) -> None:
    dlg = TrashDialog(fdb)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    assert QApplication.focusWidget() is dlg.table
    qtbot.keyClick(dlg.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # both
    assert len(dlg.selected_items()) == 2
    qtbot.keyClick(dlg.table, Qt.Key.Key_Return)  # "Wiederherstellen" is the default button
    assert sorted(dlg.restored_ids) == sorted(two_deleted)
    assert records.list_trash(fdb) == []
    assert dlg.empty_label.isVisible() and not dlg.restore_button.isEnabled()
    qtbot.keyClick(dlg.table, Qt.Key.Key_Escape)
    assert not dlg.isVisible()


def test_enter_restores_the_selected_row(qtbot, fdb: Database,
                                         two_deleted: tuple[str, str]) -> None:
    dlg = TrashDialog(fdb)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    first = dlg.model.item(0).id
    qtbot.keyClick(dlg.table, Qt.Key.Key_Return)
    assert dlg.restored_ids == [first] and dlg.model.rowCount() == 1


def test_local_time_is_berlin_time_summer_and_winter() -> None:
    assert local_time(dt.datetime(2024, 7, 1, 10, 5)) == "01.07.2024 12:05"
    assert local_time(dt.datetime(2024, 1, 15, 23, 30)) == "16.01.2024 00:30"
    assert local_time(dt.datetime(2024, 1, 15, 23, 30, tzinfo=dt.UTC)) == "16.01.2024 00:30"


def test_trash_model_passes_the_model_tester(qtmodeltester) -> None:
    when = dt.datetime(2024, 3, 1, 9, 0)
    model = TrashModel([TrashItem("contact", "Kontakt", "a", "Petra Lang", when),
                        TrashItem("partner_region", "Partnerregion", "b", "Kumasi (GH)", when)])
    qtmodeltester.check(model, force_py=True)
    assert model.index(1, TrashModel.TITLE).data() == "Kumasi (GH)"
    assert model.index(0, TrashModel.KIND).data(Qt.ItemDataRole.UserRole) == "a"
