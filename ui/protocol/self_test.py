"""The protocol part of ``advisor-app --self-test`` (ARCHITECTURE.md: the frozen program
creates a consultation and writes its PDF): start a consultation of a municipality with a
shipped template, open the protocol window (QtPdf, ReportLab, the fonts, the time zone
data: everything the bundle must carry), wait for the preview, write the PDF and read it
back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from advisor_app.persistence.database import Database
from ui.ops import Ops

Wait = Callable[[Callable[[], bool], float], bool]


def check_protocol(db: Database, ops: Ops, municipality_id: str, folder: Path, wait: Wait,
                   shown: list[str]) -> str:
    """"ok: ..." or the reason of the failure. ``shown``: messages the program showed."""
    from advisor_app.checklist.catalogue import available_templates
    from advisor_app.services import protocol as service
    from advisor_app.services.consultation_edits import add_participant, add_step
    from advisor_app.services.consultations import start_consultation
    from ui.protocol.protocol_dialog import ProtocolDialog

    templates = available_templates()
    if not templates:
        return "no checklist template is shipped"
    created: list[str] = []
    failed: list[BaseException] = []

    def create() -> str:
        cid = start_consultation(db, municipality_id, templates[0],
                                 held_at=dt.datetime(2026, 11, 26, 10, 0),
                                 place="Rathaus, Sitzungsraum 2.14", advisers=["Selbsttest"])
        add_participant(db, cid, name="Łukasz Wróbel", role="Kierownik Biura",
                        organisation="Urząd Miasta")
        add_step(db, cid, what="Förderantrag „Klima“ stellen – 5.000 €",
                 due_date=dt.date(2026, 12, 15))
        return cid

    ops.run(create, on_success=created.append, on_failure=failed.append)
    if not wait(lambda: bool(created or failed), 30):
        return "creating a consultation did not finish"
    if failed:
        return f"creating a consultation failed: {failed[0]}"
    dialog = ProtocolDialog(db, ops, created[0])
    try:
        dialog.show()
        if not wait(lambda: dialog.preview.page_count() > 0 or bool(shown), 60):
            return "the protocol preview did not show the PDF"
        if shown:
            return f"the protocol could not be rendered: {shown[0]}"
        target = folder / dialog.suggested_name()
        service.write_file(target, dialog.pdf)
        written = target.read_bytes()
        if not (written.startswith(b"%PDF-") and written.rstrip().endswith(b"%%EOF")):
            return f"the written protocol {target.name} is no PDF"
        return (f"ok: consultation created, protocol {target.name} written "
                f"({dialog.preview.page_count()} pages, {len(written)} bytes)")
    finally:
        dialog.close()
        dialog.deleteLater()
