"""Opening the local SQLite database safely.

Promises:
- every connection has foreign keys on, WAL journal, ``synchronous=FULL`` and a busy timeout;
- :func:`open_database` checks integrity first (SQLite's ``quick_check``; ``advisor-app db
  check`` runs the full ``integrity_check``) and raises :class:`DatabaseDamaged` (with the
  available backups) instead of ever replacing a damaged file with an empty one;
- before any migration of an existing database a verified backup copy is written;
- a second writer on the same file is refused with :class:`DatabaseLocked`.
May be called from any thread; a :class:`Database` hands out one Session per unit of work.

SQLAlchemy (and Alembic) are imported only when an engine is made, so the window can take
the writer lock and show itself before the heavy imports (see ``ui.app``).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advisor_app.atomic_file import replacing

if TYPE_CHECKING:
    from filelock import FileLock
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "advisor-app"
APP_AUTHOR = "KoordinierungsstelleKommunalpartnerschaftenNRW"
DB_ENV = "ADVISOR_APP_DB"
DB_FILENAME = "advisor.sqlite"


class DatabaseError(Exception):
    """Base of the errors a user must be told about in plain words."""


class DatabaseDamaged(DatabaseError):
    def __init__(self, path: Path, problems: list[str], backups: list[Path]) -> None:
        self.path = path
        self.problems = problems
        self.backups = backups
        hint = (f" Letzte Sicherung: {backups[0]}" if backups
                else " Es gibt keine Sicherung.")
        super().__init__(
            f"Die Datenbank {path} ist beschädigt ({'; '.join(problems[:3])}).{hint}"
        )


class DatabaseLocked(DatabaseError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"Die Datenbank {path} wird bereits von einem anderen advisor-app-Fenster oder "
            "-Befehl benutzt. Bitte das andere Programm schließen und erneut versuchen."
        )


def default_db_path() -> Path:
    """``$ADVISOR_APP_DB`` if set, else the platform's user data directory."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR)) / DB_FILENAME


def resolve_db_path(path: Path | None = None) -> Path:
    """The absolute path :func:`open_database` uses for ``path`` (default: the user's)."""
    return (path or default_db_path()).expanduser().resolve()


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def integrity_problems(path: Path, *, quick: bool = False) -> list[str]:
    """``[]`` when SQLite's integrity check passes, else its findings (German summary first).

    ``quick=True`` runs ``PRAGMA quick_check`` (every page and record, but not whether each
    index matches its table: several times faster on a big file), used at every start;
    the full ``integrity_check`` runs for ``advisor-app db check``, backups and restores."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return [f"keine lesbare SQLite-Datenbank: {exc}"]
    findings = [str(r[0]) for r in rows]
    return [] if findings == ["ok"] else findings


def list_backups(db_path: Path) -> list[Path]:
    """Backups of this database, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.sqlite"), reverse=True)


def backup_database(db_path: Path, reason: str = "manual", dest: Path | None = None) -> Path:
    """Copy the database with SQLite's online backup API and verify the copy."""
    if dest is None:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        dest = backup_dir(db_path) / f"{db_path.stem}-{stamp}-{reason}.sqlite"
    dest.parent.mkdir(parents=True, exist_ok=True)
    with replacing(dest) as tmp:
        src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out)
            finally:
                out.close()
        finally:
            src.close()
        problems = integrity_problems(tmp)
        if problems:
            raise DatabaseError(f"Die Sicherungskopie ist fehlerhaft: {problems[0]}")
    return dest


def restore_backup(backup: Path, db_path: Path) -> Path | None:
    """Replace the database by a verified backup. The replaced file is kept beside it.

    Returns where the replaced file was moved (``None`` when there was none).
    """
    problems = integrity_problems(backup)
    if problems:
        raise DatabaseError(f"Die Sicherung {backup} ist selbst beschädigt: {problems[0]}")
    kept: Path | None = None
    if db_path.exists():
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        kept = db_path.with_name(f"{db_path.stem}-replaced-{stamp}{db_path.suffix}")
        db_path.replace(kept)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    tmp = db_path.with_name(db_path.name + ".restore")
    shutil.copy2(backup, tmp)
    tmp.replace(db_path)
    return kept


class WriterLock:
    """An exclusive lock file beside the database; one writing process at a time."""

    def __init__(self, db_path: Path) -> None:
        from filelock import FileLock

        self.path = Path(str(db_path) + ".lock")
        # one lock for the whole process: the window takes it on the GUI thread and hands
        # it to the worker thread that opens the database
        self._lock: FileLock = FileLock(self.path, timeout=0, thread_local=False)
        self.db_path = db_path

    def acquire(self) -> None:
        from filelock import Timeout

        try:
            self._lock.acquire()
        except Timeout as exc:
            raise DatabaseLocked(self.db_path) from exc

    def release(self) -> None:
        self._lock.release()

    @property
    def is_locked(self) -> bool:
        return self._lock.is_locked


def acquire_writer_lock(path: Path | None = None) -> WriterLock:
    """Take the writer lock of the database at ``path`` (cheap: no SQLite, no SQLAlchemy),
    so a second window is refused before anything is shown. Hand it to
    :func:`open_database` (``lock=``). Raises DatabaseLocked."""
    db_path = resolve_db_path(path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = WriterLock(db_path)
    lock.acquire()
    return lock


def peek_setting(path: Path, key: str) -> str | None:
    """One local setting read with plain ``sqlite3`` before the database is opened properly
    (the language of the first window); ``None`` when the file, table or key is missing or
    unreadable. Never writes."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM app_setting WHERE key = ?", (key,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return None if row is None or row[0] is None else str(row[0])


@dataclass
class Database:
    """An open database: the engine, a session factory and (for writers) the lock."""

    path: Path
    engine: Engine
    lock: WriterLock | None = None
    _factory: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        from sqlalchemy.orm import sessionmaker

        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any exception."""
        with self._factory() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        with self._factory() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def open_database(path: Path | None = None, *, seed: bool = True, writer: bool = True,
                  migrate: bool = True, lock: WriterLock | None = None) -> Database:
    """Open (and on first use create + seed) the database at ``path``.

    Order: lock -> integrity check -> backup if a migration is due -> migrate -> seed.
    Raises DatabaseLocked, DatabaseDamaged; never creates an empty file over a damaged one.
    ``lock``: a writer lock the caller already holds (:func:`acquire_writer_lock`); it stays
    held when opening fails (the caller may restore a backup and try again) and belongs to
    the returned Database otherwise. Alembic is imported only when a migration is due.
    """
    from advisor_app.persistence.migrate import SCHEMA_HEAD, stored_revision

    db_path = resolve_db_path(path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    own_lock: WriterLock | None = None
    if lock is not None:
        if lock.db_path != db_path or not lock.is_locked:
            raise ValueError(f"the lock given is not held for {db_path}")
    elif writer:
        own_lock = lock = WriterLock(db_path)
        lock.acquire()
    try:
        existed = db_path.exists() and db_path.stat().st_size > 0
        if existed:
            problems = integrity_problems(db_path, quick=True)
            if problems:
                raise DatabaseDamaged(db_path, problems, list_backups(db_path))
        at_head = existed and stored_revision(db_path) == SCHEMA_HEAD
        engine = make_engine(db_path)
        database = Database(db_path, engine, lock)
        if migrate and not at_head:
            from advisor_app.persistence.migrate import needs_upgrade, upgrade_to_head

            if needs_upgrade(engine):
                if existed:
                    backup_database(db_path, reason="pre-migration")
                upgrade_to_head(engine)
        if migrate:
            from advisor_app.sync.capture import install_capture

            with engine.begin() as conn:
                install_capture(conn)
        if seed:
            from advisor_app.persistence.seed import seed_database

            seed_database(database)
        return database
    except BaseException:
        if own_lock is not None:
            own_lock.release()
        raise
