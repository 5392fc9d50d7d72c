"""Seed the database from ``resources/data`` on first start.

Idempotent: every seeded record has a deterministic id and is inserted with
``ON CONFLICT DO NOTHING``, so seeding twice (or on two laptops) never duplicates a record and
never overwrites an adviser's edits or brings back a record an adviser deleted.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.dialects.sqlite import insert

from advisor_app.domain.enums import AdminLevel, NrwSideType, PartnershipKind, PartnershipStatus
from advisor_app.persistence import ids
from advisor_app.persistence.models import (
    Country,
    Kreis,
    Municipality,
    PartnerRegion,
    Partnership,
    Regierungsbezirk,
    Setting,
    utcnow,
)
from advisor_app.resources import resource_path
from advisor_app.sync.capture import set_applying

SEED_VERSION = "1"
# Seeded rows carry this creation time on every laptop (created_at replicates; a local
# clock here would make independently seeded laptops differ forever).
SEED_CREATED_AT = dt.datetime(2026, 1, 1)
SEED_VERSION_KEY = "seed_version"

SOURCE_WIKIPEDIA = "Wikipedia (en), CC BY-SA 4.0 – Ausgangsbestand, unvollständig"
SOURCE_UNDER2 = "Under2-Liste der Beratungsstelle – Ausgangsbestand, unvollständig"

UNDER2_LEVELS = {
    "state/region": AdminLevel.REGION,
    "city": AdminLevel.MUNICIPALITY,
    "national endorser": AdminLevel.NATIONAL,
    "state endorser": AdminLevel.REGION,
}


def _rows(name: str) -> Iterator[dict[str, str]]:
    with open(resource_path("data", name), encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


def _geometries(name: str, key: str) -> dict[str, str]:
    data = json.loads(Path(resource_path("data", name)).read_text(encoding="utf-8"))
    return {
        f["properties"][key]: json.dumps(f["geometry"], separators=(",", ":"))
        for f in data["features"]
    }


def _int(text: str) -> int | None:
    return int(text) if text.strip() else None


def _float(text: str) -> float | None:
    return float(text) if text.strip() else None


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


def _insert(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    target: Table = table.__table__
    now = utcnow()
    if "created_at" in target.c:
        for row in rows:
            row.setdefault("created_at", SEED_CREATED_AT)
            row.setdefault("updated_at", now)
            row.setdefault("existence", 1)
    conn.execute(insert(target).on_conflict_do_nothing(), rows)


def _seed_countries(conn: Connection) -> None:
    _insert(conn, Country, [
        {"iso2": r["iso2"], "iso3": r["iso3"] or None, "name_de": r["name_de"],
         "name_en": r["name_en"], "continent_de": r["continent_de"] or None}
        for r in _rows("countries_de.csv")
    ])


def _seed_structure(conn: Connection) -> None:
    _insert(conn, Regierungsbezirk, [
        {"id": ids.regierungsbezirk_id(r["regbez_code"]), "code": r["regbez_code"],
         "name": r["name"], "nuts2": r["nuts2"],
         "population": _int(r["einwohner_zensus_2022_05_15"])}
        for r in _rows("nrw_regierungsbezirke.csv")
    ])
    kreis_shapes = _geometries("nrw_kreise.geojson", "kreis_ags")
    _insert(conn, Kreis, [
        {"id": ids.kreis_id(r["kreis_ags"]), "ags": r["kreis_ags"], "name": r["name"],
         "name_amtlich": r["name_amtlich"], "typ": r["typ"],
         "regierungsbezirk_id": ids.regierungsbezirk_id(r["regbez_code"]), "nuts3": r["nuts3"],
         "population": _int(r["einwohner_zensus_2022_05_15"]),
         "lat": _float(r["lat_repr"]), "lon": _float(r["lon_repr"]),
         "boundary": kreis_shapes.get(r["kreis_ags"])}
        for r in _rows("nrw_kreise.csv")
    ])
    shapes = _geometries("nrw_gemeinden.geojson", "ags")
    _insert(conn, Municipality, [
        {"id": ids.municipality_id(r["ags"]), "ags": r["ags"], "ars": r["ars"],
         "name": r["name"], "name_amtlich": r["name_amtlich"], "bezeichnung": r["bezeichnung"],
         "gemeindetyp": r["gemeindetyp"], "kreis_id": ids.kreis_id(r["kreis_ags"]),
         "population": _int(r["einwohner_zensus_2022_05_15"]),
         "population_2019": _int(r["einwohner_2019_12_31"]),
         "area_km2": _float(r["flaeche_km2"]), "plz": r["plz"] or None,
         "lat": _float(r["lat"]), "lon": _float(r["lon"]), "boundary": shapes.get(r["ags"])}
        for r in _rows("nrw_gemeinden.csv")
    ])


def _seed_under2(conn: Connection) -> None:
    regions = []
    for r in _rows("under2_members.csv"):
        evidence = r["evidence"]
        if r["founding_member"] == "ja":
            evidence = "Gründungsmitglied. " + evidence
        regions.append({
            "id": ids.partner_region_id(r["country_iso2"], r["name_en"]),
            "name": r["name_en"], "country_iso2": r["country_iso2"],
            "admin_level": UNDER2_LEVELS.get(r["level"], AdminLevel.REGION).value,
            "under2_member": True, "under2_since": _date(r["earliest_evidence_date"]),
            "under2_evidence": f"{r['level']}; frühester Beleg {r['earliest_evidence_date']}: "
                               f"{evidence}",
            "source": SOURCE_UNDER2,
        })
    _insert(conn, PartnerRegion, regions)


def _seed_twinnings(conn: Connection) -> None:
    regions: dict[str, dict[str, Any]] = {}
    partnerships = []
    for r in _rows("nrw_partnerschaften_wikipedia_en.csv"):
        region_id = ids.partner_region_id(r["partner_iso2"], r["partner_name_en"])
        regions.setdefault(region_id, {
            "id": region_id, "name": r["partner_name_en"], "country_iso2": r["partner_iso2"],
            "admin_level": AdminLevel.MUNICIPALITY.value, "lat": _float(r["partner_lat"]),
            "lon": _float(r["partner_lon"]), "geonameid": _int(r["partner_geonameid"]),
            "under2_member": False, "source": SOURCE_WIKIPEDIA,
        })
        notes = [f"Fundstelle: {r['seen_in']}", f"Zuordnung: {r['match_confidence']}"]
        if r["note"]:
            notes.append(r["note"])
        if r["partner_geonames_candidates"] not in ("", "0", "1"):
            notes.append(f"Koordinaten: {r['partner_geonames_candidates']} GeoNames-Kandidaten")
        partnerships.append({
            "id": ids.partnership_id(r["ags"], region_id),
            "nrw_side_type": NrwSideType.MUNICIPALITY.value,
            "municipality_id": ids.municipality_id(r["ags"]),
            "partner_region_id": region_id,
            "kind": PartnershipKind.PARTNERSCHAFT.value,
            "is_climate_partnership": False,
            "status": PartnershipStatus.ACTIVE.value,
            "themes": "",
            "source": SOURCE_WIKIPEDIA,
            "source_note": "; ".join(notes) + ". Art und Status nicht geprüft.",
        })
    _insert(conn, PartnerRegion, list(regions.values()))
    _insert(conn, Partnership, partnerships)


def seed_database(database: Any, *, force: bool = False) -> bool:
    """Seed unless this seed version is already recorded. Returns True when it ran."""
    with database.engine.begin() as conn:
        done = conn.execute(
            select(Setting.value).where(Setting.key == SEED_VERSION_KEY)
        ).scalar_one_or_none()
        if done == SEED_VERSION and not force:
            return False
        # Seeded records are identical on every laptop (deterministic ids and values):
        # they are not captured as local changes, so nobody publishes the seed.
        set_applying(conn, True)
        _seed_countries(conn)
        _seed_structure(conn)
        _seed_under2(conn)
        _seed_twinnings(conn)
        conn.execute(
            insert(Setting)
            .values(key=SEED_VERSION_KEY, value=SEED_VERSION)
            .on_conflict_do_update(index_elements=["key"], set_={"value": SEED_VERSION})
        )
        set_applying(conn, False)
    return True
