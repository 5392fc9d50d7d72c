"""The signature pad: strokes from mouse, pen and finger, keyboard undo/clear, PNG export."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QImage,
    QInputDevice,
    QKeySequence,
    QPointingDevice,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from tests.gui.gui_helpers import show_active
from ui.protocol.signature_pad import CANVAS_HEIGHT, CANVAS_WIDTH, SignatureField, SignaturePad

NO_MOD = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def pad(qtbot: Any) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(480, 180)  # the 8:3 canvas fills the pad but for the 2 px frame margin
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def at(pad: SignaturePad, fx: float, fy: float) -> QPoint:
    """The widget point at a fraction of the paper (0..1 across, 0..1 down)."""
    rect = pad.paper_rect()
    return QPoint(round(rect.x() + fx * rect.width()), round(rect.y() + fy * rect.height()))


def draw(qtbot: Any, pad: SignaturePad, points: Sequence[tuple[float, float]]) -> None:
    """One stroke with the mouse through paper fractions, as a person drags it."""
    qtbot.mousePress(pad, LEFT, NO_MOD, at(pad, *points[0]))
    for point in points[1:]:
        qtbot.mouseMove(pad, at(pad, *point))
    qtbot.mouseRelease(pad, LEFT, NO_MOD, at(pad, *points[-1]))


def line(y: float, x0: float = 0.2, x1: float = 0.8, steps: int = 12) -> list[tuple[float, float]]:
    return [(x0 + (x1 - x0) * i / steps, y) for i in range(steps + 1)]


def is_ink(color: QColor) -> bool:
    return color.alpha() > 128 and color.blue() > color.red() + 30 and color.red() < 120


def ink_pixels(image: QImage) -> int:
    return sum(is_ink(image.pixelColor(x, y))
               for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))


def test_mouse_strokes_are_kept_as_points_and_signal_changed(qtbot: Any,
                                                             pad: SignaturePad) -> None:
    assert pad.is_empty()
    with qtbot.waitSignal(pad.changed):
        draw(qtbot, pad, line(0.5))
    draw(qtbot, pad, [(0.3, 0.2), (0.35, 0.6)])

    assert not pad.is_empty()
    strokes = pad.strokes()
    assert len(strokes) == 2
    assert len(strokes[0]) >= 10
    first_x, first_y = strokes[0][0]
    assert first_x == pytest.approx(0.2 * CANVAS_WIDTH, abs=5)
    assert first_y == pytest.approx(0.5 * CANVAS_HEIGHT, abs=5)
    assert strokes[0][-1][0] == pytest.approx(0.8 * CANVAS_WIDTH, abs=5)


def test_png_has_ink_where_the_stroke_was_drawn(qtbot: Any, pad: SignaturePad) -> None:
    draw(qtbot, pad, line(0.5))

    image = QImage.fromData(pad.to_png())
    assert not image.isNull()
    assert (image.width(), image.height()) == (600, 225)
    assert is_ink(image.pixelColor(300, 112))  # the middle of the line
    assert image.pixelColor(60, 112) == QColor(255, 255, 255)  # left of its start
    assert image.pixelColor(300, 40) == QColor(255, 255, 255)  # above it; no baseline, hint
    assert ink_pixels(image) > 100

    wide = QImage.fromData(pad.to_png(1200, transparent=True))
    assert (wide.width(), wide.height()) == (1200, 450)
    assert wide.pixelColor(5, 5).alpha() == 0
    assert is_ink(wide.pixelColor(600, 225))


def test_png_is_deterministic_and_does_not_depend_on_the_pad_size(qtbot: Any,
                                                                  pad: SignaturePad) -> None:
    draw(qtbot, pad, line(0.45))
    draw(qtbot, pad, [(0.5, 0.3)])  # a single dot
    png = pad.to_png()
    assert png == pad.to_png()

    other = SignaturePad()
    qtbot.addWidget(other)
    other.resize(900, 400)
    other.set_strokes(pad.strokes())
    assert other.to_png() == png

    pad.undo_stroke()  # without the dot the picture differs
    assert pad.to_png() != png


def test_empty_pad_renders_a_blank_png(pad: SignaturePad) -> None:
    image = QImage.fromData(pad.to_png(300))
    assert (image.width(), image.height()) == (300, 112)
    assert ink_pixels(image) == 0
    with pytest.raises(ValueError):
        pad.to_png(0)


def test_keyboard_undo_and_clear_even_beside_a_window_shortcut(qtbot: Any) -> None:
    window = QWidget()
    pad = SignaturePad()
    QVBoxLayout(window).addWidget(pad)
    window_undo = QAction(window)  # e.g. a dialog's own Strg+Z: the pad takes its keys first
    window_undo.setShortcut(QKeySequence.StandardKey.Undo)
    window.addAction(window_undo)
    triggered: list[bool] = []
    window_undo.triggered.connect(lambda: triggered.append(True))
    window.resize(500, 220)
    show_active(qtbot, window)
    for y in (0.3, 0.5, 0.7):
        draw(qtbot, pad, line(y))
    pad.setFocus()
    qtbot.waitUntil(pad.hasFocus)

    with qtbot.waitSignal(pad.changed):
        qtbot.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [points[0][1] for points in pad.strokes()] == pytest.approx(
        [0.3 * CANVAS_HEIGHT, 0.5 * CANVAS_HEIGHT], abs=5)
    assert triggered == []

    qtbot.keyClick(pad, Qt.Key.Key_Delete)
    assert pad.is_empty()
    draw(qtbot, pad, line(0.5))
    qtbot.keyClick(pad, Qt.Key.Key_Backspace)
    assert pad.is_empty()


def test_a_pen_draws_through_tablet_events(pad: SignaturePad) -> None:
    stylus = QPointingDevice("Testpen", 4711, QInputDevice.DeviceType.Stylus,
                             QPointingDevice.PointerType.Pen,
                             QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
                             1, 2)
    path = [QPointF(at(pad, 0.2 + 0.05 * i, 0.4)) for i in range(8)]
    kinds = [QEvent.Type.TabletPress] + [QEvent.Type.TabletMove] * 6 \
        + [QEvent.Type.TabletRelease]
    for kind, point in zip(kinds, path, strict=True):
        pressed = kind != QEvent.Type.TabletRelease
        event = QTabletEvent(kind, stylus, point, pad.mapToGlobal(point), 0.6, 0.0, 0.0, 0.0,
                             0.0, 0.0, NO_MOD, Qt.MouseButton.LeftButton,
                             Qt.MouseButton.LeftButton if pressed else Qt.MouseButton.NoButton)
        QApplication.sendEvent(pad, event)
        assert event.isAccepted()  # so Qt makes no mouse events of it

    strokes = pad.strokes()
    assert len(strokes) == 1
    assert len(strokes[0]) == 8
    assert strokes[0][-1][0] == pytest.approx(0.55 * CANVAS_WIDTH, abs=5)


@pytest.fixture
def no_mouse_from_touch() -> Iterator[None]:
    """Qt turns unhandled touches into mouse events: off, so only the touch path can draw."""
    attribute = Qt.ApplicationAttribute.AA_SynthesizeMouseForUnhandledTouchEvents
    before = QCoreApplication.testAttribute(attribute)
    QCoreApplication.setAttribute(attribute, False)
    yield
    QCoreApplication.setAttribute(attribute, before)


@pytest.mark.usefixtures("no_mouse_from_touch")
def test_a_finger_draws_through_touch_events(qtbot: Any, pad: SignaturePad) -> None:
    assert pad.testAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    screen = QTest.createTouchDevice()
    QTest.touchEvent(pad, screen).press(0, at(pad, 0.2, 0.6), pad).commit()
    for i in range(1, 6):
        touches = QTest.touchEvent(pad, screen).move(0, at(pad, 0.2 + 0.1 * i, 0.6), pad)
        if i == 2:  # a second finger (the heel of the hand) comes down: it does not draw
            touches.press(1, at(pad, 0.5, 0.1), pad)
        elif i > 2:
            touches.move(1, at(pad, 0.5 + 0.05 * i, 0.1), pad)
        touches.commit()
    QTest.touchEvent(pad, screen).release(0, at(pad, 0.7, 0.6), pad) \
        .release(1, at(pad, 0.8, 0.1), pad).commit()

    strokes = pad.strokes()
    assert len(strokes) == 1
    assert len(strokes[0]) >= 6
    assert strokes[0][-1][0] == pytest.approx(0.7 * CANVAS_WIDTH, abs=5)
    assert all(y == pytest.approx(0.6 * CANVAS_HEIGHT, abs=5) for _x, y in strokes[0])


@pytest.mark.usefixtures("no_mouse_from_touch")
def test_a_cancelled_touch_leaves_no_stroke(qtbot: Any, pad: SignaturePad) -> None:
    screen = QTest.createTouchDevice()
    QTest.touchEvent(pad, screen).press(0, at(pad, 0.2, 0.6), pad).commit()
    QTest.touchEvent(pad, screen).move(0, at(pad, 0.4, 0.6), pad).commit()
    assert len(pad.strokes()) == 1  # shown while the finger moves
    QApplication.sendEvent(pad, QTouchEvent(QEvent.Type.TouchCancel, screen))
    assert pad.is_empty()


def test_a_press_beside_the_paper_draws_nothing(qtbot: Any, pad: SignaturePad) -> None:
    pad.resize(900, 180)  # wider than 8:3: the paper is centred with room at both sides
    assert pad.paper_rect().left() > 100
    qtbot.mousePress(pad, LEFT, NO_MOD, QPoint(20, 90))
    qtbot.mouseMove(pad, QPoint(400, 90))
    qtbot.mouseRelease(pad, LEFT, NO_MOD, QPoint(400, 90))
    assert pad.is_empty()


def test_touch_friendly_size_focus_and_german_accessible_texts(pad: SignaturePad) -> None:
    hint = pad.minimumSizeHint()
    assert hint.width() >= 400 and hint.height() >= 150
    assert pad.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert pad.accessibleName() == "Unterschriftenfeld"
    assert "Strg+Z" in pad.accessibleDescription()
    pad.set_title("Kommune")
    assert pad.accessibleName() == "Unterschrift: Kommune"


def test_signature_field_needs_name_and_signature(qtbot: Any) -> None:
    field = SignatureField("Beratung")
    qtbot.addWidget(field)
    field.resize(520, 320)
    field.show()
    qtbot.waitExposed(field)
    assert not field.is_complete()
    assert not field.clear_button.isEnabled()

    field.set_person("  Eva Beispiel ", "Klimaschutzmanagerin")
    assert (field.name(), field.role()) == ("Eva Beispiel", "Klimaschutzmanagerin")
    assert not field.is_complete()
    with qtbot.waitSignal(field.changed):
        draw(qtbot, field.pad, line(0.5))
    assert field.is_complete()
    assert field.clear_button.isEnabled()

    qtbot.mouseClick(field.clear_button, LEFT)
    assert field.pad.is_empty()
    assert not field.is_complete()
    assert not field.clear_button.isEnabled()
    assert field.pad.accessibleName() == "Unterschrift: Beratung"
