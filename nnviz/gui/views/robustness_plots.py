"""The robustness panel's two plots: accuracy against damage, and the "don't know" trade-off.

`DamagePlot` draws accuracy (%) against one kind of damage, with the chance level dashed and,
underneath, one test image at every level of the damage so the x axis can be seen, not only
read. `AbstentionPlot` draws, against the confidence threshold, the coverage (how many images the
network answers) and the accuracy on the answered ones, with a vertical line at the threshold
chosen on the slider. Items are made once; updates only set data.
"""

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from nnviz.core.lessons.data_stats import tile
from nnviz.gui import theme


def _plot(left, bottom):
    plot = pg.PlotWidget()
    item = plot.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    plot.setMouseEnabled(x=False, y=False)
    item.showGrid(x=True, y=True, alpha=0.15)
    for side, text in (("left", left), ("bottom", bottom)):
        plot.setLabel(side, text)
    plot.setYRange(0, 100, padding=0.03)
    return plot


class DamagePlot(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot = _plot(self.tr("accuracy (%)"), self.tr("damage"))
        self.curve = self.plot.plot([], [], symbol="o", symbolSize=6, symbolPen=None)
        dim = theme.current().css("dim")
        self.chance = pg.InfiniteLine(angle=0, pen=pg.mkPen(dim, style=pg.QtCore.Qt.DashLine),
                                      label=self.tr("chance"),
                                      labelOpts={"color": dim, "position": 0.85})
        self.plot.addItem(self.chance)
        self.strip = pg.GraphicsLayoutWidget()
        self.strip.setFixedHeight(46)
        self.strip.ci.setContentsMargins(0, 0, 0, 0)
        box = self.strip.addViewBox(enableMouse=False)
        box.setAspectLocked(True)
        box.invertY(True)
        self.strip_image = pg.ImageItem(axisOrder="row-major")
        box.addItem(self.strip_image)
        self.strip_box = box
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.strip)
        self.apply_theme()

    def apply_theme(self):
        t = theme.current()
        theme.style_plot(self.plot)
        self.strip.setBackground(t.css("background"))
        self.curve.setPen(pg.mkPen(t.css("accuracy"), width=2))
        self.curve.setSymbolBrush(t.css("accuracy"))
        self.chance.setPen(pg.mkPen(t.css("dim"), style=pg.QtCore.Qt.DashLine))

    def set_curve(self, levels, accuracy, label, n_classes):
        self.curve.setData(np.asarray(levels, float), 100.0 * np.asarray(accuracy))
        self.plot.setLabel("bottom", label, color=theme.current().css("text"))
        self.chance.setValue(100.0 / max(n_classes, 1))
        self.plot.enableAutoRange(axis="x")

    def clear(self):
        self.curve.setData([], [])

    def set_examples(self, images):
        """One image (784,) per damage level, shown left to right under the plot."""
        mosaic = tile(np.asarray(images), cols=len(images), gap=4, fill=0.12)
        self.strip_image.setImage(mosaic, levels=(0, 1))
        self.strip_box.autoRange(padding=0)


class AbstentionPlot(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot = _plot("%", self.tr("confidence threshold"))
        self.plot.setXRange(0, 1, padding=0.02)
        self.legend = self.plot.addLegend(offset=(4, -4))   # bottom left: empty
        self.coverage = self.plot.plot([], [], name=self.tr("answered"))
        self.accuracy = self.plot.plot([], [], name=self.tr("accuracy of answered"))
        self.line = pg.InfiniteLine(angle=90)
        self.plot.addItem(self.line)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.apply_theme()

    def apply_theme(self):
        t = theme.current()
        theme.style_plot(self.plot)
        self.legend.setLabelTextColor(t.css("text"))
        self.legend.setBrush(pg.mkBrush(*t.background, 200))
        self.coverage.setPen(pg.mkPen(t.css("train"), width=2))
        self.accuracy.setPen(pg.mkPen(t.css("accuracy"), width=2))
        self.line.setPen(pg.mkPen(t.css("text"), width=1))

    def set_curves(self, thresholds, coverage, accuracy):
        self.coverage.setData(thresholds, 100.0 * coverage)
        ok = np.isfinite(accuracy)   # no answers at all above the largest confidence
        self.accuracy.setData(thresholds[ok], 100.0 * accuracy[ok])

    def set_threshold(self, t):
        self.line.setValue(t)
