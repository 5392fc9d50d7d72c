"""A fault-injecting ``ShareFS`` for sync tests, and helpers to build change files.

``FaultFS(root)`` is a real ``LocalShareFS`` on a temp folder whose primitive steps (the
``_step`` seam of fileops: stat, read, write_tmp, link, rename, replace, unlink, mkdir,
listdir) can fail, lie or vanish on the n-th call. Injected ``OSError``s pass through the
production error handling, so tests see what a real share failure produces. Everything is
deterministic: faults fire by call count, never by chance.

    fs = FaultFS(tmp_path / "share")
    fs.fail("link", when="before", vanish=True)     # share vanishes between temp write and rename
    fs.fail("link", when="after")                   # rename reported an error but succeeded
    fs.truncate_after_write(keep=10)                # the share stored a short file
    fs.lie_on_read(mode="garbage", match=".chg.gz") # a read returns garbage once
    fs.unmount() / fs.remount()                     # mount point empty (or missing)
    fs.vanish() / fs.reappear()                     # every access fails with EIO (smbd stopped)
    FaultFS(root, windows=True)                     # no hard links, rename onto existing fails,
    fs.hold_open(path)                              # ... an open file cannot be replaced/removed

Counters: ``fs.calls[op]`` (ShareFS operations), ``fs.steps[step]`` (system calls),
``fs.reads`` (paths passed to ``read_bytes``, in order).
"""

from __future__ import annotations

import errno
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from advisor_app.sync.changefile import BatchHeader, encode_batch, file_sha256
from advisor_app.sync.fileops import LocalShareFS, ShareFS

T = TypeVar("T")


@dataclass
class _Trigger:
    """Fires on the ``nth`` matching call counted from its creation, ``times`` times."""

    step: str
    nth: int = 1
    times: int = 1
    match: str | None = None
    seen: int = 0
    fired: int = 0

    def hit(self, step: str, path: Path) -> bool:
        if step != self.step or (self.match is not None and self.match not in str(path)):
            return False
        self.seen += 1
        if self.seen >= self.nth and self.fired < self.times:
            self.fired += 1
            return True
        return False


@dataclass
class _Fault(_Trigger):
    when: str = "before"  # "before": fail instead of acting; "after": act, then fail
    error: int = errno.EIO
    vanish: bool = False  # after firing, the share stays unreachable until reappear()
    action: Callable[[Path], None] | None = field(default=None)


class _FaultyLocal(LocalShareFS):
    def __init__(self, owner: FaultFS, use_links: bool | None) -> None:
        super().__init__(use_links=use_links)
        self._owner = owner

    def _step(self, step: str, path: Path, fn: Callable[[], T]) -> T:
        return self._owner._run(step, path, fn)


class FaultFS(ShareFS):
    """A ``ShareFS`` over the real folder ``root`` (created) with injectable faults."""

    def __init__(self, root: Path, *, windows: bool = False,
                 use_links: bool | None = None) -> None:
        root.mkdir(parents=True, exist_ok=True)
        self.root = root
        self.windows = windows
        self.inner = _FaultyLocal(self, use_links=False if windows else use_links)
        self.calls: Counter[str] = Counter()
        self.steps: Counter[str] = Counter()
        self.reads: list[Path] = []
        self.vanished = False
        self.mtime_offset = 0.0  # seconds the share's clock is ahead
        self.held_open: set[Path] = set()
        self._faults: list[_Fault] = []
        self._read_lies: list[tuple[_Trigger, str]] = []
        self._truncations: list[tuple[_Trigger, int]] = []

    # -- configuring faults -----------------------------------------------------------------

    def fail(self, step: str, *, nth: int = 1, when: str = "before", error: int = errno.EIO,
             match: str | None = None, times: int = 1, vanish: bool = False) -> None:
        """Raise ``OSError(error)`` at the ``nth`` matching call of ``step``."""
        assert when in ("before", "after")
        self._faults.append(_Fault(step=step, nth=nth, times=times, match=match, when=when,
                                   error=error, vanish=vanish))

    def on(self, step: str, action: Callable[[Path], None], *, nth: int = 1,
           when: str = "before", match: str | None = None) -> None:
        """Run ``action(path)`` at the ``nth`` matching call of ``step`` (no error)."""
        self._faults.append(_Fault(step=step, nth=nth, match=match, when=when, error=0,
                                   action=action))

    def lie_on_read(self, *, mode: str = "garbage", nth: int = 1,
                    match: str | None = None) -> None:
        """``read_bytes`` returns damaged bytes once (the file itself stays intact)."""
        assert mode in ("garbage", "truncate", "empty")
        self._read_lies.append((_Trigger("read_bytes", nth=nth, match=match), mode))

    def truncate_after_write(self, *, keep: int = 10, nth: int = 1,
                             match: str | None = None) -> None:
        """After ``write_new_file`` the stored file holds only its first ``keep`` bytes."""
        self._truncations.append((_Trigger("write_new_file", nth=nth, match=match), keep))

    def vanish(self) -> None:
        """Every access fails with EIO (what smbnetfs does when smbd stops)."""
        self.vanished = True

    def reappear(self) -> None:
        self.vanished = False

    @property
    def _hidden(self) -> Path:
        return self.root.with_name(self.root.name + ".unmounted")

    def unmount(self, *, leave_empty_folder: bool = True) -> None:
        """The share's content disappears; the root is an empty folder (or missing)."""
        os.rename(self.root, self._hidden)
        if leave_empty_folder:
            self.root.mkdir()

    def remount(self) -> None:
        if self.root.exists():
            self.root.rmdir()  # must still be empty: nothing may have been created there
        os.rename(self._hidden, self.root)

    def hold_open(self, path: Path) -> None:
        """Another process keeps ``path`` open (matters with ``windows=True``)."""
        self.held_open.add(path)

    def release(self, path: Path) -> None:
        self.held_open.discard(path)

    # -- the seam ----------------------------------------------------------------------------

    def _run(self, step: str, path: Path, fn: Callable[[], T]) -> T:
        self.steps[step] += 1
        if self.vanished:
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(path))
        firing = [f for f in self._faults if f.hit(step, path)]
        for fault in firing:
            if fault.when == "before":
                self._fire(fault, path)
        self._windows_rules(step, path)
        result = fn()
        for fault in firing:
            if fault.when == "after":
                self._fire(fault, path)
        return result

    def _fire(self, fault: _Fault, path: Path) -> None:
        if fault.action is not None:
            fault.action(path)
            return
        if fault.vanish:
            self.vanished = True
        raise OSError(fault.error, os.strerror(fault.error), str(path))

    def _windows_rules(self, step: str, path: Path) -> None:
        if not self.windows:
            return
        if step == "rename" and path.exists():
            raise FileExistsError(errno.EEXIST, "Cannot create a file when that file already "
                                  "exists", str(path))
        if step in ("replace", "unlink") and path in self.held_open:
            raise PermissionError(errno.EACCES, "The process cannot access the file because "
                                  "it is being used by another process", str(path))

    # -- ShareFS -----------------------------------------------------------------------------

    def read_bytes(self, path: Path) -> bytes:
        self.calls["read_bytes"] += 1
        self.reads.append(path)
        data = self.inner.read_bytes(path)
        for trigger, mode in self._read_lies:
            if trigger.hit("read_bytes", path):
                return _damage(data, mode)
        return data

    def exists(self, path: Path) -> bool:
        self.calls["exists"] += 1
        return self.inner.exists(path)

    def is_dir(self, path: Path) -> bool:
        self.calls["is_dir"] += 1
        return self.inner.is_dir(path)

    def write_new_file(self, path: Path, data: bytes) -> None:
        self.calls["write_new_file"] += 1
        self.inner.write_new_file(path, data)
        for trigger, keep in self._truncations:
            if trigger.hit("write_new_file", path):
                with open(path, "r+b") as handle:
                    handle.truncate(keep)

    def replace_file(self, path: Path, data: bytes) -> None:
        self.calls["replace_file"] += 1
        self.inner.replace_file(path, data)

    def make_dirs(self, path: Path, inside: Path) -> None:
        self.calls["make_dirs"] += 1
        self.inner.make_dirs(path, inside)

    def listdir(self, path: Path) -> list[str]:
        self.calls["listdir"] += 1
        return self.inner.listdir(path)

    def mtime(self, path: Path) -> float:
        self.calls["mtime"] += 1
        return self.inner.mtime(path) + self.mtime_offset

    def remove_stale_tmp(self, folder: Path, older_than: float, now: float) -> int:
        self.calls["remove_stale_tmp"] += 1
        return self.inner.remove_stale_tmp(folder, older_than, now)

    def remove_file(self, path: Path) -> bool:
        self.calls["remove_file"] += 1
        return self.inner.remove_file(path)

    def reset_counts(self) -> None:
        self.calls.clear()
        self.steps.clear()
        self.reads.clear()


def _damage(data: bytes, mode: str) -> bytes:
    if mode == "empty":
        return b""
    if mode == "truncate":
        return data[: len(data) // 2]
    return bytes((b * 7 + 13) % 256 for b in data) or b"\x00garbage"


def tree(root: Path) -> dict[str, bytes | None]:
    """Every file (bytes) and folder (None) below ``root``: compare before and after."""
    if not root.exists():
        return {}
    found: dict[str, bytes | None] = {}
    for path in sorted(root.rglob("*")):
        found[path.relative_to(root).as_posix()] = None if path.is_dir() else path.read_bytes()
    return found


# -- building change files ---------------------------------------------------------------------


def make_change(n: int, device_id: str = "dev-a") -> dict[str, Any]:
    return {"tbl": "contact", "row_id": f"row-{n}", "col": "name", "value": f"Wert {n} äöü",
            "hlc": 1000 + n, "device": device_id}


def make_file(device_id: str, seq: int, prev_sha: str,
              changes: Sequence[dict[str, Any]] | None = None, *,
              schema_version: int = 1, app_version: str = "0.1.0") -> bytes:
    header = BatchHeader(device_id=device_id, seq=seq, prev_sha256=prev_sha,
                         schema_version=schema_version, app_version=app_version,
                         created_hlc=1000 + seq)
    body = [make_change(seq, device_id)] if changes is None else list(changes)
    return encode_batch(header, body)


def make_chain(device_id: str, count: int, start: int = 1, prev_sha: str = "") -> list[bytes]:
    """Files ``start .. start+count-1`` of one device, correctly hash-chained."""
    files: list[bytes] = []
    for seq in range(start, start + count):
        data = make_file(device_id, seq, prev_sha)
        files.append(data)
        prev_sha = file_sha256(data)
    return files
