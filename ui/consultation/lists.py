"""The overall lists (menu "Beratung"): all consultations (filter by state, municipality,
date) and the next steps across municipalities (open / in progress, overdue only, by
municipality). Enter or double-click opens the consultation (``open_requested``).

Both are non-modal windows that follow ``Ops.changed``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from advisor_app.domain.enums import ConsultationState, NextStepStatus
from advisor_app.persistence.database import Database
from advisor_app.services.consultations import list_consultations, list_next_steps
from ui import i18n
from ui.consultation.list_models import ConsultationTableModel, NextStepTableModel, date_sample
from ui.consultation.municipality_tab import open_on_enter
from ui.consultation.tables import make_table, stretch_column
from ui.forms.widgets import OptionalDateEdit
from ui.models.row_model import ROW_ROLE, SORT_ROLE, RowTableModel
from ui.municipalities.record_table import set_column_widths
from ui.ops import Ops


class ListWindow(QDialog):
    """A filter row over a sortable table; subclasses add filters and load rows."""

    open_requested = Signal(str)  # consultation id
    KEY = "list"

    def __init__(self, db: Database, ops: Ops, model: RowTableModel, municipality_column: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.db, self.ops, self.model = db, ops, model
        model.setParent(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(municipality_column)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = make_table(self.proxy, self, editable=False)
        self.table.setSortingEnabled(True)
        self.municipality_label = QLabel(self)
        self.municipality = QLineEdit(self)
        self.municipality.setClearButtonEnabled(True)
        self.municipality_label.setBuddy(self.municipality)
        self.municipality.textChanged.connect(self._filter_text)
        self.count = QLabel(self)
        self.filters = QHBoxLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                        | QDialogButtonBox.StandardButton.Close, self)
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        self.buttons.button(QDialogButtonBox.StandardButton.Open).clicked.connect(
            self.open_current)
        self.buttons.rejected.connect(self.close)
        open_on_enter(self.table, self.open_current)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.resize(1100, 600)
        ops.changed.connect(self._data_changed)

    def add_filter(self, label: QLabel | None, widget: QWidget) -> None:
        if label is not None:
            label.setBuddy(widget)
            self.filters.addWidget(label)
        self.filters.addWidget(widget)

    def finish_filters(self) -> None:
        self.add_filter(self.municipality_label, self.municipality)
        self.filters.addStretch(1)

    def _filter_text(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._count()

    def _data_changed(self, tables: frozenset[str]) -> None:
        if tables & {"consultation", "municipality"}:
            self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def run_query(self, query: Callable[[], list[Any]]) -> None:
        self.ops.run(query, on_success=self._show, key=f"{self.KEY}-{id(self)}")

    def _show(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._count()

    def _count(self) -> None:
        self.open_button.setEnabled(self.proxy.rowCount() > 0)
        self.count.setText(self.count_text())

    def count_text(self) -> str:
        return ""

    def visible_rows(self) -> list[Any]:
        return [self.proxy.index(r, 0).data(ROW_ROLE)
                for r in range(self.proxy.rowCount())]

    def consultation_of(self, row: Any) -> str:
        raise NotImplementedError

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            row = self.model.row_at(self.proxy.mapToSource(index).row())
            self.open_requested.emit(self.consultation_of(row))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.municipality_label.setText(self.tr("&Gemeinde:"))
        self.municipality.setAccessibleName(self.tr("Nach Gemeinde filtern"))
        self.municipality.setPlaceholderText(self.tr("Name oder Teil davon"))
        self.open_button.setText(self.tr("Ö&ffnen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            self.tr("Schließen"))
        self._count()


class ConsultationsWindow(ListWindow):
    KEY = "consultation-list"

    def __init__(self, db: Database, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(db, ops, ConsultationTableModel(), ConsultationTableModel.MUNICIPALITY,
                         parent)
        self.state_label, self.since_label = QLabel(self), QLabel(self)
        self.state = QComboBox(self)
        self.state.addItem("", None)
        for state in ConsultationState:
            self.state.addItem(state.label(i18n.current_language()), state.value)
        self.since = OptionalDateEdit(self)
        self.add_filter(self.state_label, self.state)
        self.add_filter(self.since_label, self.since)
        self.finish_filters()
        self.state.currentIndexChanged.connect(lambda _i: self.reload())
        self.since.dateChanged.connect(lambda _d: self.reload())
        self.table.sortByColumn(ConsultationTableModel.DATE, Qt.SortOrder.DescendingOrder)
        stretch_column(self.table, ConsultationTableModel.TEMPLATE)
        set_column_widths(self.table, (date_sample(i18n.current_language(), with_time=True),
                                       "Bad Münstereifel",
                                       "Erstberatung Kommunalpartnerschaft (v1)", "Abgeschlossen",
                                       "Anna Berger, Jonas Weber", "Rathaus Gladbeck", "3"))
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        db, code, since = self.db, self.state.currentData(), self.since.value()
        state = ConsultationState(code) if code else None
        self.run_query(lambda: list_consultations(db, state=state, since=since))

    def consultation_of(self, row: Any) -> str:
        return str(row.id)

    def count_text(self) -> str:
        count = self.proxy.rowCount()
        return self.tr("1 Beratung") if count == 1 else \
            self.tr("%1 Beratungen").replace("%1", str(count))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Beratungen"))
        self.state_label.setText(self.tr("&Stand:"))
        self.state.setItemText(0, self.tr("alle"))
        self.state.setAccessibleName(self.tr("Nach Stand filtern"))
        self.since_label.setText(self.tr("&seit:"))
        self.since.setAccessibleName(self.tr("Beratungen seit (Datum)"))
        self.table.setAccessibleName(self.tr("Alle Beratungen"))
        super().retranslate()


STATUS_FILTERS: tuple[tuple[str, tuple[NextStepStatus, ...] | None], ...] = (
    ("pending", (NextStepStatus.OPEN, NextStepStatus.IN_PROGRESS)),
    ("open", (NextStepStatus.OPEN,)),
    ("in_progress", (NextStepStatus.IN_PROGRESS,)),
    ("done", (NextStepStatus.DONE,)),
    ("dropped", (NextStepStatus.DROPPED,)),
    ("all", None),
)


class NextStepsWindow(ListWindow):
    KEY = "next-step-list"

    def __init__(self, db: Database, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(db, ops, NextStepTableModel(), NextStepTableModel.MUNICIPALITY, parent)
        self.status_label = QLabel(self)
        self.status = QComboBox(self)
        for code, _statuses in STATUS_FILTERS:
            self.status.addItem("", code)
        self.overdue = QCheckBox(self)
        self.add_filter(self.status_label, self.status)
        self.add_filter(None, self.overdue)
        self.finish_filters()
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdue.toggled.connect(lambda _on: self.reload())
        self.table.sortByColumn(NextStepTableModel.DUE, Qt.SortOrder.AscendingOrder)
        stretch_column(self.table, NextStepTableModel.WHAT)
        date = date_sample(i18n.current_language())
        set_column_widths(self.table, (date, "Ratsbeschluss zur Klimapartnerschaft vorb",
                                       "Anna Berger", "Stadt Gladbeck", "Bad Münstereifel",
                                       "In Arbeit – überfällig", date))
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        db, statuses = self.db, STATUS_FILTERS[max(0, self.status.currentIndex())][1]
        overdue_on = dt.date.today() if self.overdue.isChecked() else None
        self.run_query(lambda: list_next_steps(db, statuses=statuses, overdue_on=overdue_on))

    def consultation_of(self, row: Any) -> str:
        return str(row.consultation_id)

    def count_text(self) -> str:
        today = dt.date.today()
        rows = self.visible_rows()
        overdue = sum(1 for r in rows if r is not None and r.is_overdue(today))
        text = self.tr("1 Schritt") if len(rows) == 1 else \
            self.tr("%1 Schritte").replace("%1", str(len(rows)))
        if overdue:
            text += ", " + self.tr("%1 überfällig").replace("%1", str(overdue))
        return text

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Offene Schritte"))
        self.status_label.setText(self.tr("&Status:"))
        lang = i18n.current_language()
        labels = {"pending": self.tr("offen oder in Arbeit"), "all": self.tr("alle")}
        for i, (code, statuses) in enumerate(STATUS_FILTERS):
            self.status.setItemText(i, labels.get(code) or (statuses or ())[0].label(lang))
        self.status.setAccessibleName(self.tr("Nach Status filtern"))
        self.overdue.setText(self.tr("nur &überfällige"))
        self.overdue.setAccessibleName(self.tr("Nur überfällige Schritte zeigen"))
        self.table.setAccessibleName(self.tr("Nächste Schritte aller Gemeinden"))
        super().retranslate()
