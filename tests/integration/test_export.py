"""Exports in CSV, XLSX and JSON, read back with independent readers, and round trips."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from advisor_app.persistence.database import Database, open_database
from advisor_app.services.exporting import export
from advisor_app.services.importing import apply_import, plan_import

DATA = Path(__file__).resolve().parents[1] / "data"
MUNICIPALITY_HEADERS = ["AGS", "Name", "Kreis", "Regierungsbezirk", "Einwohner",
                        "Fläche (km²)", "Partnerschaften", "Klimapartnerschaften"]


def live(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(
            f"SELECT COUNT(*) FROM {table} WHERE existence % 2 = 1").fetchone()[0])
    finally:
        con.close()


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: German Excel detects UTF-8
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


def test_municipalities_csv(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "gemeinden.csv"
    assert export(db, "municipalities", "csv", out) == 396
    rows = read_csv(out)
    assert rows[0] == MUNICIPALITY_HEADERS
    assert len(rows) == 397
    duesseldorf = next(r for r in rows if r[0] == "05111000")
    assert duesseldorf[1:4] == ["Düsseldorf", "Düsseldorf", "Düsseldorf"]
    assert "," in duesseldorf[5]  # decimal comma for German Excel


def test_municipalities_xlsx(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "gemeinden.xlsx"
    export(db, "municipalities", "xlsx", out)
    workbook = load_workbook(out)
    sheet = workbook.active
    assert [c.value for c in sheet[1]] == MUNICIPALITY_HEADERS
    assert sheet.max_row == 397
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:H{sheet.max_row}"
    assert isinstance(sheet["E2"].value, int)  # population stays a number


def test_municipalities_json(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "gemeinden.json"
    export(db, "municipalities", "json", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data) == 396
    assert set(data[0]) == {"ags", "name", "kreis", "regierungsbezirk", "population",
                            "area_km2", "partnerships", "climate_partnerships"}
    con = sqlite3.connect(db.path)
    try:
        municipal = con.execute("SELECT COUNT(*) FROM partnership WHERE existence % 2 = 1 "
                                "AND municipality_id IS NOT NULL").fetchone()[0]
    finally:
        con.close()
    assert sum(item["partnerships"] for item in data) == municipal > 800


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
@pytest.mark.parametrize("kind,table", [("partnerships", "partnership"),
                                        ("partner-regions", "partner_region"),
                                        ("projects", "climate_project")])
def test_row_counts_match_the_database(db: Database, tmp_path: Path, fmt: str, kind: str,
                                       table: str) -> None:
    out = tmp_path / f"export.{fmt}"
    count = export(db, kind, fmt, out)
    assert count == live(db.path, table)
    if fmt == "csv":
        assert len(read_csv(out)) == count + 1
    elif fmt == "xlsx":
        assert load_workbook(out, read_only=True).active.max_row == count + 1
    else:
        assert len(json.loads(out.read_text(encoding="utf-8"))) == count


def test_json_partnership_uses_codes_and_english_keys(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "p.json"
    export(db, "partnerships", "json", out)
    item = json.loads(out.read_text(encoding="utf-8"))[0]
    assert item["kind"] == "partnerschaft" and item["status"] == "active"
    assert isinstance(item["themes"], list) and isinstance(item["climate_partnership"], bool)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_import_round_trip_is_unchanged(db: Database, tmp_path: Path, fmt: str) -> None:
    apply_import(db, plan_import(db, "partnerships", DATA / "partnerships_good.csv"))
    apply_import(db, plan_import(db, "partner-regions",
                                 DATA / "partner_regions_bom_semicolon.csv"))
    for kind in ("partnerships", "partner-regions"):
        out = tmp_path / f"{kind}.{fmt}"
        count = export(db, kind, fmt, out)
        plan = plan_import(db, kind, out)
        assert plan.errors == () and plan.warnings == ()
        main = "partnership" if kind == "partnerships" else "partner_region"
        assert plan.counts()[main] == {"unchanged": count}


def test_export_imports_into_another_database(db: Database, db_path: Path,
                                              tmp_path: Path) -> None:
    other_path = tmp_path / "other.sqlite"
    shutil.copy2(db_path, other_path)
    apply_import(db, plan_import(db, "partnerships", DATA / "partnerships_good.csv"))
    out = tmp_path / "p.csv"
    export(db, "partnerships", "csv", out)
    other = open_database(other_path)
    try:
        before = live(other_path, "partnership")
        plan = plan_import(other, "partnerships", out)
        apply_import(other, plan)
    finally:
        other.close()
    assert plan.counts()["partnership"]["create"] == 5
    assert live(other_path, "partnership") == before + 5 == live(db.path, "partnership")


def test_failed_export_leaves_no_file(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "missing-folder" / "x.csv"
    with pytest.raises(OSError):
        export(db, "municipalities", "csv", out)
    assert not out.parent.exists()
