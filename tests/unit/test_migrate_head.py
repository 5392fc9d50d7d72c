"""The cheap start-up checks of the database: the schema head without Alembic, the stored
revision and a setting read with plain sqlite3, and the quick integrity check."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from advisor_app.persistence.database import (
    DatabaseDamaged,
    integrity_problems,
    open_database,
    peek_setting,
)
from advisor_app.persistence.migrate import SCHEMA_HEAD, head_revision, stored_revision

ROOT = Path(__file__).resolve().parents[2]


def test_schema_head_is_the_head_alembic_computes() -> None:
    """Whoever adds a migration must bump SCHEMA_HEAD, else a database one revision behind
    would be taken as current and never migrated."""
    assert head_revision() == SCHEMA_HEAD


def test_stored_revision_of_a_fresh_database_is_the_head(db_path: Path) -> None:
    assert stored_revision(db_path) == SCHEMA_HEAD


def test_stored_revision_without_file_or_table_is_none(tmp_path: Path) -> None:
    assert stored_revision(tmp_path / "missing.sqlite") is None
    assert not (tmp_path / "missing.sqlite").exists()  # read-only: nothing created
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).close()
    assert stored_revision(empty) is None
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database" * 300)
    assert stored_revision(garbage) is None


def test_a_database_one_revision_behind_is_backed_up_and_migrated(tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory

    from advisor_app.persistence.database import list_backups, make_engine
    from advisor_app.persistence.migrate import alembic_config, upgrade_to_head

    revision = ScriptDirectory.from_config(alembic_config()).get_revision(SCHEMA_HEAD)
    previous = revision.down_revision
    assert isinstance(previous, str)
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    upgrade_to_head(engine, previous)
    engine.dispose()
    assert stored_revision(path) == previous
    open_database(path, seed=False).close()
    assert stored_revision(path) == SCHEMA_HEAD
    assert [b.name for b in list_backups(path) if "pre-migration" in b.name]


def _modules_after_opening(path: Path) -> list[str]:
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from advisor_app.persistence.database import open_database\n"
        f"open_database(Path({str(path)!r})).close()\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    loaded: list[str] = json.loads(result.stdout.strip().splitlines()[-1])
    return loaded


def test_opening_a_database_at_head_does_not_import_alembic(db_path: Path) -> None:
    loaded = _modules_after_opening(db_path)
    assert "sqlalchemy" in loaded
    assert "alembic" not in loaded


def test_creating_a_database_imports_alembic(tmp_path: Path) -> None:
    assert "alembic" in _modules_after_opening(tmp_path / "new.sqlite")
    assert stored_revision(tmp_path / "new.sqlite") == SCHEMA_HEAD


def test_peek_setting_reads_without_opening(db_path: Path, tmp_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("INSERT OR REPLACE INTO app_setting (key, value) VALUES ('language', 'en')")
    con.commit()
    con.close()
    assert peek_setting(db_path, "language") == "en"
    assert peek_setting(db_path, "no such key") is None
    assert peek_setting(tmp_path / "missing.sqlite", "language") is None
    assert not (tmp_path / "missing.sqlite").exists()


def _corrupt_a_table_page(path: Path) -> None:
    """Overwrite one page in the middle of the partnership table's b-tree."""
    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    pages = [r[0] for r in con.execute(
        "SELECT pageno FROM dbstat WHERE name = 'partnership' ORDER BY pageno")] \
        if _has_dbstat(con) else []
    con.close()
    page = pages[len(pages) // 2] if pages else 20
    raw = bytearray(path.read_bytes())
    start = (page - 1) * page_size
    raw[start:start + page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(raw))


def _has_dbstat(con: sqlite3.Connection) -> bool:
    try:
        con.execute("SELECT 1 FROM dbstat LIMIT 1").fetchall()
    except sqlite3.Error:
        return False
    return True


def test_quick_check_at_start_still_finds_a_damaged_page(db_path: Path) -> None:
    _corrupt_a_table_page(db_path)
    assert integrity_problems(db_path, quick=True)
    assert integrity_problems(db_path)  # and the full check of `db check`, of course
    with pytest.raises(DatabaseDamaged):
        open_database(db_path)
