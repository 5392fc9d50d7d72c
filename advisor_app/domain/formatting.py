"""Dates, times, numbers and sizes as the protocols print them, in German or English.

Independent of the process locale (no ``strftime`` month names, no ``locale`` module), so
the same input gives the same text on every machine.

    German:  26.11.2026   26.11.2026, 14:30 Uhr   1.234,5   1,2 MB
    English: 26 Nov 2026  26 Nov 2026, 14:30      1,234.5   1.2 MB
"""

from __future__ import annotations

import datetime as dt
import math
from zoneinfo import ZoneInfo

__all__ = [
    "BERLIN",
    "format_date",
    "format_datetime",
    "format_number",
    "format_size",
    "format_time",
    "pdf_date",
    "to_berlin",
]

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec")

BERLIN = ZoneInfo("Europe/Berlin")  # the office's time zone: stored times are naive UTC


def to_berlin(utc: dt.datetime) -> dt.datetime:
    """A stored (naive UTC) time as aware Europe/Berlin time."""
    if utc.tzinfo is None:
        utc = utc.replace(tzinfo=dt.UTC)
    return utc.astimezone(BERLIN)


def format_date(day: dt.date, lang: str) -> str:
    """``26.11.2026`` (de) or ``26 Nov 2026`` (en: unambiguous for partners abroad)."""
    if lang == "en":
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def format_time(moment: dt.datetime | dt.time, lang: str) -> str:
    """``14:30 Uhr`` (de) or ``14:30`` (en)."""
    text = f"{moment.hour:02d}:{moment.minute:02d}"
    return text if lang == "en" else f"{text} Uhr"


def format_datetime(moment: dt.datetime, lang: str) -> str:
    """``26.11.2026, 14:30 Uhr`` (de) or ``26 Nov 2026, 14:30`` (en); printed as given."""
    return f"{format_date(moment.date(), lang)}, {format_time(moment, lang)}"


def format_number(value: float, lang: str, max_decimals: int = 3) -> str:
    """Grouped thousands, at most ``max_decimals`` decimals without trailing zeros:
    ``1.234,5`` / ``12.500`` (de) or ``1,234.5`` / ``12,500`` (en). Whole numbers of four
    digits stay ungrouped (``2019``, ``1250``), as DIN 5008 allows: they are often years.
    Non-finite values are printed as they are."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, int) or float(value).is_integer():
        whole = int(value)
        text = f"{whole:,}" if abs(whole) >= 10_000 else str(whole)
    else:
        text = f"{value:,.{max_decimals}f}".rstrip("0").rstrip(".")
        if text in ("-0", ""):
            text = "0"
    if lang == "en":
        return text
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def format_size(size: int, lang: str) -> str:
    """A file size: ``830 Bytes``, ``245 KB``, ``1,2 MB`` (de) / ``1.2 MB`` (en)."""
    if size < 1024:
        return f"{size} Bytes" if lang != "en" else f"{size} bytes"
    if size < 1024 * 1024:
        return f"{format_number(round(size / 1024), lang)} KB"
    return f"{format_number(round(size / (1024 * 1024), 1), lang, 1)} MB"


def pdf_date(moment: dt.datetime) -> str:
    """The PDF date string (``D:YYYYMMDDHHmmSS+HH'mm'``); a naive time is written without
    offset, which PDF readers take as unknown/local time."""
    text = f"D:{moment:%Y%m%d%H%M%S}"
    offset = moment.utcoffset()
    if offset is None:
        return text
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{text}{sign}{hours:02d}'{mins:02d}'"
