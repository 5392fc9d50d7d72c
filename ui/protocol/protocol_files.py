"""Saving the protocol window's PDF and opening it in the system's PDF viewer (a mixin of
:class:`~ui.protocol.protocol_dialog.ProtocolDialog`). Files are written in the background,
whole or not at all."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from advisor_app.services import protocol as service
from ui import dialogs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from advisor_app.services.protocol import ProtocolContext
    from ui.ops import Ops

__all__ = ["VIEWER_FOLDER", "ProtocolFiles", "open_external"]

VIEWER_FOLDER = "advisor-app-protokolle"
translate = QCoreApplication.translate


def open_external(path: Path) -> bool:
    """Open ``path`` in the system's program for it (patched in tests)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ProtocolFiles:
    """Needs ``pdf``, ``context``, ``ops``, ``_pdf_lang`` and ``current_lang`` of the
    dialog. Texts in the translation context of the dialog."""

    pdf: bytes
    context: ProtocolContext | None
    ops: Ops
    _pdf_lang: str

    if TYPE_CHECKING:
        def current_lang(self) -> str: ...

    def suggested_name(self) -> str:
        if self.context is None:
            return "Beratungsprotokoll.pdf"
        if self.context.signed is not None:
            return self.context.signed.filename
        detail = self.context.detail
        return service.protocol_filename(detail.municipality_name, detail.held_at,
                                         self._pdf_lang or self.current_lang())

    def save_as(self) -> None:
        if not self.pdf:
            return
        title = translate("ProtocolDialog", "Protokoll speichern unter")
        path = dialogs.pick_save_file(self._widget(), title,
                                      str(Path.home() / self.suggested_name()),
                                      translate("ProtocolDialog", "PDF-Dateien (*.pdf)"))
        if not path:
            return
        target = Path(path) if path.lower().endswith(".pdf") else Path(f"{path}.pdf")
        pdf = self.pdf
        self.ops.run(lambda: service.write_file(target, pdf),
                     on_success=lambda _r: None, on_failure=self._write_failed)

    def open_in_viewer(self) -> None:
        """A copy in the temporary folder, opened by the system's PDF viewer."""
        if not self.pdf:
            return
        target = Path(tempfile.gettempdir()) / VIEWER_FOLDER / self.suggested_name()
        pdf = self.pdf

        def write() -> Path:
            target.parent.mkdir(parents=True, exist_ok=True)
            service.write_file(target, pdf)
            return target

        self.ops.run(write, on_success=self._open_written, on_failure=self._write_failed)

    def _open_written(self, path: Path) -> None:
        if not open_external(path):
            self._error(translate(
                "ProtocolDialog", "Es ist kein Programm zum Anzeigen von PDF-Dateien "
                "eingerichtet. Die Datei liegt unter %1.").replace("%1", str(path)))

    def _write_failed(self, error: BaseException) -> None:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        self._error(translate("ProtocolDialog", "Die Datei konnte nicht geschrieben werden: %1")
                    .replace("%1", reason))

    def _error(self, text: str) -> None:
        dialogs.show_message(self._widget(), translate("ProtocolDialog", "Beratungsprotokoll"),
                             text, error=True)

    def _widget(self) -> QWidget:
        return self  # type: ignore[return-value]  # mixed into a QDialog
