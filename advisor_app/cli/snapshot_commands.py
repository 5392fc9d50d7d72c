"""``advisor-app sync snapshot`` and ``advisor-app sync prune``: maintenance of the share.

A snapshot is this laptop's full mergeable state (sync/snapshot.py); new laptops and laptops
that were away longer than the retention start from it. Pruning removes change files and
older snapshots that the newest verified snapshot covers, only when older than the retention
(30 days; shorter only with ``--allow-short-retention``, meant for tests and emergencies).
"""

from __future__ import annotations

import argparse
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from advisor_app.cli.common import EXIT_INVALID, EXIT_OK, CliError, db_path, open_writer, say

if TYPE_CHECKING:
    import sqlite3

    from advisor_app.persistence.database import Database
    from advisor_app.sync.space import Space

EXIT_SHARE = 4
EXIT_REFUSED = 6


def _space(db: Database, con: sqlite3.Connection, share: str | None) -> Space:
    from advisor_app.sync.fileops import LocalShareFS
    from advisor_app.sync.share import open_space
    from advisor_app.sync.share_errors import ShareError, UpdateRequired

    space_id = con.execute("SELECT space_id FROM sync_state WHERE id = 1").fetchone()[0]
    if not space_id:
        raise CliError("Dieser Laptop hat noch nie abgeglichen: zuerst advisor-app sync "
                       "--share ORDNER.")
    if not share:
        row = con.execute("SELECT value FROM app_setting WHERE key = 'share_path'").fetchone()
        share = str(row[0]) if row and row[0] else ""
    if not share:
        raise CliError("Keine Freigabe angegeben: --share ORDNER.")
    try:
        return open_space(LocalShareFS(), Path(share).expanduser().absolute(), space_id)
    except UpdateRequired as exc:
        raise CliError(str(exc), EXIT_REFUSED) from exc
    except ShareError as exc:
        raise CliError(str(exc), EXIT_SHARE) from exc


def cmd_snapshot(args: argparse.Namespace) -> int:
    from advisor_app.sync.engine import connect
    from advisor_app.sync.outbox import device_id
    from advisor_app.sync.share_errors import ShareUnavailable
    from advisor_app.sync.snapshots import write_now

    db = open_writer(db_path(args))
    try:
        with closing(connect(db.path)) as con:
            space = _space(db, con, args.share)
            try:
                manifest = write_now(con, space, device_id(con))
            except ShareUnavailable as exc:
                raise CliError(str(exc), EXIT_SHARE) from exc
    finally:
        db.close()
    counts = manifest.counts
    say(f"Gesamtstand {manifest.name} gespeichert: {counts.get('field', 0)} Feldwert(e), "
        f"{counts.get('purge', 0)} Löschauftrag/-aufträge; deckt "
        f"{sum(s for s, _ in manifest.covers.values())} Änderungsdatei(en) von "
        f"{len(manifest.covers)} Laptop(s) ab.")
    return EXIT_OK


def cmd_prune(args: argparse.Namespace) -> int:
    from advisor_app.sync.engine import connect
    from advisor_app.sync.outbox import device_id
    from advisor_app.sync.prune import RETENTION_DAYS, NoVerifiedSnapshot, prune
    from advisor_app.sync.share_errors import ShareUnavailable

    if args.older_than_days < 0 or (args.older_than_days < RETENTION_DAYS
                                    and not args.allow_short_retention):
        raise CliError(f"Änderungsdateien werden frühestens nach {RETENTION_DAYS:.0f} Tagen "
                       "entfernt (kürzer nur mit --allow-short-retention).", EXIT_INVALID)
    db = open_writer(db_path(args))
    try:
        with closing(connect(db.path)) as con:
            space = _space(db, con, args.share)
            try:
                result = prune(con, space, device_id(con),
                               older_than_days=args.older_than_days)
            except NoVerifiedSnapshot as exc:
                raise CliError(str(exc), EXIT_INVALID) from exc
            except ShareUnavailable as exc:
                raise CliError(str(exc), EXIT_SHARE) from exc
    finally:
        db.close()
    say(f"Geprüfter Gesamtstand: {result.snapshot}.")
    say(f"Entfernt: {result.change_files} Änderungsdatei(en), {result.snapshots} Datei(en) "
        "älterer Gesamtstände.")
    if result.kept_young:
        say(f"Behalten: {result.kept_young} abgedeckte Änderungsdatei(en), jünger als "
            f"{args.older_than_days:g} Tage.")
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                parent: argparse.ArgumentParser) -> None:
    snapshot = sub.add_parser("snapshot", parents=[parent], help="Gesamtstand auf die "
                              "Freigabe schreiben", description="Schreibt den vollständigen "
                              "Stand dieses Laptops als Gesamtstand (mit Prüfsumme) auf die "
                              "Freigabe; neue Laptops beginnen damit.")
    snapshot.add_argument("--share", metavar="ORDNER", help="Ordner der Freigabe (Standard: "
                          "die gespeicherte Freigabe)")
    snapshot.set_defaults(handler=cmd_snapshot)
    prune = sub.add_parser("prune", parents=[parent], help="abgedeckte alte Dateien von der "
                           "Freigabe entfernen", description="Entfernt Änderungsdateien und "
                           "ältere Gesamtstände, die der neueste geprüfte Gesamtstand abdeckt "
                           "und die älter als die Aufbewahrungsfrist sind.")
    prune.add_argument("--share", metavar="ORDNER", help="Ordner der Freigabe")
    prune.add_argument("--older-than-days", type=float, default=30.0, metavar="TAGE",
                       help="Aufbewahrungsfrist in Tagen (mindestens 30)")
    prune.add_argument("--allow-short-retention", action="store_true",
                       help=argparse.SUPPRESS)
    prune.set_defaults(handler=cmd_prune)
