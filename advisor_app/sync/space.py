"""The sync space marker: ``<share>/advisor-sync/SPACE.json`` and the checks made before
anything else is read or written (SYNC.md "Read": missing or different marker = stop).

``init_space`` is the one way a space is created; it never creates the share folder itself.
``open_space`` never creates or deletes anything. No database, no Qt; any thread.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from advisor_app import __version__
from advisor_app.sync.changefile import change_file_relpath, is_device_id
from advisor_app.sync.fileops import ShareFS
from advisor_app.sync.share_errors import (
    ShareUnavailable,
    SpaceExists,
    SpaceMissing,
    UpdateRequired,
    WrongSpace,
)

SPACE_DIR = "advisor-sync"
SPACE_FILE = "SPACE.json"
SPACE_FORMAT = "advisor-sync-space/1"
FIRST_APP_VERSION = "0.1.0"  # the first program version that speaks format 1


def version_older(version: str, than: str) -> bool:
    """Whether program version ``version`` is older than ``than``: PEP 440 via ``packaging``
    when it is installed (it is not a declared dependency), else the numeric release parts.
    Unparsable versions count as older (fail safe: no publishing with an unclear version)."""
    try:
        from packaging.version import InvalidVersion, Version
    except ImportError:  # pragma: no cover - depends on the installation
        return _older_release(version, than)
    try:
        return Version(version) < Version(than)
    except InvalidVersion:
        return _older_release(version, than)


def _older_release(version: str, than: str) -> bool:
    mine, theirs = _release(version), _release(than)
    if mine is None or theirs is None:
        return True
    return mine < theirs


def _release(version: str) -> tuple[int, ...] | None:
    match = re.match(r"v?(\d+(?:\.\d+)*)", version.strip())
    if match is None:
        return None
    numbers = [int(p) for p in match.group(1).split(".")]
    while numbers and numbers[-1] == 0:
        numbers.pop()
    return tuple(numbers)


@dataclass(frozen=True)
class Space:
    """An opened sync space. ``update_required``: this program may read but not publish."""

    fs: ShareFS
    root: Path
    space_id: str
    min_app_version: str
    app_version: str
    created: str

    @property
    def dir(self) -> Path:
        return self.root / SPACE_DIR

    @property
    def update_required(self) -> bool:
        return version_older(self.app_version, self.min_app_version)

    def device_dir(self, device_id: str) -> Path:
        if not is_device_id(device_id):
            raise ValueError(f"invalid device id {device_id!r}")
        return self.dir / "devices" / device_id

    def change_path(self, device_id: str, seq: int) -> Path:
        return self.dir.joinpath(*change_file_relpath(device_id, seq).parts)




def init_space(fs: ShareFS, root: Path, *, min_app_version: str = FIRST_APP_VERSION,
               now: datetime | None = None, app_version: str = __version__) -> Space:
    """Make the existing share folder ``root`` a sync space (``advisor-app sync init``).

    Refuses (``SpaceExists``) when it is one already, or holds sync files without a marker
    (``space_id == ""``); ``ShareUnavailable`` when ``root`` does
    not exist: the share folder itself is never created. SPACE.json is written last and
    exclusively, so a half-done init is no space and two concurrent inits cannot both win.
    """
    if not fs.is_dir(root):
        raise ShareUnavailable(f"der Ordner {root} existiert nicht oder ist nicht verbunden")
    marker = root / SPACE_DIR / SPACE_FILE
    if fs.exists(marker):
        raise SpaceExists(root, _peek_space_id(fs, marker))
    space_dir = root / SPACE_DIR
    for sub in ("devices", "snapshots", "purges"):
        # Files of a space whose marker is gone: never adopt them under a new id.
        if fs.is_dir(space_dir / sub) and fs.listdir(space_dir / sub):
            raise SpaceExists(root, "")
        fs.make_dirs(space_dir / sub, inside=root)
    created = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    info = {"space_id": str(uuid.uuid4()), "format": SPACE_FORMAT, "created": created,
            "min_app_version": min_app_version}
    data = (json.dumps(info, indent=2, sort_keys=True) + "\n").encode("utf-8")
    try:
        fs.write_new_file(marker, data)
    except FileExistsError:
        raise SpaceExists(root, _peek_space_id(fs, marker)) from None
    return Space(fs=fs, root=root, space_id=info["space_id"], min_app_version=min_app_version,
                 app_version=app_version, created=created)


def _peek_space_id(fs: ShareFS, marker: Path) -> str:
    try:
        return str(json.loads(fs.read_bytes(marker)).get("space_id", "?"))
    except (FileNotFoundError, ValueError, AttributeError):
        return "?"


def open_space(fs: ShareFS, root: Path, expected_space_id: str | None, *,
               app_version: str = __version__, allow_outdated: bool = False) -> Space:
    """Check the share before anything else; never creates or deletes anything.

    ``ShareUnavailable``: ``root`` missing or unreadable. ``SpaceMissing``: ``root`` exists
    but holds no (readable) SPACE.json, e.g. an unmounted share's empty mount point.
    ``WrongSpace``: another space than ``expected_space_id`` (``None``: the first sync of
    this laptop, any space is accepted; store ``space.space_id`` then). ``UpdateRequired``:
    the space needs a newer program, unless ``allow_outdated`` (then the space is returned
    with ``update_required`` set: reading is allowed, ``publish`` refuses).
    """
    if not fs.is_dir(root):
        raise ShareUnavailable(f"der Ordner {root} existiert nicht oder ist nicht verbunden")
    marker = root / SPACE_DIR / SPACE_FILE
    try:
        raw = fs.read_bytes(marker)
    except FileNotFoundError:
        raise SpaceMissing(root) from None
    try:
        info = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise SpaceMissing(root, f"{SPACE_FILE} ist unlesbar") from None
    if not isinstance(info, dict) or not isinstance(info.get("space_id"), str):
        raise SpaceMissing(root, f"{SPACE_FILE} ist unvollständig")
    space_id = info["space_id"]
    if expected_space_id is not None and space_id != expected_space_id:
        raise WrongSpace(expected_space_id, space_id)
    min_version = str(info.get("min_app_version", FIRST_APP_VERSION))
    if info.get("format") != SPACE_FORMAT:
        # A format this program does not know: only a newer program can use the space.
        raise UpdateRequired("", app_version)
    space = Space(fs=fs, root=root, space_id=space_id, min_app_version=min_version,
                  app_version=app_version, created=str(info.get("created", "")))
    if space.update_required and not allow_outdated:
        raise UpdateRequired(min_version, app_version)
    return space
