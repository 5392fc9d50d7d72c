"""GUI fixtures: offscreen Qt, an isolated QSettings location per test, modals that never
block, a synchronous Ops and a main window over a private copy of the seeded database
(``db_path``/``db`` from tests/conftest.py)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from advisor_app.persistence.database import Database, open_database
from ui import dialogs, i18n, pyside_fix
from ui.main_window import MainWindow
from ui.ops import Ops

pyside_fix.install()  # before any test emits a signal

GLADBECK_AGS = "05562014"


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> Iterator[Path]:
    """Window layout goes to a per-test folder, never to the developer's settings."""
    folder = tmp_path / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def german_again(qapp: Any) -> Iterator[None]:
    i18n.install_language("de")
    yield
    i18n.install_language("de")


class ModalLog:
    """Records what would have been shown modally; ``choices`` answers ``choose``."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str, bool]] = []
        self.questions: list[tuple[str, list[str]]] = []
        self.choices: list[int] = []
        self.dialogs: list[Any] = []
        self.on_dialog: Callable[[Any], bool] | None = None


@pytest.fixture(autouse=True)
def modals(monkeypatch: pytest.MonkeyPatch) -> ModalLog:
    """No test ever blocks on a modal: every one goes through ``ui.dialogs``, patched here."""
    log = ModalLog()

    def show_message(_parent: object, title: str, text: str, *, error: bool = False) -> None:
        log.messages.append((title, text, error))

    def choose(_parent: object, _title: str, text: str, options: list[str], *,
               error: bool = False) -> int:
        log.questions.append((text, list(options)))
        return log.choices.pop(0) if log.choices else len(options) - 1

    def run_dialog(dialog: Any) -> bool:
        log.dialogs.append(dialog)
        return log.on_dialog(dialog) if log.on_dialog is not None else False

    monkeypatch.setattr(dialogs, "show_message", show_message)
    monkeypatch.setattr(dialogs, "choose", choose)
    monkeypatch.setattr(dialogs, "run_dialog", run_dialog)
    monkeypatch.setattr(dialogs, "pick_file", lambda *_a: "")
    monkeypatch.setattr(dialogs, "pick_files", lambda *_a: [])
    monkeypatch.setattr(dialogs, "pick_directory", lambda *_a: "")
    return log


@pytest.fixture
def ops(qapp: Any) -> Ops:
    return Ops(synchronous=True)


@pytest.fixture
def make_window(qtbot: Any, ops: Ops) -> Iterator[Callable[[Database], MainWindow]]:
    """Build (and afterwards close) main windows; several per test for restart checks."""
    windows: list[MainWindow] = []

    def make(database: Database) -> MainWindow:
        window = MainWindow(database, ops)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()


@pytest.fixture
def window(make_window: Callable[[Database], MainWindow], db: Database) -> MainWindow:
    return make_window(db)


@pytest.fixture
def reopen(db_path: Path) -> Iterator[Callable[[], Database]]:
    """Open the test's database again (after a simulated restart); closed at the end."""
    opened: list[Database] = []

    def again() -> Database:
        database = open_database(db_path, seed=False)
        opened.append(database)
        return database

    yield again
    for database in opened:
        database.close()


@pytest.fixture
def type_search(qtbot: Any) -> Callable[[MainWindow, str], None]:
    """Type into the search field key by key, as a user does."""

    def type_it(window: MainWindow, text: str) -> None:
        window.list_panel.search.clear()
        qtbot.keyClicks(window.list_panel.search, text)

    return type_it


@pytest.fixture
def gladbeck_window(window: MainWindow,
                    type_search: Callable[[MainWindow, str], None]) -> MainWindow:
    """The main window after typing "glad" (JOURNEYS 1): Gladbeck selected and shown."""
    type_search(window, "glad")
    detail = window.detail_panel.detail()
    assert detail is not None and detail.row.ags == GLADBECK_AGS
    return window


@pytest.fixture
def strict_modals(monkeypatch: pytest.MonkeyPatch) -> None:
    """For dialog tests: any modal not patched by the test itself is a failure; closing a
    dirty dialog at teardown may discard."""
    from ui.forms import base

    def unexpected(*args: object) -> None:
        raise AssertionError(f"unexpected modal dialog: {args}")

    monkeypatch.setattr(base, "ask_discard", lambda parent: True)
    monkeypatch.setattr(dialogs, "show_message", unexpected)
    monkeypatch.setattr(dialogs, "run_dialog", unexpected)
    monkeypatch.setattr(dialogs, "choose", unexpected)


@pytest.fixture
def fdb(db: Database) -> Database:
    """The seeded database of a dialog test (a private copy, see tests/conftest.py)."""
    return db
