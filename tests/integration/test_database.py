"""The database file: creation at head, migrations, seeding, backups, damage, locking."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from advisor_app.persistence import ids
from advisor_app.persistence.database import (
    DatabaseDamaged,
    DatabaseLocked,
    WriterLock,
    backup_database,
    default_db_path,
    integrity_problems,
    list_backups,
    make_engine,
    open_database,
    restore_backup,
)
from advisor_app.persistence.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    upgrade_to_head,
)
from advisor_app.persistence.schema import metadata
from advisor_app.persistence.seed import seed_database

COUNTED = ("regierungsbezirk", "kreis", "municipality", "partner_region", "partnership",
           "country")


def counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}
    finally:
        con.close()


def test_fresh_database_is_at_head_and_matches_models(tmp_path: Path) -> None:
    db = open_database(tmp_path / "fresh.sqlite", seed=False)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
        assert diff == []
    finally:
        db.close()


def test_every_revision_upgrades_step_by_step(tmp_path: Path) -> None:
    script = ScriptDirectory.from_config(alembic_config())
    revisions = list(reversed(list(script.walk_revisions())))
    engine = make_engine(tmp_path / "steps.sqlite")
    for revision in revisions:
        upgrade_to_head(engine, revision.revision)
        assert current_revision(engine) == revision.revision
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_connection_pragmas(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        db.close()


def test_seed_counts(db_path: Path) -> None:
    found = counts(db_path)
    assert found["municipality"] == 396
    assert found["kreis"] == 53
    assert found["regierungsbezirk"] == 5
    assert found["partnership"] == 826
    assert found["country"] == 250
    con = sqlite3.connect(db_path)
    kreisfrei = con.execute("SELECT count(*) FROM kreis WHERE typ = 'Kreisfreie Stadt'").fetchone()
    under2 = con.execute("SELECT count(*) FROM partner_region WHERE under2_member").fetchone()
    with_shape = con.execute("SELECT count(*) FROM municipality WHERE boundary IS NOT NULL")
    assert kreisfrei[0] == 22
    assert under2[0] == 157
    assert with_shape.fetchone()[0] == 396
    con.close()


def test_seeding_twice_creates_no_duplicates(db_path: Path) -> None:
    before = counts(db_path)
    db = open_database(db_path)
    try:
        assert seed_database(db) is False  # already seeded: skipped
        assert seed_database(db, force=True) is True
    finally:
        db.close()
    assert counts(db_path) == before


def test_seeding_keeps_deleted_records_deleted(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("UPDATE partnership SET existence = 2 WHERE id = (SELECT min(id) FROM partnership)")
    con.commit()
    con.close()
    db = open_database(db_path)
    try:
        seed_database(db, force=True)
    finally:
        db.close()
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT count(*) FROM partnership WHERE existence = 2").fetchone()[0] == 1
    con.close()


def test_seeded_ids_are_deterministic(seeded_template: Path, tmp_path: Path) -> None:
    other = open_database(tmp_path / "other.sqlite")
    other.close()

    def ids_of(path: Path) -> set[str]:
        con = sqlite3.connect(path)
        rows = {r[0] for t in COUNTED[:-1] for r in con.execute(f"SELECT id FROM {t}")}
        con.close()
        return rows

    assert ids_of(seeded_template) == ids_of(tmp_path / "other.sqlite")
    con = sqlite3.connect(seeded_template)
    assert con.execute("SELECT name FROM municipality WHERE id = ?",
                       (ids.municipality_id("05562014"),)).fetchone() == ("Gladbeck",)
    con.close()


def test_backup_before_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE legacy (x INTEGER)")
    con.execute("INSERT INTO legacy VALUES (42)")
    con.commit()
    con.close()
    db = open_database(path, seed=False)
    db.close()
    backups = list_backups(path)
    assert len(backups) == 1 and "pre-migration" in backups[0].name
    saved = sqlite3.connect(backups[0])
    assert saved.execute("SELECT x FROM legacy").fetchall() == [(42,)]
    saved.close()


def test_no_backup_when_nothing_to_migrate(db_path: Path) -> None:
    open_database(db_path).close()
    assert list_backups(db_path) == []


def test_damaged_database_is_reported_and_never_replaced(db_path: Path) -> None:
    backup = backup_database(db_path, reason="manual")
    raw = bytearray(db_path.read_bytes())
    raw[0:100] = b"\x00garbage" * 12 + b"\x00" * 4
    db_path.write_bytes(bytes(raw))
    damaged = db_path.read_bytes()
    with pytest.raises(DatabaseDamaged) as info:
        open_database(db_path)
    assert "beschädigt" in str(info.value)
    assert info.value.backups == [backup]
    assert db_path.read_bytes() == damaged  # untouched
    kept = restore_backup(backup, db_path)
    assert kept is not None and kept.read_bytes() == damaged
    assert integrity_problems(db_path) == []
    assert counts(db_path)["municipality"] == 396


def test_second_writer_is_refused(db_path: Path) -> None:
    first = open_database(db_path)
    try:
        with pytest.raises(DatabaseLocked) as info:
            open_database(db_path)
        assert "bereits" in str(info.value)
        reader = open_database(db_path, writer=False, seed=False, migrate=False)
        reader.close()
    finally:
        first.close()
    open_database(db_path).close()  # free again


def test_lock_is_released_when_opening_fails(tmp_path: Path) -> None:
    path = tmp_path / "bad.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseDamaged):
        open_database(path)
    lock = WriterLock(path)
    lock.acquire()
    lock.release()


def test_default_path_honours_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ADVISOR_APP_DB", str(tmp_path / "env.sqlite"))
    assert default_db_path() == tmp_path / "env.sqlite"
    monkeypatch.delenv("ADVISOR_APP_DB")
    assert default_db_path().name == "advisor.sqlite"
