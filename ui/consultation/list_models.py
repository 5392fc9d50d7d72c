"""Table models of the consultation lists: consultations (per municipality or overall) and
next steps (open and overdue ones highlighted), over the frozen rows of the services."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from advisor_app.domain.formatting import format_date, format_datetime, to_berlin
from ui.models.row_model import Column, Index, RowTableModel

if TYPE_CHECKING:
    from advisor_app.services.consultation_dto import NextStepRow

translate = QCoreApplication.translate
OVERDUE_COLOUR = QColor("#b3261e")


def date_text(value: dt.date | None, lang: str) -> str:
    """``26.11.2026`` (de) or ``26 Nov 2026`` (en), as the protocol prints dates."""
    return format_date(value, lang) if value is not None else ""


def datetime_text(value: dt.datetime | None, lang: str) -> str:
    """``26.11.2026, 14:30 Uhr`` (de) or ``26 Nov 2026, 14:30`` (en), printed as given
    (the time of a visit is stored as local time)."""
    return format_datetime(value, lang) if value is not None else ""


def local_date_text(utc: dt.datetime | None, lang: str) -> str:
    """The German date of a stored moment (naive values are UTC, as the records keep it)."""
    if utc is None:
        return ""
    return date_text(to_berlin(utc).date(), lang)


def date_sample(lang: str, *, with_time: bool = False) -> str:
    """A wide date (with time) in ``lang``: sizes a date column."""
    moment = dt.datetime(2025, 12, 30, 10, 30)
    return datetime_text(moment, lang) if with_time else date_text(moment.date(), lang)


def _date_key(value: dt.date | None) -> str:
    """A key Qt's proxy can compare (a string): undated ones last."""
    return value.isoformat() if value is not None else "9999"


def status_text(step: NextStepRow, lang: str, today: dt.date | None = None) -> str:
    """The status, with "überfällig" for pending steps past their due date (not only a
    colour: screen readers and printouts see it too)."""
    label = step.status.label(lang)
    if step.is_overdue(today or dt.date.today()):
        return translate("NextStepTableModel", "%1 – überfällig").replace("%1", label)
    return label


def overdue_role_data(step: NextStepRow, role: int, bold: bool = False) -> Any:
    """Foreground (and, with ``bold``, font) of an overdue step's cells (None otherwise)."""
    if not step.is_overdue(dt.date.today()):
        return None
    if role == int(Qt.ItemDataRole.ForegroundRole):
        return QBrush(OVERDUE_COLOUR)
    if role == int(Qt.ItemDataRole.FontRole) and bold:
        font = QFont()
        font.setBold(True)
        return font
    return None


class ConsultationTableModel(RowTableModel):
    CONTEXT = "ConsultationTableModel"
    DATE, MUNICIPALITY, TEMPLATE, STATE, ADVISERS, PLACE, OPEN_STEPS = range(7)
    COLUMNS: ClassVar[tuple[Column, ...]] = (
        Column(QT_TRANSLATE_NOOP("ConsultationTableModel", "Datum"),
               lambda r, lang: datetime_text(r.held_at, lang),
               sort=lambda r: r.held_at.isoformat()),
        Column(QT_TRANSLATE_NOOP("ConsultationTableModel", "Gemeinde"),
               lambda r, _l: r.municipality_name),
        Column(QT_TRANSLATE_NOOP("ConsultationTableModel", "Vorlage"),
               lambda r, _l: f"{r.template_title} (v{r.template_version})"),
        Column(QT_TRANSLATE_NOOP("ConsultationTableModel", "Stand"),
               lambda r, lang: r.state.label(lang)),
        Column(QT_TRANSLATE_NOOP("ConsultationTableModel", "Beratung durch"),
               lambda r, _l: r.advisers.replace("; ", ", ")),
        Column(QT_TRANSLATE_NOOP("ConsultationTableModel", "Ort"), lambda r, _l: r.place),
        Column(QT_TRANSLATE_NOOP("ConsultationTableModel", "Offene Schritte"),
               lambda r, _l: str(r.open_steps) if r.open_steps else "",
               sort=lambda r: r.open_steps, numeric=True),
    )


class NextStepTableModel(RowTableModel):
    """Next steps across consultations; overdue ones in red and bold, and said so."""

    CONTEXT = "NextStepTableModel"
    DUE, WHAT, RESPONSIBLE, ORGANISATION, MUNICIPALITY, STATUS, HELD_AT = range(7)
    COLUMNS: ClassVar[tuple[Column, ...]] = (
        Column(QT_TRANSLATE_NOOP("NextStepTableModel", "Fällig"),
               lambda r, lang: date_text(r.due_date, lang), sort=lambda r: _date_key(r.due_date)),
        Column(QT_TRANSLATE_NOOP("NextStepTableModel", "Was"), lambda r, _l: r.what,
               tooltip=lambda r, _l: r.what),
        Column(QT_TRANSLATE_NOOP("NextStepTableModel", "Verantwortlich"),
               lambda r, _l: r.responsible),
        Column(QT_TRANSLATE_NOOP("NextStepTableModel", "Organisation"),
               lambda r, _l: r.organisation),
        Column(QT_TRANSLATE_NOOP("NextStepTableModel", "Gemeinde"),
               lambda r, _l: r.municipality_name),
        Column(QT_TRANSLATE_NOOP("NextStepTableModel", "Status"), status_text),
        Column(QT_TRANSLATE_NOOP("NextStepTableModel", "Beratung vom"),
               lambda r, lang: date_text(r.consultation_held_at.date()
                                         if r.consultation_held_at else None, lang),
               sort=lambda r: r.consultation_held_at.isoformat()
               if r.consultation_held_at else ""),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if int(role) in (int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.FontRole)):
            if index.isValid() and 0 <= index.row() < self.rowCount():
                return overdue_role_data(self.row_at(index.row()), int(role),
                                         index.column() in (self.DUE, self.STATUS))
            return None
        return super().data(index, role)

    def overdue_count(self) -> int:
        today = dt.date.today()
        return sum(1 for r in self._rows if r.is_overdue(today))
