"""One tab of the detail view: a sortable table of records with Neu…/Bearbeiten…/Löschen.

Keyboard: Ctrl+N new, Enter/F2 edit, Del delete while the table (or its buttons) has focus;
double-click edits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.row_model import ROW_ROLE, SORT_ROLE, RowTableModel


def set_column_widths(table: QTableView, samples: tuple[str, ...]) -> None:
    """Initial widths from a typical cell text per column, never narrower than the header
    text (the user's own widths are restored later from the saved header state)."""
    model = table.model()
    cell = table.fontMetrics()
    head = table.horizontalHeader().fontMetrics()
    for column, sample in enumerate(samples):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        table.setColumnWidth(column, max(cell.horizontalAdvance(sample) + 14,
                                         head.horizontalAdvance(title) + 18))


class RecordTable(QWidget):
    new_requested = Signal()
    edit_requested = Signal(object)  # the row
    delete_requested = Signal(object)  # the row

    def __init__(self, model: RowTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)

        self.new_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.new_action = self._action([QKeySequence.StandardKey.New], self.new_requested.emit)
        self.edit_action = self._action(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter),
             QKeySequence(Qt.Key.Key_F2)], self._edit_current)
        self.delete_action = self._action([QKeySequence(Qt.Key.Key_Delete)],
                                          self._delete_current)
        self.new_button.clicked.connect(self.new_action.trigger)
        self.edit_button.clicked.connect(self.edit_action.trigger)
        self.delete_button.clicked.connect(self.delete_action.trigger)
        self.table.doubleClicked.connect(lambda _index: self._edit_current())
        self.table.selectionModel().selectionChanged.connect(self._update_enabled)
        model.modelReset.connect(self._update_enabled)
        self.set_can_create(False)

    def _action(self, keys: list[Any], slot: Any) -> QAction:
        action = QAction(self)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def set_texts(self, *, new: str, edit: str, delete: str, accessible_name: str) -> None:
        self.new_button.setText(new)
        self.edit_button.setText(edit)
        self.delete_button.setText(delete)
        for action, text in ((self.new_action, new), (self.edit_action, edit),
                             (self.delete_action, delete)):
            action.setText(text.replace("&", ""))
        self.new_button.setToolTip(self.tr("Strg+N"))
        self.edit_button.setToolTip(self.tr("Eingabetaste oder F2, Doppelklick"))
        self.delete_button.setToolTip(self.tr("Entf – in den Papierkorb, rückgängig machbar"))
        self.table.setAccessibleName(accessible_name)

    def set_can_create(self, on: bool) -> None:
        self._can_create = on
        self._update_enabled()

    def current_row(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].data(ROW_ROLE)

    def select_id(self, record_id: str) -> None:
        source_row = self.model.row_of_id(record_id)
        if source_row is not None:
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            self.table.selectRow(index.row())

    def _edit_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.edit_requested.emit(row)

    def _delete_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.delete_requested.emit(row)

    def _update_enabled(self, *_args: object) -> None:
        has_row = self.current_row() is not None
        self.new_action.setEnabled(self._can_create)
        self.new_button.setEnabled(self._can_create)
        for action, button in ((self.edit_action, self.edit_button),
                               (self.delete_action, self.delete_button)):
            action.setEnabled(has_row)
            button.setEnabled(has_row)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
        super().changeEvent(event)

