"""NeuronFan: one output neuron and the three ways to raise its activation, drawn on its inputs.

The previous layer's neurons form a column on the left (grey = activation a_k), the chosen output
neuron sits on the right. Each incoming edge is coloured by ∂a_j/∂w_jk = σ′(z_j)·a_k — the weight
lever, strongest from the brightest neurons — and each input neuron carries an arrow ∂a_j/∂a_k =
σ′(z_j)·w_jk — which way, and how much, changing that neuron's activation would help. The bias
lever ∂a_j/∂b_j is written beside the output neuron. Colours are the diagram's: blue raises a_j,
orange lowers it. Plain QPainter, no state beyond the arrays it was given.
"""

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnviz.gui import numbers, theme
from nnviz.gui.i18n import fmt
from nnviz.gui.views.network_paint import scaled_font
from nnviz.gui.views.signed_bars import SignedBars


class NeuronFan(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(180, 140)
        self.setToolTip(self.tr(
            "Edges: ∂a_j/∂w_jk = σ′(z_j)·a_k — raising a weight helps most where the input "
            "neuron is bright.\nArrows on the inputs: ∂a_j/∂a_k = σ′(z_j)·w_jk — how changing "
            "that neuron's activation would move a_j.\nb: ∂a_j/∂b_j = σ′(z_j) — raising the "
            "bias."))

    def show_levers(self, name, a_prev, a_j, da_db, da_dw, da_dprev):
        """name: the output neuron's label; a_prev, da_dw, da_dprev: (n_prev,); a_j, da_db: floats."""
        self.state = (str(name), np.asarray(a_prev, float), float(a_j), float(da_db),
                      np.asarray(da_dw, float), np.asarray(da_dprev, float))
        self.update()

    def clear(self):
        self.state = None
        self.update()

    def paintEvent(self, event):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        th = theme.current()
        p.fillRect(self.rect(), th.qcolor("background"))
        if self.state is None:
            p.end()
            return
        name, a_prev, a_j, da_db, da_dw, da_dprev = self.state
        fm_h = self.fontMetrics().height()
        top, bottom = fm_h + 6, self.height() - fm_h - 6
        n = max(a_prev.size, 1)
        step = (bottom - top) / n
        r = max(2.0, min(step * 0.38, 9.0))
        text_w = int(self.fontMetrics().horizontalAdvance("∂a/∂b = 0.0000") * 1.15) + 8
        x_in = 18 + r
        x_out = max(x_in + 40, self.width() - text_w - 4 - min(22.0, self.height() * 0.09))
        R = min(22.0, self.height() * 0.09)
        y_out = (top + bottom) / 2
        ys = [top + (k + 0.5) * step for k in range(n)]
        w_max = _top(da_dw)
        for k in np.argsort(np.abs(da_dw), kind="stable"):   # strongest edges on top
            t = min(abs(da_dw[k]) / w_max, 1.0)
            color = th.sign_color(da_dw[k], 0.12 + 0.88 * t)
            p.setPen(QPen(color, 0.7 + 2.6 * t))
            p.drawLine(QPointF(x_in + r, ys[k]), QPointF(x_out - R, y_out))
        p_max = _top(da_dprev)
        for k in range(n):
            p.setPen(QPen(th.qcolor("outline"), 1))
            p.setBrush(th.activation_color(a_prev[k]))
            p.drawEllipse(QPointF(x_in, ys[k]), r, r)
            length = min(abs(da_dprev[k]) / p_max, 1.0) * step * 0.9
            SignedBars._arrow(p, x_in - r - 9, ys[k] + (length / 2 if da_dprev[k] >= 0
                                                        else -length / 2),
                              length if da_dprev[k] >= 0 else -length, min(10.0, step * 0.8))
        p.setPen(QPen(th.qcolor("outline"), 1.5))
        p.setBrush(th.activation_color(a_j))
        p.drawEllipse(QPointF(x_out, y_out), R, R)
        p.setPen(th.qcolor("text"))
        p.setFont(scaled_font(self.font(), 1.0, bold=True))
        right = QRectF(x_out + R + 4, y_out - 2 * fm_h, self.width() - x_out - R - 6, 4 * fm_h)
        p.drawText(right, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   f"{name}\na = {numbers.plain(a_j, 3)}\n∂a/∂b = {numbers.plain(da_db, 3)}")
        p.setFont(scaled_font(self.font(), 0.9))
        p.setPen(th.qcolor("dim"))
        p.drawText(QRectF(4, 2, self.width() - 8, fm_h), Qt.AlignmentFlag.AlignLeft,
                   fmt(self.tr("three ways to raise {name}"), name=name))
        p.drawText(QRectF(4, self.height() - fm_h - 2, self.width() - 8, fm_h),
                   Qt.AlignmentFlag.AlignLeft, self.tr("edges: σ′·a_k · arrows: σ′·w"))
        p.end()


def _top(v):
    m = float(np.max(np.abs(v))) if v.size else 0.0
    return m if np.isfinite(m) and m > 0 else 1.0
