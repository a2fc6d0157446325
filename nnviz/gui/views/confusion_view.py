"""The confusion matrix as a clickable grid: which digits the network mistakes for which.

Rows are the true class, columns the predicted one, each cell holding a count. The diagonal is
drawn in the theme's "right" colour (bluish green), mistakes in its "wrong" one (reddish purple,
told apart from the green with every common colour-vision deficiency, unlike red), with colour
strength by the share of that row (square-rooted so that a handful of mistakes still shows). Clicking a cell emits (true, predicted) so the panel can
show those images. Drawn with QPainter: a 10×10 grid of text does not need a scene graph.
"""

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


from nnviz.gui import theme
from nnviz.gui.i18n import fmt
from nnviz.gui.plain import tooltip

MAX_POINTS = 10.0   # the names and counts are painted at most this large (smaller cells: smaller)


class ConfusionView(QWidget):
    cell_clicked = Signal(int, int)       # true class, predicted class

    def __init__(self, parent=None):
        super().__init__(parent)
        self.counts = np.zeros((0, 0), np.int64)
        self.classes = ()
        self.selected = None
        self.title = ""
        self.setMouseTracking(True)
        self.setMinimumSize(180, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self):
        return QSize(320, 320)

    def set_matrix(self, counts, classes, title=""):
        self.counts = np.asarray(counts)
        self.classes = tuple(classes)
        self.title = title
        if self.selected and max(self.selected) >= len(self.counts):
            self.selected = None
        self.update()

    def select(self, cell):
        self.selected = cell
        self.update()

    def _geometry(self):
        """(left, top, cell size) of the grid inside the widget."""
        k = max(len(self.counts), 1)
        # The rows' names (three letters of a class's, "Hos", "Pul") beside the turned "true →";
        # 34 px held a digit and clipped a name.
        font = QFont(self.font())
        font.setPointSizeF(MAX_POINTS)          # the largest the names are painted
        metrics = QFontMetrics(font)
        widest = max((metrics.horizontalAdvance(self._short(n)) for n in range(k)), default=0)
        head = max(34, 20 + widest)
        top = head + (18 if self.title else 0)
        cell = max(8.0, min((self.width() - head - 4) / k, (self.height() - top - 4) / k))
        return head, top, cell

    def _short(self, n):
        return self.classes[n][:3] if n < len(self.classes) else str(n)

    def cell_at(self, pos):
        left, top, cell = self._geometry()
        j, i = int((pos.x() - left) // cell), int((pos.y() - top) // cell)
        k = len(self.counts)
        return (i, j) if 0 <= i < k and 0 <= j < k and pos.x() >= left and pos.y() >= top \
            else None

    def paintEvent(self, event):
        k = len(self.counts)
        if not k:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, top, cell = self._geometry()
        totals = np.maximum(self.counts.sum(axis=1, keepdims=True), 1)
        share = np.sqrt(self.counts / totals)
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, min(MAX_POINTS, cell * 0.32)))
        p.setFont(font)
        t = theme.current()
        p.setPen(t.qcolor("text"))
        if self.title:
            p.drawText(QRectF(0, 0, self.width(), 18), Qt.AlignmentFlag.AlignCenter, self.title)
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        p.setFont(small)
        p.drawText(QRectF(left, top - 34, k * cell, 16), Qt.AlignmentFlag.AlignCenter,
                   self.tr("predicted →"))
        p.save()
        p.translate(2, top + k * cell / 2)
        p.rotate(-90)
        p.drawText(QRectF(-k * cell / 2, 0, k * cell, 14), Qt.AlignmentFlag.AlignCenter,
                   self.tr("true →"))
        p.restore()
        p.setFont(font)
        for n in range(k):
            name = self._short(n)
            p.drawText(QRectF(left + n * cell, top - 18, cell, 18), Qt.AlignmentFlag.AlignCenter,
                       name)
            p.drawText(QRectF(14, top + n * cell, left - 16, cell),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
        for i in range(k):
            for j in range(k):
                rect = QRectF(left + j * cell, top + i * cell, cell, cell)
                s = float(share[i, j])
                p.fillRect(rect, t.mix("right" if i == j else "wrong", s))
                p.setPen(t.qcolor("panel_edge"))
                p.drawRect(rect)
                if self.counts[i, j] and cell >= 16:
                    p.setPen(QColor("white") if s > 0.6 else t.qcolor("text"))
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{self.counts[i, j]:d}")
        if self.selected is not None:
            i, j = self.selected
            p.setPen(QPen(t.qcolor("highlight"), 2.5))
            p.drawRect(QRectF(left + j * cell, top + i * cell, cell, cell))

    def mousePressEvent(self, event):
        hit = self.cell_at(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.select(hit)
            self.cell_clicked.emit(*hit)

    def mouseMoveEvent(self, event):
        hit = self.cell_at(event.position())
        if hit is None:
            QToolTip.hideText()
            return
        i, j = hit
        n, total = int(self.counts[i, j]), int(self.counts[i].sum())
        name = lambda c: self.classes[c] if c < len(self.classes) else str(c)  # noqa: E731
        what = self.tr("right") if i == j else fmt(self.tr("taken for {other}"),
            other=name(j))
        QToolTip.showText(event.globalPosition().toPoint(), tooltip(fmt(self.tr(
            "true {true}, predicted {predicted}: {n:,} images ({share:.1f} % of the {true}s, "
            "{what}). Click to see them."),
                true=name(i), predicted=name(j), n=n, share=100 * n / max(total, 1), what=what)),
            self)
