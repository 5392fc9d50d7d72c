"""Start of the desktop program: options, the database (with clear messages when it is
locked or damaged), translations, the main window; and ``--self-test`` for the bundle.

Start-up order (the window appears before the heavy work):

1. take the database's writer lock (cheap): a second window is refused before anything is
   shown;
2. show the main window as a shell: the list says "Daten werden geladen…", the search field
   has the focus and keeps what is typed;
3. after the first paint, open the database on the worker thread (``ui.ops``): integrity
   check, migration with backup, seed; then load the municipality list. SQLAlchemy is
   imported only now (and Alembic only when a migration is due);
4. hand the database and the list to the window; the typed text filters it at once.

A damaged database is reported with the offer to restore the newest backup (then step 3
runs again); a failure that cannot be repaired closes the window with an exit code.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication


def speed_up_pyside_import_hook() -> bool:
    """PySide6 6.12 hooks ``__import__`` and, for every module imported after it, asks
    ``inspect.getsource`` whether the source mentions "PySide6" (for its optional
    ``__feature__`` switching). Through ``inspect``/``linecache`` that costs 50-100 ms for
    SQLAlchemy's modules (measured on 2 cores). Same test, reading the file directly.
    Returns True when the hook was found and replaced (no-op on other PySide versions)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False

    def mentions_pyside(module: Any) -> bool:
        filename = getattr(module, "__file__", None)
        if not isinstance(filename, str) or not filename.endswith(".py"):
            return False  # built-in, extension or source-less: what inspect reports too
        try:
            with open(filename, "rb") as fh:
                return b"PySide6" in fh.read()
        except OSError:
            return False

    setattr(feature, "_mod_uses_pyside", mentions_pyside)  # noqa: B010
    return True


speed_up_pyside_import_hook()  # before the imports below, and SQLAlchemy's later

from advisor_app import __version__  # noqa: E402
from advisor_app.persistence.database import (  # noqa: E402
    Database,
    DatabaseDamaged,
    DatabaseError,
    DatabaseLocked,
    WriterLock,
    acquire_writer_lock,
    open_database,
    peek_setting,
    resolve_db_path,
    restore_backup,
)
from ui import dialogs, i18n, pyside_fix  # noqa: E402

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.municipalities.list_panel import ListData
    from ui.ops import Ops

pyside_fix.install()

EXIT_LOCKED = 3
EXIT_DAMAGED = 4
EXIT_DB_ERROR = 5
SELF_TEST_AGS = "05562014"  # Gladbeck (JOURNEYS 1)
START_WITHOUT_PAINT_MS = 1000  # open the database even if no paint event comes (minimized)

translate = QCoreApplication.translate


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="advisor-app", description="advisor-app (Fenster)")
    parser.add_argument("--db", type=Path, default=None, help="Pfad der Datenbank")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=None, help="Sprache")
    parser.add_argument("--self-test", action="store_true",
                        help="Fenster unsichtbar öffnen, Suche prüfen, eine Beratung anlegen "
                        "und ihr Protokoll schreiben, beenden (0 = in Ordnung)")
    return parser.parse_args(argv)


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication([sys.argv[0] if sys.argv else "advisor-app", *argv])
    app.setOrganizationName("KoordinierungsstelleNRW")
    app.setApplicationName("advisor-app")
    app.setApplicationVersion(__version__)
    return app


def _title() -> str:
    return translate("App", "advisor-app – Datenbank")


def show_locked(exc: DatabaseLocked) -> None:
    dialogs.show_message(None, _title(), translate(
        "App", "Die Datenbank wird bereits von einem anderen advisor-app-Fenster "
               "oder -Befehl benutzt:\n%1\n\nBitte das andere Programm schließen und "
               "advisor-app erneut starten.").replace("%1", str(exc.path)), error=True)


def open_database_interactive(path: Path) -> tuple[Database | None, int]:
    """Open the database for writing (blocking); on a lock or damage tell the user and (when
    damaged) offer to restore the newest backup. Returns (database, 0) or (None, exit code).
    The window's start-up does the same in the background (:class:`Startup`)."""
    while True:
        try:
            return open_database(path, writer=True), 0
        except DatabaseLocked as exc:
            show_locked(exc)
            return None, EXIT_LOCKED
        except DatabaseDamaged as exc:
            if not restore_newest_backup(exc, _title()):
                return None, EXIT_DAMAGED
        except DatabaseError as exc:
            dialogs.show_message(None, _title(), str(exc), error=True)
            return None, EXIT_DB_ERROR


def restore_newest_backup(exc: DatabaseDamaged, title: str) -> bool:
    """Ask whether to replace the damaged file by its newest backup (the damaged file is
    kept beside it). True when restored, so opening can be retried."""
    problems = "\n".join(f"• {p}" for p in exc.problems[:5])
    text = translate("App", "Die Datenbank\n%1\nist beschädigt:\n%2\n\n").replace(
        "%1", str(exc.path)).replace("%2", problems)
    if not exc.backups:
        dialogs.show_message(None, title, text + translate(
            "App", "Es gibt keine Sicherung. Das Programm legt keine leere Datenbank an; "
                   "bitte die IT-Betreuung fragen."), error=True)
        return False
    text += translate("App", "Neueste Sicherung: %1\nDie beschädigte Datei bleibt daneben "
                             "erhalten.").replace("%1", exc.backups[0].name)
    choice = dialogs.choose(None, title, text, [
        translate("App", "Sicherung &wiederherstellen"), translate("App", "&Beenden")],
        error=True)
    if choice != 0:
        return False
    try:
        kept = restore_backup(exc.backups[0], exc.path)
    except DatabaseError as error:
        dialogs.show_message(None, title, str(error), error=True)
        return False
    dialogs.show_message(None, title, translate(
        "App", "Die Sicherung %1 wurde wiederhergestellt. Die beschädigte Datei liegt unter "
               "%2.").replace("%1", exc.backups[0].name).replace("%2", str(kept)))
    return True


def take_lock_interactive(path: Path) -> tuple[WriterLock | None, int]:
    """Step 1: the writer lock, or a message and the exit code when another program has it."""
    try:
        return acquire_writer_lock(path), 0
    except DatabaseLocked as exc:
        show_locked(exc)
        return None, EXIT_LOCKED
    except OSError as exc:  # e.g. the folder cannot be created
        dialogs.show_message(None, _title(), str(exc), error=True)
        return None, EXIT_DB_ERROR


class Startup(QObject):
    """Steps 3 and 4 of the start-up for a shown shell window: :meth:`begin` waits for its
    first paint, :meth:`open_now` opens the database on the worker thread. When the program
    must end (damaged database not restored, other errors) the window is closed, ``exit_code``
    set and ``ended(code)`` emitted (``main`` ends the event loop with it)."""

    ended = Signal(int)

    def __init__(self, window: MainWindow, ops: Ops, lock: WriterLock,
                 language: str | None) -> None:
        super().__init__(window)
        self.window, self.ops, self.lock = window, ops, lock
        self.language = language  # --lang; None: the one stored in the settings
        self.db: Database | None = None  # once opened (set on the worker thread)
        self.exit_code: int | None = None
        self._started = False

    def begin(self) -> None:
        self.window.installEventFilter(self)
        QTimer.singleShot(START_WITHOUT_PAINT_MS, self._start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._started:
            QTimer.singleShot(0, self._start)  # after this paint has reached the screen
        return False

    def _start(self) -> None:
        if not self._started:
            self._started = True
            self.window.removeEventFilter(self)
            self.open_now()

    def open_now(self) -> None:
        path, lock, language = self.lock.db_path, self.lock, self.language

        def work() -> tuple[Database, ListData, str]:
            from advisor_app.services.settings import load_settings
            from ui.municipalities.list_panel import load_list_data

            db = self.db = open_database(path, writer=True, lock=lock)
            data = load_list_data(db)
            i18n.ensure_country_names(db)
            return db, data, language or load_settings(db).language

        self.ops.run(work, on_success=self._opened, on_failure=self._failed)

    def _opened(self, result: tuple[Database, ListData, str]) -> None:
        db, data, language = result
        if language != i18n.current_language():
            i18n.install_language(language)
        self.window.attach_database(db, data)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DatabaseDamaged):
            if restore_newest_backup(error, _title()):
                self.open_now()
                return
            self._end(EXIT_DAMAGED)
            return
        if not isinstance(error, DatabaseError):
            traceback.print_exception(error)
        dialogs.show_message(None, _title(), str(error) or type(error).__name__, error=True)
        self._end(EXIT_DB_ERROR)

    def _end(self, code: int) -> None:
        self.exit_code = code
        self.window.close()
        self.ended.emit(code)

    def close(self) -> None:
        """At the end: close the database (which releases the lock), or release the lock."""
        if self.db is not None:
            self.db.close()
            self.db = None
        elif self.lock.is_locked:
            self.lock.release()


def start_window(path: Path | None, language: str | None,
                 ) -> tuple[MainWindow, Ops, Startup] | int:
    """Steps 1 and 2 (and 3 queued): the shown shell window, or the exit code."""
    db_path = resolve_db_path(path)
    i18n.install_language(language or peek_setting(db_path, "language") or "de")
    lock, code = take_lock_interactive(db_path)
    if lock is None:
        return code
    from ui.main_window import MainWindow
    from ui.ops import Ops

    ops = Ops()
    window = MainWindow(None, ops)
    startup = Startup(window, ops, lock, language)
    window.show()
    startup.begin()
    return window, ops, startup


def main(argv: list[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(args_list)
    if args.self_test:
        return run_self_test(args_list)
    app = make_application([])
    started = start_window(args.db, args.lang)
    if isinstance(started, int):
        return started
    _window, ops, startup = started
    startup.ended.connect(app.exit)
    try:
        code = app.exec()
        ops.wait()
        return startup.exit_code if startup.exit_code is not None else code
    finally:
        startup.close()


def _wait_for(app: QApplication, condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return condition()


def run_self_test(argv: list[str] | None = None) -> int:
    """Start the main window offscreen on a fresh temporary database the way a user starts
    it (shell first, database opened in the background), type "Glad", check that Gladbeck
    is found, selected and its partnerships shown; then create a consultation of Gladbeck
    and write its protocol PDF through the protocol window. Prints one line; 0 = success."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    folder = Path(tempfile.mkdtemp(prefix="advisor-app-selftest-"))
    try:
        reason = _self_test(folder)
    except Exception as exc:  # every failure must become a one-line reason and exit != 0
        reason = f"{type(exc).__name__}: {exc}"
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    elapsed = time.monotonic() - started
    if reason.startswith("ok"):
        print(f"advisor-app self-test: {reason} ({elapsed:.1f} s)")
        return 0
    print(f"advisor-app self-test FAILED: {reason}", file=sys.stderr)
    return 1


def _self_test(folder: Path) -> str:
    """The checks of :func:`run_self_test`; a message the program would show becomes the
    reason of the failure (nothing modal may block an unattended run)."""
    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> int:
        shown.append(text)
        return -1  # "Beenden" for a question

    saved = dialogs.show_message, dialogs.choose
    dialogs.show_message, dialogs.choose = record, record  # type: ignore[assignment]
    try:
        return _self_test_window(folder, shown)
    finally:
        dialogs.show_message, dialogs.choose = saved


def _self_test_window(folder: Path, shown: list[str]) -> str:
    from PySide6.QtTest import QTest

    app = make_application([])
    # window layout goes to the temporary folder, not the user's settings
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    started = start_window(folder / "selftest.sqlite", "de")
    if isinstance(started, int):
        return f"the database could not be opened (exit code {started}): {shown}"
    window, ops, startup = started
    try:
        panel, detail = window.list_panel, window.detail_panel
        QTest.keyClicks(panel.search, "Glad")  # typed before the data is there: kept
        if not _wait_for(app, lambda: panel.model.rowCount() > 0 or bool(shown), 60):
            return "the municipality list did not load"
        if shown:
            return f"the database could not be opened: {shown[0]}"
        app.processEvents()
        visible = {str(panel.proxy.index(r, 1).data()) for r in range(panel.proxy.rowCount())}
        if SELF_TEST_AGS not in visible:
            return f"searching 'Glad' did not find Gladbeck ({SELF_TEST_AGS}); found {visible}"
        gladbeck = next(r for r in panel.model.rows() if r.ags == SELF_TEST_AGS)
        auto_selected = panel.current_id() == gladbeck.id
        panel.select_id(gladbeck.id)

        def gladbeck_shown() -> bool:
            shown_detail = detail.detail()
            return shown_detail is not None and shown_detail.row.ags == SELF_TEST_AGS

        if not _wait_for(app, gladbeck_shown, 20):
            return "the detail view did not show Gladbeck"
        count = detail.partnerships.model.rowCount()
        if count == 0:
            return "Gladbeck's partnerships are not shown"
        how = "selected while typing" if auto_selected else "selected"
        from ui.protocol.self_test import check_protocol

        assert startup.db is not None
        protocol = check_protocol(startup.db, ops, gladbeck.id, folder,
                                  lambda done, secs: _wait_for(app, done, secs), shown)
        if not protocol.startswith("ok: "):
            return protocol
        return (f"ok: {panel.proxy.rowCount()} match(es) for 'Glad', Gladbeck "
                f"({SELF_TEST_AGS}) {how}, {count} partnerships shown; {protocol[4:]}")
    finally:
        window.close()
        ops.wait()
        window.deleteLater()
        app.processEvents()
        startup.close()
