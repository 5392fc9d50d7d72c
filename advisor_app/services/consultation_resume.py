"""Where the adviser was in a draft (local to this laptop, not replicated): after a crash
or a restart the visit window reopens the draft at the same question."""

from __future__ import annotations

import json

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert

from advisor_app.persistence.database import Database
from advisor_app.persistence.models import Setting

__all__ = ["clear_open_draft", "open_draft", "remember_position"]

_KEY = "consultation.open_draft"


def remember_position(db: Database, consultation_id: str, question_id: str | None) -> None:
    """The draft open in the window and the question the adviser is at."""
    value = json.dumps({"consultation_id": consultation_id, "question_id": question_id})
    with db.session() as session:
        session.execute(insert(Setting).values(key=_KEY, value=value)
                        .on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def open_draft(db: Database) -> tuple[str, str | None] | None:
    """(consultation id, question id) of the draft that was open when the program ended
    without closing it, or None."""
    with db.read_session() as session:
        value = session.scalar(select(Setting.value).where(Setting.key == _KEY))
    if not value:
        return None
    try:
        raw = json.loads(value)
        return str(raw["consultation_id"]), raw.get("question_id")
    except (ValueError, KeyError, TypeError):
        return None


def clear_open_draft(db: Database) -> None:
    """The window was closed normally: nothing to reopen."""
    with db.session() as session:
        session.execute(delete(Setting).where(Setting.key == _KEY))
