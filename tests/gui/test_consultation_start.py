"""Starting a consultation (JOURNEYS 2): the dialog shows the open next steps of earlier
visits first, proposes template, place and adviser, and creates the draft; from the main
window Strg+B starts it for the selected municipality and opens the visit window."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest
from consultation_data import (
    BOTTROP_AGS,
    FIRST,
    FOLLOW_UP,
    GLADBECK_AGS,
    history,
    municipality_id,
    stub_visit_window,
)
from gui_helpers import show_active
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QLineEdit

from advisor_app.domain.enums import ConsultationState
from advisor_app.persistence.database import Database
from advisor_app.services.consultations import consultation_detail, list_consultations
from advisor_app.services.settings import load_settings, save_settings
from ui.consultation.list_models import NextStepTableModel
from ui.consultation.start_dialog import StartConsultationDialog
from ui.main_window import MainWindow
from ui.ops import Ops


@pytest.fixture
def adviser(db: Database) -> str:
    save_settings(db, replace(load_settings(db), adviser_name="Anna Berger"))
    return "Anna Berger"


def dialog_for(qtbot: Any, db: Database, ops: Ops, ags: str) -> StartConsultationDialog:
    dialog = StartConsultationDialog(db, ops, municipality_id(db, ags))
    show_active(qtbot, dialog)
    return dialog


def test_the_open_steps_of_earlier_visits_are_shown_before_starting(
        qtbot: Any, db: Database, ops: Ops, adviser: str) -> None:
    past = history(db)
    dialog = dialog_for(qtbot, db, ops, GLADBECK_AGS)
    model = dialog.steps_model
    assert [model.row_at(r).id for r in range(model.rowCount())] == [past.overdue, past.upcoming]
    assert model.index(0, NextStepTableModel.STATUS).data() == "Offen – überfällig"
    assert "2, davon 1 überfällig" in dialog.steps_label.text().replace("&", "")
    assert dialog.steps.isVisibleTo(dialog) and dialog.steps.hasFocus()  # seen first
    assert "Letzte Beratung" in dialog.earlier.text() and "Jonas Weber" in dialog.earlier.text()
    assert dialog.template.currentData() == FOLLOW_UP  # there was a visit before
    assert dialog.place.text() == "Rathaus Gladbeck"
    assert dialog.advisers.text() == adviser
    assert abs(dialog.held_at.dateTime().secsTo(QDateTime.currentDateTime())) < 120


def test_starting_creates_the_draft_with_what_was_entered(
        qtbot: Any, db: Database, ops: Ops, adviser: str) -> None:
    dialog = dialog_for(qtbot, db, ops, BOTTROP_AGS)
    assert dialog.template.currentData() == FIRST  # the first visit of Bottrop
    assert "Keine offenen Schritte" in dialog.steps_label.text()
    assert not dialog.steps.isVisibleTo(dialog)
    dialog.place.setFocus()
    dialog.place.selectAll()
    qtbot.keyClicks(dialog.place, "Rathaus Bottrop, Sitzungssaal")
    dialog.advisers.setFocus()
    dialog.advisers.end(False)
    qtbot.keyClicks(dialog.advisers, "; Jonas Weber")
    qtbot.keyClick(dialog.advisers, Qt.Key.Key_Return)  # Enter starts
    assert dialog.result() == StartConsultationDialog.DialogCode.Accepted
    assert dialog.consultation_id is not None
    detail = consultation_detail(db, dialog.consultation_id)
    assert (detail.municipality_name, detail.place, detail.advisers, detail.state,
            detail.template.id) == ("Bottrop", "Rathaus Bottrop, Sitzungssaal",
                                    ("Anna Berger", "Jonas Weber"), ConsultationState.DRAFT,
                                    FIRST)
    assert abs(detail.held_at - dt.datetime.now()) < dt.timedelta(minutes=2)


def test_the_dialog_inputs_are_named(qtbot: Any, db: Database, ops: Ops) -> None:
    dialog = dialog_for(qtbot, db, ops, GLADBECK_AGS)
    fields = [dialog.template, dialog.held_at, dialog.place, dialog.advisers, dialog.steps,
              *dialog.findChildren(QLineEdit)]
    assert all(w.accessibleName().strip() for w in fields if not w.objectName().startswith("qt_"))
    assert dialog.start_button.text() == "Beratung &beginnen"


def test_ctrl_b_starts_a_consultation_of_the_selected_municipality_and_opens_it(
        gladbeck_window: MainWindow, db: Database, modals: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    opened = stub_visit_window(monkeypatch)
    modals.on_dialog = lambda dialog: (dialog.accept(), dialog.consultation_id is not None)[1]
    window = gladbeck_window
    action = window.consultation_menu.new_action
    assert action.shortcut().toString() == "Ctrl+B" and action.isEnabled()
    action.trigger()
    [row] = list_consultations(db)
    assert row.municipality_name == "Gladbeck" and opened == [row.id]
    assert isinstance(modals.dialogs[0], StartConsultationDialog)
    # the detail view lists it at once
    assert window.detail_panel.consultations.count() == 1
    assert window.detail_panel.tabs.tabText(3) == "Beratungen (1)"


def test_cancelling_the_dialog_starts_nothing(gladbeck_window: MainWindow, db: Database,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    opened = stub_visit_window(monkeypatch)
    gladbeck_window.consultation_menu.new_action.trigger()  # run_dialog answers "cancel"
    assert list_consultations(db) == [] and opened == []


def test_without_a_selected_municipality_the_status_bar_says_so(
        window: MainWindow, db: Database, modals: Any) -> None:
    window.detail_panel.show_municipality(None)  # e.g. the search matched nothing
    window.consultation_menu.new_action.trigger()
    assert "Gemeinde wählen" in window.statusBar().currentMessage()
    assert modals.dialogs == []
