"""Local tables of the sync engine (migrations 0003, 0004). Never replicated themselves.

- ``sync_publish_log``: every change file this laptop encoded, keyed by (device, seq). The
  bytes are stored *before* they are put on the share, so a retry after a crash or a share
  failure publishes the identical file (``publish`` is idempotent only for identical bytes).
  ``published_at`` is set, and ``data`` dropped, once the file is verified on the share and
  its outbox rows (up to ``upto_outbox_seq``) are marked published.
- ``sync_quarantine``: remote changes stamped more than 24 h ahead of the share's clock;
  kept (as canonical JSON) and applied by a later sync once they are no longer in the future.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from advisor_app.persistence.models import Base


class SyncPublishLog(Base):
    __tablename__ = "sync_publish_log"

    device: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    upto_outbox_seq: Mapped[int] = mapped_column(Integer)
    change_count: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes | None] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class SyncQuarantine(Base):
    __tablename__ = "sync_quarantine"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[int] = mapped_column(BigInteger, index=True)
    change: Mapped[str] = mapped_column(Text)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SyncUnknown(Base):
    """Remote field versions this program cannot store yet: a column or table added by a
    newer program (SYNC.md "Versions"). Kept with their clocks, never overwritten, never
    published again; ``sync.versions.apply_unknown_fields`` applies them once an upgrade has
    added the column. Every version is kept (the applier merges them as if they had just
    arrived), so conflicts come out as on a laptop that knew the column all along."""

    __tablename__ = "sync_unknown"

    tbl: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    col: Mapped[str] = mapped_column(String(60), primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    device: Mapped[str] = mapped_column(String(64), primary_key=True)
    seen_hlc: Mapped[int | None] = mapped_column(BigInteger)
    seen_device: Mapped[str | None] = mapped_column(String(64))
    value: Mapped[bytes | None] = mapped_column(LargeBinary)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SyncPurgeFile(Base):
    """Erasure order files on the share already read here (one listing per sync, each file
    read once)."""

    __tablename__ = "sync_purge_file"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    order_id: Mapped[str] = mapped_column(String(36))
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SyncSnapshot(Base):
    """Snapshots this laptop wrote (``written = 1``) or merged (``written = 0``), with the
    change files they cover (JSON ``{device: [seq, sha256]}``)."""

    __tablename__ = "sync_snapshot"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger)
    device: Mapped[str] = mapped_column(String(64))
    covers: Mapped[str] = mapped_column(Text)
    written: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
