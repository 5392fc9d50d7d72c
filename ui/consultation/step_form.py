"""The entry row under the next-steps table: what, who, organisation, due date and
"Hinzufügen" (Enter in any field adds; the cursor goes back to "Was")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from ui.forms.widgets import OptionalDateEdit


@dataclass(frozen=True)
class NewStep:
    what: str
    responsible: str
    organisation: str
    due_date: dt.date | None


class StepForm(QWidget):
    submitted = Signal(object)  # NewStep

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = QLineEdit(self)
        self.responsible = QLineEdit(self)
        self.organisation = QLineEdit(self)
        self.due = OptionalDateEdit(self)
        self.add_button = QPushButton(self)
        self.labels = [QLabel(self) for _ in range(4)]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (label, field) in enumerate(zip(
                self.labels, (self.what, self.responsible, self.organisation, self.due),
                strict=True)):
            label.setBuddy(field)
            grid.addWidget(label, 0, column)
            grid.addWidget(field, 1, column)
        grid.addWidget(self.add_button, 1, 4)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        for field in (self.what, self.responsible, self.organisation):
            field.returnPressed.connect(self.submit)
        self.due.installEventFilter(self)
        self.add_button.clicked.connect(self.submit)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.due and event.type() == QEvent.Type.KeyPress and isinstance(
                event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.due.commit_typing():  # an impossible date is not added (the field says why)
                self.submit()
            return True
        return super().eventFilter(watched, event)

    def submit(self) -> None:
        if not self.what.text().strip():
            self.what.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.submitted.emit(NewStep(self.what.text().strip(), self.responsible.text().strip(),
                                    self.organisation.text().strip(), self.due.value()))

    def clear(self) -> None:
        for field in (self.what, self.responsible, self.organisation):
            field.clear()
        self.due.set_value(None)
        self.what.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = (self.tr("&Was ist zu tun?"), self.tr("&Verantwortlich"),
                 self.tr("&Organisation"), self.tr("Fällig a&m"))
        names = (self.tr("Neuer Schritt: was ist zu tun"), self.tr("Neuer Schritt: verantwortlich"),
                 self.tr("Neuer Schritt: Organisation"), self.tr("Neuer Schritt: fällig am"))
        for label, text, field, name in zip(
                self.labels, texts, (self.what, self.responsible, self.organisation, self.due),
                names, strict=True):
            label.setText(text)
            field.setAccessibleName(name)
        self.what.setPlaceholderText(self.tr("z. B. Ratsbeschluss vorbereiten"))
        self.responsible.setPlaceholderText(self.tr("Name oder Funktion"))
        self.add_button.setText(self.tr("&Hinzufügen"))
        self.add_button.setAccessibleName(self.tr("Schritt hinzufügen"))
        self.add_button.setToolTip(self.tr("Eingabetaste in einem der Felder"))
