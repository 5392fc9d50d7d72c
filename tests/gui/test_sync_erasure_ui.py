"""GDPR erasure from the window: confirm, erase, and the orders with their status."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from sqlalchemy import text

from advisor_app.domain.enums import LegalBasis
from advisor_app.persistence import ids
from advisor_app.persistence.database import Database
from advisor_app.services import erasure as erasure_service
from advisor_app.services import records
from advisor_app.services.inputs import ContactInput
from advisor_app.services.municipalities import get_municipality
from advisor_app.services.settings import load_settings, save_settings
from advisor_app.sync.fileops import LocalShareFS
from advisor_app.sync.share import init_space
from ui.ops import Ops
from ui.sync.erasure_dialog import ErasureDialog, erase_contact_interactively

GLADBECK = ids.municipality_id("05562014")


def _contact(db: Database) -> str:
    return records.save(db, ContactInput(
        name="Erika Zyx", legal_basis=LegalBasis.CONSENT, role="Klimaschutzmanagerin",
        municipality_id=GLADBECK, consent_date=dt.date(2026, 1, 5)))


def test_cancel_keeps_the_person_confirm_erases(qtbot, db: Database, modals) -> None:
    contact = _contact(db)
    modals.choices = [1]  # "Abbrechen"
    assert not erase_contact_interactively(None, db, contact)
    assert [c.id for c in get_municipality(db, GLADBECK).contacts] == [contact]
    assert "Erika Zyx (Klimaschutzmanagerin)" in modals.questions[0][0]
    modals.choices = [0]  # "Endgültig löschen"
    assert erase_contact_interactively(None, db, contact)
    assert get_municipality(db, GLADBECK).contacts == ()
    assert erasure_service.was_erased(db, contact)


def test_erasure_dialog_lists_orders_and_reads_acknowledgements(
        qtbot, db: Database, modals, ops: Ops, tmp_path: Path) -> None:
    contact = _contact(db)
    modals.choices = [0]
    assert erase_contact_interactively(None, db, contact)
    dialog = ErasureDialog(db, ops)  # no share configured: local state only
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert "nur der Stand dieses Laptops" in dialog.state.text()

    share = tmp_path / "share"
    share.mkdir()
    space = init_space(LocalShareFS(), share)
    save_settings(db, replace(load_settings(db), share_path=str(share)))
    with db.session() as session:
        session.execute(text("UPDATE sync_state SET space_id = :s"), {"s": space.space_id})
    dialog2 = ErasureDialog(db, ops)
    qtbot.addWidget(dialog2)
    assert dialog2.model.rowCount() == 1
    assert "Alle Laptops" in dialog2.state.text()
    assert dialog2.model.index(0, 2).data() == "dieser Laptop"


def test_confirmation_lists_signed_protocols_naming_the_person(qtbot, db: Database,
                                                               modals) -> None:
    from consultation_samples import answer_all, rich_consultation
    from protocol_examples import signature_png

    from advisor_app.services.consultation_edits import complete_consultation
    from advisor_app.services.consultations import consultation_detail
    from advisor_app.services.protocol import SignatureInput, sign_protocol

    cid = rich_consultation(db)
    answer_all(db, cid)
    complete_consultation(db, cid, "Anna Beraterin")
    sign_protocol(db, cid, SignatureInput("Anna Beraterin", signature_png(1)),
                  SignatureInput("Erika Muster", signature_png(2), "Bürgermeisterin"))
    contact = consultation_detail(db, cid).participants[0].contact_id
    assert contact is not None
    modals.choices = [1]  # cancel: the office first checks its duty to keep records
    assert not erase_contact_interactively(None, db, contact)
    question = modals.questions[0][0]
    assert "Unterschriebene Protokolle nennen die Person" in question
    assert "• Gladbeck, 05.11.2026" in question
