"""A whole consultation by keyboard alone: the keys go where a real keyboard sends them
(the focus widget; shortcuts through Qt's shortcut map). The walk answers every required
question of the Erstberatung template with Tab, Space, arrow keys and typing, moves with
the navigation shortcuts, and completes; completing with a required answer missing lists
it, and Enter on the entry jumps there."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QListWidget

from advisor_app.checklist.model import Question, QuestionType
from advisor_app.domain.enums import ConsultationState
from advisor_app.persistence.database import Database
from advisor_app.services.consultation_edits import set_answer
from advisor_app.services.consultations import consultation_detail
from tests.gui.gui_helpers import show_active
from tests.gui.test_visit_window import REQUIRED_ANSWERS
from tests.gui.visit_helpers import (
    close_all_visits,
    focused_question,
    keyboard,
    open_visit,
    start_draft,
)
from ui.consultation.visit_window import VisitWindow
from ui.ops import Ops

Key = Qt.Key
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def no_windows_left() -> Iterator[None]:
    yield
    close_all_visits()


def answer_by_keys(qtbot: Any, question: Question) -> None:
    """Answer the question whose editor has the keyboard, as an adviser would."""
    kind = question.type
    if kind in (QuestionType.LONG_TEXT, QuestionType.SHORT_TEXT):
        keyboard(qtbot, f"Notiz zu {question.id}")
    elif kind is QuestionType.NUMBER:
        keyboard(qtbot, "0,5")
    elif kind is QuestionType.RATING:
        keyboard(qtbot, Key.Key_Right, Key.Key_Right, Key.Key_Right, Key.Key_Space)  # 4
    elif kind is QuestionType.MULTIPLE_CHOICE:
        keyboard(qtbot, Key.Key_Space, Key.Key_Tab, Key.Key_Space)  # the first two options
    elif kind is QuestionType.YES_NO:
        keyboard(qtbot, Key.Key_Space)  # Ja
    elif kind is QuestionType.DATE:
        keyboard(qtbot, "26112025")  # TT.MM.JJJJ, the dots are skipped
    elif isinstance(QApplication.focusWidget(), QComboBox):  # a long single choice
        keyboard(qtbot, Key.Key_Down, Key.Key_Down)  # the second option
    else:  # single choice, listed downwards: the second option (arrows move, Space chooses)
        keyboard(qtbot, Key.Key_Down, Key.Key_Space)


def test_a_whole_consultation_by_keyboard(qtbot: Any, db: Database, ops: Ops,
                                          modals: Any) -> None:
    cid = start_draft(db)
    window = open_visit(qtbot, db, ops, cid)
    page = window.checklist
    template = consultation_detail(db, cid).template
    assert focused_question(window) == "anlass"
    keyboard(qtbot, (Key.Key_PageDown, CTRL))  # a look at the next section ...
    assert page.current_section() == 1 and focused_question(window) == "partner_status"
    keyboard(qtbot, (Key.Key_PageUp, CTRL))  # ... and back
    assert focused_question(window) == "anlass"
    keyboard(qtbot, (Key.Key_F1, Qt.KeyboardModifier.NoModifier))  # the guidance
    assert page.current_block().guidance_shown()  # type: ignore[union-attr]

    walked: list[str] = []
    while True:
        qid = focused_question(window)
        assert qid is not None, f"the keyboard left the questions after {walked[-1:]}"
        walked.append(qid)
        question = template.question(qid)
        if question.required:
            answer_by_keys(qtbot, question)
        ids = page.visible_ids()
        following = ids[ids.index(qid) + 1] if qid != ids[-1] else None
        if question.type is QuestionType.YES_NO and following is not None \
                and page.section_of[following] == page.section_of[qid]:
            keyboard(qtbot, Key.Key_Tab)  # a radio group is one Tab stop: on to the next
            assert focused_question(window) == following
            continue
        keyboard(qtbot, (Key.Key_Down, ALT))  # next question (across sections)
        if focused_question(window) == qid:
            break  # the last one
    assert page.missing() == []
    assert walked[-1] == "folgetermin" and len(walked) == len(page.visible_ids())
    assert page.current_section() == 7

    def go_to(dialog: QDialog) -> bool:  # Strg+G, "2.6", Enter
        show_active(qtbot, dialog)
        keyboard(qtbot, "2.6", Key.Key_Return)
        return dialog.result() == QDialog.DialogCode.Accepted

    modals.on_dialog = go_to
    keyboard(qtbot, (Key.Key_G, CTRL))
    qtbot.waitUntil(lambda: focused_question(window) == "themen")
    assert page.current_section() == 1

    window.saver.flush()
    modals.choices = [0]  # "Abschließen" in the confirmation
    keyboard(qtbot, (Key.Key_Return, CTRL_SHIFT))
    detail = consultation_detail(db, cid)
    assert detail.state is ConsultationState.COMPLETED
    assert detail.answers["anlass"] == "Notiz zu anlass"
    assert detail.answers["rueckhalt_spitze"] == 4
    assert detail.answers["vorhaben"] == "klimakomponente"
    assert detail.answers["personal_vzae"] == 0.5
    assert detail.answers["themen"] == ["energy", "mobility"]
    assert detail.answers["ratsbeschluss"] == "yes"
    assert window.ctx.read_only


def test_completing_with_a_missing_answer_lists_it_and_enter_jumps_there(
        qtbot: Any, db: Database, modals: Any) -> None:
    cid = start_draft(db)
    for qid, value in REQUIRED_ANSWERS.items():
        if qid != "kernteam_nrw":
            set_answer(db, cid, qid, value)
    window: VisitWindow = open_visit(qtbot, db, Ops(synchronous=True), cid)
    keyboard(qtbot, (Key.Key_Return, CTRL_SHIFT))
    assert modals.questions == []  # refused: nothing to confirm
    assert consultation_detail(db, cid).state is ConsultationState.DRAFT
    missing = QApplication.focusWidget()
    assert isinstance(missing, QListWidget) and missing.count() == 1
    assert missing.item(0).text().startswith("3.7  Ist auf NRW-Seite ein Kernteam benannt?")
    keyboard(qtbot, Key.Key_Return)
    assert focused_question(window) == "kernteam_nrw"
    keyboard(qtbot, Key.Key_Right, Key.Key_Space)  # Nein
    assert window.missing_panel.count() == 0
    modals.choices = [0]
    keyboard(qtbot, (Key.Key_Return, CTRL_SHIFT))
    detail = consultation_detail(db, cid)
    assert detail.state is ConsultationState.COMPLETED
    assert detail.answers["kernteam_nrw"] == "no"


@pytest.mark.parametrize("qid", [
    "anlass",  # long text
    "wunschland",  # short text
    "weltregion",  # combo box
    "personal_vzae",  # number
    "ratsbeschluss_datum",  # date
    "rueckhalt_spitze",  # rating
    "verbindungen",  # check boxes
    "vorhaben",  # radio buttons
])
def test_the_shortcuts_work_in_every_kind_of_editor(qtbot: Any, db: Database, ops: Ops,
                                                    qid: str) -> None:
    cid = start_draft(db)
    set_answer(db, cid, "ratsbeschluss", "yes")  # shows the date
    set_answer(db, cid, "partner_status", "bekannt")  # shows the short text
    window = open_visit(qtbot, db, ops, cid, qid)
    page = window.checklist
    ids = page.visible_ids()
    assert focused_question(window) == qid
    keyboard(qtbot, (Key.Key_Down, ALT))
    assert focused_question(window) == ids[ids.index(qid) + 1]
    keyboard(qtbot, (Key.Key_Up, ALT))
    assert focused_question(window) == qid
    keyboard(qtbot, (Key.Key_F1, Qt.KeyboardModifier.NoModifier))
    block = page.current_block()
    assert block is not None
    assert block.guidance_shown() == (block.question.guidance is not None)
    section = page.current_section()
    keyboard(qtbot, (Key.Key_PageDown, CTRL))
    assert page.current_section() == section + 1
    keyboard(qtbot, (Key.Key_PageUp, CTRL))
    assert page.current_section() == section
    window.go_to_question(qid)
    answer_by_keys(qtbot, block.question)
    assert page.answers.get(qid)
    if qid == "ratsbeschluss_datum":
        assert page.answers[qid] == "2025-11-26"
    keyboard(qtbot, (Key.Key_Delete, CTRL_SHIFT))  # clear the answer
    assert qid not in page.answers
    window.saver.flush()
    assert qid not in consultation_detail(db, cid).answers


def test_next_question_from_a_question_just_hidden(qtbot: Any, db: Database, ops: Ops) -> None:
    cid = start_draft(db)
    set_answer(db, cid, "ratsbeschluss", "yes")
    window = open_visit(qtbot, db, ops, cid, "ratsbeschluss_datum")
    page = window.checklist
    page.views[0].blocks["ratsbeschluss"].editor.buttons["no"].click()  # type: ignore[attr-defined]
    assert not page._is_visible("ratsbeschluss_datum")
    page.current_qid = "ratsbeschluss_datum"  # the adviser was there
    keyboard(qtbot, (Key.Key_Down, ALT))
    assert focused_question(window) == "agenda2030_resolution"


def test_back_on_the_checklist_the_keyboard_is_in_the_question(qtbot: Any, db: Database,
                                                               ops: Ops) -> None:
    """Strg+2 to the participants and Strg+1 back: typing goes on in the question (not into
    the section list, where the keys would be lost)."""
    window = open_visit(qtbot, db, ops, start_draft(db), "anlass")
    keyboard(qtbot, "Der Rat")
    keyboard(qtbot, (Key.Key_2, CTRL))
    assert focused_question(window) is None
    keyboard(qtbot, (Key.Key_1, CTRL))
    assert focused_question(window) == "anlass"
    keyboard(qtbot, " hat beschlossen")
    assert window.checklist.answers["anlass"] == "Der Rat hat beschlossen"
