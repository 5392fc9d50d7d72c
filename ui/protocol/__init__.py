"""Widgets of the consultation protocol: signature pads and an in-program PDF preview.

The modules are imported one by one (``ui.protocol.signature_pad``, ``ui.protocol.pdf_preview``)
so that a pad does not load QtPdf.
"""

from ui import pyside_fix

pyside_fix.install()  # the widgets emit signals from Python (see ui/pyside_fix.py)
