"""``advisor-app protocol`` in-process via ``advisor_app.cli.main`` and once as a real
process, on real SQLite files; the written PDFs are read back with pypdf."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from consultation_samples import answer_all, rich_consultation
from protocol_examples import signature_png
from protocol_pdf import body_text, reader, squash

from advisor_app.cli import main
from advisor_app.persistence.database import open_database
from advisor_app.services.consultation_edits import complete_consultation
from advisor_app.services.protocol import SignatureInput, sign_protocol

ROOT = Path(__file__).resolve().parents[2]
Capture = pytest.CaptureFixture[str]


@pytest.fixture
def draft(db_path: Path) -> str:
    db = open_database(db_path)
    try:
        return rich_consultation(db)
    finally:
        db.close()


@pytest.fixture
def signed(db_path: Path) -> tuple[str, str]:
    """A completed and signed consultation: (id, sha256 of the signed PDF)."""
    db = open_database(db_path)
    try:
        cid = rich_consultation(db)
        answer_all(db, cid)
        complete_consultation(db, cid, "Anna Beraterin")
        digest = sign_protocol(db, cid, SignatureInput("Anna Beraterin", signature_png(1)),
                               SignatureInput("Erika Muster", signature_png(2), "Bürgermeisterin"))
        return cid, digest
    finally:
        db.close()


def test_writes_the_protocol_by_id_prefix(db_path: Path, draft: str, tmp_path: Path,
                                          capsys: Capture) -> None:
    out = tmp_path / "protokoll.pdf"
    assert main(["--db", str(db_path), "protocol", draft[:8], "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert f"Protokoll der Beratung {draft} geschrieben nach {out}" in said
    text = body_text(out.read_bytes())
    assert squash("Beratungsprotokoll") in text and squash("Förderantrag stellen") in text
    assert reader(out.read_bytes()).metadata.title.startswith("Beratungsprotokoll Stadt Gladbeck")
    assert not list(tmp_path.glob(".*.part"))
    # the same again: byte-identical
    again = tmp_path / "nochmal.pdf"
    assert main(["--db", str(db_path), "protocol", draft, "-o", str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()


def test_english(db_path: Path, draft: str, tmp_path: Path) -> None:
    out = tmp_path / "protocol.pdf"
    assert main(["--db", str(db_path), "protocol", draft, "--out", str(out), "--lang", "en"]) == 0
    text = body_text(out.read_bytes())
    assert squash("Consultation protocol") in text and squash("Partly done") in text


@pytest.mark.parametrize(("args", "reason"), [
    (["zz"], "mindestens die ersten 4 Zeichen"),
    (["ffffffff"], "gibt es nicht"),
])
def test_unknown_consultation(db_path: Path, draft: str, tmp_path: Path, capsys: Capture,
                              args: list[str], reason: str) -> None:
    out = tmp_path / "x.pdf"
    assert main(["--db", str(db_path), "protocol", *args, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert reason in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_bad_target(db_path: Path, draft: str, tmp_path: Path, capsys: Capture) -> None:
    assert main(["--db", str(db_path), "protocol", draft, "--out", str(tmp_path)]) == 1
    assert "ist ein Ordner" in capsys.readouterr().err
    missing = tmp_path / "gibt-es-nicht" / "x.pdf"
    assert main(["--db", str(db_path), "protocol", draft, "--out", str(missing)]) == 1
    assert "Den Ordner" in capsys.readouterr().err


def test_signed_protocol_is_not_rendered_again(db_path: Path, signed: tuple[str, str],
                                              tmp_path: Path, capsys: Capture) -> None:
    cid, digest = signed
    out = tmp_path / "protokoll.pdf"
    out.write_bytes(b"old content")
    assert main(["--db", str(db_path), "protocol", cid, "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err == ("Fehler: Das Protokoll ist unterschrieben und festgeschrieben und wird "
                   "nicht neu erstellt; mit --signed wird das unterschriebene PDF geschrieben.")
    assert out.read_bytes() == b"old content"  # untouched
    assert main(["--db", str(db_path), "protocol", cid, "--out", str(out), "--signed"]) == 0
    assert "Unterschriebenes Protokoll" in capsys.readouterr().out
    assert hashlib.sha256(out.read_bytes()).hexdigest() == digest
    assert main(["--db", str(db_path), "protocol", cid, "-o", str(out), "--signed",
                 "--lang", "en"]) == 1
    assert "--lang passt nicht zu --signed" in capsys.readouterr().err


def test_signed_without_signature(db_path: Path, draft: str, tmp_path: Path,
                                  capsys: Capture) -> None:
    out = tmp_path / "x.pdf"
    assert main(["--db", str(db_path), "protocol", draft, "-o", str(out), "--signed"]) == 1
    assert "noch kein unterschriebenes Protokoll" in capsys.readouterr().err
    assert not out.exists()


def test_as_a_process(db_path: Path, draft: str, tmp_path: Path) -> None:
    """The real entry point, Qt-free: the command works without a display."""
    out = tmp_path / "prozess.pdf"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)
    code = ("import sys; from advisor_app.cli import main; code = main(sys.argv[1:]); "
            "assert 'PySide6' not in sys.modules, 'Qt was imported'; sys.exit(code)")
    result = subprocess.run(
        [sys.executable, "-c", code, "--db", str(db_path), "protocol", draft[:6], "--out",
         str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
        check=False)
    assert result.returncode == 0, result.stderr
    assert "geschrieben nach" in result.stdout
    assert len(reader(out.read_bytes()).pages) >= 2
    here = tmp_path / "hier.pdf"  # another process, the same bytes
    assert main(["--db", str(db_path), "protocol", draft, "--out", str(here)]) == 0
    assert here.read_bytes() == out.read_bytes()


def test_contact_erase_lists_the_signed_protocols_naming_the_person(
        db_path: Path, signed: tuple[str, str], capsys: Capture) -> None:
    cid, digest = signed
    db = open_database(db_path)
    try:
        from advisor_app.services.consultations import consultation_detail

        contact_id = consultation_detail(db, cid).participants[0].contact_id
    finally:
        db.close()
    assert contact_id is not None
    assert main(["--db", str(db_path), "contact", "erase", contact_id, "--yes"]) == 0
    said = capsys.readouterr().out
    assert "Unterschriebenes Protokoll nennt die Person: Gladbeck" in said and cid in said
    # the signed PDF itself is unchanged by the erasure
    out = db_path.parent / "signed.pdf"
    assert main(["--db", str(db_path), "protocol", cid, "--signed", "--out", str(out)]) == 0
    assert hashlib.sha256(out.read_bytes()).hexdigest() == digest
