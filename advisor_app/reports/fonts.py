"""The TrueType fonts of the reports (``resources/fonts``, licence there), registered with
ReportLab once per process. Reports use only these, never a PDF base-14 font.

Thread-safe: renders may run on worker threads; registration happens under a lock.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from advisor_app.resources import resource_path

__all__ = ["FontFamily", "register_fonts"]

_FILES = {
    "regular": "DejaVuSansCondensed.ttf",
    "bold": "DejaVuSansCondensed-Bold.ttf",
    "italic": "DejaVuSansCondensed-Oblique.ttf",
    "bold_italic": "DejaVuSansCondensed-BoldOblique.ttf",
}
_PREFIX = "AdvisorSans"
_lock = threading.Lock()


@dataclass(frozen=True)
class FontFamily:
    """ReportLab font names of the four styles; ``regular`` is also the family name that
    ``<b>`` / ``<i>`` markup in paragraphs maps to the other three."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


FAMILY = FontFamily(regular=_PREFIX, bold=f"{_PREFIX}-Bold", italic=f"{_PREFIX}-Italic",
                    bold_italic=f"{_PREFIX}-BoldItalic")


def register_fonts() -> FontFamily:
    """Register the report fonts (once) and return their names; ``FileNotFoundError`` when
    ``resources/fonts`` is incomplete."""
    with _lock:
        if FAMILY.regular in pdfmetrics.getRegisteredFontNames():
            return FAMILY
        names = {"regular": FAMILY.regular, "bold": FAMILY.bold, "italic": FAMILY.italic,
                 "bold_italic": FAMILY.bold_italic}
        fonts = []
        for style, filename in _FILES.items():
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"report font missing: {path}")
            fonts.append(TTFont(names[style], str(path)))
        # the regular face last: its name is the "registered" flag checked above
        for font in reversed(fonts):
            pdfmetrics.registerFont(font)
        family = FAMILY.regular
        addMapping(family, 0, 0, FAMILY.regular)
        addMapping(family, 1, 0, FAMILY.bold)
        addMapping(family, 0, 1, FAMILY.italic)
        addMapping(family, 1, 1, FAMILY.bold_italic)
        return FAMILY
