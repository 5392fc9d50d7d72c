"""``advisor-app checklist validate FILE...``: check checklist templates (YAML) and name
file, line and problem for every mistake. Needs no database."""

from __future__ import annotations

import argparse

from advisor_app.cli.common import EXIT_INVALID, EXIT_OK, say, warn


def cmd_validate(args: argparse.Namespace) -> int:
    from advisor_app.checklist.loader import validate_file

    failed = False
    for file in args.files:
        problems = validate_file(file)
        for problem in problems:
            warn(str(problem))
        if problems:
            failed = True
        else:
            say(f"{file}: in Ordnung")
    return EXIT_INVALID if failed else EXIT_OK


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                parent: argparse.ArgumentParser) -> None:
    checklist = commands.add_parser("checklist", parents=[parent], help="Checklisten-Vorlagen",
                                    description="Checklisten-Vorlagen für Beratungen (YAML).")
    sub = checklist.add_subparsers(dest="checklist_command", metavar="BEFEHL", required=True)
    validate = sub.add_parser("validate", parents=[parent], help="Vorlagen prüfen",
                              description="Prüft Checklisten-Vorlagen und nennt für jeden "
                              "Fehler Datei, Zeile und Problem (DATEI:ZEILE: Meldung). "
                              "Exit-Code 0: alle gültig, 1: Fehler gefunden.")
    validate.add_argument("files", nargs="+", metavar="DATEI", help="Vorlage (.yaml)")
    validate.set_defaults(handler=cmd_validate)
