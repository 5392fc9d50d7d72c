"""The history of one record: every known version of its fields with time, laptop and
whether it is current, was replaced by a later edit, or lost a merge."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisor_app.persistence.database import Database
from advisor_app.services.history import record_history, title_of
from ui import dialogs
from ui.models.row_model import SORT_ROLE
from ui.sync import texts
from ui.sync.models import HistoryModel


class HistoryDialog(QDialog):
    def __init__(self, db: Database, table: str, row_id: str, parent: QWidget | None = None,
                 *, advisers: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HistoryDialog")
        self.table_name, self.row_id = table, row_id
        self.record = title_of(db, table, row_id)  # a quick local read
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.model = HistoryModel(self)
        self.model.set_entries(table, record_history(db, table, row_id), advisers)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setVisible(self.model.rowCount() == 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(860, 480)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        name = self.record or self.row_id[:8]
        self.setWindowTitle(self.tr("Verlauf: %1").replace("%1", name))
        self.intro.setText(self.tr("Änderungen an %1 „%2“, die neuesten zuerst: wann, auf "
                                   "welchem Laptop, welcher Wert – aktuell, durch eine spätere "
                                   "Änderung ersetzt oder beim Abgleich einer gleichzeitigen "
                                   "Änderung unterlegen.")
                           .replace("%1", texts.table_label(self.table_name))
                           .replace("%2", name))
        self.empty.setText(self.tr("Zu diesem Datensatz sind keine Änderungen verzeichnet "
                                   "(er wurde seit der Einrichtung nicht bearbeitet)."))
        self.view.setAccessibleName(self.tr("Verlauf des Datensatzes"))
        self.model.retranslate()


def show_history(parent: QWidget | None, db: Database, table: str, row_id: str, *,
                 advisers: dict[str, str] | None = None) -> None:
    """Show the history of record ``row_id`` of ``table`` (modal, via ``ui.dialogs``)."""
    dialog = HistoryDialog(db, table, row_id, parent, advisers=advisers)
    try:
        dialogs.run_dialog(dialog)
    finally:
        dialog.deleteLater()
