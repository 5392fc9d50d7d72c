"""Create or edit a contact person (personal data: only what the cooperation needs)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from advisor_app.domain.enums import LegalBasis
from advisor_app.persistence.database import Database
from advisor_app.services.dto import ContactRow
from advisor_app.services.inputs import ContactInput
from advisor_app.services.municipalities import get_municipality
from ui.forms.base import RecordDialog
from ui.forms.widgets import EnumCombo, OptionalDateEdit, long_text

translate = QCoreApplication.translate
GDPR_HINT = QT_TRANSLATE_NOOP("ContactDialog",
                              "Nur Daten erfassen, die für die Zusammenarbeit nötig sind. "
                              "Bei Einwilligung das Datum der Einwilligung angeben.")


class ContactDialog(RecordDialog):
    """``municipality_id`` None keeps an existing contact's municipality (or none)."""

    def __init__(self, db: Database, *, municipality_id: str | None,
                 existing: ContactRow | None = None, parent: QWidget | None = None) -> None:
        self._municipality_id = municipality_id if municipality_id is not None else (
            existing.municipality_id if existing else None)
        self._partner_region_id = existing.partner_region_id if existing else None
        where = get_municipality(db, self._municipality_id).row.name \
            if self._municipality_id else None
        if existing:
            title = translate("ContactDialog", "Kontakt bearbeiten – %1").replace(
                "%1", existing.name)
        elif where:
            title = translate("ContactDialog", "Neuer Kontakt – %1").replace("%1", where)
        else:
            title = translate("ContactDialog", "Neuer Kontakt")
        super().__init__(db, record_id=existing.id if existing else None, title=title,
                         parent=parent)
        self.name = QLineEdit()
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("z. B. Klimaschutzmanagerin"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("z. B. Stadt Gladbeck, Amt für Umwelt"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@stadt.de"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("z. B. +49 2043 99-0"))
        self.legal_basis = EnumCombo(LegalBasis)
        self.consent_date = OptionalDateEdit()
        self.notes = long_text(3)

        self.add_hint(self.tr(GDPR_HINT))
        if where:
            self.add_note(self.tr("Gemeinde:"), where)
        self.add_field("name", self.tr("&Name:"), self.name)
        self.add_field("role", self.tr("&Funktion:"), self.role)
        self.add_field("organisation", self.tr("&Organisation:"), self.organisation)
        self.add_field("email", self.tr("&E-Mail:"), self.email)
        self.add_field("phone", self.tr("&Telefon:"), self.phone)
        self.add_field("legal_basis", self.tr("&Rechtsgrundlage:"), self.legal_basis)
        self.add_field("consent_date", self.tr("Einwilligung &am:"), self.consent_date)
        self.add_field("notes", self.tr("Noti&zen:"), self.notes)

        if existing is not None:
            self.name.setText(existing.name)
            self.role.setText(existing.role or "")
            self.organisation.setText(existing.organisation or "")
            self.email.setText(existing.email or "")
            self.phone.setText(existing.phone or "")
            self.legal_basis.set_value(existing.legal_basis)
            self.consent_date.set_value(existing.consent_date)
            self.notes.setPlainText(existing.notes or "")
        self.finish()

    def build_input(self) -> tuple[ContactInput, dict[str, str]]:
        data = ContactInput(
            name=self.name.text(), legal_basis=self.legal_basis.value(),
            role=self.role.text(), organisation=self.organisation.text(),
            email=self.email.text(), phone=self.phone.text(),
            municipality_id=self._municipality_id,
            partner_region_id=self._partner_region_id, consent_date=self.consent_date.value(),
            notes=self.notes.toPlainText(),
        )
        return data, {}
