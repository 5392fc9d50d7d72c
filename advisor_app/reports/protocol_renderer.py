"""Consultation protocol -> PDF: ``render_protocol(data) -> bytes``.

One ``ProtocolRenderer`` per document owns the fonts, the stylesheet, the page templates
(page 1 with the letterhead, pages 2..n with a running header) and the "Seite X von Y"
footer. Output is deterministic: ReportLab's invariant mode, creation date and document
id from the data, so equal data gives byte-identical PDFs. (The trailer /ID is ReportLab's
digest of the metadata, the document id included; ReportLab also mixes the environment
variable SOURCE_DATE_EPOCH into it when that is set.)

Pure and Qt-free; may run on any thread (font registration is locked). A typical
protocol takes about 0.1-0.2 s and 20 pages with photos about 0.5-0.8 s
(tests/benchmarks/bench_protocol.py), so the GUI runs it as a background operation.
"""

from __future__ import annotations

import functools
import io

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.flowables import Spacer

from advisor_app import __version__
from advisor_app.domain.formatting import format_date, format_datetime, pdf_date
from advisor_app.reports.fonts import register_fonts
from advisor_app.reports.protocol_body import BodyBuilder
from advisor_app.reports.protocol_data import ProtocolData
from advisor_app.reports.protocol_labels import Labels
from advisor_app.reports.protocol_page import (
    LetterheadBlock,
    PageCountCanvas,
    draw_draft_mark,
    draw_footer,
    draw_running_header,
)
from advisor_app.reports.protocol_styles import Geometry, make_styles
from advisor_app.reports.protocol_tables import TableBuilder

__all__ = ["ProtocolRenderer", "render_protocol"]

PDF_LANG = {"de": "de-DE", "en": "en-GB"}
GAP_BELOW_LETTERHEAD = 8.0  # points between the letterhead rule and the title


def render_protocol(data: ProtocolData) -> bytes:
    """The protocol as PDF bytes; the same ``data`` always gives the same bytes."""
    return ProtocolRenderer(data).render()


class ProtocolRenderer:
    """Renders one ``ProtocolData``: owns its fonts, stylesheet, page templates and the
    page furniture (letterhead, running header, footer with "Seite X von Y")."""

    def __init__(self, data: ProtocolData, geometry: Geometry | None = None) -> None:
        self.data = data
        self.geometry = geometry or Geometry()
        # Binary streams, not ASCII85: a quarter smaller, and ReportLab's pure-Python
        # ASCII85 encoder took half the time of a protocol with photos. (A process-wide
        # ReportLab setting; the reports are its only user, and set it the same way.)
        rl_config.useA85 = 0
        self.fonts = register_fonts()
        self.styles = make_styles(self.fonts)
        self.labels = Labels(data.lang)
        head = data.letterhead
        self.letterhead = LetterheadBlock(head.office_name, head.address_lines, head.logo,
                                          self.styles, self.geometry)
        held = format_date(data.held_at.date(), data.lang)
        self._title = self.labels("pdf_title", municipality=data.municipality.name, date=held)
        generated = self.labels("generated",
                                when=format_datetime(data.generated_at, data.lang))
        template = self.labels("footer_template", title=data.template_title,
                               version=data.template_version)
        self._footer = (
            f"{self._title} · {self.labels('document_id', id=data.document_id)}",
            f"{generated} · {template}",
        )

    # -- the document ------------------------------------------------------------------
    def render(self) -> bytes:
        buffer = io.BytesIO()
        doc = self._doc_template(buffer)
        canvasmaker = functools.partial(
            PageCountCanvas,
            label=lambda page, pages: self.labels("page", page=page, pages=pages),
            font=self.fonts.regular, pdf_date=pdf_date(self.data.generated_at))
        doc.build(self.story(), canvasmaker=canvasmaker)
        return buffer.getvalue()

    def story(self) -> list[Flowable]:
        data = self.data
        width = self.geometry.frame_width
        body = BodyBuilder(data, self.styles, width)
        tables = TableBuilder(data, self.styles, width)
        story: list[Flowable] = [*body.title(), Spacer(1, 2)]
        story += body.text_part("summary", data.summary, "summary")
        for number, section in enumerate(data.sections, start=1):
            story += body.section(number, section)
        story += body.text_part("recommendations", data.recommendations, "recommendations")
        story += body.amendments()
        story += tables.next_steps()
        story += tables.attachments()
        story += tables.signatures()
        return story

    def _doc_template(self, buffer: io.BytesIO) -> BaseDocTemplate:
        data, g, t = self.data, self.geometry, self.labels
        author = ", ".join(a for a in data.advisers if a.strip()) or data.letterhead.office_name
        template = t("template_version", title=data.template_title,
                     version=data.template_version)
        subject = t("pdf_subject", municipality=data.municipality.name, ags=data.municipality.ags,
                    date=format_date(data.held_at.date(), data.lang), template=template)
        doc = BaseDocTemplate(
            buffer, pagesize=(g.width, g.height), leftMargin=g.left, rightMargin=g.right,
            topMargin=g.later_top, bottomMargin=g.bottom, title=self._title, author=author,
            subject=subject, creator=f"advisor-app {__version__}",
            keywords=[data.document_id, f"AGS {data.municipality.ags}",
                      data.letterhead.office_name],
            lang=PDF_LANG[data.lang], invariant=1, initialFontName=self.fonts.regular,
            displayDocTitle=1,
        )
        first_top = g.top + self.letterhead.height + GAP_BELOW_LETTERHEAD
        doc.addPageTemplates([
            PageTemplate("first", [self._frame("first", first_top)], onPage=self._first_page,
                         autoNextPageTemplate="later"),
            PageTemplate("later", [self._frame("later", g.later_top)],
                         onPage=self._later_page),
        ])
        return doc

    def _frame(self, name: str, top: float) -> Frame:
        g = self.geometry
        return Frame(g.left, g.bottom, g.frame_width, g.height - top - g.bottom, id=name,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    # -- page furniture ----------------------------------------------------------------
    def _first_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.showOutline()
        self._decorate(canv)
        self.letterhead.draw(canv)

    def _later_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        self._decorate(canv)
        draw_running_header(canv, self.geometry, self.fonts.regular, self._title,
                            self.data.letterhead.office_name)

    def _decorate(self, canv: Canvas) -> None:
        if self.data.draft:
            draw_draft_mark(canv, self.geometry, self.fonts.bold, self.labels("draft"))
        draw_footer(canv, self.geometry, self.fonts.regular, self._footer)
