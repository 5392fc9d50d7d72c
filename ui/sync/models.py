"""Table models of the sync UI over plain rows: open conflicts, a record's history, the
fail-safe's per-table counts, and the laptops seen on the share."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from advisor_app.services.history import HistoryEntry, VersionKind, format_value
from advisor_app.services.sync_conflicts import ConflictItem
from advisor_app.services.sync_status import PeerStatus
from advisor_app.sync.report import TableImpact
from ui.models.row_model import Column, RowTableModel
from ui.sync import texts

translate = QCoreApplication.translate
KIND_LABELS = {
    VersionKind.CURRENT: QT_TRANSLATE_NOOP("SyncTexts", "aktuell"),
    VersionKind.REPLACED: QT_TRANSLATE_NOOP("SyncTexts", "ersetzt"),
    VersionKind.LOST: QT_TRANSLATE_NOOP("SyncTexts", "beim Abgleich unterlegen"),
}


def short(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


class ConflictListModel(RowTableModel):
    CONTEXT = "ConflictListModel"
    COLUMNS: ClassVar = (
        Column(QT_TRANSLATE_NOOP("ConflictListModel", "Datensatz"),
               lambda r, _l: r.record or r.row_id[:8]),
        Column(QT_TRANSLATE_NOOP("ConflictListModel", "Feld"),
               lambda r, _l: texts.field_label(r.column)),
        Column(QT_TRANSLATE_NOOP("ConflictListModel", "Art"),
               lambda r, _l: texts.table_label(r.table)),
    )

    def item(self, row: int) -> ConflictItem:
        return self.row_at(row)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class HistoryRow:
    id: str
    table: str
    entry: HistoryEntry
    device_text: str


class HistoryModel(RowTableModel):
    CONTEXT = "HistoryModel"
    COLUMNS: ClassVar = (
        Column(QT_TRANSLATE_NOOP("HistoryModel", "Zeit"),
               lambda r, _l: texts.local_time(r.entry.time),
               sort=lambda r: r.entry.hlc),
        Column(QT_TRANSLATE_NOOP("HistoryModel", "Feld"),
               lambda r, _l: texts.field_label(r.entry.column)),
        Column(QT_TRANSLATE_NOOP("HistoryModel", "Wert"),
               lambda r, lang: short(format_value(r.table, r.entry.column, r.entry.value, lang))
               or translate("SyncTexts", "(leer)"),
               tooltip=lambda r, lang: format_value(r.table, r.entry.column, r.entry.value,
                                                    lang) or None),
        Column(QT_TRANSLATE_NOOP("HistoryModel", "Laptop"), lambda r, _l: r.device_text),
        Column(QT_TRANSLATE_NOOP("HistoryModel", "Stand"),
               lambda r, _l: translate("SyncTexts", KIND_LABELS[r.entry.kind])),
    )

    def set_entries(self, table: str, entries: Iterable[HistoryEntry],
                    advisers: dict[str, str] | None = None) -> None:
        self.set_rows([HistoryRow(f"{e.column}|{e.hlc}|{e.device}|{e.kind}", table, e,
                                  texts.device_name(e.device, own=e.own, advisers=advisers))
                       for e in entries])


@dataclass(frozen=True)
class ImpactRow:
    id: str
    impact: TableImpact


class ImpactModel(RowTableModel):
    CONTEXT = "ImpactModel"
    COLUMNS: ClassVar = (
        Column(QT_TRANSLATE_NOOP("ImpactModel", "Bereich"),
               lambda r, _l: texts.table_label(r.impact.table)),
        Column(QT_TRANSLATE_NOOP("ImpactModel", "würden gelöscht"),
               lambda r, _l: str(r.impact.deleted), sort=lambda r: r.impact.deleted,
               numeric=True),
        Column(QT_TRANSLATE_NOOP("ImpactModel", "würden überschrieben"),
               lambda r, _l: str(r.impact.overwritten), sort=lambda r: r.impact.overwritten,
               numeric=True),
        Column(QT_TRANSLATE_NOOP("ImpactModel", "vorhanden"),
               lambda r, _l: str(r.impact.live), sort=lambda r: r.impact.live, numeric=True),
    )

    def set_impacts(self, impacts: Iterable[TableImpact]) -> None:
        self.set_rows([ImpactRow(i.table, i) for i in impacts])


def peer_line(peer: PeerStatus, advisers: dict[str, str] | None = None) -> str:
    """One line of the status tooltip: a laptop and when it last synced."""
    name = texts.device_name(peer.device_id, own=peer.own, advisers=advisers)
    when = (texts.relative_time(peer.last_sync) if peer.last_sync
            else translate("SyncTexts", "noch nie"))
    return translate("SyncTexts", "%1: zuletzt %2").replace("%1", name).replace("%2", when)
