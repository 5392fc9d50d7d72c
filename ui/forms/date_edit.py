"""A date edit that may be empty and reads typed dates whole.

Qt's date edit takes a typed date part by part and moves an impossible day to the last day
of the month before the month is typed: "31122026" typed in November gave 30.12.2026. Here
typing opens a *typing session*: the characters are collected as plain text (Qt does not
interpret them) and read as a whole (:func:`ui.forms.date_text.read_date`) when

* the text is a full date typed from scratch (``31122026``, ``1.2.2027``): taken at once;
* Enter is pressed, focus leaves, or another key acts on the date (arrows, calendar).

An impossible date is refused: the previous date stays, the text stays as typed, marked red,
and the message is the tooltip and the accessible description (:meth:`input_error`, with
the signal ``input_error_changed``). Escape gives the typing up.

Without a session the keys work as in Qt's date edit (arrows step a part, Tab moves through
the parts, the arrow button pops the calendar up). Entf/Rücktaste with everything selected
empties the field; an empty field means "no date".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QToolTip, QWidget

from ui.forms.date_text import read_date

__all__ = ["OptionalDateEdit"]

NO_DATE = QDate(1900, 1, 1)  # the minimum, shown as the empty special value text
ERROR_STYLE = "QLineEdit { color: #b3261e; background: #fdecea; }"
_DATE_CHARACTERS = frozenset("0123456789./-")
_EDIT_KEYS = frozenset({Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Left,
                        Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End})
_EDIT_SEQUENCES = (QKeySequence.StandardKey.SelectAll, QKeySequence.StandardKey.Undo,
                   QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.Copy,
                   QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Paste)
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)
translate = QCoreApplication.translate


def _typed_character(event: QKeyEvent) -> str:
    """The character a key types ('' for keys that type nothing or act as commands)."""
    text = event.text()
    if len(text) != 1 or not text.isprintable() or event.modifiers() & _COMMAND_MODIFIERS:
        return ""
    return text


def _to_qdate(day: dt.date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day is not None else NO_DATE


class OptionalDateEdit(QDateEdit):
    """A date edit that may be empty (see the module docstring)."""

    input_error_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typing = False  # a typing session: the line edit holds text Qt does not read
        self._from_scratch = False  # the session's text was typed into an empty field
        self._error = ""
        self._description = ""  # the accessible description without an error message
        # a digit typed at rest starts a new date even where the cursor is in a later part
        # (a table cell: typing replaces the cell's date)
        self.typing_replaces_date = False
        self.setDisplayFormat("dd.MM.yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(" ")
        self.setDate(NO_DATE)
        self._hint = translate("OptionalDateEdit",
                               "Datum als TT.MM.JJJJ eingeben; leer lassen, wenn unbekannt "
                               "(Entf leert das Feld).")
        self.setToolTip(self._hint)
        self.dateChanged.connect(self._date_changed)  # first: a date set ends a session

    # --- the value ----------------------------------------------------------------------
    def value(self) -> dt.date | None:
        d = self.date()
        return None if d == NO_DATE else dt.date(d.year(), d.month(), d.day())

    def set_value(self, date: dt.date | None) -> None:
        self._end_typing()
        self.setDate(_to_qdate(date))
        self._set_error("")

    def input_error(self) -> str:
        """Why the typed text was not taken ('' when nothing was refused)."""
        return self._error

    def is_typing(self) -> bool:
        return self._typing

    def commit_typing(self) -> bool:
        """Take the typed text as the date (for Enter, focus leaving, a form being saved).
        False, with the message shown, when it is no possible date; True when nothing was
        being typed."""
        if not self._typing:
            return True
        reading = read_date(self.lineEdit().text(), self._lowest(), self._highest())
        if reading.error:
            self._set_error(reading.error)
            return False
        self._take(reading.date)
        return True

    def setReadOnly(self, read_only: bool) -> None:
        if read_only:
            self._give_up()
        super().setReadOnly(read_only)

    # --- keys -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.isReadOnly():
            super().keyPressEvent(event)
        elif self._typing:
            self._key_while_typing(event)
        else:
            self._key_at_rest(event)

    def _key_at_rest(self, event: QKeyEvent) -> None:
        edit = self.lineEdit()
        empty = self.date() == NO_DATE
        everything = edit.selectedText() == edit.text()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if empty or everything:
                self.set_value(None)
                event.accept()
                return
            self._start_typing(from_scratch=False)
            self._edit(event)
            return
        if _typed_character(event).isdigit():
            start, length = self._part_at_cursor()
            # typed into the first part (the day, selected after Tab): a new date; typed
            # into a later part: that part is replaced ("2027" into the year)
            self._start_typing(from_scratch=empty or everything or start == 0
                               or self.typing_replaces_date)
            if not self._from_scratch:
                edit.setSelection(start, length)
            self._edit(event)
            return
        super().keyPressEvent(event)  # a dot moves to the next part, arrows step, ...

    def _part_at_cursor(self) -> tuple[int, int]:
        """(start, length) of the selection, else of the digits around the cursor."""
        edit = self.lineEdit()
        if edit.hasSelectedText():
            return edit.selectionStart(), len(edit.selectedText())
        text, start = edit.text(), edit.cursorPosition()
        end = start
        while start > 0 and text[start - 1].isdigit():
            start -= 1
        while end < len(text) and text[end].isdigit():
            end += 1
        return start, end - start

    def _key_while_typing(self, event: QKeyEvent) -> None:
        key, character = event.key(), _typed_character(event)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.commit_typing():
                super().keyPressEvent(event)  # Qt's Enter: the dialog's default button
            else:
                event.accept()  # stays: the message says what is wrong
        elif key == Qt.Key.Key_Escape:
            self._give_up()
            event.accept()
        elif character in _DATE_CHARACTERS or key in _EDIT_KEYS or any(
                event.matches(sequence) for sequence in _EDIT_SEQUENCES):
            self._edit(event)
        elif character:
            event.accept()  # letters are no part of a date
        elif self.commit_typing():
            super().keyPressEvent(event)  # arrows, Page Up/Down act on the date taken
        else:
            event.accept()

    def _edit(self, event: QKeyEvent) -> None:
        """Let the line edit apply the key to the typed text, then read it."""
        edit = self.lineEdit()
        character = _typed_character(event)
        if character and (not edit.text() or edit.selectedText() == edit.text()):
            self._from_scratch = True  # replaces everything typed so far
        edit.event(event)
        reading = read_date(edit.text(), self._lowest(), self._highest())
        if not reading.final:
            self._set_error("")  # not complete yet
        elif reading.error:
            self._set_error(reading.error)
        elif self._from_scratch:
            self._take(reading.date)
        else:
            self._set_error("")  # a changed part: taken with Enter or when leaving

    # --- focus, mouse, stepping -------------------------------------------------------------
    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._typing and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit_typing()
        self._keeping_text(lambda: super(OptionalDateEdit, self).focusOutEvent(event))

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._keeping_text(lambda: super(OptionalDateEdit, self).focusInEvent(event))
        if self._typing:
            self.lineEdit().selectAll()

    def focusNextPrevChild(self, next: bool) -> bool:
        if self._typing:  # Tab leaves the field (Qt would move through the parts)
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._typing and not self.commit_typing():
            self._give_up()  # the calendar (or a step) starts from the date kept
        super().mousePressEvent(event)

    def stepBy(self, steps: int) -> None:
        if self._typing and not self.commit_typing():
            self._give_up()
        super().stepBy(steps)

    def validate(self, text: str, pos: int) -> object:
        """While typing, every text is fine for now (read as a whole when taken)."""
        if getattr(self, "_typing", False):
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def fixup(self, text: str) -> str:
        return text if getattr(self, "_typing", False) else super().fixup(text)

    # --- the session ----------------------------------------------------------------------
    def _start_typing(self, *, from_scratch: bool) -> None:
        self._typing, self._from_scratch = True, from_scratch
        edit = self.lineEdit()
        # Qt's date edit reads the text on every change and cursor move: not while typing
        edit.blockSignals(True)
        if from_scratch:
            edit.setText("")

    def _end_typing(self) -> None:
        if self._typing:
            self._typing = self._from_scratch = False
            self.lineEdit().blockSignals(False)

    def _take(self, day: dt.date | None) -> None:
        self._end_typing()
        self.setDate(_to_qdate(day))  # also shows it formatted when unchanged
        self._set_error("")
        # in the last part, as after typing it (Tab then leaves instead of going through)
        self.setCurrentSectionIndex(self.sectionCount() - 1)
        edit = self.lineEdit()
        edit.setCursorPosition(len(edit.text()))

    def _give_up(self) -> None:
        """Forget the typed text: the date kept is shown again."""
        if self._typing:
            self._end_typing()
            self.setDate(self.date())
        self._set_error("")

    def _date_changed(self, _date: QDate) -> None:
        """A date set by the calendar, a step or code wins over a typed text."""
        self._end_typing()
        self._set_error("")

    def _keeping_text(self, call: Callable[[], None]) -> None:
        """Run Qt's focus handling, which shows the date again, without losing the text
        of a session (a refused date stays visible to be corrected)."""
        text = self.lineEdit().text() if self._typing else None
        call()
        if text is not None and self._typing:
            self.lineEdit().setText(text)

    def _set_error(self, message: str) -> None:
        if message == self._error:
            return
        if not self._error:
            self._description = self.accessibleDescription()
        self._error = message
        self.lineEdit().setStyleSheet(ERROR_STYLE if message else "")
        self.setToolTip(message or self._hint)
        self.setAccessibleDescription(message or self._description)
        if message and self.hasFocus():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), message, self)
        self.input_error_changed.emit()

    def _lowest(self) -> dt.date:
        lowest = self.minimumDate()
        if lowest == NO_DATE:
            lowest = lowest.addDays(1)  # the minimum itself means "no date"
        return dt.date(lowest.year(), lowest.month(), lowest.day())

    def _highest(self) -> dt.date:
        highest = self.maximumDate()
        return dt.date(highest.year(), highest.month(), highest.day())
