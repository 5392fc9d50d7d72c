"""Editors of the questions answered by typing: short and long text, number (German
"1.234,5" accepted, unit, range message) and date (may stay empty)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from advisor_app.checklist.answers import SHORT_TEXT_MAX
from advisor_app.checklist.model import Question
from advisor_app.domain import formatting
from ui.consultation.question_base import QuestionEditor
from ui.forms.base import ERROR_STYLE
from ui.forms.widgets import OptionalDateEdit, long_text

__all__ = [
    "DateEditor", "LongTextEditor", "NumberEditor", "ShortTextEditor", "format_number",
    "parse_number",
]

LONG_TEXT_LINES = (4, 14)  # the long-text field grows with its text between these
_PLAIN = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)")


def parse_number(text: str, lang: str = "de") -> int | float | None:
    """A typed number: German "1.234,5" and "0,5", or "0.5" and (English) "1,234.5";
    None when blank; ValueError when it is no number."""
    s = re.sub(r"[\s\u00a0'’]", "", text)
    if not s:
        return None
    if "," in s and "." in s:
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") \
            else s.replace(",", "")
    elif "," in s:
        thousands = lang == "en" and re.fullmatch(r"[-+]?[1-9]\d{0,2}(,\d{3})+", s)
        s = s.replace(",", "") if thousands else s.replace(",", ".")
    elif lang != "en" and re.fullmatch(r"[-+]?[1-9]\d{0,2}(\.\d{3})+", s):
        s = s.replace(".", "")  # German thousands separators: 1.234
    if not _PLAIN.fullmatch(s):
        raise ValueError(text)
    value = float(s)
    return int(value) if "." not in s else value


def format_number(value: float, lang: str = "de") -> str:
    """A number as the adviser reads and types it (German: 1.234,5), as the protocol prints
    it (four-digit whole numbers such as years stay ungrouped: 2019)."""
    return formatting.format_number(value, lang, max_decimals=6)


class ShortTextEditor(QuestionEditor):
    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(SHORT_TEXT_MAX)
        self.edit.setAccessibleName(self.text)
        layout.addWidget(self.edit)
        self.edit.textEdited.connect(lambda _t: self._emit(False))

    def value(self) -> object:
        return self.edit.text()

    def _show(self, value: object) -> None:
        self.edit.setText(value if isinstance(value, str) else "")

    def inputs(self) -> list[QWidget]:
        return [self.edit]


class LongTextEditor(QuestionEditor):
    """A text field that grows with its text; Tab leaves it (Strg+Tab inserts nothing)."""

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = long_text(LONG_TEXT_LINES[0], self)
        self.edit.setAccessibleName(self.text)
        self.edit.setMinimumHeight(self.edit.height())
        layout.addWidget(self.edit)
        self._lines = LONG_TEXT_LINES[0]
        self.edit.textChanged.connect(self._text_changed)

    def _text_changed(self) -> None:
        self._fit()
        self._emit(False)

    def _fit(self) -> None:
        lines = int(self.edit.document().documentLayout().documentSize().height()) + 1
        lines = max(LONG_TEXT_LINES[0], min(LONG_TEXT_LINES[1], lines))
        if lines != self._lines:
            self._lines = lines
            edit = self.edit
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines
                                + 2 * (edit.frameWidth() + int(edit.document().documentMargin())))

    def value(self) -> object:
        return self.edit.toPlainText()

    def _show(self, value: object) -> None:
        self.edit.setPlainText(value if isinstance(value, str) else "")
        self.edit.moveCursor(QTextCursor.MoveOperation.End)  # typing goes on at the end
        self._fit()

    def inputs(self) -> list[QWidget]:
        return [self.edit]


class NumberEditor(QuestionEditor):
    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.text)
        self.edit.setMaximumWidth(160)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        low, high = question.min, question.max
        if low is not None and high is not None:
            self.edit.setPlaceholderText(f"{format_number(low, lang)} – "
                                         f"{format_number(high, lang)}")
        layout.addWidget(self.edit)
        if question.unit is not None:
            layout.addWidget(QLabel(question.unit.get(lang), self))
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._value: int | float | None = None
        self._error = ""
        self.edit.textEdited.connect(self._edited)

    def _edited(self, text: str) -> None:
        self._check(text)
        if not self._error:
            self._emit(False)

    def _check(self, text: str) -> None:
        q = self.question
        try:
            value = parse_number(text, self.lang)
        except ValueError:
            self._set_error(self.tr("„%1“ ist keine Zahl (Beispiel: 1.234,5).")
                            .replace("%1", text.strip()))
            return
        if value is not None and q.min is not None and value < q.min:
            self._set_error(self.tr("Mindestens %1.").replace("%1", format_number(q.min,
                                                                                  self.lang)))
        elif value is not None and q.max is not None and value > q.max:
            self._set_error(self.tr("Höchstens %1.").replace("%1", format_number(q.max,
                                                                                 self.lang)))
        else:
            self._value = value
            self._set_error("")

    def _set_error(self, text: str) -> None:
        self._error = text
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.edit.setAccessibleDescription(text)

    def error(self) -> str:
        return self._error

    def value(self) -> object:
        return self._value

    def _show(self, value: object) -> None:
        number = value if isinstance(value, int | float) and not isinstance(value, bool) \
            else None
        self._value = number
        self.edit.setText("" if number is None else format_number(number, self.lang))
        self._set_error("")

    def inputs(self) -> list[QWidget]:
        return [self.edit]


class DateEditor(QuestionEditor):
    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = OptionalDateEdit(self)
        self.edit.setAccessibleName(self.text)
        self.edit.setMinimumWidth(130)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.edit.dateChanged.connect(lambda _d: self._emit(False))

    def value(self) -> object:
        day = self.edit.value()
        return day.isoformat() if day is not None else None

    def _show(self, value: object) -> None:
        try:
            day = dt.date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            day = None
        self.edit.set_value(day)

    def inputs(self) -> list[QWidget]:
        return [self.edit]
