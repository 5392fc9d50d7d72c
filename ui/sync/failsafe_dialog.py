"""The fail-safe dialog (SYNC.md): a sync would delete or overwrite many existing records.
It shows what would happen per table and asks; nothing has been applied yet."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advisor_app.sync.report import SyncReport
from ui.sync.models import ImpactModel


class FailsafeDialog(QDialog):
    """Accepted = "Trotzdem übernehmen" (the caller syncs again with ``assume_yes``)."""

    def __init__(self, report: SyncReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FailsafeDialog")
        self.report = report
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = ImpactModel(self)
        self.model.set_impacts(report.impacts)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize()
                                    * (len(report.impacts) + 2))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("FailsafeApply")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("FailsafeCancel")
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)  # the safe choice on Enter
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(620, 340)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Abgleich angehalten"))
        total = sum(i.affected for i in self.report.impacts)
        self.intro.setText(self.tr(
            "Der Abgleich würde %1 vorhandene Datensätze löschen oder überschreiben. Das ist "
            "ungewöhnlich viel (z. B. wenn ein anderer Laptop versehentlich viel gelöscht hat). "
            "Bisher wurde nichts übernommen.").replace("%1", str(total)))
        self.hint.setText(self.tr(
            "„Trotzdem übernehmen“ führt den Abgleich aus; Gelöschtes bleibt im Papierkorb, "
            "überschriebene Werte bleiben im Verlauf. „Abbrechen“ übernimmt nichts; die "
            "Änderungen bleiben auf der Freigabe und werden beim nächsten Abgleich wieder "
            "geprüft."))
        self.table.setAccessibleName(self.tr("Betroffene Datensätze je Bereich"))
        self.apply_button.setText(self.tr("&Trotzdem übernehmen"))
        self.apply_button.setAccessibleName(self.tr("Trotzdem übernehmen"))
        self.cancel_button.setText(self.tr("&Abbrechen"))
        self.cancel_button.setAccessibleName(self.tr("Abbrechen, nichts übernehmen"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
