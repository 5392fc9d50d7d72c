"""Start-up: the about dialog, the settings dialog from the menu, a locked or damaged
database, and the bundle's ``--self-test`` (in a real subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from advisor_app.persistence.database import Database, backup_database
from advisor_app.services.settings import load_settings
from ui import app
from ui.about import AboutDialog
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_about_dialog_shows_version_and_every_attribution(qtbot: Any) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for needle in ("Destatis", "GeoBasis-DE / BKG", "CC BY-SA 4.0", "GeoNames",
                   "Natural Earth", "iso-codes", "Under2"):
        assert needle in text
    from advisor_app import __version__

    assert __version__ in dialog.heading.text()


def test_help_menu_opens_about_and_file_menu_opens_settings(window: MainWindow,
                                                            modals: Any) -> None:
    window.about_action.trigger()
    window.settings_action.trigger()
    assert [type(d).__name__ for d in modals.dialogs] == ["AboutDialog", "SettingsDialog"]


def test_choosing_english_in_the_settings_switches_the_window(window: MainWindow,
                                                              db: Database,
                                                              modals: Any) -> None:
    def choose_english(dialog: Any) -> bool:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.accept()
        return dialog.saved_settings is not None

    modals.on_dialog = choose_english
    window.settings_action.trigger()
    assert window.menuBar().actions()[0].text() == "&File"
    assert load_settings(db).language == "en"


def test_a_locked_database_is_refused_with_a_message(db: Database, modals: Any) -> None:
    opened, code = app.open_database_interactive(db.path)
    assert opened is None and code == app.EXIT_LOCKED
    assert "anderen advisor-app-Fenster" in modals.messages[0][1]


def test_a_damaged_database_offers_the_newest_backup(db_path: Path, modals: Any) -> None:
    backup = backup_database(db_path, reason="test")
    db_path.write_bytes(b"this is not a database" * 200)
    modals.choices = [0]  # "Sicherung wiederherstellen"
    opened, code = app.open_database_interactive(db_path)
    try:
        assert opened is not None and code == 0
        assert backup.name in modals.questions[0][0]
        assert list(db_path.parent.glob("advisor-replaced-*.sqlite"))  # damaged file kept
    finally:
        if opened is not None:
            opened.close()


def test_a_damaged_database_without_backup_is_never_replaced(tmp_path: Path,
                                                             modals: Any) -> None:
    path = tmp_path / "advisor.sqlite"
    garbage = b"this is not a database" * 200
    path.write_bytes(garbage)
    opened, code = app.open_database_interactive(path)
    assert opened is None and code == app.EXIT_DAMAGED
    assert "keine Sicherung" in modals.messages[0][1]
    assert path.read_bytes() == garbage


def test_quitting_at_the_damage_question_keeps_the_file(db_path: Path, modals: Any) -> None:
    backup_database(db_path, reason="test")
    db_path.write_bytes(b"x" * 4096)
    modals.choices = [1]  # "Beenden"
    opened, code = app.open_database_interactive(db_path)
    assert opened is None and code == app.EXIT_DAMAGED
    assert db_path.read_bytes() == b"x" * 4096


def test_self_test_runs_in_a_fresh_process() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "ui", "--self-test"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Gladbeck (05562014)" in result.stdout
    assert "protocol Beratungsprotokoll_Gladbeck_" in result.stdout  # consultation + PDF

