"""GradientTiles: −∂C/∂w of each first-layer neuron as a 28×28 picture, which pixels' weights matter.

Tile i shows row i of −∇w¹ reshaped to the image, on the app's sign map: blue where raising the
weight would lower the cost, orange where lowering it would, the background colour where the cost
does not care — the strength of the colour is the sensitivity. One symmetric colour scale (±the 99th percentile of |∇w¹|) for all tiles, so tiles
compare; the top 1 % saturate rather than darken everything else. Drawn with QPainter from the
same diverging map as the network diagram. With more than `MAX_TILES` neurons the most
sensitive ones (largest ‖∇w_i‖) are shown.
"""

import math

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnviz.gui import numbers, theme
from nnviz.gui.views.network_paint import scaled_font

MAX_TILES = 16
PERCENTILE = 99.0


def symmetric_limit(g):
    m = np.abs(np.asarray(g, dtype=float)).ravel()
    limit = float(np.percentile(m, PERCENTILE)) if m.size else 0.0
    return limit if math.isfinite(limit) and limit > 0 else 1.0


class GradientTiles(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.shown = []          # (neuron index, (side, side) array of −∂C/∂w) per tile
        self.limit = 1.0
        self.message = self.tr("No gradient yet.")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 160)

    def set_gradient(self, nabla_w0):
        """nabla_w0: ∂C/∂w of the first layer, (n_hidden, n_in) with n_in a square."""
        g = -np.asarray(nabla_w0, dtype=float)
        n, n_in = g.shape
        side = math.isqrt(n_in)
        if side * side != n_in:
            self.shown, self.message = [], self.tr(
                "The first layer's {n} inputs do not form a square image.").format(n=n_in)
        else:
            order = np.arange(n) if n <= MAX_TILES else \
                np.sort(np.argsort(-np.linalg.norm(g, axis=1), kind="stable")[:MAX_TILES])
            self.limit = symmetric_limit(g)
            self.shown = [(int(i), g[i].reshape(side, side)) for i in order]
            self.message = "" if n <= MAX_TILES else self.tr(
                "the {shown} most sensitive of {n} neurons").format(shown=MAX_TILES, n=n)
        self.update()

    def paintEvent(self, event):
        p = QPainter(self)
        th = theme.current()
        p.fillRect(self.rect(), th.qcolor("background"))
        fm_h = self.fontMetrics().height()
        if not self.shown:
            p.setPen(th.qcolor("text"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self.message)
            p.end()
            return
        small = scaled_font(self.font(), 0.85)
        p.setFont(small)
        legend = self._legend_lines(p.fontMetrics(), self.width() - 12)
        count = len(self.shown)
        side = self.shown[0][1].shape[0]
        legend_h = fm_h * len(legend) + 6
        cols = math.ceil(math.sqrt(count * self.width() / max(self.height() - legend_h, 1)))
        cols = max(1, min(count, cols))
        rows = math.ceil(count / cols)
        cell = min((self.width() - 4) / cols, (self.height() - legend_h - 4) / rows)
        scale = max(1, int((cell - 6) // side))
        for t, (i, img) in enumerate(self.shown):
            x = 2 + (t % cols) * cell + (cell - side * scale) / 2
            y = 2 + (t // cols) * cell + (cell - side * scale) / 2
            p.drawImage(int(x), int(y), th.sign_image(img, self.limit, scale))
            p.setPen(QPen(th.qcolor("outline"), 1))
            p.drawRect(QRectF(int(x) - 0.5, int(y) - 0.5, side * scale + 1, side * scale + 1))
            p.setPen(th.qcolor("dim"))
            p.drawText(QRectF(int(x) + 2, int(y) + 1, 40, fm_h), Qt.AlignmentFlag.AlignLeft,
                       str(i))
        y = self.height() - legend_h + 3
        for line in legend:
            x = 6
            for text, colour in line:
                p.setPen(colour)
                p.drawText(QRectF(x, y, self.width() - x, fm_h), Qt.AlignmentFlag.AlignLeft, text)
                x += p.fontMetrics().horizontalAdvance(text)
            y += fm_h
        p.end()

    def _legend_lines(self, metrics, width):
        """The colour legend's pieces, (text, colour), on as many lines as `width` px need."""
        th = theme.current()
        pieces = [(self.tr("blue: raise w to lower C"), th.positive),
                  (self.tr("  orange: lower w"), th.negative),
                  (self.tr("  (saturates at |∂C/∂w| = %1)").replace(
                      "%1", numbers.plain(self.limit, 3)), th.qcolor("dim"))]
        if self.message:
            pieces.append((f" · {self.message}", th.qcolor("dim")))
        lines, used = [[]], 0
        for text, colour in pieces:
            w = metrics.horizontalAdvance(text)
            if lines[-1] and used + w > width:     # a new line, without its leading separator
                text = text.lstrip(" ·")
                w = metrics.horizontalAdvance(text)
                lines.append([])
                used = 0
            lines[-1].append((text, colour))
            used += w
        return lines
