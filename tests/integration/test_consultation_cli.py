"""``advisor-app consultation list|export|import|steps`` in-process via ``advisor_app.cli.main``
(and the exchange once as real processes, Qt-free), on real SQLite files."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from consultation_samples import BOCHUM, GLADBECK, folgeberatung, rich_consultation

from advisor_app.cli import main
from advisor_app.domain.enums import NextStepStatus
from advisor_app.persistence.database import open_database
from advisor_app.services.consultation_edits import add_step, update_step
from advisor_app.services.consultations import start_consultation

ROOT = Path(__file__).resolve().parents[2]
Capture = pytest.CaptureFixture[str]


def _fingerprint(path: Path) -> list[tuple[str, int]]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return [(t, con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables]
    finally:
        con.close()


@pytest.fixture
def filled(db_path: Path) -> tuple[Path, str, str]:
    """A database with a completed Gladbeck consultation (steps due 15.12.2026 and
    undated) and a Bochum draft with an overdue step; (path, gladbeck id, bochum id)."""
    db = open_database(db_path)
    try:
        gladbeck = rich_consultation(db, complete=True)
        bochum = start_consultation(db, BOCHUM, folgeberatung(),
                                    held_at=dt.datetime(2026, 6, 1, 14, 0))
        add_step(db, bochum, what="Ratsvorlage schreiben", due_date=dt.date(2026, 7, 1))
        done = add_step(db, bochum, what="Termin finden")
        update_step(db, done, status=NextStepStatus.DONE)
    finally:
        db.close()
    return db_path, gladbeck, bochum


@pytest.fixture
def other(seeded_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "anderes.sqlite"
    shutil.copy2(seeded_template, path)
    return path


def _one_error_line(capsys: Capture) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("Fehler: ")
    return err[0]


def test_list_with_filters_and_json(filled: tuple[Path, str, str], capsys: Capture) -> None:
    path, gladbeck, bochum = filled
    assert main(["--db", str(path), "consultation", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{gladbeck[:8]}  05.11.2026 10:30  Gladbeck (05562014)  "
                               "Folgeberatung v1  Abgeschlossen  offene Schritte: 2")
    assert lines[1].startswith(f"{bochum[:8]}  01.06.2026 14:00  Bochum (05911000)")
    assert lines[-1] == "2 Beratung(en)"
    for selector in ("05911000", "bochum", "BOCHU"):
        assert main(["--db", str(path), "consultation", "list", "-m", selector, "--json"]) == 0
        rows = json.loads(capsys.readouterr().out)
        assert [r["id"] for r in rows] == [bochum]
    assert main(["consultation", "list", "--state", "completed", "--json", "--db",
                 str(path)]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["id"], row["state"], row["advisers"], row["open_steps"]) == (
        gladbeck, "completed", ["Anna Beraterin", "Ben Berater"], 2)
    assert main(["--db", str(path), "consultation", "list", "--state", "draft",
                 "-m", "Gladbeck"]) == 0
    assert capsys.readouterr().out.strip() == "Keine Beratungen gefunden."


@pytest.mark.parametrize(("selector", "message"), [
    ("Berg", "„Berg“ ist mehrdeutig: Bergheim (05362008)"),
    ("Atlantis", "Eine Kommune „Atlantis“ gibt es nicht"),
    ("12345678", "Eine Kommune „12345678“ gibt es nicht"),
])
def test_unknown_or_ambiguous_municipality(filled: tuple[Path, str, str], capsys: Capture,
                                           selector: str, message: str) -> None:
    for command in ("list", "steps"):
        assert main(["--db", str(filled[0]), "consultation", command, "-m", selector]) == 1
        assert message in _one_error_line(capsys)


def test_steps_open_overdue_and_by_status(filled: tuple[Path, str, str],
                                          capsys: Capture) -> None:
    path = str(filled[0])
    assert main(["--db", path, "consultation", "steps"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("01.07.2026 ÜBERFÄLLIG  Offen  Bochum: Ratsvorlage schreiben")
    assert out[1].startswith("15.12.2026")  # due in the future only from today's view
    assert out[1].split("  ", 1)[1].startswith(("Offen  Gladbeck: Förderantrag stellen",
                                                "ÜBERFÄLLIG"))
    assert out[2].startswith("ohne Termin  In Arbeit  Gladbeck: Workshop planen")
    assert out[-1] == "3 Schritt(e)"
    assert main(["--db", path, "consultation", "steps", "--overdue", "-m", "05911000"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        out[0], "1 Schritt(e)"]
    assert main(["--db", path, "consultation", "steps", "--status", "done", "--json"]) == 0
    [done] = json.loads(capsys.readouterr().out)
    assert (done["what"], done["status"], done["overdue"]) == ("Termin finden", "done", False)
    assert main(["--db", path, "consultation", "steps", "--status", "dropped"]) == 0
    assert capsys.readouterr().out.strip() == "Keine nächsten Schritte."


def test_export_by_prefix_and_import_elsewhere(filled: tuple[Path, str, str], other: Path,
                                               tmp_path: Path, capsys: Capture) -> None:
    path, gladbeck, _ = filled
    out = tmp_path / "gladbeck.json"
    assert main(["--db", str(path), "consultation", "export", gladbeck[:6], "--out",
                 str(out)]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"Beratung {gladbeck} exportiert nach {out}")
    assert "13 Antworten, 2 Teilnehmende, 2 nächste Schritte, 3 Anhänge" in said
    assert json.loads(out.read_text("utf-8"))["id"] == gladbeck
    assert not list(tmp_path.glob(".*.part"))

    before = _fingerprint(other)
    assert main(["--db", str(other), "consultation", "import", str(out), "--dry-run"]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[0] == "Probelauf, nichts gespeichert (gladbeck.json):"
    assert said[1].endswith("würde neu angelegt.")
    assert _fingerprint(other) == before

    assert main(["--db", str(other), "consultation", "import", str(out)]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[0].endswith("(Gladbeck, 05.11.2026 10:30) wurde neu angelegt.")
    assert "  Antworten: 13 neu, 0 geändert" in said
    assert main(["--db", str(other), "consultation", "import", str(out)]) == 0
    assert capsys.readouterr().out.strip().endswith("unverändert (schon vorhanden).")
    again = tmp_path / "zurueck.json"
    assert main(["--db", str(other), "consultation", "export", gladbeck, "-o", str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()


def test_bad_input_one_line_nonzero_nothing_changed(filled: tuple[Path, str, str],
                                                    other: Path, tmp_path: Path,
                                                    capsys: Capture) -> None:
    path, gladbeck, _ = filled
    out = tmp_path / "x.json"
    assert main(["--db", str(path), "consultation", "export", "ffff", "--out", str(out)]) == 1
    assert "Eine Beratung „ffff“ gibt es nicht" in _one_error_line(capsys)
    assert main(["--db", str(path), "consultation", "export", gladbeck, "--out",
                 str(tmp_path)]) == 1
    assert "ist ein Ordner" in _one_error_line(capsys)
    assert main(["--db", str(path), "consultation", "export", gladbeck, "--out",
                 str(tmp_path / "fehlt" / "x.json")]) == 1
    assert "Den Ordner" in _one_error_line(capsys)
    assert not out.exists()

    assert main(["--db", str(path), "consultation", "export", gladbeck, "--out", str(out)]) == 0
    capsys.readouterr()
    doc = json.loads(out.read_text("utf-8"))
    doc["answers"]["ratsbeschluss"] = "yes"
    broken = tmp_path / "kaputt.json"
    broken.write_text(json.dumps(doc), "utf-8")
    before = _fingerprint(other)
    for argv in ([str(broken)], [str(broken), "--dry-run"]):
        assert main(["--db", str(other), "consultation", "import", *argv]) == 1
        assert _one_error_line(capsys) == (
            "Fehler: Nichts importiert aus kaputt.json: answers.ratsbeschluss: Diese Frage "
            "gibt es in der Vorlage nicht.")
    broken.write_bytes(b"{kein json")
    assert main(["--db", str(other), "consultation", "import", str(broken)]) == 1
    assert "kein gültiges JSON" in _one_error_line(capsys)
    assert main(["--db", str(other), "consultation", "import", str(tmp_path / "nix.json")]) == 1
    assert "gibt es nicht" in _one_error_line(capsys)
    assert _fingerprint(other) == before
    assert main(["--db", str(other), "consultation", "frobnicate"]) == 2


def test_real_processes_export_and_import_without_qt(filled: tuple[Path, str, str],
                                                     other: Path, tmp_path: Path) -> None:
    path, gladbeck, _ = filled
    out = tmp_path / "prozess.json"
    code = ("import sys; from advisor_app.cli import main; rc = main(sys.argv[1:]); "
            "assert 'PySide6' not in sys.modules, 'Qt loaded'; sys.exit(rc)")
    env = {k: v for k, v in os.environ.items() if k != "ADVISOR_APP_DB"}
    for argv in (["--db", str(path), "consultation", "export", gladbeck[:8], "-o", str(out)],
                 ["--db", str(other), "consultation", "import", str(out)]):
        result = subprocess.run([sys.executable, "-c", code, *argv], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=120, check=False)
        assert result.returncode == 0, result.stderr
    assert "wurde neu angelegt" in result.stdout
    con = sqlite3.connect(other)
    try:
        assert con.execute("SELECT municipality_id FROM consultation WHERE id = ?",
                           (gladbeck,)).fetchone() == (GLADBECK,)
    finally:
        con.close()


@pytest.mark.skipif(not os.environ.get("ADVISOR_APP_BUNDLE"),
                    reason="ADVISOR_APP_BUNDLE not set (bash build/build.sh builds the bundle)")
def test_bundle_validates_and_imports_exchange_files(filled: tuple[Path, str, str],
                                                     other: Path, tmp_path: Path) -> None:
    """jsonschema (and its meta-schemas) work inside the frozen program, offline."""
    path, gladbeck, _ = filled
    good = tmp_path / "gut.json"
    assert main(["--db", str(path), "consultation", "export", gladbeck, "-o", str(good)]) == 0
    doc = json.loads(good.read_text("utf-8"))
    del doc["participants"][0]["role"]
    bad = tmp_path / "schlecht.json"
    bad.write_text(json.dumps(doc), "utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([os.environ["ADVISOR_APP_BUNDLE"], "--db", str(other), *args],
                              capture_output=True, text=True, timeout=180, env=env,
                              check=False, stdin=subprocess.DEVNULL)

    refused = run("consultation", "import", str(bad))
    assert refused.returncode == 1
    assert refused.stderr.strip() == ("Fehler: Nichts importiert aus schlecht.json: "
                                      "participants[0].role: Pflichtfeld fehlt.")
    imported = run("consultation", "import", str(good))
    assert imported.returncode == 0, imported.stderr
    assert "wurde neu angelegt" in imported.stdout
