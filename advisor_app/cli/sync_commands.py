"""``advisor-app sync [init|status]`` and ``advisor-app conflicts list|resolve``.

Exit codes (besides those of the CLI): 4 share unavailable, not a sync space, wrong share or
a laptop's changes could not be read; 5 sync done but conflicts are open; 6 refused (the
fail-safe paused without ``--yes``, or the share requires a program update).
"""

from __future__ import annotations

import argparse
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advisor_app.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    CliError,
    db_path,
    open_reader,
    open_writer,
    say,
)

if TYPE_CHECKING:
    from advisor_app.persistence.database import Database
    from advisor_app.sync.report import SyncReport

EXIT_SHARE = 4
EXIT_CONFLICTS = 5
EXIT_REFUSED = 6
SHARE_SETTING = "share_path"


def _setting(db: Database, key: str) -> str:
    with closing(sqlite3.connect(db.path)) as con:
        row = con.execute("SELECT value FROM app_setting WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row and row[0] else ""


def _store_setting(db: Database, key: str, value: str) -> None:
    with closing(sqlite3.connect(db.path, isolation_level=None)) as con:
        con.execute("INSERT INTO app_setting (key, value) VALUES (?, ?) ON CONFLICT (key) "
                    "DO UPDATE SET value = excluded.value", (key, value))


def exit_code(report: SyncReport) -> int:
    from advisor_app.sync.report import SyncStatus

    if report.status in (SyncStatus.PAUSED_FAILSAFE, SyncStatus.UPDATE_REQUIRED):
        return EXIT_REFUSED
    if report.status is not SyncStatus.OK:
        return EXIT_SHARE
    return EXIT_CONFLICTS if report.conflicts else EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    from advisor_app.sync.engine import connect
    from advisor_app.sync.fileops import LocalShareFS
    from advisor_app.sync.share import init_space
    from advisor_app.sync.share_errors import ShareUnavailable, SpaceExists

    root = Path(args.share).expanduser().absolute()
    db = open_writer(db_path(args))
    try:
        with closing(connect(db.path)) as con:
            current = con.execute("SELECT space_id FROM sync_state WHERE id = 1").fetchone()[0]
            if current:
                raise CliError(f"Dieser Laptop gehört bereits zum Synchronisationsbereich "
                               f"{current}; es wurde nichts angelegt.")
            try:
                space = init_space(LocalShareFS(), root)
            except ShareUnavailable as exc:
                raise CliError(str(exc), EXIT_SHARE) from exc
            except SpaceExists as exc:
                hint = (f" Diesem Bereich beitreten: advisor-app sync --share \"{root}\""
                        if exc.space_id else "")
                raise CliError(f"{exc}{hint}", EXIT_INVALID) from exc
            con.execute("UPDATE sync_state SET space_id = ? WHERE id = 1", (space.space_id,))
        _store_setting(db, SHARE_SETTING, str(root))
    finally:
        db.close()
    say(f"Synchronisationsbereich {space.space_id} in {root} angelegt; dieser Laptop gehört "
        "jetzt dazu.")
    say(f"Weitere Laptops treten bei mit: advisor-app sync --share \"{root}\"")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from advisor_app.sync.engine import sync_once

    db = open_writer(db_path(args))
    try:
        share = args.share or _setting(db, SHARE_SETTING)
        if not share:
            raise CliError("Keine Freigabe angegeben: --share ORDNER angeben oder einmal "
                           "advisor-app sync init --share ORDNER ausführen.")
        root = Path(share).expanduser().absolute()
        report = sync_once(db, root, dry_run=args.dry_run, assume_yes=args.yes)
        if args.share and not args.dry_run and report.space_id \
                and not _setting(db, SHARE_SETTING):
            _store_setting(db, SHARE_SETTING, str(root))
    finally:
        db.close()
    for line in report.summary_lines():
        say(line)
    return exit_code(report)


def _when(value: Any) -> str:
    import datetime as dt

    if not value:
        return "noch nie"
    stamp = dt.datetime.fromisoformat(str(value)).replace(tzinfo=dt.UTC).astimezone()
    return stamp.strftime("%d.%m.%Y %H:%M")


def _read_only(args: argparse.Namespace) -> sqlite3.Connection:
    path = db_path(args)
    open_reader(path).close()  # exists, intact enough, at the current schema revision
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def cmd_status(args: argparse.Namespace) -> int:
    with closing(_read_only(args)) as con:
        device, space, last = con.execute(
            "SELECT device_id, space_id, last_sync FROM sync_state WHERE id = 1").fetchone()
        share = con.execute("SELECT value FROM app_setting WHERE key = ?",
                            (SHARE_SETTING,)).fetchone()

        def count(sql: str) -> int:
            return int(con.execute(sql).fetchone()[0])

        pending = count("SELECT count(*) FROM sync_outbox WHERE published = 0")
        conflicts = count("SELECT count(*) FROM sync_conflict WHERE status = 'open'")
        held = count("SELECT count(*) FROM sync_quarantine")
        sent = con.execute("SELECT max(seq) FROM sync_publish_log WHERE device = ? AND "
                           "published_at IS NOT NULL", (device,)).fetchone()[0]
        received = con.execute("SELECT device, seq FROM sync_cursor ORDER BY device").fetchall()
    say(f"Gerätekennung:           {device}")
    say(f"Synchronisationsbereich: {space or 'noch keiner (erster Abgleich legt ihn fest)'}")
    say(f"Freigabe:                {share[0] if share and share[0] else 'nicht eingestellt'}")
    say(f"Letzter Abgleich:        {_when(last)}")
    say(f"Nicht gesendet:          {pending} lokale Änderung(en)")
    say(f"Gesendete Dateien:       {sent or 0}")
    say(f"Offene Konflikte:        {conflicts}")
    if held:
        say(f"Zurückgehalten:          {held} Änderung(en) mit Uhrzeit in der Zukunft")
    if received:
        say("Empfangen von:")
        for other, seq in received:
            say(f"  {other}  bis Datei {seq}")
    else:
        say("Empfangen von:           noch keinem anderen Laptop")
    return EXIT_OK


def _show(value: Any, width: int = 70) -> str:
    if value is None:
        return "(leer)"
    text = str(value).replace("\n", " ⏎ ")
    return repr(text if len(text) <= width else text[: width - 1] + "…")


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    from advisor_app.sync.conflicts import list_conflicts
    from advisor_app.sync.report import table_label

    with closing(_read_only(args)) as con:
        conflicts = list_conflicts(con)
    if not conflicts:
        say("Keine offenen Konflikte.")
        return EXIT_OK
    say(f"{len(conflicts)} offene(r) Konflikt(e):")
    for c in conflicts:
        record = f"„{c.record}“ " if c.record else ""
        say(f"{c.id}  {table_label(c.table)} {record}({c.row_id}), Feld {c.column}")
        say(f"    gilt jetzt:     {_show(c.winner_value)} – Gerät {c.winner_device[:8]}, "
            f"{c.winner_time:%d.%m.%Y %H:%M}")
        say(f"    andere Fassung: {_show(c.loser_value)} – Gerät {c.loser_device[:8]}, "
            f"{c.loser_time:%d.%m.%Y %H:%M}")
    say("Lösen: advisor-app conflicts resolve KENNUNG --keep winner|loser|WERT")
    return EXIT_OK


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    from advisor_app.sync.conflicts import ConflictNotFound, resolve_conflict
    from advisor_app.sync.engine import connect

    db = open_writer(db_path(args))
    try:
        with closing(connect(db.path)) as con:
            try:
                conflict, stored = resolve_conflict(con, args.id, args.keep)
            except ConflictNotFound as exc:
                raise CliError(str(exc)) from exc
    finally:
        db.close()
    say(f"Konflikt {conflict.id} gelöst: Feld {conflict.column} ist jetzt {_show(stored)}. "
        "Die Entscheidung wird beim nächsten Abgleich an alle Laptops übertragen.")
    return EXIT_OK


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                parent: argparse.ArgumentParser) -> None:
    sync = commands.add_parser(
        "sync", parents=[parent], help="mit der zentralen Freigabe abgleichen",
        description="Sendet die lokalen Änderungen an die Freigabe und übernimmt die der "
        "anderen Laptops. Exit-Codes: 0 erfolgreich, 4 Freigabe nicht erreichbar, kein "
        "Synchronisationsbereich oder falsche Freigabe, 5 Konflikte offen, 6 verweigert "
        "(Sicherheitsstopp ohne --yes, Update erforderlich).")
    sync.add_argument("--share", metavar="ORDNER", help="Ordner der Freigabe (Standard: die "
                      "gespeicherte Freigabe)")
    sync.add_argument("--dry-run", action="store_true", help="nur anzeigen, nichts speichern "
                      "oder senden")
    sync.add_argument("--yes", "-y", action="store_true", help="auch viele Löschungen oder "
                      "Überschreibungen übernehmen (Sicherheitsstopp bestätigen)")
    sync.set_defaults(handler=cmd_sync)
    sub = sync.add_subparsers(dest="sync_command", metavar="BEFEHL")
    init = sub.add_parser("init", parents=[parent], help="Ordner zum Synchronisationsbereich "
                          "machen", description="Macht einen vorhandenen Ordner der Freigabe "
                          "zum Synchronisationsbereich (einmalig, für alle Laptops) und "
                          "speichert ihn als Freigabe dieses Laptops.")
    init.add_argument("--share", metavar="ORDNER", required=True, help="Ordner der Freigabe")
    init.set_defaults(handler=cmd_init)
    status = sub.add_parser("status", parents=[parent], help="Stand des Abgleichs",
                            description="Gerätekennung, nicht gesendete Änderungen, letzter "
                            "Abgleich, offene Konflikte, Stand je Laptop. Nur lesend.")
    status.set_defaults(handler=cmd_status)
    from advisor_app.cli import snapshot_commands

    snapshot_commands.add_parsers(sub, parent)

    conflicts = commands.add_parser(
        "conflicts", parents=[parent], help="Konflikte anzeigen und lösen",
        description="Gleichzeitige Änderungen desselben Feldes auf zwei Laptops.")
    csub = conflicts.add_subparsers(dest="conflicts_command", metavar="BEFEHL", required=True)
    listing = csub.add_parser("list", parents=[parent], help="offene Konflikte anzeigen",
                              description="Zeigt jeden offenen Konflikt mit beiden Fassungen, "
                              "Gerät und Zeit. Nur lesend.")
    listing.set_defaults(handler=cmd_conflicts_list)
    resolve = csub.add_parser("resolve", parents=[parent], help="einen Konflikt lösen",
                              description="Übernimmt eine Fassung (oder einen neuen Wert) als "
                              "normale Änderung; sie gilt danach auf allen Laptops.")
    resolve.add_argument("id", metavar="KENNUNG", help="Kennung des Konflikts (oder ihr "
                         "eindeutiger Anfang)")
    resolve.add_argument("--keep", metavar="winner|loser|WERT", required=True,
                         help="winner: die geltende Fassung, loser: die andere, sonst der "
                         "angegebene neue Wert")
    resolve.set_defaults(handler=cmd_conflicts_resolve)
