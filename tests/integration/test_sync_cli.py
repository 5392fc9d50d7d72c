"""``advisor-app sync init|status``, ``sync --share``, ``conflicts list|resolve``: output and
exit codes, in-process through ``advisor_app.cli.main`` on real database files and shares."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sync_faults import tree

from advisor_app.cli import main
from advisor_app.persistence.database import WriterLock
from advisor_app.sync.outbox import new_device_id


def laptop(template: Path, folder: Path, name: str) -> Path:
    path = folder / f"{name}.sqlite"
    shutil.copy2(template, path)
    con = sqlite3.connect(path, isolation_level=None)
    new_device_id(con)
    con.close()
    return path


def sql(path: Path, query: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path, isolation_level=None)
    try:
        return con.execute(query, params).fetchall()
    finally:
        con.close()


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def pair(seeded_template: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    share = tmp_path / "share"
    share.mkdir()
    return laptop(seeded_template, tmp_path, "a"), laptop(seeded_template, tmp_path, "b"), share


def first_partnership(db: Path) -> str:
    return str(sql(db, "SELECT id FROM partnership ORDER BY id LIMIT 1")[0][0])


def test_init_then_sync_with_the_stored_share(pair: tuple[Path, Path, Path],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    a, b, share = pair
    code, out, _ = run(capsys, a, "sync", "init", "--share", str(share))
    assert code == 0 and "angelegt" in out
    space_id = json.loads((share / "advisor-sync" / "SPACE.json").read_text())["space_id"]
    assert sql(a, "SELECT space_id FROM sync_state") == [(space_id,)]
    assert sql(a, "SELECT value FROM app_setting WHERE key = 'share_path'") == [(str(share),)]
    pid = first_partnership(a)
    sql(a, "UPDATE partnership SET notes = 'per CLI' WHERE id = ?", (pid,))
    code, out, _ = run(capsys, a, "sync")
    assert code == 0
    assert "Gesendet: 1 Änderung(en) in 1 Datei(en)." in out
    code, out, _ = run(capsys, b, "sync", "--share", str(share))
    assert code == 0 and "Empfangen: 1 Änderung(en) in 1 Datei(en)." in out
    assert sql(b, "SELECT notes FROM partnership WHERE id = ?", (pid,)) == [("per CLI",)]
    # the first sync stored the share for b as well
    assert sql(b, "SELECT value FROM app_setting WHERE key = 'share_path'") == [(str(share),)]
    code, out, _ = run(capsys, b, "sync", "status")
    assert code == 0
    assert space_id in out and "Nicht gesendet:          0 lokale Änderung(en)" in out
    assert "bis Datei 1" in out


def test_init_refusals(pair: tuple[Path, Path, Path], tmp_path: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:
    a, b, share = pair
    missing = tmp_path / "nicht-da"
    code, _, err = run(capsys, a, "sync", "init", "--share", str(missing))
    assert code == 4 and "nicht erreichbar" in err and not missing.exists()
    assert run(capsys, a, "sync", "init", "--share", str(share))[0] == 0
    code, _, err = run(capsys, b, "sync", "init", "--share", str(share))
    assert code == 1 and "bereits einen Synchronisationsbereich" in err
    assert "sync --share" in err
    other = tmp_path / "other"
    other.mkdir()
    code, _, err = run(capsys, a, "sync", "init", "--share", str(other))
    assert code == 1 and "gehört bereits" in err and list(other.iterdir()) == []


def test_sync_without_a_share_is_invalid_input(pair: tuple[Path, Path, Path],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    a, _, _ = pair
    code, _, err = run(capsys, a, "sync")
    assert code == 1 and "Keine Freigabe" in err


def test_unmounted_share_exit_4_nothing_created_nothing_changed(
        pair: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    a, _, share = pair
    assert run(capsys, a, "sync", "init", "--share", str(share))[0] == 0
    sql(a, "UPDATE partnership SET notes = 'lokal' WHERE id = ?", (first_partnership(a),))
    shutil.rmtree(share / "advisor-sync")  # the mount point is empty now
    before = sql(a, "SELECT * FROM partnership ORDER BY id")
    code, out, _ = run(capsys, a, "sync")
    assert code == 4 and "kein Synchronisationsbereich" in out
    assert tree(share) == {}
    assert sql(a, "SELECT * FROM partnership ORDER BY id") == before
    assert sql(a, "SELECT count(*) FROM sync_outbox WHERE published = 0") == [(1,)]


def test_wrong_share_exit_4(pair: tuple[Path, Path, Path], tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    a, b, share = pair
    assert run(capsys, a, "sync", "init", "--share", str(share))[0] == 0
    other = tmp_path / "other"
    other.mkdir()
    assert run(capsys, b, "sync", "init", "--share", str(other))[0] == 0
    before = tree(other)
    code, out, _ = run(capsys, a, "sync", "--share", str(other))
    assert code == 4 and "Falsche Freigabe" in out and tree(other) == before


def test_failsafe_exit_6_then_yes(pair: tuple[Path, Path, Path],
                                  capsys: pytest.CaptureFixture[str]) -> None:
    a, b, share = pair
    assert run(capsys, a, "sync", "init", "--share", str(share))[0] == 0
    sql(a, "UPDATE partnership SET existence = existence + 1 WHERE rowid <= 55")
    assert run(capsys, a, "sync")[0] == 0
    live = "SELECT count(*) FROM partnership WHERE existence % 2 = 1"
    before = sql(b, live)[0][0]
    code, out, _ = run(capsys, b, "sync", "--share", str(share))
    assert code == 6 and "--yes" in out and "55 gelöscht" in out
    assert sql(b, live)[0][0] == before
    code, _, _ = run(capsys, b, "sync", "--share", str(share), "--dry-run")
    assert code == 6
    code, out, _ = run(capsys, b, "sync", "--share", str(share), "--yes")
    assert code == 0 and sql(b, live)[0][0] == before - 55


def test_conflicts_exit_5_list_and_resolve_everywhere(pair: tuple[Path, Path, Path],
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    a, b, share = pair
    assert run(capsys, a, "sync", "init", "--share", str(share))[0] == 0
    pid = first_partnership(a)
    sql(b, "UPDATE partnership SET notes = 'Fassung B' WHERE id = ?", (pid,))
    sql(a, "UPDATE partnership SET notes = 'Fassung A' WHERE id = ?", (pid,))
    assert run(capsys, a, "sync")[0] == 0
    code, out, _ = run(capsys, b, "sync", "--share", str(share))
    assert code == 5 and "Offene Konflikte: 1" in out
    assert run(capsys, a, "sync")[0] == 5
    code, out, _ = run(capsys, b, "conflicts", "list")
    assert code == 0 and "'Fassung A'" in out and "'Fassung B'" in out and "Feld notes" in out
    conflict_id = str(sql(b, "SELECT id FROM sync_conflict")[0][0])
    winner = sql(b, "SELECT winner_value FROM sync_conflict")[0][0]
    code, out, _ = run(capsys, b, "conflicts", "resolve", conflict_id[:8], "--keep", "loser")
    assert code == 0 and "gelöst" in out
    assert sql(b, "SELECT count(*) FROM sync_conflict") == [(0,)]
    loser = "Fassung B" if winner == "Fassung A" else "Fassung A"
    assert sql(b, "SELECT notes FROM partnership WHERE id = ?", (pid,)) == [(loser,)]
    assert run(capsys, b, "sync")[0] == 0
    assert run(capsys, a, "sync")[0] == 0  # the resolution reached a: no conflict left
    assert sql(a, "SELECT count(*) FROM sync_conflict") == [(0,)]
    assert sql(a, "SELECT notes FROM partnership WHERE id = ?", (pid,)) == [(loser,)]
    code, out, _ = run(capsys, a, "conflicts", "list")
    assert code == 0 and "Keine offenen Konflikte." in out


def test_resolve_keeping_the_current_value_replicates_too(
        pair: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    a, b, share = pair
    assert run(capsys, a, "sync", "init", "--share", str(share))[0] == 0
    pid = first_partnership(a)
    sql(b, "UPDATE partnership SET since_year = 1990 WHERE id = ?", (pid,))
    sql(a, "UPDATE partnership SET since_year = 1991 WHERE id = ?", (pid,))
    run(capsys, a, "sync")
    run(capsys, b, "sync", "--share", str(share))
    run(capsys, a, "sync")
    current = sql(b, "SELECT since_year FROM partnership WHERE id = ?", (pid,))[0][0]
    conflict_id = str(sql(b, "SELECT id FROM sync_conflict")[0][0])
    code, _, _ = run(capsys, b, "conflicts", "resolve", conflict_id, "--keep", str(current))
    assert code == 0 and sql(b, "SELECT count(*) FROM sync_conflict") == [(0,)]
    assert sql(b, "SELECT count(*) FROM sync_outbox WHERE published = 0") == [(1,)]
    assert run(capsys, b, "sync")[0] == 0
    assert run(capsys, a, "sync")[0] == 0
    assert sql(a, "SELECT count(*) FROM sync_conflict") == [(0,)]
    assert sql(a, "SELECT since_year FROM partnership WHERE id = ?", (pid,)) == [(current,)]


def test_resolve_unknown_conflict_is_invalid_input(pair: tuple[Path, Path, Path],
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    a, _, _ = pair
    code, _, err = run(capsys, a, "conflicts", "resolve", "abcdef", "--keep", "winner")
    assert code == 1 and "gibt es nicht" in err


def test_locked_database_exit_3(pair: tuple[Path, Path, Path],
                                capsys: pytest.CaptureFixture[str]) -> None:
    a, _, share = pair
    lock = WriterLock(a)
    lock.acquire()
    try:
        code, _, err = run(capsys, a, "sync", "--share", str(share))
    finally:
        lock.release()
    assert code == 3 and "bereits" in err


def test_dry_run_prints_what_would_happen(pair: tuple[Path, Path, Path],
                                          capsys: pytest.CaptureFixture[str]) -> None:
    a, _, share = pair
    assert run(capsys, a, "sync", "init", "--share", str(share))[0] == 0
    sql(a, "UPDATE partnership SET notes = 'x' WHERE id = ?", (first_partnership(a),))
    before = tree(share)
    code, out, _ = run(capsys, a, "sync", "--dry-run")
    assert code == 0 and out.startswith("Probelauf") and "Zu senden: 1 Änderung(en)" in out
    assert tree(share) == before
