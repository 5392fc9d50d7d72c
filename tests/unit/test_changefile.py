"""The change-file format: deterministic encoding, strict verification."""

from __future__ import annotations

import gzip
import hashlib
import json

import pytest

from advisor_app.sync.changefile import (
    FORMAT,
    BatchHeader,
    change_file_relpath,
    decode_batch,
    encode_batch,
    file_sha256,
    is_device_id,
)
from advisor_app.sync.share_errors import CorruptChangeFile

DEVICE = "0b7e6f0c-6a3e-4c1e-9d43-2f1f4f7d7a10"
PREV = "ab" * 32


def header(seq: int = 2, prev: str = PREV, **extra: object) -> BatchHeader:
    return BatchHeader(device_id=DEVICE, seq=seq, prev_sha256=prev, schema_version=3,
                       app_version="0.1.0", created_hlc=123456789, extra=extra)


CHANGES = [
    {"tbl": "contact", "row_id": "r1", "col": "name", "value": "Müller\nZeile 2 \u2028 ✓",
     "hlc": 5, "device": DEVICE},
    {"tbl": "contact", "row_id": "r1", "col": "note", "value": None, "hlc": 6, "z": [1, 2.5]},
]


def raw_lines(data: bytes) -> list[bytes]:
    return gzip.decompress(data).split(b"\n")


def test_round_trip_keeps_header_and_changes() -> None:
    batch = decode_batch(encode_batch(header(), CHANGES))
    assert batch.header == header()
    assert list(batch.changes) == CHANGES
    assert batch.count == 2


def test_encoding_is_deterministic_and_canonical() -> None:
    reordered = [dict(reversed(list(c.items()))) for c in CHANGES]
    first = encode_batch(header(), CHANGES)
    assert encode_batch(header(), CHANGES) == first
    assert encode_batch(header(), reordered) == first  # key order does not matter
    lines = raw_lines(first)
    head = json.loads(lines[0])
    assert head["format"] == FORMAT and head["count"] == 2 and head["seq"] == 2
    assert lines[1] == json.dumps(CHANGES[0], sort_keys=True, ensure_ascii=False,
                                  separators=(",", ":")).encode("utf-8")
    assert len(lines) == 5 and lines[-1] == b""  # header, 2 changes, footer, final newline
    content = b"\n".join(lines[:3]) + b"\n"
    assert json.loads(lines[3]) == {"sha256": hashlib.sha256(content).hexdigest()}
    assert first[4:8] == b"\x00\x00\x00\x00"  # gzip mtime 0


def test_different_content_gives_different_bytes() -> None:
    assert encode_batch(header(), CHANGES) != encode_batch(header(), CHANGES[:1])
    assert encode_batch(header(), CHANGES) != encode_batch(header(seq=3), CHANGES)


def test_empty_batch_and_first_file() -> None:
    batch = decode_batch(encode_batch(header(seq=1, prev=""), []))
    assert batch.count == 0 and batch.header.prev_sha256 == ""


def test_unknown_header_keys_are_kept() -> None:
    batch = decode_batch(encode_batch(header(future_field={"x": 1}), CHANGES))
    assert batch.header.extra == {"future_field": {"x": 1}}


@pytest.mark.parametrize("bad", [
    BatchHeader(DEVICE, 0, "", 1, "0.1.0", 1),
    BatchHeader(DEVICE, 1, PREV, 1, "0.1.0", 1),  # seq 1 has no predecessor
    BatchHeader(DEVICE, 2, "", 1, "0.1.0", 1),  # later files must name their predecessor
    BatchHeader("../evil", 2, PREV, 1, "0.1.0", 1),
    BatchHeader(DEVICE, 2, PREV, 1, "0.1.0", -1),
    BatchHeader(DEVICE, 2, PREV, 1, "0.1.0", 1, extra={"seq": 9}),
])
def test_invalid_header_is_refused_on_encoding(bad: BatchHeader) -> None:
    with pytest.raises(ValueError):
        encode_batch(bad, [])


def test_non_json_change_is_refused() -> None:
    with pytest.raises(ValueError):
        encode_batch(header(), [{"value": float("nan")}])


def reencode(lines: list[bytes], *, fix_checksum: bool) -> bytes:
    """A hand-made file from raw lines (header, body..., footer) with a new or old footer."""
    content = b"".join(line + b"\n" for line in lines[:-1])
    footer = lines[-1]
    if fix_checksum:
        footer = json.dumps({"sha256": hashlib.sha256(content).hexdigest()}).encode()
    return gzip.compress(content + footer + b"\n", mtime=0)


GOOD = encode_batch(header(), CHANGES)
GOOD_LINES = raw_lines(GOOD)[:-1]


def with_header(**changes: object) -> bytes:
    head = json.loads(GOOD_LINES[0])
    head.update(changes)
    return reencode([json.dumps(head).encode(), *GOOD_LINES[1:]], fix_checksum=True)


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "leer"),
    (GOOD[: len(GOOD) // 2], "abgeschnitten"),
    (GOOD[:-3], "abgeschnitten"),
    (b"this is not gzip at all", "gzip"),
    (gzip.compress(b"no newline at the end", mtime=0), "unvollständig"),
    (gzip.compress(b"only one line\n", mtime=0), "fehlt"),
    (gzip.compress(b"\x00\xff\xfe\n{}\n", mtime=0), "Prüfsumme"),
    (reencode([GOOD_LINES[0], GOOD_LINES[1].replace(b"r1", b"r2"), *GOOD_LINES[2:]],
              fix_checksum=False), "Prüfsumme stimmt nicht"),
    (reencode([GOOD_LINES[0], GOOD_LINES[1], GOOD_LINES[3]], fix_checksum=True), "Anzahl"),
    (reencode([GOOD_LINES[0], b"[1, 2]", GOOD_LINES[2], GOOD_LINES[3]], fix_checksum=True),
     "kein JSON-Objekt"),
    (reencode([GOOD_LINES[0], b"{broken", GOOD_LINES[2], GOOD_LINES[3]], fix_checksum=True),
     "kein gültiges JSON"),
    (with_header(format="advisor-sync/2"), "unbekanntes Format"),
    (with_header(seq="2"), "Nummer"),
    (with_header(prev_sha256="xyz"), "Vorgängerdatei"),
    (reencode([b'{"format": "advisor-sync/1"}', GOOD_LINES[3]], fix_checksum=True),
     "unvollständig"),
    (GOOD + b"trailing garbage", "gzip"),
])
def test_damaged_files_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(CorruptChangeFile) as info:
        decode_batch(data)
    assert reason in str(info.value)
    assert str(info.value).startswith("Beschädigte Änderungsdatei:")


def test_every_single_byte_flip_is_detected() -> None:
    for index in range(10, len(GOOD)):  # past the gzip header fields that nobody reads
        damaged = bytearray(GOOD)
        damaged[index] ^= 0x01
        try:
            batch = decode_batch(bytes(damaged))
        except CorruptChangeFile:
            continue
        assert batch == decode_batch(GOOD), index  # only an irrelevant bit may survive


def test_file_names_and_sha() -> None:
    assert str(change_file_relpath(DEVICE, 42)) == f"devices/{DEVICE}/log/000000000042.chg.gz"
    assert file_sha256(b"abc") == hashlib.sha256(b"abc").hexdigest()
    assert is_device_id(DEVICE)
    assert not any(is_device_id(x) for x in ("", ".tmp-1", "a/b", "..", "x" * 65, "desktop.ini"))
    with pytest.raises(ValueError):
        change_file_relpath("a/b", 1)
    with pytest.raises(ValueError):
        change_file_relpath(DEVICE, 0)
