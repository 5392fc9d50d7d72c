"""The column headers of import files (canonical German header + accepted aliases).

Exports write the canonical headers, so an exported file can be imported again.
Keep docs/import-format.md in step with this module.
"""

from __future__ import annotations

from advisor_app.services.import_fields import Column

_COUNTRY = Column("country", "Land", ("Staat", "Partnerland", "Ländercode", "ISO", "Country"))
_SOURCE = Column("source", "Quelle", ("Source",))
_NOTES = Column("notes", "Notizen", ("Notiz", "Bemerkungen", "Anmerkungen", "Notes"))

PARTNERSHIP_COLUMNS: tuple[Column, ...] = (
    Column("nrw_side", "NRW-Seite", ("NRW side",)),
    Column("ags", "AGS", ("Gemeindeschlüssel", "Amtlicher Gemeindeschlüssel")),
    Column("kreis_ags", "Kreis-AGS", ("Kreisschlüssel", "Kreis AGS")),
    Column("nrw_name", "NRW-Name", ("Gemeinde", "NRW-Kommune", "Kommune", "Municipality")),
    Column("partner", "Partner", ("Partnerkommune", "Partnerregion", "Partnerstadt",
                                  "Partner name")),
    _COUNTRY,
    Column("kind", "Art", ("Partnerschaftsart", "Kind", "Type")),
    Column("status", "Status", ()),
    Column("climate", "Klimapartnerschaft", ("Klima", "Climate partnership")),
    Column("since", "Seit", ("Partnerschaft seit", "Seit Jahr", "Jahr", "Since")),
    Column("themes", "Themen", ("Thema", "Themes")),
    _SOURCE,
    _NOTES,
)

PARTNER_REGION_COLUMNS: tuple[Column, ...] = (
    Column("name", "Name", ("Partnerregion", "Partner", "Region")),
    Column("name_local", "Name (lokal)", ("Lokaler Name", "Originalname", "Local name")),
    _COUNTRY,
    Column("level", "Ebene", ("Verwaltungsebene", "Admin level", "Level")),
    Column("lat", "Breitengrad", ("Breite", "Lat", "Latitude")),
    Column("lon", "Längengrad", ("Länge", "Lon", "Lng", "Longitude")),
    Column("under2", "Under2", ("Under2-Mitglied", "Under2 member")),
    Column("under2_since", "Under2 seit", ("Under2-Mitglied seit", "Under2 since")),
    Column("evidence", "Under2-Beleg", ("Beleg", "Under2 evidence")),
    _SOURCE,
    _NOTES,
)

CONTACT_COLUMNS: tuple[Column, ...] = (
    Column("name", "Name", ("Ansprechperson", "Kontakt")),
    Column("role", "Funktion", ("Rolle", "Position", "Role")),
    Column("organisation", "Organisation", ("Institution", "Behörde", "Dienststelle",
                                            "Organization")),
    Column("email", "E-Mail", ("Mail", "E-Mail-Adresse", "Email address")),
    Column("phone", "Telefon", ("Tel", "Telefonnummer", "Phone")),
    Column("ags", "AGS", ("Gemeindeschlüssel",)),
    Column("legal_basis", "Rechtsgrundlage", ("Rechtsgrund", "Legal basis")),
    Column("consent_date", "Einwilligung am", ("Einwilligungsdatum", "Einwilligung vom",
                                               "Consent date")),
    _NOTES,
)
