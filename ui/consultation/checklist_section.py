"""One checklist section as the adviser sees it: its questions (number, text, required
marker, guidance on demand, editor, amendments), the section notes, the next steps the
answers suggest, and the buttons to the neighbouring sections. It only shows and reports;
:class:`ui.consultation.checklist_page.ChecklistPage` decides what is visible and saves."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from advisor_app.checklist.model import Question, Section
from advisor_app.services.consultation_dto import AmendmentRow
from ui.consultation.question_widgets import QuestionEditor, make_editor
from ui.forms.trash_dialog import local_time  # naive UTC -> Berlin time
from ui.forms.widgets import long_text

__all__ = ["QuestionBlock", "SectionView"]

REQUIRED_COLOR = "#b3261e"
GUIDANCE_STYLE = ("QLabel { background: #eef3fb; border-left: 3px solid #3f6fb5;"
                  " padding: 6px 8px; color: #1d2a3a; }")
ACCENT_COLOR = "#3f6fb5"


def _toggle(text: str, name: str, parent: QWidget) -> QToolButton:
    """A small checkable button for the mouse; the keyboard uses F1 instead."""
    button = QToolButton(parent)
    button.setText(text)
    button.setCheckable(True)
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setAccessibleName(name)
    button.setToolTip(name + " (F1)")
    return button


class QuestionBlock(QFrame):
    """One question: header line, guidance (made when first shown), editor, amendments.
    Plain-text labels and no style sheets: a section of 20 questions is built fast."""

    def __init__(self, question: Question, number: str, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.number = number
        self.lang = lang
        self._current = False
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 8)
        layout.setSpacing(4)
        header = QHBoxLayout()
        header.setSpacing(6)
        self.number_label = QLabel(number, self)
        bold = self.number_label.font()
        bold.setBold(True)
        self.number_label.setFont(bold)
        header.addWidget(self.number_label, 0, Qt.AlignmentFlag.AlignTop)
        if question.required:  # the marker beside the number, where the eye starts
            star = QLabel("*", self)
            star.setFont(bold)
            star.setToolTip(self.tr("Pflichtfrage"))
            palette = star.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(REQUIRED_COLOR))
            star.setPalette(palette)
            header.addWidget(star, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(question.text.get(lang), self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        header.addWidget(self.label, 1)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Leeren"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setAccessibleName(self.tr("Antwort löschen"))
        self.clear_button.setToolTip(self.tr("Antwort löschen (Strg+Umschalt+Entf)"))
        header.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        self.guidance_button: QToolButton | None = None
        self.guidance: QLabel | None = None
        if question.guidance is not None:
            self.guidance_button = _toggle(self.tr("Hinweis"), self.tr("Hinweis anzeigen"), self)
            self.guidance_button.toggled.connect(self.show_guidance)
            header.addWidget(self.guidance_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        self.editor: QuestionEditor = make_editor(question, lang, self)
        description = self.tr("Pflichtfrage") if question.required else ""
        for widget in self.editor.inputs():
            if isinstance(widget, QPlainTextEdit) or not widget.accessibleDescription():
                widget.setAccessibleDescription(description)
        self.label.setBuddy(self.editor.focus_target())
        layout.addWidget(self.editor)
        self.amendments: QLabel | None = None
        self.clear_button.clicked.connect(self.editor.clear)

    def guidance_shown(self) -> bool:
        return self.guidance is not None and not self.guidance.isHidden()

    def show_guidance(self, shown: bool) -> None:
        if self.guidance_button is None or self.question.guidance is None:
            return
        if self.guidance is None:
            if not shown:
                return
            self.guidance = QLabel(self.question.guidance.get(self.lang), self)
            self.guidance.setWordWrap(True)
            self.guidance.setStyleSheet(GUIDANCE_STYLE)
            self._layout.insertWidget(1, self.guidance)
        self.guidance.setVisible(shown)
        self.guidance_button.setChecked(shown)

    def toggle_guidance(self) -> None:
        self.show_guidance(not self.guidance_shown())

    def set_current(self, current: bool) -> None:
        if current != self._current:
            self._current = current
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The current question: a bar on the left and a slightly different background."""
        if self._current:
            painter = QPainter(self)
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.AlternateBase))
            painter.fillRect(0, 0, 3, self.height(), QColor(ACCENT_COLOR))
            painter.end()
        super().paintEvent(event)

    def update_answered(self, answered: bool, read_only: bool) -> None:
        self.clear_button.setVisible(answered and not read_only)

    def set_amendments(self, rows: list[AmendmentRow]) -> None:
        lines = [self.tr("Nachtrag vom %1 (%2): %3 – Grund: %4")
                 .replace("%1", local_time(a.amended_at))
                 .replace("%2", html.escape(a.author or "?"))
                 .replace("%3", html.escape(a.text)).replace("%4", html.escape(a.reason))
                 for a in rows]
        if not lines and self.amendments is None:
            return
        if self.amendments is None:
            self.amendments = QLabel(self)
            self.amendments.setWordWrap(True)
            self._layout.addWidget(self.amendments)
        self.amendments.setText("<br>".join(f"<i>{line}</i>" for line in lines))
        self.amendments.setVisible(bool(lines))


class SectionView(QWidget):
    """The questions of one section with notes, suggested steps and section buttons."""

    answer_changed = Signal(str, bool)  # question id, immediate
    note_changed = Signal(str)  # section id
    adopt_step = Signal(str)  # the suggested step's text
    go_previous = Signal()
    go_next = Signal()
    complete_requested = Signal()

    def __init__(self, section: Section, index: int, count: int, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(6)
        title_row = QHBoxLayout()
        self.title = QLabel(self.tr("Abschnitt %1 von %2: %3").replace("%1", str(index + 1))
                            .replace("%2", str(count)).replace("%3", section.title.get(lang)))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        title_row.addWidget(self.title, 1)
        self.guidance = QLabel(self)
        self.guidance_button: QToolButton | None = None
        if section.guidance is not None:
            self.guidance.setText(section.guidance.get(lang))
            self.guidance_button = _toggle(self.tr("Hinweis zum Abschnitt"),
                                           self.tr("Hinweis zum Abschnitt anzeigen"), self)
            self.guidance_button.toggled.connect(self.guidance.setVisible)
            title_row.addWidget(self.guidance_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(title_row)
        self.guidance.setWordWrap(True)
        self.guidance.setStyleSheet(GUIDANCE_STYLE)
        self.guidance.hide()
        layout.addWidget(self.guidance)
        self.blocks: dict[str, QuestionBlock] = {}
        for number, question in enumerate(section.questions, start=1):
            block = QuestionBlock(question, f"{index + 1}.{number}", lang, self)
            block.editor.changed.connect(
                lambda immediate, qid=question.id: self.answer_changed.emit(qid, immediate))
            self.blocks[question.id] = block
            layout.addWidget(block)
        tail = QVBoxLayout()  # notes, suggestions, buttons: indented like the questions
        tail.setContentsMargins(10, 8, 6, 0)
        layout.addLayout(tail)
        notes_label = QLabel(self.tr("Notizen zu diesem Abschnitt"), self)
        bold = notes_label.font()
        bold.setBold(True)
        notes_label.setFont(bold)
        tail.addWidget(notes_label)
        self.notes: QPlainTextEdit = long_text(4, self)
        self.notes.setAccessibleName(self.tr("Notizen zu Abschnitt %1")
                                     .replace("%1", section.title.get(lang)))
        notes_label.setBuddy(self.notes)
        self.notes.textChanged.connect(self._notes_changed)
        self._loading = False
        tail.addWidget(self.notes)
        self.suggestions = QGroupBox(self.tr("Vorgeschlagene nächste Schritte"), self)
        self._suggestion_rows = QVBoxLayout(self.suggestions)
        self.suggestions.hide()
        self._suggested: list[tuple[str, bool]] = []
        self._read_only = False
        self._is_last = index + 1 == count
        tail.addWidget(self.suggestions)
        tail.addLayout(self._section_buttons(index, count))
        layout.addStretch(1)

    def _section_buttons(self, index: int, count: int) -> QHBoxLayout:
        row = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("← Vorheriger Abschnitt"), self)
        self.previous_button.setToolTip(self.tr("Strg+Bild auf"))
        self.previous_button.setEnabled(index > 0)
        self.previous_button.clicked.connect(self.go_previous)
        row.addWidget(self.previous_button)
        row.addStretch(1)
        self.next_button = QPushButton(self)
        if index + 1 < count:
            self.next_button.setText(self.tr("Nächster Abschnitt →"))
            self.next_button.setToolTip(self.tr("Strg+Bild ab"))
            self.next_button.clicked.connect(self.go_next)
        else:
            self.next_button.setText(self.tr("Abschließen…"))
            self.next_button.clicked.connect(self.complete_requested)
        row.addWidget(self.next_button)
        return row

    def activate_layout(self) -> None:
        """Lay out now (a jump scrolls to a question of a section built a moment ago)."""
        self._layout.activate()

    def _notes_changed(self) -> None:
        if not self._loading:
            self.note_changed.emit(self.section.id)

    def set_note(self, text: str) -> None:
        self._loading = True
        try:
            self.notes.setPlainText(text)
            self.notes.moveCursor(QTextCursor.MoveOperation.End)  # typing goes on at the end
        finally:
            self._loading = False

    def set_suggestions(self, steps: list[tuple[str, bool]], read_only: bool) -> None:
        """(step text, already adopted) for the visible answers of this section."""
        if (steps, read_only) == (self._suggested, self._read_only):
            return
        self._suggested, self._read_only = list(steps), read_only
        layout = self._suggestion_rows
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for text, adopted in steps:
            row = QWidget(self.suggestions)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(text, row)
            label.setWordWrap(True)
            line.addWidget(label, 1)
            button = QPushButton(self.tr("Übernommen ✓") if adopted
                                 else self.tr("Als nächsten Schritt übernehmen"), row)
            button.setEnabled(not adopted and not read_only)
            button.setAccessibleName(self.tr("Als nächsten Schritt übernehmen: %1")
                                     .replace("%1", text))
            button.clicked.connect(lambda _c=False, t=text: self.adopt_step.emit(t))
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(row)
        self.suggestions.setVisible(bool(steps))

    def set_read_only(self, read_only: bool) -> None:
        for block in self.blocks.values():
            block.editor.set_read_only(read_only)
        self.notes.setReadOnly(read_only)
        self.next_button.setVisible(not (read_only and self._is_last))
        self.set_suggestions(self._suggested, read_only)
