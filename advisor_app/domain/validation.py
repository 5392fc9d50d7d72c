"""Field validation with German messages. Pure functions; no I/O.

Every check returns ``None`` when the value is fine, or the German message that tells the
adviser what is wrong. Record validators collect these into a ``{field: message}`` dict, which
forms show as-you-type and services raise as :class:`ValidationError` before writing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

AGS_RE = re.compile(r"^\d{8}$")
KREIS_AGS_RE = re.compile(r"^\d{5}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
PHONE_RE = re.compile(r"^\+?[0-9 ()/\-.]{5,30}$")
ISO2_RE = re.compile(r"^[A-Z]{2}$")

MIN_YEAR = 1900


class ValidationError(ValueError):
    """Raised by services when input is invalid; ``errors`` maps field names to messages."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


def check_required(value: object, label: str) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return f"{label} ist ein Pflichtfeld."
    return None


def check_ags(value: str | None, *, nrw_only: bool = True) -> str | None:
    """An AGS has 8 digits; NRW municipalities start with 05."""
    if value is None or not value.strip():
        return "Der AGS (Amtlicher Gemeindeschlüssel) fehlt."
    text = value.strip()
    if not AGS_RE.match(text):
        return (f"„{text}“ ist kein gültiger AGS: erwartet werden genau 8 Ziffern, "
                "z. B. 05111000 für Düsseldorf.")
    if nrw_only and not text.startswith("05"):
        return (f"Der AGS {text} gehört nicht zu Nordrhein-Westfalen "
                "(NRW-Schlüssel beginnen mit 05).")
    return None


def check_kreis_ags(value: str | None) -> str | None:
    if value is None or not KREIS_AGS_RE.match(value.strip()):
        return "Der Kreisschlüssel muss aus genau 5 Ziffern bestehen, z. B. 05562."
    if not value.strip().startswith("05"):
        return f"Der Kreisschlüssel {value.strip()} gehört nicht zu Nordrhein-Westfalen."
    return None


def check_year(value: int | None, label: str = "Jahr", *, today: dt.date | None = None,
               allow_future: int = 0) -> str | None:
    """Years between 1900 and this year (plus ``allow_future`` years for plans)."""
    if value is None:
        return None
    this_year = (today or dt.date.today()).year
    if value < MIN_YEAR or value > this_year + allow_future:
        return (f"{label}: {value} ist kein plausibles Jahr "
                f"(erlaubt {MIN_YEAR}–{this_year + allow_future}).")
    return None


def parse_year(text: str | None, label: str = "Jahr") -> tuple[int | None, str | None]:
    """Parse a year typed by a user; returns (year, error)."""
    if text is None or not text.strip():
        return None, None
    stripped = text.strip()
    if not stripped.isdigit() or len(stripped) != 4:
        return None, f"{label}: „{stripped}“ ist keine vierstellige Jahreszahl."
    year = int(stripped)
    return year, check_year(year, label, allow_future=10)


def check_email(value: str | None) -> str | None:
    if not value or not value.strip():
        return None
    if not EMAIL_RE.match(value.strip()):
        return f"„{value.strip()}“ ist keine gültige E-Mail-Adresse (Beispiel: name@stadt.de)."
    return None


def check_phone(value: str | None) -> str | None:
    if not value or not value.strip():
        return None
    if not PHONE_RE.match(value.strip()) or sum(c.isdigit() for c in value) < 5:
        return (f"„{value.strip()}“ ist keine gültige Telefonnummer "
                "(erlaubt: Ziffern, Leerzeichen, + ( ) / - .).")
    return None


def check_country(value: str | None, known: set[str] | None = None) -> str | None:
    if value is None or not value.strip():
        return "Das Land fehlt."
    code = value.strip().upper()
    if not ISO2_RE.match(code):
        return f"„{value.strip()}“ ist kein zweistelliger ISO-Ländercode (z. B. FR, PL, GH)."
    if known is not None and code not in known:
        return f"Der Ländercode {code} ist unbekannt."
    return None


def check_latitude(value: float | None) -> str | None:
    if value is not None and not -90.0 <= value <= 90.0:
        return f"Breitengrad {value} liegt nicht zwischen -90 und 90."
    return None


def check_longitude(value: float | None) -> str | None:
    if value is not None and not -180.0 <= value <= 180.0:
        return f"Längengrad {value} liegt nicht zwischen -180 und 180."
    return None


def check_period(start: int | None, end: int | None) -> str | None:
    if start is not None and end is not None and end < start:
        return f"Das Ende ({end}) liegt vor dem Beginn ({start})."
    return None


def collect(**checks: str | None) -> dict[str, str]:
    """Keep only the failing checks: ``collect(name=..., email=...)`` -> {field: message}."""
    return {field: message for field, message in checks.items() if message}
