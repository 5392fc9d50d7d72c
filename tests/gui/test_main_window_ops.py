"""Background operations of the window (``ui.ops.Ops``) on a real worker thread: results come
back on the GUI thread, newer operations of a key win, delayed ones start once."""

from __future__ import annotations

import threading
from typing import Any

from ui.ops import Ops


def test_result_arrives_on_the_gui_thread(qtbot: Any) -> None:
    ops = Ops()
    seen: list[tuple[str, bool]] = []

    def work() -> str:
        seen.append(("work", threading.current_thread() is threading.main_thread()))
        return "done"

    results: list[str] = []
    ops.run(work, on_success=results.append)
    qtbot.waitUntil(lambda: results == ["done"])
    assert seen == [("work", False)]
    assert ops.wait() and not ops.busy()


def test_a_delayed_operation_starts_once_for_the_newest_request(qtbot: Any) -> None:
    ops = Ops()
    started: list[int] = []
    results: list[int] = []

    def job(n: int) -> Any:
        def run() -> int:
            started.append(n)
            return n
        return run

    for n in range(5):  # five requests in a row, as when typing "glad" + one more key
        ops.run(job(n), on_success=results.append, key="detail", delay_ms=30)
    assert started == [] and ops.busy()
    qtbot.waitUntil(lambda: results == [4])
    assert started == [4]
    ops.wait()


def test_cancel_drops_a_delayed_and_a_running_operation(qtbot: Any) -> None:
    ops = Ops()
    results: list[str] = []
    ops.run(lambda: "delayed", on_success=results.append, key="detail", delay_ms=30)
    ops.cancel("detail")
    assert not ops.busy()  # the delayed one will not start at all
    gate = threading.Event()

    def running() -> str:
        gate.wait(10)
        return "running"

    ops.run(running, on_success=results.append, key="detail")
    ops.cancel("detail")
    gate.set()
    ops.run(lambda: "after", on_success=results.append)  # same worker, runs afterwards
    qtbot.waitUntil(lambda: results == ["after"])
    assert ops.wait()


def test_synchronous_ops_run_delayed_operations_at_once() -> None:
    ops = Ops(synchronous=True)
    results: list[int] = []
    ops.run(lambda: 7, on_success=results.append, key="detail", delay_ms=500)
    assert results == [7]
