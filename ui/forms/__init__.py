"""Record editor dialogs (partnerships, partner regions, projects, contacts) and the trash."""

from ui import pyside_fix

pyside_fix.install()  # the dialogs emit signals from Python (see ui/pyside_fix.py)
