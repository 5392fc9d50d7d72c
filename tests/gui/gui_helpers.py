"""Small helpers shared by GUI tests."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QWidget


def show_active(qtbot: Any, dlg: QWidget) -> None:
    """Show a dialog and wait until it is the active window (keyboard input goes there)."""
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
