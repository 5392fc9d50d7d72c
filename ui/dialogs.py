"""Every modal interaction goes through these functions, so tests can patch them
(``monkeypatch.setattr(ui.dialogs, "run_dialog", ...)``) and never block on a modal.
Call them as ``dialogs.run_dialog(...)``, not by a name imported into another module."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import PurePath

from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QDialog, QFileDialog, QFileIconProvider, QMessageBox, QWidget


class NameOnlyIconProvider(QFileIconProvider):
    """File icons and types from the file name only, never from the content.

    Qt's default provider sniffs the content of files it cannot type by name, e.g.
    ``advisor.sqlite-wal``. Opening and closing any descriptor of a database file drops
    every POSIX lock this process holds on it (fcntl semantics), so SQLite's locks would
    silently vanish and another program could delete the WAL under the window's feet. The
    file dialogs therefore never read the files they list."""

    def icon(self, info: object) -> object:  # type: ignore[override]
        if isinstance(info, QFileInfo):
            kind = (QFileIconProvider.IconType.Folder if info.isDir()
                    else QFileIconProvider.IconType.File)
            return super().icon(kind)
        return super().icon(info)  # type: ignore[call-overload]

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return "Ordner"
        suffix = PurePath(info.fileName()).suffix.lstrip(".").upper()
        return f"{suffix}-Datei" if suffix else "Datei"


_ICONS: NameOnlyIconProvider | None = None


def _file_dialog(parent: QWidget | None, title: str, start: str, name_filter: str,
                 mode: QFileDialog.FileMode, *, save: bool = False) -> list[str]:
    """Qt's own file dialog (not the platform's, which would sniff file contents in this
    process too) with :class:`NameOnlyIconProvider`; the chosen paths or []."""
    global _ICONS
    dialog = QFileDialog(parent, title, start, name_filter)
    dialog.setFileMode(mode)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if sys.platform != "win32":  # Windows locks are not dropped by closing a handle
        _ICONS = _ICONS or NameOnlyIconProvider()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setIconProvider(_ICONS)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return list(dialog.selectedFiles())


def run_dialog(dialog: QDialog) -> bool:
    """Show ``dialog`` modally; True when it was accepted."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def show_message(parent: QWidget | None, title: str, text: str, *, error: bool = False) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical if error else QMessageBox.Icon.Information,
                      title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def choose(parent: QWidget | None, title: str, text: str, options: Sequence[str], *,
           error: bool = False) -> int:
    """Ask the user to pick one of ``options`` (button texts, the last one is "cancel");
    returns its index."""
    box = QMessageBox(QMessageBox.Icon.Critical if error else QMessageBox.Icon.Question,
                      title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons = []
    for i, option in enumerate(options):
        role = (QMessageBox.ButtonRole.RejectRole if i == len(options) - 1
                else QMessageBox.ButtonRole.AcceptRole)
        buttons.append(box.addButton(option, role))
    box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else len(options) - 1


def pick_file(parent: QWidget | None, title: str, start: str, name_filter: str) -> str:
    """A file chosen by the user, or "" when cancelled."""
    found = _file_dialog(parent, title, start, name_filter, QFileDialog.FileMode.ExistingFile)
    return found[0] if found else ""


def pick_directory(parent: QWidget | None, title: str, start: str) -> str:
    """A directory chosen by the user, or "" when cancelled."""
    found = _file_dialog(parent, title, start, "", QFileDialog.FileMode.Directory)
    return found[0] if found else ""


def pick_files(parent: QWidget | None, title: str, start: str, name_filter: str) -> list[str]:
    """Files chosen by the user (several at once), or [] when cancelled."""
    return _file_dialog(parent, title, start, name_filter, QFileDialog.FileMode.ExistingFiles)


def pick_save_file(parent: QWidget | None, title: str, start: str, name_filter: str) -> str:
    """A file name to save to, chosen by the user (overwriting confirmed), or "" when
    cancelled."""
    found = _file_dialog(parent, title, start, name_filter, QFileDialog.FileMode.AnyFile,
                         save=True)
    return found[0] if found else ""
