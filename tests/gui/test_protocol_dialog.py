"""The protocol window with synchronous operations on a real database: the preview shows
the rendered pages, both parties sign with the mouse, the signed PDF is stored and shown,
and from then on nothing can be rendered or signed again."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from consultation_samples import answer_all, rich_consultation
from protocol_pdf import body_text, squash
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from advisor_app.persistence.database import Database
from advisor_app.services.consultation_edits import complete_consultation
from advisor_app.services.protocol import signed_protocol, signed_protocol_info
from advisor_app.services.settings import Settings, save_settings
from tests.gui.conftest import ModalLog
from tests.gui.gui_helpers import show_active
from tests.gui.visit_helpers import close_all_visits, open_visit
from ui import dialogs
from ui.ops import Ops
from ui.protocol import protocol_dialog, protocol_files
from ui.protocol.protocol_dialog import ProtocolDialog
from ui.protocol.signature_pad import SignaturePad

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def completed(db: Database) -> str:
    save_settings(db, Settings(adviser_name="Anna Beraterin"))
    cid = rich_consultation(db)
    answer_all(db, cid)
    complete_consultation(db, cid, "Anna Beraterin")
    return cid


@pytest.fixture
def make_dialog(qtbot: Any, db: Database, ops: Ops) -> Iterator[Any]:
    made: list[ProtocolDialog] = []

    def make(cid: str) -> ProtocolDialog:
        dialog = ProtocolDialog(db, ops, cid)
        show_active(qtbot, dialog)
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:
        protocol_dialog._OPEN.pop(dialog.consultation_id, None)


def draw(qtbot: Any, pad: SignaturePad, wave: float) -> None:
    """A signature-like stroke dragged across the pad with the mouse."""
    rect = pad.paper_rect()

    def at(fx: float, fy: float) -> QPoint:
        return QPoint(round(rect.x() + fx * rect.width()), round(rect.y() + fy * rect.height()))

    points = [(0.15 + i * 0.05, 0.5 + (wave if i % 2 else -wave)) for i in range(14)]
    qtbot.mousePress(pad, LEFT, NO_MOD, at(*points[0]))
    for point in points[1:]:
        qtbot.mouseMove(pad, at(*point))
    qtbot.mouseRelease(pad, LEFT, NO_MOD, at(*points[-1]))


def test_preview_sign_and_fix(qtbot: Any, db: Database, completed: str, make_dialog: Any,
                              modals: ModalLog, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = make_dialog(completed)
    assert dialog.preview.page_count() >= 2
    assert dialog.preview.error_text() == ""
    assert not dialog.busy.isVisible()
    assert dialog.save_button.isEnabled() and dialog.open_button.isEnabled()
    assert dialog.current_lang() == "de" and dialog.language.isEnabled()
    assert squash("Dr. Erika Muster") in body_text(dialog.pdf)

    panel = dialog.signing
    assert panel.adviser.name() == "Anna Beraterin"  # from the settings
    assert not panel.sign_button.isEnabled()
    assert "Unterschrift (Beratungsstelle)" in panel.reason.text()
    # the municipal representative picked from the participants by keyboard
    panel.participants.setFocus()
    qtbot.keyClick(panel.participants, Qt.Key.Key_Down)
    assert (panel.municipality.name(), panel.municipality.role()) == (
        "Dr. Erika Muster", "Bürgermeisterin")
    draw(qtbot, panel.adviser.pad, 0.12)
    assert not panel.sign_button.isEnabled()
    assert "Unterschrift (Kommune)" in panel.reason.text()
    draw(qtbot, panel.municipality.pad, 0.2)
    assert panel.sign_button.isEnabled()

    modals.choices = [0]  # confirm "Unterschreiben und festschreiben"
    qtbot.keyClick(dialog, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # its mnemonic
    qtbot.waitUntil(lambda: bool(modals.questions))  # a mnemonic clicks animated
    assert modals.questions and "festgeschrieben" in modals.questions[0][0]
    assert modals.messages == []

    info = signed_protocol_info(db, completed)
    assert info is not None
    stored = signed_protocol(db, completed)
    assert hashlib.sha256(stored).hexdigest() == info.sha256
    assert dialog.pdf == stored and dialog.preview.page_count() >= 2
    text = body_text(stored)
    assert squash("Anna Beraterin") in text and squash("unterschrieben am") in text
    # fixed: a note with the checksum, nothing to render or sign any more
    assert dialog.note.isVisible() and info.sha256 in dialog.note.text()
    assert dialog.note.text().startswith("Unterschriebenes Protokoll – unveränderlich")
    assert not dialog.language.isEnabled()
    assert not panel.sign_button.isEnabled()
    assert not panel.adviser.isEnabled() and not panel.municipality.isEnabled()
    assert "bereits unterschrieben" in panel.reason.text()

    # save as: the stored signed PDF, under its stored name
    chosen: list[str] = []

    def pick_save_file(_parent: object, _title: str, start: str, _filter: str) -> str:
        chosen.append(start)
        return str(tmp_path / "kopie")

    monkeypatch.setattr(dialogs, "pick_save_file", pick_save_file)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert chosen and chosen[0].endswith(info.filename)
    assert (tmp_path / "kopie.pdf").read_bytes() == stored

    opened: list[Path] = []
    monkeypatch.setattr(protocol_files, "open_external", lambda p: opened.append(p) or True)
    qtbot.mouseClick(dialog.open_button, LEFT)
    assert len(opened) == 1 and opened[0].read_bytes() == stored


def test_draft_cannot_be_signed_and_renders_in_english(db: Database, make_dialog: Any,
                                                       qtbot: Any) -> None:
    cid = rich_consultation(db)
    dialog = make_dialog(cid)
    german = dialog.pdf
    assert squash("ENTWURF") in body_text(german)
    panel = dialog.signing
    draw(qtbot, panel.adviser.pad, 0.1)
    panel.municipality.set_person("Max Mustermann", "Klimaschutzmanager")
    draw(qtbot, panel.municipality.pad, 0.1)
    assert not panel.sign_button.isEnabled()
    assert "abgeschlossen" in panel.reason.text()

    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # English
    assert dialog.current_lang() == "en"
    assert dialog.pdf != german
    assert squash("Consultation protocol") in body_text(dialog.pdf)
    assert dialog.suggested_name() == "Consultation_protocol_Gladbeck_2026-11-05.pdf"


def test_save_failure_is_reported(db: Database, make_dialog: Any, modals: ModalLog,
                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = make_dialog(rich_consultation(db))
    monkeypatch.setattr(dialogs, "pick_save_file",
                        lambda *_a: str(tmp_path / "gibt-es-nicht" / "protokoll.pdf"))
    dialog.save_button.click()
    assert len(modals.messages) == 1
    _title, text, error = modals.messages[0]
    assert error and "konnte nicht geschrieben werden" in text
    assert not (tmp_path / "gibt-es-nicht").exists()
    monkeypatch.setattr(dialogs, "pick_save_file", lambda *_a: "")  # cancelled: nothing
    dialog.save_button.click()
    assert len(modals.messages) == 1


def test_every_input_has_an_accessible_name(completed: str, make_dialog: Any) -> None:
    dialog = make_dialog(completed)
    panel = dialog.signing
    for widget in (dialog.language, dialog.save_button, dialog.open_button,
                   panel.participants, panel.sign_button, panel.adviser.name_edit,
                   panel.adviser.role_edit, panel.adviser.pad, panel.municipality.name_edit,
                   panel.municipality.role_edit, panel.municipality.pad,
                   dialog.preview.view):
        assert widget.accessibleName().strip(), widget
    assert panel.adviser.name_edit.accessibleName() == "Name (Beratung)"
    assert panel.municipality.pad.accessibleName() == "Unterschrift: Für die Kommune"


def test_visit_window_opens_the_protocol_with_ctrl_p(qtbot: Any, db: Database, ops: Ops,
                                                     completed: str) -> None:
    window = open_visit(qtbot, db, ops, completed)
    try:
        action = window.actions_by_name["protocol"]
        assert action.shortcut().toString() == "Ctrl+P"
        qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        dialog = protocol_dialog._OPEN.get(completed)
        assert dialog is not None and dialog.preview.page_count() >= 2
        assert protocol_dialog.open_protocol_dialog(db, ops, completed) is dialog  # reused
        dialog.close()
        QApplication.processEvents()
        assert completed not in protocol_dialog._OPEN
    finally:
        close_all_visits()


def test_renders_in_the_background(qtbot: Any, db: Database, completed: str) -> None:
    """With real background operations the window is there at once with the busy bar; the
    preview follows when ReportLab is done."""
    ops = Ops()
    dialog = ProtocolDialog(db, ops, completed)
    try:
        assert not dialog.busy.isHidden()  # the constructor returned before any result came
        assert dialog.busy_label.text() == "Protokoll wird erstellt …"
        assert not dialog.save_button.isEnabled()
        show_active(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.preview.page_count() > 0, timeout=30000)
        assert not dialog.busy.isVisible() and dialog.save_button.isEnabled()
    finally:
        dialog.close()
        ops.wait()
        protocol_dialog._OPEN.pop(completed, None)
