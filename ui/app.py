"""Start of the desktop program: options, the database (with clear messages when it is
locked or damaged), translations, the main window; and ``--self-test`` for the bundle."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from advisor_app import __version__
from advisor_app.persistence.database import (
    Database,
    DatabaseDamaged,
    DatabaseError,
    DatabaseLocked,
    default_db_path,
    open_database,
    restore_backup,
)
from advisor_app.services.settings import load_settings
from ui import dialogs, i18n, pyside_fix

pyside_fix.install()

EXIT_LOCKED = 3
EXIT_DAMAGED = 4
EXIT_DB_ERROR = 5
SELF_TEST_AGS = "05562014"  # Gladbeck (JOURNEYS 1)

translate = QCoreApplication.translate


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="advisor-app", description="advisor-app (Fenster)")
    parser.add_argument("--db", type=Path, default=None, help="Pfad der Datenbank")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=None, help="Sprache")
    parser.add_argument("--self-test", action="store_true",
                        help="Fenster unsichtbar öffnen, Suche prüfen, beenden (0 = in Ordnung)")
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


def open_database_interactive(path: Path) -> tuple[Database | None, int]:
    """Open the database for writing; on a lock or damage tell the user and (when damaged)
    offer to restore the newest backup. Returns (database, 0) or (None, exit code)."""
    title = translate("App", "advisor-app – Datenbank")
    while True:
        try:
            return open_database(path, writer=True), 0
        except DatabaseLocked as exc:
            dialogs.show_message(None, title, translate(
                "App", "Die Datenbank wird bereits von einem anderen advisor-app-Fenster "
                       "oder -Befehl benutzt:\n%1\n\nBitte das andere Programm schließen und "
                       "advisor-app erneut starten.").replace("%1", str(exc.path)), error=True)
            return None, EXIT_LOCKED
        except DatabaseDamaged as exc:
            if not restore_newest_backup(exc, title):
                return None, EXIT_DAMAGED
        except DatabaseError as exc:
            dialogs.show_message(None, title, str(exc), error=True)
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


def main(argv: list[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(args_list)
    if args.self_test:
        return run_self_test(args_list)
    from ui.main_window import MainWindow
    from ui.ops import Ops

    app = make_application([])
    i18n.install_language(args.lang or "de")
    db, code = open_database_interactive(args.db or default_db_path())
    if db is None:
        return code
    try:
        i18n.install_language(args.lang or load_settings(db).language)
        ops = Ops()
        window = MainWindow(db, ops)
        window.show()
        code = app.exec()
        ops.wait()
        return code
    finally:
        db.close()


def _wait_for(app: QApplication, condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return condition()


def run_self_test(argv: list[str] | None = None) -> int:
    """Open the main window offscreen on a fresh temporary database, type "Glad", check that
    Gladbeck is found, selected and its partnerships shown. Prints one line; 0 = success."""
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
    from PySide6.QtTest import QTest

    from ui.main_window import MainWindow
    from ui.ops import Ops

    app = make_application([])
    # window layout goes to the temporary folder, not the user's settings
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    i18n.install_language("de")
    db = open_database(folder / "selftest.sqlite", writer=True)
    ops = Ops()
    window = MainWindow(db, ops)
    try:
        window.show()
        panel, detail = window.list_panel, window.detail_panel
        if not _wait_for(app, lambda: panel.model.rowCount() > 0, 20):
            return "the municipality list did not load"
        QTest.keyClicks(panel.search, "Glad")
        app.processEvents()
        visible = {str(panel.proxy.index(r, 1).data()) for r in range(panel.proxy.rowCount())}
        if SELF_TEST_AGS not in visible:
            return f"searching 'Glad' did not find Gladbeck ({SELF_TEST_AGS}); found {visible}"
        gladbeck = next(r for r in panel.model.rows() if r.ags == SELF_TEST_AGS)
        auto_selected = panel.current_id() == gladbeck.id
        panel.select_id(gladbeck.id)

        def shown() -> bool:
            shown_detail = detail.detail()
            return shown_detail is not None and shown_detail.row.ags == SELF_TEST_AGS

        if not _wait_for(app, shown, 20):
            return "the detail view did not show Gladbeck"
        count = detail.partnerships.model.rowCount()
        if count == 0:
            return "Gladbeck's partnerships are not shown"
        how = "selected while typing" if auto_selected else "selected"
        return (f"ok: {panel.proxy.rowCount()} match(es) for 'Glad', Gladbeck "
                f"({SELF_TEST_AGS}) {how}, {count} partnerships shown")
    finally:
        window.close()
        ops.wait()
        window.deleteLater()
        app.processEvents()
        db.close()
