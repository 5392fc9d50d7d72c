"""The visit window: one top-level window per consultation, with a header (municipality,
date, template, state), the save state ("Gespeichert" / "Speichert …"), and the pages
"Checkliste", "Teilnehmende", "Nächste Schritte", "Zusammenfassung", "Anhänge".

Every page saves through the window's :class:`~ui.consultation.saver.Saver`. The window
remembers which draft is open at which question (``remember_position``) so that after a
crash :func:`reopen_after_crash` opens it again there; a normal close forgets it.
"Abschließen…" checks the required answers first and lists what is missing; a completed
consultation is read-only on every page and takes "Nachtrag…" (amendments) instead.
"""

from __future__ import annotations

import html
import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advisor_app.persistence.database import Database
from advisor_app.services.consultation_dto import ConsultationDetail
from advisor_app.services.consultation_resume import clear_open_draft, remember_position
from advisor_app.services.consultations import consultation_detail
from ui import dialogs
from ui.consultation import visit_flow
from ui.consultation.checklist_page import ChecklistPage
from ui.consultation.context import VisitContext
from ui.consultation.list_models import date_text, datetime_text, local_date_text
from ui.consultation.saver import Saver
from ui.consultation.visit_actions import build_menus
from ui.consultation.visit_missing import MissingPanel
from ui.ops import Ops
from ui.protocol.protocol_action import add_protocol_action

__all__ = ["OTHER_PAGES", "VisitWindow", "close_all", "reopen_after_crash"]

close_all = visit_flow.close_all
reopen_after_crash = visit_flow.reopen_after_crash

# (module, class) of the other pages, in tab order; a missing module is left out
OTHER_PAGES = (
    ("ui.consultation.participants_page", "ParticipantsPage"),
    ("ui.consultation.steps_page", "StepsPage"),
    ("ui.consultation.summary_page", "SummaryPage"),
    ("ui.consultation.attachments_page", "AttachmentsPage"),
)
RELOAD_DELAY_MS = 500
_OPEN = visit_flow.OPEN_WINDOWS


def _load_page_class(module_name: str, class_name: str) -> type[Any] | None:
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None  # not written yet
        raise
    page_class = getattr(module, class_name, None)
    return page_class if isinstance(page_class, type) else None


class VisitWindow(QMainWindow):
    def __init__(self, db: Database, ops: Ops, consultation_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VisitWindow")
        self.db, self.ops, self.consultation_id = db, ops, consultation_id
        self.saver = Saver(ops)  # no parent: outlives the window until its writes are done
        self.ctx = VisitContext(db, ops, self.saver, consultation_id)
        self.detail: ConsultationDetail | None = None
        self._failures: dict[str, str] = {}
        self._stale: set[Any] = set()
        self._closed = False
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.addLayout(self._header())
        self.missing_panel = MissingPanel(central)
        self.missing_panel.jump.connect(self.go_to_question)
        self.missing_panel.complete_requested.connect(self.complete)
        layout.addWidget(self.missing_panel)
        self.tabs = QTabWidget(central)
        self.tabs.setDocumentMode(True)
        self.checklist = ChecklistPage(self.ctx, self.tabs)
        self.pages: list[Any] = [self.checklist]  # QWidgets with the page contract
        for module_name, class_name in OTHER_PAGES:
            page_class = _load_page_class(module_name, class_name)
            if page_class is not None:
                self.pages.append(page_class(self.ctx, self.tabs))
        for page in self.pages:
            self.tabs.addTab(page, "")
            page.edited.connect(lambda p=page: self._page_edited(p))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.checklist.position_changed.connect(self._remember)
        self.checklist.answers_changed.connect(self._update_missing)
        self.checklist.complete_requested.connect(self.complete)
        self.saver.state_changed.connect(self._save_state)
        self.saver.saved.connect(self._saved)
        self.saver.failed.connect(self._failed)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.timeout.connect(lambda: self.reload())
        self.actions_by_name: dict[str, QAction] = build_menus(self)
        self.actions_by_name["protocol"] = add_protocol_action(self)  # Strg+P
        self.retranslate()
        self.resize(1200, 840)
        app = QApplication.instance()
        if app is not None:  # the program ends with the window open: a normal close too
            app.aboutToQuit.connect(self.close)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.header, 1)
        self.save_state = QLabel(self)
        self.save_state.setAccessibleName(self.tr("Speicherstatus"))
        row.addWidget(self.save_state, 0, Qt.AlignmentFlag.AlignTop)
        self.complete_button = QPushButton(self)
        self.complete_button.clicked.connect(self.complete)
        row.addWidget(self.complete_button, 0, Qt.AlignmentFlag.AlignTop)
        self.amend_button = QPushButton(self)
        self.amend_button.clicked.connect(self.amend)
        self.amend_button.hide()
        row.addWidget(self.amend_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def open(cls, db: Database, ops: Ops, consultation_id: str,
             question_id: str | None = None, parent: QWidget | None = None) -> VisitWindow:
        """Show the consultation's window (the open one if there is one) at
        ``question_id`` (else at the start). The data is loaded in the background."""
        window = _OPEN.get(consultation_id)
        if window is None:
            window = _OPEN[consultation_id] = cls(db, ops, consultation_id, parent)
            window.show()
            window.reload(question_id=question_id, first=True)
        else:
            window.showNormal()
            if question_id is not None and window.detail is not None:
                window.go_to_question(question_id)
        window.raise_()
        window.activateWindow()
        return window

    @staticmethod
    def window_of(consultation_id: str) -> VisitWindow | None:
        return _OPEN.get(consultation_id)

    def reload(self, *, question_id: str | None = None, first: bool = False,
               force: QWidget | None = None) -> None:
        db, cid = self.db, self.consultation_id
        self.ops.run(lambda: consultation_detail(db, cid),
                     on_success=lambda d: self._loaded(d, first, question_id, force),
                     on_failure=self._load_failed, key=f"visit:{cid}")

    def _loaded(self, detail: ConsultationDetail, first: bool, question_id: str | None,
                force: QWidget | None) -> None:
        if self._closed:
            return
        self.detail = detail
        self._show_header(detail)
        self.ctx.read_only = detail.is_completed
        if first:  # the checklist first: the adviser can go on typing at once
            self.checklist.load(detail)
            self._set_read_only(detail.is_completed)
            if not (question_id and self.checklist.go_to_question(question_id)):
                self.checklist.show_section(0)
            if not detail.is_completed:
                self._remember(self.checklist.current_qid, immediate=True)
            for page in self.pages[1:]:
                page.load(detail)
            self._stale.clear()
            if question_id is None and self._new_visit_with_open_steps(detail):
                self.show_page(self.pages.index(self._steps_page()))  # JOURNEYS 2
            return
        focused = QApplication.focusWidget()
        for page in list(self._stale):  # not where the adviser is typing (the checklist
            # takes only steps and amendments from a reload: always safe)
            if page is force or page is self.checklist or focused is None \
                    or not page.isAncestorOf(focused):
                page.load(detail)
                self._stale.discard(page)
        self._set_read_only(detail.is_completed)

    def _steps_page(self) -> QWidget | None:
        return next((p for p in self.pages if type(p).__name__ == "StepsPage"), None)

    def _new_visit_with_open_steps(self, detail: ConsultationDetail) -> bool:
        """Nothing answered yet and steps of earlier visits pending: the visit begins with
        them ("what was agreed last time")."""
        return (self._steps_page() is not None and not detail.is_completed
                and not detail.answers and not detail.notes
                and any(s.status.is_pending for s in detail.carried_steps))

    def _load_failed(self, error: BaseException) -> None:
        dialogs.show_message(self, self.tr("Beratung"), str(error), error=True)
        if self.detail is None:
            self.close()

    def _show_header(self, d: ConsultationDetail) -> None:
        from ui import i18n

        lang = i18n.current_language()
        kreis = f", Kreis {html.escape(d.kreis_name)}" if d.kreis_name else ""
        state = (self.tr("Abgeschlossen am %1").replace("%1",
                                                        local_date_text(d.completed_at, lang))
                 if d.completed_at and d.is_completed else self.tr("Entwurf"))
        place = f" · {html.escape(d.place)}" if d.place else ""
        self.header.setText(
            f"<span style='font-size:15pt; font-weight:bold'>{html.escape(d.municipality_name)}"
            f"</span> &nbsp;(AGS {d.municipality_ags}{kreis})<br>"
            f"{html.escape(d.template.title.get(lang))} "
            + self.tr("(Version %1)").replace("%1", str(d.template.version))
            + f" · {datetime_text(d.held_at, lang)}{place} · <b>{state}</b>")
        self.setWindowTitle(self.tr("Beratung %1 – %2 – advisor-app")
                            .replace("%1", d.municipality_name)
                            .replace("%2", date_text(d.held_at.date(), lang)))

    # --- pages --------------------------------------------------------------------------

    def mark_all_stale(self) -> None:
        """Every page loads the consultation again with the next reload."""
        self._stale.update(self.pages)

    def _page_edited(self, source: QWidget) -> None:
        self._stale.update(p for p in self.pages if p is not source)
        self._reload_timer.start(RELOAD_DELAY_MS)

    def _tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page in self._stale:
            self.reload(force=page)

    def show_page(self, index: int) -> None:
        """Strg+1 … Strg+5: the page, the keyboard in its first field (the checklist: back
        in the question the adviser was at, so typing goes on there)."""
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
            qid = self.checklist.current_qid
            if self.tabs.currentWidget() is self.checklist and qid is not None \
                    and self.checklist.go_to_question(qid):
                return
            self.tabs.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.tabs.currentWidget().focusNextChild()

    def in_checklist(self, action: Callable[[], None]) -> Callable[[], None]:
        """``action`` on the checklist page (shown first)."""
        def run() -> None:
            if self.tabs.currentWidget() is not self.checklist:
                self.tabs.setCurrentWidget(self.checklist)
            action()
        return run

    def go_to_question(self, question_id: str) -> bool:
        self.tabs.setCurrentWidget(self.checklist)
        return self.checklist.go_to_question(question_id)

    def _set_read_only(self, read_only: bool) -> None:
        self.ctx.read_only = read_only
        for page in self.pages:
            page.set_read_only(read_only)
        self.complete_button.setVisible(not read_only)
        self.amend_button.setVisible(read_only)
        for name in ("complete", "clear"):
            self.actions_by_name[name].setEnabled(not read_only)
        self.actions_by_name["amend"].setEnabled(read_only)
        if read_only:
            self.missing_panel.hide()

    # --- saving -------------------------------------------------------------------------

    def _remember(self, question_id: str | None, immediate: bool = False) -> None:
        if self.ctx.read_only or self._closed:
            return
        db, cid = self.db, self.consultation_id
        self.saver.save("position", lambda: remember_position(db, cid, question_id),
                        immediate=immediate)

    def _save_state(self, busy: bool) -> None:
        if self._failures:
            reason = next(iter(self._failures.values()))
            self.save_state.setText(self.tr("Nicht gespeichert: %1").replace("%1", reason))
            self.save_state.setStyleSheet("color: #b3261e; font-weight: bold;")
        else:
            self.save_state.setText(self.tr("Speichert …") if busy else self.tr("Gespeichert"))
            self.save_state.setStyleSheet("color: palette(placeholder-text);")

    def _saved(self, key: str, _result: object) -> None:
        if self._failures.pop(key, None) is not None:
            self._save_state(not self.saver.is_idle())

    def _failed(self, key: str, reason: str) -> None:
        self._failures[key] = reason
        self._save_state(not self.saver.is_idle())

    # --- completing and amending ----------------------------------------------------------

    def _update_missing(self) -> None:
        if self.missing_panel.isVisible():
            self.missing_panel.set_missing(
                [(q.id, self.checklist.question_label(q)) for q in self.checklist.missing()])

    def show_missing(self) -> None:
        self.missing_panel.show()
        self._update_missing()
        self.missing_panel.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def complete(self) -> None:
        """Complete: refused with the list of missing answers, else confirmed and done."""
        visit_flow.complete(self)

    def amend(self) -> None:
        """A correction of the completed consultation (reason and text)."""
        visit_flow.amend(self)

    # --- language and closing -------------------------------------------------------------

    def retranslate(self) -> None:
        for i, page in enumerate(self.pages):
            self.tabs.setTabText(i, page.title())
        self.complete_button.setText(self.tr("Abschließen…"))
        self.complete_button.setAccessibleName(self.tr("Beratung abschließen"))
        self.amend_button.setText(self.tr("Nachtrag…"))
        self.amend_button.setAccessibleName(self.tr("Nachtrag erfassen"))
        self._save_state(not self.saver.is_idle())
        if self.detail is not None:
            self._show_header(self.detail)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Write what is pending, wait for it, and forget the open draft (a normal end:
        nothing to reopen). Another visit window still open remembers itself again."""
        if not self._closed:
            self._closed = True
            self.saver.flush()
            db = self.db
            self.ops.run(lambda: clear_open_draft(db), on_success=lambda _r: None)
            self.ops.wait()
            _OPEN.pop(self.consultation_id, None)
            for other in _OPEN.values():
                other._remember(other.checklist.current_qid, immediate=True)
        super().closeEvent(event)
