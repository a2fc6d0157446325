"""A painted grid of first-layer neurons: weights, weights × input, and the numbers they make.

Each cell shows neuron i's weights w_i (28×28) beside w_i ⊙ x, the products its weighted sum
adds up, with Σ, b, z = Σ + b and a = σ(z) underneath. Both pictures use the app's sign map
(`nnviz.gui.theme`: blue positive, orange negative, the background at 0); the weights share one scale for the whole layer (as in
the weights view) and the products another, so cells compare with each other. The cells are laid
out to fit the widget; `page_size()` says how many fit, and the panel pages through the rest.
"""

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnviz.gui import numbers, theme

CELL_W, CELL_H = 210, 118      # the smallest comfortable cell


def diverging_image(values, limit):
    """A (side, side) float array as a QImage on the sign map, ±limit at the ends (a copy)."""
    return theme.current().sign_image(values, limit)


def symmetric_limit(values, percentile=99.0):
    limit = float(np.percentile(np.abs(values), percentile)) if values.size else 0.0
    return limit if np.isfinite(limit) and limit > 0 else 1.0


class NeuronSeesGrid(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = None      # core.neuron_sees.FirstLayerView
        self.first = 0
        self._images = []     # (i, weights image, products image) of the neurons on the page
        self.setMinimumSize(CELL_W, CELL_H)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def grid(self):
        return max(1, self.width() // CELL_W), max(1, self.height() // CELL_H)

    def page_size(self):
        cols, rows = self.grid()
        return cols * rows

    def show_view(self, view, first):
        """Show neurons first, first + 1, … of `view`; the images are made once, here."""
        self.view, self.first = view, first
        self._images = []
        if view is not None:
            side = int(round(np.sqrt(view.w.shape[1])))
            w_limit = symmetric_limit(view.w)
            p_limit = symmetric_limit(view.products)
            last = min(first + self.page_size(), len(view.z))
            for i in range(first, last):
                self._images.append((i, diverging_image(view.w[i].reshape(side, side), w_limit),
                                     diverging_image(view.products[i].reshape(side, side),
                                                     p_limit)))
        self.update()

    def apply_theme(self):
        if self.view is not None:
            self.show_view(self.view, self.first)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self.view is not None and len(self._images) != min(self.page_size(),
                                                              len(self.view.z) - self.first):
            self.show_view(self.view, self.first)

    def paintEvent(self, event):
        p = QPainter(self)
        t = theme.current()
        p.fillRect(self.rect(), t.qcolor("background"))
        if self.view is None:
            return
        cols, _ = self.grid()
        cw = self.width() / cols
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        p.setFont(small)
        line = p.fontMetrics().height()
        for k, (i, w_img, p_img) in enumerate(self._images):
            x0, y0 = (k % cols) * cw, (k // cols) * CELL_H
            side = min((cw - 24) / 2, CELL_H - 2 * line - 10)
            for j, (img, tag) in enumerate(((w_img, "w"), (p_img, "w ⊙ x"))):
                rect = QRectF(x0 + 6 + j * (side + 8), y0 + 4 + line, side, side)
                p.drawImage(rect, img)
                p.setPen(t.qcolor("dim"))
                p.drawRect(rect)
                p.drawText(QRectF(rect.x(), y0 + 2, side, line), Qt.AlignmentFlag.AlignLeft,
                           f"{i}: {tag}" if j == 0 else tag)
            v = self.view
            p.setPen(t.qcolor("text"))
            text = (f"Σ {numbers.signed(v.sums[i])}  b {numbers.signed(v.b[i])}  "
                    f"z {numbers.signed(v.z[i])}  a {numbers.activation(v.a[i])}")
            p.drawText(QRectF(x0 + 6, y0 + 6 + line + side, cw - 8, line),
                       Qt.AlignmentFlag.AlignLeft, text)
        p.end()
