"""Shared pieces of the visit-window tests: a draft consultation of Gladbeck with the
shipped Erstberatung template, opening its window, pressing keys where the keyboard is."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from advisor_app.checklist.catalogue import TemplateSource, available_templates
from advisor_app.persistence import ids
from advisor_app.persistence.database import Database
from advisor_app.services.consultations import start_consultation
from ui.consultation.visit_window import VisitWindow
from ui.ops import Ops

GLADBECK = ids.municipality_id("05562014")
ERSTBERATUNG = "erstberatung-kommunalpartnerschaft"


def template(template_id: str = ERSTBERATUNG) -> TemplateSource:
    return next(t for t in available_templates() if t.template.id == template_id)


def start_draft(db: Database, template_id: str = ERSTBERATUNG) -> str:
    return start_consultation(db, GLADBECK, template(template_id),
                              held_at=dt.datetime(2025, 11, 26, 10, 0),
                              place="Rathaus Gladbeck", advisers=["Anna Berger"])


def open_visit(qtbot: Any, db: Database, ops: Ops, consultation_id: str,
               question_id: str | None = None) -> VisitWindow:
    """The window, shown, loaded and active (keys typed go to its focus widget)."""
    window = VisitWindow.open(db, ops, consultation_id, question_id)
    qtbot.waitUntil(lambda: window.detail is not None)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def close_all_visits() -> None:
    from ui.consultation import visit_flow

    for window in list(visit_flow.OPEN_WINDOWS.values()):
        window.close()
        window.deleteLater()
    QApplication.processEvents()


def keyboard(qtbot: Any, *steps: str | Qt.Key | tuple[Qt.Key, Qt.KeyboardModifier]) -> None:
    """Type text or press keys (with modifiers) into whatever has the keyboard now."""
    for step in steps:
        target: QWidget | None = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert target is not None, f"nothing has the keyboard before {step!r}"
        if isinstance(step, str):
            qtbot.keyClicks(target, step)
        elif isinstance(step, tuple):
            qtbot.keyClick(target, step[0], step[1])
        else:
            qtbot.keyClick(target, step)


def focused_question(window: VisitWindow) -> str | None:
    """The question whose editor has the keyboard (None: elsewhere)."""
    focus = QApplication.focusWidget()
    block = window.checklist.current_block()
    if focus is None or block is None or not block.isAncestorOf(focus):
        return None
    return block.question.id
