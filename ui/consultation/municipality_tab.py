"""Tab "Beratungen" of the municipality detail view: when the last consultation was and by
whom, its consultations (Enter or "Öffnen" opens one in the visit window, "Neue Beratung…"
starts one) and its open next steps, overdue ones highlighted (JOURNEYS 1)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisor_app.services.consultation_dto import ConsultationRow, NextStepRow
from ui import i18n
from ui.consultation.list_models import (
    ConsultationTableModel,
    NextStepTableModel,
    date_text,
)
from ui.consultation.tables import make_table, stretch_column
from ui.municipalities.record_table import set_column_widths
from ui.ops import Ops

if TYPE_CHECKING:
    from advisor_app.persistence.database import Database

LOAD_KEY = "municipality-consultations"
LOAD_DELAY_MS = 120  # as the detail view: not for every row passed while typing


@dataclass(frozen=True)
class MunicipalityConsultations:
    consultations: list[ConsultationRow]
    steps: list[NextStepRow]


def load(db: Database, municipality_id: str) -> MunicipalityConsultations:
    """Worker thread: the municipality's consultations and open next steps."""
    from advisor_app.services.consultations import list_consultations, pending_steps

    return MunicipalityConsultations(list_consultations(db, municipality_id=municipality_id),
                                     pending_steps(db, municipality_id))


def months_between(earlier: dt.date, later: dt.date) -> int:
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (1 if later.day < earlier.day else 0)


def open_on_enter(table: QTableView, slot: object) -> None:
    action = QAction(table)
    action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    table.addAction(action)
    table.doubleClicked.connect(lambda _index: action.trigger())


class ConsultationsTab(QWidget):
    new_requested = Signal()
    open_requested = Signal(str)  # consultation id
    loaded = Signal()

    def __init__(self, db: Database | None, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._ops = db, ops
        self._municipality_id: str | None = None
        self.model = ConsultationTableModel(self)
        self.table = make_table(self.model, self, editable=False)
        for column in (ConsultationTableModel.MUNICIPALITY, ConsultationTableModel.PLACE):
            self.table.setColumnHidden(column, True)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_requested.emit)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_current)
        self.steps_label = QLabel(self)
        self.steps_model = NextStepTableModel(self)
        self.steps = make_table(self.steps_model, self, editable=False)
        for column in (NextStepTableModel.MUNICIPALITY, NextStepTableModel.ORGANISATION):
            self.steps.setColumnHidden(column, True)  # narrow here; the lists show all
        open_on_enter(self.table, self.open_current)
        open_on_enter(self.steps, self.open_step)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.steps_label)
        layout.addWidget(self.steps, 2)
        set_column_widths(self.table, ("12.03.2025 10:30", "", "Erstberatung Kommunalpartnersch",
                                       "Abgeschlossen", "Anna Berger, Jonas Weber", "", "3"))
        set_column_widths(self.steps, ("31.12.2025", "Ratsbeschluss zur Klimapartnerschaft",
                                       "Anna Berger", "Stadt Gladbeck", "",
                                       "In Arbeit – überfällig", "31.12.2025"))
        stretch_column(self.table, ConsultationTableModel.TEMPLATE)
        stretch_column(self.steps, NextStepTableModel.WHAT)
        ops.changed.connect(self._data_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_enabled)
        self.model.modelReset.connect(self._update_enabled)
        self.retranslate()

    def set_database(self, db: Database) -> None:
        self._db = db

    def count(self) -> int:
        return self.model.rowCount()

    def show_municipality(self, municipality_id: str | None) -> None:
        self._municipality_id = municipality_id
        db = self._db
        if municipality_id is None or db is None:
            self._ops.cancel(LOAD_KEY)
            self._show(MunicipalityConsultations([], []))
            return
        self._ops.run(lambda: load(db, municipality_id), on_success=self._show,
                      on_failure=lambda _exc: self._show(MunicipalityConsultations([], [])),
                      key=LOAD_KEY, delay_ms=LOAD_DELAY_MS)

    def reload(self) -> None:
        self.show_municipality(self._municipality_id)

    def _data_changed(self, tables: frozenset[str]) -> None:
        if tables & {"consultation", "municipality"}:
            self.reload()

    def _show(self, data: MunicipalityConsultations) -> None:
        self.model.set_rows(data.consultations)
        self.steps_model.set_rows(data.steps)
        if data.consultations and self.table.currentIndex().row() < 0:
            self.table.selectRow(0)
        self._update_enabled()
        self._fill_texts()
        self.loaded.emit()

    def _update_enabled(self, *_args: object) -> None:
        self.new_button.setEnabled(self._municipality_id is not None)
        self.open_button.setEnabled(self.table.currentIndex().isValid())

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_requested.emit(self.model.row_at(index.row()).id)

    def open_step(self) -> None:
        index = self.steps.currentIndex()
        if index.isValid():
            self.open_requested.emit(self.steps_model.row_at(index.row()).consultation_id)

    # --- texts ----------------------------------------------------------------------------
    def _ago(self, when: dt.datetime) -> str:
        today = dt.date.today()
        days = (today - when.date()).days
        months = months_between(when.date(), today)
        if days <= 0:
            return self.tr("heute") if days == 0 else self.tr("geplant")
        if days == 1:
            return self.tr("gestern")
        if months < 1:
            return self.tr("vor %1 Tagen").replace("%1", str(days))
        if months < 12:
            return self.tr("vor einem Monat") if months == 1 else \
                self.tr("vor %1 Monaten").replace("%1", str(months))
        years = months // 12
        return self.tr("vor einem Jahr") if years == 1 else \
            self.tr("vor %1 Jahren").replace("%1", str(years))

    def _fill_texts(self) -> None:
        pending, overdue = self.steps_model.rowCount(), self.steps_model.overdue_count()
        if pending:
            steps = self.tr("Offene Schritte: %1").replace("%1", str(pending))
            if overdue:
                steps += ", " + self.tr("davon %1 überfällig").replace("%1", str(overdue))
        else:
            steps = self.tr("Keine offenen Schritte.")
        self.steps_label.setText(steps)
        self.steps.setVisible(pending > 0)

    def status_line(self) -> str:
        """One line for the top of the detail view: when the last consultation was, by
        whom, and the open steps (JOURNEYS 1)."""
        parts = []
        if self.model.rowCount():
            last: ConsultationRow = self.model.row_at(0)
            when = date_text(last.held_at.date(), i18n.current_language())
            by = last.advisers.replace("; ", ", ")
            detail = f"{self._ago(last.held_at)}, {by}" if by else self._ago(last.held_at)
            parts.append(self.tr("Letzte Beratung: %1 (%2)").replace("%1", when)
                         .replace("%2", detail))
        if self.steps_model.rowCount():
            parts.append(self.steps_label.text())
        return " · ".join(parts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Beratungen der Gemeinde"))
        self.steps.setAccessibleName(self.tr("Offene Schritte der Gemeinde"))
        self.table.setToolTip(self.tr("Eingabetaste oder Doppelklick öffnet die Beratung."))
        self.steps.setToolTip(self.tr("Eingabetaste oder Doppelklick öffnet die Beratung, "
                                      "aus der der Schritt stammt."))
        self.new_button.setText(self.tr("&Neue Beratung…"))
        self.new_button.setAccessibleName(self.tr("Neue Beratung beginnen"))
        self.new_button.setToolTip(self.tr("Strg+B"))
        self.open_button.setText(self.tr("Ö&ffnen"))
        self.open_button.setAccessibleName(self.tr("Gewählte Beratung öffnen"))
        self._fill_texts()
