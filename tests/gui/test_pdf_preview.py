"""The PDF preview: a ReportLab PDF shown from bytes, page label, zoom and page keys, errors."""

from __future__ import annotations

import gc
import io
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tests.gui.gui_helpers import show_active
from ui.protocol.pdf_preview import ZOOM_STEP, PdfPreview

CTRL = Qt.KeyboardModifier.ControlModifier


def make_pdf(pages: int) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica-Bold", 28)
        pdf.drawString(72, 760, f"Protokoll Seite {number}")
        pdf.rect(72, 300, 450, 400, fill=1)  # plenty of black to find in a screenshot
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.fixture
def preview(qtbot: Any) -> PdfPreview:
    widget = PdfPreview()
    widget.resize(600, 700)
    show_active(qtbot, widget)
    return widget


def dark_share(image: QImage) -> float:
    """Share of (sampled) pixels that are nearly black."""
    samples = [image.pixelColor(x, y).lightness() < 60
               for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)]
    return sum(samples) / max(len(samples), 1)


def test_three_pages_are_counted_labelled_and_rendered(qtbot: Any,
                                                       preview: PdfPreview) -> None:
    preview.set_pdf(make_pdf(3))
    gc.collect()  # the buffer QtPdf reads from must be held by the preview, not by us

    assert preview.page_count() == 3
    assert preview.error_text() == ""
    assert preview.page_label.text() == "Seite 1 von 3"
    assert preview.stack.currentWidget() is preview.view
    assert preview.view.pageMode() == QPdfView.PageMode.MultiPage
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    # QtPdf renders in the background; the black box of page 1 appears in the view
    qtbot.waitUntil(lambda: dark_share(preview.view.viewport().grab().toImage()) > 0.2,
                    timeout=5000)


def test_page_keys_turn_pages_and_update_the_label(qtbot: Any, preview: PdfPreview) -> None:
    preview.resize(600, 300)  # a screenful is much less than a page: a page key turns a page
    preview.set_pdf(make_pdf(3))
    preview.view.setFocus()
    qtbot.keyClick(preview.view, Qt.Key.Key_PageDown)
    assert preview.current_page() == 1
    assert preview.page_label.text() == "Seite 2 von 3"
    qtbot.keyClick(preview.view, Qt.Key.Key_PageDown)
    qtbot.keyClick(preview.view, Qt.Key.Key_PageDown)  # stays on the last page
    assert preview.page_label.text() == "Seite 3 von 3"
    qtbot.keyClick(preview.view, Qt.Key.Key_PageUp)
    assert preview.page_label.text() == "Seite 2 von 3"
    qtbot.keyClick(preview.view, Qt.Key.Key_PageUp)
    assert preview.page_label.text() == "Seite 1 von 3"
    assert preview.view.verticalScrollBar().value() <= preview.view.documentMargins().top()


def test_zoom_keys_change_the_zoom_factor(qtbot: Any, preview: PdfPreview) -> None:
    preview.set_pdf(make_pdf(3))
    preview.view.setFocus()
    qtbot.waitUntil(preview.view.hasFocus)
    fitted = preview.zoom_factor()
    assert 0.3 < fitted < 2.0
    assert preview.zoom_label.text() == f"{round(fitted * 100)} %"

    qtbot.keyClick(preview.view, Qt.Key.Key_Plus, CTRL)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.zoom_factor() == pytest.approx(fitted * ZOOM_STEP)
    assert preview.view.horizontalScrollBar().maximum() > 0  # wider than the view now

    qtbot.keyClick(preview.view, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(preview.view, Qt.Key.Key_Minus, CTRL)
    assert preview.zoom_factor() == pytest.approx(fitted / ZOOM_STEP)
    assert preview.zoom_label.text() == f"{round(fitted / ZOOM_STEP * 100)} %"

    qtbot.keyClick(preview.view, Qt.Key.Key_0, CTRL)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert preview.zoom_factor() == pytest.approx(fitted)


def test_ctrl_wheel_zooms_and_zoom_is_bounded(preview: PdfPreview) -> None:
    preview.set_pdf(make_pdf(1))
    fitted = preview.zoom_factor()
    viewport = preview.view.viewport()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(centre, viewport.mapToGlobal(centre), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, CTRL, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, wheel)
    assert preview.zoom_factor() == pytest.approx(fitted * ZOOM_STEP)

    for _ in range(30):
        preview.zoom_out()
    assert preview.zoom_factor() == pytest.approx(0.25)
    for _ in range(30):
        preview.zoom_in()
    assert preview.zoom_factor() == pytest.approx(5.0)


@pytest.mark.parametrize(("data", "reason"), [
    (b"%PDF-1.4\nkaputt", "Die Daten sind kein gültiges PDF."),
    (b"Hallo", "Die Daten sind kein gültiges PDF."),
    (b"", "Die Datei ist leer."),
])
def test_unreadable_data_shows_a_german_message(preview: PdfPreview, data: bytes,
                                                reason: str) -> None:
    preview.set_pdf(make_pdf(2))
    assert preview.page_count() == 2

    preview.set_pdf(data)
    assert preview.page_count() == 0
    assert preview.error_text() == \
        f"Die PDF-Vorschau kann nicht angezeigt werden: {reason}"
    assert preview.stack.currentWidget() is not preview.view
    assert preview.message.isVisible()
    assert preview.message.text() == preview.error_text()
    assert preview.page_label.text() == ""
    assert not preview.zoom_in_action.isEnabled()

    preview.set_pdf(make_pdf(1))  # a good document afterwards is shown again
    assert preview.error_text() == ""
    assert preview.page_label.text() == "Seite 1 von 1"
    assert preview.stack.currentWidget() is preview.view


@pytest.mark.parametrize("share", [0.3, 0.9])
def test_a_pdf_cut_short_is_reported_not_shown(preview: PdfPreview, share: float) -> None:
    data = make_pdf(3)
    preview.set_pdf(data[: int(len(data) * share)])
    assert preview.page_count() == 0
    assert preview.error_text() == ("Die PDF-Vorschau kann nicht angezeigt werden: "
                                    "Die Daten sind kein gültiges PDF.")


def test_clear_forgets_the_document(preview: PdfPreview) -> None:
    preview.set_pdf(make_pdf(2))
    preview.clear()
    assert preview.page_count() == 0
    assert preview.error_text() == ""
    assert preview.message.text() == "Kein PDF geladen."
