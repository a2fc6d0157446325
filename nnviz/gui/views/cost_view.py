"""A live plot of the cost as the network learns: every mini-batch, a smoothed trend, every epoch.

`CostView` draws each mini-batch's cost faintly, a bias-corrected exponential moving average of
it boldly (it starts where the cost starts), the training and test cost at the end of each epoch,
and the test accuracy on a right-hand axis that always spans 0–100 %, so a dead network's flat
8–9 % reads as flat. "First epoch" zooms to the start of the run, where most learning happens.
Long runs stay cheap: the costs live in a `CostHistory` (cost_history.py) that keeps min/max bins
of the whole run, so the plot never receives more than ~4,000 raw points; zoomed in, the part on
screen is re-binned from the buffer. The x axis is in mini-batches, or in epochs once the view is
told how many mini-batches an epoch has. Replay controls and saving the curves belong elsewhere.

While it follows the run, the view moves its axes in steps rather than with every new point
(`steady_range`): re-laying out and repainting the axes, tick labels and grid was most of what a
frame cost, and moving them 30 times a second made the labels shimmer. A pan or zoom by the user
stops the following; the "A" button, a log-scale toggle or a reset start it again.
"""

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (QBoxLayout, QCheckBox, QGraphicsItem, QHBoxLayout, QLabel,
                               QVBoxLayout, QWidget)

from nnviz.gui import theme
from nnviz.gui.views.cost_history import CostHistory

MAX_BINS = 2000  # a min and a max per bin: the raw curve gets at most 4,000 points
SMOOTH_POINTS = 500  # the smoothed curve gets at most this many (+1)
Y_SHOWN = 0.99   # the fraction of the mini-batch costs the cost axis keeps in view
X_HEADROOM = 0.25  # following the run, the x axis extends by a quarter when the curve reaches it
Y_MARGINS = (0.2, 0.08)  # and the cost axis this fraction of the costs' span below and above
                         # (more below: costs fall)
LOOSE = 1.6        # a range this many times wider than the data is tightened
FIRST_EPOCH_BATCHES = 1000   # "First epoch" without an epoch length shows this many mini-batches


def _pens(t):
    """The series' pens in theme t (the raw cloud translucent, so the trend reads through it)."""
    return {"raw": pg.mkPen(t.qcolor("raw", 70), width=1),
            "smooth": pg.mkPen(t.css("smooth"), width=2),
            "train": pg.mkPen(t.css("train"), width=1.5),
            "test": pg.mkPen(t.css("test"), width=1.5),
            "accuracy": pg.mkPen(t.css("accuracy"), width=1.5, style=Qt.PenStyle.DashLine)}


def _legend_html(t):
    """The legend, a wrapping Qt label above the plot so it never hides a curve."""
    # translate() spelled out per string: lupdate takes the context only from such a call
    entries = [("raw", "━", QCoreApplication.translate("CostView", "each mini-batch")),
               ("smooth", "━━", QCoreApplication.translate("CostView", "smoothed")),
               ("train", "─●─", QCoreApplication.translate("CostView", "training")),
               ("test", "─■─", QCoreApplication.translate("CostView", "test")),
               ("accuracy", "╌▼╌", QCoreApplication.translate("CostView", "test accuracy"))]
    # An entry never breaks inside ("test" / "accuracy" on two lines read as two series):
    # its spaces and hyphens are non-breaking; lines break only between entries.
    return "&nbsp;&nbsp; ".join(f'<span style="color:{t.css(key)}"><b>{glyph}</b></span>'
                                f'&nbsp;{_unbreakable(text)}' for key, glyph, text in entries)


def _unbreakable(text):
    return text.replace(" ", "&nbsp;").replace("-", "\u2011")


def _epoch_item(symbol):
    item = pg.PlotDataItem(symbol=symbol, symbolSize=7, symbolPen=None, antialias=True)
    # These change once an epoch, but lie under the mini-batch curve that changes every frame:
    # drawn into a pixmap once, they are copied instead of re-drawn with every frame.
    for part in (item.curve, item.scatter):
        part.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return item


class CostView(QWidget):
    """Cost per mini-batch (raw and smoothed), per epoch (train, test), and test accuracy."""

    log_scale_changed = Signal(bool)  # from the checkbox or the plot's menu, to remember it

    def __init__(self, parent=None, smoothing=100):
        super().__init__(parent)
        self.history = CostHistory(smoothing, MAX_BINS)
        self._bpe = None  # mini-batches per epoch; None keeps the x axis in mini-batches
        self._cursor_step = None
        self._right_label = None   # the accuracy axis's name as shown, fitted to its height
        self._log_box = QCheckBox(self.tr("log scale"))
        self._log_box.setToolTip(
            self.tr("Logarithmic cost axis: late, small improvements stay visible."))
        self._log_box.toggled.connect(self.set_log_scale)
        self._first_box = QCheckBox(self.tr("first epoch"))
        self._first_box.setToolTip(self.tr("Zoom to the start of the run, where the cost falls "
                                           "fastest; untick to see the whole run again."))
        self._first_box.toggled.connect(self.show_first_epoch)
        self._canvas = pg.PlotWidget()
        self.plot_item = p = self._canvas.getPlotItem()
        self._build_axes(p)
        # no antialiasing on the busy curves: it makes a wide pen ~5x slower to draw
        self.raw_curve = pg.PlotDataItem(antialias=False)
        self.smooth_curve = pg.PlotDataItem(antialias=False)
        self.train_curve = _epoch_item("o")
        self.test_curve = _epoch_item("s")
        self.accuracy_curve = _epoch_item("t")
        for item in (self.raw_curve, self.smooth_curve, self.train_curve, self.test_curve):
            p.addItem(item)
        self._accuracy_box.addItem(self.accuracy_curve)
        self.cursor = pg.InfiniteLine(angle=90, movable=False)
        self.cursor.setVisible(False)
        p.addItem(self.cursor, ignoreBounds=True)
        p.ctrl.logYCheck.toggled.connect(self._on_log_mode_changed)  # also the context menu's
        self._following, self._moving = True, False
        p.vb.sigRangeChanged.connect(self._on_range_changed)
        p.autoBtn.clicked.disconnect()     # its "auto-range" is this view's following
        p.autoBtn.clicked.connect(lambda _button: self._follow())

        self._header = row = QHBoxLayout()
        row.setContentsMargins(6, 2, 6, 0)
        self._legend = QLabel(wordWrap=True)
        self._legend.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._legend, 1)
        # the two boxes one above the other: beside each other they took half a 1024×768
        # screen's cost dock, and the legend, squeezed into the rest, wrapped to four lines
        # (side by side again when the legend has one line beside them: `resizeEvent`)
        self._boxes = boxes = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        boxes.setSpacing(0)
        boxes.addWidget(self._first_box)
        boxes.addWidget(self._log_box)
        boxes.addStretch(1)
        row.addLayout(boxes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(row)
        layout.addWidget(self._canvas, 1)       # all the height the header does not need
        self.apply_theme()
        self.reset()

    def apply_theme(self):
        """Colours from the current theme; the data stays."""
        t = theme.current()
        pens = _pens(t)
        self._canvas.setBackground(t.css("background"))
        self.raw_curve.setPen(pens["raw"])
        self.smooth_curve.setPen(pens["smooth"])
        for item, key in ((self.train_curve, "train"), (self.test_curve, "test"),
                          (self.accuracy_curve, "accuracy")):
            item.setPen(pens[key])
            item.setSymbolBrush(pens[key].color())
        self.cursor.setPen(pg.mkPen(t.css("text"), width=1))
        p = self.plot_item
        for side in ("left", "bottom", "right"):
            p.getAxis(side).setPen(t.css("outline"))
            p.getAxis(side).setTextPen(t.css("text"))
        for side, text in (("left", self.tr("cost")), ("bottom", self._x_label())):
            p.setLabel(side, text, **theme.label_style())
        self._right_label = None
        self._fit_right_label()
        self._legend.setText(_legend_html(t))
        self._legend.setStyleSheet(f"color: {t.css('text')};")
        self._place_boxes()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._place_boxes()

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:     # zoom: the legend's lines change
            QTimer.singleShot(0, self, self._place_boxes)

    def _place_boxes(self):
        """The two boxes beside each other when the legend then fits on one line, else one
        above the other (a line of plot height saved either way)."""
        document = QTextDocument()
        document.setDefaultFont(self._legend.font())
        document.setHtml(self._legend.text())
        first, log = self._first_box.sizeHint().width(), self._log_box.sizeHint().width()
        wide = document.idealWidth() + first + log + 36 <= self.width()
        direction = (QBoxLayout.Direction.LeftToRight if wide
                     else QBoxLayout.Direction.TopToBottom)
        if self._boxes.direction() != direction:
            self._boxes.setDirection(direction)
        # The legend as tall as its lines at this width: a dock asks a wrapped label for its
        # height at its narrowest, which left 40 px of empty header above a 60-px plot.
        margins = self._header.contentsMargins()
        boxes = first + log + self._boxes.spacing() if wide else max(first, log)
        room = self.width() - margins.left() - margins.right() - self._header.spacing() - boxes
        document.setDocumentMargin(0)
        document.setTextWidth(max(room, 40))     # (QLabel's own answer lagged a zoom behind)
        self._legend.setFixedHeight(math.ceil(document.size().height()) + 2)

    def _x_label(self):
        return self.tr("epochs") if self._bpe else self.tr("mini-batches")

    def _build_axes(self, p):
        """Cost on the left, accuracy on a right axis with its own ViewBox sharing x."""
        p.showGrid(x=False, y=True, alpha=0.15)  # an x grid too would cost 2 ms per frame
        p.showAxis("right")
        self._accuracy_box = pg.ViewBox(enableMouse=False)
        self._accuracy_box.setZValue(1)  # above the raw cloud, which would hide it
        self._accuracy_box.setEnabled(False)  # disabled: the mouse pans and zooms the costs
        p.scene().addItem(self._accuracy_box)
        p.getAxis("right").linkToView(self._accuracy_box)
        self._accuracy_box.setXLink(p.vb)
        p.vb.sigResized.connect(self._on_resized)
        for side in ("left", "bottom", "right"):
            axis = p.getAxis(side)
            # drawn once into a pixmap and reused until its range moves (the grid is the left
            # axis's: a curve update repaints what lies under it)
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            axis.enableAutoSIPrefix(False)  # "cost (x0.001)" reads worse than 0.05
        # Accuracy always 0–100 %: a range fitted to 8.2–8.9 % makes a dead network's flat line
        # look like steep learning.
        self._accuracy_box.disableAutoRange()
        self._accuracy_box.setYRange(0, 100, padding=0.02)

    def _on_resized(self):
        self._accuracy_box.setGeometry(self.plot_item.vb.sceneBoundingRect())
        self._accuracy_box.linkedViewChanged(self.plot_item.vb, self._accuracy_box.XAxis)
        self._fit_right_label()

    def _fit_right_label(self):
        """The accuracy axis's name, as long as the axis is tall: "test accuracy (%)" was cut
        to "test accurac" in a short plot (1024×768 at 125 %)."""
        font = QFont(self.font())
        font.setPointSizeF(theme.point_size())
        metrics = QFontMetrics(font)
        room = self.plot_item.vb.height() - 4
        names = (self.tr("test accuracy (%)"), self.tr("accuracy (%)"), "%")
        name = next((n for n in names if metrics.horizontalAdvance(n) <= room), names[-1])
        if name != self._right_label:
            self._right_label = name
            self.plot_item.setLabel("right", name, **theme.label_style())

    def right_label(self):
        return self._right_label

    # -- the public API ------------------------------------------------------------------------

    def reset(self):
        """Forget every cost and epoch; settings (log scale, mini-batches per epoch) stay."""
        self.history.clear()
        self._epochs = []             # (step, x, train cost, test cost, test accuracy)
        self._shown = None
        for item in (self.raw_curve, self.smooth_curve, self.train_curve, self.test_curve,
                     self.accuracy_curve):
            item.setData([], [])
        self._first_box.setChecked(False)
        self._follow()

    def set_batches_per_epoch(self, n):
        """Show epochs on the x axis; `n` places the mini-batches of the epoch in progress."""
        n = int(n) if n else None
        if n == self._bpe:
            return
        self._bpe = n
        self.plot_item.setLabel("bottom", self._x_label(), **theme.label_style())
        self._redraw()

    def new_history(self):
        """An empty CostHistory like this view's: plain NumPy, so a worker thread may fill it
        (a run's millions of costs) for `use_history` to show at once."""
        return CostHistory(self.history.smoothing, self.history.max_bins)

    def use_history(self, history):
        """Show the mini-batch costs of `history` (from `new_history`), replacing the view's."""
        self.history = history
        self._shown = None
        self._refresh_batches()

    def add_batch_costs(self, first_step, costs):
        """Append the costs of mini-batches first_step, first_step + 1, … (1-based steps).

        A first_step before the end of what is stored rewinds to it; one after leaves a gap.
        """
        self.history.add(first_step, costs)
        self._refresh_batches()

    def add_epoch(self, step, train_cost, test_cost=None, test_accuracy=None, epoch=None):
        """Mark the end of an epoch at mini-batch `step`; accuracy is a fraction (0.97 → 97 %).

        `epoch` (1-based, as Snapshot.epoch) pins the x axis; without it epochs are counted.
        """
        self._epochs = [e for e in self._epochs if e[0] < step]
        if epoch is None:
            guess = round(step / self._bpe) if self._bpe else 1
            epoch = self._epochs[-1][1] + 1 if self._epochs else max(1, guess)
        nan = float("nan")
        self._epochs.append((step, float(epoch), float(train_cost),
                             nan if test_cost is None else float(test_cost),
                             nan if test_accuracy is None else 100.0 * float(test_accuracy)))
        self._redraw()

    def n_costs(self):
        """How many mini-batch costs are stored (gaps not counted)."""
        return int(np.count_nonzero(~np.isnan(self.history.costs)))

    def set_log_scale(self, on):
        self.plot_item.setLogMode(y=bool(on))

    def log_scale(self):
        return self._log_box.isChecked()

    def show_first_epoch(self, on=True):
        """Zoom to the first epoch (or the first FIRST_EPOCH_BATCHES mini-batches), or back to
        following the whole run."""
        if self._first_box.isChecked() != bool(on):
            self._first_box.setChecked(bool(on))     # comes back here through `toggled`
            return
        if not on:
            self._follow()
            return
        steps = self._bpe or FIRST_EPOCH_BATCHES
        x1 = float(self._x_of(steps))
        costs = self.history.costs[:steps]
        costs = costs[np.isfinite(costs)]
        vb = self.plot_item.vb
        self._following = False
        if costs.size:
            lo, hi = float(costs.min()), float(costs.max())
            if self.plot_item.ctrl.logYCheck.isChecked():
                lo, hi = math.log10(max(lo, 1e-12)), math.log10(max(hi, 1e-12))
            margin = 0.05 * (hi - lo or 1.0)
            vb.setRange(xRange=(0.0, x1), yRange=(lo - margin, hi + margin), padding=0)
        else:
            vb.setRange(xRange=(0.0, x1), padding=0)
        self._refresh_batches()

    def set_cursor(self, step):
        """Show a vertical line at mini-batch `step` (for replay); None hides it."""
        self._cursor_step = step
        self.cursor.setVisible(step is not None)
        if step is not None:
            self.cursor.setValue(float(self._x_of(step)))

    # -- internals ---------------------------------------------------------------------------

    def _on_log_mode_changed(self, on):
        self._log_box.setChecked(on)
        self.plot_item.getAxis("right").setLogMode(False, False)  # accuracy stays linear
        self._follow()
        self.log_scale_changed.emit(on)

    def _follow(self):
        """Keep the whole run in view from now on, in steps (see the module's docstring)."""
        self._following = True
        self._first_box.blockSignals(True)    # following the run is the opposite of the zoom
        self._first_box.setChecked(False)
        self._first_box.blockSignals(False)
        self.plot_item.vb.disableAutoRange()
        self._shown = None
        self._refresh_batches()   # the whole run again, not the part that was zoomed into
        self._keep_in_view(force=True)

    def _on_range_changed(self, _vb, ranges, changed=None):
        if not self._moving:     # the user (or code outside) moved the view: stop following
            self._following = False
        if changed is None or changed[0]:
            self._refresh_batches()

    def _data_extent(self):
        """((x0, x1), (y0, y1)) to keep in view, in view coordinates, or None with no data.
        y covers Y_SHOWN of the mini-batch costs, so a few early spikes don't flatten the rest,
        the newest one, and every smoothed and per-epoch point."""
        xs, ys = [], []
        for item in (self.raw_curve, self.smooth_curve, self.train_curve, self.test_curve):
            x, y = item.getData()   # in view coordinates: log10 of the costs in log mode
            if x is not None and len(x):
                ok = np.isfinite(y)
                if ok.any():
                    xs.append(x[ok][[0, -1]])
                    y = y[ok]
                    if item is self.raw_curve:   # and the newest bin, the curve's tip
                        y = np.append(np.percentile(y, [50 * (1 - Y_SHOWN), 50 * (1 + Y_SHOWN)]),
                                      y[-2:])
                    ys.append([y.min(), y.max()])
        if not xs:
            return None
        return (0.0, float(np.max(xs))), (float(np.min(ys)), float(np.max(ys)))

    def _keep_in_view(self, force=False):
        extent = self._data_extent() if self._following else None
        if extent is None:
            return
        vb = self.plot_item.vb
        (x0, x1), (y0, y1) = vb.viewRange()
        x_range = steady_range((x0, x1), extent[0], (0.0, X_HEADROOM), force)
        y_range = steady_range((y0, y1), extent[1], Y_MARGINS, force)
        if x_range != (x0, x1) or y_range != (y0, y1):
            self._moving = True
            try:
                vb.setRange(xRange=x_range, yRange=y_range, padding=0)
            finally:
                self._moving = False

    def _knots(self):
        """The step → x map: epoch ends at their epoch number, linear in between and after."""
        if not self._bpe:
            return np.array([0.0, 1e15]), np.array([0.0, 1e15])
        steps = [0.0] + [e[0] for e in self._epochs]
        xs = [0.0] + [e[1] for e in self._epochs]
        return np.array(steps + [steps[-1] + 1e15]), np.array(xs + [xs[-1] + 1e15 / self._bpe])

    def _x_of(self, steps):
        return np.interp(steps, *self._knots())

    def _visible_range(self):
        """Raw indices on screen (all of them while the plot follows the data)."""
        vb, n = self.plot_item.vb, self.history.n
        if self._following or n == 0:
            return 0, n
        steps, xs = self._knots()
        lo, hi = np.interp(vb.viewRange()[0], xs, steps) - self.history.step0
        return int(np.clip(math.floor(lo) - 1, 0, n)), int(np.clip(math.ceil(hi) + 2, 0, n))

    def _refresh_batches(self, *_):
        i0, i1 = self._visible_range()
        if i1 <= i0:
            self._shown = None
            self.raw_curve.setData([], [])
            self.smooth_curve.setData([], [])
            return
        k, lo, hi = self.history.binned(i0, i1)
        if self._shown == (self.history.version, i0, i1, k):
            return  # a range change that moved nothing, e.g. following new data
        self._shown = (self.history.version, i0, i1, k)
        first, step0 = i0 + np.arange(len(lo)) * k, self.history.step0
        if k == 1:
            self.raw_curve.setData(self._x_of(step0 + first), lo, connect="finite")
        else:
            centre = np.minimum(first + (k - 1) / 2, i1 - 1)
            self.raw_curve.setData(np.repeat(self._x_of(step0 + centre), 2),
                                   np.column_stack([lo, hi]).ravel(), connect="finite")
        # the average at the end of every few bins: a wide pen costs per point, a trend needs few
        ends = np.minimum(first[::-(-len(first) // SMOOTH_POINTS)] + k - 1, i1 - 1)
        ends = np.append(ends[ends < i1 - 1], i1 - 1)
        self.smooth_curve.setData(self._x_of(step0 + ends), self.history.average[ends],
                                  connect="finite")
        self._keep_in_view()

    def _redraw(self):
        """Re-place everything after the step → x map changed."""
        self._shown = None
        self._refresh_batches()
        e = np.array(self._epochs, dtype=np.float64).reshape(-1, 5)
        x = self._x_of(e[:, 0])
        for item, column in ((self.train_curve, 2), (self.test_curve, 3),
                             (self.accuracy_curve, 4)):
            ok = np.isfinite(e[:, column])
            item.setData(x[ok], e[ok, column])
        if self._cursor_step is not None:
            self.set_cursor(self._cursor_step)
        self._keep_in_view()


def steady_range(shown, data, margins, force=False):
    """The interval to show for data spanning `data`: `shown` itself while it holds the data
    with at least a quarter of `margins` to spare (so no marker sits on the edge) and is less
    than LOOSE times as wide as needed; else the data widened by `margins` (fractions of its
    span below and above). Moving only in such steps keeps the axes still."""
    lo, hi = data
    span = hi - lo if hi > lo else max(abs(hi), 1.0) * 0.1
    want = (lo - margins[0] * span, hi + margins[1] * span)
    if not force and shown[0] <= lo - margins[0] * span / 4 \
            and shown[1] >= hi + margins[1] * span / 4 \
            and shown[1] - shown[0] <= LOOSE * (want[1] - want[0]):
        return tuple(shown)
    return want
