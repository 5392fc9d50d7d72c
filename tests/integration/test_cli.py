"""The command line, in-process via ``advisor_app.cli.main`` and once as a real process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import advisor_app
from advisor_app.cli import db_commands, main
from advisor_app.persistence.database import WriterLock, list_backups

DATA = Path(__file__).resolve().parents[1] / "data"
ROOT = Path(__file__).resolve().parents[2]


def live(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(
            f"SELECT COUNT(*) FROM {table} WHERE existence % 2 = 1").fetchone()[0])
    finally:
        con.close()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"advisor-app {advisor_app.__version__}"


def test_db_info(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "db", "info"]) == 0
    out = capsys.readouterr().out
    assert str(db_path) in out and "(aktuell)" in out
    assert any(line.split() == ["Gemeinden", "396"] for line in out.splitlines())


def test_db_check_ok_and_db_option_after_the_command(db_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "check", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out.startswith("In Ordnung")


def test_missing_database_is_invalid_input(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nie.sqlite"
    assert main(["--db", str(missing), "db", "check"]) == 1
    assert "gibt es noch nicht" in capsys.readouterr().err
    assert not missing.exists()


def test_damaged_database_exit_3_and_file_not_replaced(db_path: Path,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    garbage = b"das ist keine Datenbank " * 400
    db_path.write_bytes(garbage)
    for argv in (["db", "check"], ["db", "info"],
                 ["export", "municipalities", "--out", str(db_path.parent / "g.csv")],
                 ["import", "contacts", str(DATA / "contacts.csv")]):
        assert main(["--db", str(db_path), *argv]) == 3
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "beschädigt" in err[0]
    assert db_path.read_bytes() == garbage
    assert not (db_path.parent / "g.csv").exists()


def test_backup_change_restore(db_path: Path, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    backup = tmp_path / "sicherung.sqlite"
    assert main(["--db", str(db_path), "db", "backup", "--out", str(backup)]) == 0
    assert backup.is_file()
    assert main(["--db", str(db_path), "db", "backup", "--out", str(backup)]) == 1  # no overwrite
    assert main(["--db", str(db_path), "import", "contacts", str(DATA / "contacts.csv")]) == 0
    assert live(db_path, "contact") == 2
    monkeypatch.setattr(db_commands, "ask", lambda question: False)
    assert main(["--db", str(db_path), "db", "restore", str(backup)]) == 1
    assert live(db_path, "contact") == 2
    monkeypatch.setattr(db_commands, "ask", lambda question: True)
    assert main(["--db", str(db_path), "db", "restore", str(backup)]) == 0
    assert live(db_path, "contact") == 0
    assert main(["--db", str(db_path), "db", "check"]) == 0
    capsys.readouterr()


def test_backup_to_the_backup_folder_then_restore_by_name(db_path: Path) -> None:
    assert main(["--db", str(db_path), "db", "backup"]) == 0
    (newest,) = list_backups(db_path)
    assert main(["--db", str(db_path), "db", "restore", newest.name, "--yes"]) == 0


def test_locked_database_refuses_writers_but_not_readers(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "b.sqlite"
    assert main(["--db", str(db_path), "db", "backup", "--out", str(backup)]) == 0
    lock = WriterLock(db_path.resolve())
    lock.acquire()
    try:
        capsys.readouterr()
        assert main(["--db", str(db_path), "import", "contacts", str(DATA / "contacts.csv")]) == 3
        assert "bereits" in capsys.readouterr().err
        assert main(["--db", str(db_path), "db", "restore", str(backup), "--yes"]) == 3
        out = tmp_path / "p.json"
        assert main(["--db", str(db_path), "export", "partnerships", "--out", str(out)]) == 0
        assert out.is_file()
        assert main(["--db", str(db_path), "db", "info"]) == 0
        assert "belegt" in capsys.readouterr().out
    finally:
        lock.release()
    assert live(db_path, "contact") == 0


def test_import_bad_file_exit_1_nothing_written(db_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    before = live(db_path, "partnership")
    assert main(["--db", str(db_path), "import", "partnerships",
                 str(DATA / "partnerships_bad.csv")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert [line.split(":")[0] for line in err[:5]] == [
        "Zeile 3", "Zeile 7", "Zeile 8", "Zeile 9", "Zeile 10"]
    assert err[-1].startswith("Fehler: 5 fehlerhafte Zeile(n)")
    assert live(db_path, "partnership") == before


def test_import_dry_run_and_partial(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = live(db_path, "partnership")
    args = ["--db", str(db_path), "import", "partnerships", str(DATA / "partnerships_good.csv")]
    assert main([*args, "--dry-run"]) == 0
    assert "5 neu" in capsys.readouterr().out
    assert live(db_path, "partnership") == before
    assert main(args) == 0
    assert live(db_path, "partnership") == before + 5
    bad = ["--db", str(db_path), "import", "partnerships", str(DATA / "partnerships_bad.csv")]
    assert main([*bad, "--partial"]) == 0
    assert "5 abgelehnt" in capsys.readouterr().out
    assert live(db_path, "partnership") == before + 7


@pytest.mark.parametrize("argv", [
    ["import", "partnerships"],  # file missing
    ["import", "unsinn", "x.csv"],
    ["export", "municipalities"],  # --out missing
    ["export", "municipalities", "--format", "pdf", "--out", "x.pdf"],
    ["db"],
    [],
])
def test_usage_errors_exit_2(argv: list[str], db_path: Path) -> None:
    assert main(["--db", str(db_path), *argv]) == 2


def test_export_without_format_or_known_suffix_exit_1(db_path: Path, tmp_path: Path) -> None:
    assert main(["--db", str(db_path), "export", "projects", "--out",
                 str(tmp_path / "x.txt")]) == 1
    assert main(["--db", str(db_path), "export", "projects", "--out",
                 str(tmp_path / "nope" / "x.csv")]) == 1


def test_export_format_from_suffix(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "gemeinden.xlsx"
    assert main(["--db", str(db_path), "export", "municipalities", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"PK")


def test_import_missing_file_exit_1(db_path: Path, tmp_path: Path) -> None:
    assert main(["--db", str(db_path), "import", "contacts", str(tmp_path / "nix.csv")]) == 1


def test_real_process_version_and_db_info(db_path: Path) -> None:
    env = {**os.environ, "ADVISOR_APP_DB": str(db_path)}
    version = subprocess.run([sys.executable, "-m", "ui.launcher", "--version"], cwd=ROOT,
                             env=env, capture_output=True, text=True, timeout=60, check=False)
    assert version.returncode == 0 and version.stdout.startswith("advisor-app ")
    info = subprocess.run(
        [sys.executable, "-c",
         "import sys; from ui.launcher import main; rc = main(['db', 'info']); "
         "assert 'PySide6' not in sys.modules, 'Qt loaded'; sys.exit(rc)"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert info.returncode == 0, info.stderr
    assert str(db_path) in info.stdout
