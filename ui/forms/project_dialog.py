"""Create or edit a climate project as a good-practice record: problem -> solution ->
results -> costs/funding -> conditions for transfer -> contact -> topics."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from advisor_app.domain.enums import ProjectStatus
from advisor_app.domain.validation import parse_year
from advisor_app.persistence.database import Database
from advisor_app.services.dto import ClimateProjectRow
from advisor_app.services.inputs import ClimateProjectInput
from advisor_app.services.municipalities import get_municipality
from ui import i18n
from ui.forms.base import RecordDialog
from ui.forms.widgets import EnumCombo, IdCombo, ThemeList, long_text, year_edit

translate = QCoreApplication.translate


class ClimateProjectDialog(RecordDialog):
    def __init__(self, db: Database, *, municipality_id: str,
                 existing: ClimateProjectRow | None = None,
                 parent: QWidget | None = None) -> None:
        self._municipality_id = existing.municipality_id if existing else municipality_id
        detail = get_municipality(db, self._municipality_id)
        name = detail.row.name
        title = (translate("ClimateProjectDialog", "Klimaprojekt bearbeiten – %1") if existing
                 else translate("ClimateProjectDialog", "Neues Klimaprojekt – %1")) \
            .replace("%1", name)
        super().__init__(db, record_id=existing.id if existing else None, title=title,
                         parent=parent)
        self.title_edit = QLineEdit()
        self.partnership = IdCombo(self.tr("keine (Projekt ohne Partnerschaft)"))
        i18n.ensure_country_names(db)
        for p in detail.partnerships:
            country = i18n.country_name(p.country_iso2, p.country_name)
            self.partnership.add_choice(f"{p.partner_name} ({country})", p.id)
        self.status = EnumCombo(ProjectStatus)
        self.start = year_edit()
        self.end = year_edit()
        self.problem = long_text(3)
        self.problem.setPlaceholderText(self.tr("Welches Problem sollte gelöst werden?"))
        self.solution = long_text(3)
        self.solution.setPlaceholderText(self.tr("Was wurde gemacht, mit wem?"))
        self.results = long_text(3)
        self.results.setPlaceholderText(
            self.tr("Was hat es gebracht (z. B. t CO₂/Jahr, kWh, Personen)?"))
        self.costs = QLineEdit()
        self.costs.setPlaceholderText(self.tr("z. B. 120.000 € (davon 80 % Förderung)"))
        self.funding = long_text(2)
        self.funding.setPlaceholderText(self.tr("Förderprogramme, Eigenmittel, Partner"))
        self.transfer = long_text(3)
        self.transfer.setPlaceholderText(
            self.tr("Was braucht eine andere Kommune, um es zu übernehmen?"))
        self.contact = IdCombo(self.tr("keine"))
        for c in detail.contacts:
            self.contact.add_choice(f"{c.name} ({c.role})" if c.role else c.name, c.id)
        self.themes = ThemeList()

        self.add_note(self.tr("Gemeinde:"), name)
        self.add_field("title", self.tr("&Titel:"), self.title_edit)
        self.add_field("partnership_id", self.tr("&Partnerschaft:"), self.partnership)
        self.add_field("status", self.tr("&Status:"), self.status)
        self.add_field("start_year", self.tr("&Beginn (Jahr):"), self.start)
        self.add_field("end_year", self.tr("&Ende (Jahr):"), self.end)
        self.add_section(self.tr("Gute Praxis"))
        self.add_field("problem", self.tr("P&roblem:"), self.problem)
        self.add_field("solution", self.tr("&Lösung:"), self.solution)
        self.add_field("results", self.tr("Er&gebnisse:"), self.results)
        self.add_field("costs", self.tr("&Kosten:"), self.costs)
        self.add_field("funding", self.tr("&Finanzierung:"), self.funding)
        self.add_field("transfer_conditions", self.tr("Übertr&agbarkeit:"), self.transfer)
        self.add_field("contact_id", self.tr("A&nsprechperson:"), self.contact)
        self.add_field("themes", self.tr("T&hemen:"), self.themes)

        if existing is None:
            self.status.set_value(ProjectStatus.PLANNED)
        else:
            self.title_edit.setText(existing.title)
            missing = self.tr("(gelöscht oder nicht mehr zugeordnet)")
            self.partnership.set_value(existing.partnership_id, missing)
            self.status.set_value(existing.status)
            self.start.setText(str(existing.start_year) if existing.start_year else "")
            self.end.setText(str(existing.end_year) if existing.end_year else "")
            self.problem.setPlainText(existing.problem or "")
            self.solution.setPlainText(existing.solution or "")
            self.results.setPlainText(existing.results or "")
            self.costs.setText(existing.costs or "")
            self.funding.setPlainText(existing.funding or "")
            self.transfer.setPlainText(existing.transfer_conditions or "")
            self.contact.set_value(existing.contact_id, missing)
            self.themes.set_value(existing.themes)
        self.finish()

    def build_input(self) -> tuple[ClimateProjectInput, dict[str, str]]:
        # German labels: they are part of the core's (German) year messages
        start, start_error = parse_year(self.start.text(), "Beginn")
        end, end_error = parse_year(self.end.text(), "Ende")
        data = ClimateProjectInput(
            title=self.title_edit.text(), municipality_id=self._municipality_id,
            status=self.status.value(), partnership_id=self.partnership.value(),
            problem=self.problem.toPlainText(), solution=self.solution.toPlainText(),
            results=self.results.toPlainText(), costs=self.costs.text(),
            funding=self.funding.toPlainText(), transfer_conditions=self.transfer.toPlainText(),
            themes=self.themes.value(), start_year=start, end_year=end,
            contact_id=self.contact.value(),
        )
        errors = {name: message for name, message in
                  (("start_year", start_error), ("end_year", end_error)) if message}
        return data, errors
