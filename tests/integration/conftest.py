"""Fixtures of the integration tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from samba_share import SambaShare, samba_missing


@pytest.fixture
def samba(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SambaShare]:
    """A real SMB share on loopback, mounted with smbnetfs (``samba.path``)."""
    missing = samba_missing()
    if missing:
        pytest.fail(f"Samba integration test cannot run: {missing}")
    server = SambaShare(tmp_path_factory.mktemp("samba"))
    server.start()
    yield server
    server.stop()
