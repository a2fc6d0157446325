"""A square pad where a person draws a digit for the network to read.

The widget turns mouse and tablet input into strokes (held and rendered by `StrokeCanvas`,
white ink on black like MNIST), shows them, and publishes the canvas as a float array through
`drawing_changed` — throttled, because it fires while the pen moves and every copy is fed to the
network. Turning the canvas into the network's 28×28 input (`nnviz.core.preprocess.to_mnist`)
and predicting are the main window's job; the pad knows nothing of networks.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (QColor, QCursor, QFontMetrics, QImage, QKeySequence, QPainter,
                           QPen, QPixmap)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QStyle, QWidget

from nnviz.gui import class_names
from nnviz.gui.views.sample_strokes import sample_strokes
from nnviz.gui.views.stroke_canvas import PEN_FRACTION, StrokeCanvas

__all__ = ["DrawingPad", "sample_strokes"]  # sample_strokes re-exported for `--draw DIGIT`

MIN_SIDE = 196                    # logical pixels; MNIST's 28 px × 7 (fits a 1024×768 screen)
EMIT_INTERVAL = 1 / 60            # seconds; drawing_changed is sent at most ~60 times a second
PEN_SCALES = (6, 16, 10)          # slider min, max, default, in tenths of the default width
TOOLBAR_GAP = 6                   # pixels between the canvas and the buttons under it


class DrawingPad(QWidget):
    """The drawing canvas with Undo, Clear and a pen-width slider under it."""

    drawing_changed = Signal(np.ndarray)  # (H, W) float32 copy in [0, 1], ink high
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._canvas = StrokeCanvas()
        self._drawing = False             # a stroke is under way (button or pen down)
        self._last_emit = 0.0
        self._kind = class_names.DIGITS   # what the prompt asks for
        self._emit_timer = QTimer(self, singleShot=True, timeout=self._emit_now)

        undo = QPushButton(self.tr("Undo"), toolTip=self.tr("Undo the last stroke (Ctrl+Z)"),
                           clicked=self.undo)
        clear = QPushButton(self.tr("Clear"), toolTip=self.tr("Clear the pad (Esc)"),
                            clicked=self.clear)
        self._pen = QSlider(Qt.Horizontal, maximumWidth=110, toolTip=self.tr(
            "Pen width. MNIST digits are written with a thick pen; very thin or very "
            "thick strokes make the network less sure."))
        self._pen.setRange(*PEN_SCALES[:2])
        self._pen.setValue(PEN_SCALES[2])
        self._pen.valueChanged.connect(self._update_cursor)
        self._toolbar = QWidget(self, cursor=QCursor(Qt.ArrowCursor))  # placed in resizeEvent
        row = QHBoxLayout(self._toolbar)
        row.setContentsMargins(0, 0, 0, 0)
        self._pen.setMinimumWidth(40)
        self._pen_label = QLabel(self.tr("Pen"))
        for w in (undo, clear, self._pen_label, self._pen):
            w.setFocusPolicy(Qt.NoFocus)  # Esc and Ctrl+Z keep reaching the pad
            row.addWidget(w)
        row.addStretch(1)
        self.setFocusPolicy(Qt.StrongFocus)
        self._fit_buttons()
        self._update_cursor()

    # ---- public API -------------------------------------------------------------------------

    def set_kind(self, kind: str) -> None:
        """What the network reads (a `class_names` kind); the empty pad's prompt names it."""
        if kind != self._kind:
            self._kind = kind
            self.update()

    def prompt(self) -> str:
        """The empty pad's line, true for the data: a digit for MNIST, clothing for Fashion-MNIST."""
        if self._kind == class_names.CLOTHES:
            return self.tr("Draw a piece of clothing here")
        if self._kind == class_names.OTHER:
            return self.tr("Draw something here")
        return self.tr("Draw a digit here")

    def canvas_array(self) -> np.ndarray:
        """The canvas as a (H, W) float32 array in [0, 1], ink high (a copy)."""
        return self._sized_canvas().pixels.astype(np.float32) / 255.0

    def canvas_rect(self) -> QRectF:
        """Where the canvas lies in widget coordinates: the largest square that leaves room for
        the toolbar under it, the two centred together."""
        free_h = self.height() - self._toolbar_height()
        side = max(1, min(self.width(), free_h))
        return QRectF((self.width() - side) // 2, (free_h - side) // 2, side, side)

    def stroke_count(self) -> int:
        return len(self._canvas.strokes)

    def clear(self) -> None:
        self._drawing = False
        self._sized_canvas().clear()
        self.update()
        self.cleared.emit()
        self._emit_now()

    def undo(self) -> None:
        """Remove the last stroke; the others are re-rendered exactly as they were drawn."""
        self._drawing = False
        if self._sized_canvas().undo():
            self.update()
            self._emit_now()

    def draw_strokes(self, strokes: list[list[tuple[float, float]]]) -> None:
        """Add strokes given in normalised [0, 1] canvas coordinates; emits drawing_changed once."""
        canvas = self._sized_canvas()
        for stroke in strokes:
            canvas.add([(float(p[0]), float(p[1]), float(p[2]) if len(p) > 2 else 1.0)
                        for p in stroke], self._pen_scale())
        self.update()
        self._emit_now()

    # ---- helpers ----------------------------------------------------------------------------

    def _toolbar_height(self) -> int:
        return self._toolbar.sizeHint().height() + TOOLBAR_GAP

    def _toolbar_least(self) -> int:
        """The toolbar's narrowest width: its buttons and the shortest slider, without "Pen"."""
        row = self._toolbar.layout()
        items = [row.itemAt(i) for i in range(row.count())]
        parts = [i for i in items if i.widget() is not None and i.widget() is not self._pen_label]
        return sum(i.minimumSize().width() for i in parts) + row.spacing() * (len(parts) - 1)

    def _fit_buttons(self) -> None:
        """A button may be as narrow as its word (the style would keep it at 80 px or more),
        so English keeps its MIN_SIDE pad; the pad's minimum follows (`minimumSizeHint`)."""
        metrics, style = QFontMetrics(self.font()), self.style()
        pad = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin)
                   + style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)) + 4
        for button in self._toolbar.findChildren(QPushButton):
            button.setMinimumWidth(metrics.horizontalAdvance(button.text()) + pad)
        self.updateGeometry()

    def _sized_canvas(self) -> StrokeCanvas:
        """The canvas, matched first to the widget's current size in device pixels."""
        self._canvas.set_side(round(self.canvas_rect().width() * self.devicePixelRatioF()))
        return self._canvas

    def _pen_scale(self) -> float:
        return self._pen.value() / PEN_SCALES[2]

    def _update_cursor(self) -> None:
        """A circle as wide as the pen's solid core at the current canvas size."""
        d = max(6, round(PEN_FRACTION * self._pen_scale() * self.canvas_rect().width()))
        pix = QPixmap(d + 4, d + 4)
        pix.fill(Qt.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.Antialiasing)
        for color, width in ((QColor(0, 0, 0, 160), 3.0), (QColor(255, 255, 255), 1.2)):
            p.setPen(QPen(color, width))
            p.drawEllipse(QRectF(2, 2, d, d))
        p.end()
        self.setCursor(QCursor(pix))

    def _point(self, pos: QPointF, pressure: float) -> tuple[float, float, float]:
        r = self.canvas_rect()
        return (pos.x() - r.x()) / r.width(), (pos.y() - r.y()) / r.height(), pressure

    def _begin(self, pos: QPointF, pressure: float) -> None:
        if self.canvas_rect().contains(pos):
            self._drawing = True
            self._sized_canvas().add([self._point(pos, pressure)], self._pen_scale())
            self._changed()

    def _extend(self, pos: QPointF, pressure: float) -> None:
        if self._drawing and self._sized_canvas().extend(self._point(pos, pressure)):
            self._changed()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self._emit_now()  # the finished stroke is always sent, whatever the throttle held

    def _changed(self) -> None:
        """Repaint, and emit now or once the throttle interval has passed."""
        self.update()
        if time.perf_counter() - self._last_emit >= EMIT_INTERVAL:
            self._emit_now()
        elif not self._emit_timer.isActive():
            self._emit_timer.start(round(EMIT_INTERVAL * 1000))

    def _emit_now(self) -> None:
        self._emit_timer.stop()
        self._last_emit = time.perf_counter()
        self.drawing_changed.emit(self.canvas_array())

    # ---- Qt events --------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            self._begin(event.position(), 1.0)

    def mouseMoveEvent(self, event) -> None:
        self._extend(event.position(), 1.0)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            self._end()

    def tabletEvent(self, event) -> None:
        kind = event.type()
        if kind == event.Type.TabletPress:
            self._begin(event.position(), event.pressure())
        elif kind == event.Type.TabletMove:
            self._extend(event.position(), event.pressure())
        elif kind == event.Type.TabletRelease:
            self._end()
        event.accept()  # no synthesised mouse event, or every point would be drawn twice

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Escape, Qt.Key_Delete, Qt.Key_Backspace):
            self.clear()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        else:
            super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(360, 360 + self._toolbar_height())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:    # zoom: the buttons grew or shrank
            self._fit_buttons()

    def minimumSizeHint(self) -> QSize:
        # a hint, not setMinimumSize: the toolbar's height and width follow the zoom; never
        # narrower than the buttons under the canvas ("Rückgängig" at 125 % needs more than
        # MIN_SIDE)
        return QSize(max(MIN_SIDE, self._toolbar_least()), MIN_SIDE + self._toolbar_height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        r = self.canvas_rect()
        # On a narrow pad the word "Pen" gives its room to the slider (the tooltip says it).
        self._pen_label.setVisible(True)
        self._pen_label.setVisible(self._toolbar.sizeHint().width() + 40 <= r.width())
        # As wide as the canvas, or wider (centred) when a short pad makes the canvas narrow.
        width = min(self.width(), max(int(r.width()), self._toolbar_least()))
        left = int(r.x()) if width <= r.width() else (self.width() - width) // 2
        self._toolbar.setGeometry(left, int(r.bottom()) + TOOLBAR_GAP, width,
                                  self._toolbar.sizeHint().height())
        self._update_cursor()

    def paintEvent(self, event) -> None:
        rect = self.canvas_rect()
        pixels = self._sized_canvas().pixels
        side = pixels.shape[0]
        p = QPainter(self)
        p.drawImage(rect, QImage(pixels.data, side, side, side, QImage.Format_Grayscale8))
        p.setPen(QPen(QColor(90, 90, 90), 1))
        p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        if not self._canvas.strokes:
            p.setPen(QColor(110, 110, 110))
            font = p.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            p.setFont(font)
            # wrapped inside the canvas: on one line it ran past both edges at 150 %
            p.drawText(rect.adjusted(8, 8, -8, -8), Qt.AlignCenter | Qt.TextWordWrap,
                       self.prompt())
        p.end()
