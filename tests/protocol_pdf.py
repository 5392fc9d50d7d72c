"""Reading rendered protocols back with pypdf: text of the page body (without header and
footer), fonts of every page (form XObjects included), text positions."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab.lib.units import mm

BASE14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
    "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman",
    "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}
BODY_BOTTOM = 24 * mm - 2  # below: the footer
BODY_TOP = 297 * mm - 24 * mm  # above: the running header (page 1: the letterhead)


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def squash(text: str) -> str:
    """Text without any whitespace: line breaks and wrapping do not matter."""
    return re.sub(r"\s+", "", text)


@dataclass(frozen=True)
class Chunk:
    page: int
    x: float
    y: float
    text: str
    font: str  # BaseFont without the subset prefix
    size: float


def chunks(pdf: bytes) -> list[Chunk]:
    """Every piece of text with its page, position, font and size, in content order."""
    found: list[Chunk] = []
    for number, page in enumerate(reader(pdf).pages):
        def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float,
                  number: int = number) -> None:
            if not text.strip():
                return
            name = str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1] if font else ""
            x, y = cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]
            found.append(Chunk(number, x, y, text, name, size * tm[0] * cm[0]))
        page.extract_text(visitor_text=visit)
    return found


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in reader(pdf).pages]


def body_pages(pdf: bytes) -> list[str]:
    """Per page, the squashed text of the body (the letterhead of page 1 counts as body
    there)."""
    pages: dict[int, list[str]] = {}
    for chunk in chunks(pdf):
        top = 297 * mm if chunk.page == 0 else BODY_TOP
        if BODY_BOTTOM < chunk.y < top:
            pages.setdefault(chunk.page, []).append(chunk.text)
    count = len(reader(pdf).pages)
    return [squash("".join(pages.get(i, []))) for i in range(count)]


def body_text(pdf: bytes) -> str:
    """The squashed body text of the whole document: a paragraph broken over two pages
    reads on as one."""
    return "".join(body_pages(pdf))


def _fonts(resources: DictionaryObject | None) -> Iterator[DictionaryObject]:
    if not resources:
        return
    for font in (resources.get("/Font") or {}).values():
        yield font.get_object()
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form":
            yield from _fonts(xobject.get("/Resources"))


def page_fonts(pdf: bytes) -> list[list[DictionaryObject]]:
    """Per page, every font its resources (and those of its forms) refer to."""
    return [list(_fonts(page.get("/Resources"))) for page in reader(pdf).pages]


def font_is_embedded(font: DictionaryObject) -> bool:
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return "/FontFile2" in descriptor or "/FontFile3" in descriptor


def base_font(font: DictionaryObject) -> str:
    return str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1]


def images(pdf: bytes) -> int:
    """Number of distinct image XObjects used on the pages (forms included)."""
    seen: set[int] = set()

    def walk(resources: DictionaryObject | None) -> None:
        for ref in ((resources or {}).get("/XObject") or {}).values():
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Image":
                seen.add(ref.idnum)
            elif xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"))

    for page in reader(pdf).pages:
        walk(page.get("/Resources"))
    return len(seen)


@dataclass(frozen=True)
class Line:
    """A shown string with its page and horizontal extent, computed from the content
    stream and the fonts' /Widths (no text extraction involved)."""

    page: int
    x0: float
    x1: float
    y: float


def _multiply(a: list[float], b: list[float]) -> list[float]:
    """a then b, for PDF matrices [a b c d e f]."""
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


def _raw(operand: Any) -> bytes:
    return bytes(getattr(operand, "original_bytes", operand))


def _advance(font: DictionaryObject, parts: list[Any], size: float, char_space: float,
             word_space: float) -> float:
    """How far a Tj/TJ moves the text position (glyph widths, Tc, Tw on code 32, TJ
    adjustments); ReportLab's subsets always put the space at code 32."""
    widths, first = font["/Widths"], int(font.get("/FirstChar", 0))
    total = 0.0
    for part in parts:
        if isinstance(part, int | float):
            total -= float(part) / 1000 * size
            continue
        raw = _raw(part)
        total += sum(float(widths[code - first]) for code in raw) / 1000 * size
        total += char_space * len(raw) + word_space * raw.count(32)
    return total


def lines(pdf: bytes) -> list[Line]:
    """Every Tj/TJ string of every page (forms included) with its extent in page space.
    Handles what ReportLab writes: q/Q, cm, BT/ET, Tm, Td, TD, T*, TL, Tc, Tw, Tf, Tj, TJ,
    Do (text and word spacing are kept across BT/ET, as in PDF)."""
    from pypdf.generic import ContentStream

    doc = reader(pdf)
    found: list[Line] = []

    def run(number: int, stream: Any, resources: DictionaryObject, ctm: list[float]) -> None:
        stack: list[tuple[Any, ...]] = []
        tm = line = [1.0, 0, 0, 1, 0, 0]
        leading, size, char_space, word_space, font = 0.0, 0.0, 0.0, 0.0, None
        fonts = resources.get("/Font") or {}
        for operands, op in ContentStream(stream, doc).operations:
            args = [float(o) for o in operands if isinstance(o, int | float)]
            if op == b"q":  # the text state is part of the graphics state
                stack.append((ctm, leading, size, char_space, word_space, font))
            elif op == b"Q":
                ctm, leading, size, char_space, word_space, font = stack.pop()
            elif op == b"cm":
                ctm = _multiply(args, ctm)
            elif op == b"BT":
                tm = line = [1.0, 0, 0, 1, 0, 0]
            elif op == b"Tm":
                tm = line = args
            elif op in (b"Td", b"TD", b"T*"):
                dx, dy = args if op != b"T*" else [0.0, -leading]
                leading = -dy if op == b"TD" else leading
                tm = line = _multiply([1, 0, 0, 1, dx, dy], line)
            elif op == b"TL":
                leading = args[0]
            elif op == b"Tc":
                char_space = args[0]
            elif op == b"Tw":
                word_space = args[0]
            elif op == b"Tf":
                font, size = fonts[operands[0]].get_object(), float(operands[1])
            elif op in (b"Tj", b"TJ") and font is not None:
                parts = list(operands[0]) if op == b"TJ" else [operands[0]]
                advance = _advance(font, parts, size, char_space, word_space)
                start = _multiply(tm, ctm)
                found.append(Line(number, start[4], start[4] + advance * start[0], start[5]))
                tm = _multiply([1, 0, 0, 1, advance, 0], tm)
            elif op == b"Do":
                xobject = resources["/XObject"][operands[0]].get_object()
                if xobject.get("/Subtype") == "/Form":
                    matrix = [float(v) for v in xobject.get("/Matrix", [1, 0, 0, 1, 0, 0])]
                    run(number, xobject, xobject.get("/Resources") or resources,
                        _multiply(matrix, ctm))

    for number, page in enumerate(doc.pages):
        run(number, page.get_contents(), page["/Resources"], [1.0, 0, 0, 1, 0, 0])
    return found
