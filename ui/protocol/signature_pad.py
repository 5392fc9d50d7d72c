"""A pad to sign on with mouse, pen or finger, and a labelled field around it.

Strokes are kept as lists of points in a fixed logical canvas of ``CANVAS_WIDTH`` x
``CANVAS_HEIGHT`` units (8:3), independent of the widget's size, so a signature can be shown
at any size and rendered to a PNG of any width; the same strokes always give the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QLineF,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QFocusEvent,
    QFont,
    QImage,
    QInputDevice,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

Point = tuple[float, float]

CANVAS_WIDTH = 1000.0
CANVAS_HEIGHT = 375.0
BASELINE_Y = 0.74 * CANVAS_HEIGHT
PEN_WIDTH = 7.0  # canvas units: 2.8 px on a 400 px wide pad, 4.2 px in a 600 px wide PNG
DOT_RADIUS = 0.8 * PEN_WIDTH
MIN_STEP = 1.5  # canvas units a point must lie from the previous one to be recorded
INK = QColor(18, 38, 110)  # dark blue, like a ballpoint pen
PAPER = QColor(255, 255, 255)
GUIDE = QColor(150, 156, 166)  # baseline and cross
HINT = QColor(190, 195, 202)  # the faint "Unterschrift" on an empty pad
PNG_DOTS_PER_METER = 11811  # 300 dpi: a 600 px signature is 5 cm wide unless placed otherwise

_TOUCH_EVENTS = (
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.TouchCancel,
)


def stroke_path(points: Sequence[Point]) -> QPainterPath:
    """A smooth path through ``points``: quadratic curves via the midpoints of the segments."""
    path = QPainterPath(QPointF(*points[0]))
    for here, after in pairwise(points[1:]):
        middle = QPointF((here[0] + after[0]) / 2, (here[1] + after[1]) / 2)
        path.quadTo(QPointF(*here), middle)
    if len(points) > 1:
        path.lineTo(QPointF(*points[-1]))
    return path


def paint_strokes(painter: QPainter, strokes: Iterable[Sequence[Point]]) -> None:
    """Draw ``strokes`` (canvas units) with the painter's current transformation."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(INK, PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    for points in strokes:
        if not points:
            continue
        if len(points) == 1:  # a dot, e.g. over an i: a little wider than a line
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(INK)
            painter.drawEllipse(QPointF(*points[0]), DOT_RADIUS, DOT_RADIUS)
            continue
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(stroke_path(points))


def render_png(strokes: Iterable[Sequence[Point]], width_px: int = 600, *,
               transparent: bool = False) -> bytes:
    """The strokes as PNG bytes, ``width_px`` wide with the canvas' 8:3 shape, ink only
    (no baseline, no hint) on white or, with ``transparent``, on a transparent background."""
    if width_px < 8:
        raise ValueError(f"width_px must be at least 8, not {width_px}")
    height_px = round(width_px * CANVAS_HEIGHT / CANVAS_WIDTH)
    image = QImage(width_px, height_px, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0) if transparent else PAPER)
    image.setDotsPerMeterX(PNG_DOTS_PER_METER)
    image.setDotsPerMeterY(PNG_DOTS_PER_METER)
    painter = QPainter(image)
    try:
        painter.scale(width_px / CANVAS_WIDTH, height_px / CANVAS_HEIGHT)
        paint_strokes(painter, strokes)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # the stubs say bytes for the format, PySide6 6.12 accepts only str
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise RuntimeError("Qt could not encode the signature as PNG")
    buffer.close()
    return bytes(data.data())


class SignaturePad(QWidget):
    """A white pad with a baseline to sign on with the mouse, a pen or a finger.

    ``changed`` is emitted when a stroke is finished, undone or the pad is cleared.
    Keyboard: Entf/Rücktaste clear the pad, Strg+Z takes back the last stroke.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[Point]] = []
        self._drawing = False
        self._touch_id: int | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._title = ""
        self.retranslate()

    def set_title(self, title: str) -> None:
        """Whose signature this is (for screen readers), e.g. "Beratung"."""
        self._title = title
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Unterschrift: %1").replace("%1", self._title)
                               if self._title else self.tr("Unterschriftenfeld"))
        self.setAccessibleDescription(self.tr(
            "Mit Maus, Stift oder Finger unterschreiben. Entf löscht die Unterschrift, "
            "Strg+Z nimmt den letzten Strich zurück."))
        self.setToolTip(self.tr("Hier unterschreiben (Entf: löschen, Strg+Z: letzten Strich "
                                "zurücknehmen)"))
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- content --------------------------------------------------------------------------

    def is_empty(self) -> bool:
        return not self._strokes

    def strokes(self) -> list[list[Point]]:
        """A copy of the strokes: lists of (x, y) in canvas units (see ``CANVAS_WIDTH``)."""
        return [list(points) for points in self._strokes]

    def set_strokes(self, strokes: Iterable[Sequence[Point]]) -> None:
        """Show earlier strokes (canvas units; points outside the canvas are clamped)."""
        self._end_input()
        self._strokes = [[_clamp(float(x), float(y)) for x, y in points]
                         for points in strokes if points]
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        if self._strokes or self._drawing:
            self._end_input()
            self._strokes.clear()
            self.update()
            self.changed.emit()

    def undo_stroke(self) -> None:
        """Take back the last stroke (the one being drawn, if any)."""
        if self._strokes:
            self._end_input()
            self._strokes.pop()
            self.update()
            self.changed.emit()

    def to_png(self, width_px: int = 600, *, transparent: bool = False) -> bytes:
        """The signature as PNG bytes (see :func:`render_png`); same strokes, same bytes."""
        return render_png(self._strokes, width_px, transparent=transparent)

    # --- geometry -------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(480, 180)

    def minimumSizeHint(self) -> QSize:
        return QSize(400, 150)  # large enough to sign on a touchscreen

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(150, round(width * CANVAS_HEIGHT / CANVAS_WIDTH))

    def paper_rect(self) -> QRectF:
        """Where the canvas lies in the widget: as large as fits, centred, 8:3."""
        margin = 2.0  # room for the focus frame
        width, height = self.width() - 2 * margin, self.height() - 2 * margin
        scale = max(min(width / CANVAS_WIDTH, height / CANVAS_HEIGHT), 1e-6)
        size_w, size_h = CANVAS_WIDTH * scale, CANVAS_HEIGHT * scale
        return QRectF(margin + (width - size_w) / 2, margin + (height - size_h) / 2,
                      size_w, size_h)

    def _to_canvas(self, position: QPointF) -> Point:
        rect = self.paper_rect()
        scale = rect.width() / CANVAS_WIDTH
        return _clamp((position.x() - rect.x()) / scale, (position.y() - rect.y()) / scale)

    # --- drawing --------------------------------------------------------------------------

    def _begin(self, position: QPointF) -> bool:
        if not self.paper_rect().contains(position):
            return False
        self._end_input()
        self._drawing = True
        self._strokes.append([self._to_canvas(position)])
        self.update()
        return True

    def _extend(self, position: QPointF) -> None:
        if not self._drawing:
            return
        point = self._to_canvas(position)
        last = self._strokes[-1][-1]
        if QLineF(QPointF(*last), QPointF(*point)).length() >= MIN_STEP:
            self._strokes[-1].append(point)
            self.update()

    def _finish(self) -> None:
        if self._drawing:
            self._end_input()
            self.changed.emit()

    def _cancel(self) -> None:
        if self._drawing:
            self._end_input()
            self._strokes.pop()
            self.update()

    def _end_input(self) -> None:
        self._drawing = False
        self._touch_id = None

    # --- input events ---------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._begin(event.position()):
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing and event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._drawing:
            self._extend(event.position())
            self._finish()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        """A pen: accepted, so Qt does not also send the synthesized mouse events."""
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._extend(event.position())
            self._finish()
        event.accept()

    def _touch_event(self, event: QTouchEvent) -> bool:
        """One finger draws (the first one down); the others are ignored."""
        device = event.device()
        if device is not None and device.type() == QInputDevice.DeviceType.TouchPad:
            return False  # touchpad positions are not on the pad: let Qt make mouse events
        if event.type() == QEvent.Type.TouchCancel:
            self._cancel()
            return True
        points = event.points()
        if event.type() == QEvent.Type.TouchBegin and points:
            if self._begin(points[0].position()):
                self._touch_id = points[0].id()
            return True
        for point in points:
            if point.id() != self._touch_id:
                continue
            self._extend(point.position())
            if point.state() == QEventPoint.State.Released:
                self._finish()
        return True

    def event(self, event: QEvent) -> bool:
        if (event.type() in _TOUCH_EVENTS and isinstance(event, QTouchEvent)
                and self._touch_event(event)):
            event.accept()
            return True
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and self._is_edit_key(event)):
            event.accept()  # our keys while focused, not a window's shortcut of the same key
            return True
        return super().event(event)

    @staticmethod
    def _is_edit_key(event: QKeyEvent) -> bool:
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        return (event.matches(QKeySequence.StandardKey.Undo)
                or (plain and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_stroke()
            event.accept()
        elif self._is_edit_key(event):
            self.clear()
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            rect = self.paper_rect()
            frame = self.palette().highlight().color() if self.hasFocus() else GUIDE
            painter.setPen(QPen(frame, 2.0 if self.hasFocus() else 1.0))
            painter.setBrush(PAPER)
            painter.drawRoundedRect(rect, 4.0, 4.0)
            painter.translate(rect.topLeft())
            painter.scale(rect.width() / CANVAS_WIDTH, rect.height() / CANVAS_HEIGHT)
            self._paint_guides(painter)
            paint_strokes(painter, self._strokes)
        finally:
            painter.end()

    def _paint_guides(self, painter: QPainter) -> None:
        """Baseline with a cross at its start; the faint hint text while empty."""
        left, right = 0.06 * CANVAS_WIDTH, 0.94 * CANVAS_WIDTH
        painter.setPen(QPen(GUIDE, 2.0))
        painter.drawLine(QPointF(left, BASELINE_Y), QPointF(right, BASELINE_Y))
        cross, x, y = 14.0, left + 10.0, BASELINE_Y - 28.0
        painter.drawLine(QPointF(x, y - cross), QPointF(x + 2 * cross, y + cross))
        painter.drawLine(QPointF(x, y + cross), QPointF(x + 2 * cross, y - cross))
        if self._strokes:
            return
        font = QFont(self.font())
        font.setPointSizeF(44.0)  # canvas units: scaled with the pad
        painter.setFont(font)
        painter.setPen(HINT)
        area = QRectF(0.0, BASELINE_Y - 110.0, CANVAS_WIDTH, 100.0)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("Unterschrift"))


def _clamp(x: float, y: float) -> Point:
    return (round(min(max(x, 0.0), CANVAS_WIDTH), 2), round(min(max(y, 0.0), CANVAS_HEIGHT), 2))


class SignatureField(QWidget):
    """One party's signature: a heading, name and role, the pad and a "Löschen" button.

    ``changed`` is emitted when the strokes, the name or the role change.
    """

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.name_edit = QLineEdit()
        self.role_edit = QLineEdit()
        self.pad = SignaturePad()
        self.clear_button = QPushButton()
        self.clear_button.setEnabled(False)
        self._name_label = QLabel()
        self._name_label.setBuddy(self.name_edit)
        self._role_label = QLabel()
        self._role_label.setBuddy(self.role_edit)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.title, 0, 0, 1, 3)
        grid.addWidget(self._name_label, 1, 0)
        grid.addWidget(self.name_edit, 1, 1, 1, 2)
        grid.addWidget(self._role_label, 2, 0)
        grid.addWidget(self.role_edit, 2, 1, 1, 2)
        grid.addWidget(self.pad, 3, 0, 1, 3)
        grid.addWidget(self.clear_button, 4, 2, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)

        self.clear_button.clicked.connect(self._clear_clicked)
        self.pad.changed.connect(self._pad_changed)
        self.name_edit.textChanged.connect(self.changed)
        self.role_edit.textChanged.connect(self.changed)
        self.set_title(title)
        self.retranslate()

    def set_title(self, title: str) -> None:
        """The party, e.g. "Beratung" or "Kommune" (already translated by the caller)."""
        self.title.setText(title)
        self.pad.set_title(title)

    def retranslate(self) -> None:
        self._name_label.setText(self.tr("&Name:"))
        self._role_label.setText(self.tr("&Funktion:"))
        self.clear_button.setText(self.tr("&Löschen"))
        self.clear_button.setToolTip(self.tr("Unterschrift löschen (Entf)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def role(self) -> str:
        return self.role_edit.text().strip()

    def set_person(self, name: str, role: str) -> None:
        self.name_edit.setText(name)
        self.role_edit.setText(role)

    def is_complete(self) -> bool:
        """A name and a signature: what a protocol needs from this party."""
        return bool(self.name()) and not self.pad.is_empty()

    def _clear_clicked(self) -> None:
        self.pad.clear()
        self.pad.setFocus(Qt.FocusReason.OtherFocusReason)

    def _pad_changed(self) -> None:
        self.clear_button.setEnabled(not self.pad.is_empty())
        self.changed.emit()
