"""``advisor-app db info|check|backup|restore``."""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

from advisor_app.cli.common import (
    EXIT_DATABASE,
    EXIT_OK,
    CliError,
    db_path,
    human_size,
    require_existing,
    say,
    warn,
)

TABLE_LABELS = {
    "regierungsbezirk": "Regierungsbezirke",
    "kreis": "Kreise und kreisfreie Städte",
    "municipality": "Gemeinden",
    "country": "Staaten",
    "partner_region": "Partnerregionen",
    "partnership": "Partnerschaften",
    "contact": "Kontakte",
    "climate_project": "Klimaprojekte",
    "app_setting": "Einstellungen",
}


def ask(question: str) -> bool:
    """Ask on the terminal; tests replace this function. No answer (EOF) means no."""
    try:
        answer = input(f"{question} [j/N] ")
    except EOFError:
        return False
    return answer.strip().casefold() in {"j", "ja", "y", "yes"}


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _ensure_intact(path: Path) -> None:
    from advisor_app.persistence.database import (
        DatabaseDamaged,
        integrity_problems,
        list_backups,
    )

    problems = integrity_problems(path)
    if problems:
        raise DatabaseDamaged(path, problems, list_backups(path))


def _revision(path: Path) -> str | None:
    with closing(_connect(path)) as con:
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None
    return str(row[0]) if row else None


def _revision_state(current: str | None) -> tuple[str, bool]:
    """(German description, usable). Unknown revisions come from a newer program version."""
    from alembic.script import ScriptDirectory

    from advisor_app.persistence.migrate import alembic_config, head_revision

    head = head_revision()
    if current == head:
        return f"{current} (aktuell)", True
    if current is None:
        return f"keine (erwartet {head})", False
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if current not in known:
        return (f"{current} – stammt von einer neueren Programmversion (dieses Programm kennt "
                f"bis {head})"), False
    return f"{current} (Aktualisierung auf {head} erfolgt beim nächsten Start)", True


def _counts(path: Path) -> list[tuple[str, int, int | None]]:
    """(label, live, deleted or None) for every table."""
    result: list[tuple[str, int, int | None]] = []
    with closing(_connect(path)) as con:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' ORDER BY name")]
        for table in tables:
            columns = {r[1] for r in con.execute(f"PRAGMA table_info('{table}')")}
            if "existence" in columns:
                live, deleted = con.execute(
                    f'SELECT SUM(existence % 2 = 1), SUM(existence % 2 = 0) FROM "{table}"'
                ).fetchone()
                result.append((TABLE_LABELS.get(table, table), int(live or 0), int(deleted or 0)))
            else:
                (count,) = con.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()
                result.append((TABLE_LABELS.get(table, table), int(count), None))
    order = list(TABLE_LABELS.values())
    return sorted(result, key=lambda r: (order.index(r[0]) if r[0] in order else 99, r[0]))


def _lock_state(path: Path) -> str:
    from advisor_app.persistence.database import DatabaseLocked, WriterLock

    lock = WriterLock(path)
    try:
        lock.acquire()
    except DatabaseLocked:
        return "belegt (ein Fenster oder Befehl schreibt gerade)"
    lock.release()
    return "frei"


def cmd_info(args: argparse.Namespace) -> int:
    from advisor_app.persistence.database import list_backups

    path = db_path(args)
    require_existing(path)
    _ensure_intact(path)
    state, _usable = _revision_state(_revision(path))
    say(f"Datenbank:        {path}")
    say(f"Größe:            {human_size(path.stat().st_size)}")
    say(f"Schema-Revision:  {state}")
    say(f"Schreibsperre:    {_lock_state(path)}")
    say("Datensätze:")
    for label, live, deleted in _counts(path):
        trash = f"  ({deleted} im Papierkorb)" if deleted else ""
        say(f"  {label:<32}{live:>8}{trash}")
    backups = list_backups(path)
    if backups:
        newest = backups[0]
        stamp = dt.datetime.fromtimestamp(newest.stat().st_mtime).strftime("%d.%m.%Y %H:%M")
        say(f"Sicherungen:      {len(backups)}, neueste vom {stamp}: {newest}")
    else:
        say("Sicherungen:      keine")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    path = db_path(args)
    require_existing(path)
    _ensure_intact(path)
    with closing(_connect(path)) as con:
        dangling = con.execute("PRAGMA foreign_key_check").fetchall()
    if dangling:
        raise CliError(f"Die Datenbank {path} ist beschädigt: {len(dangling)} Verweis(e) ins "
                       f"Leere (z. B. in Tabelle {dangling[0][0]}).", EXIT_DATABASE)
    state, usable = _revision_state(_revision(path))
    if not usable:
        raise CliError(f"Die Datenbank {path} ist nicht verwendbar: Schema-Revision {state}.",
                       EXIT_DATABASE)
    say(f"In Ordnung: {path} (Integrität geprüft, Schema-Revision {state}).")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from advisor_app.persistence.database import backup_database

    path = db_path(args)
    require_existing(path)
    out: Path | None = Path(args.out).expanduser().resolve() if args.out else None
    if out is not None:
        if out.exists():
            raise CliError(f"Die Datei {out} gibt es schon; bitte einen anderen Namen wählen.")
        if not out.parent.is_dir():
            raise CliError(f"Den Ordner {out.parent} gibt es nicht.")
    _ensure_intact(path)
    written = backup_database(path, reason="manual", dest=out)
    say(f"Sicherung geschrieben: {written} ({human_size(written.stat().st_size)})")
    return EXIT_OK


def _find_backup(path: Path, name: str) -> Path:
    from advisor_app.persistence.database import backup_dir

    candidate = Path(name).expanduser()
    if candidate.is_file():
        return candidate.resolve()
    in_folder = backup_dir(path) / name
    if in_folder.is_file():
        return in_folder
    raise CliError(f"Die Sicherung {name} gibt es nicht (Liste: advisor-app db info).")


def cmd_restore(args: argparse.Namespace) -> int:
    from advisor_app.persistence.database import WriterLock, integrity_problems, restore_backup

    path = db_path(args)
    backup = _find_backup(path, args.backup)
    if backup == path:
        raise CliError("Die Sicherung ist die Datenbank selbst.")
    problems = integrity_problems(backup)
    if problems:
        raise CliError(f"Die Sicherung {backup} ist selbst beschädigt: {problems[0]}",
                       EXIT_DATABASE)
    lock = WriterLock(path)
    lock.acquire()  # DatabaseLocked -> exit 3, nothing changed
    try:
        if not args.yes and not ask(f"Datenbank {path} durch die Sicherung {backup} ersetzen?"):
            raise CliError("Abgebrochen; nichts geändert (ohne Rückfrage: --yes).")
        kept = restore_backup(backup, path)
    finally:
        lock.release()
    say(f"Wiederhergestellt aus {backup}.")
    if kept is not None:
        warn(f"Die bisherige Datei liegt unter {kept}.")
    return EXIT_OK


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser],
               parent: argparse.ArgumentParser) -> None:
    db = commands.add_parser("db", parents=[parent], help="Datenbank prüfen, sichern, "
                             "wiederherstellen", description="Die lokale Datenbank verwalten.")
    sub = db.add_subparsers(dest="db_command", metavar="BEFEHL", required=True)
    info = sub.add_parser("info", parents=[parent], help="Pfad, Größe, Revision, Anzahlen",
                          description="Zeigt Pfad, Größe, Schema-Revision, Anzahl der "
                          "Datensätze je Tabelle und die Sicherungen. Nur lesend.")
    info.set_defaults(handler=cmd_info)
    check = sub.add_parser("check", parents=[parent], help="Integrität und Revision prüfen",
                           description="Prüft Integrität, Verweise und Schema-Revision. "
                           "Exit-Code 3 bei einer beschädigten Datenbank. Nur lesend.")
    check.set_defaults(handler=cmd_check)
    backup = sub.add_parser("backup", parents=[parent], help="Sicherungskopie schreiben",
                            description="Schreibt eine geprüfte Sicherungskopie (Standard: "
                            "Ordner backups neben der Datenbank).")
    backup.add_argument("--out", metavar="DATEI", help="Ziel der Sicherung (darf nicht "
                        "existieren)")
    backup.set_defaults(handler=cmd_backup)
    restore = sub.add_parser("restore", parents=[parent], help="Sicherung zurückspielen",
                             description="Ersetzt die Datenbank durch eine geprüfte "
                             "Sicherung; die bisherige Datei wird daneben aufbewahrt. "
                             "Verweigert, solange ein anderes Programm die Datenbank benutzt.")
    restore.add_argument("backup", metavar="SICHERUNG", help="Datei oder Name im Ordner "
                         "backups")
    restore.add_argument("--yes", "-y", action="store_true", help="ohne Rückfrage")
    restore.set_defaults(handler=cmd_restore)
