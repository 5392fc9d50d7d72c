"""Adding participants: a contact (of this municipality, or any contact: type to search) or a
new person with name, role and organisation, optionally saved as a contact with consent."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from advisor_app.services.contact_choices import ContactChoice


@dataclass(frozen=True)
class NewPerson:
    name: str
    role: str
    organisation: str
    as_contact: bool


def choice_label(choice: ContactChoice) -> str:
    details = ", ".join(p for p in (choice.role, choice.organisation) if p)
    text = f"{choice.name} – {details}" if details else choice.name
    return f"{text} ({choice.municipality_name})" if choice.municipality_name else text


class ParticipantForm(QGroupBox):
    contact_chosen = Signal(object)  # ContactChoice
    person_entered = Signal(object)  # NewPerson

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[ContactChoice] = []
        self._municipality_id: str | None = None
        self._taken: set[str] = set()
        self.contact = QComboBox(self)
        self.contact.setEditable(True)
        self.contact.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.contact.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.all_contacts = QCheckBox(self)
        self.all_contacts.toggled.connect(lambda _on: self._fill())
        self.add_contact_button = QPushButton(self)
        self.add_contact_button.clicked.connect(self._contact)
        self.contact.lineEdit().returnPressed.connect(self._contact)
        self.name, self.role, self.organisation = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        for field in (self.name, self.role, self.organisation):
            field.setMaxLength(200)
            field.returnPressed.connect(self._person)
        self.as_contact = QCheckBox(self)
        self.add_person_button = QPushButton(self)
        self.add_person_button.clicked.connect(self._person)
        self.labels = [QLabel(self) for _ in range(5)]
        for label, buddy in zip(self.labels, (self.contact, self.name, self.role,
                                              self.organisation, self.name), strict=True):
            label.setBuddy(buddy)

        grid = QGridLayout(self)
        grid.addWidget(self.labels[0], 0, 0)
        grid.addWidget(self.contact, 0, 1, 1, 3)
        grid.addWidget(self.all_contacts, 0, 4)
        grid.addWidget(self.add_contact_button, 0, 5)
        grid.addWidget(self.labels[4], 1, 0)
        for column, (label, field) in enumerate(zip(
                self.labels[1:4], (self.name, self.role, self.organisation), strict=True)):
            grid.addWidget(label, 1, column + 1)
            grid.addWidget(field, 2, column + 1)
        grid.addWidget(self.as_contact, 2, 4)
        grid.addWidget(self.add_person_button, 2, 5)
        for column in (1, 2, 3):
            grid.setColumnStretch(column, 1)
        self.retranslate()

    # --- contacts ---------------------------------------------------------------------------
    def set_choices(self, choices: Sequence[ContactChoice], municipality_id: str | None,
                    taken: Iterable[str]) -> None:
        """The contacts to offer; ``taken``: ids already participating (not offered)."""
        self._choices, self._municipality_id = list(choices), municipality_id
        self._taken = set(taken)
        self._fill()

    def choices(self) -> list[ContactChoice]:
        return list(self._choices)

    def offered(self) -> list[ContactChoice]:
        return [c for c in self._choices if c.id not in self._taken and (
            self.all_contacts.isChecked() or c.municipality_id == self._municipality_id)]

    def _fill(self) -> None:
        typed = self.contact.currentText() if self.contact.currentIndex() < 0 else ""
        self.contact.blockSignals(True)
        self.contact.clear()
        for choice in self.offered():
            self.contact.addItem(choice_label(choice), choice.id)
        self.contact.setCurrentIndex(-1)
        self.contact.setEditText(typed)
        self.contact.blockSignals(False)
        self.contact.lineEdit().setPlaceholderText(
            self.tr("Name eingeben oder aus der Liste wählen") if self.contact.count()
            else self.tr("Keine (weiteren) Kontakte – „alle Kontakte“ oder neue Person"))

    def selected_contact(self) -> ContactChoice | None:
        """The contact whose entry is shown, or the only one whose entry contains what was
        typed ("Petra" and Enter adds Petra Schulz)."""
        typed = self.contact.currentText().strip().casefold()
        if not typed:
            return None
        offered = self.offered()
        exact = [c for c in offered if choice_label(c).casefold() == typed]
        found = exact or [c for c in offered if typed in choice_label(c).casefold()]
        return found[0] if len(found) == 1 else None

    def _contact(self) -> None:
        choice = self.selected_contact()
        if choice is None:
            self.contact.setFocus(Qt.FocusReason.OtherFocusReason)
            self.contact.showPopup()
            return
        self.contact_chosen.emit(choice)
        self.contact.setEditText("")

    # --- new person ---------------------------------------------------------------------------
    def _person(self) -> None:
        if not self.name.text().strip():
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.person_entered.emit(NewPerson(self.name.text().strip(), self.role.text().strip(),
                                           self.organisation.text().strip(),
                                           self.as_contact.isChecked()))

    def clear_person(self) -> None:
        for field in (self.name, self.role, self.organisation):
            field.clear()
        self.as_contact.setChecked(False)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- texts --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Teilnehmende hinzufügen"))
        for label, text in zip(self.labels, (
                self.tr("Aus den &Kontakten:"), self.tr("Na&me"), self.tr("F&unktion"),
                self.tr("&Organisation"), self.tr("Neue Person:")), strict=True):
            label.setText(text)
        self.contact.setAccessibleName(self.tr("Kontakt suchen und wählen"))
        self.contact.lineEdit().setAccessibleName(self.tr("Kontakt suchen und wählen"))
        self.all_contacts.setText(self.tr("&alle Kontakte"))
        self.all_contacts.setAccessibleName(self.tr("Kontakte aller Gemeinden anbieten"))
        self.add_contact_button.setText(self.tr("Kontakt hin&zufügen"))
        self.add_contact_button.setAccessibleName(self.tr("Gewählten Kontakt hinzufügen"))
        self.name.setAccessibleName(self.tr("Neue Person: Name"))
        self.role.setAccessibleName(self.tr("Neue Person: Funktion"))
        self.role.setPlaceholderText(self.tr("z. B. Klimaschutzmanagerin"))
        self.organisation.setAccessibleName(self.tr("Neue Person: Organisation"))
        self.organisation.setPlaceholderText(self.tr("z. B. Stadt Gladbeck"))
        self.as_contact.setText(self.tr("als Kontakt &speichern (Einwilligung erfasst)"))
        self.as_contact.setAccessibleName(self.tr(
            "Als Kontakt speichern, die Person hat eingewilligt"))
        self.as_contact.setToolTip(self.tr(
            "Legt einen Kontakt der Gemeinde an, Rechtsgrundlage Einwilligung mit dem "
            "heutigen Datum. Nur ankreuzen, wenn die Person zugestimmt hat."))
        self.add_person_button.setText(self.tr("&Person hinzufügen"))
        self.add_person_button.setAccessibleName(self.tr("Neue Person hinzufügen"))
        self._fill()
