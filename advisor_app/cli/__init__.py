"""The ``advisor-app`` command line (Qt-free, fast to start).

Exit codes: 0 ok, 1 invalid input or validation failed, 2 usage error, 3 database locked,
damaged or at an unusable schema revision. Every failure prints one German line to stderr
and changes nothing. Heavy modules (SQLAlchemy, openpyxl, alembic) are imported only by the
subcommand that needs them.
"""

from __future__ import annotations

import argparse
import sys

from advisor_app.cli.common import EXIT_DATABASE, EXIT_INVALID, EXIT_USAGE, CliError

__all__ = ["build_parser", "main"]

DESCRIPTION = (
    "advisor-app – Koordinierungs- und Beratungsstelle Kommunalpartnerschaften NRW. "
    "Ohne Befehl öffnet sich das Programmfenster."
)
EPILOG = ("Exit-Codes: 0 erfolgreich, 1 ungültige Eingabe, 2 falscher Aufruf, "
          "3 Datenbank gesperrt oder beschädigt, 4 Freigabe nicht erreichbar oder falsch, "
          "5 Konflikte offen, 6 verweigert (Sicherheitsstopp, Update erforderlich). "
          "Hilfe zu einem Befehl: advisor-app BEFEHL --help")


def _version() -> str:
    from advisor_app import __version__

    return f"advisor-app {__version__}"


def build_parser() -> argparse.ArgumentParser:
    from advisor_app.cli import (
        checklist_commands,
        consultation_commands,
        contact_commands,
        data_commands,
        db_commands,
        protocol_commands,
        sync_commands,
    )

    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument("--db", metavar="PFAD", default=argparse.SUPPRESS,
                           help="Datenbankdatei (Standard: $ADVISOR_APP_DB oder das "
                           "Benutzerdatenverzeichnis)")
    parser = argparse.ArgumentParser(prog="advisor-app", description=DESCRIPTION,
                                     epilog=EPILOG, parents=[db_option])
    parser.add_argument("--version", action="version", version=_version())
    commands = parser.add_subparsers(dest="command", metavar="BEFEHL", required=True)
    db_commands.add_parser(commands, db_option)
    data_commands.add_parsers(commands, db_option)
    sync_commands.add_parsers(commands, db_option)
    contact_commands.add_parsers(commands, db_option)
    checklist_commands.add_parsers(commands, db_option)
    consultation_commands.add_parsers(commands, db_option)
    protocol_commands.add_parsers(commands, db_option)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code (never raises SystemExit)."""
    parser = build_parser()
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    from advisor_app.persistence.database import DatabaseDamaged, DatabaseError, DatabaseLocked

    try:
        code: int = args.handler(args)
        return code
    except CliError as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return exc.code
    except DatabaseLocked as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return EXIT_DATABASE
    except DatabaseError as exc:
        hint = ""
        if isinstance(exc, DatabaseDamaged) and exc.backups:
            hint = (f" Zurückspielen mit: advisor-app --db \"{exc.path}\" db restore "
                    f"\"{exc.backups[0]}\"")
        print(f"Fehler: {exc}{hint}", file=sys.stderr)
        return EXIT_DATABASE
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"Fehler: {exc.strerror or exc} ({exc.filename or ''})", file=sys.stderr)
        return EXIT_INVALID
