"""Writing an export table as CSV (German Excel), XLSX or JSON, atomically.

Cell values are plain Python values; enums and themes are shown with German labels in CSV
and XLSX and as codes in JSON. A failed write leaves no partial file behind.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from advisor_app.atomic_file import replacing
from advisor_app.services.import_fields import format_bool_de, format_date_de, format_float_de

FORMATS = ("csv", "xlsx", "json")


@dataclass(frozen=True)
class ExportTable:
    title: str  # sheet name
    headers: tuple[str | None, ...]  # German header; None = JSON only
    keys: tuple[str, ...]  # English JSON keys
    rows: list[tuple[Any, ...]]


def _label(value: Any) -> Any:
    """Enum -> German label; tuple of enums -> '; '-joined labels."""
    if isinstance(value, Enum):
        return getattr(value, "label_de", value.value)
    if isinstance(value, tuple):
        return "; ".join(str(_label(v)) for v in value)
    return value


def _csv_cell(value: Any) -> str:
    value = _label(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return format_bool_de(value)
    if isinstance(value, float):
        return format_float_de(value)
    if isinstance(value, dt.date):
        return format_date_de(value)
    return str(value)


def _json_value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return [_json_value(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _columns(table: ExportTable) -> list[int]:
    return [i for i, header in enumerate(table.headers) if header is not None]


def write_csv(table: ExportTable, fh: Any) -> None:
    cols = _columns(table)
    writer = csv.writer(fh, delimiter=";")
    writer.writerow([table.headers[i] for i in cols])
    for row in table.rows:
        writer.writerow([_csv_cell(row[i]) for i in cols])


def write_json(table: ExportTable, fh: Any) -> None:
    data = [{key: _json_value(value) for key, value in zip(table.keys, row, strict=True)}
            for row in table.rows]
    json.dump(data, fh, ensure_ascii=False, indent=2)
    fh.write("\n")


def write_xlsx(table: ExportTable, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    cols = _columns(table)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = table.title[:31]
    sheet.append([table.headers[i] for i in cols])
    widths = [len(str(table.headers[i])) for i in cols]
    for row in table.rows:
        values = []
        for n, i in enumerate(cols):
            value = _label(row[i])
            if isinstance(value, bool):
                value = format_bool_de(value)
            values.append(value)
            widths[n] = max(widths[n], min(len(str(value or "")), 60))
        sheet.append(values)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for n, i in enumerate(cols):
        if any(isinstance(row[i], dt.date) for row in table.rows):
            for (cell,) in sheet.iter_rows(min_row=2, min_col=n + 1, max_col=n + 1):
                cell.number_format = "DD.MM.YYYY"
        sheet.column_dimensions[get_column_letter(n + 1)].width = widths[n] + 2
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    workbook.save(path)


def write_table(table: ExportTable, fmt: str, out: Path) -> None:
    """Write ``table`` to ``out`` in ``fmt``; the file appears only when complete."""
    if fmt not in FORMATS:
        raise ValueError(f"Unbekanntes Format „{fmt}“ (erlaubt: {', '.join(FORMATS)}).")
    with replacing(out) as tmp:
        if fmt == "xlsx":
            write_xlsx(table, tmp)
        else:
            writers: dict[str, tuple[str, Callable[[ExportTable, Any], None]]] = {
                "csv": ("utf-8-sig", write_csv), "json": ("utf-8", write_json)}
            encoding, writer = writers[fmt]
            with open(tmp, "w", encoding=encoding, newline="") as fh:
                writer(table, fh)


def header_row(table: ExportTable) -> Sequence[str]:
    return [h for h in table.headers if h is not None]
