"""The point map: every test image as a dot, for the input and for each layer's activations.

Each small plot flattens one layer onto the plane of its two principal components
(`nnviz.core.lessons.pca`), the dots coloured by true label. In the raw pixels the digits overlap in one
cloud; layer by layer a trained network pulls them apart into clusters, which is what "the
hidden layers build features the output can separate" looks like. A fixed sample of 2,000 test
images keeps every redraw fast: the layers' projections take a few milliseconds and are redone
as the network trains (at most every 2 s); the input's (about 0.3 s, 784 dimensions) never
changes with training and is computed once per dataset in a background job. Hovering a dot
shows its image, label and the network's answer, and rings the same image in every plot; a
click shows it in the diagram. A t-SNE map can replace PCA (`pointmap_tsne`, optional extra).
"""

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from nnviz.core.lessons import pca
from nnviz.core.data.dataset import sample_indices
from nnviz.gui import class_names, theme
from nnviz.gui.i18n import Translated, fmt
from nnviz.gui.jobs import Job
from nnviz.gui.panels import Panel
from nnviz.gui.panels.pointmap_tsne import MapChoice
from nnviz.gui.plain import escape
from nnviz.gui.widgets.reflow import reflow

SAMPLE = 2000
MODEL_REFRESH_SECONDS = 2.0
HOVER_PX = 8                 # a dot counts as under the mouse within this many pixels


class PointMapPanel(Panel):
    key = "pointmap"
    title = Translated(QT_TRANSLATE_NOOP("PointMapPanel", "Point map"))
    area = "bottom"
    order = 50

    def __init__(self, parent=None):
        super().__init__(parent)
        self.index = None            # (k,) indices into the test set of the sampled images
        self.xy = []                 # xy[l]: (k, 2) coordinates in plot l (l = 0 is the input)
        self.ratios = []             # ratios[l]: explained variance of the two components
        self.answers = None          # (k, n_out) the network's outputs for the sample
        self.hovered = None
        self._input_for, self._input_xy, self._input_ratio, self._job = None, None, None, None
        self._last = 0.0
        self.legend = QLabel(textFormat=Qt.TextFormat.RichText)
        self.legend.setToolTip(self.tr("Dot colour = the image's true label."))
        self.info = QLabel(wordWrap=True)
        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setBackground(theme.current().css("background"))
        self.canvas.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.canvas.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.picture.setFixedSize(84, 84)
        theme.tint(self.picture, "background", "background: {};")
        self.hover_text = QLabel(self.tr("Hover a dot"), wordWrap=True)
        self.hover_text.setFixedWidth(110)
        inset = QVBoxLayout()
        inset.addWidget(self.picture)
        inset.addWidget(self.hover_text)
        inset.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.canvas, 1)
        row.addLayout(inset)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.setSpacing(2)
        self.method = MapChoice()
        self.method.maps_changed.connect(self._on_maps_changed)
        self._explain_canvas()
        column.addWidget(self.method)
        column.addWidget(self.info)
        column.addWidget(self.legend)
        column.addLayout(row, 1)
        reflow(self, row)     # the picture goes under the map in a narrow dock
        self.plots, self.scatters, self.rings = [], [], []
        self._timer = QTimer(self, singleShot=True, timeout=lambda: self.refresh("model"))

    def _explain_canvas(self):
        """The canvas's tooltip says how the dots were placed by the method on screen."""
        if self.method.is_tsne():
            tip = self.tr("Each dot is one test image, placed by t-SNE so that images the layer "
                          "sees as alike lie close together; distances between clusters mean "
                          "little. Hover a dot to see the image; click it to show it in the "
                          "diagram.")
        else:
            tip = self.tr("Each dot is one test image, placed by the two directions in which that "
                          "layer's values vary most (PCA). Hover a dot to see the image; click it "
                          "to show it in the diagram.")
        self.canvas.setToolTip(tip)

    def _on_maps_changed(self):
        self._explain_canvas()
        self.refresh("method")

    # ---- recomputing -----------------------------------------------------------------------
    def refresh(self, reason):
        model, data = self.context.model, self.context.data
        if reason == "input":
            return
        if model is None or data is None or data.n_inputs != model.sizes[0]:
            self.info.setText(self.tr("Load a dataset and a matching network to see the point map."))
            return
        if reason == "model":
            self.method.model_moved()
            wait = MODEL_REFRESH_SECONDS - (time.monotonic() - self._last)
            if wait > 0:
                if not self._timer.isActive():
                    self._timer.start(int(wait * 1000) + 1)
                return
        self._last = time.monotonic()
        if self._input_for is not data:
            self._input_for, self._input_xy = data, None
            self.index = sample_indices(len(data.test_images), SAMPLE, 1)
            self.method.reset()
            self._start_input_job(data.test_images[self.index])
        self._build_plots(len(model.sizes), class_names.shown_all(data.classes))
        _, acts = model.forward(data.test_images[self.index])
        self.answers = acts[-1]
        if self.method.is_tsne():
            self.xy, current = self.method.maps(model, acts)
            self.ratios = [None] * len(acts)
            self.tsne_current = current
            self._draw()
            return
        self.xy, self.ratios = [self._input_xy], [self._input_ratio]
        for a in acts[1:]:
            xy, fitted = pca.project(a)
            self.xy.append(xy)
            self.ratios.append(fitted.explained_ratio)
        self._draw()

    def _start_input_job(self, x):
        self._input_ratio = None
        if self._job is not None:
            self._job.cancel()
            self._job.wait()
        self._job = Job(lambda progress, cancelled: pca.project(x), self)
        self._job.succeeded.connect(self._on_input_done)
        self._job.start()

    def _on_input_done(self, result):
        xy, fitted = result
        if len(xy) != len(self.index):      # a stale job from a previous dataset
            return
        self._input_xy, self._input_ratio = xy, fitted.explained_ratio
        if self.xy and not self.method.is_tsne():
            self.xy[0], self.ratios[0] = xy, fitted.explained_ratio
            self._draw()

    # ---- drawing ---------------------------------------------------------------------------
    def _build_plots(self, n_layers, classes):
        """One plot per layer, created once per architecture; later only their data change."""
        self.legend.setText("  ".join(f"<span style='color:{_colour(k)}'>●</span> {escape(name)}"
                                      for k, name in enumerate(classes)))
        if len(self.plots) == n_layers:
            return
        self.canvas.clear()
        self.plots, self.scatters, self.rings = [], [], []
        self._columns = 0
        for l in range(n_layers):
            plot = pg.PlotItem()
            plot.setMinimumSize(40, 40)
            plot.hideAxis("left")
            plot.hideAxis("bottom")
            plot.setMouseEnabled(False, False)
            plot.hideButtons()
            scatter = pg.ScatterPlotItem(size=4, pen=None)
            ring = pg.ScatterPlotItem(size=14, pen=pg.mkPen(theme.current().css("text"), width=2), brush=None)
            plot.addItem(scatter)
            plot.addItem(ring)
            self.plots.append(plot)
            self.scatters.append(scatter)
            self.rings.append(ring)
        self._arrange()

    def _arrange(self):
        """Lay the plots out in the grid that gives each the biggest square: one row when the
        panel is wide, 2 × 2 when it is small and squarish."""
        n = len(self.plots)
        if not n:
            return
        width, height = max(self.canvas.width(), 1), max(self.canvas.height(), 1)
        columns = max(range(1, n + 1), key=lambda c: min(width / c, height / -(-n // c)))
        if columns == self._columns:
            return
        self._columns = columns
        for plot in self.plots:
            if plot.scene() is not None:
                self.canvas.ci.removeItem(plot)
        for l, plot in enumerate(self.plots):
            self.canvas.ci.addItem(plot, row=l // columns, col=l % columns)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._arrange()

    def _draw(self):
        labels = self.context.data.test_labels[self.index]
        brushes = [pg.mkBrush(_colour(k)) for k in range(max(int(labels.max()) + 1, 1))]
        per_point = [brushes[k] for k in labels]
        n = len(self.plots)
        for l, (plot, scatter) in enumerate(zip(self.plots, self.scatters)):
            name = (self.tr("input") if l == 0 else self.tr("output") if l == n - 1 else
                    self.tr("hidden {layer}").format(layer=l))
            if self.xy[l] is None:
                scatter.clear()
                plot.setTitle(self.tr("{name}: computing…").format(name=name), color=theme.current().css("text"), size="8pt")
                continue
            scatter.setData(x=self.xy[l][:, 0], y=self.xy[l][:, 1], brush=per_point)
            if self.ratios[l] is None:       # t-SNE: no share of variance to tell
                # the input's map never depends on the network, so it is never out of date
                earlier = "" if self.tsne_current or l == 0 else self.tr(" (earlier state)")
                plot.setTitle(f"{name}{earlier}", color=theme.current().css("text"), size="8pt")
            else:
                share = 100 * float(np.sum(self.ratios[l]))
                plot.setTitle(f"{name} · {share:.0f} %", color=theme.current().css("text"), size="8pt")
        accuracy = float(np.mean(self.answers.argmax(axis=1) == labels))
        how = self.method.describe(len(labels)) if self.method.is_tsne() else \
            fmt(self.tr("{n:,} test images by PCA (% = variance shown)"), n=len(labels))
        stale = "" if not self.method.is_tsne() or self.tsne_current else \
            " " + self.method.stale_note()
        self.info.setText(fmt(self.tr("{how}; {percent:.1f} % answered right.{stale}"), how=how,
                              percent=100 * accuracy, stale=stale))
        self._show_hover(self.hovered)

    # ---- hover and click -------------------------------------------------------------------
    def point_at(self, plot_index, x, y):
        """The sample index of the dot nearest to view point (x, y) in a plot, within HOVER_PX."""
        xy = self.xy[plot_index] if plot_index < len(self.xy) else None
        if xy is None:
            return None
        pw, ph = self.plots[plot_index].getViewBox().viewPixelSize()
        d2 = ((xy[:, 0] - x) / max(pw, 1e-12)) ** 2 + ((xy[:, 1] - y) / max(ph, 1e-12)) ** 2
        i = int(np.argmin(d2))
        return i if d2[i] <= HOVER_PX ** 2 else None

    def point_text(self, i):
        """What the inset says about sampled image i."""
        classes = class_names.shown_all(self.context.data.classes)
        label = int(self.context.data.test_labels[self.index[i]])
        k = int(self.answers[i].argmax())
        verdict = self.tr("right") if k == label else self.tr("wrong")
        return fmt(self.tr("test image {i:,}\ntrue label: {label}\nnetwork says: {answer} "
                           "({value:.2f}, {verdict})"), i=int(self.index[i]), label=classes[label],
                   answer=classes[k], value=self.answers[i, k], verdict=verdict)

    def _on_mouse_moved(self, pos):
        for l, plot in enumerate(self.plots):
            box = plot.getViewBox()
            if box.sceneBoundingRect().contains(pos):
                p = box.mapSceneToView(pos)
                self._show_hover(self.point_at(l, p.x(), p.y()))
                return
        self._show_hover(None)

    def _show_hover(self, i):
        self.hovered = i
        for l, ring in enumerate(self.rings):
            if i is None or l >= len(self.xy) or self.xy[l] is None:
                ring.clear()
            else:
                ring.setData(x=[self.xy[l][i, 0]], y=[self.xy[l][i, 1]])
        if i is None:
            self.picture.clear()
            self.hover_text.setText(self.tr("Hover a dot to see its image; click to show it in the "
                                            "diagram."))
            return
        x = self.context.data.test_images[self.index[i]]
        side = int(round(np.sqrt(x.size)))
        grey = np.ascontiguousarray((np.clip(x, 0, 1) * 255).astype(np.uint8).reshape(side, side))
        image = QImage(grey.data, side, side, side, QImage.Format.Format_Grayscale8).copy()
        self.picture.setPixmap(QPixmap.fromImage(image).scaled(
            self.picture.size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation))
        self.hover_text.setText(self.point_text(i))

    def _on_mouse_clicked(self, event):
        if self.hovered is not None and event.button() == Qt.MouseButton.LeftButton:
            self.choose(self.hovered)

    def choose(self, i):
        """Show sampled image i in the diagram."""
        j = int(self.index[i])
        data = self.context.data
        self.input_chosen.emit(data.test_images[j], int(data.test_labels[j]),
                               fmt(self.tr("test image {i:,}"), i=j))

    def busy(self):
        return self.method.busy() or (self._job is not None and self._job.isRunning())

    def hideEvent(self, event):
        if self._job is not None and not self.window().isVisible():   # the window is closing
            self._job.wait(5000)
        super().hideEvent(event)


def _colour(k):
    return theme.CLASS_COLOURS[k % len(theme.CLASS_COLOURS)]
