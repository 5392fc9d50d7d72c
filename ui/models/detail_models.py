"""Table models of the detail view: partnerships, climate projects and contacts of one
municipality."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui import i18n
from ui.models.row_model import Column, RowTableModel, yes_no

if TYPE_CHECKING:  # the service types are only annotations here
    from advisor_app.services.dto import ClimateProjectRow, PartnershipRow

translate = QCoreApplication.translate


def partnership_tooltip(row: PartnershipRow, _lang: str) -> str:
    """Where the record comes from (e.g. the Wikipedia starting set) and its notes."""
    parts = [translate("PartnershipTableModel", "Quelle: %1").replace(
        "%1", row.source or translate("PartnershipTableModel", "eigene Erfassung"))]
    if row.source_note:
        parts.append(row.source_note)
    if row.notes:
        parts.append(row.notes)
    return "\n".join(parts)


def source_label(row: PartnershipRow, _lang: str) -> str:
    if not row.source:
        return translate("PartnershipTableModel", "eigene Erfassung")
    return row.source.split(",")[0].split(" – ")[0]


def period(row: ClimateProjectRow, _lang: str) -> str:
    if row.start_year is None and row.end_year is None:
        return ""
    start = "" if row.start_year is None else str(row.start_year)
    end = "" if row.end_year is None else str(row.end_year)
    return f"{start}–{end}"


def _year(value: int | None) -> int:
    return -1 if value is None else value


class PartnershipTableModel(RowTableModel):
    CONTEXT = "PartnershipTableModel"
    PARTNER, COUNTRY, KIND, STATUS, SINCE, CLIMATE, UNDER2, SOURCE = range(8)
    COLUMNS: ClassVar[tuple[Column, ...]] = (
        Column(QT_TRANSLATE_NOOP("PartnershipTableModel", "Partner"),
               lambda r, _l: r.partner_name, tooltip=partnership_tooltip),
        Column(QT_TRANSLATE_NOOP("PartnershipTableModel", "Land"),
               lambda r, lang: i18n.country_name(r.country_iso2, r.country_name, lang),
               tooltip=partnership_tooltip),
        Column(QT_TRANSLATE_NOOP("PartnershipTableModel", "Art"),
               lambda r, lang: r.kind.label(lang), tooltip=partnership_tooltip),
        Column(QT_TRANSLATE_NOOP("PartnershipTableModel", "Status"),
               lambda r, lang: r.status.label(lang), tooltip=partnership_tooltip),
        Column(QT_TRANSLATE_NOOP("PartnershipTableModel", "seit"),
               lambda r, _l: "" if r.since_year is None else str(r.since_year),
               sort=lambda r: _year(r.since_year), numeric=True, tooltip=partnership_tooltip),
        Column(QT_TRANSLATE_NOOP("PartnershipTableModel", "Klima"),
               lambda r, _l: yes_no(r.is_climate_partnership),
               sort=lambda r: int(r.is_climate_partnership), tooltip=partnership_tooltip,
               header_tip=QT_TRANSLATE_NOOP("PartnershipTableModel", "Klimapartnerschaft")),
        Column(QT_TRANSLATE_NOOP("PartnershipTableModel", "Under2"),
               lambda r, _l: yes_no(r.partner_under2),
               sort=lambda r: int(r.partner_under2), tooltip=partnership_tooltip,
               header_tip=QT_TRANSLATE_NOOP("PartnershipTableModel",
                                            "Partnerregion ist Mitglied der Under2 Coalition")),
        Column(QT_TRANSLATE_NOOP("PartnershipTableModel", "Quelle"),
               source_label, tooltip=partnership_tooltip),
    )


class ClimateProjectTableModel(RowTableModel):
    CONTEXT = "ClimateProjectTableModel"
    COLUMNS: ClassVar[tuple[Column, ...]] = (
        Column(QT_TRANSLATE_NOOP("ClimateProjectTableModel", "Titel"), lambda r, _l: r.title,
               tooltip=lambda r, _l: r.problem or None),
        Column(QT_TRANSLATE_NOOP("ClimateProjectTableModel", "Status"),
               lambda r, lang: r.status.label(lang)),
        Column(QT_TRANSLATE_NOOP("ClimateProjectTableModel", "Zeitraum"), period,
               sort=lambda r: (_year(r.start_year), _year(r.end_year))),
        Column(QT_TRANSLATE_NOOP("ClimateProjectTableModel", "Themen"),
               lambda r, lang: ", ".join(t.label(lang) for t in r.themes)),
    )


class ContactTableModel(RowTableModel):
    CONTEXT = "ContactTableModel"
    COLUMNS: ClassVar[tuple[Column, ...]] = (
        Column(QT_TRANSLATE_NOOP("ContactTableModel", "Name"), lambda r, _l: r.name),
        Column(QT_TRANSLATE_NOOP("ContactTableModel", "Funktion"), lambda r, _l: r.role or ""),
        Column(QT_TRANSLATE_NOOP("ContactTableModel", "Organisation"),
               lambda r, _l: r.organisation or ""),
        Column(QT_TRANSLATE_NOOP("ContactTableModel", "E-Mail"), lambda r, _l: r.email or ""),
        Column(QT_TRANSLATE_NOOP("ContactTableModel", "Telefon"), lambda r, _l: r.phone or ""),
        Column(QT_TRANSLATE_NOOP("ContactTableModel", "Rechtsgrundlage"),
               lambda r, lang: r.legal_basis.label(lang)),
    )

