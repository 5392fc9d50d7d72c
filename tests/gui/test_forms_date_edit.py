"""The optional date field reads a typed date whole: no day is moved to the end of a shorter
month while the parts are typed (Qt's date edit saved "31122026" typed in November as
30.12.2026), an impossible date is refused with a message and the previous date kept."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from gui_helpers import show_active
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QVBoxLayout, QWidget

from advisor_app.domain.enums import LegalBasis
from advisor_app.persistence import ids
from advisor_app.persistence.database import Database
from ui import i18n
from ui.forms.contact_dialog import ContactDialog
from ui.forms.date_text import read_date
from ui.forms.widgets import OptionalDateEdit

LOW, HIGH = dt.date(1900, 1, 2), dt.date(9999, 12, 31)
Key = Qt.Key


class Form(QWidget):
    """A text field, the date field and another text field, as in a dialog."""

    def __init__(self) -> None:
        super().__init__()
        self.before, self.date, self.after = QLineEdit(self), OptionalDateEdit(self), \
            QLineEdit(self)
        layout = QVBoxLayout(self)
        for widget in (self.before, self.date, self.after):
            layout.addWidget(widget)


@pytest.fixture
def form(qtbot: Any) -> Form:
    form = Form()
    show_active(qtbot, form)
    return form


def tab_into(qtbot: Any, form: Form, value: dt.date | None) -> OptionalDateEdit:
    """The date field showing ``value``, entered with Tab (the day part is selected)."""
    form.date.set_value(value)
    form.before.setFocus()
    qtbot.keyClick(form.before, Key.Key_Tab)
    assert QApplication.focusWidget() is form.date
    return form.date


# --- whole dates, taken as soon as they are complete ---------------------------------------

@pytest.mark.parametrize(("before", "typed", "taken"), [
    (None, "31122026", dt.date(2026, 12, 31)),
    (None, "31.12.2026", dt.date(2026, 12, 31)),
    (dt.date(2026, 11, 15), "31122026", dt.date(2026, 12, 31)),  # was 30.12.2026
    (dt.date(2026, 11, 15), "31.12.2026", dt.date(2026, 12, 31)),
    (None, "29022028", dt.date(2028, 2, 29)),
    (dt.date(2027, 2, 15), "29.02.2028", dt.date(2028, 2, 29)),  # was 28.02.2028
    (None, "15.01.2027", dt.date(2027, 1, 15)),
    (dt.date(2026, 11, 15), "15.01.2027", dt.date(2027, 1, 15)),
    (None, "1.2.2027", dt.date(2027, 2, 1)),
])
def test_a_typed_date_is_taken_whole(qtbot: Any, form: Form, before: dt.date | None,
                                     typed: str, taken: dt.date) -> None:
    edit = tab_into(qtbot, form, before)
    qtbot.keyClicks(edit, typed)
    assert edit.value() == taken and edit.input_error() == ""
    assert edit.text() == taken.strftime("%d.%m.%Y") and not edit.is_typing()
    qtbot.keyClick(edit, Key.Key_Tab)  # moves on (not through the parts of the date)
    assert QApplication.focusWidget() is form.after and edit.value() == taken


@pytest.mark.parametrize(("typed", "taken"), [
    ("1.2.27", dt.date(2027, 2, 1)), ("15.01.27", dt.date(2027, 1, 15)),
    ("311226", dt.date(2026, 12, 31))])
def test_a_short_year_is_taken_with_enter_or_when_leaving(qtbot: Any, form: Form, typed: str,
                                                         taken: dt.date) -> None:
    edit = tab_into(qtbot, form, None)
    qtbot.keyClicks(edit, typed)
    assert edit.value() is None and edit.text() == typed  # "1.2.27" may go on to "1.2.2027"
    qtbot.keyClick(edit, Key.Key_Return)
    assert edit.value() == taken and edit.text() == taken.strftime("%d.%m.%Y")
    edit.set_value(None)
    qtbot.keyClicks(edit, typed)
    form.after.setFocus()
    assert edit.value() == taken


def test_typing_into_the_year_changes_the_year(qtbot: Any, form: Form) -> None:
    edit = tab_into(qtbot, form, dt.date(2028, 2, 29))
    edit.lineEdit().setCursorPosition(10)
    qtbot.keyClicks(edit, "2027")
    assert edit.value() == dt.date(2028, 2, 29)  # not moved to the 28th while typing
    qtbot.keyClick(edit, Key.Key_Return)
    assert edit.value() == dt.date(2028, 2, 29)
    assert edit.input_error().startswith("Den 29.02.2027 gibt es nicht")
    qtbot.keyClick(edit, Key.Key_Backspace)
    qtbot.keyClicks(edit, "8")
    qtbot.keyClick(edit, Key.Key_Return)
    assert edit.value() == dt.date(2028, 2, 29) and edit.input_error() == ""


# --- impossible dates ----------------------------------------------------------------------

def test_an_impossible_date_is_refused_with_a_message(qtbot: Any, form: Form) -> None:
    edit = tab_into(qtbot, form, dt.date(2026, 1, 5))
    edit.setAccessibleDescription("Pflichtfrage")
    signals: list[bool] = []
    edit.input_error_changed.connect(lambda: signals.append(True))
    qtbot.keyClicks(edit, "31.11.2026")
    message = ("Den 31.11.2026 gibt es nicht: Der Monat hat nur 30 Tage. "
               "Das Datum wurde nicht übernommen.")
    assert edit.value() == dt.date(2026, 1, 5)
    assert edit.input_error() == message and signals == [True]
    assert edit.accessibleDescription() == message and edit.toolTip() == message
    assert "#b3261e" in edit.lineEdit().styleSheet()
    qtbot.keyClick(edit, Key.Key_Return)  # not taken, the field keeps the keyboard
    assert edit.value() == dt.date(2026, 1, 5) and edit.text() == "31.11.2026"
    qtbot.keyClick(edit, Key.Key_Tab)  # leaving does not take it either; it stays visible
    assert QApplication.focusWidget() is form.after
    assert edit.value() == dt.date(2026, 1, 5) and edit.text() == "31.11.2026"
    assert edit.input_error() == message

    edit.setFocus(Qt.FocusReason.TabFocusReason)
    assert edit.lineEdit().selectedText() == "31.11.2026"  # ready to be typed over
    qtbot.keyClick(edit, Key.Key_Escape)  # gives the typing up
    assert edit.text() == "05.01.2026" and edit.input_error() == ""
    assert edit.accessibleDescription() == "Pflichtfrage" and not edit.lineEdit().styleSheet()


@pytest.mark.parametrize(("typed", "start"), [
    ("31112026", "Den 31.11.2026 gibt es nicht: Der Monat hat nur 30 Tage."),
    ("29022027", "Den 29.02.2027 gibt es nicht: Der Monat hat nur 28 Tage."),
    ("31.04.26", "Den 31.04.2026 gibt es nicht: Der Monat hat nur 30 Tage."),
    ("15.13.2026", "„15.13.2026“ ist kein Datum: Der Tag geht von 1 bis 31"),
    ("15.1", "„15.1“ ist kein Datum. Bitte als TT.MM.JJJJ eingeben"),
])
def test_what_is_refused_says_why(qtbot: Any, form: Form, typed: str, start: str) -> None:
    edit = tab_into(qtbot, form, None)
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Key.Key_Return)
    assert edit.value() is None and edit.input_error().startswith(start)
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "15012027")  # typed over: taken, the message is gone
    assert edit.value() == dt.date(2027, 1, 15) and edit.input_error() == ""


def test_a_refused_date_is_explained_in_english(qtbot: Any, form: Form) -> None:
    assert i18n.install_language("en")
    edit = tab_into(qtbot, form, None)
    qtbot.keyClicks(edit, "31112026")
    assert edit.input_error() == ("31.11.2026 does not exist: that month has only 30 days. "
                                  "The date was not taken.")


# --- empty, keys, calendar, read-only ------------------------------------------------------

def test_delete_or_backspace_with_everything_selected_empties(qtbot: Any, form: Form) -> None:
    for key in (Key.Key_Delete, Key.Key_Backspace):
        edit = tab_into(qtbot, form, dt.date(2027, 1, 15))
        edit.lineEdit().selectAll()
        qtbot.keyClick(edit, key)
        assert edit.value() is None and not edit.is_typing()
        qtbot.keyClick(edit, key)  # empty stays empty
        assert edit.value() is None


def test_emptying_a_typed_text_and_leaving_means_no_date(qtbot: Any, form: Form) -> None:
    edit = tab_into(qtbot, form, dt.date(2027, 1, 15))
    edit.lineEdit().setCursorPosition(10)
    for _ in range(10):
        qtbot.keyClick(edit, Key.Key_Backspace)
    assert edit.text() == "" and edit.value() == dt.date(2027, 1, 15)
    qtbot.keyClick(edit, Key.Key_Return)
    assert edit.value() is None


def test_arrows_still_step(qtbot: Any, form: Form) -> None:
    edit = tab_into(qtbot, form, dt.date(2027, 1, 15))
    qtbot.keyClick(edit, Key.Key_Up)  # the day part
    assert edit.value() == dt.date(2027, 1, 16)
    qtbot.keyClicks(edit, "1.2.27")
    qtbot.keyClick(edit, Key.Key_Down)  # takes the typed date, steps where typing ended
    assert edit.value() == dt.date(2026, 2, 1)


def test_the_calendar_pops_up_from_the_date_kept(qtbot: Any, form: Form) -> None:
    edit = tab_into(qtbot, form, dt.date(2027, 1, 15))
    qtbot.keyClicks(edit, "31112026")
    assert edit.input_error()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton,
                     pos=QPoint(edit.width() - 6, edit.height() // 2))  # the arrow
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    assert edit.text() == "15.01.2027" and edit.input_error() == ""  # the typing given up
    calendar = edit.calendarWidget()
    assert calendar.selectedDate() == QDate(2027, 1, 15)
    days = calendar.findChild(QAbstractItemView)  # the keyboard's place in the calendar
    qtbot.keyClick(days, Key.Key_Right)
    qtbot.keyClick(days, Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert edit.value() == dt.date(2027, 1, 16)


def test_read_only_takes_no_typing(qtbot: Any, form: Form) -> None:
    edit = tab_into(qtbot, form, dt.date(2027, 1, 15))
    qtbot.keyClicks(edit, "3112")
    edit.setReadOnly(True)  # gives the typing up
    assert edit.text() == "15.01.2027" and not edit.is_typing()
    qtbot.keyClicks(edit, "31122026")
    qtbot.keyClick(edit, Key.Key_Delete)
    assert edit.value() == dt.date(2027, 1, 15)


# --- in a record dialog --------------------------------------------------------------------

def test_a_refused_date_keeps_a_dialog_from_saving(qtbot: Any, fdb: Database,
                                                   strict_modals: None) -> None:
    dlg = ContactDialog(fdb, municipality_id=ids.municipality_id("05562014"))
    show_active(qtbot, dlg)
    qtbot.keyClicks(dlg.name, "Eva Schmidt")
    dlg.legal_basis.set_value(LegalBasis.CONSENT)
    dlg.consent_date.setFocus()
    qtbot.keyClicks(dlg.consent_date, "31.11.2024")
    assert dlg.field_error("consent_date").startswith("Den 31.11.2024 gibt es nicht")
    assert not dlg.ok_button.isEnabled()
    qtbot.keyClick(dlg.consent_date, Key.Key_Return)  # not saved with the refused date
    assert dlg.isVisible() and dlg.saved_id is None
    dlg.consent_date.lineEdit().selectAll()
    qtbot.keyClicks(dlg.consent_date, "1.11.24")
    assert not dlg.ok_button.isEnabled()  # not complete yet (may become 1.11.2024)
    qtbot.keyClick(dlg.consent_date, Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dlg.saved_id is not None and not dlg.isVisible()


# --- reading -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "date", "final"), [
    ("31122026", dt.date(2026, 12, 31), True), ("31.12.2026", dt.date(2026, 12, 31), True),
    ("1.2.2027", dt.date(2027, 2, 1), True), ("1.2.27", dt.date(2027, 2, 1), False),
    ("15.01.27", dt.date(2027, 1, 15), False), ("311226", dt.date(2026, 12, 31), False),
    (" 15. 01. 2027 ", dt.date(2027, 1, 15), True), ("15/01/2027", dt.date(2027, 1, 15), True),
    ("2027-01-15", dt.date(2027, 1, 15), True), ("29.02.2028", dt.date(2028, 2, 29), True),
])
def test_read_date_reads_the_german_ways_of_writing_a_date(text: str, date: dt.date,
                                                           final: bool) -> None:
    assert read_date(text, LOW, HIGH) == (date, "", final)


@pytest.mark.parametrize("text", ["31.11.2026", "29.02.2027", "00.01.2026", "32.01.2026",
                                  "15.00.2026", "15.13.2026", "15.1", "1512027", "heute",
                                  "01.01.1900", "15.01.2027."])
def test_read_date_refuses_what_is_no_date(text: str) -> None:
    reading = read_date(text, LOW, HIGH)
    assert reading.date is None and reading.error


def test_an_empty_text_is_no_date_and_no_error() -> None:
    assert read_date("  ", LOW, HIGH) == (None, "", False)
