"""The pages of the visit window (participants, next steps, summary, attachments) over a
real consultation: edits by keyboard, what they store, undo, read-only, accessible names."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from consultation_data import GLADBECK_AGS, contact, history, municipality_id, start
from gui_helpers import show_active
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QWidget,
)
from sqlalchemy import select

from advisor_app.domain.enums import LegalBasis, NextStepStatus
from advisor_app.persistence.database import Database
from advisor_app.persistence.models import Contact
from advisor_app.services import consultation_edits as edits
from advisor_app.services import erasure
from advisor_app.services.consultation_dto import ConsultationDetail
from advisor_app.services.consultation_files import MAX_ATTACHMENT_BYTES, attachment_content
from advisor_app.services.consultations import consultation_detail
from ui import dialogs, i18n
from ui.consultation import attachments_page
from ui.consultation.attachments_page import AttachmentsPage
from ui.consultation.context import VisitContext
from ui.consultation.edit_models import CarriedStepModel, ParticipantModel, StepModel
from ui.consultation.page_base import ConsultationPage
from ui.consultation.participants_page import ParticipantsPage
from ui.consultation.saver import Saver
from ui.consultation.steps_page import StepsPage
from ui.consultation.summary_page import SummaryPage
from ui.forms.widgets import OptionalDateEdit
from ui.ops import Ops

Make = Callable[..., Any]


@pytest.fixture
def visit(db: Database, ops: Ops) -> VisitContext:
    return VisitContext(db, ops, Saver(ops), start(db, place="Rathaus Gladbeck"))


@pytest.fixture
def make_page(qtbot: Any, visit: VisitContext, db: Database) -> Iterator[Make]:
    def make(kind: type[ConsultationPage]) -> Any:
        page = kind(visit)
        page.load(consultation_detail(db, visit.consultation_id))
        page.resize(1100, 760)
        show_active(qtbot, page)
        return page

    yield make
    visit.saver.flush(wait=True)


def stored(db: Database, visit: VisitContext) -> ConsultationDetail:
    visit.saver.flush(wait=True)
    return consultation_detail(db, visit.consultation_id)


def edit_cell(qtbot: Any, table: QTableView, row: int, column: int, text: str) -> None:
    """F2 on the cell, replace its text, Enter: as a keyboard user edits in place."""
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.accessibleName()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


# --- participants ---------------------------------------------------------------------------

def test_a_contact_of_the_municipality_is_added_and_marked(
        make_page: Make, db: Database, visit: VisitContext, qtbot: Any) -> None:
    contact(db, "Petra Schulz", role="Leiterin Internationales Büro",
            organisation="Stadt Gladbeck")
    contact(db, "Bernd Bottroper", ags="05512000")
    page: ParticipantsPage = make_page(ParticipantsPage)
    form = page.form
    assert [form.contact.itemText(i) for i in range(form.contact.count())] == [
        "Petra Schulz – Leiterin Internationales Büro, Stadt Gladbeck (Gladbeck)"]
    form.contact.setFocus()
    qtbot.keyClicks(form.contact, "Petra")
    qtbot.keyClick(form.contact.lineEdit(), Qt.Key.Key_Return)
    participants = stored(db, visit).participants
    assert [(p.name, p.role, p.organisation, p.contact_id is not None)
            for p in participants] == [
        ("Petra Schulz", "Leiterin Internationales Büro", "Stadt Gladbeck", True)]
    assert page.model.index(0, ParticipantModel.CONTACT).data() == "Kontakt"
    assert form.contact.count() == 0  # she is not offered twice
    form.all_contacts.click()  # other municipalities' contacts on demand
    assert "Bernd Bottroper" in form.contact.itemText(0)


def test_a_new_person_is_added_by_name_without_becoming_a_contact(
        make_page: Make, db: Database, visit: VisitContext, qtbot: Any) -> None:
    page: ParticipantsPage = make_page(ParticipantsPage)
    form = page.form
    qtbot.keyClicks(form.name, "Kwame Mensah")
    qtbot.keyClicks(form.role, "Vorsitzender")
    qtbot.keyClicks(form.organisation, "Ghanaischer Verein Gladbeck")
    qtbot.keyClick(form.organisation, Qt.Key.Key_Return)
    [participant] = stored(db, visit).participants
    assert (participant.name, participant.role, participant.organisation,
            participant.contact_id) == ("Kwame Mensah", "Vorsitzender",
                                        "Ghanaischer Verein Gladbeck", None)
    assert form.name.text() == "" and form.name.hasFocus()  # ready for the next one
    with db.read_session() as session:
        assert session.scalars(select(Contact).where(Contact.name == "Kwame Mensah")).all() == []


def test_a_new_person_with_consent_becomes_a_contact_of_the_municipality(
        make_page: Make, db: Database, visit: VisitContext, qtbot: Any) -> None:
    page: ParticipantsPage = make_page(ParticipantsPage)
    changes: list[frozenset[str]] = []
    visit.ops.changed.connect(changes.append)
    form = page.form
    qtbot.keyClicks(form.name, "Lea Hoffmann")
    qtbot.keyClicks(form.role, "Klimaschutzmanagerin")
    form.as_contact.setChecked(True)
    form.add_person_button.click()
    [participant] = stored(db, visit).participants
    with db.read_session() as session:
        saved = session.get(Contact, participant.contact_id)
        assert saved is not None
        assert (saved.name, saved.role, saved.legal_basis, saved.consent_date,
                saved.municipality_id) == (
            "Lea Hoffmann", "Klimaschutzmanagerin", LegalBasis.CONSENT.value, dt.date.today(),
            municipality_id(db, GLADBECK_AGS))
    assert participant.name == "Lea Hoffmann" and participant.role == "Klimaschutzmanagerin"
    assert any("contact" in tables for tables in changes)  # the detail view's contacts follow


def test_a_person_erased_under_the_gdpr_keeps_the_role_and_a_greyed_note(
        make_page: Make, db: Database, visit: VisitContext) -> None:
    petra = contact(db, "Petra Lang", role="Kämmerin", organisation="Stadt Gladbeck")
    edits.add_participant(db, visit.consultation_id, contact_id=petra, role="Kämmerin",
                          organisation="Stadt Gladbeck")
    edits.add_participant(db, visit.consultation_id, name="Kwame Mensah", role="Gast")
    erasure.erase_contact(db, petra)
    page: ParticipantsPage = make_page(ParticipantsPage)
    erased, named = page.model.row_at(0), page.model.row_at(1)
    assert (erased.contact_id, erased.name, erased.role) == (None, "", "Kämmerin")
    name = page.model.index(0, ParticipantModel.NAME)
    assert name.data() == "Name gelöscht (DSGVO)"  # the protocol: "(Name gelöscht)"
    assert name.data(Qt.ItemDataRole.FontRole).italic()
    assert name.data(Qt.ItemDataRole.ForegroundRole).color() == \
        QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    assert page.model.index(0, ParticipantModel.ROLE).data() == "Kämmerin"
    other = page.model.index(1, ParticipantModel.NAME)
    assert named.name == other.data() == "Kwame Mensah"
    assert other.data(Qt.ItemDataRole.FontRole) is None
    assert other.data(Qt.ItemDataRole.ForegroundRole) is None
    assert i18n.install_language("en")
    assert name.data() == "Name erased (GDPR)"


def test_role_is_edited_in_place_and_a_removal_can_be_undone(
        make_page: Make, db: Database, visit: VisitContext, qtbot: Any) -> None:
    edits.add_participant(db, visit.consultation_id, name="Kwame Mensah", role="Gast")
    page: ParticipantsPage = make_page(ParticipantsPage)
    edit_cell(qtbot, page.table, 0, ParticipantModel.ROLE, "Vorsitzender")
    assert stored(db, visit).participants[0].role == "Vorsitzender"
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert stored(db, visit).participants == ()
    assert page.model.rowCount() == 0 and page.undo.isVisible()
    page.undo.button.click()
    [again] = stored(db, visit).participants
    assert (again.name, again.role) == ("Kwame Mensah", "Vorsitzender")


def test_advisers_are_prefilled_and_saved_while_typing(
        make_page: Make, db: Database, visit: VisitContext, qtbot: Any) -> None:
    page: ParticipantsPage = make_page(ParticipantsPage)
    assert page.advisers.text() == "Anna Berger"
    page.advisers.end(False)
    qtbot.keyClicks(page.advisers, "; Jonas Weber")
    assert stored(db, visit).advisers == ("Anna Berger", "Jonas Weber")


# --- next steps -----------------------------------------------------------------------------

@pytest.fixture
def followup(db: Database, ops: Ops) -> tuple[VisitContext, Any]:
    """A consultation of Gladbeck after an earlier one with open steps."""
    past = history(db)
    return VisitContext(db, ops, Saver(ops), start(db, days=0)), past


def test_open_steps_of_earlier_visits_come_first_and_their_status_is_kept_here(
        followup: tuple[VisitContext, Any], db: Database, qtbot: Any) -> None:
    visit, past = followup
    page = StepsPage(visit)
    qtbot.addWidget(page)
    page.load(consultation_detail(db, visit.consultation_id))
    page.show()
    layout = page.layout()
    assert layout.indexOf(page.carried_box) < layout.indexOf(page.own_box)
    rows = page.carried_model.rows()
    assert [r.id for r in rows] == [past.overdue, past.upcoming]  # not the done one
    overdue = page.carried_model.index(0, CarriedStepModel.STATUS)
    assert overdue.data() == "Offen – überfällig"
    assert overdue.data(Qt.ItemDataRole.ForegroundRole).color() == QColor("#b3261e")
    assert page.carried_model.index(1, CarriedStepModel.STATUS).data() == "Offen"
    assert "2" in page.carried_box.title()
    # the first one is done now: chosen with the keyboard in the combo box below the table
    page.carried_table.setCurrentIndex(overdue)
    page.status.setFocus()
    qtbot.keyClick(page.status, Qt.Key.Key_Down)
    qtbot.keyClick(page.status, Qt.Key.Key_Down)
    visit.saver.flush(wait=True)
    detail = consultation_detail(db, visit.consultation_id)
    statuses = {s.id: s.status for s in detail.carried_steps}
    # still listed with this consultation (changed during it) although no longer pending
    assert statuses == {past.overdue: NextStepStatus.DONE, past.upcoming: NextStepStatus.OPEN}
    assert consultation_detail(db, past.earlier).steps[0].status is NextStepStatus.DONE
    assert page.carried_model.index(0, CarriedStepModel.STATUS).data() == "Erledigt"


def test_a_carried_step_is_read_only_except_its_status(
        followup: tuple[VisitContext, Any], db: Database) -> None:
    visit, _past = followup
    page = StepsPage(visit)
    page.load(consultation_detail(db, visit.consultation_id))
    model = page.carried_model
    flags = [bool(model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable)
             for c in range(model.columnCount())]
    assert flags == [False, False, False, False, True, False]
    page.deleteLater()


def test_steps_are_added_with_enter_edited_in_place_and_removed_with_undo(
        make_page: Make, db: Database, visit: VisitContext, qtbot: Any) -> None:
    page: StepsPage = make_page(StepsPage)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    assert page.form.what.hasFocus()
    qtbot.keyClicks(page.form.what, "Ratsbeschluss vorbereiten")
    qtbot.keyClicks(page.form.responsible, "Frau Yilmaz")
    page.form.due.setFocus()
    page.form.due.set_value(dt.date(2031, 3, 31))
    qtbot.keyClick(page.form.due, Qt.Key.Key_Return)
    [step] = stored(db, visit).steps
    assert (step.what, step.responsible, step.due_date, step.status) == (
        "Ratsbeschluss vorbereiten", "Frau Yilmaz", dt.date(2031, 3, 31), NextStepStatus.OPEN)
    assert page.form.what.text() == "" and page.form.what.hasFocus()
    edit_cell(qtbot, page.table, 0, StepModel.ORGANISATION, "Stadt Gladbeck")
    edit_cell(qtbot, page.table, 0, StepModel.WHAT, "Ratsbeschluss zur Partnerschaft")
    step = stored(db, visit).steps[0]
    assert (step.what, step.organisation) == ("Ratsbeschluss zur Partnerschaft",
                                              "Stadt Gladbeck")
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert stored(db, visit).steps == ()
    page.undo.button.click()
    [again] = stored(db, visit).steps
    assert (again.what, again.organisation, again.due_date) == (
        "Ratsbeschluss zur Partnerschaft", "Stadt Gladbeck", dt.date(2031, 3, 31))


@pytest.mark.parametrize(("typed", "due"), [
    ("15.01.2027", dt.date(2027, 1, 15)), ("28.02.2027", dt.date(2027, 2, 28)),
    ("1.2.2027", dt.date(2027, 2, 1)), ("15012027", dt.date(2027, 1, 15)),
    ("31122026", dt.date(2026, 12, 31)), ("31.12.2026", dt.date(2026, 12, 31)),
    ("29022028", dt.date(2028, 2, 29)), ("1.2.27", dt.date(2027, 2, 1))])
def test_a_due_date_is_typed_as_germans_type_it(make_page: Make, db: Database,
                                                visit: VisitContext, qtbot: Any, typed: str,
                                                due: dt.date) -> None:
    """With dots or without: a dot after a full day or month is not taken as "skip the
    next part" (it was: "15.01.2027" was stored as the 15th of the current month)."""
    page: StepsPage = make_page(StepsPage)
    qtbot.keyClicks(page.form.what, "Ratsbeschluss vorbereiten")
    page.form.due.setFocus()
    qtbot.keyClicks(page.form.due, typed)
    qtbot.keyClick(page.form.due, Qt.Key.Key_Return)
    [step] = stored(db, visit).steps
    assert step.due_date == due


def test_an_impossible_due_date_is_refused_not_moved(make_page: Make, db: Database,
                                                     visit: VisitContext, qtbot: Any) -> None:
    """31.11. is no day: Enter adds nothing and the field says why (Qt's date edit saved
    30.11. or, typed in November, "31122026" as 30.12.)."""
    page: StepsPage = make_page(StepsPage)
    qtbot.keyClicks(page.form.what, "Ratsbeschluss vorbereiten")
    page.form.due.setFocus()
    qtbot.keyClicks(page.form.due, "31.11.2026")
    qtbot.keyClick(page.form.due, Qt.Key.Key_Return)
    assert stored(db, visit).steps == ()
    assert page.form.due.input_error().startswith("Den 31.11.2026 gibt es nicht")
    assert page.form.due.accessibleDescription() == page.form.due.input_error()
    for _ in range(4):
        qtbot.keyClick(page.form.due, Qt.Key.Key_Backspace)
    qtbot.keyClicks(page.form.due, "2027")  # 31.11.2027 does not exist either
    qtbot.keyClick(page.form.due, Qt.Key.Key_Return)
    assert stored(db, visit).steps == ()
    page.form.due.lineEdit().selectAll()
    qtbot.keyClicks(page.form.due, "30.11.2027")
    qtbot.keyClick(page.form.due, Qt.Key.Key_Return)
    [step] = stored(db, visit).steps
    assert step.due_date == dt.date(2027, 11, 30) and page.form.due.input_error() == ""


def test_a_due_date_typed_in_the_table_is_read_whole(make_page: Make, db: Database,
                                                     visit: VisitContext, qtbot: Any) -> None:
    edits.add_step(db, visit.consultation_id, what="Antrag", due_date=dt.date(2026, 11, 15))
    page: StepsPage = make_page(StepsPage)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, StepModel.DUE))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, OptionalDateEdit)
    qtbot.keyClicks(editor, "31112026")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # refused: the editor stays open and says why
    assert QApplication.focusWidget() is editor and editor.input_error()
    assert stored(db, visit).steps[0].due_date == dt.date(2026, 11, 15)
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor, "31122026")  # typed in a November date: not 30.12.
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert stored(db, visit).steps[0].due_date == dt.date(2026, 12, 31)
    assert page.model.index(0, StepModel.DUE).data() == "31.12.2026"
    page.table.setCurrentIndex(page.model.index(0, StepModel.DUE))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, OptionalDateEdit)
    qtbot.keyClicks(editor, "1.2.27")  # typing replaces the cell's date
    page.form.what.setFocus()  # leaving the cell takes the typed date
    assert stored(db, visit).steps[0].due_date == dt.date(2027, 2, 1)


def test_an_overdue_own_step_is_highlighted_and_a_due_date_is_edited(
        make_page: Make, db: Database, visit: VisitContext, qtbot: Any) -> None:
    edits.add_step(db, visit.consultation_id, what="Alt", due_date=dt.date(2020, 1, 1))
    page: StepsPage = make_page(StepsPage)
    status = page.model.index(0, StepModel.STATUS)
    assert status.data() == "Offen – überfällig"
    assert "1 überfällig" in page.own_box.title()
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, StepModel.DUE))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QDateTimeEdit) and editor.accessibleName() == "Fällig"
    editor.setDate(QDate(2031, 1, 15))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert stored(db, visit).steps[0].due_date == dt.date(2031, 1, 15)
    assert page.model.index(0, StepModel.STATUS).data() == "Offen"
    page.table.setCurrentIndex(page.model.index(0, StepModel.STATUS))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox) and combo.accessibleName() == "Status"
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "In Arbeit", saved at once
    assert stored(db, visit).steps[0].status is NextStepStatus.IN_PROGRESS
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert page.model.index(0, StepModel.STATUS).data() == "In Arbeit"


def test_an_empty_step_text_is_refused_with_a_message(
        make_page: Make, db: Database, visit: VisitContext, qtbot: Any) -> None:
    edits.add_step(db, visit.consultation_id, what="Etwas")
    page: StepsPage = make_page(StepsPage)
    edit_cell(qtbot, page.table, 0, StepModel.WHAT, "")
    assert "was zu tun ist" in page.message.text() and page.message.isVisible()
    assert stored(db, visit).steps[0].what == "Etwas"


# --- summary --------------------------------------------------------------------------------

def test_summary_texts_are_saved_while_typing(
        make_page: Make, db: Database, visit: VisitContext, qtbot: Any) -> None:
    page: SummaryPage = make_page(SummaryPage)
    assert page.place.text() == "Rathaus Gladbeck"
    page.summary.setFocus()
    qtbot.keyClicks(page.summary, "Rat hat 2021 beschlossen.")
    qtbot.keyClick(page.summary, Qt.Key.Key_Tab)  # Tab leaves the long text
    assert page.recommendations.hasFocus()
    qtbot.keyClicks(page.recommendations, "Partnerwahl: Ghana")
    page.phase.setFocus()
    page.phase.lineEdit().selectAll()
    qtbot.keyClicks(page.phase.lineEdit(), "Anbahnung")
    page.language.setFocus()
    qtbot.keyClick(page.language, Qt.Key.Key_Down)
    page.place.setFocus()
    page.place.selectAll()
    qtbot.keyClicks(page.place, "Rathaus, Raum 204")
    detail = stored(db, visit)
    assert (detail.summary, detail.recommendations, detail.phase, detail.protocol_lang,
            detail.place) == ("Rat hat 2021 beschlossen.", "Partnerwahl: Ghana", "Anbahnung",
                              "en", "Rathaus, Raum 204")


def test_a_reload_keeps_text_that_is_not_written_yet(
        make_page: Make, db: Database, visit: VisitContext, qtbot: Any) -> None:
    page: SummaryPage = make_page(SummaryPage)
    qtbot.keyClicks(page.summary, "Noch nicht gespeichert")
    page.load(consultation_detail(db, visit.consultation_id))  # before the saver wrote
    assert page.summary.toPlainText() == "Noch nicht gespeichert"
    assert stored(db, visit).summary == "Noch nicht gespeichert"


def test_date_and_time_are_saved(make_page: Make, db: Database, visit: VisitContext) -> None:
    page: SummaryPage = make_page(SummaryPage)
    page.held_at.setDateTime(page.held_at.dateTime().addDays(-1).addSecs(3600))
    expected = consultation_detail(db, visit.consultation_id).held_at \
        - dt.timedelta(days=1) + dt.timedelta(hours=1)
    assert stored(db, visit).held_at == expected


# --- attachments ----------------------------------------------------------------------------

def png(path: Path) -> Path:
    image = QImage(64, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7d44"))
    assert image.save(str(path), "PNG")
    return path


def test_files_are_attached_with_thumbnail_and_opened(
        make_page: Make, db: Database, visit: VisitContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    photo = png(tmp_path / "flipchart.png")
    notes = tmp_path / "notizen.txt"
    notes.write_text("Themen: Energie, Mobilität", encoding="utf-8")
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "pick_files",
                        lambda _p, _t, _s, flt: asked.append(flt) or [str(photo), str(notes)])
    opened: list[Path] = []
    monkeypatch.setattr(attachments_page, "open_externally", opened.append)
    page: AttachmentsPage = make_page(AttachmentsPage)
    qtbot.keyClicks(page.caption, "Flipchart")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    assert "*.png" in asked[0]
    rows = stored(db, visit).attachments
    assert sorted((a.filename, a.media_type, a.caption, a.size) for a in rows) == [
        ("flipchart.png", "image/png", "Flipchart", photo.stat().st_size),
        ("notizen.txt", "text/plain", "Flipchart", notes.stat().st_size)]
    assert page.message.isHidden() and page.caption.text() == ""
    photo_row = page.model.row_of_id(next(a.id for a in rows if a.filename == "flipchart.png"))
    assert photo_row is not None
    assert page.model.index(photo_row, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(photo_row, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert len(opened) == 1 and opened[0].name == "flipchart.png"
    assert opened[0].read_bytes() == photo.read_bytes()


def test_wrong_type_and_too_big_files_are_refused_in_german(
        make_page: Make, db: Database, visit: VisitContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ\x90\x00" + bytes(200))
    big = tmp_path / "video.jpg"
    with big.open("wb") as f:
        f.truncate(MAX_ATTACHMENT_BYTES + 1024 * 1024)
    monkeypatch.setattr(dialogs, "pick_files", lambda *_a: [str(program), str(big)])
    page: AttachmentsPage = make_page(AttachmentsPage)
    page.add_button.click()
    text = page.message.text()
    assert "„setup.exe“ kann nicht angehängt werden. Erlaubt sind Fotos" in text
    assert "„video.jpg“ ist zu groß (11,0 MB; höchstens 10 MB)" in text
    assert page.message.isVisible()
    assert stored(db, visit).attachments == ()


def test_an_attachment_is_removed_and_restored(
        make_page: Make, db: Database, visit: VisitContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    photo = png(tmp_path / "ratssaal.png")
    monkeypatch.setattr(dialogs, "pick_files", lambda *_a: [str(photo)])
    page: AttachmentsPage = make_page(AttachmentsPage)
    page.add_button.click()
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert stored(db, visit).attachments == ()
    page.undo.button.click()
    [again] = stored(db, visit).attachments
    assert attachment_content(db, again.id) == photo.read_bytes()


# --- all pages ------------------------------------------------------------------------------

PAGES = (ParticipantsPage, StepsPage, SummaryPage, AttachmentsPage)
INPUTS = (QLineEdit, QComboBox, QCheckBox, QTableView, QPlainTextEdit, QDateTimeEdit,
          QListWidget, QAbstractButton)


@pytest.mark.parametrize("kind", PAGES, ids=lambda k: k.__name__)
def test_every_input_has_an_accessible_name_and_a_title(make_page: Make, kind: type) -> None:
    page = make_page(kind)
    assert page.title()
    widgets = [w for t in INPUTS for w in page.findChildren(t)
               if not isinstance(w.parent(), QComboBox | QDateTimeEdit)
               and not w.objectName().startswith("qt_")]
    assert len(widgets) >= 4
    missing = [f"{type(w).__name__} {w.objectName()}" for w in widgets
               if not w.accessibleName().strip()]
    assert missing == []


@pytest.mark.parametrize("kind", PAGES, ids=lambda k: k.__name__)
def test_read_only_offers_no_editing(make_page: Make, kind: type) -> None:
    page = make_page(kind)
    page.set_read_only(True)
    editable: list[QWidget] = [
        w for w in page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit)
        if w.isVisibleTo(page) and not w.isReadOnly()]
    editable += [w for w in page.findChildren(QAbstractButton)
                 if w.isVisibleTo(page) and w.isEnabled() and w.text().replace("&", "")
                 in ("Hinzufügen", "Entfernen", "Person hinzufügen", "Datei hinzufügen…")]
    assert editable == []
    for model in (getattr(page, "model", None), getattr(page, "carried_model", None)):
        if isinstance(model, StepModel | ParticipantModel) and model.rowCount():
            assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


@pytest.mark.parametrize("kind", PAGES, ids=lambda k: k.__name__)
def test_mnemonics_are_unique_and_leave_the_visit_menus_free(make_page: Make,
                                                              kind: type) -> None:
    """Alt+letter reaches each field; B, G and F open the visit window's menus
    (Beratung, Gehe zu, Frage)."""
    page = make_page(kind)
    keys: list[str] = []
    for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
        match = re.search(r"&([^&])", widget.text())
        if match:
            keys.append(match.group(1).casefold())
            if isinstance(widget, QLabel):
                assert widget.buddy() is not None, widget.text()
    assert len(keys) == len(set(keys)), sorted(keys)
    assert not set(keys) & {"b", "g", "f"}


@pytest.mark.parametrize("kind", PAGES, ids=lambda k: k.__name__)
def test_tab_moves_through_the_page_from_top_to_bottom(make_page: Make, kind: type,
                                                      qtbot: Any) -> None:
    page = make_page(kind)
    first = next(w for w in page.findChildren(QWidget)
                 if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible())
    first.setFocus()
    tops, seen = [], set()
    widget = QApplication.focusWidget()
    while widget is not None and widget not in seen and page.isAncestorOf(widget):
        seen.add(widget)
        tops.append(widget.mapTo(page, widget.rect().topLeft()).y())
        for _section in range(6):  # a date-time edit takes Tab for its sections first
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
            if QApplication.focusWidget() is not widget:
                break
        widget = QApplication.focusWidget()
    assert len(tops) >= 4
    # rows are visited top to bottom (fields of one row may differ by a few pixels)
    assert all(later >= earlier - 6 for earlier, later in pairwise(tops)), tops
