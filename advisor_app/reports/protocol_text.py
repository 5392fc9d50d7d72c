"""Small building blocks of the protocol: safe paragraph markup, headings that add a PDF
outline entry, tables that cannot fail on a huge cell, image flowables scaled to a box."""

from __future__ import annotations

import io
import re
from typing import Any
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from PIL import ImageOps
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

__all__ = ["HEADING_ROOM", "Heading", "Picture", "heading", "image_flowable", "image_reader",
           "markup", "paragraphs", "table"]

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n+")
_MAX_PIXELS = 800  # thumbnails and logos are downscaled to this many pixels on the long side
_DRAFT_PIXELS = 600  # JPEGs are decoded at no less (450 dpi for a 34 mm thumbnail)
_EXIF_ORIENTATION = 0x0112


def markup(text: str) -> str:
    """User text as paragraph markup: escaped, control characters dropped, line breaks
    kept. Long unbroken words (URLs) are split by the styles' ``splitLongWords``."""
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    return escape(text.strip()).replace("\n", "<br/>")


def paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """One paragraph per blank-line separated block of ``text`` (none for blank text), so
    long texts can break between pages at paragraph boundaries as well as inside them."""
    blocks = _BLANK_LINE.split(text.replace("\r\n", "\n").strip())
    return [Paragraph(markup(block), style) for block in blocks if block.strip()]


HEADING_ROOM = 35 * mm  # a heading starts a new page unless this much room is left


def heading(text: str, style: ParagraphStyle, key: str, room: float = HEADING_ROOM
            ) -> list[Flowable]:
    """A heading that is not left alone at the foot of a page: it starts a new page unless
    ``room`` points (heading and the start of what follows) are left. (Not
    ``keepWithNext``: that glues the heading to the whole following table, and a table
    that does not fit the rest of the page would leave it empty.)"""
    return [CondPageBreak(room), Heading(text, style, key)]


TALL_ROW = 400.0  # points: a row this tall (a pasted essay in a cell) may break in two


def table(rows: list[list[Any]], widths: list[float], *, pad_x: float, pad_y: float,
          repeat_rows: int = 0, exact: bool = False) -> Table:
    """A table whose cells hold flowables or lists of flowables, measured here once.

    A row taller than ``TALL_ROW`` may break between pages (``splitInRow``), so no text
    can make the protocol fail with a LayoutError. Otherwise rows stay whole, and with
    ``exact`` (only for uniform cell padding ``pad_x`` left + right, ``pad_y`` top +
    bottom) the measured heights are handed to the table, which would otherwise measure
    all remaining rows again at every page break. (Not both: ReportLab drops the other
    cells of a row it splits when the row heights were given.)"""
    heights = [_row_height(row, widths, pad_x, pad_y) for row in rows]
    if max(heights, default=0.0) > TALL_ROW:
        return Table(rows, colWidths=widths, repeatRows=repeat_rows, splitInRow=1,
                     hAlign="LEFT")
    return Table(rows, colWidths=widths, rowHeights=heights if exact else None,
                 repeatRows=repeat_rows, hAlign="LEFT")


def _row_height(row: list[Any], widths: list[float], pad_x: float, pad_y: float) -> float:
    """What Table computes: the tallest cell (its flowables stacked) plus padding."""
    def height(cell: Any, width: float) -> float:
        flowables = cell if isinstance(cell, list) else [cell]
        return float(sum(f.wrap(width - pad_x, 100_000)[1] for f in flowables))

    return pad_y + max(height(cell, width) for cell, width in zip(row, widths, strict=True))


class Heading(Paragraph):  # type: ignore[misc]  # ReportLab is untyped
    """A heading that bookmarks its own position and adds a top-level outline entry when it
    is drawn, so the outline points at the page where the heading really landed."""

    def __init__(self, text: str, style: ParagraphStyle, key: str) -> None:
        super().__init__(markup(text), style)
        self.outline_title = " ".join(text.split())
        self.outline_key = key

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.outline_key, 0, self.height)
        self.canv.addOutlineEntry(self.outline_title, self.outline_key, level=0, closed=None)
        super().draw()


def image_reader(data: bytes) -> ImageReader | None:
    """An ImageReader for PNG/JPEG bytes, turned upright by its EXIF orientation and
    downscaled when large (photos straight from a phone); None when the bytes are no
    readable image (the protocol is still written, without that picture)."""
    try:
        with PILImage.open(io.BytesIO(data)) as probe:
            if probe.format != "JPEG":  # ReportLab decodes these itself later: fail here
                probe.load()
            upright = probe.getexif().get(_EXIF_ORIENTATION, 1) == 1
            if upright and max(probe.size) <= _MAX_PIXELS:
                return ImageReader(io.BytesIO(data))
            if probe.format == "JPEG":  # let the decoder scale down (by 1/2, 1/4, 1/8)
                scale = _DRAFT_PIXELS / max(probe.size)
                probe.draft("RGB", (round(probe.width * scale), round(probe.height * scale)))
            image = ImageOps.exif_transpose(probe)  # a new image, also when upright
        image.thumbnail((_MAX_PIXELS, _MAX_PIXELS))
        out = io.BytesIO()
        if image.mode in ("RGBA", "LA", "P"):
            image.save(out, format="PNG", optimize=False)
        else:
            image.convert("RGB").save(out, format="JPEG", quality=85)
        return ImageReader(io.BytesIO(out.getvalue()))
    except Exception:  # any decoder error of a damaged file: leave the picture out
        return None


class Picture(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """An already read image drawn at a fixed size (platypus.Image would read it again)."""

    def __init__(self, reader: ImageReader, width: float, height: float) -> None:
        super().__init__()
        self.reader = reader
        self.drawWidth = width
        self.drawHeight = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.drawWidth, self.drawHeight

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, width=self.drawWidth, height=self.drawHeight,
                            mask="auto")


def image_flowable(data: bytes, max_width: float, max_height: float) -> Picture | None:
    """The image scaled (aspect ratio kept) to fit ``max_width`` x ``max_height`` points;
    None when the bytes are no readable image."""
    reader = image_reader(data)
    if reader is None:
        return None
    width, height = reader.getSize()
    scale = min(max_width / width, max_height / height)
    return Picture(reader, width * scale, height * scale)
