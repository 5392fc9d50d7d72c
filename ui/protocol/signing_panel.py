"""The signing part of the protocol window: one signature field for the adviser (name from
the settings), one for the municipal representative (name and role typed or taken from the
participants) and "Unterschreiben und festschreiben", enabled only when the protocol can be
signed; otherwise a line says why."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advisor_app.services.consultation_dto import ConsultationDetail
from advisor_app.services.protocol import SignatureInput
from ui.protocol.signature_pad import SignatureField

SIGNATURE_PNG_WIDTH = 600


class SigningPanel(QWidget):
    """``sign_requested`` is emitted by the button (only when :meth:`can_sign`)."""

    sign_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._completed = False
        self._signed = False
        self._busy = False
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.adviser = SignatureField("", self)
        self.municipality = SignatureField("", self)
        self.participants = QComboBox(self)
        self.participants_label = QLabel(self)
        self.participants_label.setBuddy(self.participants)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sign_button = QPushButton(self)
        self.sign_button.setEnabled(False)

        pick = QFormLayout()
        pick.setContentsMargins(0, 0, 0, 0)
        pick.addRow(self.participants_label, self.participants)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.adviser)
        layout.addSpacing(8)
        layout.addLayout(pick)
        layout.addWidget(self.municipality)
        layout.addSpacing(4)
        layout.addWidget(self.reason)
        layout.addWidget(self.sign_button)
        layout.addStretch(1)
        # keyboard order: adviser name, role, pad, clear; participant pick; municipality ...
        QWidget.setTabOrder(self.adviser.clear_button, self.participants)
        QWidget.setTabOrder(self.participants, self.municipality.name_edit)

        self.adviser.changed.connect(self.update_state)
        self.municipality.changed.connect(self.update_state)
        self.participants.activated.connect(self._participant_chosen)
        self.sign_button.clicked.connect(self._sign_clicked)
        self.retranslate()

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Unterschriften"))
        self.adviser.set_title(self.tr("Für die Beratungsstelle"))
        self.municipality.set_title(self.tr("Für die Kommune"))
        for field, party in ((self.adviser, self.tr("Beratung")),
                             (self.municipality, self.tr("Kommune"))):
            field.name_edit.setAccessibleName(self.tr("Name (%1)").replace("%1", party))
            field.role_edit.setAccessibleName(self.tr("Funktion (%1)").replace("%1", party))
            field.clear_button.setAccessibleName(
                self.tr("Unterschrift löschen (%1)").replace("%1", party))
        self.participants_label.setText(self.tr("Aus &Teilnehmenden:"))
        self.participants.setAccessibleName(self.tr("Vertretung der Kommune aus den "
                                                    "Teilnehmenden übernehmen"))
        if self.participants.count():
            self.participants.setItemText(0, self.tr("– selbst eintragen –"))
        self.sign_button.setText(self.tr("&Unterschreiben und festschreiben"))
        self.sign_button.setAccessibleName(self.tr("Unterschreiben und festschreiben"))
        self.sign_button.setToolTip(self.tr(
            "Speichert das Protokoll mit beiden Unterschriften; danach ist es unveränderlich."))
        self.update_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- content --------------------------------------------------------------------------

    def set_context(self, detail: ConsultationDetail, adviser_name: str) -> None:
        """The consultation's people: the adviser's name (settings, else the first adviser)
        and the participants to pick the municipal representative from."""
        if not self.adviser.name():
            self.adviser.name_edit.setText(adviser_name or next(iter(detail.advisers), ""))
        chosen = self.participants.currentData()
        self.participants.clear()
        self.participants.addItem(self.tr("– selbst eintragen –"), None)
        for person in detail.participants:
            if person.name.strip():
                shown = " – ".join(x for x in (person.name, person.role, person.organisation)
                                   if x)
                self.participants.addItem(shown, (person.name, person.role))
        for index in range(self.participants.count()):  # keep the choice on a reload
            if chosen is not None and self.participants.itemData(index) == chosen:
                self.participants.setCurrentIndex(index)
        self.participants.setEnabled(self.participants.count() > 1 and not self._signed)
        self._completed = detail.is_completed
        self.update_state()

    def set_signed(self, signed: bool) -> None:
        self._signed = signed
        for widget in (self.adviser, self.municipality, self.participants):
            widget.setEnabled(not signed)
        self.update_state()

    def set_busy(self, busy: bool) -> None:
        """While the protocol is being signed nothing can be signed again."""
        self._busy = busy
        self.update_state()

    def inputs(self) -> tuple[SignatureInput, SignatureInput]:
        return tuple(  # type: ignore[return-value]
            SignatureInput(field.name(), field.pad.to_png(SIGNATURE_PNG_WIDTH, transparent=True),
                           field.role())
            for field in (self.adviser, self.municipality))

    # --- state ----------------------------------------------------------------------------

    def missing(self) -> list[str]:
        """What is still needed before signing (empty: ready)."""
        if self._signed:
            return [self.tr("Das Protokoll ist bereits unterschrieben.")]
        if not self._completed:
            return [self.tr("Unterschreiben geht erst, wenn die Beratung abgeschlossen ist "
                            "(im Besuchsfenster: Beratung → Abschließen…).")]
        needed = []
        for field, party in ((self.adviser, self.tr("Beratungsstelle")),
                             (self.municipality, self.tr("Kommune"))):
            if not field.name():
                needed.append(self.tr("Name (%1)").replace("%1", party))
            if field.pad.is_empty():
                needed.append(self.tr("Unterschrift (%1)").replace("%1", party))
        return needed

    def can_sign(self) -> bool:
        return not self._busy and not self.missing()

    def update_state(self) -> None:
        missing = self.missing()
        self.sign_button.setEnabled(not self._busy and not missing)
        if self._signed or not self._completed:
            text = missing[0]
        elif missing:
            text = self.tr("Es fehlt noch: %1.").replace("%1", ", ".join(missing))
        else:
            text = self.tr("Bereit zum Unterschreiben. Danach kann das Protokoll nicht mehr "
                           "geändert werden.")
        self.reason.setText(text)
        self.sign_button.setAccessibleDescription(text)

    def _participant_chosen(self, index: int) -> None:
        person = self.participants.itemData(index)
        if person:
            self.municipality.set_person(*person)

    def _sign_clicked(self) -> None:
        if self.can_sign():
            self.sign_requested.emit()
