"""The share protocol of SYNC.md: the sync space on the SMB share and its files.

Layout below the share folder the user configured::

    advisor-sync/SPACE.json                         space id, format, min_app_version
    advisor-sync/devices/<dev>/log/<seq>.chg.gz     immutable change files (changefile.py)
    advisor-sync/devices/<dev>/status.json          best effort, overwritten by its laptop
    advisor-sync/devices/<dev>/clock                written to read the share's clock
    advisor-sync/snapshots/  advisor-sync/purges/   immutable, listed

The space itself (``Space``, ``init_space``, ``open_space``) lives in space.py and is
re-exported here. Every function needs an opened ``Space`` (SPACE.json present, the id) and
creates folders only inside it; nothing here deletes anything except stale temp files of
the caller's own device. Change logs are read by probing seq+1, seq+2, ... (never listed).
Pure file I/O through a ``ShareFS``: no database, no Qt; may run on any thread.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from advisor_app.sync.changefile import Batch, decode_batch, file_sha256, is_device_id
from advisor_app.sync.fileops import TMP_PREFIX
from advisor_app.sync.share_errors import (
    CorruptChangeFile,
    PublishVerifyFailed,
    SeqCollision,
    ShareUnavailable,
    StreamProblem,
    UpdateRequired,
)
from advisor_app.sync.space import Space, init_space, open_space

__all__ = [
    "PublishResult", "Space", "StreamItem", "cleanup_stale_tmp", "init_space", "list_devices",
    "list_purges", "list_snapshots", "open_space", "publish", "purge_name", "read_next",
    "read_purge", "read_snapshot", "read_status", "read_stream", "share_clock_skew",
    "snapshot_name", "write_purge", "write_snapshot", "write_status",
]

STALE_TMP_SECONDS = 3600.0
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,200}")


@dataclass(frozen=True)
class PublishResult:
    """``sha256`` is the sha of the file now on the share: the next file's ``prev_sha256``."""

    seq: int
    path: Path
    sha256: str
    already_present: bool = False  # published by an earlier run (crash after the rename)
    repaired: bool = False  # a damaged copy of this file was replaced


class StreamItem(NamedTuple):
    seq: int
    batch: Batch
    sha256: str


# -- publishing --------------------------------------------------------------------------


def publish(space: Space, device_id: str, seq: int, data: bytes) -> PublishResult:
    """Put change file ``seq`` of ``device_id`` on the share, exactly once.

    Writes a temp file, fsyncs, moves it onto the new name (never over an existing one),
    reads it back and checks the sha256. When the name exists already: the same content
    means an earlier run published it (``already_present``); a damaged file there is
    replaced (nobody can have applied it: readers verify); a valid different file means
    the device id is used twice (``SeqCollision``). ``ShareUnavailable`` (and its subclass
    ``PublishVerifyFailed``): retry later, keep the outbox.
    """
    if space.update_required:
        raise UpdateRequired(space.min_app_version, space.app_version)
    batch = decode_batch(data)  # CorruptChangeFile here is a bug of the caller
    if (batch.header.device_id, batch.header.seq) != (device_id, seq):
        raise ValueError(f"file is {batch.header.device_id}/{batch.header.seq}, "
                         f"not {device_id}/{seq}")
    path = space.change_path(device_id, seq)
    space.fs.make_dirs(path.parent, inside=space.dir)
    try:
        space.fs.write_new_file(path, data)
    except FileExistsError:
        return _settle_existing(space, path, device_id, seq, data, batch)
    _verify(space, path, data)
    return PublishResult(seq=seq, path=path, sha256=file_sha256(data))


def _read_required(space: Space, path: Path) -> bytes:
    try:
        return space.fs.read_bytes(path)
    except FileNotFoundError:
        raise ShareUnavailable(f"{path} ist nach dem Schreiben verschwunden") from None


def _verify(space: Space, path: Path, data: bytes) -> None:
    if file_sha256(_read_required(space, path)) != file_sha256(data):
        raise PublishVerifyFailed(path)


def _settle_existing(space: Space, path: Path, device_id: str, seq: int, data: bytes,
                     batch: Batch) -> PublishResult:
    existing = _read_required(space, path)
    if existing == data:
        return PublishResult(seq=seq, path=path, sha256=file_sha256(data), already_present=True)
    try:
        theirs = decode_batch(existing)
    except CorruptChangeFile:
        space.fs.replace_file(path, data)
        _verify(space, path, data)
        return PublishResult(seq=seq, path=path, sha256=file_sha256(data), repaired=True)
    if theirs.content_sha256 == batch.content_sha256:
        # Same content, other compression (e.g. a newer zlib): the file on the share counts.
        return PublishResult(seq=seq, path=path, sha256=file_sha256(existing),
                             already_present=True)
    raise SeqCollision(device_id, seq)


def cleanup_stale_tmp(space: Space, device_id: str,
                      older_than: float = STALE_TMP_SECONDS) -> int:
    """Remove this device's temp files left by interrupted publishes (measured on the
    share's clock). Lists the device's own log folder: call it once per sync, not per file."""
    log_dir = space.device_dir(device_id) / "log"
    if not space.fs.is_dir(log_dir):
        return 0
    return space.fs.remove_stale_tmp(log_dir, older_than, _share_now(space, device_id))


# -- reading -----------------------------------------------------------------------------


def list_devices(space: Space) -> list[str]:
    """Device ids with a folder on the share (the only listing needed to read changes)."""
    return [n for n in space.fs.listdir(space.dir / "devices") if is_device_id(n)]


def read_next(space: Space, device_id: str, seq: int) -> bytes | None:
    """The bytes of change file ``seq``; ``None`` when it does not exist (end of stream)."""
    try:
        return space.fs.read_bytes(space.change_path(device_id, seq))
    except FileNotFoundError:
        return None


def read_stream(space: Space, device_id: str, after_seq: int, prev_sha: str | None, *,
                known_last_seq: int | None = None) -> Iterator[StreamItem]:
    """Verified change files ``after_seq + 1, + 2, ...`` of one device, in order.

    ``prev_sha``: the sha256 of file ``after_seq`` as applied (``""`` when ``after_seq`` is
    0; ``None`` when unknown, e.g. after a bootstrap: the first file's link is not checked).
    Raises ``StreamProblem`` at the first damaged file, wrong header or broken hash chain;
    files after it are not read. Apply each item before asking for the next one.

    Gaps: without listing folders a missing file looks like the end of the stream. So at
    the end, the device's highest published seq (``known_last_seq``, or else ``last_seq``
    from its status.json: one extra read) is compared: when it is beyond the missing file,
    that is a gap (``kind="gap"``; also what a laptop offline past log retention sees).
    Cost: one read per new file plus one probe (and the status read), no listings.
    """
    seq = after_seq + 1
    expected_prev = prev_sha
    while True:
        data = read_next(space, device_id, seq)
        if data is None:
            break
        try:
            batch = decode_batch(data)
        except CorruptChangeFile as exc:
            raise StreamProblem(device_id, seq, "corrupt", exc.reason) from exc
        if (batch.header.device_id, batch.header.seq) != (device_id, seq):
            raise StreamProblem(device_id, seq, "header",
                                f"die Datei gehört zu {batch.header.device_id}/"
                                f"{batch.header.seq}")
        if expected_prev is not None and batch.header.prev_sha256 != expected_prev:
            raise StreamProblem(device_id, seq, "chain",
                                "die Prüfsummenkette ist unterbrochen (Vorgängerdatei ersetzt "
                                "oder Gerätekennung doppelt vergeben)")
        sha = file_sha256(data)
        yield StreamItem(seq, batch, sha)
        expected_prev = sha
        seq += 1
    last = known_last_seq
    if last is None:
        status = read_status(space, device_id)
        value = status.get("last_seq") if status else None
        last = value if isinstance(value, int) and not isinstance(value, bool) else None
    if last is not None and last >= seq:
        raise StreamProblem(device_id, seq, "gap",
                            f"die Datei fehlt, obwohl das Gerät bis Datei {last} "
                            "veröffentlicht hat")


# -- status and clock --------------------------------------------------------------------


def write_status(space: Space, device_id: str, status: dict[str, Any]) -> None:
    """Overwrite this device's status.json (best effort: ``ShareUnavailable`` may be
    ignored). Include ``last_seq`` (highest published seq): readers detect gaps with it."""
    folder = space.device_dir(device_id)
    space.fs.make_dirs(folder, inside=space.dir)
    data = (json.dumps(status, sort_keys=True, ensure_ascii=False, indent=1) + "\n").encode()
    space.fs.replace_file(folder / "status.json", data)


def read_status(space: Space, device_id: str) -> dict[str, Any] | None:
    """A device's status.json; ``None`` when missing or unreadable (it is best effort)."""
    try:
        value = json.loads(space.fs.read_bytes(space.device_dir(device_id) / "status.json"))
    except (FileNotFoundError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _share_now(space: Space, device_id: str) -> float:
    """The share's current time: the mtime of the device's clock file, just written."""
    folder = space.device_dir(device_id)
    space.fs.make_dirs(folder, inside=space.dir)
    path = folder / "clock"
    space.fs.replace_file(path, f"{time.time():.3f}\n".encode())
    return space.fs.mtime(path)


def share_clock_skew(space: Space, device_id: str) -> float:
    """Seconds the share's clock is ahead of this laptop's (negative: laptop ahead).

    SYNC.md: warn when ``abs(skew) > 300``. Precision is the share's mtime resolution.
    """
    before = time.time()
    share_now = _share_now(space, device_id)
    after = time.time()
    return share_now - (before + after) / 2


# -- snapshots and purges ----------------------------------------------------------------


def _check_name(name: str) -> str:
    if not _NAME.fullmatch(name) or name.startswith(TMP_PREFIX) or ".." in name:
        raise ValueError(f"invalid file name {name!r}")
    return name


def _write_immutable(space: Space, folder: str, name: str, data: bytes) -> Path:
    path = space.dir / folder / _check_name(name)
    space.fs.write_new_file(path, data)  # FileExistsError: names are unique by design
    _verify(space, path, data)
    return path


def _list_folder(space: Space, folder: str) -> list[str]:
    names = space.fs.listdir(space.dir / folder)
    return [n for n in names if _NAME.fullmatch(n) and not n.startswith(TMP_PREFIX)]


def _read_named(space: Space, folder: str, name: str) -> bytes | None:
    try:
        return space.fs.read_bytes(space.dir / folder / _check_name(name))
    except FileNotFoundError:
        return None


def snapshot_name(hlc: int, device_id: str, suffix: str = ".snap.gz") -> str:
    """``<hlc:020d>-<device><suffix>``: sorted by name = sorted by clock."""
    return f"{hlc:020d}-{device_id}{suffix}"


def purge_name(hlc: int, device_id: str) -> str:
    """``<hlc:020d>-<device>-<uuid>.json`` (unique; sorted by name = sorted by clock)."""
    return f"{hlc:020d}-{device_id}-{uuid.uuid4().hex}.json"


def write_snapshot(space: Space, name: str, data: bytes) -> Path:
    """Write a new snapshot (or manifest) file; never replaces one (``FileExistsError``)."""
    return _write_immutable(space, "snapshots", name, data)


def list_snapshots(space: Space) -> list[str]:
    return _list_folder(space, "snapshots")


def read_snapshot(space: Space, name: str) -> bytes | None:
    return _read_named(space, "snapshots", name)


def write_purge(space: Space, name: str, data: bytes) -> Path:
    """Write an erasure order (JSON with ids only); kept forever, never replaced."""
    return _write_immutable(space, "purges", name, data)


def list_purges(space: Space) -> list[str]:
    return _list_folder(space, "purges")


def read_purge(space: Space, name: str) -> bytes | None:
    return _read_named(space, "purges", name)
