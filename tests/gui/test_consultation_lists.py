"""The consultation lists: per municipality in the detail view (JOURNEYS 1: the last
visit and its open steps, one overdue), all consultations with filters, and the open and
overdue next steps across municipalities; Enter or double-click opens the consultation."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from consultation_data import (
    BOTTROP_AGS,
    History,
    complete,
    history,
    start,
    stub_visit_window,
)
from gui_helpers import show_active
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from advisor_app.domain.enums import ConsultationState, NextStepStatus
from advisor_app.persistence.database import Database
from advisor_app.services import consultation_edits as edits
from ui import i18n
from ui.consultation.list_models import ConsultationTableModel, NextStepTableModel
from ui.consultation.lists import ConsultationsWindow, NextStepsWindow
from ui.main_window import MainWindow
from ui.ops import Ops


@pytest.fixture
def past(db: Database) -> History:
    """The history, with Bottrop's consultation completed."""
    past = history(db)
    complete(db, past.bottrop)
    return past


def shown(window: ConsultationsWindow | NextStepsWindow, column: int) -> list[str]:
    proxy = window.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


# --- per municipality -----------------------------------------------------------------------

def test_the_detail_view_shows_the_last_visit_and_its_open_steps(
        db: Database, ops: Ops, make_window: Any, type_search: Any) -> None:
    past = history(db)
    window: MainWindow = make_window(db)
    type_search(window, "glad")
    tab = window.detail_panel.consultations
    line = window.detail_panel.consultation_line.text()
    assert "Letzte Beratung" in line and ("vor 7 Monaten" in line or "vor 8 Monaten" in line)
    assert "Jonas Weber)" in line and "Offene Schritte: 2, davon 1 überfällig" in line
    assert window.detail_panel.tabs.tabText(3) == "Beratungen (1)"
    assert [tab.model.row_at(r).id for r in range(tab.model.rowCount())] == [past.earlier]
    assert [tab.steps_model.row_at(r).id for r in range(tab.steps_model.rowCount())] == [
        past.overdue, past.upcoming]
    overdue = tab.steps_model.index(0, NextStepTableModel.WHAT)
    assert overdue.data(Qt.ItemDataRole.ForegroundRole).color() == QColor("#b3261e")
    assert tab.steps_model.index(1, NextStepTableModel.WHAT).data(
        Qt.ItemDataRole.ForegroundRole) is None


def test_enter_on_a_consultation_or_a_step_opens_it(
        db: Database, make_window: Any, type_search: Any, qtbot: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    opened = stub_visit_window(monkeypatch)
    past = history(db)
    later = start(db, days=1)
    window: MainWindow = make_window(db)
    type_search(window, "glad")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tab = window.detail_panel.consultations
    window.detail_panel.tabs.setCurrentWidget(tab)
    assert tab.model.row_at(0).id == later  # newest first
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    tab.steps.setFocus()
    tab.steps.setCurrentIndex(tab.steps_model.index(1, 0))
    qtbot.keyClick(tab.steps, Qt.Key.Key_Return)
    tab.table.selectRow(1)
    tab.open_button.click()
    assert opened == [later, past.earlier, past.earlier]


def test_the_tab_follows_changes_made_elsewhere(
        db: Database, ops: Ops, make_window: Any, type_search: Any) -> None:
    past = history(db)
    window: MainWindow = make_window(db)
    type_search(window, "glad")
    edits.update_step(db, past.overdue, status=NextStepStatus.DONE)
    ops.notify_changed({"consultation"})
    assert "Offene Schritte: 1" in window.detail_panel.consultation_line.text()
    assert "überfällig" not in window.detail_panel.consultation_line.text()


# --- all consultations ----------------------------------------------------------------------

def test_all_consultations_filtered_by_state_municipality_and_date(
        qtbot: Any, db: Database, ops: Ops, past: History) -> None:
    today = start(db, BOTTROP_AGS, days=0)
    dialog = ConsultationsWindow(db, ops)
    show_active(qtbot, dialog)
    names = shown(dialog, ConsultationTableModel.MUNICIPALITY)
    assert names == ["Bottrop", "Bottrop", "Gladbeck"]  # newest first
    assert dialog.count.text() == "3 Beratungen"
    dialog.municipality.setFocus()
    qtbot.keyClicks(dialog.municipality, "glad")
    assert shown(dialog, ConsultationTableModel.MUNICIPALITY) == ["Gladbeck"]
    dialog.municipality.clear()
    dialog.since.set_value(dt.date.today() - dt.timedelta(days=30))
    assert sorted(dialog.model.row_at(r).id for r in range(dialog.model.rowCount())) == sorted(
        [today, past.bottrop])
    dialog.state.setCurrentIndex(dialog.state.findData(ConsultationState.COMPLETED.value))
    assert shown(dialog, ConsultationTableModel.STATE) == ["Abgeschlossen"]
    assert dialog.model.row_at(0).id == past.bottrop
    dialog.state.setCurrentIndex(dialog.state.findData(ConsultationState.DRAFT.value))
    assert shown(dialog, ConsultationTableModel.STATE) == ["Entwurf"]  # still since 30 days
    assert all(w.accessibleName() for w in (dialog.state, dialog.since, dialog.municipality,
                                            dialog.table))


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def test_dates_are_shown_as_in_the_protocol_in_either_language(
        qtbot: Any, db: Database, ops: Ops, past: History) -> None:
    """German 26.11.2026, English 26 Nov 2026 (not ISO): as the protocol prints them."""
    consultations, steps = ConsultationsWindow(db, ops), NextStepsWindow(db, ops)
    show_active(qtbot, consultations)
    row, step_row = consultations.model.row_of_id(past.earlier), steps.model.row_of_id(
        past.overdue)
    assert row is not None and step_row is not None
    held, due = consultations.model.row_at(row).held_at, steps.model.row_at(step_row).due_date

    def cells() -> tuple[str, str, str]:
        return (consultations.model.index(row, ConsultationTableModel.DATE).data(),
                steps.model.index(step_row, NextStepTableModel.DUE).data(),
                steps.model.index(step_row, NextStepTableModel.HELD_AT).data())

    assert cells() == (f"{held:%d.%m.%Y, %H:%M} Uhr", f"{due:%d.%m.%Y}", f"{held:%d.%m.%Y}")
    assert i18n.install_language("en")
    english = (f"{held.day} {MONTHS[held.month - 1]} {held.year}",
               f"{due.day} {MONTHS[due.month - 1]} {due.year}")
    assert cells() == (f"{english[0]}, {held:%H:%M}", english[1], english[0])


def test_the_list_opens_the_chosen_consultation_with_enter(
        qtbot: Any, db: Database, ops: Ops, past: History) -> None:
    dialog = ConsultationsWindow(db, ops)
    show_active(qtbot, dialog)
    opened: list[str] = []
    dialog.open_requested.connect(opened.append)
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened == [past.bottrop]


# --- next steps -----------------------------------------------------------------------------

def test_open_steps_across_municipalities_with_overdue_and_status_filters(
        qtbot: Any, db: Database, ops: Ops, past: History) -> None:
    dialog = NextStepsWindow(db, ops)
    show_active(qtbot, dialog)
    ids = [dialog.model.row_at(r).id for r in range(dialog.model.rowCount())]
    assert sorted(ids) == sorted([past.overdue, past.upcoming, past.bottrop_step])
    assert shown(dialog, NextStepTableModel.WHAT)[-1].startswith("Kontakt zur Diaspora")
    assert dialog.count.text() == "3 Schritte, 2 überfällig"
    dialog.overdue.setFocus()
    qtbot.keyClick(dialog.overdue, Qt.Key.Key_Space)
    assert sorted(shown(dialog, NextStepTableModel.MUNICIPALITY)) == ["Bottrop", "Gladbeck"]
    assert set(shown(dialog, NextStepTableModel.STATUS)) == {"Offen – überfällig"}
    dialog.municipality.setText("Bottrop")
    assert shown(dialog, NextStepTableModel.WHAT) == ["Förderantrag Nakopa stellen"]
    assert dialog.count.text() == "1 Schritt, 1 überfällig"
    dialog.municipality.clear()
    dialog.overdue.setChecked(False)
    dialog.status.setCurrentIndex(dialog.status.findData("done"))
    assert shown(dialog, NextStepTableModel.WHAT) == ["Klimakonzept schicken"]


def test_a_step_opens_its_consultation_and_the_list_follows_changes(
        qtbot: Any, db: Database, ops: Ops, past: History) -> None:
    dialog = NextStepsWindow(db, ops)
    show_active(qtbot, dialog)
    opened: list[str] = []
    dialog.open_requested.connect(opened.append)
    dialog.municipality.setText("Bottrop")
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened == [past.bottrop]
    edits.update_step(db, past.bottrop_step, status=NextStepStatus.DONE)
    ops.notify_changed({"consultation"})
    assert shown(dialog, NextStepTableModel.WHAT) == []


def test_the_menu_opens_each_list_once(window: MainWindow) -> None:
    menu = window.consultation_menu
    assert [a.text() for a in menu.actions() if a.text()] == [
        "&Neue Beratung…", "&Beratungen…", "&Offene Schritte…"]
    menu.steps_action.trigger()
    menu.steps_action.trigger()
    menu.list_action.trigger()
    assert sorted(menu.lists) == ["consultations", "steps"]
    assert isinstance(menu.lists["steps"], NextStepsWindow)
    assert menu.lists["steps"].isVisible()
    for dialog in menu.lists.values():
        dialog.close()
