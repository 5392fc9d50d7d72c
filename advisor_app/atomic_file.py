"""Writing a file whole or not at all: a temporary file in the same folder, flushed to the
disk, then renamed over the target (exports, backups, protocol PDFs, exchange files)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["replacing", "write_file"]


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yields a temporary path beside ``path`` to write to. When the block ends normally the
    file is flushed to the disk and renamed over ``path``; when it raises, it is removed and
    ``path`` stays as it was."""
    tmp = path.with_name(f".{path.name}.part")
    try:
        yield tmp
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def write_file(path: Path, data: bytes) -> None:
    """Replace ``path`` by ``data`` whole or not at all: never a half file."""
    with replacing(path) as tmp:
        tmp.write_bytes(data)
