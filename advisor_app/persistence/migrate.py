"""Alembic, driven from code: the app upgrades at start-up (after a verified backup).

Importing Alembic costs a noticeable part of the start-up, so it is only imported when a
migration is really due: :data:`SCHEMA_HEAD` names the newest revision and
:func:`stored_revision` reads the database's revision with plain ``sqlite3``. A unit test
holds ``SCHEMA_HEAD`` equal to the head Alembic computes from ``migrations/versions``
(whoever adds a migration bumps it).
"""

from __future__ import annotations

import functools
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

SCHEMA_HEAD = "0005"  # the newest revision in migrations/versions (checked by a unit test)


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", str(engine.url))
        config.attributes["engine"] = engine
    return config


@functools.cache
def head_revision() -> str:
    """The head as Alembic computes it from the revision files (imports Alembic)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def stored_revision(path: Path) -> str | None:
    """The revision recorded in the database file (``None``: no file, no table, no row).
    Plain ``sqlite3``, read-only; neither Alembic nor SQLAlchemy is imported."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def upgrade_to_head(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), revision)
