"""An in-program preview of a PDF given as bytes (QtPdf): all pages one below the other.

Fit to width by default; Strg++ / Strg+- / Strg+0 zoom in, out and back to the width, as do
the tool buttons and Strg+mouse wheel; Bild auf / Bild ab go to the previous / next page.
A document that cannot be read is replaced by a German message inside the widget.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QWheelEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

ZOOM_STEP = 1.25
MIN_ZOOM = 0.25
MAX_ZOOM = 5.0

_VIEW, _MESSAGE = 0, 1


class PdfPreview(QWidget):
    """Shows the PDF handed to :meth:`set_pdf`; never writes a file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._error = ""
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_icon = QLabel()
        self.message_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.message_icon.setPixmap(icon.pixmap(48, 48))
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(24, 24, 24, 24)
        panel_layout.addStretch(1)
        panel_layout.addWidget(self.message_icon)
        panel_layout.addWidget(self.message)
        panel_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(panel)
        self.stack.setCurrentIndex(_MESSAGE)

        self.zoom_in_action = self._action(QKeySequence.StandardKey.ZoomIn, "Ctrl+=",
                                           slot=self.zoom_in)
        self.zoom_out_action = self._action(QKeySequence.StandardKey.ZoomOut, None,
                                            slot=self.zoom_out)
        self.fit_width_action = self._action(QKeySequence("Ctrl+0"), None, slot=self.fit_width)
        self.zoom_label = QLabel()
        self.page_label = QLabel()
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 8, 4)
        for action in (self.zoom_out_action, self.zoom_in_action):
            bar.addWidget(self._button(action))
        bar.addWidget(self.zoom_label)
        bar.addWidget(self._button(self.fit_width_action))
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.setFocusProxy(self.view)

        self.document.statusChanged.connect(self._refresh)
        self.view.pageNavigator().currentPageChanged.connect(self._update_labels)
        self.view.zoomFactorChanged.connect(self._update_labels)
        self.view.zoomModeChanged.connect(self._update_labels)
        self.retranslate()
        self._refresh()

    def _action(self, keys: QKeySequence | QKeySequence.StandardKey, extra: str | None, *,
                slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        shortcuts = [QKeySequence(keys)] if isinstance(keys, QKeySequence) \
            else QKeySequence.keyBindings(keys)
        if extra:
            shortcuts.append(QKeySequence(extra))
        action.setShortcuts(shortcuts)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys do the same; Tab goes on
        return button

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        for action, text, symbol in (
                (self.zoom_in_action, self.tr("Vergrößern"), "+"),
                (self.zoom_out_action, self.tr("Verkleinern"), "−"),
                (self.fit_width_action, self.tr("Seitenbreite"), None)):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setText(symbol or text)
            action.setToolTip(f"{text} ({keys})")
            action.setStatusTip(text)
        self.view.setAccessibleName(self.tr("PDF-Vorschau"))
        self.view.setAccessibleDescription(self.tr(
            "Bild auf und Bild ab blättern, Strg+Plus und Strg+Minus zoomen, "
            "Strg+0 passt die Seite an die Breite an."))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- document -------------------------------------------------------------------------

    def set_pdf(self, data: bytes) -> None:
        """Show ``data`` (a whole PDF file) from its first page; or a message if unreadable."""
        self._unload()
        self._error = ""
        if not data:
            self._error = self.tr("Die PDF-Vorschau kann nicht angezeigt werden: Die Datei ist "
                                  "leer.")
            self._refresh()
            return
        # QPdfDocument reads from the device while it shows the document: keep it alive,
        # owned by the document so it outlives every read.
        buffer = QBuffer(self.document)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        self._refresh()
        if self.page_count():
            self.go_to_page(0)

    def clear(self) -> None:
        """Show nothing (and forget the last document)."""
        self._unload()
        self._error = ""
        self._refresh()

    def _unload(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def page_count(self) -> int:
        ready = self.document.status() == QPdfDocument.Status.Ready
        return self.document.pageCount() if ready and not self._error else 0

    def current_page(self) -> int:
        """The page shown at the top of the view, counted from 0."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        """Scroll to ``page`` (from 0; clamped to the document)."""
        if self.page_count():
            page = min(max(page, 0), self.page_count() - 1)
            self.view.pageNavigator().jump(page, QPointF(), 0)

    def error_text(self) -> str:
        """The message shown instead of the document; empty when it is shown."""
        return self._error

    def _status_error(self) -> str:
        status = self.document.status()
        if status == QPdfDocument.Status.Error:
            return self._reason(self.document.error())
        if status == QPdfDocument.Status.Ready and self.document.pageCount() == 0:
            return self.tr("Die PDF-Vorschau kann nicht angezeigt werden: Das PDF hat keine "
                           "Seiten.")
        return ""

    def _reason(self, error: QPdfDocument.Error) -> str:
        reasons = {
            QPdfDocument.Error.InvalidFileFormat: self.tr("Die Daten sind kein gültiges PDF."),
            QPdfDocument.Error.IncorrectPassword: self.tr("Das PDF ist durch ein Passwort "
                                                          "geschützt."),
            QPdfDocument.Error.UnsupportedSecurityScheme: self.tr(
                "Das PDF ist mit einem nicht unterstützten Verfahren verschlüsselt."),
            QPdfDocument.Error.DataNotYetAvailable: self.tr("Das PDF ist unvollständig."),
        }
        reason = reasons.get(error, self.tr("Unbekannter Fehler beim Lesen des PDF."))
        return self.tr("Die PDF-Vorschau kann nicht angezeigt werden: %1").replace("%1", reason)

    def _refresh(self) -> None:
        if not self._error:
            self._error = self._status_error()
        status = self.document.status()
        self.message_icon.setVisible(bool(self._error))
        if self._error:
            self.message.setText(self._error)
            self.stack.setCurrentIndex(_MESSAGE)
        elif status == QPdfDocument.Status.Ready:
            self.stack.setCurrentIndex(_VIEW)
        else:
            loading = status == QPdfDocument.Status.Loading
            self.message.setText(self.tr("PDF wird geladen …") if loading
                                 else self.tr("Kein PDF geladen."))
            self.stack.setCurrentIndex(_MESSAGE)
        self._update_labels()

    def _update_labels(self) -> None:
        count = self.page_count()
        self.page_label.setText(self.tr("Seite %1 von %2").replace(
            "%1", str(self.current_page() + 1)).replace("%2", str(count)) if count else "")
        self.zoom_label.setText(f"{round(self.zoom_factor() * 100)} %" if count else "")
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_width_action):
            action.setEnabled(bool(count))

    # --- zoom -----------------------------------------------------------------------------

    def zoom_factor(self) -> float:
        """The zoom shown, 1.0 meaning real size; also when the page is fitted to the width."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or not self.page_count():
            return float(self.view.zoomFactor())
        # QPdfView fits without updating zoomFactor(); the same computation as qpdfview.cpp
        page = self.document.pagePointSize(max(self.current_page(), 0))
        screen = QGuiApplication.primaryScreen()
        dots_per_point = (screen.logicalDotsPerInch() if screen else 96.0) / 72.0
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        return max(room, 1) / max(page.width() * dots_per_point, 1.0)

    def set_zoom_factor(self, factor: float) -> None:
        """Show the pages at ``factor`` (clamped to 25 %…500 %)."""
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, MIN_ZOOM), MAX_ZOOM))
        self._update_labels()

    def zoom_in(self) -> None:
        if self.page_count():
            self.set_zoom_factor(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        if self.page_count():
            self.set_zoom_factor(self.zoom_factor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_labels()

    # --- keys and wheel -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Bild auf/ab turn pages (the view would scroll a screen); Strg+wheel zooms; a
        resize changes the fitted zoom shown."""
        kind = event.type()
        if watched is self.view and kind == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and self.page_count():
            steps: dict[int, int] = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}
            if event.key() in steps and event.modifiers() in (
                    Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
                self.go_to_page(self.current_page() + steps[event.key()])
                return True
        elif watched is self.view.viewport():
            if kind == QEvent.Type.Wheel and isinstance(event, QWheelEvent) \
                    and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                delta = event.angleDelta().y()
                if delta > 0:
                    self.zoom_in()
                elif delta < 0:
                    self.zoom_out()
                return True
            if kind == QEvent.Type.Resize:
                self._update_labels()
        return super().eventFilter(watched, event)
