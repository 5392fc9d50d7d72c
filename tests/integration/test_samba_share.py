"""The share protocol through a real SMB share (smbd on loopback, mounted with smbnetfs)."""

from __future__ import annotations

import pytest
from samba_share import SambaShare
from sync_faults import make_chain

from advisor_app.sync import share
from advisor_app.sync.fileops import LocalShareFS
from advisor_app.sync.share_errors import ShareUnavailable


def test_publish_and_read_through_samba_surviving_a_vanished_share(samba: SambaShare) -> None:
    fs = LocalShareFS()
    space = share.init_space(fs, samba.path)
    files = make_chain("dev-a", 4)
    for seq in (1, 2):
        share.publish(space, "dev-a", seq, files[seq - 1])
    # the files really went through SMB into the exported folder
    exported = samba.exported / "advisor-sync" / "devices" / "dev-a" / "log"
    assert sorted(p.name for p in exported.iterdir() if p.suffix == ".gz") == [
        "000000000001.chg.gz", "000000000002.chg.gz"]

    samba.stop_smbd()
    with pytest.raises(ShareUnavailable):
        share.publish(space, "dev-a", 3, files[2])
    with pytest.raises(ShareUnavailable):
        share.open_space(fs, samba.path, space.space_id)
    assert not (exported / "000000000003.chg.gz").exists()

    samba.start_smbd()
    samba.wait_reachable()
    reopened = share.open_space(fs, samba.path, space.space_id)
    share.publish(reopened, "dev-a", 3, files[2])
    share.publish(reopened, "dev-a", 4, files[3])
    assert [item.seq for item in share.read_stream(reopened, "dev-a", 0, "")] == [1, 2, 3, 4]
