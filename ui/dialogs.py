"""Every modal interaction goes through these functions, so tests can patch them
(``monkeypatch.setattr(ui.dialogs, "run_dialog", ...)``) and never block on a modal.
Call them as ``dialogs.run_dialog(...)``, not by a name imported into another module."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


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
    path, _ = QFileDialog.getOpenFileName(parent, title, start, name_filter)
    return path


def pick_directory(parent: QWidget | None, title: str, start: str) -> str:
    """A directory chosen by the user, or "" when cancelled."""
    return QFileDialog.getExistingDirectory(parent, title, start)


def pick_files(parent: QWidget | None, title: str, start: str, name_filter: str) -> list[str]:
    """Files chosen by the user (several at once), or [] when cancelled."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, start, name_filter)
    return list(paths)


def pick_save_file(parent: QWidget | None, title: str, start: str, name_filter: str) -> str:
    """A file name to save to, chosen by the user (overwriting confirmed), or "" when
    cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, start, name_filter)
    return path
