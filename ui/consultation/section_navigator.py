"""The left side of the checklist page: overall progress of the required questions and
the list of sections with their progress ("Pflicht 3/5 · beantwortet 6/9")."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from advisor_app.checklist.model import ChecklistTemplate
from ui.consultation.checklist_state import ChecklistState

__all__ = ["SectionNavigator"]

WIDTH = 270


class SectionNavigator(QWidget):
    section_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel(self)
        self.progress_label.setWordWrap(True)
        layout.addWidget(self.progress_label)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Fortschritt der Pflichtfragen"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        layout.addWidget(self.progress)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Abschnitte"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self.section_chosen)
        layout.addWidget(self.list, 1)
        self.setFixedWidth(WIDTH)
        self._titles: list[str] = []

    def set_sections(self, template: ChecklistTemplate, lang: str) -> None:
        self.list.clear()
        self._titles = [s.title.get(lang) for s in template.sections]
        for _section in template.sections:
            QListWidgetItem(self.list)

    def current(self) -> int:
        return max(0, self.list.currentRow())

    def select(self, index: int) -> None:
        """Mark section ``index`` as the shown one (without signalling)."""
        if self.list.currentRow() != index:
            self.list.blockSignals(True)
            self.list.setCurrentRow(index)
            self.list.blockSignals(False)

    def update_progress(self, template: ChecklistTemplate, state: ChecklistState) -> None:
        total_required = total_done = 0
        for i, section in enumerate(template.sections):
            p = state.progress(section)
            total_required += p.required
            total_done += p.done
            if p.required:
                text = ("✓ " if p.complete else "") + self.tr(
                    "Pflicht %1/%2 · beantwortet %3/%4").replace("%1", str(p.done)).replace(
                    "%2", str(p.required))
            else:
                text = self.tr("ohne Pflichtfragen · beantwortet %3/%4")
            text = text.replace("%3", str(p.answered)).replace("%4", str(p.shown))
            text = f"{i + 1}. {self._titles[i]}\n    {text}"
            item = self.list.item(i)
            if item.text() != text:
                item.setText(text)
                item.setToolTip(text)
        self.progress.setMaximum(max(1, total_required))
        self.progress.setValue(total_done)
        self.progress_label.setText(
            self.tr("Pflichtfragen beantwortet: %1 von %2").replace("%1", str(total_done))
            .replace("%2", str(total_required)))
