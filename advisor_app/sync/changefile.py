"""The change-file format ``advisor-sync/1``: one immutable batch of one laptop's changes.

A file is gzip (mtime 0, so encoding is deterministic) of UTF-8 lines::

    {"app_version":..,"count":N,"created_hlc":..,"device_id":..,"format":"advisor-sync/1",
     "prev_sha256":..,"schema_version":..,"seq":..}
    <N lines, one JSON object per change, opaque to this module>
    {"sha256":"<hex sha256 of the header and body lines, as bytes>"}

``prev_sha256`` is the sha256 of the previous file's full (compressed) bytes of the same
device, ``""`` for seq 1: a hash chain that shows replaced or missing files.
Every line is ``json.dumps(sort_keys=True, ensure_ascii=False, separators=(",", ":"))``.
Pure functions, no I/O.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from advisor_app.sync.share_errors import CorruptChangeFile

FORMAT = "advisor-sync/1"
SUFFIX = ".chg.gz"
_HEADER_KEYS = frozenset(
    {"format", "device_id", "seq", "prev_sha256", "schema_version", "app_version", "count",
     "created_hlc"}
)
_DEVICE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
_SHA256 = re.compile(r"[0-9a-f]{64}")


def dumps(value: Any) -> str:
    """Canonical JSON: the same value always gives the same text."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False)


def file_sha256(data: bytes) -> str:
    """Hex sha256 of a file's full bytes (the value the next file's ``prev_sha256`` holds)."""
    return hashlib.sha256(data).hexdigest()


def is_device_id(text: str) -> bool:
    """Whether ``text`` is usable as a device id (and as a folder name on any share)."""
    return _DEVICE_ID.fullmatch(text) is not None


def change_file_name(seq: int) -> str:
    """``000000000042.chg.gz``."""
    if seq < 1:
        raise ValueError(f"seq must be >= 1, not {seq}")
    return f"{seq:012d}{SUFFIX}"


def change_file_relpath(device_id: str, seq: int) -> PurePosixPath:
    """``devices/<device-id>/log/<seq:012d>.chg.gz`` relative to the sync space folder."""
    if not is_device_id(device_id):
        raise ValueError(f"invalid device id {device_id!r}")
    return PurePosixPath("devices", device_id, "log", change_file_name(seq))


@dataclass(frozen=True)
class BatchHeader:
    """What a change file says about itself (``count`` and ``format`` are added on encoding).

    ``extra`` keeps header keys written by newer programs, so nothing is dropped.
    """

    device_id: str
    seq: int
    prev_sha256: str
    schema_version: int
    app_version: str
    created_hlc: int
    extra: Mapping[str, Any] = field(default_factory=dict)

    def problems(self) -> list[str]:
        """What is wrong with the header fields (empty when valid)."""
        found: list[str] = []
        if not isinstance(self.device_id, str) or not is_device_id(self.device_id):
            found.append(f"ungültige Gerätekennung {self.device_id!r}")
        if not _is_int(self.seq) or self.seq < 1:
            found.append(f"ungültige Nummer {self.seq!r}")
        if not isinstance(self.prev_sha256, str) or not (
            (self.prev_sha256 == "" and self.seq == 1)
            or (_SHA256.fullmatch(self.prev_sha256) and self.seq != 1)
        ):
            found.append("ungültige Prüfsumme der Vorgängerdatei")
        if not _is_int(self.schema_version):
            found.append("ungültige Schemaversion")
        if not isinstance(self.app_version, str):
            found.append("ungültige Programmversion")
        if not _is_int(self.created_hlc) or self.created_hlc < 0:
            found.append("ungültige Uhrzeit (HLC)")
        if _HEADER_KEYS & set(self.extra):
            found.append("doppelte Kopfdaten")
        return found


@dataclass(frozen=True)
class Batch:
    """A decoded, verified change file."""

    header: BatchHeader
    changes: tuple[dict[str, Any], ...]
    content_sha256: str  # the footer checksum (same for every encoding of the same content)

    @property
    def count(self) -> int:
        return len(self.changes)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def encode_batch(header: BatchHeader, changes: Sequence[Mapping[str, Any]]) -> bytes:
    """The bytes of a change file. Deterministic: same header and changes, same bytes.

    Raises ``ValueError`` for an invalid header or a change that is not JSON (NaN included).
    """
    problems = header.problems()
    if problems:
        raise ValueError("; ".join(problems))
    head = {
        **header.extra,
        "format": FORMAT,
        "device_id": header.device_id,
        "seq": header.seq,
        "prev_sha256": header.prev_sha256,
        "schema_version": header.schema_version,
        "app_version": header.app_version,
        "count": len(changes),
        "created_hlc": header.created_hlc,
    }
    lines = [dumps(head)]
    for change in changes:
        if not isinstance(change, Mapping):
            raise ValueError("a change must be a mapping")
        lines.append(dumps(dict(change)))
    content = ("\n".join(lines) + "\n").encode("utf-8")
    footer = (dumps({"sha256": hashlib.sha256(content).hexdigest()}) + "\n").encode("utf-8")
    return gzip.compress(content + footer, compresslevel=6, mtime=0)


def decode_batch(data: bytes) -> Batch:
    """Decode and verify a change file; ``CorruptChangeFile`` names what is wrong."""
    if not data:
        raise CorruptChangeFile("die Datei ist leer")
    try:
        raw = gzip.decompress(data)
    except EOFError as exc:
        raise CorruptChangeFile("die Datei ist abgeschnitten") from exc
    except (OSError, zlib.error) as exc:  # gzip.BadGzipFile is an OSError
        raise CorruptChangeFile("keine gültige gzip-Datei") from exc
    if not raw.endswith(b"\n"):
        raise CorruptChangeFile("die Datei ist unvollständig (kein Abschluss)")
    cut = raw.rfind(b"\n", 0, len(raw) - 1) + 1
    if cut == 0:
        raise CorruptChangeFile("Kopfzeile oder Prüfsumme fehlt")
    content, footer_line = raw[:cut], raw[cut:-1]
    footer = _json_object(footer_line, "Prüfsummenzeile")
    if set(footer) != {"sha256"} or not isinstance(footer["sha256"], str):
        raise CorruptChangeFile("Prüfsummenzeile fehlt oder ist ungültig")
    content_sha = hashlib.sha256(content).hexdigest()
    if footer["sha256"] != content_sha:
        raise CorruptChangeFile("Prüfsumme stimmt nicht")
    lines = content[:-1].split(b"\n")
    head = _json_object(lines[0], "Kopfzeile")
    if head.get("format") != FORMAT:
        raise CorruptChangeFile(f"unbekanntes Format {head.get('format')!r}")
    missing = sorted(_HEADER_KEYS - set(head))
    if missing:
        raise CorruptChangeFile(f"Kopfzeile unvollständig ({', '.join(missing)})")
    header = BatchHeader(
        device_id=head["device_id"], seq=head["seq"], prev_sha256=head["prev_sha256"],
        schema_version=head["schema_version"], app_version=head["app_version"],
        created_hlc=head["created_hlc"],
        extra={k: v for k, v in head.items() if k not in _HEADER_KEYS},
    )
    problems = header.problems()
    if problems:
        raise CorruptChangeFile("; ".join(problems))
    body = lines[1:]
    if not _is_int(head["count"]) or head["count"] != len(body):
        raise CorruptChangeFile(f"Anzahl stimmt nicht ({head['count']!r} statt {len(body)})")
    changes = tuple(_json_object(line, f"Änderung {i}") for i, line in enumerate(body, 1))
    return Batch(header=header, changes=changes, content_sha256=content_sha)


def _json_object(line: bytes, what: str) -> dict[str, Any]:
    try:
        value = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise CorruptChangeFile(f"{what} ist kein gültiges JSON") from exc
    if not isinstance(value, dict):
        raise CorruptChangeFile(f"{what} ist kein JSON-Objekt")
    return value
