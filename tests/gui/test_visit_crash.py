"""The autosave crash test (issue 4): the real program, started as a user starts it,
reopens a draft after a crash and types into a long-text question at 10 keys a second; the
process is killed hard (SIGKILL) mid-sentence. Read back with the services, the answer is a
prefix of what was typed and at most about a second of typing is missing. Started again, the
program reopens the draft at the same question with that text."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from advisor_app.persistence.database import open_database
from advisor_app.services.consultation_resume import open_draft, remember_position
from advisor_app.services.consultations import consultation_detail
from tests.gui.visit_helpers import close_all_visits, start_draft
from ui.consultation.visit_window import VisitWindow, reopen_after_crash
from ui.ops import Ops

ROOT = Path(__file__).resolve().parents[2]
TEXT = ("Der Rat hat im Mai einen Grundsatzbeschluss gefasst; die Kämmerei prüft den "
        "Eigenanteil, und die Klimaschutzmanagerin bringt Kontakte nach Tamale mit.")
KEYS_PER_SECOND = 10
KILL_AFTER = 37  # keys typed when the process is killed
MAX_LOST = KEYS_PER_SECOND + 2  # one second of typing, and the key in flight
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


class Program:
    """The program in a subprocess; its stdout read line by line on a thread."""

    def __init__(self, db_path: Path, **env: str) -> None:
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(db_path.parent),
                           XDG_CONFIG_HOME=str(db_path.parent / "config"),
                           **env)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "ui.consultation.testhook", "--db", str(db_path),
             "--lang", "de"], cwd=ROOT, env=environment, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, encoding="utf-8")
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def wait_for(self, prefix: str, seconds: float = 60) -> str:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.05)
            except queue.Empty:
                if self.process.poll() is not None and self.lines.empty():
                    break
                continue
            if line.startswith(prefix):
                return line
        self.process.kill()
        _out, err = self.process.communicate(timeout=30)
        raise AssertionError(f"no line {prefix!r} from the program; stderr:\n{err}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.communicate(timeout=30)


@pytest.fixture
def draft(db_path: Path) -> Iterator[str]:
    """A draft of Gladbeck, marked as open at "anlass" (a long-text question), as if the
    program had crashed while it was open."""
    db = open_database(db_path)
    cid = start_draft(db)
    remember_position(db, cid, "anlass")
    db.close()
    yield cid
    close_all_visits()


def test_killed_while_typing_loses_at_most_a_second(qtbot: Any, db_path: Path,
                                                     draft: str) -> None:
    program = Program(db_path, ADVISOR_APP_TEST_TYPE=TEXT,
                      ADVISOR_APP_TEST_CPS=str(KEYS_PER_SECOND))
    try:
        assert program.wait_for("ready") == f"ready {draft} anlass"
        program.wait_for(f"typed {KILL_AFTER}", seconds=30)
        os.kill(program.process.pid, signal.SIGKILL)
    finally:
        program.stop()
    assert program.process.returncode == -signal.SIGKILL

    db = open_database(db_path, seed=False)
    try:
        saved = str(consultation_detail(db, draft).answers.get("anlass", ""))
        assert TEXT.startswith(saved)
        assert KILL_AFTER - MAX_LOST <= len(saved) <= KILL_AFTER + 1, saved
        assert open_draft(db) == (draft, "anlass")  # the crash left the marker
    finally:
        db.close()

    program = Program(db_path, ADVISOR_APP_TEST_REPORT="1")  # started again
    try:
        report = json.loads(program.wait_for("{"))
        program.process.wait(timeout=60)
    finally:
        program.stop()
    assert report == {"consultation": draft, "question": "anlass", "answer": saved}
    db = open_database(db_path, seed=False)
    try:
        assert open_draft(db) is None  # ended normally this time: nothing to reopen
    finally:
        db.close()


def test_reopen_after_crash_in_process(qtbot: Any, db_path: Path, draft: str) -> None:
    """The same start-up path in the test's process (pytest-qt): the text typed before
    the crash is in the reopened question's editor."""
    db = open_database(db_path, seed=False)
    try:
        from advisor_app.services.consultation_edits import set_answer

        set_answer(db, draft, "anlass", TEXT[:20])
        reopen_after_crash(None, db, Ops(synchronous=True))
        window = VisitWindow.window_of(draft)
        assert window is not None and window.isVisible()
        assert window.checklist.current_qid == "anlass"
        editor = window.checklist.current_block().editor  # type: ignore[union-attr]
        assert editor.value() == TEXT[:20]
        qtbot.keyClicks(editor.focus_target(), TEXT[20:30])  # she goes on where she was
        assert editor.value() == TEXT[:30]
        window.close()
        assert open_draft(db) is None
    finally:
        db.close()
