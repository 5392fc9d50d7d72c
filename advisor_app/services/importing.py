"""Importing partnerships, partner regions and contacts from CSV/XLSX files.

Two steps, usable from the CLI and (later) the GUI as a background operation:
- :func:`plan_import` reads the file, validates every row and decides per row what would
  happen (create / update / unchanged). It writes nothing.
- :func:`apply_import` carries out a plan in one transaction. By default it refuses a plan
  with bad rows; ``partial=True`` applies the good rows only.
Both accept ``progress(done, total)``. They may run on any thread (one Database session each).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from advisor_app.domain.validation import ValidationError
from advisor_app.persistence.database import Database
from advisor_app.services import records
from advisor_app.services.import_fields import column_map, unknown_headers
from advisor_app.services.import_lookup import Lookup
from advisor_app.services.import_rows import SPECS, ImportAction, RowContext, RowProblem
from advisor_app.services.import_table import ImportFileError, read_table

__all__ = [
    "KINDS",
    "ImportAction",
    "ImportFileError",
    "ImportPlan",
    "ImportRejected",
    "RowError",
    "apply_import",
    "plan_import",
    "summary_text",
]

KINDS: tuple[str, ...] = tuple(SPECS)
Progress = Callable[[int, int], None]
TABLE_LABELS = {"partnership": "Partnerschaften", "partner_region": "Partnerregionen",
                "contact": "Kontakte"}
OP_LABELS = {"create": "neu", "update": "geändert", "unchanged": "unverändert"}


@dataclass(frozen=True)
class RowError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"Zeile {self.line}: {self.message}"


@dataclass(frozen=True)
class ImportPlan:
    kind: str
    path: Path
    row_count: int
    actions: tuple[ImportAction, ...]
    errors: tuple[RowError, ...]
    warnings: tuple[str, ...] = ()

    def counts(self) -> dict[str, Counter[str]]:
        """table -> Counter(op)."""
        result: dict[str, Counter[str]] = {}
        for action in self.actions:
            result.setdefault(action.table, Counter())[action.op] += 1
        return result


class ImportRejected(ValueError):
    """The plan has bad rows and a partial import was not asked for."""

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        super().__init__(f"{len(plan.errors)} fehlerhafte Zeile(n) in {plan.path.name}; "
                         "es wurde nichts importiert.")


def _default_source(path: Path) -> str:
    return f"Import {path.name} ({dt.date.today():%d.%m.%Y})"


def plan_import(db: Database, kind: str, path: Path, *,
                progress: Progress | None = None) -> ImportPlan:
    """Read and check ``path`` as ``kind`` (one of :data:`KINDS`); writes nothing.

    Raises ImportFileError (German) when the file as a whole is unusable (unreadable, empty,
    a required column missing). Row problems are returned in ``plan.errors``.
    """
    spec = SPECS[kind]
    table = read_table(path)
    mapping = column_map(table.headers, spec.columns)
    headers = {c.field: c.header for c in spec.columns}
    missing = [" oder ".join(headers[f] for f in group) for group in spec.required
               if not any(f in mapping for f in group)]
    if missing:
        found = ", ".join(h for h in table.headers if h) or "keine"
        raise ImportFileError(
            f"In {path.name} fehlt die Spalte {', '.join(missing)} (Zeile {table.header_line}; "
            f"gefunden: {found}).")
    warnings = tuple(f"Spalte „{h}“ ist unbekannt und wird nicht importiert."
                     for h in unknown_headers(table.headers, spec.columns, spec.ignored))
    actions: list[ImportAction] = []
    errors: list[RowError] = []
    total = len(table.rows)
    with db.read_session() as session:
        ctx = RowContext(session, Lookup(session), _default_source(path))
        for done, row in enumerate(table.rows, start=1):
            cells = {name: row.cells[index] for name, index in mapping.items()
                     if row.cells[index].strip()}
            try:
                if row.overflow:
                    raise RowProblem([
                        f"Die Zeile hat {row.overflow} Zelle(n) mehr als die Kopfzeile "
                        "(enthält ein Wert das Trennzeichen ohne Anführungszeichen?)."])
                actions.extend(spec.plan_row(ctx, cells, row.line))
            except RowProblem as problem:
                errors.append(RowError(row.line, " ".join(problem.messages)))
            if progress is not None:
                progress(done, total)
    return ImportPlan(kind, path, total, tuple(actions), tuple(errors), warnings)


def apply_import(db: Database, plan: ImportPlan, *, partial: bool = False,
                 progress: Progress | None = None) -> dict[str, Counter[str]]:
    """Write the plan in one transaction; returns the counts (table -> Counter(op)).

    Raises ImportRejected when the plan has errors and ``partial`` is False; raises
    ValidationError (nothing written) when a row became invalid since planning.
    """
    if plan.errors and not partial:
        raise ImportRejected(plan)
    total = len(plan.actions)
    with db.session() as session:
        for done, action in enumerate(plan.actions, start=1):
            if action.op != "unchanged":
                model, label = records.EDITABLE[action.table]
                errors = records.validate(session, action.data, action.record_id)
                if errors:
                    raise ValidationError({f"Zeile {action.line}": " ".join(errors.values())})
                if action.op == "create":
                    obj = model()
                    obj.id = action.record_id
                    session.add(obj)
                else:
                    found = session.get(model, action.record_id)
                    if found is None or found.is_deleted:
                        raise records.RecordNotFound(label, action.record_id)
                    obj = found
                for column, value in action.data.values().items():
                    setattr(obj, column, value)
                session.flush()
            if progress is not None:
                progress(done, total)
    return plan.counts()


def summary_text(plan: ImportPlan) -> list[str]:
    """German summary lines, e.g. ``Partnerschaften: 3 neu, 1 geändert, 2 unverändert``."""
    counts = plan.counts()
    main_table = SPECS[plan.kind].table
    lines = []
    for table in (main_table, *[t for t in TABLE_LABELS if t != main_table]):
        counter = counts.get(table, Counter())
        if table != main_table and not sum(counter.values()):
            continue
        parts = [f"{counter.get(op, 0)} {label}" for op, label in OP_LABELS.items()]
        if table == main_table:
            parts.append(f"{len(plan.errors)} abgelehnt")
        lines.append(f"{TABLE_LABELS[table]}: {', '.join(parts)}")
    return lines
