"""The menu "Beratung" of the main window and what it does: start a consultation of the
selected municipality (the start dialog, then the visit window), open one, and the overall
lists of consultations and open next steps."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from ui import dialogs
from ui.ops import Ops

if TYPE_CHECKING:
    from advisor_app.persistence.database import Database
    from ui.consultation.lists import ListWindow


class ConsultationMenu(QMenu):
    """``current_municipality`` tells which municipality "Neue Beratung…" is for."""

    def __init__(self, window: QMainWindow, ops: Ops,
                 current_municipality: Callable[[], str | None]) -> None:
        super().__init__(window)
        self.setObjectName("ConsultationMenu")
        self.window_, self.ops = window, ops
        self.db: Database | None = None
        self._current_municipality = current_municipality
        self.lists: dict[str, ListWindow] = {}
        self.new_action = self._add(self.new_for_current, QKeySequence("Ctrl+B"))
        self.addSeparator()
        self.list_action = self._add(self.show_consultations, QKeySequence("Ctrl+Shift+B"))
        self.steps_action = self._add(self.show_next_steps, QKeySequence("Ctrl+Shift+O"))
        self.retranslate()

    def _add(self, slot: Callable[[], object], keys: QKeySequence) -> QAction:
        action = QAction(self)
        action.setShortcut(keys)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self.window_.addAction(action)  # the shortcut works while the menu is closed
        return action

    def set_database(self, db: Database) -> None:
        self.db = db

    # --- actions --------------------------------------------------------------------------
    def new_for_current(self) -> str | None:
        municipality_id = self._current_municipality()
        if municipality_id is None:
            self.window_.statusBar().showMessage(
                self.tr("Bitte zuerst links eine Gemeinde wählen."), 5000)
            return None
        return self.new_consultation(municipality_id)

    def new_consultation(self, municipality_id: str) -> str | None:
        """The start dialog; when accepted, the new consultation opens. Returns its id."""
        from ui.consultation.start_dialog import StartConsultationDialog

        if self.db is None:
            return None
        dialog = StartConsultationDialog(self.db, self.ops, municipality_id, self.window_)
        try:
            started = dialogs.run_dialog(dialog) and dialog.consultation_id is not None
            consultation_id = dialog.consultation_id if started else None
        finally:
            dialog.deleteLater()
        if consultation_id is not None:
            self.open_consultation(consultation_id)
        return consultation_id

    def open_consultation(self, consultation_id: str) -> None:
        from ui.consultation.visit_window import VisitWindow  # the visit loads on demand

        if self.db is not None:
            VisitWindow.open(self.db, self.ops, consultation_id, parent=self.window_)

    def show_consultations(self) -> None:
        from ui.consultation.lists import ConsultationsWindow

        self._show_list("consultations", ConsultationsWindow)

    def show_next_steps(self) -> None:
        from ui.consultation.lists import NextStepsWindow

        self._show_list("steps", NextStepsWindow)

    def _show_list(self, name: str, kind: Callable[[Database, Ops, QWidget], ListWindow]
                   ) -> None:
        if self.db is None:
            return
        window = self.lists.get(name)
        if window is None:
            window = self.lists[name] = kind(self.db, self.ops, self.window_)
            window.open_requested.connect(self.open_consultation)
        window.show()
        window.raise_()
        window.activateWindow()

    # --- texts ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Berat&ung"))
        self.new_action.setText(self.tr("&Neue Beratung…"))
        self.new_action.setStatusTip(self.tr("Beratung der gewählten Gemeinde beginnen"))
        self.list_action.setText(self.tr("&Beratungen…"))
        self.steps_action.setText(self.tr("&Offene Schritte…"))
