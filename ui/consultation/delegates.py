"""Cell editors of the visit tables: text (saved while typing), date (may be empty) and
next-step status. Each editor is named after its column for screen readers."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from advisor_app.domain.enums import NextStepStatus
from ui import i18n
from ui.consultation.edit_models import KIND_DATE, KIND_STATUS, EditableRowModel
from ui.forms.widgets import OptionalDateEdit

Index = QModelIndex | QPersistentModelIndex
_EDIT = Qt.ItemDataRole.EditRole


def status_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    lang = i18n.current_language()
    for status in NextStepStatus:
        combo.addItem(status.label(lang), status.value)
    return combo


class CellDelegate(QStyledItemDelegate):
    """Editors for an :class:`EditableRowModel` (used without a proxy). Every change is
    handed to the model at once, so the autosave sees each keystroke."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        model = index.model()
        kind = model.edit_kind(index.column()) if isinstance(model, EditableRowModel) else ""
        editor: QWidget
        if kind == KIND_STATUS:
            combo = status_combo(parent)
            combo.activated.connect(lambda _i, e=combo: self.commitData.emit(e))
            editor = combo
        elif kind == KIND_DATE:
            date = OptionalDateEdit(parent)
            date.setCalendarPopup(False)
            date.typing_replaces_date = True
            date.dateChanged.connect(lambda _d, e=date: self.commitData.emit(e))
            editor = date
        else:
            line = QLineEdit(parent)
            line.textEdited.connect(lambda _t, e=line: self.commitData.emit(e))
            editor = line
        title = model.headerData(index.column(), Qt.Orientation.Horizontal)
        editor.setAccessibleName(str(title or ""))
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on an impossible typed date keeps the editor open (it says why)."""
        if isinstance(watched, OptionalDateEdit) and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not watched.commit_typing():
            return True
        return super().eventFilter(watched, event)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(_EDIT)
        if isinstance(editor, QComboBox):
            editor.blockSignals(True)
            editor.setCurrentIndex(max(0, editor.findData(getattr(value, "value", value))))
            editor.blockSignals(False)
        elif isinstance(editor, OptionalDateEdit):
            editor.blockSignals(True)
            editor.set_value(value)
            editor.blockSignals(False)
        elif isinstance(editor, QLineEdit) and editor.text() != (value or ""):
            editor.setText(value or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), _EDIT)
        elif isinstance(editor, OptionalDateEdit):
            if not editor.commit_typing():  # left with an impossible date: kept as it was
                QToolTip.showText(editor.mapToGlobal(QPoint(0, editor.height())),
                                  editor.input_error(), editor.parentWidget())
                return
            model.setData(index, editor.value(), _EDIT)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), _EDIT)
