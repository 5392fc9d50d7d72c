"""Small dialogs of the visit window: "Gehe zu Frage" (Strg+G) and "Nachtrag" (a correction
of a completed consultation with its reason). Shown through ``ui.dialogs.run_dialog``."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.forms.widgets import long_text

__all__ = ["AmendDialog", "GotoDialog"]


class GotoDialog(QDialog):
    """Type part of a question's number or text, pick it with the arrow keys, Enter."""

    def __init__(self, entries: list[tuple[str, str]], current: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gehe zu Frage"))
        self.resize(640, 460)
        layout = QVBoxLayout(self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Nummer oder Text der Frage, z. B. 2.3 oder Rat"))
        self.filter.setAccessibleName(self.tr("Frage suchen"))
        layout.addWidget(self.filter)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Fragen"))
        for qid, label in entries:
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, qid)
            if qid == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and entries:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.filter.setFocus()

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = bool(needle) and needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.list.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.list.setCurrentItem(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down in the search field move through the list."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down,
                                    Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.list.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return str(item.data(Qt.ItemDataRole.UserRole))


class AmendDialog(QDialog):
    """What is corrected (a question or the consultation as a whole), why, and how."""

    def __init__(self, entries: list[tuple[str, str]], current: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nachtrag zur abgeschlossenen Beratung"))
        self.resize(620, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Die Beratung ist abgeschlossen und bleibt unverändert. Eine "
                               "Korrektur wird als Nachtrag mit Grund, Name und Zeitpunkt "
                               "gespeichert und im Protokoll ausgewiesen."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.question = QComboBox(self)
        self.question.addItem(self.tr("Allgemein (die ganze Beratung)"), None)
        for qid, label in entries:
            self.question.addItem(label, qid)
        if current is not None and self.question.findData(current) >= 0:
            self.question.setCurrentIndex(self.question.findData(current))
        self.reason = QLineEdit(self)
        self.text = long_text(6, self)
        for widget, label in ((self.question, self.tr("Betrifft")),
                              (self.reason, self.tr("Grund")),
                              (self.text, self.tr("Korrektur"))):
            widget.setAccessibleName(label)
            form.addRow(label + ":", widget)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Nachtrag speichern"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._check)
        self.text.textChanged.connect(self._check)
        self._check()
        self.reason.setFocus()

    def _check(self) -> None:
        self.ok.setEnabled(bool(self.reason.text().strip())
                           and bool(self.text.toPlainText().strip()))

    def values(self) -> tuple[str | None, str, str]:
        """(question id or None, reason, text)."""
        data = self.question.currentData()
        return (str(data) if data else None, self.reason.text().strip(),
                self.text.toPlainText().strip())
