"""The settings dialog: values round-trip through the database, validation messages appear
while typing, pickers fill the fields, every input has an accessible name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from advisor_app.persistence.database import Database
from advisor_app.services.settings import load_settings
from ui import dialogs
from ui.settings.dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot: Any, db: Database) -> SettingsDialog:
    widget = SettingsDialog(db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def logo(tmp_path: Path) -> Path:
    path = tmp_path / "logo.png"
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a5d8f"))
    assert image.save(str(path))
    return path


def test_settings_round_trip(dialog: SettingsDialog, db: Database, logo: Path,
                             qtbot: Any) -> None:
    qtbot.keyClicks(dialog.adviser_name, "Anna Berger")
    dialog.office_address.setPlainText("Musterstraße 1\n40213 Düsseldorf")
    dialog.logo_path.setText(str(logo))
    dialog.share_path.setText("/mnt/beratungsstelle")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.save_button.isEnabled()
    assert dialog.logo_preview.pixmap() is not None and not dialog.logo_preview.pixmap().isNull()
    dialog.save_button.click()
    stored = load_settings(db)
    assert (stored.adviser_name, stored.office_address, stored.logo_path, stored.share_path,
            stored.language) == ("Anna Berger", "Musterstraße 1\n40213 Düsseldorf",
                                 str(logo), "/mnt/beratungsstelle", "en")
    again = SettingsDialog(db)
    qtbot.addWidget(again)
    assert again.adviser_name.text() == "Anna Berger"
    assert again.language.currentData() == "en"


def test_a_wrong_logo_is_explained_while_typing_and_blocks_saving(
        dialog: SettingsDialog, db: Database, tmp_path: Path, qtbot: Any) -> None:
    qtbot.keyClicks(dialog.logo_path, str(tmp_path / "logo.gif"))
    assert dialog.errors["logo_path"].isVisible()
    assert "PNG" in dialog.errors["logo_path"].text()
    assert not dialog.save_button.isEnabled()
    dialog.logo_path.setText(str(tmp_path / "fehlt.png"))
    assert "nicht gefunden" in dialog.errors["logo_path"].text()
    dialog.accept()
    assert dialog.saved_settings is None and load_settings(db).logo_path == ""
    dialog.logo_path.clear()
    assert not dialog.errors["logo_path"].isVisible() and dialog.save_button.isEnabled()


def test_pickers_fill_the_fields(dialog: SettingsDialog, logo: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogs, "pick_file", lambda *_a: str(logo))
    monkeypatch.setattr(dialogs, "pick_directory", lambda *_a: "/srv/share")
    dialog.logo_button.click()
    dialog.share_button.click()
    assert dialog.logo_path.text() == str(logo)
    assert dialog.share_path.text() == "/srv/share"
    assert "Abgleich" in dialog.share_hint.text()  # says what the share is for


def test_every_input_has_an_accessible_name(dialog: SettingsDialog) -> None:
    kinds = (QLineEdit, QComboBox, QCheckBox, QPlainTextEdit)
    widgets = [w for kind in kinds for w in dialog.findChildren(kind)
               if not isinstance(w.parent(), QComboBox)]
    assert len(widgets) == 6
    assert all(w.accessibleName().strip() for w in widgets)
