"""The protocol's stylesheet: page geometry, colours and paragraph styles (all in the
embedded fonts; no style may fall back to a base-14 font, bullets included)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from advisor_app.reports.fonts import FontFamily

__all__ = ["NUMBER_WIDTH", "Colours", "Geometry", "ProtocolStyles", "make_styles", "table_style"]


NUMBER_WIDTH = 10 * mm  # the column of question numbers ("2.3")


@dataclass(frozen=True)
class Geometry:
    """A4 portrait; the first page's frame starts below the letterhead (its height is known
    only per document, so the renderer computes ``first_top``)."""

    width: float = A4[0]
    height: float = A4[1]
    left: float = 25 * mm
    right: float = 20 * mm
    top: float = 15 * mm  # letterhead and running header start here
    later_top: float = 27 * mm  # frame top on pages 2..n (below the running header)
    bottom: float = 24 * mm  # frame bottom (the footer sits below)
    footer_y: float = 11 * mm  # baseline of the lower footer line

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right


class Colours:
    muted_hex = "#5B6573"  # for <font color=...> in paragraph markup
    accent_hex = "#1F3A5F"
    text = colors.HexColor("#1A1A1A")
    muted = colors.HexColor(muted_hex)
    accent = colors.HexColor(accent_hex)
    rule = colors.HexColor("#B8C0CC")
    hairline = colors.HexColor("#D9DEE5")
    fill = colors.HexColor("#EEF2F7")
    zebra = colors.HexColor("#F6F8FA")
    warning = colors.HexColor("#A4262C")
    draft = colors.HexColor("#E3E7EC")
    white = colors.white


@dataclass(frozen=True)
class ProtocolStyles:
    fonts: FontFamily
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    label: ParagraphStyle  # left column of the header block
    question: ParagraphStyle
    question_no: ParagraphStyle
    question_block: ParagraphStyle  # a question above its long text answer
    answer: ParagraphStyle
    answer_missing: ParagraphStyle
    long_answer: ParagraphStyle
    note: ParagraphStyle
    note_label: ParagraphStyle
    table_head: ParagraphStyle
    table_cell: ParagraphStyle
    table_mark: ParagraphStyle  # "aus Beratung vom ..." under a carried-over step
    amendment_head: ParagraphStyle
    letterhead_office: ParagraphStyle
    letterhead_line: ParagraphStyle
    signature_label: ParagraphStyle


def make_styles(fonts: FontFamily) -> ProtocolStyles:
    base = ParagraphStyle(
        "base", fontName=fonts.regular, bulletFontName=fonts.regular, fontSize=9.5,
        leading=13.5, textColor=Colours.text, allowWidows=0, allowOrphans=0,
        # a word too long for its line (a URL, a compound in a narrow column) is split
        # wherever needed. Not embeddedHyphenation/uriWasteReduce: with them ReportLab
        # splits a URL once and lets the still too long rest run off the page.
        splitLongWords=1, embeddedHyphenation=0, uriWasteReduce=0,
    )

    def derive(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return ProtocolStyles(
        fonts=fonts,
        body=derive("body", spaceAfter=5),
        small=derive("small", fontSize=8, leading=10.5),
        muted=derive("muted", fontSize=8, leading=10.5, textColor=Colours.muted),
        title=derive("title", fontName=fonts.bold, fontSize=20, leading=24,
                     textColor=Colours.accent, spaceAfter=2),
        subtitle=derive("subtitle", fontSize=10.5, leading=14, textColor=Colours.muted,
                        spaceAfter=10),
        heading=derive("heading", fontName=fonts.bold, fontSize=12.5, leading=16,
                       textColor=Colours.accent, spaceBefore=14, spaceAfter=6),
        label=derive("label", fontSize=8.5, leading=12, textColor=Colours.muted),
        question=derive("question", fontSize=9, leading=12.5),
        question_no=derive("question_no", fontSize=9, leading=12.5, textColor=Colours.muted),
        question_block=derive("question_block", fontSize=9, leading=12.5,
                              leftIndent=NUMBER_WIDTH, bulletIndent=0, bulletFontSize=9,
                              bulletColor=Colours.muted, spaceBefore=4, spaceAfter=3),
        answer=derive("answer", fontName=fonts.bold, fontSize=9, leading=12.5),
        answer_missing=derive("answer_missing", fontName=fonts.italic, fontSize=9,
                              leading=12.5, textColor=Colours.warning),
        long_answer=derive("long_answer", fontSize=9.5, leading=13.5, leftIndent=NUMBER_WIDTH,
                           spaceAfter=4),
        note=derive("note", fontSize=9, leading=12.5, backColor=Colours.fill,
                    borderPadding=(5, 6, 6, 6), leftIndent=6, rightIndent=6, spaceBefore=8,
                    spaceAfter=6),
        note_label=derive("note_label", fontName=fonts.bold, fontSize=8, leading=10,
                          textColor=Colours.accent),
        table_head=derive("table_head", fontName=fonts.bold, fontSize=8, leading=10,
                          textColor=Colours.white),
        table_cell=derive("table_cell", fontSize=8.5, leading=11),
        table_mark=derive("table_mark", fontName=fonts.italic, fontSize=7.5, leading=9.5,
                          textColor=Colours.muted),
        amendment_head=derive("amendment_head", fontName=fonts.bold, fontSize=9,
                              leading=12.5, spaceBefore=6, spaceAfter=2),
        letterhead_office=derive("letterhead_office", fontName=fonts.bold, fontSize=10,
                                 leading=12.5, textColor=Colours.accent, alignment=TA_RIGHT),
        letterhead_line=derive("letterhead_line", fontSize=8, leading=10.5,
                               textColor=Colours.muted, alignment=TA_RIGHT),
        signature_label=derive("signature_label", fontName=fonts.bold, fontSize=9,
                               leading=12),
    )


def table_style(fonts: FontFamily, commands: list[tuple[object, ...]]) -> TableStyle:
    """A table style whose cells use the report font: a table's default cell font is
    Helvetica, which it selects for every cell (even one holding only paragraphs), and
    that alone would put a base-14 font into the PDF."""
    return TableStyle([("FONT", (0, 0), (-1, -1), fonts.regular, 8.5), *commands])
