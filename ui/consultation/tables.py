"""Widgets shared by the visit pages and the consultation lists: a table set up for
keyboard work and an undo bar. Light imports only (the main window's first screen uses
them before the database is open)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

ERROR_STYLE = "color: #b3261e;"


def make_table(model: QAbstractItemModel, parent: QWidget, *, editable: bool = True
               ) -> QTableView:
    """A table of a page: rows selected whole, cells edited in place (F2, typing or
    double-click) with :class:`CellDelegate`, Tab leaves the table."""
    from ui.consultation.delegates import CellDelegate

    table = QTableView(parent)
    table.setModel(model)
    table.setItemDelegate(CellDelegate(table))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed if editable
        else QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    return table


class UndoBar(QWidget):
    """"„X“ entfernt. [Rückgängig]": undo of the last removal (re-adds what was removed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.button = QPushButton(self)
        self.button.clicked.connect(self._undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._undo_call: Callable[[], None] | None = None
        self.retranslate()
        self.hide()

    def offer(self, text: str, undo: Callable[[], None]) -> None:
        self.label.setText(text)
        self._undo_call = undo
        self.show()

    def clear(self) -> None:
        self._undo_call = None
        self.hide()

    def _undo(self) -> None:
        call, self._undo_call = self._undo_call, None
        self.hide()
        if call is not None:
            call()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.button.setText(self.tr("&Rückgängig"))
        self.button.setAccessibleName(self.tr("Entfernen rückgängig machen"))


def stretch_column(table: QTableView, column: int) -> None:
    """``column`` (the long text, e.g. "Was") takes the free width, not the last one."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def fit_rows(table: QTableView, rows: int, *, least: int = 2, most: int = 8) -> None:
    """Make ``table`` as high as ``rows`` rows need (between ``least`` and ``most``)."""
    shown = max(least, min(most, rows))
    height = (table.horizontalHeader().sizeHint().height()
              + shown * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth() + 6)
    if table.horizontalScrollBar().isVisible():
        height += table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(height)
