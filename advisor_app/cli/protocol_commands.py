"""``advisor-app protocol KENNUNG --out DATEI.pdf [--lang de|en] [--signed]``.

Writes the consultation protocol as PDF (only reads the database, so it works while the
window is open). A signed protocol is fixed: it is not rendered again; ``--signed`` writes
the stored signed PDF instead. The file is written whole or not at all (temporary file in
the same folder, then renamed).
"""

from __future__ import annotations

import argparse

from advisor_app.cli.common import (
    EXIT_OK,
    CliError,
    db_path,
    human_size,
    open_reader,
    output_file,
    say,
)

LANGS = ("de", "en")


def _pdf(args: argparse.Namespace) -> tuple[str, bytes, str]:
    """(consultation id, PDF bytes, what was written) for the arguments."""
    from advisor_app.services.consultation_exchange import resolve_consultation_id
    from advisor_app.services.protocol import (
        ProtocolDamaged,
        ProtocolNotSigned,
        ProtocolSigned,
        render_protocol_pdf,
        signed_protocol,
    )

    db = open_reader(db_path(args))
    try:
        try:
            consultation_id = resolve_consultation_id(db, args.id)
        except LookupError as exc:
            raise CliError(str(exc)) from None
        try:
            if args.signed:
                if args.lang:
                    raise CliError("--lang passt nicht zu --signed: das unterschriebene "
                                   "Protokoll ist festgeschrieben.")
                return consultation_id, signed_protocol(db, consultation_id), \
                    "Unterschriebenes Protokoll"
            return consultation_id, render_protocol_pdf(db, consultation_id, args.lang), \
                "Protokoll"
        except ProtocolSigned:
            raise CliError("Das Protokoll ist unterschrieben und festgeschrieben und wird "
                           "nicht neu erstellt; mit --signed wird das unterschriebene PDF "
                           "geschrieben.") from None
        except (ProtocolNotSigned, ProtocolDamaged) as exc:
            raise CliError(str(exc)) from None
    finally:
        db.close()


def cmd_protocol(args: argparse.Namespace) -> int:
    from advisor_app.services.protocol import write_file

    out = output_file(args.out)
    consultation_id, pdf, what = _pdf(args)
    try:
        write_file(out, pdf)
    except OSError as exc:
        raise CliError(f"Die Datei {out} kann nicht geschrieben werden "
                       f"({exc.strerror or exc}).") from None
    say(f"{what} der Beratung {consultation_id} geschrieben nach {out} "
        f"({human_size(len(pdf))})")
    return EXIT_OK


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                parent: argparse.ArgumentParser) -> None:
    protocol = commands.add_parser(
        "protocol", parents=[parent], help="Beratungsprotokoll als PDF schreiben",
        description="Schreibt das Beratungsprotokoll einer Beratung als PDF (nur lesend). "
        "Ein Entwurf wird als solcher gekennzeichnet. Ein unterschriebenes Protokoll ist "
        "festgeschrieben und wird nicht neu erstellt: --signed schreibt das gespeicherte "
        "unterschriebene PDF (Prüfsumme geprüft).")
    protocol.add_argument("id", metavar="KENNUNG", help="Kennung der Beratung (eindeutiger "
                          "Anfang genügt, mindestens 4 Zeichen)")
    protocol.add_argument("--out", "-o", required=True, metavar="DATEI",
                          help="Zieldatei (.pdf); wird ganz oder gar nicht geschrieben")
    protocol.add_argument("--lang", choices=LANGS, default=None,
                          help="Sprache des Protokolls (Standard: die der Beratung)")
    protocol.add_argument("--signed", action="store_true",
                          help="das gespeicherte unterschriebene Protokoll schreiben")
    protocol.set_defaults(handler=cmd_protocol)
