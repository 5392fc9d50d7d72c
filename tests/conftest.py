"""Shared fixtures: a seeded database built once per session, copied for each test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from advisor_app.persistence.database import Database, open_database

# CI runs a fixed, reproducible set of examples (a failure there can be replayed exactly);
# developers' runs draw new examples every time and keep exploring.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A freshly created, migrated and seeded database file (never opened by tests)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    db = open_database(path)
    db.engine.dispose()
    with db.engine.connect() as conn:  # fold the WAL into the main file before copying
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def db_path(seeded_template: Path, tmp_path: Path) -> Path:
    """Path of a private copy of the seeded database for one test."""
    target = tmp_path / "advisor.sqlite"
    shutil.copy2(seeded_template, target)
    return target


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()
