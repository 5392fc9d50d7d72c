"""Behaviour every record dialog shares (ui/forms/base.py), checked on all four dialogs."""

from __future__ import annotations

import re

import pytest
from gui_helpers import show_active
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from advisor_app.domain.enums import LegalBasis
from advisor_app.persistence import ids
from advisor_app.persistence.database import Database
from advisor_app.services import records
from advisor_app.services.inputs import ContactInput
from advisor_app.services.municipalities import get_municipality
from ui import dialogs
from ui.forms import base
from ui.forms.base import RecordDialog
from ui.forms.contact_dialog import ContactDialog
from ui.forms.partner_region_dialog import PartnerRegionDialog
from ui.forms.partnership_dialog import PartnershipDialog
from ui.forms.project_dialog import ClimateProjectDialog

GLADBECK = ids.municipality_id("05562014")
pytestmark = pytest.mark.usefixtures("strict_modals")
REAL_ASK_DISCARD = base.ask_discard


def _new(kind: str, db: Database) -> RecordDialog:
    if kind == "partnership":
        return PartnershipDialog(db, municipality_id=GLADBECK)
    if kind == "partner_region":
        return PartnerRegionDialog(db)
    if kind == "climate_project":
        return ClimateProjectDialog(db, municipality_id=GLADBECK)
    return ContactDialog(db, municipality_id=GLADBECK)


KINDS = ["partnership", "partner_region", "climate_project", "contact"]


@pytest.fixture(params=KINDS)
def dialog(request: pytest.FixtureRequest, qtbot, fdb: Database) -> RecordDialog:
    dlg = _new(request.param, fdb)
    show_active(qtbot, dlg)
    return dlg


def _tab_chain(dlg: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order, starting at the first field."""
    first = dlg.focusWidget()
    assert first is not None
    chain, widget = [first], first.nextInFocusChain()
    while widget is not first:
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() \
                and widget.window() is dlg and not widget.focusProxy():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_every_focusable_input_has_an_accessible_name(dialog: RecordDialog) -> None:
    chain = _tab_chain(dialog)
    assert len(chain) >= 6
    unnamed = [type(w).__name__ for w in chain if not w.accessibleName().strip()]
    assert unnamed == []
    for widget in chain:  # what assistive technology actually reads
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface.text(QAccessible.Text.Name).strip()


def test_tab_order_follows_the_visual_order_and_ends_with_the_buttons(
        dialog: RecordDialog) -> None:
    chain = _tab_chain(dialog)
    assert isinstance(chain[0], QLineEdit)  # the dialog opens in its first field
    assert chain[-2:] == [dialog.ok_button, dialog.cancel_button]
    tops = [w.mapTo(dialog, w.rect().topLeft()).y() for w in chain[:-2]]
    assert tops == sorted(tops)


def test_mnemonics_are_unique_and_labels_point_at_their_inputs(dialog: RecordDialog) -> None:
    keys: list[str] = []
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        match = re.search(r"&([^&])", widget.text())
        if match and widget.isVisibleTo(dialog):
            keys.append(match.group(1).casefold())
            if isinstance(widget, QLabel):
                assert widget.buddy() is not None, widget.text()
    assert len(keys) >= 6
    assert len(keys) == len(set(keys)), sorted(keys)


def test_fits_a_small_laptop_screen(dialog: RecordDialog) -> None:
    assert dialog.width() <= 1366 and dialog.height() <= 768 - 40
    assert dialog.width() >= 480


def test_cancel_without_changes_closes_without_asking(
        dialog: RecordDialog, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[QWidget] = []
    monkeypatch.setattr(base, "ask_discard", lambda parent: asked.append(parent) or True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()
    assert dialog.result() == RecordDialog.DialogCode.Rejected


def _edit_first_text(dialog: RecordDialog, qtbot) -> None:
    target = next(w for w in _tab_chain(dialog) if isinstance(w, QLineEdit))
    qtbot.keyClicks(target, "Xy")


def test_cancel_after_edits_asks_and_keeps_the_input_when_told_so(
        dialog: RecordDialog, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = [False, True]
    asked: list[QWidget] = []

    def ask(parent: QWidget) -> bool:
        asked.append(parent)
        return answers.pop(0)

    monkeypatch.setattr(base, "ask_discard", ask)
    _edit_first_text(dialog, qtbot)
    assert dialog.is_dirty()
    dialog.cancel_button.click()
    assert asked == [dialog] and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not dialog.isVisible()
    assert dialog.saved_id is None


def test_record_deleted_meanwhile_shows_a_message_and_keeps_the_input(
        qtbot, fdb: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    contact_id = records.save(fdb, ContactInput(
        name="Petra Lang", legal_basis=LegalBasis.PUBLIC_TASK, municipality_id=GLADBECK))
    existing = get_municipality(fdb, GLADBECK).contacts[0]
    dlg = ContactDialog(fdb, municipality_id=GLADBECK, existing=existing)
    qtbot.addWidget(dlg)
    records.delete(fdb, "contact", contact_id)
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_message",
                        lambda parent, title, text, error=False: shown.append(text))
    dlg.role.setText("Leiterin Internationales")
    dlg.ok_button.click()
    assert len(shown) == 1 and "nicht gefunden" in shown[0]
    assert dlg.result() != RecordDialog.DialogCode.Accepted and dlg.saved_id is None
    assert dlg.role.text() == "Leiterin Internationales"


def test_reference_gone_meanwhile_is_shown_at_the_field(qtbot, fdb: Database) -> None:
    partnership = get_municipality(fdb, GLADBECK).partnerships[0]
    dlg = ClimateProjectDialog(fdb, municipality_id=GLADBECK)
    qtbot.addWidget(dlg)
    dlg.title_edit.setText("Solardächer")
    dlg.partnership.setCurrentIndex(dlg.partnership.findData(partnership.id))
    records.delete(fdb, "partnership", partnership.id)
    dlg.ok_button.click()
    assert dlg.saved_id is None
    assert dlg.field_error("partnership_id") == "Die gewählte Partnerschaft gibt es nicht (mehr)."
    assert dlg.title_edit.text() == "Solardächer"
    dlg.partnership.setCurrentIndex(0)  # choosing again clears the message
    assert dlg.field_error("partnership_id") == ""
    dlg.ok_button.click()
    assert dlg.saved_id is not None


def test_ctrl_enter_saves_from_a_multi_line_field(qtbot, fdb: Database) -> None:
    dlg = ContactDialog(fdb, municipality_id=GLADBECK)
    show_active(qtbot, dlg)
    dlg.name.setText("Eva Schmidt")
    dlg.legal_basis.set_value(LegalBasis.PUBLIC_TASK)
    dlg.notes.setFocus()
    qtbot.keyClicks(dlg.notes, "Erste Zeile")
    qtbot.keyClick(dlg.notes, Qt.Key.Key_Return)  # a new line, not saving
    assert dlg.saved_id is None and dlg.notes.toPlainText() == "Erste Zeile\n"
    qtbot.keyClick(dlg.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dlg.saved_id is not None
    saved = get_municipality(fdb, GLADBECK).contacts
    assert [c.notes for c in saved if c.id == dlg.saved_id] == ["Erste Zeile"]



def test_the_discard_question_is_asked_in_german_through_ui_dialogs(
        qtbot, fdb: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base, "ask_discard", REAL_ASK_DISCARD)
    questions: list[tuple[str, list[str]]] = []

    def choose(parent: QWidget, title: str, text: str, options: list[str], **_: object) -> int:
        questions.append((title, options))
        return 1  # "Weiter bearbeiten"

    monkeypatch.setattr(dialogs, "choose", choose)
    dlg = ContactDialog(fdb, municipality_id=GLADBECK)
    show_active(qtbot, dlg)
    qtbot.keyClicks(dlg.name, "Eva")
    qtbot.keyClick(dlg.name, Qt.Key.Key_Escape)
    assert questions == [("Änderungen verwerfen?", ["&Verwerfen", "&Weiter bearbeiten"])]
    assert dlg.isVisible() and dlg.name.text() == "Eva"
