"""Settings of this laptop: adviser name, office letterhead (name, address, logo), the path of
the office file share (used by sync later) and the language. Problems reported by
``Settings.validate`` appear under the field while typing; Speichern stays disabled until they
are fixed. Saves through ``save_settings``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisor_app.domain.validation import ValidationError
from advisor_app.persistence.database import Database
from advisor_app.services.settings import Settings, load_settings, save_settings
from ui import dialogs

ERROR_STYLE = "color: #b3261e;"
PREVIEW_HEIGHT = 64


class SettingsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.saved_settings: Settings | None = None
        current = load_settings(db)

        self.adviser_name = QLineEdit(current.adviser_name, self)
        self.office_name = QLineEdit(current.office_name, self)
        self.office_address = QPlainTextEdit(current.office_address, self)
        self.office_address.setTabChangesFocus(True)
        self.office_address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.logo_path = QLineEdit(current.logo_path, self)
        self.logo_button = QPushButton(self)
        self.logo_preview = QLabel(self)
        self.logo_preview.setFixedHeight(PREVIEW_HEIGHT)
        self.share_path = QLineEdit(current.share_path, self)
        self.share_button = QPushButton(self)
        self.share_hint = QLabel(self)
        self.share_hint.setWordWrap(True)
        self.language = QComboBox(self)
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(current.language), 0))
        self.errors: dict[str, QLabel] = {}

        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, "adviser_name", self.adviser_name)
        self._row(form, "office_name", self.office_name)
        self._row(form, "office_address", self.office_address)
        self._row(form, "logo_path", self._with_button(self.logo_path, self.logo_button),
                  buddy=self.logo_path)
        form.addRow("", self.logo_preview)
        self._row(form, "share_path", self._with_button(self.share_path, self.share_button),
                  buddy=self.share_path)
        form.addRow("", self.share_hint)
        self._row(form, "language", self.language)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        for edit in (self.adviser_name, self.office_name, self.logo_path, self.share_path):
            edit.textChanged.connect(self._validate)
        self.office_address.textChanged.connect(self._validate)
        self.language.currentIndexChanged.connect(self._validate)
        self.logo_button.clicked.connect(self._pick_logo)
        self.share_button.clicked.connect(self._pick_share)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self.retranslate()
        self._validate()

    def _row(self, form: QFormLayout, name: str, field: QWidget,
             buddy: QWidget | None = None) -> None:
        label = QLabel(self)
        label.setBuddy(buddy or field)
        error = QLabel(self)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(field)
        box.addWidget(error)
        form.addRow(label, cell)
        self.labels[name], self.errors[name] = label, error

    def _with_button(self, edit: QLineEdit, button: QPushButton) -> QWidget:
        cell = QWidget(self)
        row = QHBoxLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(button)
        return cell

    # --- values --------------------------------------------------------------------------
    def settings(self) -> Settings:
        return Settings(
            adviser_name=self.adviser_name.text().strip(),
            office_name=self.office_name.text().strip(),
            office_address=self.office_address.toPlainText().strip(),
            logo_path=self.logo_path.text().strip(),
            share_path=self.share_path.text().strip(),
            language=str(self.language.currentData()),
        )

    def _validate(self) -> dict[str, str]:
        problems = self.settings().validate()
        for name, label in self.errors.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)
        self.save_button.setEnabled(not problems)
        self._update_preview()
        return problems

    def _update_preview(self) -> None:
        path = self.logo_path.text().strip()
        pixmap = QPixmap(path) if path and Path(path).is_file() else QPixmap()
        if pixmap.isNull():
            self.logo_preview.clear()
            self.logo_preview.setText(self.tr("(kein Logo)"))
        else:
            self.logo_preview.setPixmap(pixmap.scaledToHeight(
                PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation))

    def _pick_logo(self) -> None:
        path = dialogs.pick_file(self, self.tr("Logo wählen"), self.logo_path.text(),
                                 self.tr("Bilder (*.png *.jpg *.jpeg)"))
        if path:
            self.logo_path.setText(path)

    def _pick_share(self) -> None:
        path = dialogs.pick_directory(self, self.tr("Dateiablage wählen"),
                                      self.share_path.text())
        if path:
            self.share_path.setText(path)

    def accept(self) -> None:
        if self._validate():
            return
        settings = self.settings()
        try:
            save_settings(self._db, settings)
        except ValidationError as exc:
            for name, message in exc.errors.items():
                if name in self.errors:
                    self.errors[name].setText(message)
                    self.errors[name].show()
            return
        self.saved_settings = settings
        super().accept()

    # --- texts ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Einstellungen"))
        texts = {
            "adviser_name": (self.tr("&Beraterin/Berater:"),
                             self.tr("Name der Beraterin oder des Beraters")),
            "office_name": (self.tr("&Stelle (Briefkopf):"),
                            self.tr("Name der Stelle im Briefkopf")),
            "office_address": (self.tr("&Anschrift:"), self.tr("Anschrift im Briefkopf")),
            "logo_path": (self.tr("&Logo:"), self.tr("Logodatei")),
            "share_path": (self.tr("&Dateiablage:"), self.tr("Pfad der Dateiablage im Büro")),
            "language": (self.tr("S&prache:"), self.tr("Sprache der Oberfläche")),
        }
        widgets = {"adviser_name": self.adviser_name, "office_name": self.office_name,
                   "office_address": self.office_address, "logo_path": self.logo_path,
                   "share_path": self.share_path, "language": self.language}
        for name, (label, accessible) in texts.items():
            self.labels[name].setText(label)
            widgets[name].setAccessibleName(accessible)
        self.logo_button.setText(self.tr("Aus&wählen…"))
        self.logo_button.setAccessibleName(self.tr("Logodatei auswählen"))
        self.share_button.setText(self.tr("Ausw&ählen…"))
        self.share_button.setAccessibleName(self.tr("Dateiablage auswählen"))
        self.share_hint.setText(self.tr(
            "Ordner der gemeinsamen Dateiablage (z. B. SMB-Freigabe). Wird später für den "
            "Abgleich mit den anderen Laptops verwendet; die Datenbank selbst bleibt auf "
            "diesem Laptop."))
        self.office_address.setPlaceholderText(self.tr("Straße Nr.\nPLZ Ort"))
        self.save_button.setText(self.tr("Speichern"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
