"""The protocol window of a consultation: preview, save, open, sign.

The PDF is rendered in the background (``ui.ops``; the GUI thread never waits on ReportLab)
while a busy bar shows; the language (default: the consultation's) renders it again. Once
both parties have signed, the stored signed PDF is shown and nothing can be rendered again:
"Unterschriebenes Protokoll – unveränderlich (SHA-256 …)".

Keys: Strg+S save as, Strg+O open in the PDF viewer, Esc closes; the preview keeps its own
keys (Bild auf/ab, Strg+Plus/Minus).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from advisor_app.persistence.database import Database
from advisor_app.services import protocol as service
from advisor_app.services.protocol import ProtocolContext, ProtocolSigned
from ui import dialogs
from ui.ops import Ops
from ui.protocol.pdf_preview import PdfPreview
from ui.protocol.protocol_files import ProtocolFiles
from ui.protocol.signing_panel import SigningPanel

__all__ = ["ProtocolDialog", "open_protocol_dialog"]

LANGUAGES = (("de", "Deutsch"), ("en", "English"))
_OPEN: dict[str, ProtocolDialog] = {}
translate = QCoreApplication.translate


def open_protocol_dialog(db: Database, ops: Ops, consultation_id: str,
                         parent: QWidget | None = None) -> ProtocolDialog:
    """Show the consultation's protocol window (the open one if there is one)."""
    dialog = _OPEN.get(consultation_id)
    if dialog is not None and not shiboken6.isValid(dialog):  # deleted with its parent
        dialog = None
    if dialog is None:
        dialog = _OPEN[consultation_id] = ProtocolDialog(db, ops, consultation_id, parent)
        dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


class ProtocolDialog(ProtocolFiles, QDialog):
    """``signed(sha256)`` is emitted after the protocol was signed and stored."""

    signed = Signal(str)

    def __init__(self, db: Database, ops: Ops, consultation_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProtocolDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.db, self.ops, self.consultation_id = db, ops, consultation_id
        self.context: ProtocolContext | None = None
        self.pdf = b""  # what the preview shows
        self._pdf_lang = ""
        self._key = f"protocol-pdf:{consultation_id}"
        self._closed = False

        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.save_button = QPushButton(self)
        self.open_button = QPushButton(self)
        # Strg+S / Strg+O beside the buttons' Alt mnemonics (a button keeps only one key)
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.addActions([self.save_action, self.open_action])
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(140)
        self.busy_label = QLabel(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setStyleSheet("font-weight: bold; color: #1b5e20;")
        self.note.hide()
        self.preview = PdfPreview(self)
        self.signing = SigningPanel()
        scroll = QScrollArea(self)
        scroll.setWidget(self.signing)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(440)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.preview)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([800, 480])  # pads small enough to see the button below
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        bar = QHBoxLayout()
        bar.addWidget(self.language_label)
        bar.addWidget(self.language)
        bar.addSpacing(12)
        bar.addWidget(self.save_button)
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        bar.addWidget(self.busy_label)
        bar.addWidget(self.busy)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)

        self.language.activated.connect(lambda _i: self.render())
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.save_action.triggered.connect(self.save_as)
        self.open_action.triggered.connect(self.open_in_viewer)
        self.signing.sign_requested.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        self.finished.connect(self._forget)
        self._set_busy(True)
        self.retranslate()
        self.resize(1280, 860)
        self.load()

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Beratungsprotokoll"))
        self.language_label.setText(self.tr("S&prache:"))
        self.language.setAccessibleName(self.tr("Sprache des Protokolls"))
        self.save_button.setText(self.tr("&Speichern unter…"))
        self.save_button.setAccessibleName(self.tr("Protokoll speichern unter"))
        self.save_button.setToolTip(self.tr("Als PDF-Datei speichern (Strg+S)"))
        self.open_button.setText(self.tr("Im PDF-&Betrachter öffnen"))
        self.open_button.setAccessibleName(self.tr("Im PDF-Betrachter öffnen"))
        self.open_button.setToolTip(self.tr("Im PDF-Programm des Systems öffnen (Strg+O)"))
        self.busy_label.setText(self.tr("Protokoll wird erstellt …"))
        self.busy.setAccessibleName(self.tr("Protokoll wird erstellt"))
        self.preview.setAccessibleName(self.tr("Vorschau des Protokolls"))
        self._show_note()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading and rendering ------------------------------------------------------------

    def load(self) -> None:
        """Read the consultation (and whether it is signed), then show its PDF."""
        db, cid = self.db, self.consultation_id
        self._set_busy(True)
        self.ops.run(lambda: service.protocol_context(db, cid), on_success=self._loaded,
                     on_failure=self._failed, key=f"protocol-context:{cid}")

    def _loaded(self, context: ProtocolContext) -> None:
        if self._closed:
            return
        self.context = context
        detail = context.detail
        index = self.language.findData(detail.protocol_lang)
        self.language.setCurrentIndex(max(index, 0))
        self.signing.set_context(detail, context.adviser_name)
        self.signing.set_signed(context.signed is not None)
        self._show_note()
        if context.signed is not None:
            db, cid = self.db, self.consultation_id
            self.ops.run(lambda: service.signed_protocol(db, cid), on_success=self._show_pdf,
                         on_failure=self._failed, key=self._key)
        else:
            self.render()

    def is_signed(self) -> bool:
        return self.context is not None and self.context.signed is not None

    def current_lang(self) -> str:
        return str(self.language.currentData())

    def render(self) -> None:
        """Render the protocol in the chosen language in the background."""
        if self.context is None or self.is_signed():
            return
        db, cid, lang = self.db, self.consultation_id, self.current_lang()
        self._set_busy(True)
        self._pdf_lang = lang
        self.ops.run(lambda: service.render_protocol_pdf(db, cid, lang),
                     on_success=self._show_pdf, on_failure=self._failed, key=self._key)

    def _show_pdf(self, pdf: bytes) -> None:
        if self._closed:
            return
        self.pdf = pdf
        self.preview.set_pdf(pdf)
        self._set_busy(False)

    def _failed(self, error: BaseException) -> None:
        if self._closed:  # e.g. signing failed after the window was closed
            dialogs.show_message(None, translate("ProtocolDialog", "Beratungsprotokoll"),
                                 str(error), error=True)
            return
        self._set_busy(False)
        if isinstance(error, ProtocolSigned):  # signed meanwhile: show the signed one
            self.load()
            return
        dialogs.show_message(self, self.tr("Beratungsprotokoll"), str(error), error=True)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        ready = not busy and bool(self.pdf)
        self.save_button.setEnabled(ready)
        self.open_button.setEnabled(ready)
        self.language.setEnabled(not busy and self.context is not None and not self.is_signed())
        self.signing.set_busy(busy)

    def _show_note(self) -> None:
        signed = self.context.signed if self.context is not None else None
        self.note.setVisible(signed is not None)
        if signed is not None:
            self.note.setText(self.tr("Unterschriebenes Protokoll – unveränderlich (SHA-256 %1)")
                              .replace("%1", signed.sha256))
            self.note.setAccessibleName(self.note.text())

    # --- signing --------------------------------------------------------------------------

    def sign(self) -> None:
        """After a confirmation: store both signatures and the signed PDF (background)."""
        if not self.signing.can_sign():
            return
        choice = dialogs.choose(self, self.tr("Protokoll unterschreiben"), self.tr(
            "Das Protokoll wird mit beiden Unterschriften gespeichert und festgeschrieben. "
            "Danach kann es nicht mehr geändert oder neu erstellt werden."),
            [self.tr("Unterschreiben und festschreiben"), self.tr("Abbrechen")])
        if choice != 0:
            return
        adviser, municipality = self.signing.inputs()
        db, cid, lang = self.db, self.consultation_id, self.current_lang()
        self._set_busy(True)
        self.ops.run(lambda: service.sign_protocol(db, cid, adviser, municipality, lang),
                     on_success=self._signed, on_failure=self._failed)

    def _signed(self, sha256: str) -> None:
        self.ops.notify_changed({"consultation", "consultation_attachment",
                                 "consultation_signature"})
        if not self._closed:
            self.signed.emit(sha256)
            self.load()

    # --- closing --------------------------------------------------------------------------

    def _forget(self, _result: int = 0) -> None:
        """Closed (Esc, "Schließen", the window's close button): pending previews are not
        delivered any more. A running signing still finishes in the background."""
        self.ops.cancel(self._key)
        self.ops.cancel(f"protocol-context:{self.consultation_id}")
        if _OPEN.get(self.consultation_id) is self:
            del _OPEN[self.consultation_id]
