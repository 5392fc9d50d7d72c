"""Local bookkeeping tables of the sync (SYNC.md). Never replicated themselves.

- ``sync_state``: one row: this laptop's device id, its hybrid logical clock, and the
  ``applying`` flag that suppresses change capture while remote changes are applied.
- ``sync_outbox``: every captured local field change, in the transaction of the change.
- ``sync_field``: the version (hlc, device) of the current value of every changed field.
- ``sync_history``: values that lost a merge or were overwritten by a remote change.
- ``sync_conflict``: concurrent edits of one field with different values, to resolve.
- ``sync_cursor``: per remote device, the last applied change-file seq and its sha256.
Values are stored in BLOB-affinity columns so SQLite keeps their type (int, float, text).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, DateTime, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from advisor_app.persistence.models import Base


class SyncState(Base):
    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    applying: Mapped[int] = mapped_column(Integer, default=0)
    # Added to this laptop's wall clock by the capture triggers and the applier. Always 0 in
    # use; tests set it to simulate laptops with skewed clocks.
    clock_offset_ms: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    space_id: Mapped[str | None] = mapped_column(String(36))
    capture_fingerprint: Mapped[str | None] = mapped_column(String(64))
    last_sync: Mapped[dt.datetime | None] = mapped_column(DateTime)


class SyncOutbox(Base):
    __tablename__ = "sync_outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    col: Mapped[str] = mapped_column(String(60))
    value: Mapped[bytes | None] = mapped_column(LargeBinary)
    hlc: Mapped[int] = mapped_column(BigInteger)
    device: Mapped[str] = mapped_column(String(36))
    seen_hlc: Mapped[int | None] = mapped_column(BigInteger)
    seen_device: Mapped[str | None] = mapped_column(String(36))
    published: Mapped[int] = mapped_column(Integer, default=0, index=True)


class SyncField(Base):
    __tablename__ = "sync_field"

    tbl: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    col: Mapped[str] = mapped_column(String(60), primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger)
    device: Mapped[str] = mapped_column(String(36))
    seen_hlc: Mapped[int | None] = mapped_column(BigInteger)
    seen_device: Mapped[str | None] = mapped_column(String(36))


class SyncHead(Base):
    """Concurrent versions of a field that lost to the winner but were not yet seen (and so
    superseded) by any later edit. Together with ``sync_field`` they are the field's heads;
    a head whose value differs from the winner's is an open conflict."""

    __tablename__ = "sync_head"

    tbl: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    col: Mapped[str] = mapped_column(String(60), primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    device: Mapped[str] = mapped_column(String(36), primary_key=True)
    seen_hlc: Mapped[int | None] = mapped_column(BigInteger)
    seen_device: Mapped[str | None] = mapped_column(String(36))
    value: Mapped[bytes | None] = mapped_column(LargeBinary)


class SyncHistory(Base):
    __tablename__ = "sync_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    col: Mapped[str] = mapped_column(String(60))
    value: Mapped[bytes | None] = mapped_column(LargeBinary)
    hlc: Mapped[int] = mapped_column(BigInteger)
    device: Mapped[str] = mapped_column(String(36))
    replaced_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SyncConflict(Base):
    __tablename__ = "sync_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    tbl: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    col: Mapped[str] = mapped_column(String(60))
    winner_value: Mapped[bytes | None] = mapped_column(LargeBinary)
    winner_hlc: Mapped[int] = mapped_column(BigInteger)
    winner_device: Mapped[str] = mapped_column(String(36))
    loser_value: Mapped[bytes | None] = mapped_column(LargeBinary)
    loser_hlc: Mapped[int] = mapped_column(BigInteger)
    loser_device: Mapped[str] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(20), default="open")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SyncCursor(Base):
    __tablename__ = "sync_cursor"

    device: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))


class SyncPurge(Base):
    """GDPR erasure orders known here (ids only, kept forever). A purged record is removed
    with every trace of it, and any change to it that arrives later is ignored."""

    __tablename__ = "sync_purge"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the order's id
    tbl: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    hlc: Mapped[int] = mapped_column(BigInteger)
    device: Mapped[str] = mapped_column(String(36))
    published: Mapped[int] = mapped_column(Integer, default=0)
    applied_at: Mapped[dt.datetime] = mapped_column(DateTime)
