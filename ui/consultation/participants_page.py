"""Page "Teilnehmende" of the visit: who advised (pre-filled with the adviser from the
settings), who took part (contacts or named persons, role and organisation edited in place),
adding from the contacts or a new person (saved as a contact with consent if ticked), and
removing with undo."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from advisor_app.domain.enums import LegalBasis
from advisor_app.persistence.database import Database
from advisor_app.services import consultation_edits as edits
from advisor_app.services import records
from advisor_app.services.contact_choices import ContactChoice, contact_choices
from advisor_app.services.inputs import ContactInput
from ui.consultation.context import VisitContext
from ui.consultation.edit_models import ParticipantModel
from ui.consultation.page_base import ConsultationPage
from ui.consultation.participant_form import NewPerson, ParticipantForm
from ui.consultation.tables import UndoBar, make_table, stretch_column
from ui.municipalities.record_table import set_column_widths

if TYPE_CHECKING:
    from advisor_app.services.consultation_dto import ConsultationDetail, ParticipantRow


def add_person(db: Database, consultation_id: str, municipality_id: str,
               person: NewPerson) -> str:
    """Worker thread: the new person as a participant; with ``as_contact`` first a contact
    of the municipality (legal basis consent, given today) that the participant links to."""
    contact_id = None
    if person.as_contact:
        contact_id = records.save(db, ContactInput(
            name=person.name, legal_basis=LegalBasis.CONSENT, role=person.role or None,
            organisation=person.organisation or None, municipality_id=municipality_id,
            consent_date=dt.date.today()))
    return edits.add_participant(db, consultation_id, contact_id=contact_id,
                                 name="" if contact_id else person.name, role=person.role,
                                 organisation=person.organisation)


def split_advisers(text: str) -> list[str]:
    return [name.strip() for name in text.split(";") if name.strip()]


class ParticipantsPage(ConsultationPage):
    KEY = "participants"

    def __init__(self, ctx: VisitContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._choices_for: str | None = None  # municipality whose contacts are loaded
        self.advisers_label = QLabel(self)
        self.advisers = QLineEdit(self)
        self.advisers_label.setBuddy(self.advisers)
        self.advisers.textEdited.connect(self._advisers_edited)
        self.participants_label = QLabel(self)
        self.model = ParticipantModel(self)
        self.model.on_edit = self._edited
        self.table = make_table(self.model, self)
        self.participants_label.setBuddy(self.table)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_current)
        self.undo = UndoBar(self)
        self.form = ParticipantForm(self)
        self.form.contact_chosen.connect(self.add_contact)
        self.form.person_entered.connect(self.add_person)

        advisers = QHBoxLayout()
        advisers.addWidget(self.advisers_label)
        advisers.addWidget(self.advisers, 1)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addWidget(self.undo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(advisers)
        layout.addWidget(self.participants_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.form)
        self.delete_action = QAction(self.table)
        self.delete_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.remove_current)
        self.table.addAction(self.delete_action)
        self.insert_action = QAction(self)
        self.insert_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.insert_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.insert_action.triggered.connect(
            lambda: self.form.contact.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.addAction(self.insert_action)
        set_column_widths(self.table, ("Dr. Annegret Müller-Lüdenscheidt", "Klimaschutzmanagerin",
                                       "Stadt Gladbeck, Amt für Umwelt", "Kontakt"))
        for column in (ParticipantModel.NAME, ParticipantModel.ROLE,
                       ParticipantModel.ORGANISATION):
            stretch_column(self.table, column)
        self.retranslate()
        self.apply_read_only(self.read_only)

    def title(self) -> str:
        return self.tr("Teilnehmende")

    # --- showing --------------------------------------------------------------------------
    def show_detail(self, detail: ConsultationDetail) -> None:
        self.model.set_rows(detail.participants)
        text = "; ".join(detail.advisers)
        if not self.is_unsaved(self.key("advisers")) and \
                split_advisers(self.advisers.text()) != list(detail.advisers):
            self.advisers.setText(text)
        self.participants_label.setText(self.tr("&Teilnehmende (%1):").replace(
            "%1", str(len(detail.participants))))
        if self._choices_for != detail.municipality_id:
            self.load_contacts()
        else:
            self._offer_contacts(None)

    def load_contacts(self) -> None:
        """(Re)load the contacts to pick from (this municipality's first)."""
        if self.detail is None:
            return
        db, mid = self.ctx.db, self.detail.municipality_id
        self._choices_for = mid
        self.ctx.ops.run(lambda: contact_choices(db, mid), on_success=self._offer_contacts,
                         key=f"participant-contacts:{self.ctx.consultation_id}")

    def _offer_contacts(self, choices: list[ContactChoice] | None) -> None:
        if self.detail is None:
            return
        taken = {p.contact_id for p in self.detail.participants if p.contact_id}
        if choices is None:
            choices = self.form.choices()
        self.form.set_choices(choices, self.detail.municipality_id, taken)

    def apply_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.advisers.setReadOnly(read_only)
        for widget in (self.form, self.remove_button):
            widget.setVisible(not read_only)
        self.undo.clear()
        self.delete_action.setEnabled(not read_only)
        self.insert_action.setEnabled(not read_only)

    # --- editing --------------------------------------------------------------------------
    def _advisers_edited(self, text: str) -> None:
        if self.read_only:
            return
        db, cid, names = self.ctx.db, self.ctx.consultation_id, split_advisers(text)
        self.save(self.key("advisers"),
                  lambda: edits.update_consultation(db, cid, advisers=names))

    def _edited(self, row: ParticipantRow, field: str, value: str) -> None:
        if field == "name" and not value.strip():
            self.show_error(self.tr("Bitte einen Namen angeben."))
            return
        self.show_error("")
        db = self.ctx.db
        self.save(self.key(row.id, field),
                  lambda: edits.update_participant(db, row.id, **{field: value}))

    def add_contact(self, choice: ContactChoice) -> None:
        if self.read_only:
            return
        db, cid = self.ctx.db, self.ctx.consultation_id
        self.run(lambda: edits.add_participant(db, cid, contact_id=choice.id, role=choice.role,
                                               organisation=choice.organisation),
                 lambda _id: self.refresh())

    def add_person(self, person: NewPerson) -> None:
        if self.read_only or self.detail is None:
            return
        db, cid, mid = self.ctx.db, self.ctx.consultation_id, self.detail.municipality_id

        def added(_id: str) -> None:
            self.form.clear_person()
            if person.as_contact:
                self._choices_for = None  # the new contact is offered from now on
            self.refresh()

        self.run(lambda: add_person(db, cid, mid, person), added,
                 changed=("consultation", "contact") if person.as_contact else ("consultation",))

    def remove_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.read_only:
            return
        row: ParticipantRow = self.model.row_at(index.row())
        db, cid = self.ctx.db, self.ctx.consultation_id
        name = row.name or row.role or self.tr("Person")

        def again() -> None:
            self.run(lambda: edits.add_participant(
                db, cid, contact_id=row.contact_id, name="" if row.contact_id else row.name,
                role=row.role, organisation=row.organisation), lambda _id: self.refresh())

        def removed(_result: object) -> None:
            self.undo.offer(self.tr("„%1“ entfernt.").replace("%1", name), again)
            self.refresh()

        self.ctx.saver.flush()
        self.run(lambda: edits.remove_participant(db, row.id), removed)

    # --- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.advisers_label.setText(self.tr("Beratung &durch:"))
        self.advisers.setAccessibleName(self.tr("Beraterinnen und Berater"))
        self.advisers.setPlaceholderText(self.tr("Namen, durch Semikolon getrennt"))
        self.participants_label.setText(self.tr("&Teilnehmende (%1):").replace(
            "%1", str(self.model.rowCount())))
        self.table.setAccessibleName(self.tr("Teilnehmende der Beratung"))
        self.table.setToolTip(self.tr("F2 oder Tippen bearbeitet Funktion und Organisation, "
                                      "Entf entfernt, Einfg springt zum Hinzufügen."))
        self.remove_button.setText(self.tr("E&ntfernen"))
        self.remove_button.setAccessibleName(self.tr("Gewählte Person entfernen"))
        self.remove_button.setToolTip(self.tr("Entf"))
