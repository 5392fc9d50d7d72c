"""The main window: municipality list (left), detail view (right), menus, status bar.
Wiring only; the parts live in ``ui.municipalities``, ``ui.settings`` and ``ui.about``.

``MainWindow(None, ops)`` is the shell shown before the database is open (``ui.app``): the
list says "Daten werden geladen…", the search field takes input, actions that need the
database are disabled until :meth:`MainWindow.attach_database`."""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QPushButton, QSplitter, QWidget

from ui import dialogs, i18n, pyside_fix
from ui.consultation.actions import ConsultationMenu
from ui.municipalities.detail_panel import MunicipalityDetailPanel
from ui.municipalities.list_panel import ListData, MunicipalityListPanel
from ui.municipalities.record_actions import RecordActions
from ui.ops import Ops

if TYPE_CHECKING:
    from advisor_app.persistence.database import Database

pyside_fix.install()

ORGANISATION = "KoordinierungsstelleNRW"
APPLICATION = "advisor-app"
UNDO_SECONDS = 10


def app_settings() -> QSettings:
    """Window-layout settings (not the adviser's settings, which live in the database)."""
    return QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION,
                     APPLICATION)


class MainWindow(QMainWindow):
    def __init__(self, db: Database | None, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.ops = ops
        self.setObjectName("MainWindow")
        self.list_panel = MunicipalityListPanel(None, ops, self)
        self.detail_panel = MunicipalityDetailPanel(None, ops, self)
        self.records = RecordActions(None, ops, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.detail_panel)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setContentsMargins(8, 8, 8, 0)
        self.setCentralWidget(self.splitter)
        self.undo_button = QPushButton(self)
        self.undo_button.hide()
        self.statusBar().addPermanentWidget(self.undo_button)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self.undo_button.hide)
        self._build_menus()
        self._connect()
        self.retranslate()
        self.resize(1280, 800)
        self._restore_layout()
        self.list_panel.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self._set_database_actions_enabled(False)
        if db is not None:
            self.attach_database(db)

    def attach_database(self, db: Database, data: ListData | None = None) -> None:
        """Work on ``db`` from now on; ``data``: the list, if already loaded in the
        background (else it is loaded now). What was typed meanwhile filters it."""
        self.db = db
        i18n.ensure_country_names(db)  # a no-op when the start-up loaded them already
        self.detail_panel.set_database(db)
        self.records.set_database(db)
        self.consultation_menu.set_database(db)
        self.list_panel.set_database(db, data)
        self._set_database_actions_enabled(True)
        if getattr(self, "sync", None) is None:
            from ui.sync import install_sync_ui  # here: the first screen stays light

            self.sync = install_sync_ui(self, db, self.ops)
            self._reopen_open_draft(db)

    def _reopen_open_draft(self, db: Database) -> None:
        """A draft left open by a crash or power loss reopens at its question. Checked in
        the background; the visit window's modules load only when there is one."""
        from advisor_app.services.consultation_resume import open_draft

        def reopen(found: object) -> None:
            if found is not None:
                from ui.consultation.visit_flow import reopen_after_crash

                reopen_after_crash(self, db, self.ops)

        self.ops.run(lambda: open_draft(db), on_success=reopen)

    def _set_database_actions_enabled(self, enabled: bool) -> None:
        for action in (self.settings_action, self.trash_action,
                       self.language_menu.menuAction(), self.consultation_menu.menuAction(),
                       *self.consultation_menu.actions()):
            action.setEnabled(enabled)

    # --- construction --------------------------------------------------------------------
    def _action(self, menu: QMenu, slot: object, keys: object = None) -> QAction:
        action = QAction(self)
        if keys is not None:
            action.setShortcut(keys)  # type: ignore[arg-type]
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.settings_action = self._action(self.file_menu, self.open_settings,
                                            QKeySequence("Ctrl+,"))
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, self.close, QKeySequence.StandardKey.Quit)
        self.edit_menu = bar.addMenu("")
        self.undo_action = self._action(self.edit_menu, self.records.undo,
                                        QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.edit_menu.addSeparator()
        self.find_action = self._action(self.edit_menu, self.focus_search,
                                        QKeySequence.StandardKey.Find)
        self.trash_action = self._action(self.edit_menu, self.records.open_trash)
        self.consultation_menu = ConsultationMenu(self, self.ops, self.detail_panel.municipality_id)
        bar.addMenu(self.consultation_menu)
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, label in (("de", "Deutsch"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.triggered.connect(lambda _c=False, code=lang: self.set_language(code))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action
        self.help_menu = bar.addMenu("")
        self.about_action = self._action(self.help_menu, self.open_about,
                                         QKeySequence.StandardKey.HelpContents)

    def _connect(self) -> None:
        self.list_panel.current_changed.connect(self.detail_panel.show_municipality)
        self.ops.changed.connect(self._data_changed)
        self.ops.failed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.records.deleted.connect(self._show_deleted)
        self.records.restored.connect(self._show_restored)
        self.records.undo_changed.connect(self._undo_changed)
        self.records.saved.connect(self._record_saved)
        self.undo_button.clicked.connect(self.records.undo)
        self.detail_panel.consultations.new_requested.connect(
            lambda: self.consultation_menu.new_for_current())
        self.detail_panel.consultations.open_requested.connect(
            self.consultation_menu.open_consultation)
        for table_name, table in self.detail_panel.record_tables().items():
            table.new_requested.connect(lambda t=table_name: self._new_record(t))
            table.edit_requested.connect(lambda row, t=table_name: self._edit_record(t, row))
            table.delete_requested.connect(lambda row, t=table_name: self.records.delete(t, row))

    # --- actions -------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.list_panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list_panel.search.selectAll()

    def _new_record(self, table: str) -> None:
        municipality_id = self.detail_panel.municipality_id()
        if municipality_id:
            self.records.new(table, municipality_id)

    def _edit_record(self, table: str, row: object) -> None:
        municipality_id = self.detail_panel.municipality_id()
        if municipality_id:
            self.records.edit(table, municipality_id, row)

    def _record_saved(self, table: str, record_id: str) -> None:
        self.detail_panel.select_after_reload(table, record_id)

    def _data_changed(self, tables: frozenset[str]) -> None:
        if self.db is None:
            return
        self.list_panel.reload()
        if tables & {"partnership", "climate_project", "contact", "municipality"}:
            self.detail_panel.reload()

    def _show_deleted(self, description: str) -> None:
        self.statusBar().showMessage(
            self.tr("%1 in den Papierkorb verschoben.").replace("%1", description),
            UNDO_SECONDS * 1000)
        self.undo_button.show()
        self._undo_timer.start(UNDO_SECONDS * 1000)

    def _show_restored(self, description: str) -> None:
        self.statusBar().showMessage(
            self.tr("%1 wiederhergestellt.").replace("%1", description), 5000)
        self.undo_button.hide()

    def _undo_changed(self, description: str) -> None:
        self.undo_action.setEnabled(bool(description))
        self._undo_description = description
        self._retranslate_undo()

    def open_settings(self) -> None:
        from ui.settings.dialog import SettingsDialog

        if self.db is None:
            return
        dialog = SettingsDialog(self.db, self)
        try:
            saved = dialog.saved_settings if dialogs.run_dialog(dialog) else None
            if saved is not None and saved.language != i18n.current_language():
                i18n.install_language(saved.language)
                self._check_language()
        finally:
            dialog.deleteLater()

    def open_about(self) -> None:
        from ui.about import AboutDialog

        dialog = AboutDialog(self)
        try:
            dialogs.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    def set_language(self, lang: str) -> None:
        """Switch live and remember the choice in the settings."""
        from advisor_app.services.settings import load_settings, save_settings

        i18n.install_language(lang)
        self._check_language()
        if self.db is None:
            return
        settings = load_settings(self.db)
        if settings.language != i18n.current_language():
            save_settings(self.db, replace(settings, language=i18n.current_language()))

    def _check_language(self) -> None:
        for code, action in self.language_actions.items():
            action.setChecked(code == i18n.current_language())

    # --- layout persistence --------------------------------------------------------------
    def _restore_layout(self) -> None:
        store = app_settings()
        for key, restore in (("geometry", self.restoreGeometry),
                             ("state", self.restoreState),
                             ("splitter", self.splitter.restoreState),
                             ("municipality_header",
                              self.list_panel.table.horizontalHeader().restoreState),
                             ("partnership_header",
                              self.detail_panel.partnerships.table.horizontalHeader()
                              .restoreState)):
            value = store.value(f"main_window/{key}")
            if isinstance(value, QByteArray) and not value.isEmpty():
                restore(value)
        if not store.contains("main_window/splitter"):
            self.splitter.setSizes([680, 760])

    def save_layout(self) -> None:
        store = app_settings()
        store.setValue("main_window/geometry", self.saveGeometry())
        store.setValue("main_window/state", self.saveState())
        store.setValue("main_window/splitter", self.splitter.saveState())
        store.setValue("main_window/municipality_header",
                       self.list_panel.table.horizontalHeader().saveState())
        store.setValue("main_window/partnership_header",
                       self.detail_panel.partnerships.table.horizontalHeader().saveState())
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        visits = sys.modules.get("ui.consultation.visit_flow")
        if visits is not None:
            visits.close_all()  # writes what is pending; no draft reopens next time
        self.ops.wait()
        super().closeEvent(event)

    # --- texts ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("advisor-app – Kommunalpartnerschaften NRW"))
        self.file_menu.setTitle(self.tr("&Datei"))
        self.settings_action.setText(self.tr("&Einstellungen…"))
        self.quit_action.setText(self.tr("&Beenden"))
        self.edit_menu.setTitle(self.tr("&Bearbeiten"))
        self.find_action.setText(self.tr("Gemeinde &suchen"))
        self.trash_action.setText(self.tr("&Papierkorb…"))
        self.view_menu.setTitle(self.tr("&Ansicht"))
        self.language_menu.setTitle(self.tr("&Sprache"))
        self.help_menu.setTitle(self.tr("&Hilfe"))
        self.about_action.setText(self.tr("Über / &Datenquellen…"))
        self.undo_button.setText(self.tr("Rüc&kgängig"))
        self.undo_button.setAccessibleName(self.tr("Löschen rückgängig machen"))
        self._retranslate_undo()
        self._check_language()

    def _retranslate_undo(self) -> None:
        description = getattr(self, "_undo_description", "")
        self.undo_action.setText(
            self.tr("&Rückgängig: %1 löschen").replace("%1", description) if description
            else self.tr("&Rückgängig"))

