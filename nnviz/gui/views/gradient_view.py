"""Drawing mini-batch gradient noise and the SGD-versus-full-batch race.

Left: the relative error ‖g_b − g‖/‖g‖ of a mini-batch gradient against the batch size b, both
axes logarithmic, with error bars over the random batches drawn, the 1/√b line that independent
draws would follow (through the b = 1 point), and each point labelled with the angle between the
mini-batch gradient and the full one (from their mean cosine similarity: "82°" reads better
than "cos 0.14"; 0° is the same direction, 90° no help at all). Right: the training-sample cost against seconds of stepping for
SGD and for full-batch gradient descent. The arrays come from `nnviz.core.lessons.gradient_noise`.
"""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from nnviz.gui import numbers, theme
from nnviz.gui.i18n import fmt, text_of
from nnviz.gui.views.landscape_view import titled_plot


class GradientView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.noise_widget, n = titled_plot(
            self.tr("how far a mini-batch gradient is from ∇C (dashed: ∝ 1/√b)"),
            self.tr("batch size b"), "‖g_b − ∇C‖ / ‖∇C‖")
        n.setLogMode(x=True, y=True)
        self.noise = pg.PlotDataItem(symbol="o", symbolSize=8, symbolPen=None)
        self.bars = pg.ErrorBarItem(beam=0.08)
        self.guide = pg.PlotDataItem()
        for item in (self.guide, self.bars, self.noise):
            n.addItem(item)
        self.labels = []

        self.race_widget, r = titled_plot(self.tr("same time, two ways downhill"),
                                          self.tr("seconds of stepping"),
                                          self.tr("cost on the sample"))
        self.sgd = pg.PlotDataItem()
        self.gd = pg.PlotDataItem(symbol="o", symbolSize=5, symbolPen=None)
        self.race_legend = r.addLegend(offset=(-4, 4), labelTextSize="8pt")
        for item in (self.sgd, self.gd):
            r.addItem(item)
        self.row = row = QHBoxLayout(self)   # the panel stacks it when narrow
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.noise_widget)
        row.addWidget(self.race_widget)
        self.apply_theme()

    def apply_theme(self):
        t = theme.current()
        for widget in (self.noise_widget, self.race_widget):
            theme.style_plot(widget)
            widget.title_fit.fit()
        self.noise.setPen(pg.mkPen(t.css("test"), width=2))
        self.noise.setSymbolBrush(t.css("test"))
        self.bars.setData(pen=pg.mkPen(t.css("test"), width=1))
        self.guide.setPen(pg.mkPen(t.css("dim"), width=1, style=Qt.PenStyle.DashLine))
        self.sgd.setPen(pg.mkPen(t.css("smooth"), width=2))
        self.gd.setPen(pg.mkPen(t.css("train"), width=2))
        self.gd.setSymbolBrush(t.css("train"))
        self.race_legend.setLabelTextColor(t.css("text"))
        for label in self.labels:
            label.setColor(t.css("text"))

    def set_noise(self, report):
        rows = report.rows
        b = np.array([r.batch_size for r in rows], float)
        rel = np.array([max(r.relative, 1e-12) for r in rows])
        spread = np.array([r.relative_spread for r in rows])
        self.noise.setData(b, rel)
        # Error bars are drawn in the log-log plot's own coordinates (log₁₀ of the values).
        lo = np.log10(rel) - np.log10(np.maximum(rel - spread, rel * 0.1))
        hi = np.log10(rel + spread) - np.log10(rel)
        self.bars.setData(x=np.log10(b), y=np.log10(rel), top=hi, bottom=lo)
        guide_b = np.geomspace(b.min(), b.max(), 20)
        self.guide.setData(guide_b, rel[0] * np.sqrt(b[0] / guide_b))
        plot = self.noise_widget.getPlotItem()
        # Log axes label every minor tick when the range is short; label 1-3-10 steps only.
        nice = [v * 10.0 ** e for e in range(-4, 4) for v in (1, 3)]
        low, high = 0.5 * np.maximum(rel - spread, rel * 0.1).min(), 2 * (rel + spread).max()
        plot.getAxis("left").setTicks([[(np.log10(v), f"{v:g}") for v in nice
                                        if low <= v <= high], []])
        for label in self.labels:
            plot.removeItem(label)
        self.labels = []
        for k, (r, x, y) in enumerate(zip(rows, b, rel)):
            last = k == len(rows) - 1     # the rightmost label goes left of its point
            label = pg.TextItem(numbers.angle(r.cosine), color=theme.current().css("text"),
                                anchor=(1.1, 1.1) if last else (-0.1, -0.1))
            label.setPos(np.log10(x), np.log10(y))
            plot.addItem(label)
            self.labels.append(label)

    def set_race(self, sgd, gd):
        self.sgd.setData(sgd.seconds, sgd.costs)
        self.gd.setData(gd.seconds, gd.costs)
        self.race_legend.clear()
        self.race_legend.addItem(self.sgd, fmt(self.tr("{name}: {steps:,} steps"),
            name=text_of(sgd.name), steps=sgd.steps))
        self.race_legend.addItem(self.gd, fmt(self.tr("full batch of {n:,}: {steps:,} steps"),
            n=gd.batch_size, steps=gd.steps))
