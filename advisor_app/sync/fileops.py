"""The file operations the share protocol needs, and nothing more.

``ShareFS`` is the seam between the protocol (share.py) and the file system of the SMB share;
``LocalShareFS`` implements it on a mounted path. Every ``OSError`` of the share becomes
``ShareUnavailable`` except the two the protocol handles itself: ``FileNotFoundError`` from
``read_bytes`` (probing the next seq: the end of a laptop's stream) and ``FileExistsError``
from ``write_new_file`` (the target name is taken: already published, or a seq collision).

Every primitive system call of ``LocalShareFS`` runs through ``_step(name, path, fn)``, the
one place where tests inject faults (tests/sync_faults.py). Step names: ``stat``, ``read``,
``write_tmp``, ``link``, ``rename``, ``replace``, ``unlink``, ``mkdir``, ``listdir``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

from advisor_app.sync.share_errors import ShareUnavailable

T = TypeVar("T")

TMP_PREFIX = ".tmp-"

# link() not offered by this file system (FUSE/SMB, FAT, some NAS): fall back to rename.
_NO_LINK_ERRNOS = frozenset(
    {errno.EPERM, errno.EACCES, errno.ENOSYS, errno.EXDEV, errno.EMLINK, errno.ENOTSUP,
     errno.EOPNOTSUPP}
)


def unavailable(exc: OSError, action: str, path: Path) -> ShareUnavailable:
    """The ``ShareUnavailable`` for an ``OSError`` of ``action`` on ``path``."""
    detail = exc.strerror or exc.__class__.__name__
    return ShareUnavailable(f"{action} von {path} fehlgeschlagen ({detail})")


class ShareFS(ABC):
    """File operations on the share. Paths are absolute paths of the mounted share."""

    @abstractmethod
    def read_bytes(self, path: Path) -> bytes:
        """The whole file. Raises ``FileNotFoundError`` when it (or its folder) is missing."""

    @abstractmethod
    def exists(self, path: Path) -> bool:
        """Whether ``path`` exists (file or folder)."""

    @abstractmethod
    def is_dir(self, path: Path) -> bool:
        """Whether ``path`` is an existing folder."""

    @abstractmethod
    def write_new_file(self, path: Path, data: bytes) -> None:
        """Create ``path`` with ``data`` atomically, never replacing an existing file.

        Writes ``.tmp-<uuid>`` in the same folder, flushes and fsyncs it, then moves it onto
        ``path``. Raises ``FileExistsError`` (and leaves the existing file alone) when ``path``
        exists. On return the complete file is in place.
        """

    @abstractmethod
    def replace_file(self, path: Path, data: bytes) -> None:
        """Write ``path`` atomically (temp file + fsync + replace); overwriting is allowed.

        Only for the few mutable files (a laptop's own status.json and clock file).
        """

    @abstractmethod
    def make_dirs(self, path: Path, inside: Path) -> None:
        """Create ``path`` and missing folders between it and ``inside``.

        ``inside`` must exist already (the sync space folder): this never creates the share
        or the space itself, so an unmounted share (an empty mount point) stays untouched.
        """

    @abstractmethod
    def listdir(self, path: Path) -> list[str]:
        """Sorted names in a folder; a missing folder is ``ShareUnavailable``.

        Only for the devices, snapshots and purges folders: change logs are never listed.
        """

    @abstractmethod
    def mtime(self, path: Path) -> float:
        """Modification time of ``path`` as set by the share's clock (seconds since epoch)."""

    @abstractmethod
    def remove_stale_tmp(self, folder: Path, older_than: float, now: float) -> int:
        """Remove ``.tmp-*`` files in ``folder`` whose mtime is more than ``older_than``
        seconds before ``now`` (a time on the share's clock). Files that cannot be removed
        because another process holds them open (Windows) are skipped. Returns the count."""

    def remove_file(self, path: Path) -> bool:
        """Remove one immutable file (only pruning: change files and snapshots that a
        verified snapshot covers). False when it was gone already or is held open by another
        process (a later prune removes it); ``ShareUnavailable`` when the share fails.
        Not abstract: a ``ShareFS`` without it cannot prune."""
        raise NotImplementedError


class LocalShareFS(ShareFS):
    """``ShareFS`` on a mounted folder (SMB mount, smbnetfs, a drive letter, a local dir).

    ``use_links``: create the final name with ``os.link`` (fails if the name exists, atomic
    on POSIX). ``None`` = try it and fall back to check-then-rename when the file system has
    no hard links. Measured on smbnetfs (Samba on loopback): ``link`` fails with EPERM and
    ``rename`` silently replaces an existing file, so there a writer racing for the same
    name in the instant between check and rename (only possible for a second laptop with the
    same device id) can replace the other's file; the hash chain of the next file or the
    next ``SeqCollision`` then reports it. Windows refuses such a rename (FileExistsError).
    """

    def __init__(self, *, use_links: bool | None = None) -> None:
        self._use_links = os.name != "nt" if use_links is None else use_links
        self._fsync_dirs = os.name != "nt"

    def _step(self, step: str, path: Path, fn: Callable[[], T]) -> T:
        """Run one primitive file-system call (the seam where tests inject faults)."""
        return fn()

    # -- reading ---------------------------------------------------------------------------

    def read_bytes(self, path: Path) -> bytes:
        try:
            return self._step("read", path, path.read_bytes)
        except FileNotFoundError:
            raise
        except OSError as exc:
            raise unavailable(exc, "Lesen", path) from exc

    def _stat(self, path: Path) -> os.stat_result | None:
        try:
            return self._step("stat", path, partial(os.stat, path))
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError as exc:
            raise unavailable(exc, "Prüfen", path) from exc

    def exists(self, path: Path) -> bool:
        return self._stat(path) is not None

    def is_dir(self, path: Path) -> bool:
        st = self._stat(path)
        return st is not None and stat.S_ISDIR(st.st_mode)

    def mtime(self, path: Path) -> float:
        st = self._stat(path)
        if st is None:
            raise ShareUnavailable(f"{path} fehlt")
        return st.st_mtime

    def listdir(self, path: Path) -> list[str]:
        try:
            return sorted(self._step("listdir", path, lambda: os.listdir(path)))
        except OSError as exc:
            raise unavailable(exc, "Auflisten", path) from exc

    # -- writing ---------------------------------------------------------------------------

    def _write_tmp(self, folder: Path, data: bytes) -> Path:
        tmp = folder / f"{TMP_PREFIX}{uuid.uuid4().hex}"

        def write() -> None:
            with open(tmp, "xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())

        try:
            self._step("write_tmp", tmp, write)
        except OSError as exc:
            self._discard(tmp)
            raise unavailable(exc, "Schreiben", tmp) from exc
        return tmp

    def _discard(self, tmp: Path) -> None:
        """Best effort: a temp file that cannot be removed now is a stale one for later."""
        with contextlib.suppress(OSError):
            self._step("unlink", tmp, partial(os.unlink, tmp))

    def _sync_folder(self, folder: Path) -> None:
        """Make the rename durable where the OS allows fsync on folders (not Windows/SMB)."""
        if not self._fsync_dirs:
            return
        try:
            fd = os.open(folder, os.O_RDONLY)
        except OSError:
            return
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)

    def write_new_file(self, path: Path, data: bytes) -> None:
        tmp = self._write_tmp(path.parent, data)
        try:
            self._move_new(tmp, path)
        except FileExistsError:
            self._discard(tmp)
            raise
        except OSError as exc:
            self._discard(tmp)
            raise unavailable(exc, "Umbenennen", path) from exc
        self._sync_folder(path.parent)

    def _move_new(self, tmp: Path, path: Path) -> None:
        if self._use_links:
            try:
                self._step("link", path, partial(os.link, tmp, path))
            except FileExistsError:
                raise
            except OSError as exc:
                if exc.errno not in _NO_LINK_ERRNOS:
                    raise
                self._use_links = False
            else:
                self._discard(tmp)  # the final name is in place; the temp name is cosmetic
                return
        if self.exists(path):
            raise FileExistsError(errno.EEXIST, "Datei existiert bereits", str(path))
        # On Windows os.rename refuses an existing target (FileExistsError): the check above
        # only narrows the window on POSIX, where only a cloned device id can race us.
        self._step("rename", path, partial(os.rename, tmp, path))

    def replace_file(self, path: Path, data: bytes) -> None:
        tmp = self._write_tmp(path.parent, data)
        try:
            self._step("replace", path, partial(os.replace, tmp, path))
        except OSError as exc:
            self._discard(tmp)
            raise unavailable(exc, "Ersetzen", path) from exc

    def make_dirs(self, path: Path, inside: Path) -> None:
        relative = path.relative_to(inside)  # ValueError: a programming error, not the share
        if self.is_dir(path):
            return  # the usual case: one stat
        if not self.is_dir(inside):
            raise ShareUnavailable(f"der Ordner {inside} fehlt")
        current = inside
        for part in relative.parts:
            current = current / part
            try:
                self._step("mkdir", current, partial(os.mkdir, current))
            except FileExistsError:
                if not self.is_dir(current):
                    raise ShareUnavailable(f"{current} ist kein Ordner") from None
            except OSError as exc:
                raise unavailable(exc, "Anlegen", current) from exc

    def remove_stale_tmp(self, folder: Path, older_than: float, now: float) -> int:
        removed = 0
        for name in self.listdir(folder):
            if not name.startswith(TMP_PREFIX):
                continue
            tmp = folder / name
            st = self._stat(tmp)
            if st is None or now - st.st_mtime <= older_than:
                continue
            try:
                self._step("unlink", tmp, partial(os.unlink, tmp))
            except (FileNotFoundError, PermissionError):
                continue  # gone meanwhile, or held open by another process (Windows)
            except OSError as exc:
                raise unavailable(exc, "Löschen", tmp) from exc
            removed += 1
        return removed

    def remove_file(self, path: Path) -> bool:
        try:
            self._step("unlink", path, partial(os.unlink, path))
        except (FileNotFoundError, PermissionError):
            return False  # gone already, or held open by another process (Windows): later
        except OSError as exc:
            raise unavailable(exc, "Löschen", path) from exc
        return True
