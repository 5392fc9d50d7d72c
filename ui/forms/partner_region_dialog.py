"""Create or edit a partner region abroad (city, region, state), incl. Under2 membership."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QLineEdit, QWidget

from advisor_app.domain.enums import AdminLevel
from advisor_app.persistence.database import Database
from advisor_app.services.dto import PartnerRegionRow
from advisor_app.services.inputs import PartnerRegionInput
from advisor_app.services.partner_regions import list_countries
from ui import i18n
from ui.forms.base import RecordDialog
from ui.forms.widgets import (
    EnumCombo,
    OptionalDateEdit,
    format_decimal,
    long_text,
    parse_decimal,
)
from ui.models.fmt import sort_text

translate = QCoreApplication.translate


class CountryCombo(QComboBox):
    """Countries by name in the current language; type to narrow the list (matches anywhere
    in the name). A typed German or English name or ISO code is accepted as well."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        english = i18n.current_language() == "en"
        countries = list_countries(db)
        self._names = {c.iso2: {c.name_de.casefold(), (c.name_en or c.name_de).casefold(),
                                c.iso2.casefold()} for c in countries}
        for country in sorted(countries, key=lambda c: sort_text(
                (c.name_en or c.name_de) if english else c.name_de)):
            self.addItem((country.name_en or country.name_de) if english else country.name_de,
                         country.iso2)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCurrentIndex(-1)
        self.lineEdit().setPlaceholderText(self.tr("Land eingeben, z. B. Frankreich"))

    def iso2(self) -> tuple[str, str | None]:
        """(ISO code or '', parse error or None) for the typed or chosen country."""
        text = self.currentText().strip()
        if not text:
            return "", None
        folded = text.casefold()
        for i in range(self.count()):
            code = str(self.itemData(i))
            if folded in self._names.get(code, {self.itemText(i).casefold(), code.casefold()}):
                return code, None
        return "", self.tr("„%1“ ist kein Land aus der Liste. Bitte ein Land auswählen.") \
            .replace("%1", text)

    def set_iso2(self, code: str) -> None:
        index = self.findData(code)
        if index < 0:
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(index)


class PartnerRegionDialog(RecordDialog):
    def __init__(self, db: Database, *, existing: PartnerRegionRow | None = None,
                 initial_name: str = "", parent: QWidget | None = None) -> None:
        title = translate("PartnerRegionDialog", "Partnerregion bearbeiten – %1") \
            .replace("%1", existing.name) if existing \
            else translate("PartnerRegionDialog", "Neue Partnerregion")
        super().__init__(db, record_id=existing.id if existing else None, title=title,
                         parent=parent)
        self.name = QLineEdit()
        self.name_local = QLineEdit()
        self.name_local.setPlaceholderText(self.tr("z. B. Kraków, Wrocław (optional)"))
        self.country = CountryCombo(db)
        self.level = EnumCombo(AdminLevel)
        self.lat = QLineEdit()
        self.lat.setPlaceholderText(self.tr("z. B. 50,94"))
        self.lon = QLineEdit()
        self.lon.setPlaceholderText(self.tr("z. B. 6,96"))
        self.under2 = QCheckBox(self.tr("&Under2-Mitglied (Under2 Coalition)"))
        self.under2_since = OptionalDateEdit()
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText(
            self.tr("Quelle und Datum, z. B. theclimategroup.org, 03.2021"))
        self.source = QLineEdit()
        self.notes = long_text(3)

        self.add_field("name", self.tr("&Name:"), self.name)
        self.add_field("name_local", self.tr("Name in Landessp&rache:"), self.name_local)
        self.add_field("country_iso2", self.tr("Lan&d:"), self.country)
        self.add_field("admin_level", self.tr("&Ebene:"), self.level)
        self.add_field("lat", self.tr("&Breitengrad:"), self.lat)
        self.add_field("lon", self.tr("Län&gengrad:"), self.lon)
        self.add_field("under2_member", None, self.under2)
        self.add_field("under2_since", self.tr("Mitglied &seit:"), self.under2_since)
        self.add_field("under2_evidence", self.tr("Be&leg:"), self.evidence)
        self.add_field("source", self.tr("&Quelle:"), self.source)
        self.add_field("notes", self.tr("N&otizen:"), self.notes)
        self.under2.toggled.connect(self._under2_toggled)

        if existing is not None:
            self.name.setText(existing.name)
            self.name_local.setText(existing.name_local or "")
            self.country.set_iso2(existing.country_iso2)
            self.level.set_value(existing.admin_level)
            self.lat.setText(format_decimal(existing.lat))
            self.lon.setText(format_decimal(existing.lon))
            self.under2.setChecked(existing.under2_member)
            self.under2_since.set_value(existing.under2_since)
            self.evidence.setText(existing.under2_evidence or "")
            self.source.setText(existing.source or "")
            self.notes.setPlainText(existing.notes or "")
        else:
            self.name.setText(initial_name)
        self._under2_toggled(self.under2.isChecked())
        self.finish()

    def _under2_toggled(self, checked: bool) -> None:
        self.under2_since.setEnabled(checked)
        self.evidence.setEnabled(checked)

    def build_input(self) -> tuple[PartnerRegionInput, dict[str, str]]:
        errors: dict[str, str] = {}
        iso2, country_error = self.country.iso2()
        lat, lat_error = parse_decimal(self.lat.text(), self.tr("Breitengrad"))
        lon, lon_error = parse_decimal(self.lon.text(), self.tr("Längengrad"))
        for name, message in (("country_iso2", country_error), ("lat", lat_error),
                              ("lon", lon_error)):
            if message:
                errors[name] = message
        data = PartnerRegionInput(
            name=self.name.text(), country_iso2=iso2, admin_level=self.level.value(),
            name_local=self.name_local.text(), lat=lat, lon=lon,
            under2_member=self.under2.isChecked(),
            under2_since=self.under2_since.value(),
            under2_evidence=self.evidence.text(), source=self.source.text(),
            notes=self.notes.toPlainText(),
        )
        return data, errors

