"""Publishing change files: exactly once, never over another file, safe against share faults."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest
from sync_faults import FaultFS, make_chain, make_file, tree

from advisor_app.sync.changefile import file_sha256
from advisor_app.sync.share import (
    Space,
    cleanup_stale_tmp,
    init_space,
    open_space,
    publish,
    read_stream,
)
from advisor_app.sync.share_errors import (
    PublishVerifyFailed,
    SeqCollision,
    ShareUnavailable,
    UpdateRequired,
)

DEV = "dev-a"


def setup(tmp_path: Path, **options: bool) -> tuple[FaultFS, Space]:
    fs = FaultFS(tmp_path / "share", **options)
    space = init_space(fs, fs.root)
    fs.reset_counts()
    return fs, space


def log_dir(space: Space) -> Path:
    return space.device_dir(DEV) / "log"


def tmp_files(space: Space) -> list[Path]:
    return sorted(log_dir(space).glob(".tmp-*"))


def stream(space: Space, after: int = 0, prev: str | None = "") -> list[tuple[int, str]]:
    return [(item.seq, item.sha256) for item in read_stream(space, DEV, after, prev)]


@pytest.mark.parametrize("windows", [False, True])
def test_publish_and_read_back(tmp_path: Path, windows: bool) -> None:
    fs, space = setup(tmp_path, windows=windows)
    files = make_chain(DEV, 3)
    results = [publish(space, DEV, seq, data) for seq, data in enumerate(files, 1)]
    assert [r.sha256 for r in results] == [file_sha256(d) for d in files]
    assert not any(r.already_present or r.repaired for r in results)
    assert results[0].path == log_dir(space) / "000000000001.chg.gz"
    assert [p.read_bytes() for p in sorted(log_dir(space).iterdir())] == files
    assert stream(space) == [(n, file_sha256(d)) for n, d in enumerate(files, 1)]
    assert fs.calls["listdir"] == 0


def test_publish_again_after_a_crash_after_the_rename_is_idempotent(tmp_path: Path) -> None:
    _fs, space = setup(tmp_path)
    data = make_chain(DEV, 1)[0]
    publish(space, DEV, 1, data)
    before = tree(space.dir)
    again = publish(space, DEV, 1, data)  # the outbox was never marked published
    assert again.already_present and again.sha256 == file_sha256(data)
    assert tree(space.dir) == before


@pytest.mark.parametrize(("windows", "step"), [(False, "link"), (True, "rename")])
def test_rename_reports_an_error_but_succeeded(tmp_path: Path, windows: bool,
                                               step: str) -> None:
    fs, space = setup(tmp_path, windows=windows)
    data = make_chain(DEV, 1)[0]
    fs.fail(step, when="after")
    with pytest.raises(ShareUnavailable):
        publish(space, DEV, 1, data)
    assert space.change_path(DEV, 1).read_bytes() == data
    result = publish(space, DEV, 1, data)
    assert result.already_present and result.sha256 == file_sha256(data)
    assert stream(space) == [(1, file_sha256(data))]


def test_share_vanishes_between_temp_write_and_rename(tmp_path: Path) -> None:
    fs, space = setup(tmp_path)
    files = make_chain(DEV, 2)
    publish(space, DEV, 1, files[0])
    fs.fail("link", when="before", vanish=True)
    with pytest.raises(ShareUnavailable) as info:
        publish(space, DEV, 2, files[1])
    assert str(info.value).startswith("Die Freigabe ist nicht erreichbar:")
    assert not space.change_path(DEV, 2).exists()
    stale = tmp_files(space)
    assert len(stale) == 1 and stale[0].read_bytes() == files[1]  # cleanup failed too
    with pytest.raises(ShareUnavailable):
        publish(space, DEV, 2, files[1])  # still gone
    fs.reappear()
    space = open_space(fs, fs.root, space.space_id)
    result = publish(space, DEV, 2, files[1])
    assert not result.already_present
    assert stream(space) == [(1, file_sha256(files[0])), (2, file_sha256(files[1]))]
    # The stale temp file goes once it is old on the share's clock; fresh ones stay.
    assert cleanup_stale_tmp(space, DEV) == 0
    old = os.stat(stale[0]).st_mtime - 7200
    os.utime(stale[0], (old, old))
    assert cleanup_stale_tmp(space, DEV) == 1
    assert tmp_files(space) == []
    assert sorted(p.name for p in log_dir(space).iterdir()) == [
        "000000000001.chg.gz", "000000000002.chg.gz"]


def test_temp_write_fails(tmp_path: Path) -> None:
    fs, space = setup(tmp_path)
    fs.fail("write_tmp", error=28)  # ENOSPC
    with pytest.raises(ShareUnavailable):
        publish(space, DEV, 1, make_chain(DEV, 1)[0])
    assert list(log_dir(space).iterdir()) == []


def test_a_different_file_under_the_same_seq_is_a_collision(tmp_path: Path) -> None:
    _fs, space = setup(tmp_path)
    mine = make_file(DEV, 1, "", [{"row_id": "mine"}])
    clone = make_file(DEV, 1, "", [{"row_id": "from the cloned laptop"}])
    publish(space, DEV, 1, clone)
    with pytest.raises(SeqCollision) as info:
        publish(space, DEV, 1, mine)
    assert (info.value.device_id, info.value.seq) == (DEV, 1)
    assert "neue Gerätekennung" in str(info.value)
    assert space.change_path(DEV, 1).read_bytes() == clone  # never overwritten
    assert tmp_files(space) == []


@pytest.mark.parametrize("windows", [False, True])
def test_a_writer_racing_for_the_same_name_is_detected(tmp_path: Path, windows: bool) -> None:
    fs, space = setup(tmp_path, windows=windows)
    mine = make_file(DEV, 1, "", [{"row_id": "mine"}])
    clone = make_file(DEV, 1, "", [{"row_id": "clone"}])
    fs.on("rename" if windows else "link",
          lambda path: path.write_bytes(clone))  # the other one wins the race
    with pytest.raises(SeqCollision):
        publish(space, DEV, 1, mine)
    assert space.change_path(DEV, 1).read_bytes() == clone
    assert tmp_files(space) == []


def test_same_content_with_other_compression_counts_as_published(tmp_path: Path) -> None:
    _fs, space = setup(tmp_path)
    data = make_chain(DEV, 1)[0]
    other = gzip.compress(gzip.decompress(data), compresslevel=9, mtime=12345)
    assert other != data
    publish(space, DEV, 1, other)
    result = publish(space, DEV, 1, data)
    assert result.already_present and result.sha256 == file_sha256(other)


def test_a_truncated_write_is_detected_and_repaired_next_time(tmp_path: Path) -> None:
    fs, space = setup(tmp_path)
    data = make_chain(DEV, 1)[0]
    fs.truncate_after_write(keep=10)
    with pytest.raises(PublishVerifyFailed):
        publish(space, DEV, 1, data)
    assert len(space.change_path(DEV, 1).read_bytes()) == 10
    result = publish(space, DEV, 1, data)
    assert result.repaired and result.sha256 == file_sha256(data)
    assert space.change_path(DEV, 1).read_bytes() == data
    assert tmp_files(space) == []


@pytest.mark.parametrize("damaged", [b"", b"garbage"])
def test_a_damaged_file_at_our_name_is_replaced(tmp_path: Path, damaged: bytes) -> None:
    _fs, space = setup(tmp_path)
    data = make_chain(DEV, 1)[0]
    space.change_path(DEV, 1).parent.mkdir(parents=True)
    space.change_path(DEV, 1).write_bytes(damaged)
    assert publish(space, DEV, 1, data).repaired
    assert space.change_path(DEV, 1).read_bytes() == data


def test_a_damaged_file_held_open_on_windows_is_retried(tmp_path: Path) -> None:
    fs, space = setup(tmp_path, windows=True)
    data = make_chain(DEV, 1)[0]
    path = space.change_path(DEV, 1)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")
    fs.hold_open(path)  # a reader on another laptop has it open
    with pytest.raises(ShareUnavailable):
        publish(space, DEV, 1, data)
    assert path.read_bytes() == b"" and tmp_files(space) == []
    fs.release(path)
    assert publish(space, DEV, 1, data).repaired


def test_stale_temp_files_held_open_are_skipped(tmp_path: Path) -> None:
    fs, space = setup(tmp_path, windows=True)
    publish(space, DEV, 1, make_chain(DEV, 1)[0])
    held, loose = log_dir(space) / ".tmp-held", log_dir(space) / ".tmp-loose"
    for path in (held, loose):
        path.write_bytes(b"x")
        os.utime(path, (1, 1))
    fs.hold_open(held)
    assert cleanup_stale_tmp(space, DEV) == 1
    assert tmp_files(space) == [held]
    fs.release(held)
    assert cleanup_stale_tmp(space, DEV) == 1
    assert tmp_files(space) == []


def test_publish_is_refused_when_an_update_is_required(tmp_path: Path) -> None:
    fs = FaultFS(tmp_path / "share")
    init_space(fs, fs.root, min_app_version="9.0")
    space = open_space(fs, fs.root, None, allow_outdated=True)
    before = tree(fs.root)
    with pytest.raises(UpdateRequired):
        publish(space, DEV, 1, make_chain(DEV, 1)[0])
    assert tree(fs.root) == before


def test_publish_checks_the_file_is_the_one_named(tmp_path: Path) -> None:
    _fs, space = setup(tmp_path)
    with pytest.raises(ValueError):
        publish(space, DEV, 2, make_chain(DEV, 1)[0])
    with pytest.raises(ValueError):
        publish(space, "dev-b", 1, make_chain(DEV, 1)[0])


def test_publish_on_an_unmounted_share_creates_nothing(tmp_path: Path) -> None:
    fs, space = setup(tmp_path)
    fs.unmount()  # the space was opened before, the share goes away during the sync
    with pytest.raises(ShareUnavailable):
        publish(space, DEV, 1, make_chain(DEV, 1)[0])
    assert list(fs.root.iterdir()) == []
    fs.remount()
    assert publish(space, DEV, 1, make_chain(DEV, 1)[0]).sha256
