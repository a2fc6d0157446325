"""ChainPicture: the calculus lesson's main image, a(L−2) → a(L−1) → a(L) → C₀, with its values.

Three neurons in a row (filled by their activation, as in the diagram) and the cost at the end.
Each link is an arrow labelled with its weight, bias and weighted sum z; the arrow's colour is the
weight's sign (the diagram's blue and orange). Under every neuron the derivative of C₀ with respect
to it is written, so the picture shows the chain rule carrying ∂C₀/∂a backwards link by link.
It receives plain numbers (`show`) and knows nothing of sliders or networks. Plain QPainter.
"""

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnviz.gui import theme
from nnviz.gui.views.network_paint import scaled_font


class ChainPicture(QWidget):
    """Paints the chain; `show(last, earlier)` with a core.chain Link and EarlierLink."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.last = self.earlier = None
        self.setMinimumHeight(130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_chain(self, last, earlier):
        self.last, self.earlier = last, earlier
        self.update()

    def labels(self):
        """The texts drawn, by place: what a test (or a reader of the code) can check."""
        c, e = self.last, self.earlier
        if c is None:
            return {}
        return {
            "a2": f"a(L−2) = {e.a_prev2:.2f}", "a1": f"a(L−1) = {c.a_prev:.2f}",
            "a0": f"a(L) = {c.a:.3f}", "C": f"C₀ = {c.C:.4f}", "y": f"y = {c.y:.2f}",
            "link1": f"w(L−1) = {e.w:+.2f}  b(L−1) = {e.b:+.2f}", "z1": f"z(L−1) = {e.z:+.3f}",
            "link0": f"w(L) = {c.w:+.2f}  b(L) = {c.b:+.2f}", "z0": f"z(L) = {c.z:+.3f}",
            "g2": f"∂C₀/∂a(L−2) = {e.dC_da_prev2:+.4f}", "g1": f"∂C₀/∂a(L−1) = {c.dC_da_prev:+.4f}",
            "g0": f"∂C₀/∂a(L) = {c.dC_da:+.4f}",
        }

    def paintEvent(self, event):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        th = theme.current()
        TEXT, DIM, OUTLINE, HIGHLIGHT = (th.qcolor(role) for role in  # noqa: N806
                                         ("text", "dim", "outline", "highlight"))
        p.fillRect(self.rect(), th.qcolor("background"))
        if self.last is None:
            return
        t = self.labels()
        w, h = self.width(), self.height()
        font = scaled_font(self.font(), min(max(h / 170, 0.9), 1.3))
        p.setFont(font)
        r = min(h * 0.16, w * 0.045)
        cy = h * 0.42
        xs = [w * f for f in (0.08, 0.37, 0.66)]
        cost_x = w * 0.9
        line = p.fontMetrics().height()
        # links: an arrow from neuron to neuron, its label above and z below
        for (x0, x1), weight, key in (((xs[0], xs[1]), self.earlier.w, "1"),
                                      ((xs[1], xs[2]), self.last.w, "0")):
            colour = th.sign_color(weight)
            self._arrow(p, QPointF(x0 + r, cy), QPointF(x1 - r, cy), colour, 1 + min(abs(weight), 4))
            self._text(p, QRectF(x0, cy - r - 2.3 * line, x1 - x0, line), t[f"link{key}"], colour)
            self._text(p, QRectF(x0, cy - r - 1.2 * line, x1 - x0, line), t[f"z{key}"], DIM)
        self._arrow(p, QPointF(xs[2] + r, cy), QPointF(cost_x - r * 1.2, cy), OUTLINE, 1.5)
        # neurons: filled by activation like the diagram; the values and ∂C₀/∂a under each
        for x, a, name, grad in ((xs[0], self.earlier.a_prev2, "a2", "g2"),
                                 (xs[1], self.last.a_prev, "a1", "g1"),
                                 (xs[2], self.last.a, "a0", "g0")):
            p.setBrush(th.activation_color(a))
            p.setPen(QPen(OUTLINE, 2))
            p.drawEllipse(QPointF(x, cy), r, r)
            box = QRectF(x - w * 0.14, cy + r + 0.2 * line, w * 0.28, line)
            self._text(p, box, t[name], TEXT)
            self._text(p, box.translated(0, line * 1.05), t[grad], HIGHLIGHT)
        # the cost: a box comparing a(L) with y
        box = QRectF(cost_x - r * 1.2, cy - r, r * 2.4, r * 2)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(HIGHLIGHT, 2))
        p.drawRoundedRect(box, 6, 6)
        self._text(p, box, "C₀", TEXT)
        below = QRectF(cost_x - w * 0.1, cy + r + 0.2 * line, w * 0.2, line)
        self._text(p, below, t["C"], TEXT)
        self._text(p, below.translated(0, line * 1.05), t["y"], DIM)
        caption = QCoreApplication.translate(
            "ChainPicture", "C₀ = (a(L) − y)²: the chain rule multiplies the derivatives along "
            "the arrows, from C₀ back to each weight")
        self._text(p, QRectF(0, h - line * 1.2, w, line), caption, DIM)

    @staticmethod
    def _text(p, rect, text, colour):
        p.setPen(colour)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    @staticmethod
    def _arrow(p, a, b, colour, width):
        p.setPen(QPen(colour, width))
        p.drawLine(a, b)
        head = 6 + width
        p.setBrush(colour)
        p.drawPolygon(QPolygonF([b, QPointF(b.x() - head, b.y() - head / 2),
                                 QPointF(b.x() - head, b.y() + head / 2)]))
