"""The conflicts inbox: open conflicts in a list; for the selected one both versions side by
side with laptop and time, "keep this version" on either side, and for free texts a merge
editor prefilled with both. Resolving is a normal edit that replicates (services)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisor_app.persistence.database import Database
from advisor_app.services import sync_conflicts
from advisor_app.services.history import format_value
from advisor_app.services.sync_conflicts import ConflictItem, ConflictVersion
from ui.ops import Ops
from ui.sync import texts
from ui.sync.models import ConflictListModel


class VersionPanel(QGroupBox):
    """One side: who and when, the value, and "keep this version"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meta = QLabel(self)
        self.meta.setWordWrap(True)
        self.value = QPlainTextEdit(self)
        self.value.setReadOnly(True)
        self.value.setTabChangesFocus(True)
        self.keep_button = QPushButton(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.meta)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.keep_button)
        layout.addStretch(1)  # short values: the box stays small, the rest is empty space
        self.meta.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def show_version(self, item: ConflictItem, version: ConflictVersion,
                     advisers: dict[str, str]) -> None:
        who = texts.device_name(version.device, own=version.own, advisers=advisers)
        self.meta.setText(f"{who} · {texts.local_time(version.time)}")
        shown = format_value(item.table, item.column, version.value, texts.language())
        self.value.setPlainText(shown or texts.translate("SyncTexts", "(leer)"))
        lines = 12 if item.long_text else 2  # a phone number needs no big box
        self.value.setMaximumHeight(self.value.fontMetrics().lineSpacing() * lines + 16)


class ConflictsDialog(QDialog):
    def __init__(self, db: Database, ops: Ops, parent: QWidget | None = None, *,
                 advisers: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictsDialog")
        self.db, self.ops = db, ops
        self.advisers = dict(advisers or {})
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = ConflictListModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(rows * 4 + self.table.horizontalHeader().sizeHint().height())
        self.table.setMaximumHeight(rows * 6 + self.table.horizontalHeader().sizeHint().height())
        self.empty = QLabel(self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.current_panel = VersionPanel(self)
        self.other_panel = VersionPanel(self)
        sides = QHBoxLayout()
        sides.addWidget(self.current_panel)
        sides.addWidget(self.other_panel)
        self.merge_box = QGroupBox(self)
        self.merge_hint = QLabel(self.merge_box)
        self.merge_hint.setWordWrap(True)
        self.merge_edit = QPlainTextEdit(self.merge_box)
        self.merge_edit.setTabChangesFocus(True)
        self.merge_button = QPushButton(self.merge_box)
        merge_layout = QVBoxLayout(self.merge_box)
        merge_layout.addWidget(self.merge_hint)
        merge_layout.addWidget(self.merge_edit, 1)
        merge_layout.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignRight)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.heading)
        layout.addLayout(sides, 2)
        layout.addWidget(self.merge_box, 2)
        layout.addStretch(1)  # takes the room the hidden merge editor leaves
        layout.addWidget(self.buttons)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.current_panel.keep_button.clicked.connect(
            lambda: self._resolve(keep=sync_conflicts.KEEP_WINNER))
        self.other_panel.keep_button.clicked.connect(
            lambda: self._resolve(keep=sync_conflicts.KEEP_LOSER))
        self.merge_button.clicked.connect(
            lambda: self._resolve(value=self.merge_edit.toPlainText()))
        self.retranslate()
        self.resize(900, 640)
        self._show(None)
        self.reload()

    # --- data ----------------------------------------------------------------------------
    def reload(self, select_id: str | None = None) -> None:
        self.ops.run(lambda: sync_conflicts.list_open_conflicts(self.db),
                     on_success=lambda items: self._loaded(items, select_id),
                     key="sync-conflicts")

    def _loaded(self, items: list[ConflictItem], select_id: str | None) -> None:
        self.model.set_rows(items)
        has = bool(items)
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        row = self.model.row_of_id(select_id) if select_id else None
        if has:
            self.table.selectRow(row if row is not None else 0)
            self._current_changed(self.model.index(row or 0, 0))
        else:
            self._show(None)

    def selected(self) -> ConflictItem | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _current_changed(self, index: QModelIndex, _previous: Any = None) -> None:
        self._show(self.model.item(index.row()) if index.isValid() else None)

    def _show(self, item: ConflictItem | None) -> None:
        for widget in (self.heading, self.current_panel, self.other_panel):
            widget.setVisible(item is not None)
        self.merge_box.setVisible(item is not None and item.long_text)
        if item is None:
            return
        record = item.record or item.row_id[:8]
        self.heading.setText(self.tr("%1 „%2“ – Feld „%3“: zwei Fassungen, auf zwei Laptops "
                                     "unabhängig voneinander geändert.")
                             .replace("%1", texts.table_label(item.table))
                             .replace("%2", record).replace("%3", texts.field_label(item.column)))
        self.current_panel.show_version(item, item.current, self.advisers)
        self.other_panel.show_version(item, item.other, self.advisers)
        if item.long_text:
            who = texts.device_name(item.other.device, own=item.other.own,
                                    advisers=self.advisers)
            marker = self.tr("––––– andere Fassung (%1, %2) –––––").replace(
                "%1", who).replace("%2", texts.local_time(item.other.time))
            self.merge_edit.setPlainText(sync_conflicts.merged_text(
                str(item.current.value or ""), str(item.other.value or ""), marker))

    def _resolve(self, *, keep: str | None = None, value: Any = None) -> None:
        item = self.selected()
        if item is None:
            return

        def work() -> Any:
            return sync_conflicts.resolve(self.db, item.id, keep=keep, value=value)

        def done(_stored: Any) -> None:
            self.ops.notify_changed({item.table})
            self.reload()

        self.ops.run(work, on_success=done)

    # --- texts ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Konflikte"))
        self.intro.setText(self.tr(
            "Diese Felder wurden auf zwei Laptops verschieden geändert, ohne dass der eine die "
            "Änderung des anderen kannte. Bitte je Feld eine Fassung wählen; die andere bleibt "
            "im Verlauf. Die Entscheidung gilt nach dem nächsten Abgleich auf allen Laptops."))
        self.table.setAccessibleName(self.tr("Offene Konflikte"))
        self.empty.setText(self.tr("Keine offenen Konflikte."))
        self.current_panel.setTitle(self.tr("Gilt jetzt"))
        self.other_panel.setTitle(self.tr("Andere Fassung"))
        for panel, side in ((self.current_panel, self.tr("links")),
                            (self.other_panel, self.tr("rechts"))):
            panel.keep_button.setText(self.tr("Diese Version &behalten") if panel is
                                      self.current_panel else self.tr("Diese &Version behalten"))
            panel.keep_button.setAccessibleName(
                self.tr("Diese Version behalten (%1)").replace("%1", side))
            panel.value.setAccessibleName(self.tr("Wert (%1)").replace("%1", side))
            panel.meta.setAccessibleName(self.tr("Laptop und Zeit (%1)").replace("%1", side))
        self.merge_box.setTitle(self.tr("Texte zusammenführen"))
        self.merge_hint.setText(self.tr("Beide Texte stehen unten; bitte zu einem Text "
                                        "zusammenfassen und übernehmen."))
        self.merge_edit.setAccessibleName(self.tr("Zusammengeführter Text"))
        self.merge_button.setText(self.tr("Zusammengeführten Text &übernehmen"))
        self.merge_button.setAccessibleName(self.tr("Zusammengeführten Text übernehmen"))
        self.model.retranslate()
