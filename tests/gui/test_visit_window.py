"""The visit window over a real database: answers saved at once, conditional questions,
progress, suggested steps, completing (blocked while required answers are missing),
read-only with amendments, the open-draft marker, accessible names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from advisor_app.domain.enums import ConsultationState
from advisor_app.persistence.database import Database
from advisor_app.services.consultation_edits import complete_consultation, set_answer
from advisor_app.services.consultation_resume import open_draft
from advisor_app.services.consultations import consultation_detail
from tests.gui.visit_helpers import close_all_visits, open_visit, start_draft
from ui.consultation.checklist_section import QuestionBlock
from ui.consultation.question_widgets import format_number, parse_number
from ui.consultation.visit_window import VisitWindow, reopen_after_crash
from ui.ops import Ops

REQUIRED_ANSWERS: dict[str, object] = {
    "anlass": "Klimapartnerschaft mit Ghana", "vorhaben": "neue_partnerschaft",
    "ratsbeschluss": "yes", "rueckhalt_spitze": 4, "zustaendigkeit": "international",
    "personal_vzae": 1, "verbindungen": ["keine"], "klimaschutzkonzept": "yes",
    "klimaschutzmanagement": "yes", "partner_status": "offen", "themen": ["energy"],
    "anbahnung_stand": "kein_kontakt", "kernteam_nrw": "no", "eigenanteil_gesichert": "yes",
    "foerderoptionen": ["skew_klimapartnerschaften"], "reifegrad": 2,
}


@pytest.fixture(autouse=True)
def no_windows_left() -> Iterator[None]:
    yield
    close_all_visits()


@pytest.fixture
def cid(db: Database) -> str:
    return start_draft(db)


@pytest.fixture
def window(qtbot: Any, db: Database, ops: Ops, cid: str) -> VisitWindow:
    return open_visit(qtbot, db, ops, cid)


def block(window: VisitWindow, qid: str) -> QuestionBlock:
    page = window.checklist
    return page._view(page.section_of[qid]).blocks[qid]


def stored(db: Database, cid: str) -> dict[str, object]:
    return consultation_detail(db, cid).answers


def test_opens_with_header_pages_and_only_the_first_section_built(
        window: VisitWindow, db: Database, cid: str) -> None:
    assert "Gladbeck" in window.header.text() and "05562014" in window.header.text()
    assert "Erstberatung Kommunalpartnerschaft" in window.header.text()
    held = consultation_detail(db, cid).held_at  # as the protocol prints it
    assert f" · {held:%d.%m.%Y, %H:%M} Uhr" in window.header.text()
    assert f" – {held:%d.%m.%Y} – " in window.windowTitle()
    assert window.tabs.tabText(0) == "Checkliste"
    assert list(window.checklist.views) == [0]
    nav = window.checklist.navigator
    assert nav.list.count() == 8
    assert nav.list.item(0).text().startswith("1. Ausgangslage")
    assert nav.progress_label.text() == "Pflichtfragen beantwortet: 0 von 16"
    assert window.checklist.current_qid == "anlass"  # the keyboard is in the first question


def test_a_choice_is_saved_at_once_and_typing_within_a_second(
        qtbot: Any, window: VisitWindow, db: Database, cid: str) -> None:
    buttons = block(window, "ratsbeschluss").editor.buttons  # type: ignore[attr-defined]
    qtbot.mouseClick(buttons["partly"], Qt.MouseButton.LeftButton)
    assert stored(db, cid)["ratsbeschluss"] == "partly"  # immediate, no timer involved
    edit = block(window, "anlass").editor.edit  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, "Der Rat will")
    assert "anlass" not in stored(db, cid)  # debounced ...
    qtbot.waitUntil(lambda: stored(db, cid).get("anlass") == "Der Rat will", timeout=1000)
    assert window.save_state.text() == "Gespeichert"


def test_conditional_questions_appear_and_disappear(
        qtbot: Any, window: VisitWindow, db: Database, cid: str) -> None:
    datum = block(window, "ratsbeschluss_datum")
    buttons = block(window, "ratsbeschluss").editor.buttons  # type: ignore[attr-defined]
    assert not datum.isVisible()
    qtbot.mouseClick(buttons["yes"], Qt.MouseButton.LeftButton)
    assert datum.isVisible()
    qtbot.mouseClick(buttons["no"], Qt.MouseButton.LeftButton)
    assert not datum.isVisible()
    assert "ratsbeschluss_datum" not in window.checklist.visible_ids()


def test_numbers_in_german_format_with_range_message(
        qtbot: Any, window: VisitWindow, db: Database, cid: str) -> None:
    editor = block(window, "personal_vzae").editor
    qtbot.keyClicks(editor.edit, "0,5")  # type: ignore[attr-defined]
    window.saver.flush()
    assert stored(db, cid)["personal_vzae"] == 0.5
    editor.edit.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor.edit, "51")  # type: ignore[attr-defined]
    assert editor.error() == "Höchstens 50."
    assert editor.message.isVisible()  # type: ignore[attr-defined]
    window.saver.flush()
    assert stored(db, cid)["personal_vzae"] == 5  # "5" was valid, "51" is not saved


@pytest.mark.parametrize(("text", "value"), [
    ("1.234,5", 1234.5), ("0,25", 0.25), ("0.5", 0.5), ("1.234", 1234), ("12", 12),
    ("-3", -3), (" 1 000 ", 1000), ("", None)])
def test_parse_number_accepts_the_german_format(text: str, value: object) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["abc", "1,2,3", "1e5", "nan", "1..2"])
def test_parse_number_refuses_what_is_no_number(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_format_number_round_trips() -> None:
    for value in (1234.5, 0.25, 1000000, 3):
        assert parse_number(format_number(value)) == value
    assert format_number(1234.5) == "1.234,5"
    assert format_number(2019) == "2019"  # a year, as the protocol prints it
    assert format_number(12500) == "12.500"


def test_suggested_step_is_taken_over_as_next_step(
        qtbot: Any, window: VisitWindow, db: Database, cid: str) -> None:
    view = window.checklist.views[0]
    assert not view.suggestions.isVisible()
    buttons = block(window, "ratsbeschluss").editor.buttons  # type: ignore[attr-defined]
    qtbot.mouseClick(buttons["no"], Qt.MouseButton.LeftButton)
    assert view.suggestions.isVisible()
    take = view.suggestions.findChildren(QAbstractButton)[0]
    assert take.text() == "Als nächsten Schritt übernehmen"
    qtbot.mouseClick(take, Qt.MouseButton.LeftButton)
    steps = consultation_detail(db, cid).steps
    assert [s.what for s in steps] == [
        "Beschlussvorlage für den Rat vorbereiten (Ziel, Partner/Region, Themen, Personal "
        "und Budget); Musterformulierungen von der Beratungsstelle anfordern"]
    qtbot.waitUntil(lambda: any(b.text() == "Übernommen ✓" and not b.isEnabled()
                                for b in view.suggestions.findChildren(QAbstractButton)))


def test_completing_is_blocked_and_the_missing_list_jumps(
        qtbot: Any, window: VisitWindow, db: Database, cid: str, modals: Any) -> None:
    for qid, value in REQUIRED_ANSWERS.items():
        if qid != "themen":
            set_answer(db, cid, qid, value)
    window.close()
    window = open_visit(qtbot, db, Ops(synchronous=True), cid)
    window.complete()
    panel = window.missing_panel
    assert panel.isVisible() and panel.count() == 1
    assert panel.list.item(0).text().startswith("2.6  Zu welchen Themen")
    assert modals.questions == []  # nothing asked while answers are missing
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.list.visualItemRect(panel.list.item(0)).center())
    assert window.checklist.current_section() == 1
    assert window.checklist.current_qid == "themen"
    energie = block(window, "themen").editor.boxes["energy"]  # type: ignore[attr-defined]
    qtbot.mouseClick(energie, Qt.MouseButton.LeftButton, pos=QPoint(8, energie.height() // 2))
    assert panel.count() == 0 and panel.complete_button.isVisible()
    modals.choices = [0]
    qtbot.mouseClick(panel.complete_button, Qt.MouseButton.LeftButton)
    assert consultation_detail(db, cid).state is ConsultationState.COMPLETED
    assert consultation_detail(db, cid).completed_by == "Anna Berger"  # no name set: advisers
    assert window.amend_button.isVisible() and not window.complete_button.isVisible()
    assert block(window, "anlass").editor.edit.isReadOnly()  # type: ignore[attr-defined]
    no = block(window, "ratsbeschluss").editor.buttons["no"]  # type: ignore[attr-defined]
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)  # readable, but it does not change
    qtbot.keyClick(no, Qt.Key.Key_Space)
    assert not no.isChecked() and no.isEnabled()
    assert consultation_detail(db, cid).answers["ratsbeschluss"] == "yes"
    assert open_draft(db) is None


def test_amendment_of_a_completed_consultation(
        qtbot: Any, db: Database, ops: Ops, cid: str, modals: Any) -> None:
    for qid, value in REQUIRED_ANSWERS.items():
        set_answer(db, cid, qid, value)
    complete_consultation(db, cid, "Anna Berger")
    window = open_visit(qtbot, db, ops, cid, "anlass")
    assert window.ctx.read_only and window.amend_button.isVisible()
    completed = consultation_detail(db, cid).completed_at
    assert completed is not None
    on = completed.replace(tzinfo=dt.UTC).astimezone(ZoneInfo("Europe/Berlin"))
    assert f"Abgeschlossen am {on:%d.%m.%Y}</b>" in window.header.text()

    def fill(dialog: Any) -> bool:
        assert dialog.question.currentData() == "anlass"
        assert not dialog.ok.isEnabled()
        qtbot.keyClicks(dialog.reason, "Tippfehler")
        qtbot.keyClicks(dialog.text, "Ghana, nicht Guinea")
        assert dialog.ok.isEnabled()
        return True

    modals.on_dialog = fill
    window.amend()
    amendments = consultation_detail(db, cid).amendments
    assert [(a.question_id, a.reason, a.text) for a in amendments] == [
        ("anlass", "Tippfehler", "Ghana, nicht Guinea")]
    shown = block(window, "anlass").amendments
    assert shown.isVisible() and "Ghana, nicht Guinea" in shown.text()


def test_the_open_draft_is_remembered_at_its_question_and_forgotten_on_close(
        qtbot: Any, window: VisitWindow, db: Database, cid: str) -> None:
    assert open_draft(db) == (cid, "anlass")
    window.checklist.go_to_question("zustaendigkeit")
    window.saver.flush()
    assert open_draft(db) == (cid, "zustaendigkeit")
    window.close()
    assert open_draft(db) is None
    assert VisitWindow.window_of(cid) is None


def test_reopen_after_crash_opens_the_draft_at_its_question(
        qtbot: Any, db: Database, ops: Ops, cid: str) -> None:
    from advisor_app.services.consultation_resume import remember_position

    set_answer(db, cid, "themen_konkret", "Energie")
    set_answer(db, cid, "themen", ["energy"])
    remember_position(db, cid, "themen_konkret")
    reopen_after_crash(None, db, ops)
    window = VisitWindow.window_of(cid)
    assert window is not None
    qtbot.waitUntil(lambda: window.detail is not None)
    assert window.checklist.current_qid == "themen_konkret"
    assert window.checklist.current_section() == 1
    assert block(window, "themen_konkret").editor.value() == "Energie"
    assert VisitWindow.open(db, ops, cid) is window  # one window per consultation


def test_a_failed_save_is_shown(qtbot: Any, window: VisitWindow, db: Database,
                                cid: str) -> None:
    for qid, value in REQUIRED_ANSWERS.items():
        set_answer(db, cid, qid, value)
    complete_consultation(db, cid, "elsewhere")  # e.g. on another laptop, synced
    qtbot.keyClicks(block(window, "anlass").editor.edit, "!")  # type: ignore[attr-defined]
    window.saver.flush()
    assert window.save_state.text().startswith("Nicht gespeichert: Die Beratung ist "
                                               "abgeschlossen")


def _inputs(window: QWidget) -> list[QWidget]:
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QAbstractSpinBox,
             QListWidget)
    found = [w for kind in kinds for w in window.findChildren(kind)]
    return [w for w in found if not isinstance(w.parent(), QComboBox | QAbstractSpinBox)
            and not w.objectName().startswith("qt_")]  # Qt's own (menu bar extension)


def test_every_input_has_an_accessible_name(window: VisitWindow) -> None:
    page = window.checklist
    for index in range(len(page.template.sections)):  # type: ignore[union-attr]
        page.show_section(index)
    window.show_missing()
    inputs = _inputs(window)
    assert len(inputs) > 250
    # a button's text is its name; every other input is named explicitly
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in inputs
               if not w.accessibleName().strip()
               and not (isinstance(w, QAbstractButton) and w.text().strip())]
    assert unnamed == []
    for widget in inputs:
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface.text(QAccessible.Text.Name).strip()
    for view in page.views.values():
        for qb in view.blocks.values():
            text = qb.question.text.de
            for widget in qb.editor.inputs():
                named = widget.accessibleName() == text or \
                    widget.accessibleDescription().startswith(text)
                assert named, (qb.question.id, widget.accessibleName())
                if isinstance(widget, QRadioButton):
                    assert widget.accessibleName() == widget.text()


def test_closing_right_after_typing_writes_the_text(qtbot: Any, window: VisitWindow,
                                                    db: Database, cid: str) -> None:
    qtbot.keyClicks(block(window, "anlass").editor.edit, "Letzter Satz")  # type: ignore[attr-defined]
    window.close()  # before the autosave's timer
    assert stored(db, cid)["anlass"] == "Letzter Satz"


def test_template_texts_follow_the_language(qtbot: Any, db: Database, ops: Ops,
                                            cid: str) -> None:
    from ui import i18n

    i18n.install_language("en")
    window = open_visit(qtbot, db, ops, cid)
    rats = block(window, "ratsbeschluss")
    assert rats.label.text().startswith("Is there a council resolution")
    assert [b.text() for b in rats.editor.buttons.values()] == [  # type: ignore[attr-defined]
        "Yes", "No", "Partly", "Unknown"]
    assert window.checklist.navigator.list.item(0).text().startswith(
        "1. Starting point and political backing")


def test_a_new_visit_begins_with_the_open_steps_of_the_last_one(
        qtbot: Any, db: Database, ops: Ops) -> None:
    import datetime as dt

    from advisor_app.services.consultation_edits import add_step
    from advisor_app.services.consultations import start_consultation
    from tests.gui.visit_helpers import GLADBECK, template

    earlier = start_consultation(db, GLADBECK, template(), held_at=dt.datetime(2025, 3, 1, 9))
    add_step(db, earlier, what="Ratsbeschluss vorbereiten", responsible="Büro BM")
    cid = start_draft(db)
    window = open_visit(qtbot, db, ops, cid)
    assert type(window.tabs.currentWidget()).__name__ == "StepsPage"
    window.close()
    set_answer(db, cid, "anlass", "Weiter im Gespräch")  # a visit under way: the checklist
    window = open_visit(qtbot, db, ops, cid)
    assert window.tabs.currentWidget() is window.checklist
