"""Hilfe → Über / Datenquellen: program name, version and every data attribution, rendered
from ``resources/data/ATTRIBUTION.md`` (the single source of attributions)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from advisor_app import __version__
from advisor_app.resources import resource_path


def attribution_markdown() -> str:
    path = resource_path("data", "ATTRIBUTION.md")
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        return f"**{path}** fehlt: {exc}"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(attribution_markdown())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 120,
                     self.fontMetrics().lineSpacing() * 36)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Über advisor-app / Datenquellen"))
        self.heading.setText(
            "<h2>advisor-app %1</h2><p>%2</p>".replace("%1", __version__).replace(
                "%2", self.tr("Programm der Koordinierungs- und Beratungsstelle "
                              "Kommunalpartnerschaften NRW. Die mitgelieferten Daten und "
                              "ihre Quellen und Lizenzen:")))
        self.browser.setAccessibleName(self.tr("Datenquellen und Lizenzen"))
        self.close_button.setText(self.tr("Schließen"))
