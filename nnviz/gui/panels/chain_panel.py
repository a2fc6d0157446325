"""The chain rule on the calculus lesson's toy: one neuron per layer, with sliders.

The last link a(L−1) —w, b→ a = σ(w·a(L−1) + b), compared with a desired output y by C₀ = (a − y)².
Sliders set w, b, a(L−1) and y; the panel shows z, a, C₀, each factor of
∂C₀/∂w = a(L−1) · σ′(z) · 2(a − y) with its value, the product, and a finite-difference check, and
plots C₀ as a function of w with the tangent whose slope is ∂C₀/∂w. Above them the lesson's picture
of the chain, a(L−2) → a(L−1) → a(L) → C₀ (`views/chain_picture.py`), carries the current values
and each ∂C₀/∂a one link further back. The math is `core/lessons/chain.py`.
The toy keeps the video's cost (no ½); the app's networks use ½‖a − y‖², which halves gradients.
It does not depend on the live network: it is the blackboard beside it.
"""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QSlider,
                               QVBoxLayout)

from nnviz.core.lessons.chain import cost_curve, earlier_link, finite_difference, link
from nnviz.gui import numbers, theme
from nnviz.gui.i18n import Translated
from nnviz.gui.panels import Panel
from nnviz.gui.views.chain_picture import ChainPicture
from nnviz.gui.widgets.reflow import reflow

SLIDERS = (  # key, label, minimum, maximum, default, tooltip
    ("w", "w", -6.0, 6.0, 1.5, QT_TRANSLATE_NOOP("ChainPanel", "the weight of the last link")),
    ("b", "b", -6.0, 6.0, -0.5, QT_TRANSLATE_NOOP("ChainPanel", "the bias of the last neuron")),
    ("a_prev", "a(L−1)", 0.0, 1.0, 0.8, QT_TRANSLATE_NOOP("ChainPanel", "the previous neuron's activation, this link's input")),
    ("y", "y", 0.0, 1.0, 1.0, QT_TRANSLATE_NOOP("ChainPanel", "the desired output")),
)
TICKS = 100           # slider steps per unit
ROWS = (  # key, what, formula
    ("z", "z", "w·a(L−1) + b"),
    ("a", "a", "σ(z)"),
    ("C", "C₀", QT_TRANSLATE_NOOP("ChainPanel", "(a − y)²  (no ½)")),
    ("dz_dw", "∂z/∂w", "a(L−1)"),
    ("da_dz", "∂a/∂z", "σ′(z) = a(1 − a)"),
    ("dC_da", "∂C₀/∂a", "2(a − y)"),
    ("dC_dw", "∂C₀/∂w", "a(L−1) · σ′(z) · 2(a − y)"),
    ("fd", QT_TRANSLATE_NOOP("ChainPanel", "check"), "(C₀(w+h) − C₀(w−h)) / 2h"),
    ("dC_db", "∂C₀/∂b", "σ′(z) · 2(a − y)"),
    ("dC_da_prev", "∂C₀/∂a(L−1)", "w · σ′(z) · 2(a − y)"),
)
NOTE = QT_TRANSLATE_NOOP(
    "ChainPanel", "The toy follows the video: C₀ = (a − y)², so ∂C₀/∂a = 2(a − y). The app's "
    "networks use the seed's ½(a − y)², whose gradients are half as large.")
W_RANGE = np.linspace(-6.0, 6.0, 241)


class ChainPanel(Panel):
    key = "chain"
    title = Translated(QT_TRANSLATE_NOOP("ChainPanel", "Chain rule: one neuron per layer"))
    area = "bottom"
    order = 20
    link = None     # the toy chain, once the sliders have values (apply_theme may come first)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.link = None
        self.spins, self.sliders, self.values = {}, {}, {}
        controls = QGridLayout()
        for r, (key, text, lo, hi, default, tip) in enumerate(SLIDERS):
            slider = QSlider(Qt.Orientation.Horizontal, minimum=round(lo * TICKS),
                             maximum=round(hi * TICKS), value=round(default * TICKS),
                             pageStep=TICKS // 4, minimumWidth=80)
            slider.setToolTip(self.tr("{what} (arrow keys: 0.01, Page Up/Down: 0.25)").format(
                what=self.tr(tip)))
            slider.valueChanged.connect(self.recompute)
            value = QLabel(minimumWidth=self.fontMetrics().horizontalAdvance("−6.00") + 4)
            controls.addWidget(QLabel(text), r, 0)
            controls.addWidget(slider, r, 1)
            controls.addWidget(value, r, 2)
            self.sliders[key], self.spins[key] = slider, value
        note = QLabel(self.tr("C₀ = (a − y)², as in the video"))
        note.setToolTip(self.tr(NOTE))
        theme.tint(note, "dim")
        controls.addWidget(note, len(SLIDERS), 0, 1, 3)
        controls.setRowStretch(len(SLIDERS) + 1, 1)
        table = QGridLayout()
        table.setHorizontalSpacing(10)
        table.setVerticalSpacing(1)
        for r, (key, what, formula) in enumerate(ROWS):
            name = QLabel(f"<b>{self.tr(what)}</b>", wordWrap=True)   # wraps in a narrow dock
            form = QLabel(self.tr(formula), wordWrap=True)
            theme.tint(form, "dim")
            value = QLabel(alignment=Qt.AlignmentFlag.AlignRight)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            for c, widget in enumerate((name, form, value)):
                table.addWidget(widget, r, c)
            self.values[key] = value
        self.product = QLabel(wordWrap=True)   # so a narrow dock wraps it, not scrolls
        table.addWidget(self.product, len(ROWS), 0, 1, 3)
        table.setRowStretch(len(ROWS) + 1, 1)
        self.plot = pg.PlotWidget()
        self.plot.setMinimumWidth(160)
        self.plot.setLabel("bottom", "w")
        self.plot.setLabel("left", "C₀")
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.curve = self.plot.plot()
        self.tangent = self.plot.plot()
        self.point = self.plot.plot(symbolSize=10, pen=None, symbol="o")
        self.plot.setToolTip(self.tr("C₀ as a function of w (the other values fixed); the "
                                     "highlighted tangent has slope ∂C₀/∂w at the current w."))
        self.apply_theme()
        self.picture = ChainPicture()
        self.picture.setToolTip(self.tr(
            "The chain of the lesson: each neuron's activation feeds the next through one weight "
            "and bias; C₀ compares a(L) with y. Under each neuron: how much C₀ changes when that "
            "activation changes (the chain rule, one link at a time)."))
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.picture, 2)
        layout = QHBoxLayout()
        column.addLayout(layout, 3)
        left = QVBoxLayout()
        left.addLayout(controls)
        layout.addLayout(left, 3)
        layout.addLayout(table, 3)
        layout.addWidget(self.plot, 3)
        reflow(self, layout)       # sliders, table and plot stack in a narrow dock
        self.recompute()

    def apply_theme(self):
        t = theme.current()
        self.plot.setBackground(t.css("background"))
        self.curve.setPen(pg.mkPen(t.css("text"), width=2))
        self.tangent.setPen(pg.mkPen(t.css("highlight"), width=2))
        self.point.setSymbolBrush(t.css("smooth"))
        if self.link is not None:
            self.recompute()

    def set_values(self, **values):
        """Set some of w, b, a_prev, y (as a user dragging the sliders would)."""
        for key, v in values.items():
            self.sliders[key].setValue(round(v * TICKS))

    def value(self, key):
        return self.sliders[key].value() / TICKS

    def recompute(self, *_):
        v = {key: self.value(key) for key in self.sliders}
        for key, label in self.spins.items():
            label.setText(numbers.plain(v[key]))
        c = self.link = link(v["w"], v["b"], v["a_prev"], v["y"])
        fd = finite_difference(c.w, c.b, c.a_prev, c.y)
        shown = {"z": c.z, "a": c.a, "C": c.C, "dz_dw": c.dz_dw, "da_dz": c.da_dz,
                 "dC_da": c.dC_da, "dC_db": c.dC_db, "dC_da_prev": c.dC_da_prev}
        for key, value in shown.items():
            self.values[key].setText(numbers.signed(value, 5))
        self.values["dC_dw"].setText(f"<b>{numbers.signed(c.dC_dw, 5)}</b>")
        self.product.setText(f"∂C₀/∂w = {numbers.plain(c.dz_dw, 3)} × {numbers.plain(c.da_dz, 3)}"
                             f" × ({numbers.signed(c.dC_da, 3)}) = "
                             f"<b>{numbers.signed(c.dC_dw, 5)}</b>")
        agree = abs(fd - c.dC_dw) <= 1e-7 + 1e-6 * abs(c.dC_dw)
        t = theme.current()
        verdict = (f"<span style='color:{t.css('right')}'>{self.tr('✓ agrees')}</span>" if agree
                   else f"<span style='color:{t.css('wrong')}'>{self.tr('✗ differs')}</span>")
        self.values["fd"].setText(f"{numbers.signed(fd, 5)} " + verdict)
        self.curve.setData(W_RANGE, cost_curve(c.b, c.a_prev, c.y, W_RANGE))
        half = 1.0
        self.tangent.setData([c.w - half, c.w + half], [c.C - half * c.dC_dw, c.C + half * c.dC_dw])
        self.point.setData([c.w], [c.C])
        self.picture.show_chain(c, earlier_link(c))
        self.plot.setYRange(-0.05, 1.05, padding=0)
