"""What every page of the visit window shares: the database, the background operations,
the autosaver, the consultation id and whether it is read-only (completed)."""

from __future__ import annotations

from dataclasses import dataclass

from advisor_app.persistence.database import Database
from ui.consultation.saver import Saver
from ui.ops import Ops


@dataclass
class VisitContext:
    db: Database
    ops: Ops
    saver: Saver
    consultation_id: str
    read_only: bool = False
