"""Test hook for the autosave crash test: ``python -m ui.consultation.testhook --db FILE``
starts the real program (``ui.app.main``, the usual start-up) with additions driven by
environment variables; without them it is the plain program.

* ``ADVISOR_APP_TEST_TYPE=text``: once the reopened visit window shows its question, type
  ``text`` into that question's editor key by key, ``ADVISOR_APP_TEST_CPS`` keys a second
  (default 10), printing ``typed N`` after each key (flushed: the test reads it live).
* ``ADVISOR_APP_TEST_REPORT=1``: once the visit window is open, print one JSON line
  ``{"consultation": ..., "question": ..., "answer": ...}`` (where the keyboard is, and
  what its editor shows) and quit (the visit window still open: it closes itself).

Only for tests; nothing here runs in a normal start.
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui.consultation.visit_window import VisitWindow
from ui.main_window import MainWindow

POLL_MS = 20


def _visit_window() -> VisitWindow | None:
    from ui.consultation.visit_flow import OPEN_WINDOWS

    for window in OPEN_WINDOWS.values():
        if window.detail is not None and window.checklist.current_block() is not None:
            return window
    return None


def _when_open(then: object) -> None:
    def poll() -> None:
        window = _visit_window()
        if window is None:
            QTimer.singleShot(POLL_MS, poll)
        else:
            then(window)  # type: ignore[operator]

    QTimer.singleShot(POLL_MS, poll)


def _type(window: VisitWindow, text: str, per_second: float) -> None:
    block = window.checklist.current_block()
    assert block is not None
    target = block.editor.focus_target()
    print(f"ready {window.consultation_id} {block.question.id}", flush=True)
    position = {"i": 0}
    timer = QTimer(window)

    def key() -> None:
        i = position["i"]
        if i >= len(text):
            timer.stop()
            print("done", flush=True)
            return
        QTest.keyClicks(target, text[i])
        position["i"] = i + 1
        print(f"typed {i + 1}", flush=True)

    timer.timeout.connect(key)
    timer.start(int(1000 / per_second))


def _report(window: VisitWindow) -> None:
    block = window.checklist.current_block()
    assert block is not None
    print(json.dumps({"consultation": window.consultation_id, "question": block.question.id,
                      "answer": block.editor.value()}), flush=True)
    QApplication.quit()  # the program ends with the visit window open


def install() -> None:
    """Wrap ``MainWindow.attach_database`` with what the environment asks for."""
    original = MainWindow.attach_database

    def attach_database(self: MainWindow, db: object, data: object = None) -> None:
        original(self, db, data)  # type: ignore[arg-type]
        text = os.environ.get("ADVISOR_APP_TEST_TYPE")
        if text:
            per_second = float(os.environ.get("ADVISOR_APP_TEST_CPS", "10"))
            _when_open(lambda window: _type(window, text, per_second))
        if os.environ.get("ADVISOR_APP_TEST_REPORT"):
            _when_open(_report)

    MainWindow.attach_database = attach_database  # type: ignore[method-assign]


def main(argv: list[str] | None = None) -> int:
    from ui.app import main as app_main

    install()
    return app_main(argv)


if __name__ == "__main__":
    sys.exit(main())
