"""A table model over a list of frozen rows with an ``id``: column specs, roles, and targeted
updates (changed rows emit ``dataChanged``; only a different set/order of ids resets)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ui import i18n
from ui.models.fmt import sort_text

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts correctly (numbers as numbers)
ID_ROLE = Qt.ItemDataRole.UserRole + 3  # the record id

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: ``title`` is the untranslated source text (context = the model's CONTEXT);
    ``display(row, lang)`` gives the cell text; ``sort(row)`` the sort key (default: the
    display text folded); ``tooltip(row, lang)`` an optional tooltip."""

    title: str
    display: Callable[[Any, str], str]
    sort: Callable[[Any], Any] | None = None
    numeric: bool = False
    tooltip: Callable[[Any, str], str | None] | None = None
    header_tip: str | None = None  # untranslated, same context as the title


def yes_no(value: bool) -> str:
    return translate("RowTableModel", "ja") if value else ""


class RowTableModel(QAbstractTableModel):
    """Subclasses set CONTEXT (translation context) and COLUMNS."""

    CONTEXT: ClassVar[str] = "RowTableModel"
    COLUMNS: ClassVar[Sequence[Column]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # --- reading -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_of_id(self, record_id: str) -> int | None:
        for i, row in enumerate(self._rows):
            if row.id == record_id:
                return i
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row, i18n.current_language())
        if role == SORT_ROLE:
            if column.sort is not None:
                return column.sort(row)
            return sort_text(column.display(row, i18n.current_language()))
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row, i18n.current_language())
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate(self.CONTEXT, self.COLUMNS[section].title)
        if role == Qt.ItemDataRole.ToolTipRole and self.COLUMNS[section].header_tip:
            return translate(self.CONTEXT, self.COLUMNS[section].header_tip)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[section].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # --- writing -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows``. Same ids in the same order: only changed rows emit dataChanged
        (selection and scroll position stay); otherwise the model resets."""
        new = list(rows)
        if [r.id for r in new] != [r.id for r in self._rows]:
            self.beginResetModel()
            self._rows = new
            self._rows_replaced()
            self.endResetModel()
            return
        old, self._rows = self._rows, new
        self._rows_replaced()
        last = len(self.COLUMNS) - 1
        for i, (before, after) in enumerate(zip(old, new, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))

    def _rows_replaced(self) -> None:
        """Hook for subclasses that keep per-row derived data."""

    def retranslate(self) -> None:
        """Texts depend on the language: tell the views to fetch everything again."""
        if self.COLUMNS:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))
