"""The "Checkliste" page of the visit window: the sections with their progress (answered /
required) on the left, the current section's questions on the right.

Answers are kept here while the window is open (the page is their source of truth) and
every change goes to the :class:`~ui.consultation.saver.Saver` at once: choices
immediately, typing debounced. After each change the page works out again which questions
are visible (``rules.visible_questions``), the progress and the suggested next steps.
Sections are built when first shown (a 200-question template opens fast) and then kept.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from advisor_app.checklist.expressions import is_answered
from advisor_app.checklist.model import ChecklistTemplate, Question
from advisor_app.checklist.rules import missing_required
from advisor_app.services.consultation_dto import AmendmentRow, ConsultationDetail
from advisor_app.services.consultation_edits import add_step, set_answer, set_note
from ui import i18n
from ui.consultation.checklist_section import QuestionBlock, SectionView
from ui.consultation.checklist_state import ChecklistState
from ui.consultation.context import VisitContext
from ui.consultation.section_navigator import SectionNavigator

__all__ = ["ChecklistPage"]

STEP_KEY = "checklist:step:"  # autosave key of a suggested step taken over


class ChecklistPage(QWidget):
    edited = Signal()
    position_changed = Signal(str)  # the question the adviser is at
    answers_changed = Signal()  # visibility / progress may differ now
    complete_requested = Signal()

    def __init__(self, ctx: VisitContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = i18n.current_language()
        self.template: ChecklistTemplate | None = None
        self.answers: dict[str, object] = {}
        self.notes: dict[str, str] = {}
        self.state = ChecklistState((), frozenset(), {})
        self.views: dict[int, SectionView] = {}
        self.scrolls: dict[int, QScrollArea] = {}
        self.section_of: dict[str, int] = {}
        self.numbers: dict[str, str] = {}
        self.adopted: set[str] = set()
        self.amendments: dict[str, list[AmendmentRow]] = {}
        self.read_only = ctx.read_only
        self.current_qid: str | None = None
        self._loaded_id: str | None = None
        self._build()
        ctx.saver.saved.connect(self._saved)
        ctx.saver.failed.connect(self._failed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _build(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.navigator = SectionNavigator(self)
        self.navigator.section_chosen.connect(lambda row: self.show_section(row, False))
        self.section_list = self.navigator.list
        layout.addWidget(self.navigator)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)

    def title(self) -> str:
        return self.tr("Checkliste")

    # --- data -------------------------------------------------------------------------

    def load(self, detail: ConsultationDetail) -> None:
        """Show ``detail``. Loaded again (after edits on other pages) only the steps and
        amendments are taken: the answers here are newer than any stored copy."""
        self.adopted = {s.what.strip() for s in detail.steps}
        self.amendments = defaultdict(list)
        for amendment in detail.amendments:
            if amendment.question_id:
                self.amendments[amendment.question_id].append(amendment)
        if self._loaded_id != detail.id:
            self._loaded_id = detail.id
            self.template = detail.template
            self.answers = dict(detail.answers)
            self.notes = dict(detail.notes)
            self._index_template(detail.template)
            self.state = ChecklistState.of(detail.template, self.answers)
            self.show_section(0, False)
        for view in self.views.values():
            self._fill_amendments(view)
        self._refresh()

    def _index_template(self, template: ChecklistTemplate) -> None:
        self.navigator.set_sections(template, self.lang)
        for i, section in enumerate(template.sections):
            for n, question in enumerate(section.questions, start=1):
                self.section_of[question.id] = i
                self.numbers[question.id] = f"{i + 1}.{n}"

    def missing(self) -> list[Question]:
        """Visible required questions without an answer (template order)."""
        return missing_required(self.template, self.answers) if self.template else []

    def question_label(self, question: Question) -> str:
        return f"{self.numbers[question.id]}  {question.text.get(self.lang)}"

    @property
    def visible(self) -> tuple[Question, ...]:
        """The questions shown for the current answers (template order)."""
        return self.state.visible

    def visible_ids(self) -> list[str]:
        return [q.id for q in self.state.visible]

    # --- sections and questions ---------------------------------------------------------

    def _view(self, index: int) -> SectionView:
        view = self.views.get(index)
        if view is None:
            assert self.template is not None
            sections = self.template.sections
            view = SectionView(sections[index], index, len(sections), self.lang)
            view.set_note(self.notes.get(sections[index].id, ""))
            for qid, block in view.blocks.items():
                block.editor.set_value(self.answers.get(qid))
            view.answer_changed.connect(self._answer_changed)
            view.note_changed.connect(self._note_changed)
            view.adopt_step.connect(self._adopt)
            view.go_previous.connect(self.previous_section)
            view.go_next.connect(self.next_section)
            view.complete_requested.connect(self.complete_requested)
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(view)
            self.views[index], self.scrolls[index] = view, scroll
            self.stack.addWidget(scroll)
            self._fill_amendments(view)
            self._refresh_view(view)
            view.set_read_only(self.read_only)
        return view

    def current_section(self) -> int:
        return self.navigator.current()

    def show_section(self, index: int, focus: bool = True) -> None:
        if self.template is None or not 0 <= index < len(self.template.sections):
            return
        view = self._view(index)
        self.navigator.select(index)
        self.stack.setCurrentWidget(self.scrolls[index])
        if focus:
            shown = [b for q, b in view.blocks.items() if self._is_visible(q)]
            if shown:
                self._focus_block(index, shown[0])
            else:
                view.notes.setFocus(Qt.FocusReason.OtherFocusReason)
                self.scrolls[index].verticalScrollBar().setValue(0)

    def next_section(self) -> None:
        self.show_section(self.current_section() + 1)

    def previous_section(self) -> None:
        self.show_section(self.current_section() - 1)

    def go_to_question(self, question_id: str) -> bool:
        """Show the question's section and put the keyboard in its editor; False when the
        question is unknown or hidden by the answers."""
        index = self.section_of.get(question_id)
        if index is None or not self._is_visible(question_id):
            return False
        self.show_section(index, False)
        self._focus_block(index, self.views[index].blocks[question_id])
        return True

    def _step_question(self, step: int) -> None:
        """To the next (``step`` 1) or previous (-1) visible question from the current one
        (which may have been hidden by an answer meanwhile)."""
        if self.template is None:
            return
        order = [q.id for q in self.template.questions()]
        here = order.index(self.current_qid) if self.current_qid in order else -1
        if step > 0:
            later = [q for q in order[here + 1:] if self._is_visible(q)]
        else:
            later = [q for q in reversed(order[:max(here, 0)]) if self._is_visible(q)]
        if later:
            self.go_to_question(later[0])
        elif self.current_qid is not None and self._is_visible(self.current_qid):
            self.go_to_question(self.current_qid)  # at the end: stay, keyboard back in it

    def next_question(self) -> None:
        self._step_question(1)

    def previous_question(self) -> None:
        self._step_question(-1)

    def _focus_block(self, index: int, block: QuestionBlock) -> None:
        self.views[index].activate_layout()
        block.editor.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
        self._set_current(block)
        self._scroll_to(index, block)

    def _scroll_to(self, index: int, block: QuestionBlock) -> None:
        scroll = self.scrolls[index]
        scroll.ensureWidgetVisible(block, 20, 20)
        focused = QApplication.focusWidget()
        if focused is not None and block.isAncestorOf(focused):
            scroll.ensureWidgetVisible(focused, 20, 20)

    def current_block(self) -> QuestionBlock | None:
        if self.current_qid is None:
            return None
        view = self.views.get(self.section_of[self.current_qid])
        return view.blocks.get(self.current_qid) if view is not None else None

    def _set_current(self, block: QuestionBlock) -> None:
        previous = self.current_block()
        if previous is block:
            return
        if previous is not None:
            previous.set_current(False)
        block.set_current(True)
        self.current_qid = block.question.id
        self.position_changed.emit(block.question.id)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        widget = new
        while widget is not None and not isinstance(widget, QuestionBlock):
            widget = widget.parentWidget()
        if isinstance(widget, QuestionBlock) and self.isAncestorOf(widget):
            index = self.section_of[widget.question.id]
            self._set_current(widget)
            self._scroll_to(index, widget)

    def toggle_guidance(self) -> None:
        """F1: the guidance of the current question (else of the section)."""
        block = self.current_block()
        if block is not None and block.guidance_button is not None and block.isVisible():
            block.toggle_guidance()
            return
        view = self.views.get(self.current_section())
        if view is not None and view.guidance_button is not None:
            view.guidance_button.toggle()

    def clear_current_answer(self) -> None:
        block = self.current_block()
        if block is not None and not self.read_only:
            block.editor.clear()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for view in self.views.values():
            view.set_read_only(read_only)
        self._refresh()

    # --- changes ----------------------------------------------------------------------

    def _save(self, key: str, call: Callable[[], object], immediate: bool) -> None:
        self.ctx.saver.save(key, call, immediate=immediate)

    def _answer_changed(self, question_id: str, immediate: bool) -> None:
        if self.read_only:
            return
        view = self.views[self.section_of[question_id]]
        editor = view.blocks[question_id].editor
        if editor.error():
            return  # not saved until it is a valid answer; the editor says why
        value = editor.value()
        if is_answered(value):
            self.answers[question_id] = value
        else:
            self.answers.pop(question_id, None)
        db, cid = self.ctx.db, self.ctx.consultation_id
        self._save(f"checklist:answer:{question_id}",
                   lambda: set_answer(db, cid, question_id, value), immediate)
        self._refresh()
        self.edited.emit()

    def _note_changed(self, section_id: str) -> None:
        if self.read_only:
            return
        assert self.template is not None
        index = [s.id for s in self.template.sections].index(section_id)
        text = self.views[index].notes.toPlainText()
        self.notes[section_id] = text
        db, cid = self.ctx.db, self.ctx.consultation_id
        self._save(f"checklist:note:{section_id}",
                   lambda: set_note(db, cid, section_id, text), False)
        self.edited.emit()

    def _adopt(self, text: str) -> None:
        if self.read_only or text in self.adopted:
            return
        self.adopted.add(text)
        db, cid = self.ctx.db, self.ctx.consultation_id
        self._save(STEP_KEY + text, lambda: add_step(db, cid, what=text), True)
        self._refresh()

    def _saved(self, key: str, _result: object) -> None:
        if key.startswith(STEP_KEY):
            self.ctx.ops.notify_changed({"consultation"})  # lists count the open steps
            self.edited.emit()  # the steps page shows the new step

    def _failed(self, key: str, _reason: str) -> None:
        if key.startswith(STEP_KEY):
            self.adopted.discard(key[len(STEP_KEY):])
            self._refresh()

    # --- what the answers mean -----------------------------------------------------------

    def _is_visible(self, question_id: str) -> bool:
        return question_id in self.state.shown

    def _refresh(self) -> None:
        if self.template is None:
            return
        self.state = ChecklistState.of(self.template, self.answers)
        self.navigator.update_progress(self.template, self.state)
        for view in self.views.values():
            self._refresh_view(view)
        self.answers_changed.emit()

    def _refresh_view(self, view: SectionView) -> None:
        for qid, block in view.blocks.items():
            block.setVisible(qid in self.state.shown)
            block.update_answered(is_answered(self.answers.get(qid)), self.read_only)
        steps = self.state.suggestions(view.section, self.lang)
        view.set_suggestions([(s, s.strip() in self.adopted) for s in steps], self.read_only)

    def _fill_amendments(self, view: SectionView) -> None:
        for qid, block in view.blocks.items():
            block.set_amendments(self.amendments.get(qid, []))
