"""Editable table models of the visit pages (participants, next steps, attachments).

A cell edit changes the row shown at once and hands ``(row, field, value)`` to ``on_edit``
(the page saves it). Column kinds tell the delegate which editor to make."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from advisor_app.domain.enums import NextStepStatus
from advisor_app.services.consultation_dto import AttachmentRow, NextStepRow, ParticipantRow
from ui.consultation.list_models import date_text, overdue_role_data, status_text
from ui.models.row_model import Column, Index, RowTableModel

translate = QCoreApplication.translate
_EDIT = int(Qt.ItemDataRole.EditRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
KIND_TEXT, KIND_DATE, KIND_STATUS = "text", "date", "status"


class EditableRowModel(RowTableModel):
    """``EDITABLE``: column -> (field name, editor kind)."""

    EDITABLE: ClassVar[dict[int, tuple[str, str]]] = {}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.read_only = False
        self.on_edit: Callable[[Any, str, Any], None] | None = None

    def can_edit(self, row: Any, column: int) -> bool:
        return not self.read_only and column in self.EDITABLE

    def edit_kind(self, column: int) -> str:
        return self.EDITABLE[column][1] if column in self.EDITABLE else KIND_TEXT

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.can_edit(self.row_at(index.row()), index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if int(role) == _EDIT and index.isValid() and index.column() in self.EDITABLE:
            return getattr(self.row_at(index.row()), self.EDITABLE[index.column()][0])
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if int(role) != _EDIT or not index.isValid() or index.column() not in self.EDITABLE:
            return False
        row = self.row_at(index.row())
        if not self.can_edit(row, index.column()):
            return False
        name = self.EDITABLE[index.column()][0]
        if getattr(row, name) == value:
            return False
        self._rows[index.row()] = dataclasses.replace(row, **{name: value})
        self._sort_keys.clear()
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), self.columnCount() - 1))
        if self.on_edit is not None:
            self.on_edit(row, name, value)
        return True



def name_erased(row: ParticipantRow) -> bool:
    """The person's contact was erased under the GDPR: neither a contact nor a name is left
    (the role stays)."""
    return not row.contact_id and not row.name.strip()


def _participant_name(row: ParticipantRow, _lang: str) -> str:
    if row.name:
        return row.name
    if row.contact_id:
        return translate("ParticipantModel", "(Kontakt gelöscht)")
    # as the protocol prints it ("Name gelöscht"), with the reason
    return translate("ParticipantModel", "Name gelöscht (DSGVO)")


class ParticipantModel(EditableRowModel):
    CONTEXT = "ParticipantModel"
    NAME, ROLE, ORGANISATION, CONTACT = range(4)
    COLUMNS: ClassVar[tuple[Column, ...]] = (
        Column(QT_TRANSLATE_NOOP("ParticipantModel", "Name"), _participant_name),
        Column(QT_TRANSLATE_NOOP("ParticipantModel", "Funktion"), lambda r, _l: r.role),
        Column(QT_TRANSLATE_NOOP("ParticipantModel", "Organisation"),
               lambda r, _l: r.organisation),
        Column(QT_TRANSLATE_NOOP("ParticipantModel", "Kontakt"),
               lambda r, _l: translate("ParticipantModel", "Kontakt") if r.contact_id else "",
               header_tip=QT_TRANSLATE_NOOP("ParticipantModel",
                                            "Aus den Kontakten (Name kommt aus dem Kontakt)")),
    )
    EDITABLE: ClassVar[dict[int, tuple[str, str]]] = {
        NAME: ("name", KIND_TEXT), ROLE: ("role", KIND_TEXT),
        ORGANISATION: ("organisation", KIND_TEXT)}

    def can_edit(self, row: ParticipantRow, column: int) -> bool:
        if column == self.NAME and row.contact_id:
            return False  # a contact's name is edited in the contact
        return super().can_edit(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The place of an erased name is greyed and italic: a note, not a name."""
        if int(role) in (_FOREGROUND, _FONT) and index.isValid() \
                and index.column() == self.NAME and name_erased(self.row_at(index.row())):
            if int(role) == _FOREGROUND:
                return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
            font = QFont()
            font.setItalic(True)
            return font
        return super().data(index, role)


def _held_on(row: NextStepRow, lang: str) -> str:
    return date_text(row.consultation_held_at.date() if row.consultation_held_at else None, lang)


class StepModel(EditableRowModel):
    """This consultation's next steps (every cell editable); overdue ones highlighted."""

    CONTEXT = "StepModel"
    WHAT, RESPONSIBLE, ORGANISATION, DUE, STATUS = range(5)
    COLUMNS: ClassVar[tuple[Column, ...]] = (
        Column(QT_TRANSLATE_NOOP("StepModel", "Was"), lambda r, _l: r.what,
               tooltip=lambda r, _l: r.what),
        Column(QT_TRANSLATE_NOOP("StepModel", "Verantwortlich"), lambda r, _l: r.responsible),
        Column(QT_TRANSLATE_NOOP("StepModel", "Organisation"), lambda r, _l: r.organisation),
        Column(QT_TRANSLATE_NOOP("StepModel", "Fällig"),
               lambda r, lang: date_text(r.due_date, lang)),
        Column(QT_TRANSLATE_NOOP("StepModel", "Status"), status_text),
    )
    EDITABLE: ClassVar[dict[int, tuple[str, str]]] = {
        WHAT: ("what", KIND_TEXT), RESPONSIBLE: ("responsible", KIND_TEXT),
        ORGANISATION: ("organisation", KIND_TEXT), DUE: ("due_date", KIND_DATE),
        STATUS: ("status", KIND_STATUS)}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if int(role) in (int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.FontRole)):
            return overdue_role_data(self.row_at(index.row()), int(role),
                                     index.column() in (self.DUE, self.STATUS)) \
                if index.isValid() else None
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == self.STATUS and isinstance(value, str):
            value = NextStepStatus(value)
        return super().setData(index, value, role)

    def overdue_count(self, today: dt.date | None = None) -> int:
        return sum(1 for r in self._rows if r.is_overdue(today or dt.date.today()))


class CarriedStepModel(StepModel):
    """Open steps of earlier consultations: where they come from; only the status changes."""

    CONTEXT = "StepModel"
    FROM = 5
    COLUMNS: ClassVar[tuple[Column, ...]] = (
        *StepModel.COLUMNS,
        Column(QT_TRANSLATE_NOOP("StepModel", "aus der Beratung vom"), _held_on),
    )

    def can_edit(self, row: NextStepRow, column: int) -> bool:
        return column == self.STATUS and super().can_edit(row, column)


def size_text(size: int, lang: str) -> str:
    if size < 1024:
        return f"{size} B"
    value, unit = (size / 1024, "KB") if size < 1024 * 1024 else (size / 1048576, "MB")
    text = f"{value:.1f} {unit}"
    return text if lang == "en" else text.replace(".", ",")


def _kind_text(row: AttachmentRow, _lang: str) -> str:
    if row.media_type.startswith("image/"):
        return translate("AttachmentModel", "Foto")
    if row.media_type == "application/pdf":
        return "PDF"
    return translate("AttachmentModel", "Dokument")


class AttachmentModel(RowTableModel):
    """The attachments; photos get a thumbnail once :meth:`set_thumbnail` gave one."""

    CONTEXT = "AttachmentModel"
    FILE, KIND, SIZE, CAPTION = range(4)
    COLUMNS: ClassVar[tuple[Column, ...]] = (
        Column(QT_TRANSLATE_NOOP("AttachmentModel", "Datei"), lambda r, _l: r.filename,
               tooltip=lambda r, _l: f"{r.media_type}\nSHA-256 {r.sha256}"),
        Column(QT_TRANSLATE_NOOP("AttachmentModel", "Art"), _kind_text),
        Column(QT_TRANSLATE_NOOP("AttachmentModel", "Größe"),
               lambda r, lang: size_text(r.size, lang),
               sort=lambda r: r.size, numeric=True),
        Column(QT_TRANSLATE_NOOP("AttachmentModel", "Beschreibung"), lambda r, _l: r.caption),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thumbnails: dict[str, QIcon] = {}
        self._file_icon: QIcon | None = None  # documents (and photos until thumbnailed)

    def set_thumbnail(self, attachment_id: str, icon: QIcon) -> None:
        self.thumbnails[attachment_id] = icon
        row = self.row_of_id(attachment_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if int(role) == _DECORATION and index.isValid() and index.column() == self.FILE:
            row = self.row_at(index.row())
            if row.id in self.thumbnails:
                return self.thumbnails[row.id]
            if self._file_icon is None:
                self._file_icon = QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_FileIcon)
            return self._file_icon
        return super().data(index, role)
