"""Fixtures of the integration tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from samba_share import SambaShare, samba_missing
from sync_laptops import Machine, make_share


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


@pytest.fixture
def share(tmp_path: Path) -> Path:
    """An empty sync space in a local folder (tests that need another kind define their own)."""
    return make_share(tmp_path / "share")


@pytest.fixture
def laptops(seeded_template: Path, tmp_path: Path) -> Iterator[tuple[Machine, Machine]]:
    """Two laptops seeded independently (tests that need more define their own)."""
    a, b = Machine(seeded_template, tmp_path, "a"), Machine(seeded_template, tmp_path, "b")
    yield a, b
    a.close()
    b.close()
