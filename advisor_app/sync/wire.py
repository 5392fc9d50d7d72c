"""Changes on the wire: the JSON form of a captured change in a change file.

A change is the dict of merge.py (``t r c v h d sh sd``). JSON has no bytes, so a BLOB value
travels as ``{"$bytes": "<base64>"}``; every other value (None, int, float, text) as is.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any

from advisor_app.sync.merge import Change

_BYTES = "$bytes"


def to_wire(change: Mapping[str, Any]) -> dict[str, Any]:
    value = change.get("v")
    if isinstance(value, bytes | bytearray | memoryview):
        return {**change, "v": {_BYTES: base64.b64encode(bytes(value)).decode("ascii")}}
    return dict(change)


def from_wire(change: Mapping[str, Any]) -> Change:
    value = change.get("v")
    if isinstance(value, dict) and set(value) == {_BYTES}:
        return {**change, "v": base64.b64decode(value[_BYTES])}
    return dict(change)


def is_valid(change: Mapping[str, Any]) -> bool:
    """Whether a decoded change has the fields the applier needs, with usable types."""
    return (isinstance(change.get("t"), str) and isinstance(change.get("r"), str)
            and isinstance(change.get("c"), str) and isinstance(change.get("d"), str)
            and isinstance(change.get("h"), int) and not isinstance(change.get("h"), bool)
            and not isinstance(change.get("v"), list | dict))
