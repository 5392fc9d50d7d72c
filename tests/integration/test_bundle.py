"""The frozen program (PyInstaller one-folder bundle) works: self-test, version, database.

The bundle takes about a minute to build, so these tests run when ``ADVISOR_APP_BUNDLE`` names
the built program (``./dev test`` builds it and sets the variable); otherwise they are skipped.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import tomllib
from pathlib import Path

import pytest

from advisor_app.persistence.migrate import head_revision

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = os.environ.get("ADVISOR_APP_BUNDLE", "")

pytestmark = pytest.mark.skipif(
    not BUNDLE, reason="ADVISOR_APP_BUNDLE not set (bash build/build.sh builds the bundle)"
)


@pytest.fixture
def program() -> Path:
    path = Path(BUNDLE)
    assert path.is_file() and os.access(path, os.X_OK), f"no bundle at {path}"
    return path


def _run(program: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        # Keep the user's data directory and settings out of reach.
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "ADVISOR_APP_DB": str(home / "default.sqlite"),
    }
    return subprocess.run(
        [str(program), *args], capture_output=True, text=True, timeout=180, env=env,
        check=False, stdin=subprocess.DEVNULL,
    )


def test_self_test_opens_window_and_searches(program: Path, tmp_path: Path) -> None:
    result = _run(program, "--self-test", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test: ok" in result.stdout
    assert "protocol Beratungsprotokoll_Gladbeck_" in result.stdout  # consultation + PDF


def test_version_matches_pyproject(program: Path, tmp_path: Path) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    result = _run(program, "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert version in result.stdout


def test_import_creates_migrated_database_and_db_info_reads_it(program: Path,
                                                             tmp_path: Path) -> None:
    """The writer path in the bundle: a first import creates the database, runs the Alembic
    scripts shipped as data files, seeds it; ``db info`` then reads it."""
    db_file = tmp_path / "x.sqlite"
    regions = tmp_path / "regionen.csv"
    regions.write_text("Name;Land;Ebene\nBundle-Testregion;PL;municipality\n",
                       encoding="utf-8")
    imported = _run(program, "import", "partner-regions", str(regions), "--db", str(db_file),
                    home=tmp_path)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    info = _run(program, "db", "info", "--db", str(db_file), home=tmp_path)
    assert info.returncode == 0, info.stdout + info.stderr
    assert "396" in info.stdout  # the seeded municipalities are counted
    assert head_revision() in info.stdout
    con = sqlite3.connect(db_file)
    try:
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        municipalities = con.execute("SELECT count(*) FROM municipality").fetchone()[0]
        region = con.execute("SELECT country_iso2 FROM partner_region"
                             " WHERE name = 'Bundle-Testregion'").fetchone()
    finally:
        con.close()
    assert revision == head_revision()
    assert municipalities == 396
    assert region == ("PL",)
