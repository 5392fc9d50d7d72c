"""The sync status chip and background sync in the window (JOURNEYS 3): real laptops (SQLite
copies of the seeded template with their own device ids), a real share folder in tmp_path."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow
from sync_laptops import Machine, make_share

from advisor_app.services import sync_status
from advisor_app.services.settings import load_settings, save_settings
from advisor_app.services.sync_status import ShareState
from advisor_app.sync.report import SyncStatus
from ui import i18n
from ui.ops import Ops
from ui.sync import SyncController, install_sync_ui


@pytest.fixture
def laptops(seeded_template: Path, tmp_path: Path) -> Iterator[tuple[Machine, Machine]]:
    a, b = Machine(seeded_template, tmp_path, "a"), Machine(seeded_template, tmp_path, "b")
    yield a, b
    a.close()
    b.close()


def use_share(machine: Machine, folder: Path) -> None:
    save_settings(machine.db, replace(load_settings(machine.db), share_path=str(folder)))


Install = Callable[..., SyncController]


@pytest.fixture
def install(qtbot: Any, ops: Ops) -> Iterator[Install]:
    windows: list[QMainWindow] = []

    def make(machine: Machine, *, using: Ops | None = None, **options: Any) -> SyncController:
        window = QMainWindow()
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return install_sync_ui(window, machine.db, using or ops, **options)

    yield make
    for window in windows:
        window.close()  # waits for a running sync


def chip_text(controller: SyncController) -> str:
    return str(controller.chip.status_button.text())


def test_chip_shows_pending_changes_then_last_synced(install: Install, laptops: Any,
                                                     tmp_path: Path) -> None:
    a, _ = laptops
    share = make_share(tmp_path / "share")
    use_share(a, share)
    a.add_region("Kumasi Testregion")
    controller = install(a, start=False)
    controller.refresh()
    pending = a.pending()
    assert pending > 0
    assert chip_text(controller) == (f"Noch nie synchronisiert · {pending} Änderungen "
                                     "nicht gesendet")
    assert "nicht gesendet" in controller.chip.status_button.accessibleDescription()

    assert controller.sync_now() is True
    assert chip_text(controller) == "Zuletzt synchronisiert gerade eben"
    assert a.pending() == 0
    log = share / "advisor-sync" / "devices" / a.device / "log"
    assert [p.name for p in log.iterdir()] == ["000000000001.chg.gz"]
    tip = controller.chip.status_button.toolTip()
    assert a.device in tip and str(share) in tip and "dieser Laptop: zuletzt gerade eben" in tip


def test_relative_times_in_german_and_english() -> None:
    import datetime as dt

    from ui.sync.texts import relative_time

    now = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)
    cases = [(dt.timedelta(seconds=20), "gerade eben"), (dt.timedelta(minutes=2), "vor 2 Min."),
             (dt.timedelta(hours=3), "vor 3 Std."), (dt.timedelta(days=1, hours=2), "gestern"),
             (dt.timedelta(days=4), "vor 4 Tagen"), (dt.timedelta(days=40), "am 29.01.2026")]
    assert [relative_time(now - delta, now) for delta, _ in cases] == [t for _, t in cases]
    assert i18n.install_language("en")
    assert relative_time(now - dt.timedelta(minutes=2), now) == "2 min ago"


def test_english_chip(install: Install, laptops: Any, tmp_path: Path) -> None:
    a, _ = laptops
    use_share(a, make_share(tmp_path / "share"))
    controller = install(a)
    assert i18n.install_language("en")
    assert chip_text(controller) == "Last synced just now"
    assert controller.menu.title() == "S&ync"


def test_unreachable_share_is_shown_and_nothing_changes(install: Install, laptops: Any,
                                                        tmp_path: Path) -> None:
    a, _ = laptops
    missing = tmp_path / "unmounted" / "share"
    use_share(a, missing)
    a.add_region("Tamale Testregion")
    pending = a.pending()
    controller = install(a)  # probes: unreachable, so no automatic sync
    assert controller.state.probe is not None
    assert controller.state.probe.state is ShareState.UNREACHABLE
    assert chip_text(controller) == (f"Freigabe nicht erreichbar · {pending} Änderungen "
                                     "nicht gesendet")
    assert controller.state.report is None
    controller.sync_now()  # by hand: the engine says the same, and changes nothing
    assert controller.state.report is not None
    assert controller.state.report.status is SyncStatus.SHARE_UNAVAILABLE
    assert not missing.exists() and not missing.parent.exists()
    assert a.pending() == pending
    assert chip_text(controller).startswith("Freigabe nicht erreichbar")


def test_empty_folder_and_wrong_share_are_named(install: Install, laptops: Any,
                                                 tmp_path: Path) -> None:
    a, _ = laptops
    mount_point = tmp_path / "mnt"
    mount_point.mkdir()
    use_share(a, mount_point)
    controller = install(a)
    assert chip_text(controller).startswith("Kein Synchronisationsbereich")
    assert list(mount_point.iterdir()) == []  # nothing created in an empty mount point

    a.sync(make_share(tmp_path / "ours"))  # this laptop joins a space
    use_share(a, make_share(tmp_path / "theirs"))
    controller.poll()
    assert chip_text(controller).startswith("Falsche Freigabe")
    controller.sync_now()
    assert controller.state.report is not None
    assert controller.state.report.status is SyncStatus.WRONG_SPACE
    assert not (tmp_path / "theirs" / "advisor-sync" / "devices" / a.device).exists()


def test_automatic_sync_when_the_share_appears(qtbot: Any, install: Install, laptops: Any,
                                               tmp_path: Path) -> None:
    a, b = laptops
    later = tmp_path / "later"
    use_share(a, later)
    region = b.add_region("Region von B")
    controller = install(a, poll_ms=20)
    assert controller.state.probe is not None
    assert controller.state.probe.state is ShareState.UNREACHABLE
    share = make_share(later)  # the share gets mounted
    b.sync(share)
    changed: list[frozenset[str]] = []
    controller.ops.changed.connect(changed.append)
    qtbot.waitUntil(lambda: controller.state.report is not None, timeout=5000)
    assert controller.state.report is not None and controller.state.report.ok
    assert a.one("SELECT name FROM partner_region WHERE id = ?", (region,)) == "Region von B"
    assert changed and "partner_region" in changed[0]
    qtbot.waitUntil(lambda: chip_text(controller).startswith("Zuletzt synchronisiert"))


def test_sync_runs_in_the_background_and_editing_goes_on(
        qtbot: Any, install: Install, laptops: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    a, _ = laptops
    share = make_share(tmp_path / "share")
    use_share(a, share)
    gate, entered = threading.Event(), threading.Event()
    real_sync = sync_status.sync_once

    def held_sync(*args: Any, **kwargs: Any) -> Any:
        entered.set()
        assert gate.wait(10), "the test never released the sync"
        return real_sync(*args, **kwargs)

    monkeypatch.setattr(sync_status, "sync_once", held_sync)
    ops = Ops()  # real background threads
    try:
        controller = install(a, using=ops, start=False)
        assert controller.sync_now() is True
        qtbot.waitUntil(entered.is_set, timeout=5000)
        assert controller.is_running() and controller.chip.progress.isVisible()
        assert chip_text(controller) == "Synchronisiere …"
        assert controller.sync_now() is False  # never two at once
        assert not controller.menu.sync_action.isEnabled()
        saved: list[str] = []  # an edit while the sync is under way completes
        ops.run(lambda: a.add_region("Während des Abgleichs"), on_success=saved.append)
        qtbot.waitUntil(lambda: bool(saved), timeout=5000)
        assert controller.is_running()
        gate.set()
        qtbot.waitUntil(lambda: not controller.is_running(), timeout=10000)
        assert controller.state.report is not None and controller.state.report.ok
        assert not controller.chip.progress.isVisible()
        assert a.one("SELECT name FROM partner_region WHERE id = ?",
                     (saved[0],)) == "Während des Abgleichs"
    finally:
        gate.set()
        ops.wait()


def test_progress_of_the_engine_reaches_the_bar(install: Install, laptops: Any,
                                                tmp_path: Path) -> None:
    a, b = laptops
    share = make_share(tmp_path / "share")
    use_share(a, share)
    b.add_region("Region für den Fortschritt")
    b.sync(share)
    controller = install(a, start=False)
    seen: list[tuple[str, int, int]] = []
    controller._relay.progress.connect(lambda *p: seen.append(p))
    controller.sync_now()
    assert {p[0] for p in seen} >= {"lesen", "übernehmen"}
    assert controller.chip.progress.format() != ""  # the bar was set up for the phases


def test_hook_into_the_real_main_window(qtbot: Any, gladbeck_window: Any, ops: Ops,
                                        modals: Any) -> None:
    from PySide6.QtCore import Qt

    from ui.sync import current_record
    from ui.sync.history_dialog import HistoryDialog

    window = gladbeck_window
    controller = window.sync  # MainWindow.attach_database installs the sync UI
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("S&ynchronisation") == titles.index("&Hilfe") - 1
    assert controller.chip.status_button.text() == "Keine Freigabe eingestellt"
    assert controller.state.probe is not None
    assert controller.state.probe.state is ShareState.NOT_CONFIGURED
    for widget in (controller.chip.status_button, controller.chip.progress,
                   controller.chip.conflicts_button):
        assert widget.accessibleName()
    qtbot.keyClick(window, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert controller.state.error.startswith("Keine Freigabe eingestellt")
    found = current_record(window)
    assert found == ("municipality", window.detail_panel.municipality_id())
    controller.menu.history_action.trigger()
    assert isinstance(modals.dialogs[-1], HistoryDialog)
