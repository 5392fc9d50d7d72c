"""Deterministic ids for seeded records (UUIDv5), so independent laptops converge."""

from __future__ import annotations

import uuid

NAMESPACE = uuid.UUID("6f1c2a8e-3b7d-5e4f-9a10-4e52d0c0a0de")


def _v5(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "|".join(parts)))


def regierungsbezirk_id(code: str) -> str:
    return _v5("regierungsbezirk", code)


def kreis_id(kreis_ags: str) -> str:
    return _v5("kreis", kreis_ags)


def municipality_id(ags: str) -> str:
    return _v5("municipality", ags)


def partner_region_id(country_iso2: str, name: str) -> str:
    return _v5("partner_region", country_iso2.upper(), name.strip().casefold())


def partnership_id(nrw_key: str, partner_region: str) -> str:
    return _v5("partnership", nrw_key, partner_region)
