"""Resolving what an import row names (country, municipality, Kreis, partner region) to ids,
inside one read session. Remembers partner regions planned for creation, so two rows naming
the same new partner share one record."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_app.domain import validation as v
from advisor_app.persistence import ids
from advisor_app.persistence.models import (
    Contact,
    Country,
    Kreis,
    Municipality,
    PartnerRegion,
    Partnership,
    new_id,
)
from advisor_app.services.import_fields import CellError, header_key, normalise_ags
from advisor_app.services.records import is_live

# Everyday German names that differ from the official short names in the country table.
COUNTRY_ALIASES = {
    "usa": "US", "vereinigtestaatenvonamerika": "US", "amerika": "US",
    "grossbritannien": "GB", "england": "GB", "schottland": "GB", "wales": "GB",
    "nordirland": "GB", "uk": "GB", "russland": "RU", "suedkorea": "KR", "nordkorea": "KP",
    "tschechischerepublik": "CZ", "moldawien": "MD", "holland": "NL", "weissrussland": "BY",
    "elfenbeinkueste": "CI", "kongodemrep": "CD", "drkongo": "CD",
}


class Lookup:
    """Name -> id resolution for one import plan (not thread-safe; one per plan)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._countries: dict[str, str] | None = None
        self._regions: dict[str, dict[str, str]] = {}
        self.planned_regions: dict[tuple[str, str], str] = {}
        self._municipalities: dict[str, str] | None = None
        self._municipality_names: dict[str, list[str]] = {}
        self._kreise: dict[str, str] | None = None
        self._kreis_names: dict[str, list[str]] = {}
        self.ags_of: dict[str, str] = {}  # municipality/Kreis id -> its AGS
        self._contacts: dict[tuple[str, str, str], str] | None = None

    # countries -------------------------------------------------------------------------
    def _country_table(self) -> dict[str, str]:
        if self._countries is None:
            table: dict[str, str] = {}
            short: dict[str, set[str]] = {}
            for c in self.session.scalars(select(Country)):
                for name in (c.iso2, c.iso3 or "", c.name_de, c.name_en):
                    if name:
                        table.setdefault(header_key(name), c.iso2)
                short.setdefault(header_key(c.name_de.split(",")[0]), set()).add(c.iso2)
            for key, codes in short.items():
                if len(codes) == 1:
                    table.setdefault(key, next(iter(codes)))
            for key, code in COUNTRY_ALIASES.items():
                table.setdefault(key, code)
            self._countries = table
        return self._countries

    def country(self, text: str) -> str:
        """ISO code, ISO3, German or English name -> ISO2; raises CellError."""
        if not text.strip():
            raise CellError("Land fehlt (ISO-Code wie FR oder deutscher Name wie Frankreich).")
        code = self._country_table().get(header_key(text))
        if code is None:
            raise CellError(f"Land „{text.strip()}“ ist unbekannt (erwartet ISO-Code wie FR "
                            "oder deutscher Name wie Frankreich).")
        return code

    # NRW side --------------------------------------------------------------------------
    def _load_nrw(self) -> None:
        if self._municipalities is None:
            self._municipalities = {}
            for m in self.session.scalars(select(Municipality).where(is_live(Municipality))):
                self._municipalities[m.ags] = m.id
                self.ags_of[m.id] = m.ags
                self._municipality_names.setdefault(header_key(m.name), []).append(m.id)
            self._kreise = {}
            for k in self.session.scalars(select(Kreis).where(is_live(Kreis))):
                self._kreise[k.ags] = k.id
                self.ags_of[k.id] = k.ags
                self._kreis_names.setdefault(header_key(k.name), []).append(k.id)

    def municipality(self, ags_text: str) -> str:
        self._load_nrw()
        assert self._municipalities is not None
        ags = normalise_ags(ags_text, 8)
        problem = v.check_ags(ags)
        if problem:
            raise CellError(problem)
        found = self._municipalities.get(ags)
        if found is None:
            raise CellError(f"Eine NRW-Gemeinde mit dem AGS {ags} gibt es nicht.")
        return found

    def municipality_by_name(self, name: str) -> str:
        self._load_nrw()
        matches = self._municipality_names.get(header_key(name), [])
        if len(matches) != 1:
            reason = "gibt es nicht" if not matches else "ist nicht eindeutig"
            raise CellError(f"Die NRW-Gemeinde „{name.strip()}“ {reason}; bitte den AGS angeben.")
        return matches[0]

    def kreis(self, ags_text: str) -> str:
        self._load_nrw()
        assert self._kreise is not None
        ags = normalise_ags(ags_text, 5)
        problem = v.check_kreis_ags(ags)
        if problem:
            raise CellError(problem)
        found = self._kreise.get(ags)
        if found is None:
            raise CellError(f"Einen NRW-Kreis mit dem Schlüssel {ags} gibt es nicht.")
        return found

    def kreis_by_name(self, name: str) -> str:
        self._load_nrw()
        matches = self._kreis_names.get(header_key(name), [])
        if len(matches) != 1:
            raise CellError(f"Den Kreis „{name.strip()}“ gibt es nicht (eindeutig); "
                            "bitte die Kreis-AGS angeben.")
        return matches[0]

    # partner regions -------------------------------------------------------------------
    def _regions_of(self, iso2: str) -> dict[str, str]:
        if iso2 not in self._regions:
            rows = self.session.execute(
                select(PartnerRegion.id, PartnerRegion.name)
                .where(PartnerRegion.country_iso2 == iso2, is_live(PartnerRegion))
                .order_by(PartnerRegion.created_at)
            ).tuples()
            table: dict[str, str] = {}
            for region_id, name in rows:
                table.setdefault(name.strip().casefold(), region_id)
            self._regions[iso2] = table
        return self._regions[iso2]

    def existing_region(self, iso2: str, name: str) -> str | None:
        """The live partner region with this name (case-insensitive) in this country."""
        return self._regions_of(iso2).get(name.strip().casefold())

    def planned_region(self, iso2: str, name: str) -> str | None:
        return self.planned_regions.get((iso2, name.strip().casefold()))

    def new_region_id(self, iso2: str, name: str) -> str:
        """An id for a new partner region: deterministic (laptops converge) unless taken."""
        region_id = ids.partner_region_id(iso2, name)
        if self.session.get(PartnerRegion, region_id) is not None:  # e.g. in the trash
            region_id = new_id()
        return region_id

    def new_partnership_id(self, nrw_key: str, region_id: str) -> str:
        """Deterministic like the seed's (AGS + partner region) unless that id is taken."""
        record_id = ids.partnership_id(nrw_key, region_id)
        if self.session.get(Partnership, record_id) is not None:
            record_id = new_id()
        return record_id

    @staticmethod
    def new_contact_id() -> str:
        return new_id()

    def remember_region(self, iso2: str, name: str, region_id: str) -> None:
        self.planned_regions[(iso2, name.strip().casefold())] = region_id

    # contacts --------------------------------------------------------------------------
    @staticmethod
    def contact_key(name: str, email: str | None, organisation: str | None) -> tuple[str, str, str]:
        """Same name + e-mail, or same name + organisation when there is no e-mail."""
        fold = name.strip().casefold()
        if email and email.strip():
            return ("email", fold, email.strip().casefold())
        return ("organisation", fold, (organisation or "").strip().casefold())

    def existing_contact(self, key: tuple[str, str, str]) -> str | None:
        if self._contacts is None:
            self._contacts = {}
            for c in self.session.scalars(
                    select(Contact).where(is_live(Contact)).order_by(Contact.created_at)):
                if c.email:
                    self._contacts.setdefault(self.contact_key(c.name, c.email, None), c.id)
                self._contacts.setdefault(self.contact_key(c.name, None, c.organisation), c.id)
        return self._contacts.get(key)
