"""The sync status chip in the status bar: state text, progress while syncing, a button for
open conflicts, and a tooltip with the details (device, share, laptops last seen)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from advisor_app.services.sync_status import ShareState, clock_warning
from advisor_app.sync.report import SyncStatus
from ui.sync import texts
from ui.sync.controller import SyncController, SyncState
from ui.sync.models import peer_line


class Level(Enum):
    OK = QStyle.StandardPixmap.SP_DialogApplyButton
    BUSY = QStyle.StandardPixmap.SP_BrowserReload
    WARN = QStyle.StandardPixmap.SP_MessageBoxWarning
    ERROR = QStyle.StandardPixmap.SP_MessageBoxCritical


_SHARE_TEXTS = {
    ShareState.NOT_CONFIGURED: QT_TRANSLATE_NOOP("SyncStatusChip", "Keine Freigabe eingestellt"),
    ShareState.UNREACHABLE: QT_TRANSLATE_NOOP("SyncStatusChip", "Freigabe nicht erreichbar"),
    ShareState.NO_SPACE: QT_TRANSLATE_NOOP("SyncStatusChip", "Kein Synchronisationsbereich"),
    ShareState.WRONG_SPACE: QT_TRANSLATE_NOOP("SyncStatusChip", "Falsche Freigabe"),
    ShareState.UPDATE_REQUIRED: QT_TRANSLATE_NOOP("SyncStatusChip", "Update erforderlich"),
}


class SyncStatusChip(QWidget):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("SyncStatusChip")
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.status_button = QToolButton(self)
        self.status_button.setObjectName("SyncStatusButton")
        self.status_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.status_button.setAutoRaise(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("SyncProgress")
        self.progress.setMinimumWidth(170)
        self.progress.setMaximumWidth(220)
        self.progress.setMaximumHeight(self.fontMetrics().height() + 6)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.conflicts_button = QToolButton(self)
        self.conflicts_button.setObjectName("SyncConflictsButton")
        self.conflicts_button.setAutoRaise(True)
        self.conflicts_button.setIcon(self.style().standardIcon(Level.WARN.value))
        self.conflicts_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.conflicts_button.hide()
        for widget in (self.status_button, self.progress, self.conflicts_button):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            layout.addWidget(widget)
        self.status_button.clicked.connect(lambda: controller.sync_now())
        self.conflicts_button.clicked.connect(controller.open_conflicts)
        controller.state_changed.connect(self.update_view)
        controller.timer.timeout.connect(self.update_view)  # relative times move on
        self.level = Level.OK
        self.update_view()

    # --- what to show --------------------------------------------------------------------
    def status_text(self, state: SyncState) -> tuple[str, Level]:
        if state.running:
            return self.tr("Synchronisiere …"), Level.BUSY
        probe = state.probe
        overview = state.overview
        if overview is not None and not overview.share_path:
            return self.tr("Keine Freigabe eingestellt"), Level.WARN
        if state.error:
            return self.tr("Abgleich fehlgeschlagen"), Level.ERROR
        if probe is not None and probe.state in _SHARE_TEXTS:
            level = (Level.WARN if probe.state in (ShareState.UNREACHABLE,
                                                   ShareState.NOT_CONFIGURED) else Level.ERROR)
            return self.tr(_SHARE_TEXTS[probe.state]), level
        report = state.report
        if report is not None and report.status is SyncStatus.PAUSED_FAILSAFE:
            return self.tr("Angehalten: Bestätigung nötig"), Level.WARN
        if report is not None and report.status is SyncStatus.PROBLEMS:
            return self.tr("Abgleich mit Problemen"), Level.WARN
        last = overview.last_sync if overview else None
        if last is None:
            return self.tr("Noch nie synchronisiert"), Level.WARN
        return (self.tr("Zuletzt synchronisiert %1").replace("%1", texts.relative_time(last)),
                Level.OK)

    def full_text(self, state: SyncState) -> tuple[str, Level]:
        text, level = self.status_text(state)
        parts = [text]
        overview = state.overview
        if overview is not None and overview.pending_changes:
            parts.append(self.tr("%1 Änderungen nicht gesendet").replace(
                "%1", str(overview.pending_changes)))
        if clock_warning(state.report):
            parts.append(self.tr("Uhr prüfen"))
            level = Level.WARN if level is Level.OK else level
        return " · ".join(parts), level

    def tooltip(self, state: SyncState) -> str:
        overview = state.overview
        lines = []
        if overview is not None:
            lines.append(self.tr("Gerätekennung: %1").replace("%1", overview.device_id))
            lines.append(self.tr("Freigabe: %1").replace(
                "%1", overview.share_path
                or self.tr("nicht eingestellt (Datei → Einstellungen)")))
            if overview.space_id:
                lines.append(self.tr("Synchronisationsbereich: %1").replace(
                    "%1", overview.space_id))
            lines.append(self.tr("Zuletzt synchronisiert: %1").replace(
                "%1", texts.local_time(overview.last_sync) if overview.last_sync
                else self.tr("noch nie")))
            lines.append(self.tr("Nicht gesendet: %1 lokale Änderung(en)").replace(
                "%1", str(overview.pending_changes)))
            lines.append(self.tr("Offene Konflikte: %1").replace(
                "%1", str(overview.open_conflicts)))
            if overview.quarantined:
                lines.append(self.tr("Zurückgehalten (Uhrzeit in der Zukunft): %1").replace(
                    "%1", str(overview.quarantined)))
        report = state.report
        if report is not None and report.clock_skew_s is not None and clock_warning(report):
            lines.append(self.tr("Die Uhr dieses Laptops weicht um %1 Min. von der Freigabe ab; "
                            "bitte Datum und Uhrzeit prüfen.").replace(
                                "%1", str(round(abs(report.clock_skew_s) / 60))))
        if state.error:
            lines.append(state.error)
        if report is not None and (report.problems or report.warnings):
            lines += report.problems + report.warnings
        if state.peers:
            lines.append(self.tr("Laptops auf der Freigabe:"))
            lines += ["  " + peer_line(p, state.advisers) for p in state.peers]
        if overview is not None:
            lines.append(self.tr("Löschaufträge (DSGVO) auf diesem Laptop ausgeführt: %1. Welche "
                            "Laptops sie bestätigt haben, wird hier angezeigt, sobald die "
                            "Bestätigungen im Status der Laptops stehen.").replace(
                                "%1", str(overview.erasure_orders)))
        lines.append(self.tr("Klicken: jetzt synchronisieren (Strg+Umschalt+S)"))
        return "\n".join(lines)

    # --- updating ------------------------------------------------------------------------
    def update_view(self) -> None:
        state = self.controller.state
        text, level = self.full_text(state)
        self.level = level
        self.status_button.setText(text)
        self.status_button.setIcon(self.style().standardIcon(level.value))
        self.status_button.setToolTip(self.tooltip(state))
        self.status_button.setAccessibleName(self.tr("Synchronisationsstatus"))
        self.status_button.setAccessibleDescription(text)
        self.progress.setVisible(state.running)
        if state.running:
            self.progress.setRange(0, max(state.total, 0))
            self.progress.setValue(min(state.done, state.total) if state.total else 0)
            self.progress.setFormat(texts.phase_label(state.phase) + " %v/%m" if state.phase
                                    else self.tr("Verbinde …"))
        self.progress.setAccessibleName(self.tr("Fortschritt des Abgleichs"))
        conflicts = state.overview.open_conflicts if state.overview else 0
        self.conflicts_button.setVisible(conflicts > 0)
        self.conflicts_button.setText(self.tr("%1 Konflikt(e)").replace("%1", str(conflicts)))
        self.conflicts_button.setAccessibleName(self.tr("Offene Konflikte anzeigen"))
        self.conflicts_button.setToolTip(self.tr("Konflikte anzeigen und lösen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update_view()
        super().changeEvent(event)
