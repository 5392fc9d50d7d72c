"""New / edit / delete / undo / trash for the records shown in the detail view.

Editors come from ``ui.forms`` (imported when first used); every modal goes through
``ui.dialogs``. Deleting moves a record to the trash (``records.delete``) and can be undone
(``records.restore``); after every change ``Ops.changed`` names the changed table."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from ui import dialogs
from ui.ops import Ops

if TYPE_CHECKING:
    from advisor_app.persistence.database import Database

translate = QCoreApplication.translate

# table -> (module in ui.forms, dialog class)
EDITORS: dict[str, tuple[str, str]] = {
    "partnership": ("ui.forms.partnership_dialog", "PartnershipDialog"),
    "climate_project": ("ui.forms.project_dialog", "ClimateProjectDialog"),
    "contact": ("ui.forms.contact_dialog", "ContactDialog"),
}


def editor_class(table: str) -> Any:
    module, name = EDITORS[table]
    return getattr(importlib.import_module(module), name)


@dataclass(frozen=True)
class Deleted:
    table: str
    record_id: str
    description: str


def describe(table: str, row: Any) -> str:
    if table == "partnership":
        return translate("RecordActions", "Partnerschaft mit %1").replace("%1", row.partner_name)
    if table == "climate_project":
        return translate("RecordActions", "Klimaprojekt „%1“").replace("%1", row.title)
    return translate("RecordActions", "Kontakt %1").replace("%1", row.name)


class RecordActions(QObject):
    """``deleted(description)`` after a record went to the trash; ``undo_changed(text)``
    with the description of what Rückgängig would restore ("" when nothing)."""

    deleted = Signal(str)
    restored = Signal(str)
    undo_changed = Signal(str)
    saved = Signal(str, str)  # table, id

    def __init__(self, db: Database | None, ops: Ops, window: QWidget) -> None:
        super().__init__(window)
        self._db_or_none, self._ops, self._window = db, ops, window
        self._undo: list[Deleted] = []

    def set_database(self, db: Database) -> None:
        self._db_or_none = db

    @property
    def _db(self) -> Database:
        """Every action here needs a shown municipality, so the database is open."""
        if self._db_or_none is None:
            raise RuntimeError("the database is not open yet")
        return self._db_or_none

    def new(self, table: str, municipality_id: str) -> None:
        dialog = editor_class(table)(self._db, municipality_id=municipality_id, existing=None,
                                     parent=self._window)
        self._run_editor(table, dialog)

    def edit(self, table: str, municipality_id: str, row: Any) -> None:
        dialog = editor_class(table)(self._db, municipality_id=municipality_id, existing=row,
                                     parent=self._window)
        self._run_editor(table, dialog)

    def _run_editor(self, table: str, dialog: Any) -> None:
        try:
            if dialogs.run_dialog(dialog) and dialog.saved_id:
                self.saved.emit(table, dialog.saved_id)
                self._ops.notify_changed({table})
        finally:
            dialog.deleteLater()

    def delete(self, table: str, row: Any) -> None:
        from advisor_app.services import records

        db, item = self._db, Deleted(table, row.id, describe(table, row))
        self._ops.run(lambda: records.delete(db, table, row.id),
                      on_success=lambda _r: self._after_delete(item),
                      on_failure=self._failed)

    def _after_delete(self, item: Deleted) -> None:
        self._undo.append(item)
        self.deleted.emit(item.description)
        self.undo_changed.emit(item.description)
        self._ops.notify_changed({item.table})

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> None:
        """Restore the most recently deleted record."""
        if not self._undo:
            return
        from advisor_app.services import records

        item = self._undo.pop()
        db = self._db
        self._ops.run(lambda: records.restore(db, item.table, item.record_id),
                      on_success=lambda _r: self._after_restore(item),
                      on_failure=self._failed)

    def _after_restore(self, item: Deleted) -> None:
        self.restored.emit(item.description)
        self.undo_changed.emit(self._undo[-1].description if self._undo else "")
        self._ops.notify_changed({item.table})

    def open_trash(self) -> None:
        from advisor_app.services import records
        from ui.forms.trash_dialog import TrashDialog

        dialog = TrashDialog(self._db, parent=self._window)
        try:
            dialogs.run_dialog(dialog)
        finally:
            dialog.deleteLater()
        # undo of a record restored there is harmless: restoring a live record changes nothing
        self._ops.notify_changed(set(records.EDITABLE))

    def _failed(self, error: BaseException) -> None:
        dialogs.show_message(self._window, self.tr("Aktion nicht möglich"), str(error),
                             error=True)
