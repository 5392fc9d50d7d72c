"""Contacts to pick from (e.g. a participant of a consultation): the live contacts with the
municipality they belong to, those of one municipality first."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from advisor_app.persistence.database import Database
from advisor_app.persistence.models import Contact, Municipality
from advisor_app.services.records import is_live

__all__ = ["ContactChoice", "contact_choices"]


@dataclass(frozen=True)
class ContactChoice:
    id: str
    name: str
    role: str
    organisation: str
    municipality_id: str | None
    municipality_name: str


def contact_choices(db: Database, municipality_id: str | None = None) -> list[ContactChoice]:
    """All live contacts by name; those of ``municipality_id`` (if given) first."""
    query = (select(Contact, Municipality.name)
             .outerjoin(Municipality, Municipality.id == Contact.municipality_id)
             .where(is_live(Contact)))
    with db.read_session() as session:
        found = [ContactChoice(c.id, c.name, c.role or "", c.organisation or "",
                               c.municipality_id, name or "")
                 for c, name in session.execute(query).tuples()]
    return sorted(found, key=lambda c: (c.municipality_id != municipality_id
                                        if municipality_id else False, c.name.casefold()))
