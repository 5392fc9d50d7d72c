"""Autosave for the visit window: every change is written at once, typing within a second.

``Saver.save(key, call)`` queues a service call (e.g. ``lambda: set_answer(db, c, q, v)``)
under a key (one per field). The newest call of a key replaces an older one that has not
been written yet. A key is written when the user pauses (``IDLE_MS``) and, while they keep
typing, at the latest ``MAX_DELAY_MS`` after its first unsaved change: a crash or power loss
loses at most the last second of typing. ``immediate=True`` (choices, checkboxes) writes at
once. Writes run on the Ops worker thread in order; the GUI thread never waits on SQLite
(the sync may hold the write lock for a moment). ``flush()`` writes everything pending now
and, with ``wait=True``, blocks until written (closing the window).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ui import pyside_fix
from ui.ops import Ops

pyside_fix.install()

IDLE_MS = 300
MAX_DELAY_MS = 800


class Saver(QObject):
    """Debounced, ordered, off-thread saving of the visit's fields."""

    saved = Signal(str, object)  # key, the call's result (e.g. the stored answer)
    failed = Signal(str, str)  # key, German reason
    state_changed = Signal(bool)  # True while something is unsaved or being written

    def __init__(self, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._pending: dict[str, Callable[[], Any]] = {}
        self._first_change: dict[str, float] = {}
        self._in_flight = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._due)

    def save(self, key: str, call: Callable[[], Any], *, immediate: bool = False) -> None:
        """Write ``call`` soon (or now); replaces an unwritten call of the same key."""
        was_idle = self.is_idle()
        self._pending[key] = call
        self._first_change.setdefault(key, time.monotonic())
        if immediate:
            self._write(key)
        else:
            oldest = min(self._first_change.values())
            waited_ms = (time.monotonic() - oldest) * 1000
            self._timer.start(int(max(0, min(IDLE_MS, MAX_DELAY_MS - waited_ms))))
        if was_idle:
            self.state_changed.emit(True)

    def _due(self) -> None:
        for key in list(self._pending):
            self._write(key)

    def _write(self, key: str) -> None:
        call = self._pending.pop(key, None)
        self._first_change.pop(key, None)
        if call is None:
            return
        self._in_flight += 1
        self._ops.run(call, on_success=lambda result: self._done(key, result, None),
                      on_failure=lambda exc: self._done(key, None, exc))

    def _done(self, key: str, result: Any, error: BaseException | None) -> None:
        self._in_flight -= 1
        if error is None:
            self.saved.emit(key, result)
        else:
            self.failed.emit(key, str(error))
        if self.is_idle():
            self.state_changed.emit(False)

    def is_idle(self) -> bool:
        return not self._pending and self._in_flight == 0

    def flush(self, *, wait: bool = False) -> None:
        """Write everything pending now; ``wait``: block until it is written."""
        self._timer.stop()
        self._due()
        if wait:
            self._ops.wait()
