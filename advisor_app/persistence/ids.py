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


def checklist_template_id(template_id: str, version: int, sha256: str) -> str:
    return _v5("checklist_template", template_id, str(version), sha256)


def consultation_answer_id(consultation_id: str, question_id: str) -> str:
    return _v5("consultation_answer", consultation_id, question_id)


def consultation_note_id(consultation_id: str, section_id: str) -> str:
    return _v5("consultation_note", consultation_id, section_id)


def consultation_signature_id(consultation_id: str, party: str) -> str:
    return _v5("consultation_signature", consultation_id, party)
