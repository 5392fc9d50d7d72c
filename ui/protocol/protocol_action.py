"""The "Protokoll…" action (Strg+P) of the visit window. The protocol window (and QtPdf
with it) is imported only when the action is used, so opening a visit stays fast."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from ui.consultation.visit_window import VisitWindow

__all__ = ["add_protocol_action", "open_protocol"]


def open_protocol(window: VisitWindow) -> None:
    """Open the consultation's protocol window; after signing, the visit window reloads
    (the consultation then holds the signed PDF and its checksum; the protocol window shows
    it, the attachments page does not list it)."""
    from ui.protocol.protocol_dialog import open_protocol_dialog

    window.saver.flush()  # the protocol shows what was typed last
    dialog = open_protocol_dialog(window.db, window.ops, window.consultation_id, window)
    if not dialog.property("wired_to_visit"):
        dialog.setProperty("wired_to_visit", True)
        dialog.signed.connect(lambda _sha: (window.mark_all_stale(), window.reload()))


def add_protocol_action(window: VisitWindow) -> QAction:
    """Put "Protokoll…" (Strg+P) into the window's first menu ("Beratung") before the
    separator; returns the action."""
    action = QAction(QCoreApplication.translate("VisitWindow", "&Protokoll…"), window)
    action.setShortcut(QKeySequence("Ctrl+P"))
    action.setStatusTip(QCoreApplication.translate(
        "VisitWindow", "Beratungsprotokoll ansehen, speichern und unterschreiben"))
    action.triggered.connect(lambda _checked=False: open_protocol(window))
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    if menus:
        menu = menus[0]
        separator = next((a for a in menu.actions() if a.isSeparator()), None)
        if separator is not None:
            menu.insertAction(separator, action)
        else:
            menu.addAction(action)
    else:
        window.addAction(action)
    return action
