"""Background operations (the Anki ``QueryOp``/``CollectionOp`` pattern, kept small).

``Ops.run(fn, on_success=..., on_failure=...)`` calls ``fn()`` on one worker thread and hands
the result (or the exception) back to the GUI thread by a queued signal. ``fn`` must not touch
widgets; it calls services, which open their own session. With ``key=`` only the newest
operation of that key delivers (a fast typist does not see stale detail views).

``Ops.changed`` is the one "what changed" signal: after a write, whoever wrote calls
``notify_changed({"partnership"})`` and each view refreshes what it shows.

``delay_ms=`` (with ``key=``) waits that long before starting and restarts the wait when a
newer operation of the key arrives: while the user types or scrolls through the list, the
detail query runs once for the row where they stop, not for every row passed, and does not
compete with the keystrokes for the interpreter.

``Ops(synchronous=True)`` runs everything immediately on the calling thread (tests), delays
included.
"""

from __future__ import annotations

import itertools
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

SuccessHandler = Callable[[Any], None]
FailureHandler = Callable[[BaseException], None]


@dataclass
class _Pending:
    on_success: SuccessHandler
    on_failure: FailureHandler | None
    key: str | None


class _Relay(QObject):
    """Lives on the GUI thread; emitted from the worker, so delivery is queued."""

    finished = Signal(int, object, object)


class _Task(QRunnable):
    def __init__(self, ticket: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._ticket, self._fn, self._relay = ticket, fn, relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # handed to the GUI thread, never swallowed
            self._relay.finished.emit(self._ticket, None, exc)
        else:
            self._relay.finished.emit(self._ticket, result, None)


class Ops(QObject):
    """Runs service calls off the GUI thread, one at a time, in submission order."""

    changed = Signal(object)  # frozenset[str]: names of the tables that changed
    failed = Signal(str)  # a one-line German reason for an operation without on_failure

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # SQLite: one writer, and ordered results
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._tickets = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._latest: dict[str, int] = {}
        self._delayed: dict[str, tuple[QTimer, Callable[[], None]]] = {}

    def run(self, fn: Callable[[], Any], *, on_success: SuccessHandler,
            on_failure: FailureHandler | None = None, key: str | None = None,
            delay_ms: int = 0) -> None:
        """Run ``fn`` in the background; handlers run later on the GUI thread."""
        if delay_ms > 0 and key is not None and not self.synchronous:
            self._run_later(key, delay_ms,
                            lambda: self.run(fn, on_success=on_success,
                                             on_failure=on_failure, key=key))
            return
        if key is not None and key in self._delayed:
            self._drop_delayed(key)  # superseded before it started
        ticket = next(self._tickets)
        self._pending[ticket] = _Pending(on_success, on_failure, key)
        if key is not None:
            self._latest[key] = ticket
        if self.synchronous:
            try:
                result = fn()
            except BaseException as exc:
                self._deliver(ticket, None, exc)
            else:
                self._deliver(ticket, result, None)
            return
        self._pool.start(_Task(ticket, fn, self._relay))

    def _run_later(self, key: str, delay_ms: int, start: Callable[[], None]) -> None:
        if key in self._delayed:
            timer = self._delayed[key][0]
        else:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda: self._start_delayed(key))
        self._delayed[key] = (timer, start)
        self._latest.pop(key, None)  # whatever runs for this key now is already stale
        timer.start(delay_ms)

    def _start_delayed(self, key: str) -> None:
        entry = self._delayed.pop(key, None)
        if entry is not None:
            entry[0].deleteLater()
            entry[1]()

    def _drop_delayed(self, key: str) -> None:
        timer, _start = self._delayed.pop(key)
        timer.stop()
        timer.deleteLater()

    def cancel(self, key: str) -> None:
        """Forget the operations of ``key``: a delayed one does not start, a running one
        does not deliver."""
        if key in self._delayed:
            self._drop_delayed(key)
        self._latest.pop(key, None)

    def busy(self) -> bool:
        return bool(self._pending) or bool(self._delayed)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until queued work is done (at shutdown, before the database closes)."""
        return self._pool.waitForDone(msecs)

    def notify_changed(self, tables: Iterable[str]) -> None:
        self.changed.emit(frozenset(tables))

    @Slot(int, object, object)
    def _deliver(self, ticket: int, result: Any, error: BaseException | None) -> None:
        pending = self._pending.pop(ticket, None)
        if pending is None:
            return
        if pending.key is not None and self._latest.get(pending.key) != ticket:
            return  # superseded by a newer operation of the same kind
        if error is None:
            pending.on_success(result)
        elif pending.on_failure is not None:
            pending.on_failure(error)
        else:
            traceback.print_exception(error)
            self.failed.emit(str(error) or type(error).__name__)
