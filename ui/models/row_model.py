"""A table model over a list of frozen rows with an ``id``: column specs, roles, and targeted
updates (changed rows emit ``dataChanged``; only a different set/order of ids resets).

Sort keys are computed once per column and kept until the rows or the language change, so a
proxy sorting or re-filtering asks for them without recomputing (``sort_key``)."""

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

# plain ints: ``data()`` runs for every painted cell and role, enum look-ups cost there
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_SORT, _ROW, _ID = int(SORT_ROLE), int(ROW_ROLE), int(ID_ROLE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

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
        self._sort_keys: dict[int, list[Any]] = {}  # column -> key per row, filled lazily

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

    def sort_key(self, row: int, column: int) -> Any:
        """The sort key of a cell (``column.sort`` or the folded display text), cached."""
        keys = self._sort_keys.get(column)
        if keys is None:
            spec, lang = self.COLUMNS[column], i18n.current_language()
            keys = ([spec.sort(r) for r in self._rows] if spec.sort is not None
                    else [sort_text(spec.display(r, lang)) for r in self._rows])
            self._sort_keys[column] = keys
        return keys[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row_number, column_number = index.row(), index.column()
        if not (0 <= row_number < len(self._rows) and 0 <= column_number < len(self.COLUMNS)):
            return None  # also every invalid index (row -1)
        role = int(role)
        if role == _DISPLAY:
            return self.COLUMNS[column_number].display(self._rows[row_number],
                                                       i18n.current_language())
        if role == _SORT:
            return self.sort_key(row_number, column_number)
        if role == _TOOLTIP:
            tooltip = self.COLUMNS[column_number].tooltip
            return None if tooltip is None else tooltip(self._rows[row_number],
                                                        i18n.current_language())
        if role == _ALIGNMENT:
            return _RIGHT if self.COLUMNS[column_number].numeric else None
        if role == _ROW:
            return self._rows[row_number]
        if role == _ID:
            return self._rows[row_number].id
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
            self._sort_keys.clear()
            self._rows_replaced()
            self.endResetModel()
            return
        old, self._rows = self._rows, new
        self._sort_keys.clear()
        self._rows_replaced()
        last = len(self.COLUMNS) - 1
        for i, (before, after) in enumerate(zip(old, new, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))

    def _rows_replaced(self) -> None:
        """Hook for subclasses that keep per-row derived data."""

    def retranslate(self) -> None:
        """Texts depend on the language: tell the views to fetch everything again."""
        self._sort_keys.clear()
        if self.COLUMNS:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))
