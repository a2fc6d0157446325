"""SignedBars: one arrow per neuron, up or down, for "how this layer's neurons want to change".

Used by the backpropagation panel for the output layer's nudges (y − a, each arrow's length ∝ how
far the activation is from its target) and for the summed wishes of the outputs for each earlier
layer. Up is the app's positive colour (blue), down its negative one (orange) — the sign rule of
`nnviz.gui.theme` — so the pictures read like the diagram's edges. Each slot can show the neuron's activation as a grey square under
its arrow, and one slot can be selected (clicked) and is outlined. Plain QPainter: ten to a few
dozen bars, redrawn on demand.
"""

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnviz.gui import numbers, theme
from nnviz.gui.views.network_paint import scaled_font


class SignedBars(QWidget):
    """Arrows for signed values, one slot per neuron; `bar_clicked(i)` when a slot is clicked."""

    bar_clicked = Signal(int)

    def __init__(self, title="", parent=None):
        super().__init__(parent)
        self.title = title
        self.values = np.zeros(0)      # (n,) signed
        self.labels = []               # n short texts under the slots
        self.fill = None               # (n,) activations in [0, 1] or None
        self.scale = None              # |value| drawn at full length; None = the largest |value|
        self.selected = None
        self.show_numbers = True
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(70)

    def set_bars(self, values, labels=None, fill=None, scale=None, selected=None):
        self.values = np.asarray(values, dtype=float).ravel()
        n = self.values.size
        self.labels = list(labels) if labels is not None else [str(i) for i in range(n)]
        self.fill = None if fill is None else np.clip(np.asarray(fill, dtype=float), 0, 1)
        self.scale = scale
        self.selected = selected
        self.update()

    def full_scale(self):
        if self.scale:
            return float(self.scale)
        top = float(np.max(np.abs(self.values))) if self.values.size else 0.0
        return top if np.isfinite(top) and top > 0 else 1.0

    def _slots(self):
        """(slot rectangles, zero line y, half height available to an arrow)."""
        n = max(self.values.size, 1)
        fm_h = self.fontMetrics().height()
        top = fm_h + 4 if self.title else 2
        bottom = self.height() - fm_h - 4 - (fm_h + 2 if self.fill is not None else 0)
        width = (self.width() - 8) / n
        rects = [QRectF(4 + i * width, top, width, bottom - top) for i in range(n)]
        return rects, (top + bottom) / 2, max((bottom - top) / 2 - 2, 4)

    def paintEvent(self, event):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        t = theme.current()
        p.fillRect(self.rect(), t.qcolor("background"))
        small = scaled_font(self.font(), 0.85)
        if self.title:
            p.setPen(t.qcolor("text"))
            p.drawText(QRectF(6, 2, self.width() - 12, self.fontMetrics().height()),
                       Qt.AlignmentFlag.AlignLeft, self.title)
        if not self.values.size:
            p.end()
            return
        rects, zero, half = self._slots()
        p.setPen(QPen(t.qcolor("outline"), 1))
        p.drawLine(QPointF(4, zero), QPointF(self.width() - 4, zero))
        full = self.full_scale()
        fm_h = self.fontMetrics().height()
        numbers = self.show_numbers and rects[0].width() >= 26
        # slots narrower than their labels (16 bars in a 120 px column): every k-th label, so
        # that "10", "11", … do not run together into one unreadable string
        widest = max((self.fontMetrics().horizontalAdvance(text) for text in self.labels),
                     default=0) + 3
        every = max(1, math.ceil(widest / max(rects[0].width(), 1.0)))
        for i, (rect, v) in enumerate(zip(rects, self.values)):
            length = half * min(abs(v) / full, 1.0) if np.isfinite(v) else 0.0
            self._arrow(p, rect.center().x(), zero, length if v >= 0 else -length,
                        min(rect.width() * 0.45, 18))
            if numbers:
                p.setFont(small)
                p.setPen(t.qcolor("dim"))
                above = v < 0    # the number sits on the side the arrow does not use
                r = QRectF(rect.left(), zero - fm_h - 2 if above else zero + 2, rect.width(), fm_h)
                p.drawText(r, Qt.AlignmentFlag.AlignCenter, _short(v))
            y = rect.bottom() + 2
            if self.fill is not None:
                side = min(fm_h, rect.width() - 4)
                p.setPen(QPen(t.qcolor("outline"), 1))
                p.setBrush(t.activation_color(self.fill[i]))
                p.drawRect(QRectF(rect.center().x() - side / 2, y, side, side))
                y += fm_h + 2
            p.setFont(self.font())
            p.setPen(t.qcolor("text"))
            near_selected = self.selected is not None and 0 < abs(i - self.selected) < every
            if i % every == 0 and not near_selected or i == self.selected:
                p.drawText(QRectF(rect.center().x() - widest / 2, y, widest, fm_h),
                           Qt.AlignmentFlag.AlignCenter,
                           self.labels[i] if i < len(self.labels) else "")
            if i == self.selected:
                p.setPen(QPen(t.qcolor("highlight"), 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(QRectF(rect.left() + 1, rect.top(), rect.width() - 2,
                                         self.height() - rect.top() - 2), 4, 4)
        p.end()

    @staticmethod
    def _arrow(p, x, y0, length, width):
        """A shaft and a head from the zero line; up for length > 0 (screen y grows downwards)."""
        if abs(length) < 0.5:
            return
        color = theme.current().sign_color(length)
        sign = -1.0 if length > 0 else 1.0
        tip = y0 + sign * abs(length)
        head = min(width * 0.8, abs(length))
        shaft = width * 0.35
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawRect(QRectF(x - shaft / 2, min(y0, tip - sign * head),
                          shaft, max(abs(length) - head, 0)))
        p.drawPolygon(QPolygonF([QPointF(x - width / 2, tip - sign * head),
                                 QPointF(x + width / 2, tip - sign * head), QPointF(x, tip)]))

    def mousePressEvent(self, event):
        if not self.values.size:
            return
        rects, _, _ = self._slots()
        for i, rect in enumerate(rects):
            if rect.left() <= event.position().x() < rect.right():
                self.bar_clicked.emit(i)
                return


def _short(v):
    """+0.87, −0.03, +12.5: short enough for a narrow bar, and never "−.00"."""
    return numbers.signed(v, 2 if abs(v) < 1 else 1)
