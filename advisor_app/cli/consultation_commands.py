"""``advisor-app consultation list|export|import|steps``: consultations without the window.

``list`` and ``steps`` and ``export`` only read (they work while the window is open);
``import`` writes one exchange file (docs/consultation-exchange.md) in one transaction.
A consultation ID may be given as a unique beginning of its id, like git.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advisor_app.cli.common import (
    EXIT_OK,
    CliError,
    db_path,
    open_reader,
    open_writer,
    output_file,
    say,
)

if TYPE_CHECKING:
    from advisor_app.persistence.database import Database

STATES = ("draft", "completed")
STEP_STATUSES = ("open", "in_progress", "done", "dropped")


def _municipality(db: Database, text: str | None) -> str | None:
    if text is None:
        return None
    from advisor_app.services.consultation_exchange import find_municipality

    try:
        return find_municipality(db, text)[0]
    except LookupError as exc:
        raise CliError(str(exc)) from None


def _print_json(data: Any) -> None:
    say(json.dumps(data, ensure_ascii=False, indent=2))


def cmd_list(args: argparse.Namespace) -> int:
    from advisor_app.domain.enums import ConsultationState
    from advisor_app.services.consultations import list_consultations

    db = open_reader(db_path(args))
    try:
        rows = list_consultations(
            db, municipality_id=_municipality(db, args.municipality),
            state=ConsultationState(args.state) if args.state else None)
    finally:
        db.close()
    if args.json:
        _print_json([{"id": r.id, "held_at": r.held_at.isoformat(),
                      "municipality_ags": r.municipality_ags,
                      "municipality": r.municipality_name, "template": r.template_title,
                      "template_version": r.template_version, "state": r.state.value,
                      "advisers": [a for a in r.advisers.split("; ") if a], "place": r.place,
                      "open_steps": r.open_steps} for r in rows])
        return EXIT_OK
    if not rows:
        say("Keine Beratungen gefunden.")
        return EXIT_OK
    for r in rows:
        say(f"{r.id[:8]}  {r.held_at:%d.%m.%Y %H:%M}  {r.municipality_name} "
            f"({r.municipality_ags})  {r.template_title} v{r.template_version}  "
            f"{r.state.label_de}  offene Schritte: {r.open_steps}"
            + (f"  {r.advisers}" if r.advisers else ""))
    say(f"{len(rows)} Beratung(en)")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from advisor_app.services.consultation_exchange import resolve_consultation_id
    from advisor_app.services.consultation_exchange_export import write_export

    out = output_file(args.out)
    db = open_reader(db_path(args))
    try:
        try:
            consultation_id = resolve_consultation_id(db, args.id)
        except LookupError as exc:
            raise CliError(str(exc)) from None
        try:
            summary = write_export(db, consultation_id, out)
        except OSError as exc:
            raise CliError(f"Die Datei {out} kann nicht geschrieben werden "
                           f"({exc.strerror or exc}).") from None
    finally:
        db.close()
    from advisor_app.cli.common import human_size

    say(f"Beratung {consultation_id} exportiert nach {out} ({human_size(summary.size)}: "
        f"{summary.answers} Antworten, {summary.participants} Teilnehmende, "
        f"{summary.steps} nächste Schritte, {summary.attachments} Anhänge)")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from advisor_app.services.consultation_exchange import ExchangeError
    from advisor_app.services.consultation_exchange_import import import_file

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CliError(f"Die Datei {source} gibt es nicht.")
    db = open_writer(db_path(args))
    try:
        try:
            result = import_file(db, source, dry_run=args.dry_run)
        except ExchangeError as exc:
            raise CliError(f"Nichts importiert aus {source.name}: {exc}") from None
    finally:
        db.close()
    if args.dry_run:
        say(f"Probelauf, nichts gespeichert ({source.name}):")
    for line in result.summary_lines():
        say(line)
    return EXIT_OK


def cmd_steps(args: argparse.Namespace) -> int:
    from advisor_app.domain.enums import NextStepStatus
    from advisor_app.services.consultations import list_next_steps

    statuses = ([NextStepStatus(s) for s in args.status] if args.status
                else [s for s in NextStepStatus if s.is_pending])
    today = dt.date.today()
    db = open_reader(db_path(args))
    try:
        rows = list_next_steps(db, municipality_id=_municipality(db, args.municipality),
                               statuses=statuses, overdue_on=today if args.overdue else None)
    finally:
        db.close()
    if args.json:
        _print_json([{"id": r.id, "consultation_id": r.consultation_id,
                      "municipality": r.municipality_name, "what": r.what,
                      "responsible": r.responsible, "organisation": r.organisation,
                      "due_date": r.due_date.isoformat() if r.due_date else None,
                      "status": r.status.value, "overdue": r.is_overdue(today)}
                     for r in rows])
        return EXIT_OK
    if not rows:
        say("Keine überfälligen Schritte." if args.overdue else "Keine nächsten Schritte.")
        return EXIT_OK
    for r in rows:
        due = f"{r.due_date:%d.%m.%Y}" if r.due_date else "ohne Termin"
        late = " ÜBERFÄLLIG" if r.is_overdue(today) else ""
        who = ", ".join(x for x in (r.responsible, r.organisation) if x)
        say(f"{due}{late}  {r.status.label_de}  {r.municipality_name}: {r.what}"
            + (f" ({who})" if who else "") + f"  [Beratung {r.consultation_id[:8]}]")
    say(f"{len(rows)} Schritt(e)")
    return EXIT_OK


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                parent: argparse.ArgumentParser) -> None:
    consultation = commands.add_parser(
        "consultation", parents=[parent], help="Beratungen auflisten, austauschen, nächste "
        "Schritte", description="Beratungsbesuche: auflisten, als Austauschdatei (JSON) "
        "exportieren und importieren, offene und überfällige nächste Schritte zeigen. "
        "Format: docs/consultation-exchange.md.")
    sub = consultation.add_subparsers(dest="consultation_command", metavar="BEFEHL",
                                      required=True)
    municipality_help = "nur diese Kommune (AGS oder Name)"

    listing = sub.add_parser("list", parents=[parent], help="Beratungen auflisten",
                             description="Listet Beratungen, neueste zuerst (nur lesend).")
    listing.add_argument("--municipality", "-m", metavar="AGS|NAME", help=municipality_help)
    listing.add_argument("--state", choices=STATES, help="nur Entwürfe oder abgeschlossene")
    listing.add_argument("--json", action="store_true", help="als JSON ausgeben")
    listing.set_defaults(handler=cmd_list)

    export = sub.add_parser(
        "export", parents=[parent], help="eine Beratung als Austauschdatei exportieren",
        description="Schreibt eine Beratung mit Vorlage, Antworten, Notizen, Teilnehmenden "
        "(mit Kontaktdaten), nächsten Schritten, Anhängen, Nachträgen und Unterschriften "
        "als JSON-Datei. Nur lesend.")
    export.add_argument("id", metavar="KENNUNG", help="Kennung der Beratung (eindeutiger "
                        "Anfang genügt, mindestens 4 Zeichen)")
    export.add_argument("--out", "-o", required=True, metavar="DATEI", help="Zieldatei (.json)")
    export.set_defaults(handler=cmd_export)

    imp = sub.add_parser(
        "import", parents=[parent], help="eine Austauschdatei importieren",
        description="Prüft die Datei (Schema, Kommune, Vorlage, Antworten, Prüfsummen) und "
        "übernimmt sie in einem Schritt: bei einem Fehler wird nichts geändert. Kennungen "
        "bleiben erhalten; erneutes Importieren aktualisiert statt zu verdoppeln.")
    imp.add_argument("file", metavar="DATEI", help="Austauschdatei (.json)")
    imp.add_argument("--dry-run", action="store_true",
                     help="nur prüfen und zusammenfassen, nichts speichern")
    imp.set_defaults(handler=cmd_import)

    steps = sub.add_parser(
        "steps", parents=[parent], help="offene und überfällige nächste Schritte",
        description="Zeigt nächste Schritte aller Beratungen nach Fälligkeit (Standard: "
        "offen und in Arbeit). Nur lesend.")
    steps.add_argument("--municipality", "-m", metavar="AGS|NAME", help=municipality_help)
    steps.add_argument("--overdue", action="store_true",
                       help="nur überfällige (Termin vor heute, noch nicht erledigt)")
    steps.add_argument("--status", action="append", choices=STEP_STATUSES,
                       help="nur Schritte mit diesem Status (mehrfach möglich)")
    steps.add_argument("--json", action="store_true", help="als JSON ausgeben")
    steps.set_defaults(handler=cmd_steps)
