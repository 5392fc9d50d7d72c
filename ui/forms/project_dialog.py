"""Create or edit a climate project as a good-practice record: problem -> solution ->
results -> costs/funding -> conditions for transfer -> contact -> topics."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from advisor_app.domain.enums import ProjectStatus
from advisor_app.domain.validation import parse_year
from advisor_app.persistence.database import Database
from advisor_app.services.dto import ClimateProjectRow
from advisor_app.services.inputs import ClimateProjectInput
from advisor_app.services.municipalities import get_municipality
from ui.forms.base import RecordDialog
from ui.forms.widgets import EnumCombo, IdCombo, ThemeList, long_text, year_edit

MISSING = "(gelöscht oder nicht mehr zugeordnet)"


class ClimateProjectDialog(RecordDialog):
    def __init__(self, db: Database, *, municipality_id: str,
                 existing: ClimateProjectRow | None = None,
                 parent: QWidget | None = None) -> None:
        self._municipality_id = existing.municipality_id if existing else municipality_id
        detail = get_municipality(db, self._municipality_id)
        name = detail.row.name
        title = (f"Klimaprojekt bearbeiten – {name}" if existing
                 else f"Neues Klimaprojekt – {name}")
        super().__init__(db, record_id=existing.id if existing else None, title=title,
                         parent=parent)
        self.title_edit = QLineEdit()
        self.partnership = IdCombo("keine (Projekt ohne Partnerschaft)")
        for p in detail.partnerships:
            self.partnership.add_choice(f"{p.partner_name} ({p.country_name})", p.id)
        self.status = EnumCombo(ProjectStatus)
        self.start = year_edit()
        self.end = year_edit()
        self.problem = long_text(3)
        self.problem.setPlaceholderText("Welches Problem sollte gelöst werden?")
        self.solution = long_text(3)
        self.solution.setPlaceholderText("Was wurde gemacht, mit wem?")
        self.results = long_text(3)
        self.results.setPlaceholderText("Was hat es gebracht (z. B. t CO₂/Jahr, kWh, Personen)?")
        self.costs = QLineEdit()
        self.costs.setPlaceholderText("z. B. 120.000 € (davon 80 % Förderung)")
        self.funding = long_text(2)
        self.funding.setPlaceholderText("Förderprogramme, Eigenmittel, Partner")
        self.transfer = long_text(3)
        self.transfer.setPlaceholderText("Was braucht eine andere Kommune, um es zu übernehmen?")
        self.contact = IdCombo("keine")
        for c in detail.contacts:
            self.contact.add_choice(f"{c.name} ({c.role})" if c.role else c.name, c.id)
        self.themes = ThemeList()

        self.add_note("Gemeinde:", name)
        self.add_field("title", "&Titel:", self.title_edit)
        self.add_field("partnership_id", "&Partnerschaft:", self.partnership)
        self.add_field("status", "&Status:", self.status)
        self.add_field("start_year", "&Beginn (Jahr):", self.start)
        self.add_field("end_year", "&Ende (Jahr):", self.end)
        self.add_section("Gute Praxis")
        self.add_field("problem", "P&roblem:", self.problem)
        self.add_field("solution", "&Lösung:", self.solution)
        self.add_field("results", "Er&gebnisse:", self.results)
        self.add_field("costs", "&Kosten:", self.costs)
        self.add_field("funding", "&Finanzierung:", self.funding)
        self.add_field("transfer_conditions", "Übertr&agbarkeit:", self.transfer)
        self.add_field("contact_id", "A&nsprechperson:", self.contact)
        self.add_field("themes", "T&hemen:", self.themes)

        if existing is None:
            self.status.set_value(ProjectStatus.PLANNED)
        else:
            self.title_edit.setText(existing.title)
            self.partnership.set_value(existing.partnership_id, MISSING)
            self.status.set_value(existing.status)
            self.start.setText(str(existing.start_year) if existing.start_year else "")
            self.end.setText(str(existing.end_year) if existing.end_year else "")
            self.problem.setPlainText(existing.problem or "")
            self.solution.setPlainText(existing.solution or "")
            self.results.setPlainText(existing.results or "")
            self.costs.setText(existing.costs or "")
            self.funding.setPlainText(existing.funding or "")
            self.transfer.setPlainText(existing.transfer_conditions or "")
            self.contact.set_value(existing.contact_id, MISSING)
            self.themes.set_value(existing.themes)
        self.finish()

    def build_input(self) -> tuple[ClimateProjectInput, dict[str, str]]:
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
