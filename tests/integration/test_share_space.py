"""The sync space marker: created only on request, checked before anything else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sync_faults import FaultFS, tree

from advisor_app.sync.fileops import LocalShareFS
from advisor_app.sync.share_errors import (
    ShareUnavailable,
    SpaceExists,
    SpaceMissing,
    UpdateRequired,
    WrongSpace,
)
from advisor_app.sync.space import (
    SPACE_DIR,
    SPACE_FILE,
    SPACE_FORMAT,
    init_space,
    open_space,
    version_older,
)


def test_init_creates_the_space_and_open_finds_it(tmp_path: Path) -> None:
    fs = LocalShareFS()
    space = init_space(fs, tmp_path)
    info = json.loads((tmp_path / SPACE_DIR / SPACE_FILE).read_text("utf-8"))
    assert info["space_id"] == space.space_id and info["format"] == SPACE_FORMAT
    assert info["min_app_version"] == "0.1.0" and info["created"]
    assert sorted(p.name for p in (tmp_path / SPACE_DIR).iterdir()) == [
        SPACE_FILE, "devices", "purges", "snapshots"]
    opened = open_space(fs, tmp_path, space.space_id)
    assert opened.space_id == space.space_id and not opened.update_required
    assert open_space(fs, tmp_path, None).space_id == space.space_id  # first sync


def test_init_refuses_an_existing_space_and_changes_nothing(tmp_path: Path) -> None:
    fs = LocalShareFS()
    space = init_space(fs, tmp_path)
    before = tree(tmp_path)
    with pytest.raises(SpaceExists) as info:
        init_space(fs, tmp_path)
    assert info.value.space_id == space.space_id
    assert "bereits" in str(info.value)
    assert tree(tmp_path) == before


def test_init_refuses_sync_files_without_a_marker(tmp_path: Path) -> None:
    fs = LocalShareFS()
    init_space(fs, tmp_path)
    (tmp_path / SPACE_DIR / "devices" / "dev-a").mkdir()
    (tmp_path / SPACE_DIR / SPACE_FILE).unlink()  # someone deleted the marker
    before = tree(tmp_path)
    with pytest.raises(SpaceExists) as info:
        init_space(fs, tmp_path)
    assert info.value.space_id == "" and "SPACE.json fehlt" in str(info.value)
    assert tree(tmp_path) == before


def test_init_completes_a_half_done_init(tmp_path: Path) -> None:
    (tmp_path / SPACE_DIR / "devices").mkdir(parents=True)  # crashed before the marker
    space = init_space(LocalShareFS(), tmp_path)
    assert open_space(LocalShareFS(), tmp_path, space.space_id).space_id == space.space_id


def test_init_never_creates_the_share_folder(tmp_path: Path) -> None:
    missing = tmp_path / "not-mounted"
    with pytest.raises(ShareUnavailable) as info:
        init_space(LocalShareFS(), missing)
    assert not missing.exists()
    assert str(info.value).startswith("Die Freigabe ist nicht erreichbar:")


@pytest.mark.parametrize("windows", [False, True])
def test_two_inits_racing_cannot_both_win(tmp_path: Path, windows: bool) -> None:
    fs = FaultFS(tmp_path / "share", windows=windows)
    winner: list[str] = []

    def other_laptop_inits(_path: Path) -> None:
        winner.append(init_space(LocalShareFS(), fs.root).space_id)

    fs.on("rename" if windows else "link", other_laptop_inits, match=SPACE_FILE)
    with pytest.raises(SpaceExists) as info:
        init_space(fs, fs.root)
    assert info.value.space_id == winner[0]
    assert open_space(fs, fs.root, winner[0]).space_id == winner[0]
    assert list((fs.root / SPACE_DIR).glob(".tmp-*")) == []


def test_open_missing_root_is_share_unavailable(tmp_path: Path) -> None:
    with pytest.raises(ShareUnavailable):
        open_space(LocalShareFS(), tmp_path / "gone", "some-id")
    assert not (tmp_path / "gone").exists()


@pytest.mark.parametrize("leave_empty_folder", [True, False])
def test_unmounted_share_is_reported_and_nothing_is_created_or_deleted(
        tmp_path: Path, leave_empty_folder: bool) -> None:
    fs = FaultFS(tmp_path / "share")
    space = init_space(fs, fs.root)
    (space.dir / "devices" / "dev-a").mkdir()
    (space.dir / "devices" / "dev-a" / "status.json").write_text("{}")
    full = tree(tmp_path)
    fs.unmount(leave_empty_folder=leave_empty_folder)
    unmounted = tree(tmp_path)
    expected = SpaceMissing if leave_empty_folder else ShareUnavailable
    with pytest.raises(expected):
        open_space(fs, fs.root, space.space_id)
    with pytest.raises(expected):
        open_space(fs, fs.root, None)  # even a laptop that never synced creates nothing
    assert tree(tmp_path) == unmounted
    fs.remount()  # fails if anything was created inside the empty mount point
    assert tree(tmp_path) == full
    assert open_space(fs, fs.root, space.space_id).space_id == space.space_id


def test_empty_share_folder_message(tmp_path: Path) -> None:
    with pytest.raises(SpaceMissing) as info:
        open_space(LocalShareFS(), tmp_path, "id")
    assert "kein Synchronisationsbereich" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_share_io_error_is_share_unavailable(tmp_path: Path) -> None:
    fs = FaultFS(tmp_path / "share")
    space = init_space(fs, fs.root)
    fs.fail("read", match=SPACE_FILE)
    with pytest.raises(ShareUnavailable):
        open_space(fs, fs.root, space.space_id)
    fs.vanish()
    with pytest.raises(ShareUnavailable):
        open_space(fs, fs.root, space.space_id)


def test_damaged_marker_is_space_missing(tmp_path: Path) -> None:
    fs = LocalShareFS()
    init_space(fs, tmp_path)
    (tmp_path / SPACE_DIR / SPACE_FILE).write_bytes(b"{not json")
    with pytest.raises(SpaceMissing) as info:
        open_space(fs, tmp_path, None)
    assert SPACE_FILE in str(info.value)


def test_a_different_space_is_wrong_space(tmp_path: Path) -> None:
    fs = LocalShareFS()
    space = init_space(fs, tmp_path)
    before = tree(tmp_path)
    with pytest.raises(WrongSpace) as info:
        open_space(fs, tmp_path, "11111111-2222-3333-4444-555555555555")
    assert info.value.found == space.space_id
    assert str(info.value).startswith("Falsche Freigabe:")
    assert tree(tmp_path) == before


def test_newer_min_app_version_requires_an_update(tmp_path: Path) -> None:
    fs = LocalShareFS()
    space = init_space(fs, tmp_path, min_app_version="2.0")
    with pytest.raises(UpdateRequired) as info:
        open_space(fs, tmp_path, space.space_id, app_version="1.9.3")
    assert info.value.min_app_version == "2.0"
    assert str(info.value).startswith("Update erforderlich:") and "2.0" in str(info.value)
    outdated = open_space(fs, tmp_path, space.space_id, app_version="1.9.3",
                          allow_outdated=True)
    assert outdated.update_required
    assert not open_space(fs, tmp_path, space.space_id, app_version="2.0.0").update_required


def test_unknown_space_format_requires_an_update(tmp_path: Path) -> None:
    fs = LocalShareFS()
    space = init_space(fs, tmp_path)
    marker = tmp_path / SPACE_DIR / SPACE_FILE
    info = json.loads(marker.read_text("utf-8"))
    marker.write_text(json.dumps({**info, "format": "advisor-sync-space/2"}), "utf-8")
    with pytest.raises(UpdateRequired) as error:
        open_space(fs, tmp_path, space.space_id)
    assert "neuere Version" in str(error.value)


@pytest.mark.parametrize(("version", "than", "older"), [
    ("0.1.0", "0.1.0", False), ("0.1.0", "0.1", False), ("0.1.0", "0.2.0", True),
    ("0.9.0", "0.10.0", True), ("1.0.0rc1", "1.0.0", True), ("2.0", "1.99", False),
    ("1.0", "garbage", True),
])
def test_version_comparison(version: str, than: str, older: bool) -> None:
    assert version_older(version, than) is older
