"""Choosing the partner region of a partnership: type to search (completion over the
partner regions), or create a new region with the typed name."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisor_app.persistence.database import Database
from advisor_app.services.dto import PartnerRegionRow
from advisor_app.services.partner_regions import get_partner_region, search_partner_regions
from ui import dialogs, i18n
from ui.forms import base
from ui.forms.partner_region_dialog import PartnerRegionDialog

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_LIMIT = 30


def region_label(region: PartnerRegionRow) -> str:
    return f"{region.name} ({i18n.country_name(region.country_iso2, region.country_name)})"


def completion_label(region: PartnerRegionRow) -> str:
    return region_label(region) + ("  · Under2" if region.under2_member else "")


class PartnerRegionPicker(QWidget):
    """Search field + "Neue Partnerregion…" button; ``value()`` is the chosen region's id."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        i18n.ensure_country_names(db)
        self._region: PartnerRegionRow | None = None
        self._matches: list[PartnerRegionRow] = []
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Name der Partnerkommune oder -region eingeben …"))
        self.edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("Neue Partner&region…"))
        self.new_button.setAutoDefault(False)
        self.new_button.setAccessibleName(self.tr("Neue Partnerregion anlegen"))
        self.info = QLabel()
        self.info.setStyleSheet(base.HINT_STYLE)

        self._model = QStandardItemModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._activated)
        self.edit.textEdited.connect(self._search)
        self.edit.editingFinished.connect(self._take_unique_match)
        self.new_button.clicked.connect(self._create)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.info)
        self.setFocusProxy(self.edit)
        self._show_info()

    def value(self) -> str | None:
        return self._region.id if self._region else None

    def state(self) -> tuple[str | None, str]:
        return self.value(), self.edit.text()

    def region(self) -> PartnerRegionRow | None:
        return self._region

    def set_region(self, region: PartnerRegionRow | None) -> None:
        self._region = region
        self.edit.setText(region_label(region) if region else "")
        self._show_info()
        self.changed.emit()

    def _show_info(self) -> None:
        r = self._region
        if r is None:
            self.info.setText(self.tr("Keine Partnerregion gewählt. Tippen, um zu suchen."))
        else:
            parts = [i18n.country_name(r.country_iso2, r.country_name),
                     r.admin_level.label(i18n.current_language())]
            if r.under2_member:
                parts.append(self.tr("Under2-Mitglied"))
            self.info.setText(" · ".join(parts))

    def _search(self, text: str) -> None:
        if self._region is not None:
            self._region = None
            self._show_info()
            self.changed.emit()
        self._matches = search_partner_regions(self._db, text, limit=SEARCH_LIMIT) \
            if text.strip() else []
        self._model.clear()
        for region in self._matches:
            item = QStandardItem(completion_label(region))
            item.setData(region.id, _ID_ROLE)
            level = region.admin_level.label(i18n.current_language())
            item.setToolTip(f"{level}; {region.source}" if region.source else level)
            self._model.appendRow(item)
        if self._matches:
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        region_id = index.data(_ID_ROLE)
        chosen = next((r for r in self._matches if r.id == region_id), None)
        if chosen is not None:
            self.set_region(chosen)

    def _take_unique_match(self) -> None:
        """Typed a full name and left the field: take it if exactly one region has it."""
        if self._region is not None:
            return
        typed = self.edit.text().strip().casefold()
        exact = [r for r in self._matches if r.name.casefold() == typed]
        if len(exact) == 1:
            self.set_region(exact[0])

    def _create(self) -> None:
        initial = "" if self._region else self.edit.text().strip()
        dialog = PartnerRegionDialog(self._db, initial_name=initial, parent=self.window())
        if dialogs.run_dialog(dialog) and dialog.saved_id:
            self.set_region(get_partner_region(self._db, dialog.saved_id))
            self.edit.setFocus()
