"""Reading other laptops' change files: probing, verification, chain and gap detection."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from sync_faults import FaultFS, make_chain, make_file

from advisor_app.sync.changefile import file_sha256
from advisor_app.sync.share import (
    Space,
    StreamItem,
    init_space,
    list_devices,
    publish,
    read_next,
    read_status,
    read_stream,
    write_status,
)
from advisor_app.sync.share_errors import ShareUnavailable, StreamProblem

DEV = "dev-a"


def setup(tmp_path: Path, files: int, device: str = DEV) -> tuple[FaultFS, Space, list[bytes]]:
    fs = FaultFS(tmp_path / "share")
    space = init_space(fs, fs.root)
    chain = make_chain(device, files)
    for seq, data in enumerate(chain, 1):
        publish(space, device, seq, data)
    fs.reset_counts()
    return fs, space, chain


def collect(space: Space, after: int = 0, prev: str | None = "", **kw: int) -> tuple[
        list[int], StreamProblem | None]:
    """Apply like the engine: take items one by one until the stream ends or stops."""
    applied: list[int] = []
    try:
        for item in read_stream(space, DEV, after, prev, **kw):
            applied.append(item.seq)
    except StreamProblem as problem:
        return applied, problem
    return applied, None


def change_reads(fs: FaultFS) -> list[str]:
    return [p.name for p in fs.reads if p.name.endswith(".chg.gz")]


@pytest.mark.parametrize("count", [0, 1, 7])
def test_reading_costs_one_probe_per_new_file_plus_one_and_no_listing(
        tmp_path: Path, count: int) -> None:
    fs, space, chain = setup(tmp_path, count)
    items = list(read_stream(space, DEV, 0, "", known_last_seq=count))
    assert [i.seq for i in items] == list(range(1, count + 1))
    assert [i.sha256 for i in items] == [file_sha256(d) for d in chain]
    assert all(isinstance(i, StreamItem) and i.batch.header.device_id == DEV for i in items)
    assert fs.calls["read_bytes"] == count + 1 and len(change_reads(fs)) == count + 1
    assert fs.calls["listdir"] == 0 and fs.steps["listdir"] == 0
    fs.reset_counts()
    assert list(read_stream(space, DEV, count, file_sha256(chain[-1]) if chain else "")) == []
    assert len(change_reads(fs)) == 1 and fs.calls["read_bytes"] == 2  # probe + status.json
    assert fs.steps["listdir"] == 0


def test_reading_continues_after_the_cursor(tmp_path: Path) -> None:
    _fs, space, chain = setup(tmp_path, 5)
    assert collect(space, 3, file_sha256(chain[2])) == ([4, 5], None)
    assert collect(space, 3, None) == ([4, 5], None)  # unknown predecessor: link not checked


@pytest.mark.parametrize(("damage", "reason"), [
    (lambda d: d[: len(d) // 2], "abgeschnitten"),
    (lambda d: b"", "leer"),
    (lambda d: b"\x89PNG garbage \x00\x01", "gzip"),
    (lambda d: gzip.compress(gzip.decompress(d).replace(b"dev-a", b"dev-A"), mtime=0),
     "Prüfsumme"),
])
def test_a_damaged_file_stops_the_stream_and_is_never_skipped(
        tmp_path: Path, damage: object, reason: str) -> None:
    fs, space, chain = setup(tmp_path, 5)
    path = space.change_path(DEV, 3)
    path.write_bytes(damage(chain[2]))  # type: ignore[operator]
    applied, problem = collect(space)
    assert applied == [1, 2]
    assert problem is not None and (problem.device_id, problem.seq) == (DEV, 3)
    assert problem.kind == "corrupt" and reason in problem.reason
    assert "Gerät dev-a ab Datei 3" in str(problem)
    assert "000000000004.chg.gz" not in change_reads(fs)  # later files not even read
    again, problem_again = collect(space, 2, file_sha256(chain[1]))
    assert again == [] and problem_again is not None and problem_again.seq == 3  # retried
    path.write_bytes(chain[2])  # the owner repaired it (publish replaces damaged files)
    assert collect(space, 2, file_sha256(chain[1])) == ([3, 4, 5], None)


def test_a_garbled_read_stops_the_stream_and_the_next_run_continues(tmp_path: Path) -> None:
    fs, space, chain = setup(tmp_path, 3)
    fs.lie_on_read(mode="garbage", match="000000000002")
    applied, problem = collect(space)
    assert applied == [1] and problem is not None and problem.seq == 2
    assert collect(space, 1, file_sha256(chain[0])) == ([2, 3], None)


def test_a_read_error_is_share_unavailable_not_the_end_of_the_stream(tmp_path: Path) -> None:
    fs, space, _chain = setup(tmp_path, 3)
    fs.fail("read", match="000000000002")
    with pytest.raises(ShareUnavailable):
        list(read_stream(space, DEV, 0, ""))
    fs.vanish()
    with pytest.raises(ShareUnavailable):
        read_next(space, DEV, 4)


def test_a_broken_hash_chain_is_detected(tmp_path: Path) -> None:
    _fs, space, chain = setup(tmp_path, 2)
    replaced_2 = make_file(DEV, 2, file_sha256(chain[0]), [{"row_id": "other"}])
    third = make_file(DEV, 3, file_sha256(replaced_2))  # chained to a file we never saw
    publish(space, DEV, 3, third)
    applied, problem = collect(space)
    assert applied == [1, 2]
    assert problem is not None and (problem.seq, problem.kind) == (3, "chain")
    applied, problem = collect(space, 0, "f" * 64)  # the cursor's sha is not the file's
    assert applied == [] and problem is not None and (problem.seq, problem.kind) == (1, "chain")


def test_a_file_of_another_device_at_this_name_is_refused(tmp_path: Path) -> None:
    _fs, space, chain = setup(tmp_path, 1)
    space.change_path(DEV, 2).write_bytes(make_file("dev-b", 2, file_sha256(chain[0])))
    applied, problem = collect(space)
    assert applied == [1] and problem is not None and problem.kind == "header"


def test_a_gap_is_detected_through_the_status_and_late_files_are_read(tmp_path: Path) -> None:
    fs, space, chain = setup(tmp_path, 9)
    late = space.change_path(DEV, 5)
    hidden = late.with_name("late-arrival")
    late.rename(hidden)  # written but not yet visible to this laptop
    assert collect(space) == ([1, 2, 3, 4], None)  # without a status a gap looks like the end
    write_status(space, DEV, {"last_seq": 9})
    applied, problem = collect(space)
    assert applied == [1, 2, 3, 4]
    assert problem is not None and (problem.seq, problem.kind) == (5, "gap")
    assert "bis Datei 9" in problem.reason
    applied, problem = collect(space, 4, file_sha256(chain[3]), known_last_seq=9)
    assert applied == [] and problem is not None and problem.kind == "gap"
    assert fs.steps["listdir"] == 0
    hidden.rename(late)  # the late file arrives
    assert collect(space, 4, file_sha256(chain[3])) == ([5, 6, 7, 8, 9], None)


def test_status_saying_the_stream_ended_is_no_gap(tmp_path: Path) -> None:
    _fs, space, _chain = setup(tmp_path, 3)
    write_status(space, DEV, {"last_seq": 3})
    assert collect(space) == ([1, 2, 3], None)
    write_status(space, DEV, {"last_seq": "9"})  # not a number: ignored
    assert collect(space) == ([1, 2, 3], None)


def test_read_next(tmp_path: Path) -> None:
    _fs, space, chain = setup(tmp_path, 2)
    assert read_next(space, DEV, 2) == chain[1]
    assert read_next(space, DEV, 3) is None
    assert read_next(space, "never-synced", 1) is None


def test_list_devices_is_one_listing_and_skips_foreign_entries(tmp_path: Path) -> None:
    fs, space, _chain = setup(tmp_path, 1)
    publish(space, "dev-b", 1, make_chain("dev-b", 1)[0])
    for junk in ("desktop.ini", ".tmp-123", "Thumbs.db", "._dev-a"):
        (space.dir / "devices" / junk).write_bytes(b"")
    fs.reset_counts()
    assert list_devices(space) == ["dev-a", "dev-b"]
    assert fs.calls["listdir"] == 1


def test_list_devices_on_a_vanished_share_is_no_empty_list(tmp_path: Path) -> None:
    fs, space, _chain = setup(tmp_path, 1)
    fs.unmount()
    with pytest.raises(ShareUnavailable):
        list_devices(space)
    fs.remount()


def test_status_round_trip_and_best_effort_reading(tmp_path: Path) -> None:
    _fs, space, _chain = setup(tmp_path, 0)
    assert read_status(space, DEV) is None
    write_status(space, DEV, {"last_seq": 4, "name": "Laptop Köln"})
    write_status(space, DEV, {"last_seq": 5, "name": "Laptop Köln"})  # overwrite allowed
    assert read_status(space, DEV) == {"last_seq": 5, "name": "Laptop Köln"}
    status_file = space.device_dir(DEV) / "status.json"
    assert json.loads(status_file.read_text("utf-8"))["last_seq"] == 5
    status_file.write_bytes(b"{half")
    assert read_status(space, DEV) is None
    assert list(space.device_dir(DEV).glob(".tmp-*")) == []


def test_status_held_open_on_windows(tmp_path: Path) -> None:
    fs = FaultFS(tmp_path / "share", windows=True)
    space = init_space(fs, fs.root)
    write_status(space, DEV, {"last_seq": 1})
    fs.hold_open(space.device_dir(DEV) / "status.json")
    with pytest.raises(ShareUnavailable):
        write_status(space, DEV, {"last_seq": 2})
    assert read_status(space, DEV) == {"last_seq": 1}
    assert list(space.device_dir(DEV).glob(".tmp-*")) == []
