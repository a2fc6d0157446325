"""Two small charts of a dataset: each class (count and average image), and how pixels spread.

Both are pyqtgraph items made once and given new data with `setOpts`/`setData`/`setImage`.
The class counts are horizontal bars so that long Fashion-MNIST names ("Ankle boot") read
across, not crammed under narrow bars, each beside its class's average image. The pixel
histogram has a logarithmic count axis: in MNIST about four pixels in five are in the darkest
bin, which would flatten every other bar to nothing.
"""

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

from nnviz.core.augment.warp import image_side
from nnviz.core.lessons.data_stats import tile
from nnviz.gui import theme


def _c(role):
    return theme.current().css(role)


def _style(widget, left, bottom):
    widget.setBackground(_c("background"))
    plot = widget.getPlotItem()
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    for side, text in (("left", left), ("bottom", bottom)):
        axis = plot.getAxis(side)
        axis.setTextPen(_c("text"))
        axis.setPen(_c("outline"))
        if text:
            plot.setLabel(side, text, color=_c("text"))


class ClassOverview(pg.GraphicsLayoutWidget):
    """One row per class: its name, its average image, and a bar of how many examples it has.

    The average images sit in their own view box, y-linked to the bar plot, so each picture
    stays square and level with its bar whatever the widget's size.
    """

    GAP = 4

    def __init__(self, parent=None):
        super().__init__(parent)
        self.side = 28              # of the images shown: own datasets may be any square size
        self.setBackground(_c("background"))
        self.ci.setContentsMargins(2, 2, 2, 2)
        self.plot = pg.PlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.invertY(True)
        for side in ("left", "bottom"):
            self.plot.getAxis(side).setTextPen(_c("text"))
            self.plot.getAxis(side).setPen(_c("outline"))
        self.plot.setLabel("bottom", self.tr("training examples"), color=_c("text"))
        self.images = pg.ViewBox(enableMouse=False, invertY=True)
        self.images.setYLink(self.plot.getViewBox())
        self.images.setFixedWidth(40)
        # Locking the aspect would fight the y-link; the x range is sized to keep squares.
        self.plot.getViewBox().sigResized.connect(self._square)
        self.plot.getViewBox().sigYRangeChanged.connect(self._square)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.images.addItem(self.image)
        self.addItem(self.images, row=0, col=0)
        self.addItem(self.plot, row=0, col=1)
        self.bars = pg.BarGraphItem(x0=[0], y=[0], height=0.7, width=[0], brush=_c("smooth"), pen=_c("smooth"))
        self.plot.addItem(self.bars)

    def _square(self, *_):
        (y0, y1), height = self.plot.getViewBox().viewRange()[1], self.plot.getViewBox().height()
        if height <= 0 or y1 <= y0:
            return
        span = self.images.width() * (y1 - y0) / height   # image units across the box
        self.images.setXRange(self.side / 2 - span / 2, self.side / 2 + span / 2, padding=0)

    def set_classes(self, counts, means, classes):
        """counts (k,), means (k, side²) average images, classes: k names."""
        counts, means = np.asarray(counts), np.asarray(means)
        self.side = image_side(means)
        k, cell = len(counts), self.side + self.GAP
        centres = np.arange(k) * cell + self.side / 2
        self.image.setImage(tile(means, cols=1, side=self.side, gap=self.GAP, fill=0.0),
                            levels=(0, 1))
        self.bars.setOpts(x0=np.zeros(k), y=centres, height=self.side * 0.7, width=counts)
        axis = self.plot.getAxis("left")
        axis.setTicks([[(c, str(name)) for c, name in zip(centres, classes)]])
        # The axis hides any label wider than itself: make room for the longest name.
        metrics = QFontMetrics(axis.style.get("tickFont") or self.font())
        axis.setWidth(max(metrics.horizontalAdvance(str(name)) for name in classes) + 14)
        self.plot.setXRange(0, max(int(counts.max(initial=0)), 1) * 1.05, padding=0)
        self.plot.setYRange(-self.GAP / 2, k * cell - self.GAP / 2, padding=0)


class PixelHistogramPlot(pg.PlotWidget):
    """How many pixels have each value, on a log scale of counts."""

    def __init__(self, parent=None):
        super().__init__(parent)
        _style(self, self.tr("pixels (log scale)"), self.tr("pixel value (0 = black, 1 = white)"))
        self.setLogMode(x=False, y=True)
        self.curve = pg.PlotDataItem(stepMode="center", fillLevel=0, pen=_c("smooth"),
                                     brush=(79, 158, 232, 120))
        self.addItem(self.curve)

    def set_histogram(self, counts, edges):
        # log10 of an empty bin is −∞; one pixel's worth keeps the step drawable and honest.
        self.curve.setData(np.asarray(edges), np.maximum(np.asarray(counts, float), 1.0))
        self.setXRange(0, 1, padding=0.02)
