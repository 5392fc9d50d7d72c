"""Imports of partnerships, partner regions and contacts on real temporary databases."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from advisor_app.persistence import ids
from advisor_app.persistence.database import Database
from advisor_app.services.importing import (
    ImportFileError,
    ImportPlan,
    ImportRejected,
    apply_import,
    plan_import,
    summary_text,
)

DATA = Path(__file__).resolve().parents[1] / "data"


def counts(path: Path) -> dict[str, int]:
    """Live rows per table, read straight from the file (independent of the services)."""
    con = sqlite3.connect(path)
    try:
        return {table: con.execute(
            f"SELECT COUNT(*) FROM {table} WHERE existence % 2 = 1").fetchone()[0]
            for table in ("partnership", "partner_region", "contact")}
    finally:
        con.close()


def fetch(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def run(db: Database, kind: str, path: Path, *, partial: bool = False) -> ImportPlan:
    plan = plan_import(db, kind, path)
    apply_import(db, plan, partial=partial)
    return plan


def test_good_partnerships_file_creates_partnerships_and_partner_regions(db: Database) -> None:
    before = counts(db.path)
    plan = run(db, "partnerships", DATA / "partnerships_good.csv")
    assert plan.errors == ()
    after = counts(db.path)
    assert after["partnership"] == before["partnership"] + 5
    assert after["partner_region"] == before["partner_region"] + 4  # Testhausen used twice
    assert summary_text(plan)[0] == "Partnerschaften: 5 neu, 0 geändert, 0 unverändert, 0 abgelehnt"
    row = fetch(db.path, """
        SELECT p.kind, p.status, p.is_climate_partnership, p.since_year, p.themes, p.source,
               p.notes, r.country_iso2, r.admin_level
        FROM partnership p JOIN partner_region r ON r.id = p.partner_region_id
        WHERE p.municipality_id = ? AND r.name = 'Testhausen am See'""",
        ids.municipality_id("05111000"))
    assert row == [("partnerschaft", "active", 1, 1988, "energy;water", "Liste der Stadt",
                    "Erste Zeile", "FR", "municipality")]
    kreis = fetch(db.path, "SELECT nrw_side_type, kreis_id, municipality_id FROM partnership "
                  "WHERE notes = 'Kreis-Partnerschaft'")
    assert kreis == [("kreis", ids.kreis_id("05562"), None)]
    land = fetch(db.path, "SELECT nrw_side_type, kreis_id, municipality_id FROM partnership "
                 "WHERE notes = 'NRW-Landesebene'")
    assert land == [("land", None, None)]
    padded = fetch(db.path, "SELECT status FROM partnership WHERE municipality_id = ?",
                   ids.municipality_id("05334002"))
    assert ("dormant",) in padded


def test_bad_rows_are_reported_with_their_line_numbers_and_nothing_is_written(
        db: Database) -> None:
    before = counts(db.path)
    plan = plan_import(db, "partnerships", DATA / "partnerships_bad.csv")
    lines = [error.line for error in plan.errors]
    # line 4-5 is one row with a two-line note, line 6 is blank
    assert lines == [3, 7, 8, 9, 10]
    messages = {error.line: error.message for error in plan.errors}
    assert "Nordrhein-Westfalen" in messages[3]
    assert "Partner" in messages[7] and "Atlantis" in messages[7]
    assert "2999" in messages[8]
    assert "Zeile 2" in messages[9]
    assert "Städtepartnerschaftsding" in messages[10]
    with pytest.raises(ImportRejected):
        apply_import(db, plan)
    assert counts(db.path) == before


def test_partial_import_takes_the_good_rows_only(db: Database) -> None:
    before = counts(db.path)
    plan = run(db, "partnerships", DATA / "partnerships_bad.csv", partial=True)
    assert len(plan.errors) == 5
    assert counts(db.path)["partnership"] == before["partnership"] + 2
    note = fetch(db.path, "SELECT p.notes FROM partnership p JOIN partner_region r "
                 "ON r.id = p.partner_region_id WHERE r.name = 'Mehrzeilig'")
    assert note == [("Notiz über\nzwei Zeilen",)]


def test_windows_1252_with_semicolons(db: Database) -> None:
    raw = (DATA / "partnerships_cp1252_semicolon.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    plan = run(db, "partnerships", DATA / "partnerships_cp1252_semicolon.csv")
    assert plan.errors == ()
    names = {r[0] for r in fetch(db.path, "SELECT name FROM partner_region")}
    assert {"Saint-Étienne-Testé", "Ærøskøbing-Test", "Köln-Partner Süd"} <= names
    notes = fetch(db.path, "SELECT notes, themes FROM partnership WHERE notes LIKE 'Straßen%'")
    assert notes == [("Straßenfest – Kosten 500 €", "energy;mobility")]


def test_utf8_bom_partner_regions(db: Database) -> None:
    before = counts(db.path)
    plan = run(db, "partner-regions", DATA / "partner_regions_bom_semicolon.csv")
    assert plan.errors == () and plan.warnings == ()
    assert counts(db.path)["partner_region"] == before["partner_region"] + 2
    row = fetch(db.path, "SELECT country_iso2, admin_level, lat, lon, under2_member, notes "
                "FROM partner_region WHERE name = 'Région Testoise'")
    assert row == [("FR", "region", 47.5, 1.25, 1, "Umlaute äöü")]


def _write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.create_sheet("Zweites Blatt").append(["wird", "ignoriert"])
    workbook.save(path)
    return path


def test_xlsx_first_sheet_with_numeric_ags_and_sheet_row_numbers(db: Database,
                                                                 tmp_path: Path) -> None:
    path = _write_xlsx(tmp_path / "partner.xlsx", [
        ["AGS", "Partner", "Land", "Art", "Status", "Seit", "Klimapartnerschaft"],
        [5111000, "Excelstadt", "Italien", "Partnerschaft", "Aktiv", 1999, True],
        [],
        [5111000, "Excelstadt Zwei", "Narnia", "Partnerschaft", "Aktiv", 1999, False],
    ])
    plan = plan_import(db, "partnerships", path)
    assert [(e.line, "Narnia" in e.message) for e in plan.errors] == [(4, True)]
    before = counts(db.path)
    apply_import(db, plan, partial=True)
    assert counts(db.path)["partnership"] == before["partnership"] + 1
    row = fetch(db.path, "SELECT p.since_year, p.is_climate_partnership, r.country_iso2 "
                "FROM partnership p JOIN partner_region r ON r.id = p.partner_region_id "
                "WHERE r.name = 'Excelstadt' AND p.municipality_id = ?",
                ids.municipality_id("05111000"))
    assert row == [(1999, 1, "IT")]


def test_reimport_matches_instead_of_duplicating(db: Database, tmp_path: Path) -> None:
    run(db, "partnerships", DATA / "partnerships_good.csv")
    once = counts(db.path)
    again = run(db, "partnerships", DATA / "partnerships_good.csv")
    assert counts(db.path) == once
    assert again.counts()["partnership"]["unchanged"] == 5
    changed = tmp_path / "changed.csv"
    changed.write_text("AGS;Partner;Land;Status;Notizen\n"
                       "05111000;testhausen am see;FR;Beendet;\n", encoding="utf-8")
    plan = run(db, "partnerships", changed)
    assert plan.counts()["partnership"]["update"] == 1
    assert counts(db.path) == once
    row = fetch(db.path, "SELECT p.status, p.notes, p.since_year FROM partnership p "
                "JOIN partner_region r ON r.id = p.partner_region_id "
                "WHERE r.name = 'Testhausen am See' AND p.municipality_id = ?",
                ids.municipality_id("05111000"))
    assert row == [("ended", "Erste Zeile", 1988)]  # empty cell and absent column keep values


def test_seeded_partnership_is_matched(db: Database, tmp_path: Path) -> None:
    name, iso2, ags = fetch(db.path, """
        SELECT r.name, r.country_iso2, m.ags FROM partnership p
        JOIN partner_region r ON r.id = p.partner_region_id
        JOIN municipality m ON m.id = p.municipality_id LIMIT 1""")[0]
    path = tmp_path / "seeded.csv"
    path.write_text(f"AGS,Partner,Land,Klimapartnerschaft\n{ags},{str(name).upper()},{iso2},ja\n",
                    encoding="utf-8")
    before = counts(db.path)
    plan = run(db, "partnerships", path)
    assert plan.counts() == {"partnership": {"update": 1}}
    assert counts(db.path) == before


def test_contacts_import_and_match(db: Database) -> None:
    plan = run(db, "contacts", DATA / "contacts.csv")
    assert plan.errors == ()
    rows = fetch(db.path, "SELECT name, legal_basis, consent_date, municipality_id FROM contact "
                 "ORDER BY name")
    assert rows == [
        ("Erika Mustermann", "consent", "2024-03-15", ids.municipality_id("05111000")),
        ("Max Beispiel", "public_task", None, ids.municipality_id("05314000")),
    ]
    again = run(db, "contacts", DATA / "contacts.csv")
    assert again.counts() == {"contact": {"unchanged": 2}}
    assert counts(db.path)["contact"] == 2


def test_contact_without_legal_basis_is_rejected(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "kontakte.csv"
    path.write_text("Name;E-Mail\nOhne Grundlage;a@b.de\nKaputt;keine-mail\n", encoding="utf-8")
    plan = plan_import(db, "contacts", path)
    assert [e.line for e in plan.errors] == [2, 3]
    assert "Rechtsgrundlage" in plan.errors[0].message


def test_missing_required_column_rejects_the_file(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "ohne_land.csv"
    path.write_text("AGS;Partner\n05111000;Irgendwo\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="Land"):
        plan_import(db, "partnerships", path)


def test_unknown_columns_are_warned_about(db: Database, tmp_path: Path) -> None:
    path = shutil.copy(DATA / "contacts.csv", tmp_path / "k.csv")
    Path(path).write_text(Path(path).read_text(encoding="utf-8").replace(
        "Notizen", "Lieblingsfarbe"), encoding="utf-8")
    plan = plan_import(db, "contacts", Path(path))
    assert plan.warnings == ("Spalte „Lieblingsfarbe“ ist unbekannt und wird nicht importiert.",)
