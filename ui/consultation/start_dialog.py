"""Start a consultation of a municipality: the template, date and time, place and advisers;
above them the municipality's open next steps from earlier visits, so the adviser sees what
was agreed before the conversation begins (JOURNEYS 2). ``consultation_id`` holds the new
consultation after the dialog was accepted."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from advisor_app.checklist.catalogue import TemplateSource, available_templates
from advisor_app.persistence.database import Database
from advisor_app.services.consultation_dto import ConsultationRow, NextStepRow
from advisor_app.services.consultations import (
    PLACE_MAX,
    list_consultations,
    pending_steps,
    start_consultation,
)
from advisor_app.services.municipalities import get_municipality
from advisor_app.services.settings import load_settings
from ui import i18n
from ui.consultation.list_models import NextStepTableModel, datetime_text
from ui.consultation.page_base import reason_of
from ui.consultation.participants_page import split_advisers
from ui.consultation.tables import ERROR_STYLE, fit_rows, make_table, stretch_column
from ui.municipalities.record_table import set_column_widths
from ui.ops import Ops

FOLLOW_UP_TEMPLATE = "folgeberatung"
FIRST_TEMPLATE = "erstberatung-kommunalpartnerschaft"


@dataclass(frozen=True)
class StartData:
    municipality_name: str
    templates: list[TemplateSource]
    pending: list[NextStepRow]
    earlier: list[ConsultationRow]
    adviser: str


def load_start_data(db: Database, municipality_id: str) -> StartData:
    """Worker thread: everything the dialog shows."""
    return StartData(get_municipality(db, municipality_id).row.name, available_templates(),
                     pending_steps(db, municipality_id),
                     list_consultations(db, municipality_id=municipality_id),
                     load_settings(db).adviser_name)


class StartConsultationDialog(QDialog):
    def __init__(self, db: Database, ops: Ops, municipality_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.ops, self.municipality_id = db, ops, municipality_id
        self.consultation_id: str | None = None
        self.data: StartData | None = None
        self.resize(820, 560)
        self.earlier = QLabel(self)
        self.earlier.setWordWrap(True)
        self.steps_label = QLabel(self)
        self.steps_label.setWordWrap(True)
        self.steps_model = NextStepTableModel(self)
        self.steps = make_table(self.steps_model, self, editable=False)
        self.steps.setColumnHidden(NextStepTableModel.MUNICIPALITY, True)
        self.steps.setTabKeyNavigation(False)
        self.steps_label.setBuddy(self.steps)
        stretch_column(self.steps, NextStepTableModel.WHAT)
        self.template = QComboBox(self)
        self.held_at = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.held_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.held_at.setCalendarPopup(True)
        self.place = QLineEdit(self)
        self.place.setMaxLength(PLACE_MAX)
        self.advisers = QLineEdit(self)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form_labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(self.form_labels,
                                (self.template, self.held_at, self.place, self.advisers),
                                strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.earlier)
        layout.addWidget(self.steps_label)
        layout.addWidget(self.steps)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        ops.run(lambda: load_start_data(db, municipality_id), on_success=self._fill,
                on_failure=lambda exc: self._show_error(reason_of(exc)))

    def _fill(self, data: StartData) -> None:
        self.data = data
        self.setWindowTitle(self.tr("Neue Beratung – %1").replace("%1", data.municipality_name))
        self.place.setText(self.tr("Rathaus %1").replace("%1", data.municipality_name))
        self.advisers.setText(data.adviser)
        lang = i18n.current_language()
        self.template.clear()
        for source in data.templates:
            t = source.template
            self.template.addItem(f"{t.title.get(lang)} (v{t.version})", t.id)
        preferred = FOLLOW_UP_TEMPLATE if data.earlier else FIRST_TEMPLATE
        self.template.setCurrentIndex(max(0, self.template.findData(preferred)))
        self.steps_model.set_rows(data.pending)
        fit_rows(self.steps, len(data.pending))
        set_column_widths(self.steps, ("31.12.2025", "Ratsbeschluss zur Klimapartnerschaft",
                                       "Anna Berger", "Stadt Gladbeck", "",
                                       "In Arbeit – überfällig", "31.12.2025"))
        self._texts_for_data()
        self.start_button.setEnabled(bool(data.templates))
        if not data.templates:
            self._show_error(self.tr("Keine gültige Checklisten-Vorlage gefunden "
                                     "(resources/checklists)."))
        self.resize(self.width(), self.sizeHint().height())
        (self.steps if data.pending else self.template).setFocus()

    def _texts_for_data(self) -> None:
        data = self.data
        if data is None:
            return
        lang = i18n.current_language()
        if data.earlier:
            last = data.earlier[0]
            self.earlier.setText(self.tr("Letzte Beratung: %1, %2 (%3)")
                                 .replace("%1", datetime_text(last.held_at, lang))
                                 .replace("%2", last.template_title)
                                 .replace("%3", last.advisers.replace("; ", ", ")
                                          or self.tr("ohne Namen")))
        else:
            self.earlier.setText(self.tr("Die erste Beratung dieser Gemeinde."))
        overdue = self.steps_model.overdue_count()
        if data.pending:
            text = self.tr("&Offene Schritte aus früheren Beratungen: %1").replace(
                "%1", str(len(data.pending)))
            if overdue:
                text += self.tr(", davon %1 überfällig").replace("%1", str(overdue))
            self.steps_label.setText(text + self.tr(". Sie stehen in der Beratung zuerst "
                                                    "auf der Seite „Nächste Schritte“."))
        else:
            self.steps_label.setText(self.tr("Keine offenen Schritte aus früheren Beratungen."))
        self.steps.setVisible(bool(data.pending))

    def selected_template(self) -> TemplateSource | None:
        if self.data is None or self.template.currentIndex() < 0:
            return None
        return self.data.templates[self.template.currentIndex()]

    def held_at_value(self) -> dt.datetime:
        value = self.held_at.dateTime()
        d, t = value.date(), value.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def accept(self) -> None:
        source = self.selected_template()
        if source is None or not self.start_button.isEnabled():
            return
        self.start_button.setEnabled(False)
        db, mid = self.db, self.municipality_id
        held_at, place = self.held_at_value(), self.place.text()
        advisers = split_advisers(self.advisers.text())
        protocol_lang = i18n.current_language()
        self.ops.run(lambda: start_consultation(db, mid, source, held_at=held_at, place=place,
                                                advisers=advisers, protocol_lang=protocol_lang),
                     on_success=self._started, on_failure=self._failed)

    def _started(self, consultation_id: str) -> None:
        self.consultation_id = consultation_id
        self.ops.notify_changed({"consultation"})
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.start_button.setEnabled(True)
        self._show_error(reason_of(exc))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Neue Beratung"))
        for label, text in zip(self.form_labels, (
                self.tr("&Vorlage:"), self.tr("&Datum und Uhrzeit:"), self.tr("O&rt:"),
                self.tr("Beratung d&urch:")), strict=True):
            label.setText(text)
        self.template.setAccessibleName(self.tr("Checklisten-Vorlage"))
        self.held_at.setAccessibleName(self.tr("Datum und Uhrzeit der Beratung"))
        self.place.setAccessibleName(self.tr("Ort der Beratung"))
        self.advisers.setAccessibleName(self.tr("Beraterinnen und Berater"))
        self.advisers.setPlaceholderText(self.tr("Namen, durch Semikolon getrennt"))
        self.steps.setAccessibleName(self.tr("Offene Schritte aus früheren Beratungen"))
        self.start_button.setText(self.tr("Beratung &beginnen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.steps_label.setText(self.tr("Offene Schritte werden geladen…"))
        self._texts_for_data()
