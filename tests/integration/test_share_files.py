"""Share clock, snapshots, purges and the file operations below them."""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest
from sync_faults import FaultFS

from advisor_app.sync.fileops import LocalShareFS
from advisor_app.sync.share import (
    Space,
    init_space,
    list_purges,
    list_snapshots,
    purge_name,
    read_purge,
    read_snapshot,
    share_clock_skew,
    snapshot_name,
    write_purge,
    write_snapshot,
)
from advisor_app.sync.share_errors import PublishVerifyFailed, ShareUnavailable

DEV = "dev-a"


def setup(tmp_path: Path) -> tuple[FaultFS, Space]:
    fs = FaultFS(tmp_path / "share")
    return fs, init_space(fs, fs.root)


def test_clock_skew_is_read_from_the_share(tmp_path: Path) -> None:
    fs, space = setup(tmp_path)
    assert abs(share_clock_skew(space, DEV)) < 5  # same machine, same clock
    fs.mtime_offset = 600.0  # the file server's clock is 10 minutes ahead
    assert 595 < share_clock_skew(space, DEV) < 605
    fs.mtime_offset = -90000.0
    assert share_clock_skew(space, DEV) < -86000
    assert (space.device_dir(DEV) / "clock").is_file()


def test_clock_on_a_vanished_share(tmp_path: Path) -> None:
    fs, space = setup(tmp_path)
    fs.vanish()
    with pytest.raises(ShareUnavailable):
        share_clock_skew(space, DEV)


def test_snapshots_are_written_once_listed_and_read(tmp_path: Path) -> None:
    fs, space = setup(tmp_path)
    assert list_snapshots(space) == []
    name = snapshot_name(2**40, DEV)
    manifest = snapshot_name(2**40, DEV, ".manifest.json")
    write_snapshot(space, name, b"snapshot bytes")
    write_snapshot(space, manifest, b'{"covers": {}}')
    (space.dir / "snapshots" / ".tmp-abc").write_bytes(b"half")
    assert list_snapshots(space) == sorted([manifest, name])
    assert read_snapshot(space, name) == b"snapshot bytes"
    assert read_snapshot(space, "00000000000000000001-x.snap.gz") is None
    with pytest.raises(FileExistsError):
        write_snapshot(space, name, b"other")
    assert read_snapshot(space, name) == b"snapshot bytes"
    fs.truncate_after_write(keep=3)
    with pytest.raises(PublishVerifyFailed):
        write_snapshot(space, snapshot_name(2**41, DEV), b"the next snapshot")


def test_purges_are_kept_and_sorted_by_clock(tmp_path: Path) -> None:
    fs, space = setup(tmp_path)
    late, early = purge_name(2**45, DEV), purge_name(2**44, "dev-b")
    assert re.fullmatch(r"\d{20}-dev-a-[0-9a-f]{32}\.json", late)
    write_purge(space, late, b'{"contact": ["id-1"]}')
    write_purge(space, early, b'{"contact": ["id-2"]}')
    fs.reset_counts()
    assert list_purges(space) == [early, late]
    assert fs.calls["listdir"] == 1
    assert read_purge(space, late) == b'{"contact": ["id-1"]}'
    with pytest.raises(FileExistsError):
        write_purge(space, late, b"{}")


@pytest.mark.parametrize("name", ["../SPACE.json", "a/b.json", ".tmp-1", "", "x\\y", "a..b"])
def test_bad_names_are_refused(tmp_path: Path, name: str) -> None:
    _fs, space = setup(tmp_path)
    with pytest.raises(ValueError):
        write_purge(space, name, b"{}")
    with pytest.raises(ValueError):
        read_snapshot(space, name)


def test_listing_a_vanished_folder_is_share_unavailable(tmp_path: Path) -> None:
    fs, space = setup(tmp_path)
    fs.unmount()
    with pytest.raises(ShareUnavailable):
        list_purges(space)  # never "no purges" because the share is gone
    fs.remount()
    fs.fail("listdir")
    with pytest.raises(ShareUnavailable):
        list_snapshots(space)


def test_make_dirs_only_inside_an_existing_folder(tmp_path: Path) -> None:
    fs = LocalShareFS()
    with pytest.raises(ShareUnavailable):
        fs.make_dirs(tmp_path / "space" / "devices" / "x", inside=tmp_path / "space")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ValueError):
        fs.make_dirs(tmp_path / "elsewhere", inside=tmp_path / "space")
    (tmp_path / "space").mkdir()
    fs.make_dirs(tmp_path / "space" / "a" / "b", inside=tmp_path / "space")
    fs.make_dirs(tmp_path / "space" / "a" / "b", inside=tmp_path / "space")  # idempotent
    assert (tmp_path / "space" / "a" / "b").is_dir()
    (tmp_path / "space" / "file").write_bytes(b"")
    with pytest.raises(ShareUnavailable):
        fs.make_dirs(tmp_path / "space" / "file" / "c", inside=tmp_path / "space")


def test_write_new_file_never_replaces(tmp_path: Path) -> None:
    for fs in (LocalShareFS(use_links=True), LocalShareFS(use_links=False)):
        target = tmp_path / f"f-{id(fs)}"
        fs.write_new_file(target, b"first")
        with pytest.raises(FileExistsError):
            fs.write_new_file(target, b"second")
        assert target.read_bytes() == b"first"
    assert not list(tmp_path.glob(".tmp-*"))


def test_without_hard_links_it_falls_back_to_rename(tmp_path: Path) -> None:
    fs = FaultFS(tmp_path / "share")
    fs.fail("link", error=errno.EPERM, times=1)  # e.g. smbnetfs: no hard links
    fs.write_new_file(fs.root / "a", b"a")
    fs.write_new_file(fs.root / "b", b"b")
    assert fs.steps["link"] == 1 and fs.steps["rename"] == 2  # remembered, not retried
    assert (fs.root / "a").read_bytes() == b"a" and not list(fs.root.glob(".tmp-*"))


def test_missing_files_and_io_errors(tmp_path: Path) -> None:
    fs = FaultFS(tmp_path / "share")
    with pytest.raises(FileNotFoundError):
        fs.read_bytes(fs.root / "nope")
    with pytest.raises(ShareUnavailable):
        fs.write_new_file(fs.root / "no-folder" / "x", b"x")  # not FileNotFoundError
    with pytest.raises(ShareUnavailable):
        fs.mtime(fs.root / "nope")
    assert not fs.exists(fs.root / "nope") and not fs.is_dir(fs.root / "nope")
    fs.fail("stat", times=2)
    with pytest.raises(ShareUnavailable):
        fs.exists(fs.root)
    with pytest.raises(ShareUnavailable):
        fs.is_dir(fs.root)
    assert fs.is_dir(fs.root)
