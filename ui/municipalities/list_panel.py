"""Left side of the main window: search-as-you-type, filters and the municipality table.

The panel can exist before the database is open (the window is shown first, see ``ui.app``):
it then says "Daten werden geladen…", the search field already takes input, and what was
typed filters the list as soon as :meth:`set_database` hands over the data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.fmt import sort_text
from ui.models.municipality_model import (
    NAME,
    MunicipalityFilterProxy,
    MunicipalityTableModel,
)
from ui.models.row_model import ID_ROLE
from ui.municipalities.record_table import set_column_widths
from ui.ops import Ops

if TYPE_CHECKING:
    from advisor_app.persistence.database import Database
    from advisor_app.services.dto import KreisRow, MunicipalityRow, RegierungsbezirkRow


@dataclass(frozen=True)
class ListData:
    municipalities: list[MunicipalityRow]
    regierungsbezirke: list[RegierungsbezirkRow]
    kreise: list[KreisRow]


def load_list_data(db: Database) -> ListData:
    """Worker thread: everything the list panel shows."""
    from advisor_app.services import municipalities as service

    return ListData(service.list_municipalities(db), service.list_regierungsbezirke(db),
                    service.list_kreise(db))


class MunicipalityListPanel(QWidget):
    """Emits ``current_changed(id | None)`` when the selected municipality changes."""

    current_changed = Signal(object)
    loaded = Signal()

    def __init__(self, db: Database | None, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._ops = db, ops
        self._kreise: list[KreisRow] = []
        self._last_id: str | None = None
        self._loading = True  # until the first data arrived

        self.model = MunicipalityTableModel(self)
        self.proxy = MunicipalityFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.regierungsbezirk_combo = QComboBox(self)
        self.kreis_combo = QComboBox(self)
        for combo in (self.regierungsbezirk_combo, self.kreis_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.only_partnerships = QCheckBox(self)
        self.only_climate = QCheckBox(self)
        self.table = QTableView(self)
        self.count_label = QLabel(self)
        self._setup_table()
        self.loading_label = QLabel(self.table.viewport())
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        QVBoxLayout(self.table.viewport()).addWidget(self.loading_label)

        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search)
        self.regierungsbezirk_label = QLabel(self)
        self.regierungsbezirk_label.setBuddy(self.regierungsbezirk_combo)
        self.kreis_label = QLabel(self)
        self.kreis_label.setBuddy(self.kreis_combo)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.search_label, self.search)
        form.addRow(self.regierungsbezirk_label, self.regierungsbezirk_combo)
        form.addRow(self.kreis_label, self.kreis_combo)
        form.addRow("", self.only_partnerships)
        form.addRow("", self.only_climate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        for a, b in ((self.search, self.regierungsbezirk_combo),
                     (self.regierungsbezirk_combo, self.kreis_combo),
                     (self.kreis_combo, self.only_partnerships),
                     (self.only_partnerships, self.only_climate),
                     (self.only_climate, self.table)):
            QWidget.setTabOrder(a, b)

        self.search.textChanged.connect(self._search_changed)
        self.regierungsbezirk_combo.currentIndexChanged.connect(self._regierungsbezirk_changed)
        self.kreis_combo.currentIndexChanged.connect(self._kreis_changed)
        self.only_partnerships.toggled.connect(self._only_partnerships_toggled)
        self.only_climate.toggled.connect(self._only_climate_toggled)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._current_row_changed)
        self.retranslate()

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setSortingEnabled(True)
        table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        set_column_widths(table, ("Schloß Holte-Stukenb", "05562014", "Rheinisch-Bergisch",
                                  "Düsseldorf", "1.084.831", "12"))

    # --- loading -------------------------------------------------------------------------
    def is_loading(self) -> bool:
        return self._loading

    def set_database(self, db: Database, data: ListData | None = None) -> None:
        """Start showing ``db``: with ``data`` (already loaded in the background) at once,
        else after a background load."""
        self._db = db
        if data is not None:
            self._loaded(data)
        else:
            self.reload()

    def reload(self) -> None:
        """Fetch the list in the background; the selection is kept by id."""
        db = self._db
        if db is None:
            return
        self._ops.run(lambda: load_list_data(db), on_success=self._loaded,
                      key="municipality-list")

    def _loaded(self, data: ListData) -> None:
        keep = self.current_id()
        first_load = self._loading or self.model.rowCount() == 0
        self._kreise = sorted(data.kreise, key=lambda k: sort_text(k.name))
        if first_load:
            self._fill_regierungsbezirke(data.regierungsbezirke)
            self._fill_kreise()
        self._loading = False
        self.loading_label.hide()
        self.model.set_rows(data.municipalities)
        if keep is None or not self.select_id(keep):
            self._after_filter(best_match=True)
        self._update_count()
        self.loaded.emit()

    def _fill_regierungsbezirke(self, rows: list[RegierungsbezirkRow]) -> None:
        combo = self.regierungsbezirk_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Alle Regierungsbezirke"), None)
        for row in sorted(rows, key=lambda r: sort_text(r.name)):
            combo.addItem(row.name, row.id)
        combo.blockSignals(False)

    def _fill_kreise(self) -> None:
        """Kreis choices narrowed to the chosen Regierungsbezirk (the choice is kept if it
        still fits)."""
        combo = self.kreis_combo
        keep = combo.currentData()
        regierungsbezirk_id = self.regierungsbezirk_combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Alle Kreise"), None)
        for kreis in self._kreise:
            if regierungsbezirk_id and kreis.regierungsbezirk_id != regierungsbezirk_id:
                continue
            label = kreis.name if kreis.typ == "Kreis" else self.tr("%1 (kreisfreie Stadt)")\
                .replace("%1", kreis.name)
            combo.addItem(label, kreis.id)
        index = combo.findData(keep) if keep else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self.proxy.set_kreis(combo.currentData())

    # --- selection -----------------------------------------------------------------------
    def current_id(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        return str(index.siblingAtColumn(NAME).data(ID_ROLE))

    def select_id(self, municipality_id: str) -> bool:
        source_row = self.model.row_of_id(municipality_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, NAME))
        if not index.isValid():
            return False
        self._select_proxy_row(index.row())
        return True

    def _select_proxy_row(self, row: int) -> None:
        selection = self.table.selectionModel()
        if row < 0:
            selection.clear()
            self._emit_current(QModelIndex())
            return
        index = self.proxy.index(row, NAME)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._emit_current(current)

    def _emit_current(self, current: QModelIndex) -> None:
        new_id = str(current.siblingAtColumn(NAME).data(ID_ROLE)) if current.isValid() else None
        if new_id != self._last_id:
            self._last_id = new_id
            self.current_changed.emit(new_id)

    def _after_filter(self, *, best_match: bool) -> None:
        """Typing selects the best match (JOURNEYS 1: "glad" selects Gladbeck); other
        filter changes keep the selection if it is still visible."""
        self._update_count()
        current = self.table.selectionModel().currentIndex()
        if best_match and self.proxy.search_words():
            self._select_proxy_row(self.proxy.best_match())
        elif not current.isValid():
            self._select_proxy_row(0 if self.proxy.rowCount() else -1)
        else:
            self._emit_current(current)

    # --- filter slots --------------------------------------------------------------------
    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._after_filter(best_match=True)

    def _regierungsbezirk_changed(self, _index: int) -> None:
        self.proxy.set_regierungsbezirk(self.regierungsbezirk_combo.currentData())
        self._fill_kreise()
        self._after_filter(best_match=False)

    def _kreis_changed(self, _index: int) -> None:
        self.proxy.set_kreis(self.kreis_combo.currentData())
        self._after_filter(best_match=False)

    def _only_partnerships_toggled(self, on: bool) -> None:
        self.proxy.set_only_with_partnerships(on)
        self._after_filter(best_match=False)

    def _only_climate_toggled(self, on: bool) -> None:
        self.proxy.set_only_with_climate_partnership(on)
        self._after_filter(best_match=False)

    def _update_count(self) -> None:
        if self._loading:
            self.count_label.setText(self.tr("Daten werden geladen…"))
            return
        self.count_label.setText(self.tr("%1 von %2 Gemeinden")
                                 .replace("%1", str(self.proxy.rowCount()))
                                 .replace("%2", str(self.model.rowCount())))

    # --- texts ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Suche:"))
        self.search.setPlaceholderText(self.tr("Name, AGS oder Kreis (Strg+F)"))
        self.search.setAccessibleName(self.tr("Gemeinde suchen"))
        self.search.setAccessibleDescription(
            self.tr("Sucht beim Tippen in Name, AGS und Kreis."))
        self.regierungsbezirk_label.setText(self.tr("Re&gierungsbezirk:"))
        self.regierungsbezirk_combo.setAccessibleName(self.tr("Filter Regierungsbezirk"))
        self.kreis_label.setText(self.tr("K&reis:"))
        self.kreis_combo.setAccessibleName(self.tr("Filter Kreis"))
        self.only_partnerships.setText(self.tr("nur mit Partnerschaf&ten"))
        self.only_partnerships.setAccessibleName(self.tr("Nur Gemeinden mit Partnerschaften"))
        self.only_climate.setText(self.tr("nur mit K&limapartnerschaft"))
        self.only_climate.setAccessibleName(self.tr("Nur Gemeinden mit Klimapartnerschaft"))
        self.table.setAccessibleName(self.tr("Gemeinden"))
        self.loading_label.setText(self.tr("Daten werden geladen…"))
        if self.regierungsbezirk_combo.count():
            self.regierungsbezirk_combo.setItemText(0, self.tr("Alle Regierungsbezirke"))
        if self._kreise:
            self._fill_kreise()
        self.model.retranslate()
        self._update_count()
