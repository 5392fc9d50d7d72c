import datetime as dt

import pytest

from advisor_app.domain import validation as v
from advisor_app.domain.enums import (
    PartnershipKind,
    PartnershipStatus,
    Theme,
    format_themes,
    parse_themes,
)


@pytest.mark.parametrize("ags", ["05111000", "05562014", "05334002"])
def test_valid_nrw_ags(ags: str) -> None:
    assert v.check_ags(ags) is None


@pytest.mark.parametrize(
    ("ags", "fragment"),
    [
        ("0511100", "genau 8 Ziffern"),
        ("051110001", "genau 8 Ziffern"),
        ("0511100a", "genau 8 Ziffern"),
        ("09162000", "nicht zu Nordrhein-Westfalen"),
        ("", "fehlt"),
        (None, "fehlt"),
    ],
)
def test_invalid_ags_explains_why(ags: str | None, fragment: str) -> None:
    message = v.check_ags(ags)
    assert message is not None and fragment in message


def test_ags_outside_nrw_allowed_when_not_restricted() -> None:
    assert v.check_ags("09162000", nrw_only=False) is None


def test_years() -> None:
    today = dt.date(2026, 11, 26)
    assert v.check_year(1975, today=today) is None
    assert v.check_year(None, today=today) is None
    assert "kein plausibles Jahr" in (v.check_year(1899, today=today) or "")
    assert v.check_year(2027, today=today) is not None
    assert v.check_year(2030, today=today, allow_future=5) is None


@pytest.mark.parametrize(
    ("text", "year", "has_error"),
    [
        ("1988", 1988, False),
        (" 2001 ", 2001, False),
        ("", None, False),
        ("88", None, True),
        ("19a8", None, True),
        ("1850", 1850, True),
    ],
)
def test_parse_year(text: str, year: int | None, has_error: bool) -> None:
    parsed, error = v.parse_year(text)
    assert parsed == year
    assert (error is not None) is has_error


@pytest.mark.parametrize("email", ["anna.berger@bezreg.nrw.de", "a@b.de", None, ""])
def test_valid_emails(email: str | None) -> None:
    assert v.check_email(email) is None


@pytest.mark.parametrize("email", ["anna", "anna@", "@stadt.de", "anna@stadt", "a b@stadt.de"])
def test_invalid_emails(email: str) -> None:
    assert "keine gültige E-Mail-Adresse" in (v.check_email(email) or "")


def test_phone() -> None:
    assert v.check_phone("+49 2043 99-0") is None
    assert v.check_phone("(0211) 837-01") is None
    assert v.check_phone("abc") is not None
    assert v.check_phone("12") is not None


def test_country_code() -> None:
    assert v.check_country("fr") is None
    assert "ISO-Ländercode" in (v.check_country("FRA") or "")
    assert "unbekannt" in (v.check_country("QQ", {"FR"}) or "")
    assert v.check_country("") == "Das Land fehlt."


def test_required_and_collect() -> None:
    errors = v.collect(name=v.check_required("  ", "Der Name"), email=v.check_email("x@y.de"))
    assert errors == {"name": "Der Name ist ein Pflichtfeld."}


def test_enum_labels_and_parse() -> None:
    assert PartnershipStatus.INITIATION.label_de == "In Anbahnung"
    assert PartnershipStatus.parse("in anbahnung") is PartnershipStatus.INITIATION
    assert PartnershipKind.parse("Friendship") is PartnershipKind.FREUNDSCHAFT
    with pytest.raises(ValueError):
        PartnershipKind.parse("Ehe")


def test_themes_round_trip() -> None:
    themes = parse_themes("Mobilität; energy, Energie")
    assert themes == (Theme.MOBILITY, Theme.ENERGY)
    assert format_themes(themes) == "energy;mobility"
    with pytest.raises(ValueError):
        parse_themes("Raumfahrt")
