"""Editors of the questions answered by choosing: yes/no, single choice (radio buttons, or
a combo box for long lists), multiple choice (check boxes) and rating 1-5 (buttons)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from advisor_app.checklist.model import RATING_RANGE, Question, QuestionType
from ui.consultation.question_base import QuestionEditor

__all__ = ["ButtonsEditor", "ChecksEditor", "ComboEditor"]

RATING_STYLE = ("QToolButton { border: 1px solid palette(mid); border-radius: 3px;"
                " background: palette(button); }"
                " QToolButton:checked { background: #3f6fb5; color: white;"
                " border-color: #2f5591; font-weight: bold; }"
                " QToolButton:focus { border: 2px solid #3f6fb5; }")


class ButtonsEditor(QuestionEditor):
    """Radio buttons (yes/no, single choice) or rating buttons: one exclusive group, one tab
    stop; arrow keys move and choose, Space chooses."""

    def __init__(self, question: Question, lang: str, choices: list[tuple[str, str]],
                 parent: QWidget | None = None, *, vertical: bool = False,
                 rating: bool = False) -> None:
        super().__init__(question, lang, parent)
        layout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4 if vertical else 16 if not rating else 4)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QAbstractButton] = {}
        for value, label in choices:
            button: QAbstractButton
            if rating:
                button = QToolButton(self)
                button.setText(label)
                button.setCheckable(True)
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                button.setMinimumSize(34, 30)
                button.setAccessibleName(self.tr("%1 von %2").replace("%1", label)
                                         .replace("%2", str(RATING_RANGE[1])))
            else:
                button = QRadioButton(label, self)
                button.setAccessibleName(label)
            button.setAccessibleDescription(self.text)
            button.setProperty("answer", value)
            self.group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button)
        if rating:
            self.setStyleSheet(RATING_STYLE)
            hint = QLabel(self.tr("(1 = niedrig, 5 = hoch)"), self)
            hint.setStyleSheet("color: palette(placeholder-text);")
            layout.addSpacing(8)
            layout.addWidget(hint)
        if not vertical:
            layout.addStretch(1)
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._emit(True)

    def value(self) -> object:
        button = self.group.checkedButton()
        if button is None:
            return None
        value = button.property("answer")
        return int(value) if self.question.type is QuestionType.RATING else value

    def _show(self, value: object) -> None:
        button = self.buttons.get(str(value)) if value is not None else None
        if button is not None:
            button.setChecked(True)
            return
        self.group.setExclusive(False)  # an exclusive group cannot be emptied
        for other in self.buttons.values():
            other.setChecked(False)
        self.group.setExclusive(True)

    def inputs(self) -> list[QWidget]:
        return list(self.buttons.values())

    def focus_target(self) -> QWidget:
        return self.group.checkedButton() or next(iter(self.buttons.values()))


class ComboEditor(QuestionEditor):
    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.text)
        self.combo.addItem(self.tr("– keine Angabe –"), None)
        for option in question.options:
            self.combo.addItem(option.label.get(lang), option.value)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.combo.currentIndexChanged.connect(lambda _i: self._emit(True))

    def value(self) -> object:
        return self.combo.currentData()

    def _show(self, value: object) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))

    def inputs(self) -> list[QWidget]:
        return [self.combo]


class ChecksEditor(QuestionEditor):
    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(question, lang, parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(24)
        layout.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        labels = [o.label.get(lang) for o in question.options]
        columns = 2 if len(labels) > 4 and max(map(len, labels)) <= 40 else 1
        rows = -(-len(labels) // columns)
        for i, (option, label) in enumerate(zip(question.options, labels, strict=True)):
            box = QCheckBox(label, self)
            box.setAccessibleName(label)
            box.setAccessibleDescription(self.text)
            box.toggled.connect(lambda _c: self._emit(True))
            self.boxes[option.value] = box
            layout.addWidget(box, i % rows, i // rows)  # down the columns: reading order
        layout.setColumnStretch(columns, 1)

    def value(self) -> object:
        return [v for v, box in self.boxes.items() if box.isChecked()]

    def _show(self, value: object) -> None:
        chosen = set(value) if isinstance(value, list | tuple) else set()
        for option_value, box in self.boxes.items():
            box.setChecked(option_value in chosen)

    def inputs(self) -> list[QWidget]:
        return list(self.boxes.values())
