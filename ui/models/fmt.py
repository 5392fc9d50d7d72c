"""Display formatting shared by the models and the detail view (German number format)."""

from __future__ import annotations

import unicodedata


def integer(value: int | None, lang: str = "de") -> str:
    """``611258`` -> ``611.258`` (German; English ``611,258``); ``None`` -> ``""``."""
    if value is None:
        return ""
    text = f"{value:,}"
    return text if lang == "en" else text.replace(",", ".")


def decimal(value: float | None, places: int = 2, lang: str = "de") -> str:
    """``35.97`` -> ``35,97``; thousands separated by ``.`` as in German."""
    if value is None:
        return ""
    text = f"{value:,.{places}f}"
    if lang == "en":
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def coordinates(lat: float | None, lon: float | None, lang: str = "de") -> str:
    if lat is None or lon is None:
        return ""
    north = ("N" if lat >= 0 else "S")
    east = ("E" if lang == "en" else "O") if lon >= 0 else "W"
    return f"{decimal(abs(lat), 4, lang)}° {north}, {decimal(abs(lon), 4, lang)}° {east}"


def sort_text(text: str | None) -> str:
    """A key that sorts German names naturally: case-insensitive, umlauts beside their base
    letter (Ä with A, ß as ss)."""
    if not text:
        return ""
    folded = text.casefold()
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
