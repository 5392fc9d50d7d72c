"""The base of the answer editors (see :mod:`ui.consultation.question_widgets`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QWidget

from advisor_app.checklist.model import Question

__all__ = ["QuestionEditor"]

_BLOCKED = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease}
_PASS_KEYS = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab}


class _Lock(QObject):
    """Buttons and combo boxes of a completed consultation: no clicks, no keys but Tab."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _BLOCKED:
            return False
        return not (isinstance(event, QKeyEvent) and event.key() in _PASS_KEYS)


_LOCK = _Lock()


class QuestionEditor(QWidget):
    """Base of the editors (see the module docstring)."""

    changed = Signal(bool)  # immediate

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.lang = lang
        self.text = question.text.get(lang)
        self.setAccessibleName(self.text)
        self._loading = False
        self.read_only = False

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    def _show(self, value: object) -> None:
        raise NotImplementedError

    def _emit(self, immediate: bool) -> None:
        if not self._loading:
            self.changed.emit(immediate)

    def error(self) -> str:
        return ""

    def inputs(self) -> list[QWidget]:
        """The widgets that take input, in tab order."""
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when the question is jumped to."""
        return self.inputs()[0]

    def set_read_only(self, read_only: bool) -> None:
        """Completed: the answer stays readable (not greyed out) and reachable with Tab (a
        screen reader reads it), but cannot change."""
        self.read_only = read_only
        for widget in self.inputs():
            if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
                widget.setReadOnly(read_only)
            elif read_only:
                widget.installEventFilter(_LOCK)
            else:
                widget.removeEventFilter(_LOCK)

    def clear(self) -> None:
        """Remove the answer (the user asked to)."""
        if self.read_only:
            return
        self.set_value(None)
        self.changed.emit(True)
