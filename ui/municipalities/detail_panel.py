"""Right side of the main window: the profile of one municipality and tabs with its
partnerships, climate projects and contacts (each a model over plain rows)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.consultation.municipality_tab import ConsultationsTab
from ui.models import fmt
from ui.models.detail_models import (
    ClimateProjectTableModel,
    ContactTableModel,
    PartnershipTableModel,
)
from ui.municipalities.record_table import RecordTable, set_column_widths
from ui.ops import Ops

if TYPE_CHECKING:
    from advisor_app.persistence.database import Database
    from advisor_app.services.dto import MunicipalityDetail

DETAIL_KEY = "municipality-detail"
# The detail query starts when the selection has rested this long: typing "glad" or holding
# the arrow key does not query (and compete with the keystrokes) for every row passed.
DETAIL_DELAY_MS = 120

PROFILE_FIELDS = ("name_amtlich", "ags", "gemeindetyp", "kreis", "regierungsbezirk",
                  "population", "area", "plz", "coordinates")


def load_detail(db: Database, municipality_id: str) -> MunicipalityDetail:
    """Worker thread: the municipality with its partnerships, projects and contacts."""
    from advisor_app.services import municipalities as service

    return service.get_municipality(db, municipality_id)


class MunicipalityDetailPanel(QWidget):
    """Shows the municipality given to :meth:`show_municipality` (loaded in the background).
    ``detail_shown`` fires after the view shows new data."""

    detail_shown = Signal(object)  # MunicipalityDetail | None

    def __init__(self, db: Database | None, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._ops = db, ops
        if db is not None:
            i18n.ensure_country_names(db)  # English country names for the partnership table
        self._detail: MunicipalityDetail | None = None
        self._municipality_id: str | None = None
        self._select_pending: tuple[str, str] | None = None

        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)

        self.profile_box = QGroupBox(self)
        grid = QGridLayout(self.profile_box)
        grid.setHorizontalSpacing(12)
        self._captions: dict[str, QLabel] = {}
        self._values: dict[str, QLabel] = {}
        for i, name in enumerate(PROFILE_FIELDS):
            caption, value = QLabel(self.profile_box), QLabel(self.profile_box)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            row, col = (i, 0) if i < 5 else (i - 5, 2)
            grid.addWidget(caption, row, col, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, col + 1, Qt.AlignmentFlag.AlignTop)
            self._captions[name], self._values[name] = caption, value
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.notes = QLabel(self.profile_box)
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.notes, 5, 0, 1, 4)

        self.partnerships = RecordTable(PartnershipTableModel(), self)
        self.projects = RecordTable(ClimateProjectTableModel(), self)
        self.contacts = RecordTable(ContactTableModel(), self)
        self.consultations = ConsultationsTab(db, ops, self)
        self.consultation_line = QLabel(self)  # JOURNEYS 1: the last visit, open steps
        self.consultation_line.setWordWrap(True)
        self.consultations.loaded.connect(self._consultations_loaded)
        self.tabs = QTabWidget(self)
        for table in (self.partnerships, self.projects, self.contacts, self.consultations):
            self.tabs.addTab(table, "")
        self._set_partnership_widths()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.consultation_line)
        layout.addWidget(self.profile_box)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def _set_partnership_widths(self) -> None:
        set_column_widths(self.partnerships.table, (
            "Wodzisław Śląski", "Vereinigtes Königreich", "Partnerschaft", "In Anbahnung",
            "2020", "ja", "ja", "Wikipedia (en)"))
        set_column_widths(self.projects.table, (
            "Solardächer für Schulen und Kitas", "Abgeschlossen", "2020–2024", "Energie"))
        set_column_widths(self.contacts.table, (
            "Anna Berger-Schmidt", "Klimaschutzmanagerin", "Stadt Gladbeck", "a.berger@stadt.de",
            "02043 99-0000", "Einwilligung"))

    # --- data ----------------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        """Start working on ``db`` (when the window was shown before it was open); the
        caller has loaded the English country names (``i18n.ensure_country_names``)."""
        self._db = db
        self.consultations.set_database(db)

    def municipality_id(self) -> str | None:
        return self._municipality_id

    def detail(self) -> MunicipalityDetail | None:
        return self._detail

    def show_municipality(self, municipality_id: str | None) -> None:
        self._municipality_id = municipality_id
        self.consultations.show_municipality(municipality_id)
        db = self._db
        if municipality_id is None or db is None:
            self._ops.cancel(DETAIL_KEY)
            self._show(None)
            return
        self._ops.run(lambda: load_detail(db, municipality_id),
                      on_success=self._show, on_failure=lambda _exc: self._show(None),
                      key=DETAIL_KEY, delay_ms=DETAIL_DELAY_MS)

    def reload(self) -> None:
        self.show_municipality(self._municipality_id)

    def select_after_reload(self, table: str, record_id: str) -> None:
        """After the next load, select this record (e.g. the one just saved)."""
        self._select_pending = (table, record_id)

    def record_tables(self) -> dict[str, RecordTable]:
        return {"partnership": self.partnerships, "climate_project": self.projects,
                "contact": self.contacts}

    def _show(self, detail: MunicipalityDetail | None) -> None:
        self._detail = detail
        self.partnerships.model.set_rows(detail.partnerships if detail else ())
        self.projects.model.set_rows(detail.projects if detail else ())
        self.contacts.model.set_rows(detail.contacts if detail else ())
        for table in (self.partnerships, self.projects, self.contacts):
            table.set_can_create(detail is not None)
        self._fill_profile()
        if self._select_pending is not None and detail is not None:
            table, record_id = self._select_pending
            self._select_pending = None
            self.record_tables()[table].select_id(record_id)
        self.detail_shown.emit(detail)

    def _fill_profile(self) -> None:
        detail, lang = self._detail, i18n.current_language()
        self.profile_box.setVisible(detail is not None)
        if detail is None:
            self.title.setText(self.tr("Keine Gemeinde gewählt"))
            self.subtitle.setText(self.tr("Links eine Gemeinde suchen und auswählen."))
            self._update_tab_titles()
            return
        row = detail.row
        self.title.setText(row.name)
        self.subtitle.setText(self.tr("%1 · Kreis %2 · Regierungsbezirk %3")
                              .replace("%1", row.gemeindetyp).replace("%2", row.kreis_name)
                              .replace("%3", row.regierungsbezirk_name)
                              if row.gemeindetyp != "kreisfreie Stadt" else
                              self.tr("kreisfreie Stadt · Regierungsbezirk %1")
                              .replace("%1", row.regierungsbezirk_name))
        area = fmt.decimal(detail.area_km2, 2, lang)
        values = {
            "name_amtlich": detail.name_amtlich or row.name,
            "ags": row.ags,
            "gemeindetyp": row.gemeindetyp,
            "kreis": row.kreis_name,
            "regierungsbezirk": row.regierungsbezirk_name,
            "population": fmt.integer(row.population, lang),
            "area": f"{area} km²" if area else "",
            "plz": detail.plz or "",
            "coordinates": fmt.coordinates(detail.lat, detail.lon, lang),
        }
        for name, text in values.items():
            self._values[name].setText(text)
        self.notes.setText(detail.notes or "")
        self.notes.setVisible(bool(detail.notes))
        self._update_tab_titles()

    def _update_tab_titles(self) -> None:
        counts = [t.model.rowCount() for t in (self.partnerships, self.projects, self.contacts)]
        titles = (self.tr("&Partnerschaften (%1)"), self.tr("Kl&imaprojekte (%1)"),
                  self.tr("K&ontakte (%1)"))
        for i, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(i, title.replace("%1", str(count)))
        self.tabs.setTabText(3, self.tr("Beratungen (%1)").replace(
            "%1", str(self.consultations.count())))

    def _consultations_loaded(self) -> None:
        line = self.consultations.status_line()
        self.consultation_line.setText(line)
        self.consultation_line.setVisible(bool(line))
        self._update_tab_titles()

    # --- texts ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        captions = {
            "name_amtlich": self.tr("Amtlicher Name:"),
            "ags": self.tr("AGS:"),
            "gemeindetyp": self.tr("Gemeindetyp:"),
            "kreis": self.tr("Kreis:"),
            "regierungsbezirk": self.tr("Regierungsbezirk:"),
            "population": self.tr("Einwohner (Zensus 2022):"),
            "area": self.tr("Fläche:"),
            "plz": self.tr("PLZ:"),
            "coordinates": self.tr("Koordinaten:"),
        }
        for name, text in captions.items():
            self._captions[name].setText(text)
        self.profile_box.setTitle(self.tr("Profil"))
        self.partnerships.set_texts(new=self.tr("&Neu…"), edit=self.tr("B&earbeiten…"),
                                    delete=self.tr("Lös&chen"),
                                    accessible_name=self.tr("Partnerschaften der Gemeinde"))
        self.projects.set_texts(new=self.tr("&Neu…"), edit=self.tr("B&earbeiten…"),
                                delete=self.tr("Lös&chen"),
                                accessible_name=self.tr("Klimaprojekte der Gemeinde"))
        self.contacts.set_texts(new=self.tr("&Neu…"), edit=self.tr("B&earbeiten…"),
                                delete=self.tr("Lös&chen"),
                                accessible_name=self.tr("Kontakte der Gemeinde"))
        self.tabs.setAccessibleName(self.tr("Datensätze der Gemeinde"))
        self._fill_profile()
