"""The trash: deleted partnerships, partner regions, projects and contacts, restorable."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisor_app.persistence.database import Database
from advisor_app.services import records
from advisor_app.services.dto import TrashItem
from ui import dialogs

BERLIN = QTimeZone(b"Europe/Berlin")
translate = QCoreApplication.translate
# table -> what a record of it is called (the service's kind_label is German)
KIND_LABELS = {
    "partnership": QT_TRANSLATE_NOOP("TrashModel", "Partnerschaft"),
    "partner_region": QT_TRANSLATE_NOOP("TrashModel", "Partnerregion"),
    "contact": QT_TRANSLATE_NOOP("TrashModel", "Kontakt"),
    "climate_project": QT_TRANSLATE_NOOP("TrashModel", "Klimaprojekt"),
}
_Index = QModelIndex | QPersistentModelIndex


def local_time(utc: dt.datetime) -> str:
    """A naive-UTC or aware timestamp as German local time, 'dd.mm.yyyy HH:MM'."""
    if utc.tzinfo is not None:
        utc = utc.astimezone(dt.UTC).replace(tzinfo=None)
    moment = QDateTime(QDate(utc.year, utc.month, utc.day),
                       QTime(utc.hour, utc.minute, utc.second), QTimeZone.utc())
    return moment.toTimeZone(BERLIN).toString("dd.MM.yyyy HH:mm")


class TrashModel(QAbstractTableModel):
    """Read-only table over :class:`TrashItem` rows."""

    HEADERS = (QT_TRANSLATE_NOOP("TrashModel", "Art"),
               QT_TRANSLATE_NOOP("TrashModel", "Bezeichnung"),
               QT_TRANSLATE_NOOP("TrashModel", "gelöscht am"))
    KIND, TITLE, DELETED = range(3)

    def __init__(self, items: list[TrashItem] | None = None) -> None:
        super().__init__()
        self._items: list[TrashItem] = list(items or [])

    def set_items(self, items: list[TrashItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> TrashItem:
        return self._items[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == self.KIND:
                label = KIND_LABELS.get(item.kind)
                return translate("TrashModel", label) if label else item.kind_label
            if index.column() == self.TITLE:
                return item.title
            return local_time(item.deleted_at)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("TrashModel", self.HEADERS[section])
        return None


class TrashDialog(QDialog):
    """Lists ``records.list_trash(db)``; "Wiederherstellen" restores the selected rows.
    ``restored_ids`` collects what was restored, so the caller can refresh its views."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.restored_ids: list[str] = []
        self.setWindowTitle(self.tr("Papierkorb"))
        intro = QLabel(self.tr("Gelöschte Einträge bleiben hier und können wiederhergestellt "
                               "werden. Mehrere Einträge mit Strg oder Umschalt auswählen."))
        intro.setWordWrap(True)
        self.model = TrashModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Gelöschte Einträge"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TrashModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TrashModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TrashModel.DELETED,
                                    QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self.tr("Der Papierkorb ist leer."))
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Wiederherstellen"))
        self.restore_button.setDefault(True)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(self.tr("S&chließen"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110,
                    self.fontMetrics().lineSpacing() * 24)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        self.model.set_items(records.list_trash(self.db))
        if self.model.rowCount():  # a current row, so arrows, Shift+arrows and Enter work
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self._update_buttons()

    def selected_items(self) -> list[TrashItem]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.item(row) for row in rows]

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def restore_selected(self) -> None:
        for item in self.selected_items():
            try:
                records.restore(self.db, item.kind, item.id)
            except records.RecordNotFound as exc:
                dialogs.show_message(self, self.tr("Wiederherstellen nicht möglich"),
                                     str(exc), error=True)
                continue
            self.restored_ids.append(item.id)
        self.refresh()
