"""Benchmark driver, run as a fresh subprocess per measurement (never imported by pytest).

    python driver.py bare                       a bare PySide6 QMainWindow
    python driver.py app --db PATH [--search W1,W2,...] [--rounds N]
                                                the real program, started like ``advisor-app``

Both install the same probe: an event filter on the QApplication that notes the first paint
of the main window, lets the pending events run (``QTimer.singleShot(0)``) and then reports.
For the real program, ``PySide6.QtWidgets.QApplication`` is replaced by a subclass that
installs the probe, before ``ui`` is imported, so the program starts exactly as it does for
a user (``ui.launcher.main``). Results: one line ``BENCH {json}`` on stdout, then the
process ends at once with ``os._exit`` (teardown is not part of any measurement).

The program shows its window before the database is open and fills the list afterwards, so
two moments are reported: ``shown_at`` (first paint of the main window) and ``loaded_at``
(the list holds all 396 municipalities and has been painted with them). The driver waits
for the second inside the event loop (model signals + a paint filter), not by polling, so
it does not compete with the program's worker thread for the GIL.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView, QWidget

TIMEOUT_MS = 120_000
MUNICIPALITIES = 396


def memory_mb() -> dict[str, float]:
    values: dict[str, float] = {}
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            key = line.split(":", 1)[0]
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(line.split()[1]) / 1024
    return values


def report(result: dict[str, Any], code: int = 0) -> None:
    sys.stdout.write("BENCH " + json.dumps(result) + "\n")
    sys.stdout.flush()
    os._exit(code)


class FirstPaintProbe(QObject):
    """Calls ``on_shown(window)`` once, after the first paint of a main window."""

    def __init__(self, on_shown: Callable[[QMainWindow], None]) -> None:
        super().__init__()
        self._on_shown = on_shown
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self._done and event.type() == QEvent.Type.Paint
                and isinstance(watched, QMainWindow)):
            self._done = True
            window = watched
            QTimer.singleShot(0, lambda: self._on_shown(window))
        return False


def install_probe(app: QApplication, on_shown: Callable[[QMainWindow], None]) -> None:
    probe = FirstPaintProbe(on_shown)
    app.installEventFilter(probe)
    app.setProperty("bench_probe_installed", True)
    globals()["_PROBE"] = probe  # keep it alive


class PaintWatcher(QObject):
    """Quits ``loop`` after the next paint of the watched widget (and the pending events)."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self._loop = loop
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, self._loop.quit)
        return False


def wait_until_filled_and_painted(view: QTableView, rows: int, timeout_s: float = 120) -> bool:
    """Run the event loop until the view's model holds ``rows`` rows and the view has been
    painted after that; True on success, False on timeout."""
    loop = QEventLoop()
    watcher = PaintWatcher(loop)
    model = view.model()
    armed = False

    def check(*_args: object) -> None:
        nonlocal armed
        if not armed and model.rowCount() >= rows:
            armed = True
            view.viewport().installEventFilter(watcher)
            view.viewport().update()  # in case the fill was painted before we looked

    signals = (model.modelReset, model.rowsInserted, model.layoutChanged)
    for signal in signals:
        signal.connect(check)
    check()
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(loop.quit)
    timeout.start(int(timeout_s * 1000))
    if not watcher.painted:
        loop.exec()
    timeout.stop()
    for signal in signals:
        signal.disconnect(check)
    view.viewport().removeEventFilter(watcher)
    return watcher.painted


def find_search_field(window: QWidget) -> QLineEdit:
    fields = [w for w in window.findChildren(QLineEdit) if w.isVisible()]
    for field in fields:
        text = f"{field.accessibleName()} {field.objectName()} {field.placeholderText()}"
        if "such" in text.casefold() or "search" in text.casefold():
            return field
    raise RuntimeError(f"no search field among {[f.accessibleName() for f in fields]}")


def find_list(window: QWidget) -> QTableView:
    views = [v for v in window.findChildren(QTableView)
             if isinstance(v.model(), QSortFilterProxyModel)]
    for view in views:
        if view.accessibleName().casefold() in ("gemeinden", "municipalities"):
            return view
    if not views:
        raise RuntimeError("no filtered table view in the main window")
    return views[0]


def type_char(field: QWidget, char: str) -> None:
    """One key press + release carrying ``char`` (QTest.keyClicks handles ASCII only)."""
    key = ord(char.upper()) if char.isascii() else int(Qt.Key.Key_unknown)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def measure_search(window: QMainWindow, words: list[str], rounds: int) -> dict[str, Any]:
    """Type each word key by key, then delete it key by key; time every keystroke until the
    filter has run and the resulting events (layout, paint) are processed."""
    app = QApplication.instance()
    assert app is not None
    field = find_search_field(window)
    view = find_list(window)
    proxy = view.model()
    field.setFocus()
    app.processEvents()
    per_key_ms: list[float] = []
    counts: list[int] = []
    for _ in range(rounds):
        for word in words:
            for char in word:
                started = time.perf_counter()
                type_char(field, char)
                app.processEvents()
                per_key_ms.append((time.perf_counter() - started) * 1000)
            counts.append(proxy.rowCount())
            for _char in word:
                started = time.perf_counter()
                QTest.keyClick(field, Qt.Key.Key_Backspace)
                app.processEvents()
                per_key_ms.append((time.perf_counter() - started) * 1000)
            if field.text():
                raise RuntimeError(f"search field not empty after deleting: {field.text()!r}")
    if proxy.rowCount() != MUNICIPALITIES:
        raise RuntimeError(f"list has {proxy.rowCount()} rows after clearing the search")
    return {"keystrokes_ms": per_key_ms, "rows_after_word": counts}


def run_bare() -> None:
    app = QApplication(sys.argv[:1])

    def shown(_window: QMainWindow) -> None:
        report({"shown_at": time.time(), **memory_mb()})

    install_probe(app, shown)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1200, 800)
    window.show()
    QTimer.singleShot(TIMEOUT_MS, lambda: report({"error": "timeout"}, 3))
    app.exec()


def run_app(db: Path, words: list[str], rounds: int) -> None:
    import PySide6.QtWidgets as qt_widgets

    result: dict[str, Any] = {}

    def shown(window: QMainWindow) -> None:
        result["shown_at"] = time.time()
        result["window"] = type(window).__name__
        result.update({f"{k}_shown": v for k, v in memory_mb().items()})
        try:
            view = find_list(window)
            if not wait_until_filled_and_painted(view, MUNICIPALITIES):
                raise RuntimeError(f"list not loaded: {view.model().rowCount()} rows")
            result["loaded_at"] = time.time()
            result.update({f"{k}_loaded": v for k, v in memory_mb().items()})
            if words:
                result.update(measure_search(window, words, rounds))
                result.update({f"{k}_searched": v for k, v in memory_mb().items()})
        except Exception as exc:  # reported to the parent, which fails loudly
            result["error"] = f"{type(exc).__name__}: {exc}"
            report(result, 2)
        report(result)

    class BenchApplication(qt_widgets.QApplication):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            install_probe(self, shown)
            QTimer.singleShot(TIMEOUT_MS, lambda: report({"error": "timeout"}, 3))

    qt_widgets.QApplication = BenchApplication  # type: ignore[misc]
    from ui.launcher import main

    code = main(["--db", str(db)])
    report({"error": f"the program exited ({code}) before its window was painted"}, 4)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("bare", "app"))
    parser.add_argument("--db", type=Path)
    parser.add_argument("--search", default="", help="comma-separated words to type")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    if args.mode == "bare":
        run_bare()
    else:
        words = [w for w in args.search.split(",") if w]
        run_app(args.db, words, args.rounds)


if __name__ == "__main__":
    main()
