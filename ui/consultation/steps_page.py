"""Page "Nächste Schritte" of the visit: FIRST the open steps of earlier consultations of the
municipality (their status changes here and is recorded with this consultation), then this
consultation's own steps (edited in place; Einfg adds, Entf removes with undo, F2 edits),
and the steps the answers suggest.

Keyboard: in the tables F2 or typing edits the current cell, Enter commits; in the earlier
steps the status also changes with the combo box below the table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisor_app.checklist.rules import suggested_steps
from advisor_app.domain.enums import NextStepStatus
from advisor_app.services import consultation_edits as edits
from ui import i18n
from ui.consultation.context import VisitContext
from ui.consultation.delegates import status_combo
from ui.consultation.edit_models import CarriedStepModel, StepModel
from ui.consultation.list_models import date_sample
from ui.consultation.page_base import ConsultationPage
from ui.consultation.step_form import NewStep, StepForm
from ui.consultation.tables import UndoBar, fit_rows, make_table, stretch_column
from ui.municipalities.record_table import set_column_widths

if TYPE_CHECKING:
    from advisor_app.services.consultation_dto import ConsultationDetail, NextStepRow


class StepsPage(ConsultationPage):
    KEY = "steps"

    def __init__(self, ctx: VisitContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._select_after: str | None = None
        self.carried_box = QGroupBox(self)
        self.carried_hint = QLabel(self.carried_box)
        self.carried_hint.setWordWrap(True)
        self.carried_model = CarriedStepModel(self)
        self.carried_model.on_edit = self._carried_edited
        self.carried_table = make_table(self.carried_model, self.carried_box)
        self.status_label = QLabel(self.carried_box)
        self.status = status_combo(self.carried_box)
        self.status_label.setBuddy(self.status)
        self.status.activated.connect(self._status_chosen)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label)
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        carried = QVBoxLayout(self.carried_box)
        carried.addWidget(self.carried_hint)
        carried.addWidget(self.carried_table)
        carried.addLayout(status_row)
        self.carried_table.selectionModel().currentRowChanged.connect(self._show_status)

        self.own_box = QGroupBox(self)
        self.model = StepModel(self)
        self.model.on_edit = self._edited
        self.table = make_table(self.model, self.own_box)
        self.remove_button = QPushButton(self.own_box)
        self.remove_button.clicked.connect(self.remove_current)
        self.undo = UndoBar(self.own_box)
        self.form = StepForm(self.own_box)  # created in visual order: the Tab order
        self.form.submitted.connect(self._add)
        self.suggestions_label = QLabel(self.own_box)
        self.suggestions = QListWidget(self.own_box)
        self.suggestions.setMaximumHeight(self.fontMetrics().height() * 5)
        self.suggestions_label.setBuddy(self.suggestions)
        self.adopt_button = QPushButton(self.own_box)
        self.adopt_button.clicked.connect(self.adopt_suggestion)
        self.suggestions.itemActivated.connect(lambda _item: self.adopt_suggestion())
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addWidget(self.undo)
        row.addStretch(1)
        own = QVBoxLayout(self.own_box)
        own.addWidget(self.table, 1)
        own.addLayout(row)
        own.addWidget(self.form)
        own.addWidget(self.suggestions_label)
        own.addWidget(self.suggestions)
        own.addWidget(self.adopt_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.carried_box)
        layout.addWidget(self.own_box, 1)
        for table in (self.table, self.carried_table):
            stretch_column(table, StepModel.WHAT)
        self.insert_action = self._shortcut(Qt.Key.Key_Insert, self.focus_new)
        self.delete_action = QAction(self.table)
        self.delete_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.remove_current)
        self.table.addAction(self.delete_action)
        self.retranslate()
        self.apply_read_only(self.read_only)

    def _shortcut(self, key: Qt.Key, slot: Any) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def title(self) -> str:
        return self.tr("Nächste Schritte")

    # --- showing --------------------------------------------------------------------------
    def show_detail(self, detail: ConsultationDetail) -> None:
        first = self.model.rowCount() == 0 and self.carried_model.rowCount() == 0
        self.carried_model.set_rows(detail.carried_steps)
        self.model.set_rows(detail.steps)
        has_carried = bool(detail.carried_steps)
        fit_rows(self.carried_table, len(detail.carried_steps), most=6)
        self.carried_table.setVisible(has_carried)
        self.status_label.setVisible(has_carried)
        self.status.setVisible(has_carried)
        self._retranslate_counts()
        if has_carried and self.carried_table.currentIndex().row() < 0:
            self.carried_table.setCurrentIndex(
                self.carried_model.index(0, CarriedStepModel.STATUS))
        self._show_status()
        if self._select_after is not None:
            row = self.model.row_of_id(self._select_after)
            self._select_after = None
            if row is not None:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
        self._fill_suggestions(detail)
        if first:
            self._set_widths()

    def _set_widths(self) -> None:
        date = date_sample(i18n.current_language())
        samples = ("Ratsbeschluss zur Klimapartnerschaft vorbereiten", "Anna Berger-Schmidt",
                   "Stadt Gladbeck, Umweltamt", date, "In Arbeit – überfällig")
        set_column_widths(self.table, samples)
        set_column_widths(self.carried_table, (*samples, date))

    def _fill_suggestions(self, detail: ConsultationDetail) -> None:
        taken = {s.what.casefold() for s in detail.steps}
        texts = [t for t in suggested_steps(detail.template, detail.answers,
                                            i18n.current_language())
                 if t.casefold() not in taken]
        self.suggestions.clear()
        self.suggestions.addItems(texts)
        if texts:
            self.suggestions.setCurrentRow(0)
        visible = bool(texts) and not self.read_only
        for widget in (self.suggestions_label, self.suggestions, self.adopt_button):
            widget.setVisible(visible)

    def _show_status(self, *_args: object) -> None:
        step = self._current(self.carried_table, self.carried_model)
        self.status.setEnabled(step is not None and not self.read_only)
        if step is not None:
            self.status.setCurrentIndex(self.status.findData(step.status.value))

    def apply_read_only(self, read_only: bool) -> None:
        for model in (self.model, self.carried_model):
            model.read_only = read_only
        for widget in (self.form, self.remove_button):
            widget.setVisible(not read_only)
        self.undo.clear()
        self.insert_action.setEnabled(not read_only)
        self.delete_action.setEnabled(not read_only)
        self._show_status()
        if self.detail is not None:
            self._fill_suggestions(self.detail)

    # --- editing --------------------------------------------------------------------------
    @staticmethod
    def _current(table: QTableView, model: StepModel) -> NextStepRow | None:
        index = table.currentIndex()
        return model.row_at(index.row()) if index.isValid() else None

    def _status_chosen(self, _index: int) -> None:
        index = self.carried_table.currentIndex()
        if index.isValid():
            self.carried_model.setData(self.carried_model.index(index.row(),
                                                                CarriedStepModel.STATUS),
                                       self.status.currentData())

    def _carried_edited(self, row: NextStepRow, _field: str, value: NextStepStatus) -> None:
        db, cid = self.ctx.db, self.ctx.consultation_id
        self.save(self.key("carried", row.id, "status"),
                  lambda: edits.update_step(db, row.id, in_consultation=cid, status=value),
                  immediate=True)
        self._show_status()

    def _edited(self, row: NextStepRow, field: str, value: object) -> None:
        if field == "what" and not str(value).strip():
            self.show_error(self.tr("Bitte beschreiben, was zu tun ist."))
            return
        self.show_error("")
        db = self.ctx.db
        self.save(self.key("step", row.id, field),
                  lambda: edits.update_step(db, row.id, **{field: value}),
                  immediate=field == "status")

    def _saved(self, key: str, result: object) -> None:
        super()._saved(key, result)
        if key.startswith(self.KEY + ":") and key.endswith((":status", ":due_date")):
            self.ctx.ops.notify_changed({"consultation"})

    def focus_new(self) -> None:
        if not self.read_only:
            self.form.what.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _add(self, step: NewStep, status: NextStepStatus = NextStepStatus.OPEN) -> None:
        db, cid = self.ctx.db, self.ctx.consultation_id

        def added(step_id: str) -> None:
            self.form.clear()
            self._select_after = step_id
            self.refresh()

        self.run(lambda: edits.add_step(db, cid, what=step.what, responsible=step.responsible,
                                        organisation=step.organisation,
                                        due_date=step.due_date, status=status), added)

    def adopt_suggestion(self) -> None:
        item = self.suggestions.currentItem()
        if item is not None and not self.read_only:
            self._add(NewStep(item.text(), "", "", None))

    def remove_current(self) -> None:
        step = self._current(self.table, self.model)
        if step is None or self.read_only:
            return
        db = self.ctx.db

        def removed(_result: object) -> None:
            text = self.tr("Schritt „%1“ entfernt.").replace("%1", step.what)
            self.undo.offer(text, lambda: self._add(
                NewStep(step.what, step.responsible, step.organisation, step.due_date),
                step.status))
            self.refresh()

        self.ctx.saver.flush()  # a pending edit of the step is written first
        self.run(lambda: edits.remove_step(db, step.id), removed)

    # --- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.carried_hint.setText(self.tr(
            "Zuerst besprechen: Was ist aus den vereinbarten Schritten geworden? Den Status "
            "hier ändern (F2 in der Tabelle oder das Auswahlfeld darunter); die Änderung wird "
            "mit dieser Beratung festgehalten."))
        self.carried_table.setAccessibleName(self.tr("Offene Schritte aus früheren Beratungen"))
        self.status_label.setText(self.tr("&Status des gewählten Schritts:"))
        self.status.setAccessibleName(self.tr("Status des gewählten früheren Schritts"))
        self.table.setAccessibleName(self.tr("Nächste Schritte dieser Beratung"))
        self.table.setToolTip(self.tr("F2 oder Tippen bearbeitet die Zelle, Entf entfernt den "
                                      "Schritt, Einfg springt zur Eingabezeile."))
        self.remove_button.setText(self.tr("E&ntfernen"))
        self.remove_button.setAccessibleName(self.tr("Gewählten Schritt entfernen"))
        self.remove_button.setToolTip(self.tr("Entf"))
        self.suggestions_label.setText(self.tr("Vorschläge aus den Antworten:"))
        self.suggestions.setAccessibleName(self.tr("Vorgeschlagene Schritte"))
        self.adopt_button.setText(self.tr("Vorschlag &übernehmen"))
        self.adopt_button.setAccessibleName(self.tr("Vorgeschlagenen Schritt übernehmen"))
        self._retranslate_counts()

    def _retranslate_counts(self) -> None:
        carried = self.carried_model.rowCount()
        self.carried_box.setTitle(
            self.tr("Offene Schritte aus früheren Beratungen (%1)").replace("%1", str(carried))
            if carried else self.tr("Keine offenen Schritte aus früheren Beratungen"))
        self.carried_hint.setVisible(carried > 0)
        overdue = self.model.overdue_count()
        title = self.tr("Nächste Schritte dieser Beratung (%1)").replace(
            "%1", str(self.model.rowCount()))
        if overdue:
            title += " – " + self.tr("%1 überfällig").replace("%1", str(overdue))
        self.own_box.setTitle(title)
