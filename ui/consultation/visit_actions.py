"""Menus and keyboard shortcuts of the visit window.

Sections: Strg+Bild ab / Strg+Bild auf; questions: Alt+Pfeil ab / Alt+Pfeil auf; "Gehe zu
Frage": Strg+G; next unanswered required question: Strg+Umschalt+G; guidance: F1; clear
the answer: Strg+Umschalt+Entf; pages: Strg+1 … Strg+5; complete: Strg+Umschalt+Eingabe;
close: Strg+W. Within a page Tab, Umschalt+Tab, arrow keys and Space work as usual.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from ui import dialogs
from ui.consultation.visit_dialogs import GotoDialog

if TYPE_CHECKING:
    from ui.consultation.visit_window import VisitWindow

__all__ = ["build_menus", "go_to_dialog", "next_missing"]

translate = QCoreApplication.translate


def go_to_dialog(window: VisitWindow) -> None:
    """Strg+G: pick a visible question by number or text and jump there."""
    page = window.checklist
    entries = [(q.id, page.question_label(q)) for q in page.visible]
    dialog = GotoDialog(entries, page.current_qid, window)
    if dialogs.run_dialog(dialog):
        chosen = dialog.chosen()
        window.activateWindow()  # the keyboard back to the window, into the question
        if chosen is not None:
            window.go_to_question(chosen)


def next_missing(window: VisitWindow) -> None:
    """The next required question without an answer after the current one (wrapping)."""
    page = window.checklist
    missing = [q.id for q in page.missing()]
    if not missing:
        return
    ids = page.visible_ids()
    here = ids.index(page.current_qid) if page.current_qid in ids else -1
    after = [qid for qid in missing if ids.index(qid) > here]
    window.go_to_question((after or missing)[0])


def build_menus(window: VisitWindow) -> dict[str, QAction]:
    """Create the menus; returns the actions by name (for enabling and tests)."""
    bar = window.menuBar()
    actions: dict[str, QAction] = {}

    def add(menu_name: str, name: str, text: str, keys: QKeySequence | list[QKeySequence] | None,
            slot: Callable[[], object]) -> None:
        menu = menus[menu_name]
        action = QAction(text, window)
        if keys is not None:
            action.setShortcuts(keys if isinstance(keys, list) else [keys])
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        actions[name] = action

    menus = {"visit": bar.addMenu(translate("VisitWindow", "&Beratung")),
             "go": bar.addMenu(translate("VisitWindow", "&Gehe zu")),
             "question": bar.addMenu(translate("VisitWindow", "&Frage"))}
    page = window.checklist
    add("visit", "complete", translate("VisitWindow", "&Abschließen…"),
        QKeySequence("Ctrl+Shift+Return"), window.complete)
    add("visit", "amend", translate("VisitWindow", "&Nachtrag…"), None, window.amend)
    add("visit", "missing", translate("VisitWindow", "&Fehlende Pflichtantworten anzeigen"),
        None, window.show_missing)
    menus["visit"].addSeparator()
    add("visit", "close", translate("VisitWindow", "&Schließen"),
        QKeySequence(QKeySequence.StandardKey.Close), window.close)
    add("go", "next_section", translate("VisitWindow", "&Nächster Abschnitt"),
        QKeySequence("Ctrl+PgDown"),
        window.in_checklist(page.next_section))
    add("go", "previous_section", translate("VisitWindow", "&Vorheriger Abschnitt"),
        QKeySequence("Ctrl+PgUp"),
        window.in_checklist(page.previous_section))
    add("go", "next_question", translate("VisitWindow", "Nächste &Frage"),
        QKeySequence("Alt+Down"), window.in_checklist(page.next_question))
    add("go", "previous_question", translate("VisitWindow", "Vorherige F&rage"),
        QKeySequence("Alt+Up"), window.in_checklist(page.previous_question))
    add("go", "goto", translate("VisitWindow", "&Gehe zu Frage…"), QKeySequence("Ctrl+G"),
        lambda: go_to_dialog(window))
    add("go", "next_missing", translate("VisitWindow", "Nächste offene &Pflichtfrage"),
        QKeySequence("Ctrl+Shift+G"),
        lambda: next_missing(window))
    menus["go"].addSeparator()
    for i, page_widget in enumerate(window.pages):
        add("go", f"page{i + 1}", page_widget.title(), QKeySequence(f"Ctrl+{i + 1}"),
            functools.partial(window.show_page, i))
    add("question", "guidance", translate("VisitWindow", "&Hinweis ein/aus"),
        QKeySequence("F1"), window.in_checklist(page.toggle_guidance))
    add("question", "clear", translate("VisitWindow", "Antwort &löschen"),
        QKeySequence("Ctrl+Shift+Del"),
        window.in_checklist(page.clear_current_answer))
    return actions
