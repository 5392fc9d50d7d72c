"""The sync user interface, added to an existing main window by one call:

    self.sync = install_sync_ui(self, db, ops)

It adds the status chip to the status bar, a "Synchronisation" menu (sync now, conflicts,
history of the selected record, where the share is set) and starts the share polling.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from advisor_app.persistence.database import Database
from ui import dialogs
from ui.ops import Ops
from ui.sync.controller import POLL_MS, SyncController
from ui.sync.status_widget import SyncStatusChip

__all__ = ["SyncController", "SyncMenu", "current_record", "install_sync_ui"]


def current_record(window: QWidget) -> tuple[str, str] | None:
    """(table, id) of the record the user has selected in the main window: the focused
    record table's row, else any selected row, else the municipality shown."""
    panel: Any = getattr(window, "detail_panel", None)
    if panel is None:
        return None
    tables: dict[str, Any] = panel.record_tables() if hasattr(panel, "record_tables") else {}
    focus = QApplication.focusWidget()
    ordered = sorted(tables.items(), key=lambda item: not (
        focus is not None and (item[1] is focus or item[1].isAncestorOf(focus))))
    for name, table in ordered:
        row = table.current_row()
        if row is not None:
            return name, str(row.id)
    municipality = panel.municipality_id() if hasattr(panel, "municipality_id") else None
    return ("municipality", str(municipality)) if municipality else None


class SyncMenu(QMenu):
    def __init__(self, window: QMainWindow, controller: SyncController) -> None:
        super().__init__(window)
        self.setObjectName("SyncMenu")
        self.window_, self.controller = window, controller
        self.sync_action = self._add(lambda: controller.sync_now(),
                                     QKeySequence("Ctrl+Shift+S"))
        self.conflicts_action = self._add(controller.open_conflicts)
        self.history_action = self._add(self.show_history)
        self.addSeparator()
        self.erase_action = self._add(self.erase_person)
        self.erasures_action = self._add(self.show_erasures)
        self.addSeparator()
        self.settings_action = self._add(self.open_settings)
        controller.state_changed.connect(self._update_enabled)
        self.retranslate()

    def _add(self, slot: Any, keys: QKeySequence | None = None) -> QAction:
        action = QAction(self)
        if keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(slot)
        self.addAction(action)
        self.window_.addAction(action)  # the shortcut works while the menu is closed
        return action

    def _update_enabled(self) -> None:
        self.sync_action.setEnabled(not self.controller.is_running())

    def show_history(self) -> None:
        found = current_record(self.window_)
        if found is None:
            dialogs.show_message(self.window_, self.tr("Verlauf des Datensatzes"),
                                 self.tr("Bitte zuerst eine Gemeinde oder einen Datensatz "
                                         "(Partnerschaft, Klimaprojekt, Kontakt) auswählen."))
            return
        self.controller.show_history(*found)

    def erase_person(self) -> None:
        from ui.sync.erasure_dialog import erase_contact_interactively

        found = current_record(self.window_)
        if found is None or found[0] != "contact":
            dialogs.show_message(self.window_, self.tr("Person löschen (DSGVO)"),
                                 self.tr("Bitte zuerst im Reiter „Kontakte“ die Person "
                                         "auswählen."))
            return
        if erase_contact_interactively(self.window_, self.controller.db, found[1]):
            self.controller.ops.changed.emit(frozenset({"contact", "climate_project"}))
            self.controller.refresh()

    def show_erasures(self) -> None:
        from ui.sync.erasure_dialog import ErasureDialog

        dialog = ErasureDialog(self.controller.db, self.controller.ops, self.window_)
        try:
            dialogs.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    def open_settings(self) -> None:
        opener = getattr(self.window_, "open_settings", None)
        if callable(opener):
            opener()
        self.controller.poll()  # the share may have been changed

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("S&ynchronisation"))
        self.sync_action.setText(self.tr("Jetzt &synchronisieren"))
        self.conflicts_action.setText(self.tr("&Konflikte…"))
        self.history_action.setText(self.tr("&Verlauf des Datensatzes…"))
        self.settings_action.setText(self.tr("&Freigabe einstellen…"))
        self.erase_action.setText(self.tr("Person &löschen (DSGVO)…"))
        self.erasures_action.setText(self.tr("Lösch&aufträge (DSGVO)…"))
        hint = self.tr("Der Ordner der Freigabe wird unter Datei → Einstellungen eingetragen; "
                       "einmalig eingerichtet wird er mit „advisor-app sync init --share "
                       "ORDNER“.")
        self.settings_action.setToolTip(hint)
        self.settings_action.setStatusTip(hint)
        self.setToolTipsVisible(True)


def install_sync_ui(window: QMainWindow, db: Database, ops: Ops, *, poll_ms: int = POLL_MS,
                    start: bool = True) -> SyncController:
    """Add the sync status chip, the Synchronisation menu and the automatic sync to
    ``window``. The returned controller is owned by the window."""
    controller = SyncController(window, db, ops, poll_ms=poll_ms)
    controller.chip = SyncStatusChip(controller, window)
    window.statusBar().addPermanentWidget(controller.chip)
    menu = SyncMenu(window, controller)
    controller.menu = menu
    bar = window.menuBar()
    help_menu = getattr(window, "help_menu", None)
    if isinstance(help_menu, QMenu):
        bar.insertMenu(help_menu.menuAction(), menu)
    else:
        bar.addMenu(menu)
    if start:
        controller.start()
    return controller
