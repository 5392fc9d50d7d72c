"""Reading a table file (CSV or XLSX) the way German offices produce them.

CSV: UTF-8 with or without BOM, else Windows-1252; comma, semicolon or tab as separator.
XLSX: the first sheet. Every row keeps the line number the user sees (header = line 1 in a
CSV file, the sheet row number in a workbook), so errors can point at it.
Pure function of the file; no database. May run on any thread.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

CSV_DELIMITERS = (";", ",", "\t")
XLSX_SUFFIXES = {".xlsx", ".xlsm"}


class ImportFileError(ValueError):
    """The file as a whole cannot be read (German message for the user)."""


@dataclass(frozen=True)
class TableRow:
    line: int
    cells: tuple[str, ...]
    overflow: int = 0  # non-empty cells beyond the header's width (a stray separator?)


@dataclass(frozen=True)
class Table:
    path: Path
    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]
    header_line: int = 1


def decode_bytes(data: bytes) -> str:
    """UTF-8 (BOM optional) first; else Windows-1252 (what Excel writes as "CSV")."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return data.decode("latin-1")


def detect_delimiter(text: str) -> str:
    """The separator used most often in the first non-empty line (the header)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in CSV_DELIMITERS}
    best = max(CSV_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value).strip()


def _is_blank(cells: tuple[str, ...]) -> bool:
    return not any(cell.strip() for cell in cells)


def _build(path: Path, numbered: list[tuple[int, tuple[str, ...]]]) -> Table:
    content = [(line, cells) for line, cells in numbered if not _is_blank(cells)]
    if not content:
        raise ImportFileError(f"Die Datei {path.name} enthält keine Daten.")
    header_line, headers = content[0]
    width = len(headers)
    rows = tuple(
        TableRow(line, tuple(c.strip() for c in cells[:width]) + ("",) * (width - len(cells)),
                 sum(1 for c in cells[width:] if c.strip()))
        for line, cells in content[1:]
    )
    return Table(path, tuple(h.strip() for h in headers), rows, header_line)


def read_csv_text(path: Path, text: str) -> Table:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=detect_delimiter(text))
    numbered: list[tuple[int, tuple[str, ...]]] = []
    start = 1
    try:
        for cells in reader:
            numbered.append((start, tuple(cells)))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ImportFileError(
            f"Zeile {reader.line_num}: Die CSV-Datei ist nicht lesbar ({exc}).") from exc
    return _build(path, numbered)


def read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise ImportFileError(f"Die Excel-Datei {path.name} ist nicht lesbar ({exc}).") from exc
    try:
        sheet = workbook.worksheets[0]
        numbered = [
            (number, tuple(_cell_text(v) for v in values))
            for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True),
                                            start=1)
        ]
    finally:
        workbook.close()
    return _build(path, numbered)


def read_table(path: Path) -> Table:
    """Read ``path`` (CSV or XLSX by its suffix); raises ImportFileError in German."""
    if not path.is_file():
        raise ImportFileError(f"Die Datei {path} gibt es nicht.")
    if path.suffix.lower() in XLSX_SUFFIXES:
        return read_xlsx(path)
    if path.suffix.lower() == ".xls":
        raise ImportFileError(
            "Das alte Excel-Format .xls wird nicht unterstützt; bitte als .xlsx oder .csv "
            "speichern.")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(f"Die Datei {path} ist nicht lesbar ({exc.strerror}).") from exc
    if data.startswith(b"PK\x03\x04"):  # a workbook with a misleading suffix
        return read_xlsx(path)
    return read_csv_text(path, decode_bytes(data))
