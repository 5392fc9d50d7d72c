"""What every page carries: the letterhead (page 1), the running header (pages 2..n), the
footer with "Seite X von Y", the draft mark; and the canvas that fills in the page count."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from advisor_app.reports.protocol_styles import Colours, Geometry, ProtocolStyles
from advisor_app.reports.protocol_text import image_reader, markup

__all__ = ["FOOTER_SIZE", "LetterheadBlock", "PageCountCanvas", "draw_draft_mark", "draw_footer",
           "draw_running_header", "fit_text"]

FOOTER_SIZE = 7.5
LOGO_MAX = (45 * mm, 18 * mm)
OFFICE_WIDTH = 100 * mm
LETTERHEAD_MAX = 50 * mm  # address lines beyond this height are left out


def fit_text(text: str, width: float, font: str, size: float) -> str:
    """``text`` shortened with "…" to fit ``width`` points (footer and header lines)."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


class LetterheadBlock:
    """The letterhead of page 1: logo on the left, office name and address lines right-
    aligned on the right, a rule below. Laid out once; ``height`` includes the rule."""

    def __init__(self, office_name: str, address_lines: tuple[str, ...], logo: bytes | None,
                 styles: ProtocolStyles, geometry: Geometry) -> None:
        self.geometry = geometry
        self.logo: ImageReader | None = image_reader(logo) if logo else None
        self.logo_size = (0.0, 0.0)
        if self.logo is not None:
            width, height = self.logo.getSize()
            scale = min(LOGO_MAX[0] / width, LOGO_MAX[1] / height)
            self.logo_size = (width * scale, height * scale)
        office = Paragraph(markup(office_name), styles.letterhead_office)
        self.lines = [office]
        self.text_height = office.wrap(OFFICE_WIDTH, geometry.height)[1]
        for line in address_lines:  # as many as fit the letterhead's height
            paragraph = Paragraph(markup(line), styles.letterhead_line)
            height = paragraph.wrap(OFFICE_WIDTH, geometry.height)[1]
            if line.strip() and self.text_height + height <= LETTERHEAD_MAX:
                self.lines.append(paragraph)
                self.text_height += height
        self.height = max(self.text_height, self.logo_size[1]) + 4 * mm

    def draw(self, canv: Canvas) -> None:
        g = self.geometry
        top = g.height - g.top
        if self.logo is not None:
            w, h = self.logo_size
            canv.drawImage(self.logo, g.left, top - h, width=w, height=h, mask="auto")
        y = top
        x = g.width - g.right - OFFICE_WIDTH
        for paragraph in self.lines:
            y -= paragraph.height
            paragraph.drawOn(canv, x, y)
        canv.setStrokeColor(Colours.accent)
        canv.setLineWidth(1.2)
        rule_y = top - self.height
        canv.line(g.left, rule_y, g.width - g.right, rule_y)


class PageCountCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped
    """A canvas that can print "Seite X von Y" in a single pass: each page shows a form
    XObject that is only filled in at ``save()``, when the page count is known. (The usual
    trick of delaying ``showPage`` would break the outline's page references.)

    ``label(page, pages)`` gives the text; ``pdf_date`` replaces the creation and
    modification dates of the document info."""

    def __init__(self, *args: Any, label: Callable[[int, int], str], font: str,
                 pdf_date: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._label = label
        self._label_font = font
        self._labelled: list[int] = []
        self.setDateFormatter(lambda *_ignored: pdf_date)

    def draw_page_label(self, right: float, y: float) -> None:
        """Right-align this page's "Seite X von Y" at (``right``, ``y``)."""
        page = self.getPageNumber()
        self._labelled.append(page)
        self.saveState()
        self.translate(right, y)
        self.doForm(f"pageLabel{page}")
        self.restoreState()

    def save(self) -> None:
        pages = max(self._labelled, default=0)
        for page in dict.fromkeys(self._labelled):
            self.beginForm(f"pageLabel{page}", lowerx=-100 * mm, lowery=-2 * mm, upperx=1,
                           uppery=5 * mm)
            self.setFont(self._label_font, FOOTER_SIZE)
            self.setFillColor(Colours.muted)
            self.drawRightString(0, 0, self._label(page, pages))
            self.endForm()
        super().save()


def draw_footer(canv: PageCountCanvas, geometry: Geometry, font: str,
                lines: tuple[str, str]) -> None:
    """Rule, two lines on the left (document id, generation time, template), page label
    on the right."""
    g = geometry
    right = g.width - g.right
    upper = g.footer_y + FOOTER_SIZE + 2.5
    canv.setStrokeColor(Colours.rule)
    canv.setLineWidth(0.5)
    canv.line(g.left, upper + FOOTER_SIZE + 3, right, upper + FOOTER_SIZE + 3)
    canv.setFont(font, FOOTER_SIZE)
    canv.setFillColor(Colours.muted)
    room = g.frame_width - 32 * mm
    canv.drawString(g.left, upper, fit_text(lines[0], room, font, FOOTER_SIZE))
    canv.drawString(g.left, g.footer_y, fit_text(lines[1], room, font, FOOTER_SIZE))
    canv.draw_page_label(right, upper)


def draw_running_header(canv: Canvas, geometry: Geometry, font: str, left: str,
                        right: str) -> None:
    """Document title on the left, office on the right (shortened if both do not fit)."""
    g = geometry
    y = g.height - g.top - FOOTER_SIZE
    left = fit_text(left, g.frame_width / 2, font, FOOTER_SIZE)
    room = g.frame_width - stringWidth(left, font, FOOTER_SIZE) - 8 * mm
    canv.setFont(font, FOOTER_SIZE)
    canv.setFillColor(Colours.muted)
    canv.drawString(g.left, y, left)
    canv.drawRightString(g.width - g.right, y, fit_text(right, room, font, FOOTER_SIZE))
    canv.setStrokeColor(Colours.rule)
    canv.setLineWidth(0.5)
    canv.line(g.left, y - 4, g.width - g.right, y - 4)


def draw_draft_mark(canv: Canvas, geometry: Geometry, font: str, text: str) -> None:
    """A large, light diagonal mark behind the page content."""
    canv.saveState()
    canv.translate(geometry.width / 2, geometry.height / 2)
    canv.rotate(50)
    canv.setFont(font, 96)
    canv.setFillColor(Colours.draft)
    canv.drawCentredString(0, -34, text)
    canv.restoreState()
