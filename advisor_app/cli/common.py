"""Shared pieces of the command line: exit codes, the error type handlers raise, resolving
and opening the database. Heavy modules are imported inside the functions (fast start)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from advisor_app.persistence.database import Database

EXIT_OK = 0
EXIT_INVALID = 1  # invalid input or validation failed
EXIT_USAGE = 2  # argparse usage errors
EXIT_DATABASE = 3  # database locked, damaged or not at a usable schema revision


class CliError(Exception):
    """A one-line German reason and the exit code; raised by handlers, printed by main."""

    def __init__(self, message: str, code: int = EXIT_INVALID) -> None:
        self.code = code
        super().__init__(message)


def say(text: str = "") -> None:
    print(text, file=sys.stdout)


def warn(text: str) -> None:
    print(text, file=sys.stderr)


def db_path(args: argparse.Namespace) -> Path:
    """``--db`` if given, else ``$ADVISOR_APP_DB``, else the user data directory."""
    if getattr(args, "db", None):
        return Path(args.db).expanduser().resolve()
    from advisor_app.persistence.database import default_db_path

    return default_db_path().expanduser().resolve()


def require_existing(path: Path) -> None:
    if not path.is_file() or path.stat().st_size == 0:
        raise CliError(f"Die Datenbank {path} gibt es noch nicht (das Programm legt sie beim "
                       "ersten Start an).")


def open_reader(path: Path) -> Database:
    """Open an existing database read-only (no lock, no migration, no seeding), so it works
    while the window or another command holds the writer lock."""
    from advisor_app.persistence.database import open_database
    from advisor_app.persistence.migrate import needs_upgrade

    require_existing(path)
    db = open_database(path, seed=False, writer=False, migrate=False)
    if needs_upgrade(db.engine):
        db.close()
        raise CliError(f"Die Datenbank {path} hat noch nicht den aktuellen Stand; bitte einmal "
                       "das Programm starten oder einen Import ausführen.", EXIT_DATABASE)
    return db


def open_writer(path: Path) -> Database:
    """Open for writing: takes the lock (DatabaseLocked when taken), migrates, seeds."""
    from advisor_app.persistence.database import open_database

    return open_database(path, writer=True)


def output_file(text: str) -> Path:
    """The file a command writes (``--out``): not a folder, in a folder that exists."""
    out = Path(text).expanduser().resolve()
    if out.is_dir():
        raise CliError(f"{out} ist ein Ordner; bitte einen Dateinamen angeben.")
    if not out.parent.is_dir():
        raise CliError(f"Den Ordner {out.parent} gibt es nicht.")
    return out


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("Byte", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            text = f"{value:.0f}" if unit == "Byte" else f"{value:.1f}"
            return f"{text.replace('.', ',')} {unit}"
        value /= 1024
    raise AssertionError("unreachable")
