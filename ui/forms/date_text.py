"""Reading a date as Germans type it, whole: ``31122026``, ``31.12.2026``, ``1.2.2027``,
``15.01.27`` (two-digit years are 20xx), also ``311226`` and ISO ``2026-12-31``.

An impossible date (``31.11.2026``) is refused with a message naming why, never moved to
the nearest possible day: that is what Qt's date edit did while the parts were typed one
after the other (``31`` in November became 30 before the month was typed)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

_DOTTED = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})")
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


class Reading(NamedTuple):
    """What a typed text says: a date, or why not (``error``). ``final``: nothing more can
    be typed (a full form with a four-digit year), so the date may be taken at once."""

    date: dt.date | None
    error: str = ""
    final: bool = False


def _parts(text: str) -> tuple[int, int, int, bool] | None:
    """(day, month, year, final) of a date-shaped text, None for any other text."""
    if (match := _DOTTED.fullmatch(text)) or (match := _DIGITS.fullmatch(text)):
        day, month, year = match.groups()
    elif match := _ISO.fullmatch(text):
        year, month, day = match.groups()
        return int(day), int(month), int(year), len(day) == 2
    else:
        return None
    full_year = int(year) if len(year) == 4 else 2000 + int(year)
    return int(day), int(month), full_year, len(year) == 4


def show_date(day: dt.date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def read_date(text: str, lowest: dt.date, highest: dt.date) -> Reading:
    """Read ``text`` (spaces ignored); an empty text is no date and no error."""
    typed = text.replace(" ", "")
    if not typed:
        return Reading(None)
    parts = _parts(typed)
    if parts is None:
        return Reading(None, _with_hint(translate(
            "OptionalDateEdit", "„%1“ ist kein Datum.").replace("%1", typed)))
    day, month, year, final = parts
    if not (1 <= month <= 12 and 1 <= day <= 31 and year >= 1):
        return Reading(None, _with_hint(translate(
            "OptionalDateEdit",
            "„%1“ ist kein Datum: Der Tag geht von 1 bis 31, der Monat von 1 bis 12.")
            .replace("%1", typed)), final)
    days = calendar.monthrange(year, month)[1]
    if day > days:
        return Reading(None, _refused(translate(
            "OptionalDateEdit", "Den %1 gibt es nicht: Der Monat hat nur %2 Tage.")
            .replace("%1", f"{day:02d}.{month:02d}.{year:04d}").replace("%2", str(days))),
            final)
    date = dt.date(year, month, day)
    if not lowest <= date <= highest:
        return Reading(None, _refused(translate(
            "OptionalDateEdit", "Bitte ein Datum vom %1 bis %2 eingeben.")
            .replace("%1", show_date(lowest)).replace("%2", show_date(highest))), final)
    return Reading(date, "", final)


def _refused(reason: str) -> str:
    return reason + " " + translate("OptionalDateEdit", "Das Datum wurde nicht übernommen.")


def _with_hint(reason: str) -> str:
    return reason + " " + translate("OptionalDateEdit",
                                    "Bitte als TT.MM.JJJJ eingeben, z. B. 15.01.2027.")
