"""Small input widgets shared by the record dialogs, and one generic way to read a widget's
value and hear about its changes (used for validation as you type and unsaved-change checks)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStyle,
    QWidget,
)

from advisor_app.domain.enums import Theme
from ui import i18n
from ui.forms.date_edit import OptionalDateEdit

__all__ = ["EnumCombo", "IdCombo", "OptionalDateEdit", "ThemeList", "enum_label",
           "format_decimal", "long_text", "on_change", "parse_decimal", "plain_label",
           "value_of", "year_edit"]
translate = QCoreApplication.translate


def plain_label(text: str) -> str:
    """A label text without mnemonic marker and trailing colon: 'N&otizen:' -> 'Notizen'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(": ").strip()


def enum_label(member: Enum) -> str:
    """A labelled enum member's text in the current language (its code if unlabelled)."""
    label = getattr(member, "label", None)
    return str(label(i18n.current_language())) if callable(label) else str(member.value)


class EnumCombo(QComboBox):
    """A combo box over the members of a labelled enum, labelled in the current language."""

    def __init__(self, members: Iterable[Enum], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Kept in Python: Qt would hand StrEnum members back as plain str.
        self._members = list(members)
        for member in self._members:
            self.addItem(enum_label(member))

    def value(self) -> Any:
        return self._members[self.currentIndex()] if self.currentIndex() >= 0 else None

    def set_value(self, member: Enum) -> None:
        self.setCurrentIndex(self._members.index(member) if member in self._members else 0)


class IdCombo(QComboBox):
    """A combo box of (label, id) pairs with a leading 'keine' entry meaning None."""

    def __init__(self, none_label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(none_label if none_label is not None else self.tr("keine"), None)

    def add_choice(self, label: str, record_id: str) -> None:
        self.addItem(label, record_id)

    def value(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def set_value(self, record_id: str | None, missing_label: str) -> None:
        """Select ``record_id``; keep an unknown id selectable so editing never drops it."""
        if record_id is None:
            self.setCurrentIndex(0)
            return
        index = self.findData(record_id)
        if index < 0:
            self.addItem(missing_label, record_id)
            index = self.count() - 1
        self.setCurrentIndex(index)


class ThemeList(QListWidget):
    """The themes as a compact checkable list (space toggles the current theme), labelled in
    the current language."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lang = i18n.current_language()
        for theme in Theme:
            item = QListWidgetItem(theme.label(lang), self)
            item.setData(Qt.ItemDataRole.UserRole, theme.value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        widest = max(self.fontMetrics().horizontalAdvance(t.label(lang)) for t in Theme) \
            + indicator + 16
        row_height = self.sizeHintForRow(0) + 4
        for i in range(self.count()):
            self.item(i).setSizeHint(QSize(widest, row_height))
        self.setGridSize(QSize(widest + 8, row_height))
        columns, rows = 3, -(-self.count() // 3)
        frame = 2 * self.frameWidth() + 6
        self.setMinimumWidth(columns * (widest + 8) + frame)
        self.setFixedHeight(rows * row_height + frame)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def sizeHint(self) -> QSize:
        """At least the width of three columns, so dialogs size themselves to fit the
        labels of either language."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.minimumWidth()), self.height())

    def value(self) -> tuple[Theme, ...]:
        return tuple(Theme(self.item(i).data(Qt.ItemDataRole.UserRole))
                     for i in range(self.count())
                     if self.item(i).checkState() == Qt.CheckState.Checked)

    def set_value(self, themes: Iterable[Theme]) -> None:
        chosen = set(themes)
        for i in range(self.count()):
            item = self.item(i)
            checked = Theme(item.data(Qt.ItemDataRole.UserRole)) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def long_text(lines: int = 4, parent: QWidget | None = None) -> QPlainTextEdit:
    """A multi-line text field where Tab moves on (keyboard users must be able to leave it)."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines
                        + 2 * (edit.frameWidth() + int(edit.document().documentMargin())))
    return edit


def year_edit(parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setPlaceholderText(translate("Forms", "JJJJ"))
    edit.setMaxLength(4)
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0000") + 40)
    return edit


def parse_decimal(text: str, label: str) -> tuple[float | None, str | None]:
    """Parse '50,9' or '50.9' (German or English decimal mark); returns (value, error)."""
    stripped = text.strip().replace(" ", "")
    if not stripped:
        return None, None
    try:
        return float(stripped.replace(",", ".")), None
    except ValueError:
        return None, translate("Forms", "%1: „%2“ ist keine Zahl (Beispiel: 50,94).") \
            .replace("%1", label).replace("%2", text.strip())


def format_decimal(value: float | None) -> str:
    """Up to 6 places, with the decimal mark of the current language (parse accepts both)."""
    if value is None:
        return ""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text if i18n.current_language() == "en" else text.replace(".", ",")


def value_of(widget: QWidget) -> object:
    """The widget's current value, for comparing against the state when the form opened.
    Compound widgets may offer ``state()`` (everything typed) beside ``value()``."""
    if hasattr(widget, "state"):
        return widget.state()
    if hasattr(widget, "value") and not isinstance(widget, QAbstractButton):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    raise TypeError(f"no value for {type(widget).__name__}")


def on_change(widget: QWidget, slot: Callable[[], None]) -> None:
    """Call ``slot`` whenever the user (or code) changes the widget's value."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
        if widget.isEditable():
            widget.editTextChanged.connect(slot)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(slot)
    elif isinstance(widget, QDateEdit):
        widget.dateChanged.connect(slot)
        if isinstance(widget, OptionalDateEdit):  # a typed date refused (or no longer)
            widget.input_error_changed.connect(slot)
    elif hasattr(widget, "changed"):
        widget.changed.connect(slot)
    else:
        raise TypeError(f"cannot watch {type(widget).__name__}")
