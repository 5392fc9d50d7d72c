"""The municipality list: a table model over ``MunicipalityRow`` and the filter proxy behind
search-as-you-type.

Per keystroke the proxy only does substring tests on keys that were case-folded once when
the rows arrived. Sorting is done by the table model itself (a clicked header reaches
``MunicipalityFilterProxy.sort``, which hands it on): the proxy keeps the model's order, so
when a shorter search lets rows back in, Qt inserts them by row number instead of calling
back into Python for every comparison of a re-sort."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ui import i18n
from ui.models import fmt
from ui.models.row_model import SORT_ROLE, Column, RowTableModel

if TYPE_CHECKING:  # the service types are only annotations here
    from advisor_app.services.dto import MunicipalityRow

NAME, AGS, KREIS, REGIERUNGSBEZIRK, POPULATION, PARTNERSHIPS = range(6)


def search_key(row: MunicipalityRow) -> str:
    """Name, AGS and Kreis, case-folded, once as written and once without diacritics (so
    "munster" finds Münster)."""
    text = f"{row.name}\x1f{row.ags}\x1f{row.kreis_name}"
    return f"{text.casefold()}\x1e{fmt.sort_text(text)}"


class MunicipalityTableModel(RowTableModel):
    CONTEXT = "MunicipalityTableModel"
    COLUMNS: ClassVar[tuple[Column, ...]] = (
        Column(QT_TRANSLATE_NOOP("MunicipalityTableModel", "Name"),
               lambda r, _l: r.name, sort=lambda r: fmt.sort_text(r.name)),
        Column(QT_TRANSLATE_NOOP("MunicipalityTableModel", "AGS"),
               lambda r, _l: r.ags, sort=lambda r: r.ags),
        Column(QT_TRANSLATE_NOOP("MunicipalityTableModel", "Kreis"),
               lambda r, _l: r.kreis_name),
        Column(QT_TRANSLATE_NOOP("MunicipalityTableModel", "Reg.-Bezirk"),
               lambda r, _l: r.regierungsbezirk_name,
               header_tip=QT_TRANSLATE_NOOP("MunicipalityTableModel", "Regierungsbezirk")),
        Column(QT_TRANSLATE_NOOP("MunicipalityTableModel", "Einwohner"),
               lambda r, lang: fmt.integer(r.population, lang),
               sort=lambda r: -1 if r.population is None else r.population, numeric=True),
        Column(QT_TRANSLATE_NOOP("MunicipalityTableModel", "Partnerschaften"),
               lambda r, _l: str(r.partnership_count),
               sort=lambda r: r.partnership_count, numeric=True,
               header_tip=QT_TRANSLATE_NOOP("MunicipalityTableModel",
                                            "Anzahl der Partnerschaften")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys: list[str] = []
        self._names: list[str] = []  # case-folded, for the best match
        self._sort_column = -1  # -1: the order the rows came in
        self._sort_order = Qt.SortOrder.AscendingOrder

    def _rows_replaced(self) -> None:
        self._keys = [search_key(r) for r in self._rows]
        self._names = [r.name.casefold() for r in self._rows]

    def search_key(self, row: int) -> str:
        return self._keys[row]

    def folded_name(self, row: int) -> str:
        return self._names[row]

    # --- sorting ---------------------------------------------------------------------------
    def sort_column(self) -> int:
        return self._sort_column

    def _ordered(self, rows: Sequence[MunicipalityRow]) -> list[MunicipalityRow]:
        """``rows`` in the current sort order (stable: ties keep the name order)."""
        if self._sort_column < 0:
            return list(rows)
        spec, lang = self.COLUMNS[self._sort_column], i18n.current_language()

        def key(row: MunicipalityRow) -> tuple[Any, str]:
            value = spec.sort(row) if spec.sort is not None else fmt.sort_text(
                spec.display(row, lang))
            return value, fmt.sort_text(row.name)

        by_name = sorted(rows, key=lambda r: fmt.sort_text(r.name))
        return sorted(by_name, key=key,
                      reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def set_rows(self, rows: Sequence[Any]) -> None:
        super().set_rows(self._ordered(rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows; selections and other persistent indexes follow their rows."""
        if not -1 <= column < len(self.COLUMNS):
            return
        self._sort_column, self._sort_order = column, order
        if column < 0:
            return  # keep the present order (as QSortFilterProxyModel does for -1)
        new_rows = self._ordered(self._rows)
        if [r.id for r in new_rows] == [r.id for r in self._rows]:
            return
        self.layoutAboutToBeChanged.emit()
        new_position = {r.id: i for i, r in enumerate(new_rows)}
        old_rows = self._rows
        self._rows = new_rows
        self._sort_keys.clear()
        self._rows_replaced()
        before = self.persistentIndexList()
        after = [self.index(new_position[old_rows[i.row()].id], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()


class MunicipalityFilterProxy(QSortFilterProxyModel):
    """Filters by search text (every word must occur in name, AGS or Kreis), Regierungsbezirk,
    Kreis, "has partnerships" and "has a climate partnership". :meth:`sort` sorts the source
    model (a ``MunicipalityTableModel``); the proxy itself keeps the source order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._regierungsbezirk_id: str | None = None
        self._kreis_id: str | None = None
        self._only_partnerships = False
        self._only_climate = False
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    # --- filter state ----------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words != self._words:
            self._change(lambda: setattr(self, "_words", words))

    def search_words(self) -> tuple[str, ...]:
        return self._words

    def set_regierungsbezirk(self, regierungsbezirk_id: str | None) -> None:
        if regierungsbezirk_id != self._regierungsbezirk_id:
            self._change(lambda: setattr(self, "_regierungsbezirk_id", regierungsbezirk_id))

    def set_kreis(self, kreis_id: str | None) -> None:
        if kreis_id != self._kreis_id:
            self._change(lambda: setattr(self, "_kreis_id", kreis_id))

    def set_only_with_partnerships(self, on: bool) -> None:
        if on != self._only_partnerships:
            self._change(lambda: setattr(self, "_only_partnerships", on))

    def set_only_with_climate_partnership(self, on: bool) -> None:
        if on != self._only_climate:
            self._change(lambda: setattr(self, "_only_climate", on))

    def _change(self, apply: Any) -> None:
        self.beginFilterChange()
        apply()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    # --- sorting ---------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, MunicipalityTableModel):
            source.sort(column, order)  # the proxy's own sort column stays -1
        else:
            super().sort(column, order)

    # --- Qt hooks ------------------------------------------------------------------------
    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        source = self.sourceModel()
        if not isinstance(source, MunicipalityTableModel):
            return True
        return self._accepts(source, source_row)

    def _accepts(self, source: MunicipalityTableModel, source_row: int) -> bool:
        row: MunicipalityRow = source.row_at(source_row)
        if self._regierungsbezirk_id and row.regierungsbezirk_id != self._regierungsbezirk_id:
            return False
        if self._kreis_id and row.kreis_id != self._kreis_id:
            return False
        if self._only_partnerships and row.partnership_count == 0:
            return False
        if self._only_climate and row.climate_partnership_count == 0:
            return False
        if self._words:
            key = source.search_key(source_row)
            return all(word in key for word in self._words)
        return True

    def best_match(self) -> int:
        """The proxy row to select for the current search: an exact name match, else the
        first name starting with the search text, else the first row; -1 when empty."""
        if self.rowCount() == 0:
            return -1
        if not self._words:
            return 0
        needle = " ".join(self._words)
        source = self.sourceModel()
        if isinstance(source, MunicipalityTableModel) and self.sortColumn() < 0:
            # the proxy shows the accepted source rows in source order: no call into Qt
            # per row, only one mapping at the end
            exact = prefix = -1
            for source_row in range(source.rowCount()):
                name = source.folded_name(source_row)
                if name == needle:
                    if self._accepts(source, source_row):
                        exact = source_row
                        break
                elif prefix < 0 and name.startswith(needle) and self._accepts(source,
                                                                              source_row):
                    prefix = source_row
            chosen = exact if exact >= 0 else prefix
            if chosen < 0:
                return 0
            return max(self.mapFromSource(source.index(chosen, NAME)).row(), 0)
        prefix = -1
        for proxy_row in range(self.rowCount()):
            name = str(self.index(proxy_row, NAME).data()).casefold()
            if name == needle:
                return proxy_row
            if prefix < 0 and name.startswith(needle):
                prefix = proxy_row
        return max(prefix, 0)
