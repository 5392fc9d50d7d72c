"""The list of required questions still without an answer, shown when completing is
refused. Each entry jumps to its question (Enter or click); the list follows the answers
as they are given, and offers to complete once it is empty."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

__all__ = ["MissingPanel"]

PANEL_STYLE = ("QFrame#missingPanel { background: #fdf3f2; border: 1px solid #e3b4af;"
               " border-radius: 4px; }")


class MissingPanel(QFrame):
    jump = Signal(str)  # question id
    complete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missingPanel")
        self.setStyleSheet(PANEL_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.complete_button = QPushButton(self.tr("Jetzt abschließen…"), self)
        self.complete_button.clicked.connect(self.complete_requested)
        top.addWidget(self.complete_button)
        self.close_button = QToolButton(self)
        self.close_button.setText(self.tr("Ausblenden"))
        self.close_button.setAccessibleName(self.tr("Liste der fehlenden Antworten ausblenden"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Pflichtfragen ohne Antwort"))
        self.list.setAccessibleDescription(self.tr("Eingabetaste springt zur Frage"))
        self.list.setMaximumHeight(150)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout.addWidget(self.list)
        self.hide()

    def set_missing(self, entries: list[tuple[str, str]]) -> None:
        """(question id, "section.number  text") of the missing answers."""
        current = [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(self.list.count())]
        if current != [qid for qid, _label in entries] or not entries:
            row = max(0, self.list.currentRow())
            self.list.clear()
            for qid, label in entries:
                item = QListWidgetItem(label, self.list)
                item.setData(Qt.ItemDataRole.UserRole, qid)
            if entries:
                self.list.setCurrentRow(min(row, len(entries) - 1))
        if entries:
            self.title.setText(self.tr("Abschließen ist noch nicht möglich: %n Pflichtfrage(n) "
                                       "ohne Antwort. Eingabetaste oder Klick springt zur "
                                       "Frage.", "", len(entries)))
        else:
            self.title.setText(self.tr("Alle Pflichtfragen sind beantwortet."))
        self.list.setVisible(bool(entries))
        self.complete_button.setVisible(not entries)

    def count(self) -> int:
        return self.list.count()

    def _activated(self, item: QListWidgetItem) -> None:
        self.jump.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)
