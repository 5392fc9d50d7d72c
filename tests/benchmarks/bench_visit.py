"""(issue 4) The visit window with a 200-question template (10 sections x 20 questions of
every type, some conditional; 100 of them answered), in a fresh process:

* open: from ``VisitWindow.open`` until the first section's questions are painted (the
  consultation is read on the worker thread, the window builds the shown section only);
  the first open of the process (template parsed) and the median of the later ones;
* section switch: building and painting a section not shown before;
* keystroke in a long-text answer: the GUI thread's work per key (visibility, progress,
  suggestions, queueing the save) and until the repaint is done;
* save: ``set_answer`` round trip through the service (one transaction, fsync), and through
  the window's autosaver (queued on the worker thread, result back on the GUI thread).

    python tests/benchmarks/bench_visit.py [--runs 9]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import CACHE, bench_env, fresh_copy, median, p95, print_table, seeded_db
from PySide6.QtCore import QEvent, QObject

TARGET_OPEN_MS = 300.0
TARGET_SAVE_MS = 20.0
TARGET_KEY_MS = 16.0  # one frame at 60 Hz: typing does not stutter
KEYS = "Die Kommune plant ein Handlungsprogramm mit Tamale. " * 3


def measure(runs: int = 9) -> dict[str, Any]:
    """Run the measurements in a fresh process (own HOME, private database copy)."""
    with tempfile.TemporaryDirectory(prefix="advisor-bench-visit-") as folder:
        home = Path(folder)
        db = fresh_copy(seeded_db(), home / "db")
        proc = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", "--runs", str(runs),
             "--db", str(db)], capture_output=True, text=True, env=bench_env(home),
            timeout=600, stdin=subprocess.DEVNULL, check=False)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("BENCH ")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"bench_visit child failed ({proc.returncode}):\n"
                           f"{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(lines[-1][len("BENCH "):])
    return result


def rows(r: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    def verdict(value: float, target: float) -> str:
        return "OK" if value <= target else "MISSED"

    return [
        ("visit: open 200 questions, median (ms)", f"{r['open_median']:.0f} ms",
         f"< {TARGET_OPEN_MS:.0f} ms", verdict(r["open_median"], TARGET_OPEN_MS)),
        ("visit: first open in process (template parsed)", f"{r['open_first']:.0f} ms", "",
         ""),
        ("visit: import of the window's modules", f"{r['import_ms']:.0f} ms", "", ""),
        ("visit: switch to a new section, median", f"{r['section_median']:.0f} ms", "", ""),
        ("visit: keystroke, GUI-thread handling, median",
         f"{r['key_median']:.2f} ms", "", ""),
        ("visit: keystroke until repainted, median / p95",
         f"{r['key_paint_median']:.1f} / {r['key_paint_p95']:.1f} ms",
         f"<= {TARGET_KEY_MS:.0f} ms", verdict(r["key_paint_median"], TARGET_KEY_MS)),
        ("visit: save answer (set_answer), median / p95",
         f"{r['save_median']:.1f} / {r['save_p95']:.1f} ms", f"< {TARGET_SAVE_MS:.0f} ms",
         verdict(r["save_median"], TARGET_SAVE_MS)),
        ("visit: save via autosaver (worker round trip), median",
         f"{r['saver_median']:.1f} ms", "", ""),
    ]


# --- the child process ---------------------------------------------------------------------

def _wait(app: Any, condition: Any, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark condition not reached")
        app.processEvents()


class _Painted(QObject):
    """Records when any of the watched widgets first receives a paint event."""

    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def watch(self, widgets: list[Any]) -> None:
        self.at = None
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def child(db_path: Path, runs: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    started = time.perf_counter()
    from advisor_app.checklist.catalogue import read_template_source
    from advisor_app.persistence import ids
    from advisor_app.persistence.database import open_database
    from advisor_app.services.consultation_edits import set_answer
    from advisor_app.services.consultations import start_consultation
    from ui.consultation.visit_window import VisitWindow
    from ui.ops import Ops
    import_ms = (time.perf_counter() - started) * 1000

    from visit_template import TEMPLATE_ID, sample_answers, template_yaml

    path = CACHE / f"{TEMPLATE_ID}.yaml"
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_text(template_yaml(), encoding="utf-8")
    db = open_database(db_path, seed=False)
    cid = start_consultation(db, ids.municipality_id("05562014"), read_template_source(path),
                             held_at=dt.datetime(2025, 11, 26, 10, 0))
    for qid, value in sample_answers(100).items():
        set_answer(db, cid, qid, value)
    ops = Ops()
    painted = _Painted()

    def open_once() -> tuple[Any, float]:
        t0 = time.perf_counter()
        window = VisitWindow.open(db, ops, cid)
        _wait(app, lambda: window.detail is not None)
        painted.watch(list(window.checklist.views[0].blocks.values()))
        _wait(app, lambda: painted.at is not None)
        return window, ((painted.at or 0) - t0) * 1000

    opens: list[float] = []
    for _ in range(runs + 1):
        window, ms = open_once()
        opens.append(ms)
        window.close()
        window.deleteLater()
        _wait(app, lambda: not ops.busy())
    window, _ms = open_once()
    page = window.checklist
    sections: list[float] = []
    for index in range(1, 10):
        t0 = time.perf_counter()
        page.show_section(index)
        painted.watch(list(page.views[index].blocks.values()))
        _wait(app, lambda: painted.at is not None)
        sections.append(((painted.at or 0) - t0) * 1000)
    long_text = next(b for b in page.views[9].blocks.values()
                     if b.question.type.value == "long_text" and b.isVisible())
    keys, keys_painted = _type(app, long_text.editor.focus_target(), painted)
    saves = []
    for i in range(200):
        t0 = time.perf_counter()
        set_answer(db, cid, long_text.question.id, f"Notiz {i}")
        saves.append((time.perf_counter() - t0) * 1000)
    saver_ms = _saver_round_trips(app, window, db, cid, long_text.question.id)
    window.close()
    _wait(app, lambda: not ops.busy())
    db.close()
    return {"import_ms": import_ms, "open_first": opens[0], "open_median": median(opens[1:]),
            "opens": opens, "section_median": median(sections),
            "key_median": median(keys), "key_paint_median": median(keys_painted),
            "key_paint_p95": p95(keys_painted), "save_median": median(saves),
            "save_p95": p95(saves), "saver_median": median(saver_ms)}


def _type(app: Any, target: Any, painted: _Painted) -> tuple[list[float], list[float]]:
    from PySide6.QtTest import QTest

    target.setFocus()
    handled: list[float] = []
    repainted: list[float] = []
    for char in KEYS:
        painted.watch([target.viewport()])
        t0 = time.perf_counter()
        QTest.keyClick(target, char)
        handled.append((time.perf_counter() - t0) * 1000)
        _wait(app, lambda: painted.at is not None)
        repainted.append(((painted.at or 0) - t0) * 1000)
        pause = time.perf_counter() + 0.06  # about 15 keys a second; the saver works now
        while time.perf_counter() < pause:
            app.processEvents()
    return handled, repainted


def _saver_round_trips(app: Any, window: Any, db: Any, cid: str, qid: str) -> list[float]:
    from advisor_app.services.consultation_edits import set_answer

    times: list[float] = []
    done: list[float] = []
    window.saver.saved.connect(lambda key, _r: key == "bench" and done.append(
        time.perf_counter()))
    for i in range(50):
        count = len(done)
        t0 = time.perf_counter()
        window.saver.save("bench", lambda i=i: set_answer(db, cid, qid, f"Saver {i}"),
                          immediate=True)
        _wait(app, lambda count=count: len(done) > count)
        times.append((done[-1] - t0) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print("BENCH " + json.dumps(child(args.db, args.runs)), flush=True)
        return
    result = measure(args.runs)
    print_table(f"Visit window, 200-question template (open: {args.runs} runs)", rows(result))
    print("opens (ms):", " ".join(f"{ms:.0f}" for ms in result["opens"]))


if __name__ == "__main__":
    main()
