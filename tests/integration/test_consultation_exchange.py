"""The consultation exchange file between two real databases: the round trip keeps
everything (same ids, same detail, the same file again), importing again changes nothing,
contacts are matched or created (never an erased one), and a malformed file is refused with
a German reason naming the JSON path while the database stays exactly as it was."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from consultation_samples import (
    GLADBECK,
    PDF,
    PNG,
    folgeberatung,
    rich_consultation,
    update_protocol,
)
from jsonschema import Draft202012Validator

from advisor_app.domain.enums import NextStepStatus
from advisor_app.persistence.database import Database, open_database
from advisor_app.persistence.models import Contact
from advisor_app.services.consultation_edits import (
    add_step,
    amend,
    complete_consultation,
    set_answer,
    update_step,
)
from advisor_app.services.consultation_exchange import (
    ExchangeError,
    resolve_consultation_id,
    schema,
)
from advisor_app.services.consultation_exchange_export import (
    consultation_document,
    document_bytes,
    write_export,
)
from advisor_app.services.consultation_exchange_import import import_consultation
from advisor_app.services.consultation_files import add_attachment, attachment_content
from advisor_app.services.consultations import consultation_detail, start_consultation
from advisor_app.services.erasure import erase_contact

Doc = dict[str, Any]
TABLES = ("checklist_template", "consultation", "consultation_answer", "consultation_note",
          "consultation_participant", "next_step", "consultation_attachment",
          "consultation_amendment", "consultation_signature", "contact", "sync_outbox",
          "sync_field", "sync_history")


@pytest.fixture
def other(seeded_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A second, independent database (another office's laptop)."""
    path = tmp_path / "other.sqlite"
    shutil.copy2(seeded_template, path)
    database = open_database(path)
    yield database
    database.close()


def _document(db: Database, cid: str) -> Doc:
    with db.read_session() as session:
        return consultation_document(session, cid)


def _snapshot(db: Database) -> dict[str, Any]:
    """Row counts of every table and the full rows of everything an import may touch."""
    con = sqlite3.connect(db.path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        state: dict[str, Any] = {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]
                                 for n in names}
        for table in TABLES:
            state[f"rows:{table}"] = con.execute(f'SELECT * FROM "{table}" ORDER BY 1'
                                                 ).fetchall()
        return state
    finally:
        con.close()


def test_exported_file_follows_the_shipped_schema(db: Database) -> None:
    Draft202012Validator.check_schema(schema())
    cid = rich_consultation(db, complete=True)
    doc = _document(db, cid)
    assert list(Draft202012Validator(schema()).iter_errors(doc)) == []
    assert (doc["format"], doc["version"], doc["municipality"]) == (
        "advisor-app/consultation", 1, {"ags": "05562014", "name": "Gladbeck"})
    assert hashlib.sha256(doc["template"]["source"].encode()).hexdigest() == \
        doc["template"]["sha256"]
    assert doc["answers"]["meilensteine"] == ["erstkontakt", "ratsbeschluss"]
    contact = doc["participants"][0]["contact"]
    assert (contact["name"], contact["email"], contact["legal_basis"],
            contact["municipality_ags"]) == ("Dr. Erika Muster", "erika.muster@gladbeck.de",
                                             "public_task", "05562014")
    assert [s["party"] for s in doc["signatures"]] == ["adviser", "municipality"]
    assert doc["protocol_sha256"] == next(a["sha256"] for a in doc["attachments"]
                                          if a["kind"] == "protocol")


def test_round_trip_into_a_fresh_database_keeps_everything(db: Database, other: Database,
                                                           tmp_path: Path) -> None:
    cid = rich_consultation(db, complete=True)
    first = tmp_path / "beratung.json"
    summary = write_export(db, cid, first)
    assert (summary.answers, summary.participants, summary.steps, summary.attachments) == (
        13, 2, 2, 3)

    result = import_consultation(other, first.read_bytes())
    assert result.created and not result.dry_run
    assert result.counts["consultation"] == (1, 0) and result.counts["answer"] == (13, 0)
    assert result.counts["contact"] == (1, 0) and result.counts["signature"] == (2, 0)
    assert consultation_detail(other, cid) == consultation_detail(db, cid)

    second = tmp_path / "wieder.json"
    write_export(other, cid, second)
    assert second.read_bytes() == first.read_bytes()


def test_importing_again_is_idempotent(db: Database, other: Database) -> None:
    cid = rich_consultation(db, complete=True)
    data = document_bytes(_document(db, cid))
    import_consultation(other, data)
    before = _snapshot(other)
    again = import_consultation(other, data)
    assert not again.created and not again.changed
    assert again.summary_lines()[0].endswith("unverändert (schon vorhanden).")
    assert _snapshot(other) == before  # nothing written, nothing queued for sync
    # importing the file into the database it came from changes nothing either
    mine = _snapshot(db)
    assert not import_consultation(db, data).changed
    assert _snapshot(db) == mine


def test_draft_updates_replace_values_without_duplicates(db: Database,
                                                         other: Database) -> None:
    cid = rich_consultation(db)
    import_consultation(other, document_bytes(_document(db, cid)))
    set_answer(db, cid, "begegnungen", 9)
    set_answer(db, cid, "zustand_partner", 2)
    add_step(db, cid, what="Dritter Schritt")
    result = import_consultation(other, document_bytes(_document(db, cid)))
    assert not result.created
    assert result.counts == {"answer": (1, 1), "step": (1, 0)}
    assert consultation_detail(other, cid) == consultation_detail(db, cid)
    assert _snapshot(other)["consultation_answer"] == 14


def test_dry_run_checks_and_tells_but_stores_nothing(db: Database, other: Database) -> None:
    cid = rich_consultation(db)
    before = _snapshot(other)
    result = import_consultation(other, document_bytes(_document(db, cid)), dry_run=True)
    assert result.dry_run and result.created
    assert result.summary_lines()[0].endswith("würde neu angelegt.")
    assert _snapshot(other) == before


def test_existing_contact_is_matched_by_id_and_left_alone(db: Database,
                                                          other: Database) -> None:
    cid = rich_consultation(db)
    doc = _document(db, cid)
    contact_id = doc["participants"][0]["contact"]["id"]
    with other.session() as session:
        session.add(Contact(id=contact_id, name="Erika Muster (hier gepflegt)",
                            legal_basis="consent", consent_date=dt.date(2026, 1, 5),
                            phone="0201 12345"))
    result = import_consultation(other, document_bytes(doc))
    assert "contact" not in result.counts
    with other.read_session() as session:
        kept = session.get(Contact, contact_id)
        assert kept is not None and (kept.name, kept.phone, kept.email) == (
            "Erika Muster (hier gepflegt)", "0201 12345", None)
    names = [p.name for p in consultation_detail(other, cid).participants]
    assert names == ["Erika Muster (hier gepflegt)", "Max Mustermann"]


def test_a_contact_erased_here_is_never_recreated(db: Database, other: Database) -> None:
    cid = rich_consultation(db)
    data = document_bytes(_document(db, cid))
    import_consultation(other, data)
    contact_id = consultation_detail(other, cid).participants[0].contact_id
    assert contact_id is not None
    erase_contact(other, contact_id)

    result = import_consultation(other, data)
    assert "contact" not in result.counts
    assert any("nach DSGVO gelöscht" in w for w in result.warnings)
    assert not any("Erika" in w for w in result.warnings)
    row = consultation_detail(other, cid).participants[0]
    assert (row.contact_id, row.name, row.role) == (None, "", "Bürgermeisterin")
    con = sqlite3.connect(other.path)
    try:
        dump = "\n".join(con.iterdump())
    finally:
        con.close()
    assert "Erika Muster" not in dump and "erika.muster@gladbeck.de" not in dump


def test_completed_here_takes_only_amendments_and_newer_step_statuses(
        db: Database, other: Database) -> None:
    cid = rich_consultation(db, complete=True)
    import_consultation(other, document_bytes(_document(db, cid)))
    step = _document(db, cid)["next_steps"][0]["id"]
    amend(db, cid, text="Ort: Raum 205", reason="Verwechselt", author="Ben")
    update_step(db, step, status=NextStepStatus.DONE)
    newer = _document(db, cid)
    result = import_consultation(other, document_bytes(newer))
    assert result.counts == {"step": (0, 1), "amendment": (1, 0)}
    assert consultation_detail(other, cid) == consultation_detail(db, cid)

    older = copy.deepcopy(newer)  # a file with the step's earlier status does not win
    older["next_steps"][0].update(status="open", status_changed_at="2026-01-01T00:00:00")
    assert not import_consultation(other, document_bytes(older)).changed

    changed = copy.deepcopy(newer)
    changed["answers"]["begegnungen"] = 5
    before = _snapshot(other)
    with pytest.raises(ExchangeError) as caught:
        import_consultation(other, document_bytes(changed))
    assert str(caught.value).startswith("answers.begegnungen: Die Beratung ist hier bereits "
                                        "abgeschlossen")
    draft = copy.deepcopy(newer)
    draft["state"] = "draft"
    with pytest.raises(ExchangeError, match=r"^state: "):
        import_consultation(other, document_bytes(draft))
    assert _snapshot(other) == before


def test_protocol_signed_later_is_taken_for_a_completed_consultation(
        db: Database, other: Database) -> None:
    cid = rich_consultation(db)
    complete_consultation(db, cid, "Anna Beraterin")
    import_consultation(other, document_bytes(_document(db, cid)))
    protocol = add_attachment(db, cid, "protokoll.pdf", PDF + b"signiert", kind="protocol")
    update_protocol(db, cid, protocol)
    result = import_consultation(other, document_bytes(_document(db, cid)))
    assert result.counts == {"attachment": (1, 0), "consultation": (0, 1)}
    assert consultation_detail(other, cid) == consultation_detail(db, cid)
    assert consultation_detail(other, cid).protocol_sha256 == hashlib.sha256(
        PDF + b"signiert").hexdigest()


def _set(path: str, value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        *parents, last = path.split("/")
        target: Any = doc
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        if value is KeyError:
            del target[last]
        else:
            target[int(last) if isinstance(target, list) else last] = value
    return change


BAD_CONTENT = "iVBORw0KGgo=" + "!"
MALFORMED: list[tuple[str, Callable[[Doc], None], str]] = [
    ("format", _set("format", "advisor-app/kontakte"), "format: Die Datei ist keine "
     "Beratungs-Austauschdatei"),
    ("newer version", _set("version", 2), "version: Die Datei hat Version 2; dieses Programm "
     "liest bis Version 1. Bitte das Programm aktualisieren."),
    ("missing field", _set("participants/0/role", KeyError),
     "participants[0].role: Pflichtfeld fehlt."),
    ("unknown field", _set("participants/1/telefon", "0201"),
     "participants[1]: unbekanntes Feld „telefon“."),
    ("wrong type", _set("advisers", "Anna"), "advisers: muss eine Liste sein, nicht \"Anna\"."),
    ("bad enum", _set("next_steps/0/status", "erledigt"), "next_steps[0].status: \"erledigt\" "
     "ist nicht erlaubt (erlaubt: \"open\", \"in_progress\", \"done\", \"dropped\")."),
    ("bad id", _set("id", "1234"), "id: \"1234\" hat nicht die erwartete Form."),
    ("too long", _set("place", "x" * 301), "place: ist zu lang (höchstens 300 Zeichen)."),
    ("answer of no type", _set("answers/zustand", True), "answers.zustand: ungültiger Wert"),
    ("unknown AGS", _set("municipality/ags", "05999999"), "municipality.ags: Eine Kommune mit "
     "dem AGS 05999999 gibt es in dieser Datenbank nicht."),
    ("template checksum", _set("template/sha256", "0" * 64), "template.sha256: Die Prüfsumme "
     "passt nicht zum Quelltext der Vorlage"),
    ("answer out of range", _set("answers/zustand", 9),
     "answers.zustand: Die Bewertung muss zwischen 1 und 5 liegen."),
    ("answer wrong type", _set("answers/meilensteine", "ratsbeschluss"),
     "answers.meilensteine: Mehrfachauswahl erwartet eine Liste."),
    ("answer not an option", _set("answers/phase", "aktiv"),
     "answers.phase: „aktiv“ ist keine der möglichen Antworten."),
    ("unknown question", _set("answers/ratsbeschluss", "yes"),
     "answers.ratsbeschluss: Diese Frage gibt es in der Vorlage nicht."),
    ("unknown section", _set("notes/ausgangslage", "x"),
     "notes.ausgangslage: Diesen Abschnitt gibt es in der Vorlage nicht."),
    ("attachment checksum", _set("attachments/0/sha256", "a" * 64),
     "attachments[0].sha256: Die Prüfsumme passt nicht zum Inhalt"),
    ("attachment base64", _set("attachments/0/content", BAD_CONTENT),
     "attachments[0].content: ist kein gültiges Base64."),
    ("attachment media type", _set("attachments/0/media_type", "application/pdf"),
     "attachments[0].media_type: Der Inhalt ist image/png, nicht application/pdf."),
    ("attachment folder", _set("attachments/0/filename", "../../tafel.png"),
     "attachments[0].filename: Der Dateiname darf keinen Ordner enthalten."),
    ("attachment size", _set("attachments/1/size", 5), "attachments[1].size: Die Größe passt "
     "nicht zum Inhalt"),
    ("impossible date", _set("held_at", "2026-02-30T10:00:00"),
     "held_at: „2026-02-30T10:00:00“ ist kein gültiger Zeitpunkt."),
    ("impossible due date", _set("next_steps/0/due_date", "2026-13-01"),
     "next_steps[0].due_date: „2026-13-01“ ist kein gültiges Datum."),
    ("contact email", _set("participants/0/contact/email", "erika(at)gladbeck"),
     "participants[0].contact.email: „erika(at)gladbeck“ ist keine gültige E-Mail-Adresse"),
    ("contact AGS", _set("participants/0/contact/municipality_ags", "05999999"),
     "participants[0].contact.municipality_ags: Eine Kommune mit diesem AGS gibt es"),
    ("consent without date", _set("participants/0/contact/legal_basis", "consent"),
     "participants[0].contact.consent_date: Bei Einwilligung bitte das Datum"),
    ("signature image", _set("signatures/0/image_png", "JVBERi0xLjQ="),
     "signatures[0].image_png: ist kein PNG-Bild."),
    ("amendment question", _set("amendments/0/question_id", "gibt_es_nicht"),
     "amendments[0].question_id: Diese Frage gibt es in der Vorlage nicht."),
    ("completed without time", _set("completed_at", None),
     "completed_at: Eine abgeschlossene Beratung braucht den Zeitpunkt des Abschlusses."),
    ("protocol elsewhere", _set("protocol_attachment_id", "0" * 8 + "-0000-0000-0000-" + "0" * 12),
     "protocol_attachment_id: Dieser Anhang ist nicht in der Datei."),
]


@pytest.mark.parametrize(("change", "reason"), [m[1:] for m in MALFORMED],
                         ids=[m[0] for m in MALFORMED])
def test_malformed_file_is_refused_and_changes_nothing(db: Database, other: Database,
                                                       change: Callable[[Doc], None],
                                                       reason: str) -> None:
    cid = rich_consultation(db, complete=True)
    doc = _document(db, cid)
    change(doc)
    before = _snapshot(other)
    with pytest.raises(ExchangeError) as caught:
        import_consultation(other, document_bytes(doc))
    assert str(caught.value).startswith(reason)
    assert "\n" not in str(caught.value)
    assert _snapshot(other) == before


@pytest.mark.parametrize(("data", "reason"), [
    (b'{"format": "advisor-app/consultation", "version": 1,', "Die Datei ist kein gültiges "
     "JSON (Fehler in Zeile 1, Spalte 53)."),
    (b"\xff\xfe{}", "Die Datei ist nicht UTF-8-kodiert"),
    (b"[1, 2]", "Die Datei enthält kein JSON-Objekt."),
    (b"", "Die Datei ist kein gültiges JSON"),
    (b"[" * 100_000, "Die Datei ist"),
])
def test_unreadable_file_is_refused(other: Database, data: bytes, reason: str) -> None:
    before = _snapshot(other)
    with pytest.raises(ExchangeError) as caught:
        import_consultation(other, data)
    assert str(caught.value).startswith(reason)
    assert _snapshot(other) == before


def test_failure_late_in_the_file_rolls_back_earlier_changes(db: Database,
                                                             other: Database) -> None:
    """Answers are written before attachments are checked: one transaction undoes them."""
    cid = rich_consultation(db)
    import_consultation(other, document_bytes(_document(db, cid)))
    before = _snapshot(other)
    doc = _document(db, cid)
    doc["answers"]["begegnungen"] = 42
    doc["summary"] = "geändert"
    doc["signatures"] = [{"id": "11111111-1111-4111-8111-111111111111",
                          "created_at": "2026-11-05T12:00:00", "party": "adviser",
                          "name": "Anna", "role": "", "signed_at": "2026-11-05T12:00:00",
                          "image_png": "JVBERi0xLjQ="}]
    with pytest.raises(ExchangeError, match=r"^signatures\[0\]\.image_png"):
        import_consultation(other, document_bytes(doc))
    assert _snapshot(other) == before
    assert consultation_detail(other, cid).answers["begegnungen"] == 3


def test_record_of_another_consultation_is_not_taken_over(db: Database,
                                                          other: Database) -> None:
    cid = rich_consultation(db)
    second = start_consultation(db, GLADBECK, folgeberatung(),
                                held_at=dt.datetime(2027, 1, 1, 9, 0))
    add_step(db, second, what="Eigener Schritt")
    import_consultation(other, document_bytes(_document(db, second)))
    doc = _document(db, cid)
    doc["next_steps"][0]["id"] = _document(db, second)["next_steps"][0]["id"]
    with pytest.raises(ExchangeError, match=r"^next_steps\[0\]\.id: Diese Kennung gehört "
                                            "hier zu einer anderen Beratung"):
        import_consultation(other, document_bytes(doc))


def test_consultation_found_by_unique_id_prefix(db: Database) -> None:
    cids = [rich_consultation(db, held_at=dt.datetime(2026, 1, d, 9, 0)) for d in (1, 2)]
    assert resolve_consultation_id(db, cids[0][:8].upper()) == cids[0]
    assert resolve_consultation_id(db, f" {cids[1]} ") == cids[1]
    with pytest.raises(LookupError, match="mindestens die ersten 4 Zeichen"):
        resolve_consultation_id(db, "ab")
    with pytest.raises(LookupError, match="gibt es nicht"):
        resolve_consultation_id(db, "ffffffff-0000")
    with pytest.raises(LookupError, match="gibt es nicht"):
        resolve_consultation_id(db, "%%%%")  # no LIKE wildcards
    common = next((n for n in range(8, 0, -1) if cids[0][:n] == cids[1][:n]), 0)
    if common >= 4:
        with pytest.raises(LookupError, match="mehrdeutig"):
            resolve_consultation_id(db, cids[0][:common])


def test_imported_attachment_bytes_are_the_original(db: Database, other: Database) -> None:
    cid = rich_consultation(db)
    import_consultation(other, json.dumps(_document(db, cid)).encode())  # compact JSON too
    photo = next(a for a in consultation_detail(other, cid).attachments
                 if a.filename == "tafel.png")
    assert attachment_content(other, photo.id) == PNG
