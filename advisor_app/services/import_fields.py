"""Column headers and cell values of import files: German (and a few English) spellings.

Headers are matched case-, space- and punctuation-insensitively (``E-Mail`` = ``email`` =
``E Mail``; ``Längengrad`` = ``Laengengrad``). Cell parsers raise :class:`CellError` with a
German message naming the column.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from advisor_app.domain.enums import AdminLevel, LegalBasis, NrwSideType

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NOISE = re.compile(r"[\s\-_./()²]+")

TRUE_WORDS = {"ja", "j", "yes", "y", "true", "wahr", "x", "1"}
FALSE_WORDS = {"nein", "n", "no", "false", "falsch", "0", ""}


class CellError(ValueError):
    """A cell value that cannot be used; the message is German and names the column."""


def header_key(text: str) -> str:
    """``'  Kreis-AGS '`` -> ``'kreisags'``; ``'Längengrad'`` -> ``'laengengrad'``."""
    return _NOISE.sub("", text.casefold().translate(_UMLAUTS))


@dataclass(frozen=True)
class Column:
    field: str  # internal name
    header: str  # canonical German header (export uses it)
    aliases: tuple[str, ...] = ()


def column_map(headers: Iterable[str], columns: Iterable[Column]) -> dict[str, int]:
    """field -> index of the column in the file, for every known header present."""
    lookup: dict[str, str] = {}
    for column in columns:
        for name in (column.header, *column.aliases):
            lookup[header_key(name)] = column.field
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        field = lookup.get(header_key(header))
        if field is not None and field not in found:
            found[field] = index
    return found


def unknown_headers(headers: Iterable[str], columns: Iterable[Column],
                    ignored: Iterable[str] = ()) -> list[str]:
    cols = list(columns)
    known = {header_key(n) for c in cols for n in (c.header, *c.aliases)}
    known |= {header_key(n) for n in ignored}
    return [h for h in headers if h.strip() and header_key(h) not in known]


def parse_bool(text: str, label: str) -> bool:
    folded = text.strip().casefold()
    if folded in TRUE_WORDS:
        return True
    if folded in FALSE_WORDS:
        return False
    raise CellError(f"{label}: „{text}“ ist weder ja noch nein.")


def parse_float(text: str, label: str) -> float | None:
    """Decimal comma or point; empty -> None."""
    stripped = text.strip().replace(" ", "")
    if not stripped:
        return None
    if "," in stripped and "." not in stripped:
        stripped = stripped.replace(",", ".")
    try:
        return float(stripped)
    except ValueError:
        raise CellError(f"{label}: „{text}“ ist keine Zahl.") from None


def parse_date(text: str, label: str) -> dt.date | None:
    """``31.12.2024``, ``31.12.24`` or ISO ``2024-12-31``; empty -> None."""
    stripped = text.strip()
    if not stripped:
        return None
    for fmt in ("%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(stripped, fmt).date()
        except ValueError:
            continue
    if "T" in stripped or " " in stripped:  # a spreadsheet date-time
        return parse_date(re.split(r"[T ]", stripped, maxsplit=1)[0], label)
    raise CellError(f"{label}: „{text}“ ist kein Datum (erwartet TT.MM.JJJJ, z. B. 31.12.2024).")


def normalise_ags(text: str, length: int) -> str:
    """Spreadsheets drop the leading zero of ``05111000``; put it back."""
    stripped = text.strip().replace(" ", "")
    if stripped.isdigit() and len(stripped) == length - 1:
        return "0" + stripped
    return stripped


def _parse_labelled(options: Mapping[str, str], text: str, label: str, allowed: str) -> str:
    value = options.get(header_key(text))
    if value is None:
        raise CellError(f"{label}: „{text}“ ist unbekannt (erlaubt: {allowed}).")
    return value


def _options(members: Iterable[tuple[str, Iterable[str]]]) -> dict[str, str]:
    return {header_key(alias): code for code, aliases in members for alias in aliases}


_LEVEL_OPTIONS = _options(
    (level.value, (level.value, level.label_de, level.label_en, *extra))
    for level, extra in (
        (AdminLevel.MUNICIPALITY, ("Kommune", "Stadt", "Gemeinde", "City", "Landkreis")),
        (AdminLevel.REGION, ("Region", "Bundesstaat", "Provinz", "State", "Bundesland")),
        (AdminLevel.NATIONAL, ("Staat", "National", "Land")),
        (AdminLevel.ASSOCIATION, ("Verbund", "Association")),
    )
)
_LEGAL_OPTIONS = _options(
    (basis.value, (basis.value, basis.label_de, basis.label_en, basis.label_de.split(" (")[0],
                   basis.label_en.split(" (")[0]))
    for basis in LegalBasis
)
_SIDE_OPTIONS = _options(
    (side.value, (side.value, side.label_de, side.label_en, *extra))
    for side, extra in (
        (NrwSideType.MUNICIPALITY, ("Kommune", "Stadt")),
        (NrwSideType.KREIS, ("Kreisfreie Stadt (Kreis)",)),
        (NrwSideType.LAND, ("Land", "NRW", "Nordrhein-Westfalen")),
    )
)


def parse_admin_level(text: str, label: str = "Ebene") -> AdminLevel:
    return AdminLevel(_parse_labelled(_LEVEL_OPTIONS, text, label,
                                      "Kommune, Region, Staat, Verbund"))


def parse_legal_basis(text: str, label: str = "Rechtsgrundlage") -> LegalBasis:
    return LegalBasis(_parse_labelled(
        _LEGAL_OPTIONS, text, label,
        "Einwilligung, Öffentliche Aufgabe, Berechtigtes Interesse, Vertrag"))


def parse_nrw_side(text: str, label: str = "NRW-Seite") -> NrwSideType:
    return NrwSideType(_parse_labelled(_SIDE_OPTIONS, text, label, "Gemeinde, Kreis, Land"))


def format_float_de(value: float | None) -> str:
    """A float for a German CSV cell: decimal comma, full precision."""
    return "" if value is None else repr(value).replace(".", ",")


def format_date_de(value: dt.date | None) -> str:
    return "" if value is None else value.strftime("%d.%m.%Y")


def format_bool_de(value: bool) -> str:
    return "ja" if value else "nein"
