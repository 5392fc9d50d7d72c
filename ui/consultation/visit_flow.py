"""The visit window's longer flows: completing (required answers checked, missing ones
listed, confirmation, done in the background), amending a completed consultation, and
reopening a draft after a crash."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from advisor_app.persistence.database import Database
from advisor_app.services.consultation_edits import (
    IncompleteConsultation,
    complete_consultation,
)
from advisor_app.services.consultation_edits import (
    amend as amend_consultation,
)
from advisor_app.services.consultation_resume import clear_open_draft, open_draft
from advisor_app.services.consultations import ConsultationNotFound, consultation_detail
from advisor_app.services.settings import load_settings
from ui import dialogs
from ui.consultation.visit_dialogs import AmendDialog
from ui.ops import Ops

if TYPE_CHECKING:
    from ui.consultation.visit_window import VisitWindow

__all__ = ["OPEN_WINDOWS", "amend", "close_all", "complete", "reopen_after_crash"]

OPEN_WINDOWS: dict[str, VisitWindow] = {}  # consultation id -> its open window
translate = QCoreApplication.translate


def complete(window: VisitWindow) -> None:
    if window.ctx.read_only or window.detail is None:
        return
    window.saver.flush()  # pending writes go first (the worker runs in order)
    if window.checklist.missing():
        window.show_missing()
        return
    choice = dialogs.choose(window, translate("VisitWindow", "Beratung abschließen"), translate(
        "VisitWindow", "Die Beratung abschließen? Danach kann sie nicht mehr geändert werden; "
        "Korrekturen sind nur noch als Nachtrag mit Begründung möglich."),
        [translate("VisitWindow", "&Abschließen"), translate("VisitWindow", "Abbrechen")])
    if choice != 0:
        return
    db, cid = window.db, window.consultation_id

    def done(_result: object) -> None:
        window.ops.run(lambda: clear_open_draft(db), on_success=lambda _r: None)
        window.ops.notify_changed({"consultation"})  # the lists show the new state
        window.mark_all_stale()
        window.reload()

    def failed(error: BaseException) -> None:
        if isinstance(error, IncompleteConsultation):
            window.show_missing()
        else:
            dialogs.show_message(window, translate("VisitWindow", "Beratung abschließen"),
                                 str(error), error=True)

    advisers = "; ".join(window.detail.advisers)  # when this laptop has no adviser name set

    window.ops.run(lambda: complete_consultation(
        db, cid, load_settings(db).adviser_name.strip() or advisers),
        on_success=done, on_failure=failed)


def amend(window: VisitWindow) -> None:
    if not window.ctx.read_only:
        return
    page = window.checklist
    entries = [(q.id, page.question_label(q)) for q in page.visible]
    dialog = AmendDialog(entries, page.current_qid, window)
    if not dialogs.run_dialog(dialog):
        return
    question_id, reason, text = dialog.values()
    db, cid = window.db, window.consultation_id

    def done(_result: object) -> None:
        window.ops.notify_changed({"consultation"})
        window.mark_all_stale()
        window.reload()

    window.ops.run(
        lambda: amend_consultation(db, cid, text=text, reason=reason, question_id=question_id,
                                   author=load_settings(db).adviser_name),
        on_success=done,
        on_failure=lambda e: dialogs.show_message(window, translate("VisitWindow", "Nachtrag"),
                                                  str(e), error=True))


def close_all() -> None:
    """Close every visit window (when the main window closes; their writes are waited
    for, and no draft is reopened at the next start)."""
    for window in list(OPEN_WINDOWS.values()):
        window.close()


def reopen_after_crash(parent: QWidget | None, db: Database, ops: Ops) -> None:
    """At start-up, once the database is open: if the program ended without closing a
    draft's window (crash, power loss), open that draft again at the same question."""

    def find() -> tuple[str, str | None] | None:
        found = open_draft(db)
        if found is None:
            return None
        try:
            detail = consultation_detail(db, found[0])
        except ConsultationNotFound:
            detail = None
        if detail is None or detail.is_completed:
            clear_open_draft(db)
            return None
        return found

    def reopen(found: tuple[str, str | None] | None) -> None:
        from ui.consultation.visit_window import VisitWindow

        if found is not None:
            VisitWindow.open(db, ops, found[0], found[1], parent)

    ops.run(find, on_success=reopen)
