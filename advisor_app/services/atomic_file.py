"""Writing a file whole or not at all: a temporary file in the same folder, flushed to the
disk, then renamed over the target (protocol PDFs, exchange files)."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["write_file"]


def write_file(path: Path, data: bytes) -> None:
    """Replace ``path`` by ``data`` whole or not at all: never a half file."""
    tmp = path.with_name(f".{path.name}.part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
