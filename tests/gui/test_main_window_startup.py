"""Start-up with the window first: the shell before the database is open, what is typed
meanwhile, the database opened after the first paint, a damaged or locked database on this
path, and that the first screen does not import the heavy libraries."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from advisor_app.persistence.database import (
    Database,
    WriterLock,
    acquire_writer_lock,
    backup_database,
)
from ui import app
from ui.main_window import MainWindow
from ui.ops import Ops

ROOT = Path(__file__).resolve().parents[2]
GLADBECK = "05562014"
LOADING = "Daten werden geladen…"


def shell(qtbot: Any, ops: Ops) -> MainWindow:
    window = MainWindow(None, ops)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_shell_says_loading_and_keeps_what_is_typed(qtbot: Any, ops: Ops,
                                                        db: Database) -> None:
    window = shell(qtbot, ops)
    panel = window.list_panel
    assert panel.is_loading() and panel.loading_label.isVisible()
    assert panel.loading_label.text() == LOADING and panel.count_label.text() == LOADING
    assert not window.settings_action.isEnabled() and not window.trash_action.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.search)
    qtbot.keyClicks(panel.search, "glad")  # typed before the data is there
    assert panel.proxy.rowCount() == 0 and window.detail_panel.detail() is None
    window.attach_database(db)
    assert not panel.is_loading() and not panel.loading_label.isVisible()
    assert panel.search.text() == "glad"
    found = [panel.proxy.index(r, 1).data() for r in range(panel.proxy.rowCount())]
    assert len(found) == 3 and GLADBECK in found  # and Bergisch Gladbach, Mönchengladbach
    shown = window.detail_panel.detail()
    assert shown is not None and shown.row.ags == GLADBECK  # selected as if typed now
    assert "3 von 396" in panel.count_label.text()
    assert window.settings_action.isEnabled() and window.trash_action.isEnabled()


def start(qtbot: Any, db_path: Path, ops: Ops) -> tuple[MainWindow, app.Startup]:
    lock = acquire_writer_lock(db_path)
    window = shell(qtbot, ops)
    startup = app.Startup(window, ops, lock, "de")
    return window, startup


def test_the_database_is_opened_after_the_first_paint(qtbot: Any, db_path: Path,
                                                      ops: Ops) -> None:
    window, startup = start(qtbot, db_path, ops)
    assert window.db is None
    startup.begin()
    qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 396)
    assert window.db is not None and window.db is startup.db
    assert startup.exit_code is None
    startup.close()
    again = WriterLock(db_path.resolve())  # closing the database released the lock
    again.acquire()
    again.release()


def test_a_second_window_is_refused_before_it_is_shown(db: Database, modals: Any) -> None:
    lock, code = app.take_lock_interactive(db.path)
    assert lock is None and code == app.EXIT_LOCKED
    assert "anderen advisor-app-Fenster" in modals.messages[0][1]


def test_a_damaged_database_is_restored_from_the_backup_and_shown(
        qtbot: Any, db_path: Path, ops: Ops, modals: Any) -> None:
    backup = backup_database(db_path, reason="test")
    db_path.write_bytes(b"this is not a database" * 200)
    window, startup = start(qtbot, db_path, ops)
    modals.choices = [0]  # "Sicherung wiederherstellen"
    startup.open_now()
    try:
        assert backup.name in modals.questions[0][0]
        assert window.list_panel.model.rowCount() == 396
        assert startup.exit_code is None
        assert list(db_path.parent.glob("advisor-replaced-*.sqlite"))  # damaged file kept
    finally:
        startup.close()


def test_a_damaged_database_without_backup_ends_the_program_untouched(
        qtbot: Any, tmp_path: Path, ops: Ops, modals: Any) -> None:
    path = tmp_path / "advisor.sqlite"
    garbage = b"this is not a database" * 200
    path.write_bytes(garbage)
    window, startup = start(qtbot, path, ops)
    startup.open_now()
    startup.close()
    assert startup.exit_code == app.EXIT_DAMAGED
    assert "keine Sicherung" in modals.messages[0][1]
    assert not window.isVisible()
    assert path.read_bytes() == garbage
    assert not startup.lock.is_locked


def test_the_first_screen_does_not_import_the_heavy_libraries() -> None:
    """The shell window is built without SQLAlchemy, Alembic, openpyxl or reportlab (they
    are imported on the worker thread after the first paint, or never)."""
    code = (
        "import json, sys\n"
        "from ui import app\n"
        "from ui.main_window import MainWindow\n"
        "from ui.ops import Ops\n"
        "qt = app.make_application([])\n"
        "window = MainWindow(None, Ops())\n"
        "window.show()\n"
        "qt.processEvents()\n"
        "heavy = {'sqlalchemy', 'alembic', 'openpyxl', 'reportlab'}\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & heavy)))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_pyside_import_hook_is_replaced_by_the_same_test() -> None:
    import shibokensupport.feature as feature  # type: ignore[import-not-found]

    assert feature._mod_uses_pyside.__name__ == "mentions_pyside"
    assert feature._mod_uses_pyside(app) is True  # ui/app.py imports PySide6
    assert feature._mod_uses_pyside(json) is False
    assert feature._mod_uses_pyside(sys) is False  # built in, no file


def run_main(db_path: Path) -> subprocess.CompletedProcess[str]:
    """``ui.app.main`` in a fresh process, every message answered with "Beenden"."""
    code = (
        "import sys\n"
        "from ui import app, dialogs\n"
        "def message(_parent, _title, text, **_kw): print('MESSAGE', text.splitlines()[0])\n"
        "def choose(_parent, _title, text, options, **_kw):\n"
        "    print('QUESTION', text.splitlines()[0]); return len(options) - 1\n"
        "dialogs.show_message, dialogs.choose = message, choose\n"
        f"sys.exit(app.main(['--db', {str(db_path)!r}]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(db_path.parent),
               XDG_CONFIG_HOME=str(db_path.parent / "config"))
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_main_ends_with_exit_code_4_when_damage_is_not_repaired(db_path: Path) -> None:
    backup_database(db_path, reason="test")
    garbage = b"x" * 4096
    db_path.write_bytes(garbage)
    result = run_main(db_path)
    assert result.returncode == app.EXIT_DAMAGED, result.stderr
    assert "QUESTION Die Datenbank" in result.stdout  # the restore was offered
    assert db_path.read_bytes() == garbage


def test_main_ends_with_exit_code_3_when_another_window_has_the_database(
        db: Database) -> None:
    result = run_main(db.path)
    assert result.returncode == app.EXIT_LOCKED, result.stderr
    assert "MESSAGE Die Datenbank wird bereits" in result.stdout
