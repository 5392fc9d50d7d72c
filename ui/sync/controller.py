"""The sync controller: when to sync, in the background, and what the window shows about it.

Share access (the probe and the sync itself) runs on a worker of its own (a second ``Ops``
with its own thread), so the window's ordinary operations never wait behind a sync and the
GUI thread never touches the share. Local reads (the overview) go through the window's
``Ops``. A timer probes the share every ``poll_ms``; when it turns reachable a sync starts.
Never two syncs at once. GUI thread only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from advisor_app.persistence.database import Database, DatabaseLocked
from advisor_app.services import sync_status
from advisor_app.services.sync_status import (
    PeerStatus,
    ShareProbe,
    ShareState,
    SyncOutcome,
    SyncOverview,
)
from advisor_app.sync.report import SyncReport, SyncStatus
from ui import dialogs
from ui.ops import Ops

POLL_MS = 30_000


@dataclass
class SyncState:
    """Everything the status chip shows (plain data, filled by the controller)."""

    overview: SyncOverview | None = None
    probe: ShareProbe | None = None
    running: bool = False
    phase: str = ""
    done: int = 0
    total: int = 0
    report: SyncReport | None = None  # of the last finished sync
    finished_at: dt.datetime | None = None
    peers: tuple[PeerStatus, ...] = ()
    error: str = ""  # a sync that failed with an exception (e.g. database locked)
    advisers: dict[str, str] = field(default_factory=dict)


class _ProgressRelay(QObject):
    """Lives on the GUI thread; the engine calls ``emit`` from the worker (queued)."""

    progress = Signal(str, int, int)


class SyncController(QObject):
    state_changed = Signal()
    sync_finished = Signal(object)  # SyncReport
    conflicts_requested = Signal()

    def __init__(self, window: QWidget, db: Database, ops: Ops, *,
                 poll_ms: int = POLL_MS) -> None:
        super().__init__(window)
        self.window, self.db, self.ops = window, db, ops
        self.state = SyncState()
        self.chip: Any = None  # set by install_sync_ui
        self.menu: Any = None
        self.worker = Ops(self, synchronous=ops.synchronous)  # share I/O, one at a time
        self._probing = False
        self._relay = _ProgressRelay(self)
        self._relay.progress.connect(self._on_progress)  # queued when emitted by the worker
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.poll)
        self.ops.changed.connect(self._data_changed)
        window.installEventFilter(self)

    # --- lifecycle -----------------------------------------------------------------------
    def start(self) -> None:
        """Read the local state, probe the share once now, then every ``poll_ms``."""
        self.refresh()
        self.poll()
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.timer.stop()
            self.worker.wait(120_000)  # a running sync finishes its file before exit
        return False

    # --- local state ---------------------------------------------------------------------
    def refresh(self) -> None:
        self.ops.run(lambda: sync_status.sync_overview(self.db), on_success=self._got_overview,
                     on_failure=lambda _e: None, key="sync-overview")

    def _got_overview(self, overview: SyncOverview) -> None:
        self.state.overview = overview
        self.state_changed.emit()

    def _data_changed(self, _tables: frozenset[str]) -> None:
        self.refresh()  # an edit adds to the unsent changes; a resolution removes a conflict

    # --- probing -------------------------------------------------------------------------
    def poll(self) -> None:
        """Probe the share off the GUI thread (skipped while a probe or a sync is running)."""
        if self._probing or self.state.running:
            return
        self._probing = True
        self.worker.run(lambda: sync_status.probe_share(self.db), on_success=self._got_probe,
                        on_failure=self._probe_failed)

    def _probe_failed(self, error: BaseException) -> None:
        self._probing = False

    def _got_probe(self, probe: ShareProbe) -> None:
        self._probing = False
        before = self.state.probe
        self.state.probe = probe
        self.state_changed.emit()
        turned_ready = probe.state is ShareState.READY and (
            before is None or before.state is not ShareState.READY)
        if turned_ready:
            self.sync_now(automatic=True)
        self.refresh()

    # --- syncing -------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.state.running

    def sync_now(self, *, assume_yes: bool = False, automatic: bool = False) -> bool:
        """Start a sync in the background; False when one is running already.
        ``automatic``: started because the share became reachable (same behaviour)."""
        if self.state.running:
            return False
        self.state.running, self.state.phase, self.state.done, self.state.total = True, "", 0, 0
        self.state.error = ""
        self.state_changed.emit()
        relay = self._relay

        def work() -> SyncOutcome:
            return sync_status.run_sync(self.db, assume_yes=assume_yes,
                                        progress=relay.progress.emit)

        self.worker.run(work, on_success=lambda outcome: self._finished(outcome, assume_yes),
                        on_failure=self._failed)
        return True

    @Slot(str, int, int)
    def _on_progress(self, phase: str, done: int, total: int) -> None:
        self.state.phase, self.state.done, self.state.total = phase, done, total
        self.state_changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.state.running = False
        if isinstance(error, DatabaseLocked):
            self.state.error = self.tr("Die Datenbank war zu lange belegt; der Abgleich wird "
                                       "später wiederholt.")
        elif isinstance(error, ValueError):
            self.state.error = self.tr("Keine Freigabe eingestellt (Datei → Einstellungen).")
        else:
            self.state.error = str(error) or type(error).__name__
        self.state_changed.emit()
        self.refresh()

    def _finished(self, outcome: SyncOutcome, assumed_yes: bool) -> None:
        report = outcome.report
        self.state.running = False
        self.state.report = report
        self.state.finished_at = dt.datetime.now(dt.UTC)
        if outcome.peers:
            self.state.peers = outcome.peers
            self.state.advisers.update({p.device_id: p.adviser for p in outcome.peers
                                        if p.adviser})
        self._probe_from_report(report)
        self.state_changed.emit()
        if outcome.changed_tables:
            self.ops.notify_changed(outcome.changed_tables)
        else:
            self.refresh()
        self.sync_finished.emit(report)
        if report.status is SyncStatus.PAUSED_FAILSAFE and not assumed_yes:
            self._ask_failsafe(report)

    def _probe_from_report(self, report: SyncReport) -> None:
        """The sync saw the share too: keep the indicator in step with what it found."""
        path = self.state.probe.share_path if self.state.probe else ""
        state = {SyncStatus.SHARE_UNAVAILABLE: ShareState.UNREACHABLE,
                 SyncStatus.SPACE_MISSING: ShareState.NO_SPACE,
                 SyncStatus.WRONG_SPACE: ShareState.WRONG_SPACE,
                 SyncStatus.UPDATE_REQUIRED: ShareState.UPDATE_REQUIRED}.get(
                     report.status, ShareState.READY)
        self.state.probe = ShareProbe(state, path, report.space_id)

    def _ask_failsafe(self, report: SyncReport) -> None:
        from ui.sync.failsafe_dialog import FailsafeDialog

        dialog = FailsafeDialog(report, self.window)
        try:
            confirmed = dialogs.run_dialog(dialog)
        finally:
            dialog.deleteLater()
        if confirmed:
            self.sync_now(assume_yes=True)

    # --- dialogs -------------------------------------------------------------------------
    def open_conflicts(self) -> None:
        from ui.sync.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.db, self.ops, self.window, advisers=self.state.advisers)
        try:
            dialogs.run_dialog(dialog)
        finally:
            dialog.deleteLater()
        self.refresh()

    def show_history(self, table: str, row_id: str) -> None:
        from ui.sync.history_dialog import show_history

        show_history(self.window, self.db, table, row_id, advisers=self.state.advisers)
