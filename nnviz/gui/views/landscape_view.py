"""Drawing the cost landscape: a heat map with contours and the descent path, and the 1-D slice.

`LandscapeView` takes plain arrays computed by `nnviz.core.lessons.landscape` and draws them with
pyqtgraph items made once and updated with setData: an ImageItem of log₁₀ C over the (α, β)
grid with a colour bar, contour lines (IsocurveItems parented to the image, so they share its
coordinates), the recorded training path projected onto the plane ending at the current
parameters (0, 0), and beside it the cost along −∇C with its tangent, the current point and
where the next gradient-descent step lands. It computes nothing itself.
"""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QWidget

from nnviz.gui import theme
from nnviz.gui.plain import escape

N_CONTOURS = 9
PLOT_MIN = (220, 170)   # px: below this a plot's title and axes crowd out the curve, so a
                        # narrow panel stacks its plots (the panels reflow `row`) instead
ON_MAP = "#ffffff"   # the path and contours lie on the heat map, which is the same in both themes


TITLE_PT = 9


def titled_plot(title, x_label, y_label):
    """A PlotWidget with a small title and labelled axes, and its PlotItem (also used by the
    gradient view, so the analysis plots look alike); colours come from `theme.style_plot`.
    The title breaks into lines that fit the plot's width (`widget.title_fit`)."""
    widget = pg.PlotWidget()
    widget.setMinimumSize(*PLOT_MIN)
    p = widget.getPlotItem()
    p.setTitle(escape(title), size=f"{TITLE_PT}pt")
    widget.title_fit = _TitleFit(widget, title)
    for side, label in (("bottom", x_label), ("left", y_label)):
        p.getAxis(side).enableAutoSIPrefix(False)
        p.setLabel(side, label)
    return widget, p


class _TitleFit(QObject):
    """Re-breaks a plot's title into lines as wide as the plot, on every resize.

    pyqtgraph draws a title on one line in a row 30 px high, so a long title ("how far a
    mini-batch gradient is from ∇C (dashed: ∝ 1/√b)", longer still in German) was cut off
    in a plot narrower than itself. `fit` also runs after `theme.style_plot`, which sets the
    title again and with it pyqtgraph's fixed row height.
    """

    def __init__(self, widget, title):
        super().__init__(widget)
        self.widget, self.title = widget, title
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self):
        item = self.widget.getPlotItem()
        font = QFont(item.titleLabel.item.font())
        font.setPointSizeF(TITLE_PT)
        metrics = QFontMetrics(font)
        # the title sits over the plot area only, right of the left axis
        axis = item.getAxis("left")
        room = self.widget.width() - (axis.width() if axis.isVisible() else 0) - 32
        lines = wrap_words(self.title, metrics, room)
        item.setTitle("<br>".join(escape(line) for line in lines))
        height = metrics.lineSpacing() * len(lines) + 10
        item.titleLabel.setMaximumHeight(height)
        item.layout.setRowFixedHeight(0, height)


def wrap_words(text, metrics, width):
    """`text` broken at spaces into lines no wider than `width` px (a longer word stays whole)."""
    lines = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


class LandscapeView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.map_widget, m = titled_plot(self.tr("cost around θ₀ (log₁₀ C)"),
                                         self.tr("α (direction 1)"), self.tr("β (direction 2)"))
        self.image = pg.ImageItem(axisOrder="row-major")
        m.addItem(self.image)
        cmap = pg.colormap.get("viridis")
        self.image.setColorMap(cmap)
        self.contours = [pg.IsocurveItem(level=0, pen=pg.mkPen((255, 255, 255, 90), width=1),
                                         axisOrder="row-major") for _ in range(N_CONTOURS)]
        for c in self.contours:
            c.setParentItem(self.image)
        self.path = pg.PlotDataItem(pen=pg.mkPen(ON_MAP, width=1.5), symbol="o", symbolSize=3,
                                    symbolBrush=ON_MAP, symbolPen=None)
        self.start = pg.ScatterPlotItem(size=9, pen=None)
        self.now = pg.ScatterPlotItem(size=14, symbol="star", pen=None)
        for item in (self.path, self.start, self.now):
            m.addItem(item)
        self.colour_bar = pg.ColorBarItem(colorMap=cmap, interactive=False, width=14,
                                          label="log₁₀ C")
        self.colour_bar.setImageItem(self.image, insert_in=m)
        m.setAspectLocked(False)

        self.slice_widget, s = titled_plot(self.tr("cost along −∇C"),
                                           self.tr("distance along −∇C"), self.tr("cost C"))
        self.slice_curve = pg.PlotDataItem()
        self.tangent = pg.PlotDataItem()
        self.slice_now = pg.ScatterPlotItem(size=12, symbol="star", pen=None)
        self.slice_step = pg.ScatterPlotItem(size=10, pen=None)
        self.step_line = pg.InfiniteLine(angle=90)
        self.step_text = pg.TextItem(anchor=(0, 1))
        for item in (self.slice_curve, self.tangent, self.slice_now, self.slice_step,
                     self.step_line, self.step_text):
            s.addItem(item)
        self.legend = s.addLegend(offset=(4, -4), labelTextSize="8pt")
        self.legend.addItem(self.slice_curve, "C(θ₀ − s ∇C/‖∇C‖)")
        self.legend.addItem(self.tangent, self.tr("tangent, slope −‖∇C‖"))
        self.legend.addItem(self.slice_step, self.tr("after the next step (η‖∇C‖)"))
        self.row = row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.map_widget, 3)
        row.addWidget(self.slice_widget, 2)
        self.apply_theme()

    def apply_theme(self):
        """Axes, labels and markers in the current theme (the heat map is the same in both)."""
        t = theme.current()
        for widget in (self.map_widget, self.slice_widget):
            theme.style_plot(widget)
            widget.title_fit.fit()
        self.colour_bar.getAxis("right").setTextPen(t.css("text"))
        self.start.setBrush(pg.mkBrush(t.css("smooth")))
        for star in (self.now, self.slice_now):
            star.setBrush(pg.mkBrush(t.css("highlight")))
        self.slice_curve.setPen(pg.mkPen(t.css("smooth"), width=2))
        self.tangent.setPen(pg.mkPen(t.css("accuracy"), width=1.2, style=Qt.PenStyle.DashLine))
        self.slice_step.setBrush(pg.mkBrush(t.css("test")))
        self.step_line.setPen(pg.mkPen(t.css("test"), style=Qt.PenStyle.DotLine))
        self.step_text.setColor(t.css("test"))
        self.legend.setLabelTextColor(t.css("text"))

    def set_surface(self, alphas, betas, C, path=None, labels=("α", "β")):
        """C (len(betas), len(alphas)); path (m, 2) of (α, β) ending at the current point."""
        logC = np.log10(np.maximum(C, 1e-12))
        da = (alphas[-1] - alphas[0]) / max(len(alphas) - 1, 1)
        db = (betas[-1] - betas[0]) / max(len(betas) - 1, 1)
        self.image.setImage(logC, autoLevels=False)
        self.image.setRect(QRectF(alphas[0] - da / 2, betas[0] - db / 2,
                                  da * len(alphas), db * len(betas)))
        lo, hi = float(np.nanmin(logC)), float(np.nanmax(logC))
        self.colour_bar.setLevels((lo, hi if hi > lo else lo + 1e-6))
        for c, level in zip(self.contours, np.linspace(lo, hi, N_CONTOURS + 2)[1:-1]):
            c.setData(logC, level)
        if path is not None and len(path):
            self.path.setData(path[:, 0], path[:, 1])
            self.start.setData([path[0, 0]], [path[0, 1]])
        else:
            self.path.setData([], [])
            self.start.setData([], [])
        self.now.setData([0.0], [0.0])
        m = self.map_widget.getPlotItem()
        m.setLabel("bottom", labels[0], color=theme.current().css("text"))
        m.setLabel("left", labels[1], color=theme.current().css("text"))
        m.getViewBox().setRange(xRange=(alphas[0] - da / 2, alphas[-1] + da / 2),
                                yRange=(betas[0] - db / 2, betas[-1] + db / 2), padding=0)

    def set_slice(self, sl):
        """`sl` is the dict from `landscape.gradient_slice`."""
        s, C = sl["s"], sl["C"]
        self.slice_curve.setData(s, C)
        reach = s[C <= max(C.max(), sl["C0"])]
        tangent_s = np.array([s[0], s[-1]])
        self.tangent.setData(tangent_s, sl["C0"] + sl["slope"] * tangent_s)
        self.slice_now.setData([0.0], [sl["C0"]])
        self.slice_step.setData([sl["step"]], [sl["C_step"]])
        self.step_line.setPos(sl["step"])
        self.step_text.setText(f"C = {sl['C_step']:.4g}")
        self.step_text.setPos(sl["step"], sl["C_step"])
        lo, hi = float(C.min()), float(C.max())
        pad = 0.08 * (hi - lo or 1.0)
        self.slice_widget.getPlotItem().getViewBox().setRange(
            xRange=(reach[0], reach[-1]), yRange=(lo - pad, hi + pad), padding=0.02)
