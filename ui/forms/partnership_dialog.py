"""Create or edit a partnership of an NRW municipality with a partner region abroad."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from advisor_app.domain.enums import NrwSideType, PartnershipKind, PartnershipStatus
from advisor_app.domain.validation import parse_year
from advisor_app.persistence.database import Database
from advisor_app.services.dto import PartnershipRow
from advisor_app.services.inputs import PartnershipInput
from advisor_app.services.municipalities import get_municipality
from advisor_app.services.partner_regions import get_partner_region
from advisor_app.services.records import RecordNotFound
from ui import i18n
from ui.forms.base import RecordDialog
from ui.forms.partner_picker import PartnerRegionPicker
from ui.forms.widgets import EnumCombo, ThemeList, long_text, year_edit

SINCE_LABEL = "Partnerschaft seit"  # German: part of the core's (German) year message
translate = QCoreApplication.translate


class PartnershipDialog(RecordDialog):
    def __init__(self, db: Database, *, municipality_id: str,
                 existing: PartnershipRow | None = None,
                 parent: QWidget | None = None) -> None:
        self._side = existing.nrw_side_type if existing else NrwSideType.MUNICIPALITY
        self._municipality_id = (existing.municipality_id if existing else None) \
            or municipality_id
        self._kreis_id = existing.kreis_id if existing else None
        nrw_name = existing.nrw_name if existing else \
            get_municipality(db, municipality_id).row.name
        title = (translate("PartnershipDialog", "Partnerschaft bearbeiten – %1") if existing
                 else translate("PartnershipDialog", "Neue Partnerschaft – %1")) \
            .replace("%1", nrw_name)
        super().__init__(db, record_id=existing.id if existing else None, title=title,
                         parent=parent)
        self.partner = PartnerRegionPicker(db)
        self.kind = EnumCombo(PartnershipKind)
        self.status = EnumCombo(PartnershipStatus)
        self.climate = QCheckBox(self.tr("&Klimapartnerschaft (mit Klimaschutz-Schwerpunkt)"))
        self.since = year_edit()
        self.themes = ThemeList()
        self.source = QLineEdit()
        self.source.setPlaceholderText(
            self.tr("z. B. Ratsbeschluss vom 12.03.2019, Website der Stadt"))
        self.notes = long_text(4)

        self.add_note(f"{self._side.label(i18n.current_language())}:", nrw_name)
        self.add_field("partner_region_id", self.tr("&Partner:"), self.partner,
                       focus=[self.partner.edit, self.partner.new_button])
        self.add_field("kind", self.tr("&Art:"), self.kind)
        self.add_field("status", self.tr("S&tatus:"), self.status)
        self.add_field("is_climate_partnership", None, self.climate)
        self.add_field("since_year", self.tr("Seit (&Jahr):"), self.since)
        self.add_field("themes", self.tr("T&hemen:"), self.themes)
        self.add_field("source", self.tr("&Quelle:"), self.source)
        self.add_field("notes", self.tr("&Notizen:"), self.notes)
        if existing is not None and existing.source_note:
            self.add_note(self.tr("Herkunft:"),
                          f"{existing.source or ''}\n{existing.source_note}".strip())

        if existing is None:
            self.kind.set_value(PartnershipKind.PARTNERSCHAFT)
            self.status.set_value(PartnershipStatus.ACTIVE)
        else:
            try:
                self.partner.set_region(get_partner_region(db, existing.partner_region_id))
            except RecordNotFound:
                self.partner.set_region(None)
            self.kind.set_value(existing.kind)
            self.status.set_value(existing.status)
            self.climate.setChecked(existing.is_climate_partnership)
            self.since.setText(str(existing.since_year) if existing.since_year else "")
            self.themes.set_value(existing.themes)
            self.source.setText(existing.source or "")
            self.notes.setPlainText(existing.notes or "")
        self.finish()

    def build_input(self) -> tuple[PartnershipInput, dict[str, str]]:
        since, since_error = parse_year(self.since.text(), SINCE_LABEL)
        data = PartnershipInput(
            partner_region_id=self.partner.value() or "",
            kind=self.kind.value(), status=self.status.value(),
            nrw_side_type=self._side, municipality_id=self._municipality_id,
            kreis_id=self._kreis_id, is_climate_partnership=self.climate.isChecked(),
            since_year=since, themes=self.themes.value(), source=self.source.text(),
            notes=self.notes.toPlainText(),
        )
        return data, ({"since_year": since_error} if since_error else {})
