"""The strokes drawn on the drawing pad and their rendering into a greyscale array.

The drawing pad widget deals with input, signals and display; this plain class owns the strokes
and turns them into pixels. Strokes are kept as points in normalised [0, 1] canvas coordinates,
so undo and a change of size are both just a re-render of the same list, and undo is exact. The
pen is thick and soft-edged on purpose: a digit that fills the canvas, scaled down to MNIST's
20-pixel box, should come out with MNIST's stroke width and grey fringe. It is not a widget and
emits nothing; it leaves out everything about where the points come from.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

PEN_FRACTION = 1 / 13   # the solid core's width as a fraction of the canvas side
# The soft edge: (width factor, grey) rings, drawn outside-in so each covers the previous one.
SOFT_EDGE = ((1.5, 24), (1.42, 60), (1.34, 100), (1.26, 145), (1.18, 190), (1.09, 230),
             (1.0, 255))
MIN_STEP = 0.003        # of the side: a point this close to the previous one adds only work

Point = tuple[float, float, float]   # x, y in [0, 1] of the canvas side; pen pressure in [0, 1]
Stroke = tuple[float, list[Point]]   # (pen scale, points)


class StrokeCanvas:
    """A square greyscale canvas (uint8, ink high) and the strokes that made it."""

    def __init__(self) -> None:
        self.strokes: list[Stroke] = []
        self.pixels = np.zeros((0, 0), np.uint8)  # (side, side)

    @property
    def side(self) -> int:
        return self.pixels.shape[0]

    def set_side(self, side: int) -> None:
        """Use a canvas `side` pixels square, re-rendering the strokes if the size changed."""
        if side == self.side:
            return
        self.pixels = np.zeros((side, side), np.uint8)
        # Each segment is painted into this scratch image, then merged into the canvas with a
        # per-pixel max: overlapping segments neither darken each other's cores with their soft
        # rims nor pile up. (QPainter's "lighten" mode does the same about eight times slower.)
        self._scratch = QImage(side, side, QImage.Format_RGB32)
        bits = np.frombuffer(self._scratch.bits(), np.uint8)
        self._scratch_grey = bits.reshape(side, -1)[:, 0:4 * side:4]  # one channel of four
        self._render_all()

    def add(self, points: list[Point], scale: float = 1.0) -> None:
        """Start a stroke (its first points may be all of it) and paint it."""
        if points:
            self.strokes.append((scale, list(points)))
            self._paint(self.strokes[-1], 0)

    def extend(self, point: Point) -> bool:
        """Add a point to the last stroke and paint the new segment; False if it was too close."""
        points = self.strokes[-1][1]
        if max(abs(point[0] - points[-1][0]), abs(point[1] - points[-1][1])) < MIN_STEP:
            return False
        points.append(point)
        self._paint(self.strokes[-1], len(points) - 1)
        return True

    def undo(self) -> bool:
        if not self.strokes:
            return False
        self.strokes.pop()
        self._render_all()
        return True

    def clear(self) -> None:
        self.strokes.clear()
        self.pixels.fill(0)

    def _render_all(self) -> None:
        self.pixels.fill(0)
        for stroke in self.strokes:
            self._paint(stroke, 0)

    def _paint(self, stroke: Stroke, start: int) -> None:
        """Paint points start… of a stroke: point 0 as a dot, point i as the segment from i-1.

        Live drawing and a full re-render both come through here in the same order, so a
        re-render reproduces what was drawn pixel for pixel.
        """
        scale, points = stroke
        side = self.side
        if side == 0:
            return
        painter = QPainter(self._scratch)
        painter.setRenderHint(QPainter.Antialiasing)
        for i in range(start, len(points)):
            x1, y1, p1 = points[i]
            x0, y0, p0 = points[i - 1] if i else points[i]
            pressure = 0.35 + 0.65 * min(max((p0 + p1) / 2, 0.0), 1.0)
            core = PEN_FRACTION * scale * pressure * side
            a, b = QPointF(x0 * side, y0 * side), QPointF(x1 * side, y1 * side)
            r = core * SOFT_EDGE[0][0] / 2 + 2
            left, top = max(int(min(a.x(), b.x()) - r), 0), max(int(min(a.y(), b.y()) - r), 0)
            right = min(int(max(a.x(), b.x()) + r) + 1, side)
            bottom = min(int(max(a.y(), b.y()) + r) + 1, side)
            if left >= right or top >= bottom:
                continue  # entirely off the canvas
            painter.fillRect(left, top, right - left, bottom - top, Qt.black)
            for factor, grey in SOFT_EDGE:
                color, width = QColor(grey, grey, grey), core * factor
                if i == 0:
                    painter.setPen(Qt.NoPen)
                    painter.setBrush(color)
                    painter.drawEllipse(b, width / 2, width / 2)
                else:
                    painter.setPen(QPen(color, width, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
                    painter.drawLine(a, b)
            box = np.s_[top:bottom, left:right]
            np.maximum(self.pixels[box], self._scratch_grey[box], out=self.pixels[box])
        painter.end()
