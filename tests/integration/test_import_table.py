"""Reading CSV/XLSX files as German offices write them, and the cell parsers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from advisor_app.services.import_fields import (
    CellError,
    header_key,
    normalise_ags,
    parse_bool,
    parse_date,
    parse_float,
    parse_legal_basis,
)
from advisor_app.services.import_table import ImportFileError, read_table


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_encodings_and_separators(tmp_path: Path, encoding: str, sep: str) -> None:
    path = tmp_path / "t.csv"
    text = f"Name{sep}Ort\r\nJürgen Öztürk{sep}Köln\r\n\r\n\"Zwei{sep}Teile\"{sep}Straße\r\n"
    path.write_bytes(text.encode(encoding))
    table = read_table(path)
    assert table.headers == ("Name", "Ort")
    assert [(r.line, r.cells) for r in table.rows] == [
        (2, ("Jürgen Öztürk", "Köln")), (4, (f"Zwei{sep}Teile", "Straße"))]


def test_multiline_cells_keep_the_physical_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text('A;B\n1;"x\ny\nz"\n2;w\n', encoding="utf-8")
    assert [r.line for r in read_table(path).rows] == [2, 5]


def test_xlsx_with_blank_rows_above_the_header(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet["B3"] = "AGS"
    sheet["C3"] = "Seit"
    sheet["B4"] = 5111000
    sheet["C4"] = dt.datetime(2020, 5, 1)
    path = tmp_path / "t.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.header_line == 3
    assert [(r.line, r.cells) for r in table.rows] == [(4, ("", "5111000", "2020-05-01"))]


def test_unusable_files(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="gibt es nicht"):
        read_table(tmp_path / "fehlt.csv")
    empty = tmp_path / "leer.csv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="keine Daten"):
        read_table(empty)
    broken = tmp_path / "kaputt.xlsx"
    broken.write_bytes(b"PK\x03\x04 nicht wirklich")
    with pytest.raises(ImportFileError, match="nicht lesbar"):
        read_table(broken)


def test_header_keys() -> None:
    assert header_key(" E-Mail ") == header_key("email") == "email"
    assert header_key("Längengrad") == header_key("laengengrad")
    assert header_key("Kreis-AGS") == header_key("kreis ags")


def test_cell_parsers() -> None:
    assert parse_float("51,25", "x") == 51.25 and parse_float("7.5", "x") == 7.5
    assert parse_float(" ", "x") is None
    assert parse_date("01.02.2024", "x") == dt.date(2024, 2, 1)
    assert parse_date("2024-02-01", "x") == dt.date(2024, 2, 1)
    assert parse_bool("Ja", "x") is True and parse_bool("nein", "x") is False
    assert normalise_ags("5111000", 8) == "05111000"
    assert parse_legal_basis("öffentliche aufgabe").value == "public_task"
    for call in (lambda: parse_date("31.02.2024", "Datum"), lambda: parse_float("abc", "Zahl"),
                 lambda: parse_bool("vielleicht", "Flag")):
        with pytest.raises(CellError):
            call()
