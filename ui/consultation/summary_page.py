"""Page "Zusammenfassung" of the visit: date and time, place, phase, the summary and the
recommendations (long texts, saved while typing) and the language of the protocol."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from advisor_app.domain.enums import phase_labels
from advisor_app.services import consultation_edits as edits
from advisor_app.services.consultations import PLACE_MAX
from ui.consultation.context import VisitContext
from ui.consultation.page_base import ConsultationPage
from ui.i18n import current_language

if TYPE_CHECKING:
    from advisor_app.services.consultation_dto import ConsultationDetail

PHASE_MAX = 40


def _to_qt(value: dt.datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0)


def _from_qt(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def _long_text(parent: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)  # keyboard users must be able to leave it
    return edit


class SummaryPage(ConsultationPage):
    KEY = "summary"

    def __init__(self, ctx: VisitContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.held_at = QDateTimeEdit(self)
        self.held_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.held_at.setCalendarPopup(True)
        self.place = QLineEdit(self)
        self.place.setMaxLength(PLACE_MAX)
        self.phase = QComboBox(self)
        self.phase.setEditable(True)
        self.phase.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.phase.lineEdit().setMaxLength(PHASE_MAX)
        self.language = QComboBox(self)
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.summary = _long_text(self)
        self.recommendations = _long_text(self)
        self.labels = {name: QLabel(self) for name in (
            "held_at", "place", "phase", "language", "summary", "recommendations")}
        for name, widget in self._fields().items():
            self.labels[name].setBuddy(widget)

        form = QFormLayout()
        for name in ("held_at", "place", "phase", "language"):
            form.addRow(self.labels[name], self._fields()[name])
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.labels["summary"])
        layout.addWidget(self.summary, 3)
        layout.addWidget(self.labels["recommendations"])
        layout.addWidget(self.recommendations, 2)

        self.held_at.dateTimeChanged.connect(
            lambda v: self._changed("held_at", _from_qt(v)))
        self.place.textEdited.connect(lambda t: self._changed("place", t))
        self.phase.editTextChanged.connect(self._phase_changed)
        self.language.activated.connect(
            lambda _i: self._changed("protocol_lang", self.language.currentData(), True))
        self.summary.textChanged.connect(
            lambda: self._changed("summary", self.summary.toPlainText()))
        self.recommendations.textChanged.connect(
            lambda: self._changed("recommendations", self.recommendations.toPlainText()))
        self._loading = False
        self.retranslate()
        self.apply_read_only(self.read_only)

    def _fields(self) -> dict[str, QWidget]:
        return {"held_at": self.held_at, "place": self.place, "phase": self.phase,
                "language": self.language, "summary": self.summary,
                "recommendations": self.recommendations}

    def title(self) -> str:
        return self.tr("Zusammenfassung")

    # --- showing --------------------------------------------------------------------------
    def show_detail(self, detail: ConsultationDetail) -> None:
        self._loading = True
        try:
            if not self.is_unsaved(self.key("held_at")) and \
                    _from_qt(self.held_at.dateTime()) != detail.held_at:
                self.held_at.setDateTime(_to_qt(detail.held_at))
            if not self.is_unsaved(self.key("place")) and self.place.text() != detail.place:
                self.place.setText(detail.place)
            if not self.is_unsaved(self.key("phase")) and \
                    self.phase.currentText() != detail.phase:
                self.phase.setEditText(detail.phase)
            self.language.setCurrentIndex(max(0, self.language.findData(detail.protocol_lang)))
            for name, edit in (("summary", self.summary),
                               ("recommendations", self.recommendations)):
                value = getattr(detail, name)
                if not self.is_unsaved(self.key(name)) and edit.toPlainText() != value:
                    edit.setPlainText(value)
        finally:
            self._loading = False

    def apply_read_only(self, read_only: bool) -> None:
        for edit in (self.place, self.summary, self.recommendations):
            edit.setReadOnly(read_only)
        self.held_at.setReadOnly(read_only)
        self.phase.lineEdit().setReadOnly(read_only)
        self.phase.setEnabled(not read_only)
        self.language.setEnabled(not read_only)

    # --- saving ---------------------------------------------------------------------------
    def _phase_changed(self, text: str) -> None:
        self._changed("phase", text)

    def _changed(self, name: str, value: Any, immediate: bool = False) -> None:
        if self._loading or self.read_only:
            return
        db, cid = self.ctx.db, self.ctx.consultation_id
        self.save(self.key(name if name != "protocol_lang" else "language"),
                  lambda: edits.update_consultation(db, cid, **{name: value}),
                  immediate=immediate)

    # --- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            "held_at": (self.tr("&Datum und Uhrzeit:"), self.tr("Datum und Uhrzeit der Beratung")),
            "place": (self.tr("&Ort:"), self.tr("Ort der Beratung")),
            "phase": (self.tr("&Phase:"), self.tr("Phase der Partnerschaft")),
            "language": (self.tr("Protokoll&sprache:"), self.tr("Sprache des Protokolls")),
            "summary": (self.tr("&Zusammenfassung:"), self.tr("Zusammenfassung der Beratung")),
            "recommendations": (self.tr("&Empfehlungen:"), self.tr("Empfehlungen")),
        }
        for name, (label, accessible) in texts.items():
            self.labels[name].setText(label)
            self._fields()[name].setAccessibleName(accessible)
        self.place.setPlaceholderText(self.tr("z. B. Rathaus Gladbeck, Raum 204"))
        self.phase.lineEdit().setAccessibleName(self.tr("Phase der Partnerschaft"))
        self.phase.lineEdit().setPlaceholderText(self.tr("Phase wählen oder eingeben"))
        current = self.phase.currentText()
        self.phase.blockSignals(True)
        self.phase.clear()
        self.phase.addItems(list(phase_labels(current_language())))  # or typed by hand
        self.phase.setEditText(current)
        self.phase.blockSignals(False)
        self.summary.setPlaceholderText(self.tr(
            "Was wurde besprochen? Wo steht die Gemeinde, was wurde vereinbart?"))
        self.recommendations.setPlaceholderText(self.tr(
            "Empfehlungen der Beratungsstelle, z. B. Partnerwahl, Förderprogramme, "
            "nächste Schritte"))
        self.summary.setToolTip(self.tr("Wird beim Tippen gespeichert. Tab springt weiter."))
        self.recommendations.setToolTip(self.summary.toolTip())
