"""Work around reference-counting bugs of PySide6 6.12.0 on Python < 3.12.

The 6.12.0 abi3 wheels return ``None``/``True``/``False`` from many calls without taking a
new reference (void methods such as ``QCoreApplication.sendPostedEvents``, ``QModelIndex.data``
for an empty value, ``SignalInstance.emit``...). Python 3.12 made these singletons immortal
(PEP 683), which hides the bug; on 3.11 every such call steals one reference and the process
aborts sooner or later with "Fatal Python error: none_dealloc" (or ``bool_dealloc``).

:func:`install` detects the bug with a few probe calls and, only then, gives the three
singletons a huge extra reference count, which is what PEP 683 does on 3.12. Called by
``ui.app`` and ``ui.main_window`` at import and by the GUI test conftest (not from
``ui/__init__``: the Qt-free command line must not import Qt).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QModelIndex, QObject, Signal

_EXTRA_REFERENCES = 1 << 40  # far more than a process can ever lose


class _Probe(QObject):
    ping = Signal()


def loses_references() -> bool:
    """True when PySide hands out None/True without a reference (probed, not guessed)."""
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(8):
        QModelIndex().data()
        probe.ping.emit()
    return sys.getrefcount(None) < none_before or sys.getrefcount(True) < true_before


def install() -> bool:
    """Make None/True/False immortal if PySide loses references to them; True if applied."""
    if sys.version_info >= (3, 12) or getattr(sys, "_advisor_singletons_pinned", False):
        return False
    if not loses_references():
        return False
    for singleton in (None, True, False):
        # CPython 3.11: ob_refcnt is the first field of the object header at id(obj)
        ctypes.c_ssize_t.from_address(id(singleton)).value += _EXTRA_REFERENCES
    sys._advisor_singletons_pinned = True  # type: ignore[attr-defined]
    return True
