"""``advisor-app contact erase ID [--yes]`` and ``advisor-app contact erasures``: GDPR erasure
of a contact person (services/erasure.py). The erasure happens here at once, also without
the share; the next ``advisor-app sync`` publishes the order to the other laptops."""

from __future__ import annotations

import argparse
import sys

from advisor_app.cli.common import EXIT_INVALID, EXIT_OK, CliError, db_path, open_writer, say


def confirm(question: str) -> bool:
    """Ask on the terminal (patched in tests); anything but "ja"/"j"/"yes"/"y" is no."""
    print(question, end=" ", file=sys.stdout, flush=True)
    try:
        answer = input()
    except (EOFError, OSError):
        return False
    return answer.strip().lower() in {"j", "ja", "y", "yes"}


def cmd_erase(args: argparse.Namespace) -> int:
    from advisor_app.services.erasure import (
        AlreadyErased,
        contact_summary,
        erase_contact,
        was_erased,
    )

    db = open_writer(db_path(args))
    try:
        summary = contact_summary(db, args.id)
        if summary is None:
            if was_erased(db, args.id):
                raise CliError(str(AlreadyErased(args.id)))
            raise CliError(f"Einen Kontakt {args.id} gibt es nicht; es wurde nichts gelöscht.")
        trash = " (im Papierkorb)" if summary.in_trash else ""
        say(f"Kontakt {summary.id}{trash}: {summary.name}"
            + (f", {summary.role}" if summary.role else ""))
        from advisor_app.services.consultations import signed_protocols_naming

        for row in signed_protocols_naming(db, args.id):
            say(f"Unterschriebenes Protokoll nennt die Person: {row.municipality_name}, "
                f"{row.held_at:%d.%m.%Y} (Beratung {row.id}); das PDF bleibt unverändert – "
                "bitte Aufbewahrungspflicht prüfen.")
        say("Die Person wird auf diesem und (beim nächsten Abgleich) auf allen Laptops "
            "endgültig gelöscht, samt Verlauf; das lässt sich nicht rückgängig machen.")
        if not args.yes and not confirm("Endgültig löschen? [ja/nein]"):
            raise CliError("Abgebrochen; es wurde nichts gelöscht.", EXIT_INVALID)
        order_id = erase_contact(db, args.id)
    finally:
        db.close()
    say(f"Gelöscht. Löschauftrag {order_id}; er wird beim nächsten Abgleich an die anderen "
        "Laptops übertragen (Stand: advisor-app contact erasures).")
    return EXIT_OK


def cmd_erasures(args: argparse.Namespace) -> int:
    from advisor_app.services.erasure import erasure_status, list_erasures
    from advisor_app.sync.share_errors import ShareError

    db = open_writer(db_path(args))
    try:
        orders = list_erasures(db)
        try:
            statuses = erasure_status(db)
            problem = ""
        except (ShareError, ValueError) as exc:
            statuses, problem = [], str(exc)
    finally:
        db.close()
    if not orders:
        say("Keine DSGVO-Löschaufträge.")
        return EXIT_OK
    by_id = {s.order.order_id: s for s in statuses}
    say(f"{len(orders)} DSGVO-Löschauftrag/-aufträge:")
    for order in orders:
        state = "" if order.published else " – noch nicht übertragen"
        say(f"{order.order_id}  {order.table} {order.row_id}  vom "
            f"{order.ordered_at:%d.%m.%Y %H:%M}, Gerät {order.ordered_by}{state}")
        status = by_id.get(order.order_id)
        if status is not None:
            say(f"    ausgeführt auf: {', '.join(status.acknowledged)}")
            say(f"    ausstehend:     {', '.join(status.pending) or '–'}")
    if problem:
        say(f"Bestätigungen der anderen Laptops nicht lesbar: {problem}")
    return EXIT_OK


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                parent: argparse.ArgumentParser) -> None:
    contact = commands.add_parser("contact", parents=[parent], help="Kontaktpersonen (DSGVO)",
                                  description="DSGVO-Löschung von Kontaktpersonen.")
    sub = contact.add_subparsers(dest="contact_command", metavar="BEFEHL", required=True)
    erase = sub.add_parser("erase", parents=[parent], help="eine Person endgültig löschen",
                           description="Löscht eine Kontaktperson mit allen Spuren (Verlauf, "
                           "Änderungsprotokoll, freie Seiten der Datenbankdatei) sofort auf "
                           "diesem Laptop und beim nächsten Abgleich auf allen anderen. Der "
                           "Löschauftrag enthält nur Kennungen.")
    erase.add_argument("id", metavar="KENNUNG", help="Kennung des Kontakts")
    erase.add_argument("--yes", "-y", action="store_true", help="ohne Rückfrage löschen")
    erase.set_defaults(handler=cmd_erase)
    erasures = sub.add_parser("erasures", parents=[parent], help="Löschaufträge und ihre "
                              "Bestätigungen", description="Zeigt jeden DSGVO-Löschauftrag "
                              "(nur Kennungen) und welche Laptops ihn ausgeführt haben.")
    erasures.set_defaults(handler=cmd_erasures)
