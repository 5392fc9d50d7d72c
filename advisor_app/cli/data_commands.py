"""``advisor-app import KIND FILE`` and ``advisor-app export KIND --format F --out FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path

from advisor_app.cli.common import (
    EXIT_OK,
    CliError,
    db_path,
    open_reader,
    open_writer,
    say,
    warn,
)

IMPORT_KINDS = ("partnerships", "partner-regions", "contacts")
EXPORT_KINDS = ("municipalities", "partnerships", "partner-regions", "projects")
FORMATS = ("csv", "xlsx", "json")


def cmd_import(args: argparse.Namespace) -> int:
    from advisor_app.domain.validation import ValidationError
    from advisor_app.services.importing import (
        ImportFileError,
        apply_import,
        plan_import,
        summary_text,
    )

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CliError(f"Die Datei {source} gibt es nicht.")
    db = open_writer(db_path(args))
    try:
        try:
            plan = plan_import(db, args.kind, source)
        except ImportFileError as exc:
            raise CliError(str(exc)) from exc
        for text in plan.warnings:
            warn(f"Hinweis: {text}")
        for error in plan.errors:
            warn(str(error))
        if plan.errors and not args.partial:
            raise CliError(f"{len(plan.errors)} fehlerhafte Zeile(n) in {source.name}; nichts "
                           "importiert (--partial importiert nur die fehlerfreien Zeilen).")
        if args.dry_run:
            say(f"Probelauf, nichts gespeichert ({source.name}):")
        else:
            try:
                apply_import(db, plan, partial=args.partial)
            except ValidationError as exc:
                raise CliError(f"Nichts importiert: {exc}") from exc
            say(f"Importiert aus {source.name}:")
        for line in summary_text(plan):
            say(f"  {line}")
    finally:
        db.close()
    return EXIT_OK


def _format(args: argparse.Namespace, out: Path) -> str:
    if args.format:
        return str(args.format)
    suffix = out.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise CliError("Bitte --format csv, xlsx oder json angeben.")


def cmd_export(args: argparse.Namespace) -> int:
    from advisor_app.services.exporting import export

    out = Path(args.out).expanduser().resolve()
    fmt = _format(args, out)
    if not out.parent.is_dir():
        raise CliError(f"Den Ordner {out.parent} gibt es nicht.")
    if out.is_dir():
        raise CliError(f"{out} ist ein Ordner; bitte einen Dateinamen angeben.")
    db = open_reader(db_path(args))
    try:
        try:
            count = export(db, args.kind, fmt, out)
        except OSError as exc:
            raise CliError(f"Die Datei {out} kann nicht geschrieben werden ({exc.strerror}).",
                           ) from exc
    finally:
        db.close()
    say(f"{count} Zeile(n) exportiert nach {out}")
    return EXIT_OK


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                parent: argparse.ArgumentParser) -> None:
    imp = commands.add_parser(
        "import", parents=[parent], help="Partnerschaften, Partnerregionen oder Kontakte "
        "aus CSV/XLSX importieren",
        description="Importiert eine CSV- (UTF-8 oder Windows-1252, Komma oder Semikolon) "
        "oder XLSX-Datei mit deutschen Spaltenüberschriften (siehe docs/import-format.md). "
        "Jede Zeile wird zuerst geprüft; ist eine Zeile fehlerhaft, wird nichts importiert. "
        "Bekannte Datensätze werden aktualisiert statt verdoppelt.")
    imp.add_argument("kind", choices=IMPORT_KINDS, metavar="ART",
                     help="partnerships | partner-regions | contacts")
    imp.add_argument("file", metavar="DATEI", help="CSV- oder XLSX-Datei")
    imp.add_argument("--dry-run", action="store_true",
                     help="nur prüfen und zusammenfassen, nichts speichern")
    imp.add_argument("--partial", action="store_true",
                     help="fehlerfreie Zeilen auch dann importieren, wenn andere fehlerhaft sind")
    imp.set_defaults(handler=cmd_import)

    exp = commands.add_parser(
        "export", parents=[parent], help="Gemeinden, Partnerschaften, Partnerregionen oder "
        "Klimaprojekte exportieren",
        description="Exportiert als CSV (UTF-8 mit BOM, Semikolon: öffnet in Excel direkt), "
        "XLSX oder JSON. Nur lesend; funktioniert auch, während das Programm geöffnet ist.")
    exp.add_argument("kind", choices=EXPORT_KINDS, metavar="ART",
                     help="municipalities | partnerships | partner-regions | projects")
    exp.add_argument("--format", "-f", choices=FORMATS,
                     help="csv | xlsx | json (Standard: aus der Endung von --out)")
    exp.add_argument("--out", "-o", required=True, metavar="DATEI", help="Zieldatei")
    exp.set_defaults(handler=cmd_export)
