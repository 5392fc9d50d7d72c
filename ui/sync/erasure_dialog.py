"""GDPR erasure in the window: "Person löschen (DSGVO)" for the selected contact, and the
list of erasure orders with the laptops that have (not yet) carried them out.

The local list comes from the database at once; the acknowledgements are read from the
share in the background (the GUI thread never touches the share)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisor_app.persistence.database import Database
from advisor_app.services import erasure as erasure_service
from advisor_app.services.records import RecordNotFound
from ui import dialogs
from ui.models.row_model import Column, RowTableModel
from ui.ops import Ops
from ui.sync import texts

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ErasureRow:
    id: str
    ordered_at: str
    ordered_by: str
    confirmed: str
    pending: str


class ErasureModel(RowTableModel):
    CONTEXT = "ErasureModel"
    COLUMNS: ClassVar = (
        Column(QT_TRANSLATE_NOOP("ErasureModel", "Angeordnet am"), lambda r, _l: r.ordered_at),
        Column(QT_TRANSLATE_NOOP("ErasureModel", "Von"), lambda r, _l: r.ordered_by),
        Column(QT_TRANSLATE_NOOP("ErasureModel", "Ausgeführt auf"), lambda r, _l: r.confirmed),
        Column(QT_TRANSLATE_NOOP("ErasureModel", "Noch ausstehend auf"),
               lambda r, _l: r.pending),
        Column(QT_TRANSLATE_NOOP("ErasureModel", "Auftrag"), lambda r, _l: r.id[:8]),
    )


def _names(devices: tuple[str, ...], own: str) -> str:
    return ", ".join(texts.device_name(d, own=d == own) for d in devices)


class ErasureDialog(QDialog):
    """Erasure orders (ids only) and which laptops have acknowledged them."""

    def __init__(self, db: Database, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.ops = db, ops
        self.setObjectName("ErasureDialog")
        self.setWindowTitle(self.tr("Löschaufträge (DSGVO)"))
        self.resize(820, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Gelöschte Personen werden auf jedem Laptop beim nächsten Abgleich entfernt. "
            "Die Aufträge enthalten nur Kennungen, keine personenbezogenen Daten."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = ErasureModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Löschaufträge"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        layout.addWidget(self.table)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Stand der Bestätigungen"))
        layout.addWidget(self.state)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_local()
        self.ops.run(lambda: erasure_service.erasure_status(db), on_success=self._show_status,
                     on_failure=self._share_failed, key="erasure-status")

    def _show_local(self) -> None:
        rows = erasure_service.list_erasures(self.db)
        self.model.set_rows([
            ErasureRow(r.order_id, texts.local_time(r.ordered_at),
                       texts.device_name(r.ordered_by, own=r.own),
                       self.tr("dieser Laptop"), "–" if r.published else
                       self.tr("noch nicht auf der Freigabe"))
            for r in rows])
        self.state.setText(self.tr("Bestätigungen der anderen Laptops werden gelesen …")
                           if rows else self.tr("Es gibt keine Löschaufträge."))

    def _show_status(self, statuses: list[erasure_service.ErasureStatus]) -> None:
        own = next((s.order.ordered_by for s in statuses if s.order.own), "")
        self.model.set_rows([
            ErasureRow(s.order.order_id, texts.local_time(s.order.ordered_at),
                       texts.device_name(s.order.ordered_by, own=s.order.own),
                       _names(s.acknowledged, own) if own else str(len(s.acknowledged)),
                       _names(s.pending, own) if s.pending else "–")
            for s in statuses])
        open_orders = sum(1 for s in statuses if s.pending)
        self.state.setText(self.tr("Alle Laptops haben alle Aufträge ausgeführt.")
                           if not open_orders else
                           self.tr("Noch nicht überall ausgeführt: %1 Auftrag/Aufträge.")
                           .replace("%1", str(open_orders)))

    def _share_failed(self, error: BaseException) -> None:
        self.state.setText(self.tr("Freigabe nicht erreichbar – angezeigt ist nur der Stand "
                                   "dieses Laptops: %1").replace("%1", str(error)))


def erase_contact_interactively(parent: QWidget, db: Database, contact_id: str) -> bool:
    """Ask, then erase the contact everywhere. True when erased."""
    summary = erasure_service.contact_summary(db, contact_id)
    if summary is None:
        return False
    title = translate("ErasureDialog", "Person löschen (DSGVO)")
    who = summary.name + (f" ({summary.role})" if summary.role else "")
    text = translate(
        "ErasureDialog",
        "%1 wird mit allen gespeicherten Angaben endgültig gelöscht – auf diesem Laptop sofort, "
        "auf allen anderen beim nächsten Abgleich. Das kann nicht rückgängig gemacht werden."
    ).replace("%1", who)
    from advisor_app.services.consultations import signed_protocols_naming

    signed = signed_protocols_naming(db, contact_id)
    if signed:
        text += "\n\n" + translate(
            "ErasureDialog",
            "Unterschriebene Protokolle nennen die Person (die PDFs bleiben unverändert; bitte "
            "prüfen, ob die Aufbewahrungspflicht der Löschung vorgeht):") + "\n" + "\n".join(
            f"• {r.municipality_name}, {r.held_at:%d.%m.%Y}" for r in signed)
    options = [translate("ErasureDialog", "Endgültig löschen"),
               translate("ErasureDialog", "Abbrechen")]
    if dialogs.choose(parent, title, text, options) != 0:
        return False
    try:
        erasure_service.erase_contact(db, contact_id)
    except (RecordNotFound, erasure_service.AlreadyErased) as exc:
        dialogs.show_message(parent, title, str(exc), error=True)
        return False
    return True
