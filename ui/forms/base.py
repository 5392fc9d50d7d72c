"""The one way every record dialog works.

A :class:`RecordDialog` lays out labelled fields with an error line under each, builds the
record's Input dataclass from the widgets on every change and shows what its ``validate()``
says (the core's messages are German only, for now), keeps "Speichern" disabled while
anything is wrong, saves through ``advisor_app.services.records.save`` and never loses what
was typed: a failed save keeps the dialog open with all input, and Cancel/Esc after edits
asks before discarding.

Modal questions go through :func:`ask_discard` and ``ui.dialogs`` (``show_message``,
``run_dialog``), so tests can replace them and never block.

Texts of this base class use the translation context "RecordDialog" (explicit, because
``self.tr`` would look them up under the subclass's name); subclasses use ``self.tr``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from advisor_app.domain.validation import ValidationError
from advisor_app.persistence.database import Database
from advisor_app.services import records
from ui import dialogs
from ui.forms.widgets import on_change, plain_label, value_of

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: palette(placeholder-text);"

translate = QCoreApplication.translate


def ask_discard(parent: QWidget) -> bool:
    """Ask whether unsaved input may be thrown away (True = discard)."""
    return dialogs.choose(
        parent, translate("RecordDialog", "Änderungen verwerfen?"),
        translate("RecordDialog",
                  "Die Eingaben wurden noch nicht gespeichert. Änderungen verwerfen?"),
        [translate("RecordDialog", "&Verwerfen"),
         translate("RecordDialog", "&Weiter bearbeiten")]) == 0


@dataclass
class _Field:
    name: str
    widget: QWidget
    error: QLabel
    focus: list[QWidget] = field(default_factory=list)


class RecordDialog(QDialog):
    """Base of the record editors. Subclasses add fields in visual order, fill them from the
    existing record, call :meth:`finish`, and implement :meth:`build_input`."""

    def __init__(self, db: Database, *, record_id: str | None, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.record_id = record_id
        self.saved_id: str | None = None
        self.setWindowTitle(title)
        self._fields: dict[str, _Field] = {}
        self._touched: set[str] = set()
        self._save_errors: dict[str, str] = {}
        self._last_errors: dict[str, str] = {}
        self._initial: list[object] = []
        self._finished = False

        self._form_widget = QWidget()
        self.form = QFormLayout()
        outer = QVBoxLayout(self._form_widget)
        outer.addLayout(self.form)
        outer.addStretch(1)  # spare height goes below the last field, not between rows
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._form_widget.setMinimumWidth(self.fontMetrics().averageCharWidth() * 95)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setWidget(self._form_widget)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("RecordDialog", "Hinweise zur Eingabe"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.ok_button.setText(translate("RecordDialog", "Speichern"))
        self.ok_button.setDefault(True)
        self.ok_button.setToolTip(
            translate("RecordDialog", "Speichern (Eingabe oder Strg+Eingabe)"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(translate("RecordDialog", "Abbrechen"))
        for button in (self.ok_button, self.cancel_button):
            button.setAccessibleName(button.text())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    # --- building -------------------------------------------------------------------------

    def add_field(self, name: str, label: str | None, widget: QWidget, *,
                  focus: list[QWidget] | None = None) -> QWidget:
        """Add a labelled input in the next row. ``label`` carries the mnemonic ('&Name:');
        None for a check box that has its own text. ``focus`` lists the focusable parts of
        a compound widget in tab order (default: the widget)."""
        parts = focus or [widget]
        text = label if label is not None else getattr(widget, "text", lambda: "")()
        for part in parts:
            if not part.accessibleName():
                part.setAccessibleName(plain_label(text))
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.setVisible(False)
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        if label is None:
            self.form.addRow("", cell)
        else:
            caption = QLabel(label)
            caption.setBuddy(parts[0])
            self.form.addRow(caption, cell)
        self._fields[name] = _Field(name, widget, error, parts)
        return widget

    def add_note(self, label: str, text: str) -> QLabel:
        """A read-only row (e.g. where a seeded record came from)."""
        note = QLabel(text)
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note.setStyleSheet(HINT_STYLE)
        self.form.addRow(QLabel(label), note)
        return note

    def add_section(self, title: str) -> None:
        heading = QLabel(f"<b>{title}</b>")
        heading.setContentsMargins(0, 8, 0, 0)
        self.form.addRow(heading)

    def add_hint(self, text: str) -> QLabel:
        hint = QLabel(text)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.form.addRow(hint)
        return hint

    def finish(self) -> None:
        """Call once all fields are added and filled: sets tab order, remembers the initial
        state, starts validating as you type and sizes the dialog to the screen."""
        chain = [w for f in self._fields.values() for w in f.focus]
        chain += [self.ok_button, self.cancel_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._initial = self._state()
        if self.record_id is not None:  # show problems of an existing record right away
            self._touched = set(self._fields)
        for name, f in self._fields.items():
            on_change(f.widget, lambda *_args, n=name: self._changed(n))
        self._finished = True
        self.revalidate()
        self._fit_to_screen()
        chain[0].setFocus()

    def _fit_to_screen(self) -> None:
        self._form_widget.layout().invalidate()  # rows were added after a first size query
        # never squeeze the fields below what they need (a scroll bar appears instead)
        self._form_widget.setMinimumWidth(max(self._form_widget.minimumWidth(),
                                              self._form_widget.minimumSizeHint().width()))
        hint = self._form_widget.sizeHint().expandedTo(self._form_widget.minimumSize())
        extra = self.layout().sizeHint().height() - self._scroll.sizeHint().height()
        width = hint.width() + 2 * self.layout().contentsMargins().left() + 24
        height = hint.height() + extra + 4 * self.fontMetrics().lineSpacing()  # room for messages
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, int(room.width() * 0.95))
            height = min(height, int(room.height() * 0.9))
        self.resize(width, height)

    # --- to implement ---------------------------------------------------------------------

    def build_input(self) -> tuple[Any, dict[str, str]]:
        """The Input dataclass from the widgets (unparseable values as None) and the
        parse errors {field: message}, which win over the Input's own messages."""
        raise NotImplementedError

    def check(self, data: Any) -> dict[str, str]:
        return dict(data.validate())

    # --- validation -----------------------------------------------------------------------

    def errors(self) -> dict[str, str]:
        data, parse_errors = self.build_input()
        errors = self.check(data)
        errors.update(parse_errors)
        for name, f in self._fields.items():  # a typed date refused by its field
            refused = getattr(f.widget, "input_error", None)
            if callable(refused) and refused():
                errors[name] = refused()
        for name, message in self._save_errors.items():
            errors.setdefault(name, message)
        return errors

    def is_dirty(self) -> bool:
        return self._finished and self._state() != self._initial

    def _state(self) -> list[object]:
        return [value_of(f.widget) for f in self._fields.values()]

    def _changed(self, name: str) -> None:
        self._touched.add(name)
        self._save_errors.pop(name, None)
        self.revalidate(user_change=True)

    def revalidate(self, *, user_change: bool = False) -> dict[str, str]:
        """Show the current problems: at a field once it was edited (or once an edit
        elsewhere caused its problem, e.g. Under2 ticked -> Beleg needed), the others in the
        summary line. Returns all problems; "Speichern" is enabled only when there are none."""
        errors = self.errors()
        if user_change:
            self._touched |= set(errors) - set(self._last_errors)
        self._last_errors = errors
        pending: list[str] = []
        for name, f in self._fields.items():
            message = errors.get(name) if name in self._touched else None
            f.error.setText(message or "")
            f.error.setVisible(bool(message))
            for part in f.focus:
                part.setAccessibleDescription(message or "")
            if name in errors and not message:
                pending.append(errors[name])
        pending += [m for n, m in errors.items() if n not in self._fields]
        self.summary.setText("\n".join(pending))
        self.summary.setStyleSheet(ERROR_STYLE if any(
            n not in self._fields for n in errors) else HINT_STYLE)
        self.summary.setVisible(bool(pending))
        self.ok_button.setEnabled(not errors)
        return errors

    def field_error(self, name: str) -> str:
        """The message shown under a field ('' when none): for tests and the main window."""
        return self._fields[name].error.text()

    # --- closing --------------------------------------------------------------------------

    def accept(self) -> None:
        for f in self._fields.values():  # a date still being typed (Strg+Eingabe saves)
            commit = getattr(f.widget, "commit_typing", None)
            if callable(commit):
                commit()
        self._touched = set(self._fields)
        if self.revalidate():
            return
        data, _ = self.build_input()
        try:
            self.saved_id = records.save(self.db, data, self.record_id)
        except ValidationError as exc:
            self._save_errors = dict(exc.errors)
            self.revalidate()
            return
        except (records.RecordNotFound, records.RecordInUse) as exc:
            dialogs.show_message(self, translate("RecordDialog", "Speichern nicht möglich"),
                                 str(exc), error=True)
            return
        super().accept()

    def reject(self) -> None:
        if self.is_dirty() and not ask_discard(self):
            return
        super().reject()

