"""Change capture with SQLite triggers generated from the model metadata.

Every insert or update of a replicated table writes, in the same transaction, one outbox row
per changed column (table, row id, column, new value, clock, device, and the version the
editor had seen), whatever code path wrote it (ORM, Core, raw SQL, the sqlite3 shell).
After the triggers changed, kept fields of newer programs are applied (versions.py).
While ``sync_state.applying = 1`` (set by the applier and the seeder inside their own
transaction) nothing is captured. Triggers are regenerated whenever the replicated columns
change, so a table added later replicates without extra work.
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid

from sqlalchemy import Connection, text

from advisor_app.persistence.models import REPLICATED_MODELS
from advisor_app.sync.hlc import LOGICAL_BITS, SQL_NOW

LOCAL_ONLY_COLUMNS = frozenset({"id", "updated_at"})
TRIGGER_PREFIX = "sync_capture_"


def replicated_columns(con: sqlite3.Connection | Connection) -> dict[str, list[str]]:
    """Replicated tables and their captured columns, read from the database itself."""
    result: dict[str, list[str]] = {}
    for model in REPLICATED_MODELS:
        table = model.__tablename__  # type: ignore[attr-defined]
        sql = f"PRAGMA table_info('{table}')"
        rows = (con.execute(sql) if isinstance(con, sqlite3.Connection)
                else con.exec_driver_sql(sql)).fetchall()
        result[table] = [r[1] for r in rows if r[1] not in LOCAL_ONLY_COLUMNS]
    return result


def _history_statement(table: str, column: str, changed: str) -> str:
    """The value a local edit replaces goes to the history, like a value lost in a merge."""
    return f"""
  INSERT INTO sync_history (tbl, row_id, col, value, hlc, device, replaced_at)
  SELECT '{table}', OLD.id, '{column}', OLD."{column}", coalesce(f.hlc, 0),
    coalesce(f.device, ''), strftime('%Y-%m-%d %H:%M:%f', 'now')
  FROM sync_state s
  LEFT JOIN sync_field f ON f.tbl = '{table}' AND f.row_id = OLD.id AND f.col = '{column}'
  WHERE s.id = 1 AND {changed} AND (f.hlc IS NOT NULL OR OLD."{column}" IS NOT NULL);"""


def _column_statements(table: str, column: str, changed: str) -> str:
    # A local edit has seen the current winner, the newest of all versions of the field, so
    # it supersedes every concurrent head: the field's open conflict is thereby resolved.
    return f"""
  INSERT INTO sync_outbox (tbl, row_id, col, value, hlc, device, seen_hlc, seen_device,
                           published)
  SELECT '{table}', NEW.id, '{column}', NEW."{column}", s.hlc, s.device_id, f.hlc, f.device, 0
  FROM sync_state s
  LEFT JOIN sync_field f ON f.tbl = '{table}' AND f.row_id = NEW.id AND f.col = '{column}'
  WHERE s.id = 1 AND {changed};
  INSERT INTO sync_field (tbl, row_id, col, hlc, device, seen_hlc, seen_device)
  SELECT '{table}', NEW.id, '{column}', s.hlc, s.device_id, f.hlc, f.device
  FROM sync_state s
  LEFT JOIN sync_field f ON f.tbl = '{table}' AND f.row_id = NEW.id AND f.col = '{column}'
  WHERE s.id = 1 AND {changed}
  ON CONFLICT (tbl, row_id, col) DO UPDATE SET hlc = excluded.hlc, device = excluded.device,
    seen_hlc = excluded.seen_hlc, seen_device = excluded.seen_device;
  DELETE FROM sync_head WHERE tbl = '{table}' AND row_id = NEW.id AND col = '{column}'
    AND {changed};
  DELETE FROM sync_conflict WHERE tbl = '{table}' AND row_id = NEW.id AND col = '{column}'
    AND {changed};"""


def trigger_sql(table: str, columns: list[str]) -> list[str]:
    tick = (f"UPDATE sync_state SET hlc = max({SQL_NOW} + (clock_offset_ms << {LOGICAL_BITS}), "
            "hlc + 1) WHERE id = 1;")
    when = "WHEN (SELECT applying FROM sync_state WHERE id = 1) = 0"
    insert_body = "".join(_column_statements(table, c, "1") for c in columns)
    update_body = "".join(
        _history_statement(table, c, f'OLD."{c}" IS NOT NEW."{c}"')
        + _column_statements(table, c, f'OLD."{c}" IS NOT NEW."{c}"') for c in columns
    )
    return [
        f"CREATE TRIGGER {TRIGGER_PREFIX}{table}_insert AFTER INSERT ON {table} {when}\n"
        f"BEGIN\n  {tick}{insert_body}\nEND",
        f"CREATE TRIGGER {TRIGGER_PREFIX}{table}_update AFTER UPDATE ON {table} {when}\n"
        f"BEGIN\n  {tick}{update_body}\nEND",
    ]


def install_capture(conn: Connection) -> bool:
    """Make sure the state row exists and the triggers match the schema. Returns True when
    the triggers were (re)created. Call inside a transaction."""
    if conn.execute(text("SELECT count(*) FROM sync_state")).scalar_one() == 0:
        conn.execute(text("INSERT INTO sync_state (id, device_id, hlc, applying) "
                          "VALUES (1, :device, 0, 0)"), {"device": str(uuid.uuid4())})
    tables = replicated_columns(conn)
    statements = [sql for table, cols in tables.items() for sql in trigger_sql(table, cols)]
    fingerprint = hashlib.sha256("\n".join(statements).encode()).hexdigest()
    current = conn.execute(text("SELECT capture_fingerprint FROM sync_state WHERE id = 1"))
    if current.scalar_one() == fingerprint:
        return False
    existing = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
        (f"{TRIGGER_PREFIX}%",),
    ).fetchall()
    for (name,) in existing:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    for sql in statements:
        conn.exec_driver_sql(sql)
    conn.execute(text("UPDATE sync_state SET capture_fingerprint = :f WHERE id = 1"),
                 {"f": fingerprint})
    # The replicated columns changed (an upgrade added a column or table): fields that a
    # newer program sent earlier and this one kept can be applied now (versions.py).
    from advisor_app.sync.versions import apply_unknown_fields

    raw = conn.connection.driver_connection
    if isinstance(raw, sqlite3.Connection):
        apply_unknown_fields(raw, tables)
    return True


def set_applying(conn: Connection, applying: bool) -> None:
    """Suppress (True) or re-enable (False) capture within the current transaction."""
    conn.execute(text("UPDATE sync_state SET applying = :a WHERE id = 1"),
                 {"a": 1 if applying else 0})


def device_id(conn: Connection) -> str:
    return str(conn.execute(text("SELECT device_id FROM sync_state WHERE id = 1")).scalar_one())
