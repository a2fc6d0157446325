"""The first layer's weights as pictures: what each first-hidden-layer neuron looks for.

Neuron i's 784 incoming weights form a 28×28 image, `w[0][i].reshape(28, 28)`, on the app's sign
map (`nnviz.gui.theme`): blue where a lit pixel pushes the neuron on, orange where it pushes it
off, the background colour where the pixel does not matter.
"change since init" shows w − w_init instead, which separates what training has learnt from the
random pattern every neuron starts with (with N(0, 1) initial weights, the border pixels — never
lit in MNIST — keep their random values for ever and dominate the raw pictures).

The map is diverging with the background at its centre: the eye goes to weights that matter, not
to a sea of near-zero colour, in the dark theme and the light one alike. Its levels are
symmetric, ±the 99th percentile of |value| over the whole layer (all pages, so a colour means the
same on every page); a percentile rather than the maximum, so that a few outlying weights don't
squeeze the rest into the dark centre — the top 1 % simply saturate. While training, the levels
move only when that percentile leaves a ±15 % band around them (`steady_limit`): colours that
shift a little with every frame flicker, and every move re-draws the colour bar's axis. Deeper
layers are not shown here: their inputs are not pixels.

The page is drawn as one mosaic image (tiles side by side, transparent gaps) rather than an image
item per neuron: it is redrawn with every training snapshot, and one item costs a tenth of
sixteen.
"""

import math
from typing import NamedTuple

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainterPath
from PySide6.QtWidgets import (QComboBox, QGraphicsItem, QGraphicsPathItem, QHBoxLayout, QLabel,
                               QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from nnviz.gui import theme
from nnviz.gui.i18n import fmt

PERCENTILE = 99.0
PAGE_SIZE = 16
MODES = {"weights": QT_TRANSLATE_NOOP("WeightsView", "weights"),   # key: what the list shows
         "change": QT_TRANSLATE_NOOP("WeightsView", "change since init")}
CAPTION_SIZE = 0.8   # of the normal text
GAP = 2         # pixels of background between tiles in the mosaic
MIN_TILE = 34   # screen pixels: the canvas keeps four rows of tiles at least this tall
CAPTION_ROOM = 3.0   # a tile shows its number when it is this many caption heights tall
STEADY = 1.15   # the levels follow the percentile once it is this factor above or below them


class Cell(NamedTuple):
    row: int      # top-left corner of the cell's picture in the mosaic
    col: int
    caption: pg.TextItem


class WeightsView(QWidget):
    """A grid of first-layer weight images with a shared colour bar, paged 16 at a time."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._w = self._w_init = None  # (n_hidden, n_in) each
        self._page = 0
        self._cells_for = None   # (cell count, side) the cells were laid out for
        self._captions_for = None
        self.cells = []          # one Cell per place in the grid

        self._mode_box = QComboBox()
        for key, text in MODES.items():
            self._mode_box.addItem(self.tr(text), key)
        self._mode_box.setToolTip(self.tr("Weights, or how far training has moved them from "
                                          "their random initial values."))
        self._mode_box.currentIndexChanged.connect(self._refresh)
        self._prev_button = QToolButton(text="◀", toolTip=self.tr("The previous 16 neurons"))
        self._next_button = QToolButton(text="▶", toolTip=self.tr(
            "The next 16 neurons (a bigger first layer has several pages)"))
        self._prev_button.clicked.connect(lambda: self.set_page(self._page - 1))
        self._next_button.clicked.connect(lambda: self.set_page(self._page + 1))
        self._page_label = QLabel()

        self._canvas = pg.GraphicsLayoutWidget()
        self._canvas.ci.setContentsMargins(4, 4, 4, 4)
        # Four rows of tiles of MIN_TILE pixels at least: smaller, a neuron's pattern is a blur.
        self._canvas.setMinimumHeight(4 * MIN_TILE + 3 * GAP * 2 + 8)
        self._box = self._canvas.addViewBox(row=0, col=0, lockAspect=True, enableMouse=False,
                                            enableMenu=False, invertY=True)
        self.mosaic = pg.ImageItem(axisOrder="row-major")
        self._frames = QGraphicsPathItem()
        self._box.addItem(self.mosaic)
        self._box.sigResized.connect(self._on_box_resized)
        self._box.addItem(self._frames)
        self._pixels = None      # the mosaic's array: NaN in the gaps and blank cells
        self.colour_bar = pg.ColorBarItem(values=(-1, 1), colorMap=theme.current().sign_colormap(),
                                          width=12, interactive=False)
        for side in ("left", "right", "top", "bottom"):
            axis = self.colour_bar.getAxis(side)
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # redrawn on change
        self._canvas.addItem(self.colour_bar, row=0, col=1)
        self.colour_bar.setImageItem(self.mosaic)
        self._legend = QLabel(wordWrap=True)
        self._legend.setText(self.tr("blue = positive · orange = negative · background = zero"))
        self._legend.setToolTip(self.tr("Blue: ink on that pixel excites the neuron; orange: it "
                                        "inhibits it; the background colour: it does not matter."))
        theme.tint(self._legend, "dim", "color: {}; padding: 0 6px;")
        self._message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self._stack = QStackedWidget()
        self._stack.addWidget(self._canvas)
        self._stack.addWidget(self._message)

        row = QHBoxLayout()
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(self._mode_box)
        row.addStretch(1)
        for widget in (self._prev_button, self._page_label, self._next_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(row)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self._legend)
        self.apply_theme()

    def apply_theme(self):
        """Background, frames, captions and the colour map from the current theme."""
        t = theme.current()
        self._canvas.setBackground(t.css("background"))
        self._frames.setPen(pg.mkPen(t.css("outline")))
        self.colour_bar.setColorMap(t.sign_colormap())
        for side in ("left", "right", "top", "bottom"):
            self.colour_bar.getAxis(side).setPen(t.css("outline"))
        self.colour_bar.axis.setTextPen(t.css("text"))
        self._message.setStyleSheet(f"color: {t.css('text')}; background: "
                                    f"{t.css('background')}; padding: 12px;")
        self._cells_for = None     # captions are rebuilt with the theme's colours and size
        font = self._legend.font()   # the legend as small as the captions: one line, not two
        font.setPointSizeF(theme.point_size(CAPTION_SIZE))
        self._legend.setFont(font)
        self._refresh()

    # -- the public API ------------------------------------------------------------------------

    def set_weights(self, w0):
        """Show first-layer weights w0, (n_hidden, n_in); cheap enough for ~30 calls a second.
        The page's pictures are copied into the mosaic: w0 may change afterwards."""
        self._w = np.asarray(w0)
        self._refresh()

    def set_initial(self, w0_init):
        """Remember the weights training started from, for "change since init"."""
        self._w_init = np.asarray(w0_init)
        self._refresh()

    def set_mode(self, mode):
        """Show the weights themselves ("weights") or w − w_init ("change")."""
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; choose one of {', '.join(MODES)}")
        self._mode_box.setCurrentIndex(list(MODES).index(mode))

    def mode(self):
        return self._mode_box.currentData()

    def set_page(self, page):
        self._page = max(0, int(page))
        self._refresh()

    def page(self):
        return self._page

    def clear(self):
        """Forget the weights and the initial weights."""
        self._w = self._w_init = None
        self._page = 0
        self._refresh()

    # -- internals ---------------------------------------------------------------------------

    def _shown(self):
        """The (n, n_in) array to draw, or the reason there is none."""
        if self._w is None:
            return None, self.tr("No weights to show yet.")
        if self.mode() == "weights":
            return self._w, None
        if self._w_init is None or self._w_init.shape != self._w.shape:
            return None, self.tr("No initial weights to compare with: \u201cchange since init\u201d "
                                 "needs the weights the network started from.")
        return self._w - self._w_init, None

    def _refresh(self, *_):
        data, why = self._shown()
        if data is not None:
            n, n_in = data.shape
            side = math.isqrt(n_in)
            if n == 0:
                data, why = None, self.tr("The first layer has no neurons.")
            elif side * side != n_in:
                data, why = None, fmt(self.tr(
                    "Each first-layer neuron has {n_in} inputs, which do not form a square "
                    "image, so its weights can't be drawn."), n_in=n_in)
        self._stack.setCurrentWidget(self._message if data is None else self._canvas)
        if data is None:
            self._message.setText(why)
            self._set_page_controls(0, 0, 0)
            return
        pages = -(-n // PAGE_SIZE)
        self._page = min(self._page, pages - 1)
        first = self._page * PAGE_SIZE
        count = min(PAGE_SIZE, n - first)
        self._lay_out(min(n, PAGE_SIZE), side)
        limit = steady_limit(self.colour_bar.levels()[1], _symmetric_limit(data))
        if limit != self.colour_bar.levels()[1]:
            self.colour_bar.setLevels((-limit, limit))  # also sets the mosaic's levels
        for t, cell in enumerate(self.cells[:count]):
            self._pixels[cell.row:cell.row + side, cell.col:cell.col + side] = \
                data[first + t].reshape(side, side)
        if self._captions_for != (first, count):  # a new page: relabel, blank the spare cells
            self._captions_for = (first, count)
            path = QPainterPath()
            for t, cell in enumerate(self.cells):
                cell.caption.setText(str(first + t) if t < count else "")
                if t < count:
                    path.addRect(cell.col, cell.row, side, side)
                else:
                    self._pixels[cell.row:cell.row + side, cell.col:cell.col + side] = np.nan
            self._frames.setPath(path)
        self.mosaic.setImage(self._pixels, autoLevels=False)
        self._set_page_controls(first, count, n)

    def _lay_out(self, count, side):
        """Place the cells and their captions, only when the page's shape changes."""
        if self._cells_for == (count, side):
            return
        self._cells_for, self._captions_for = (count, side), None
        for cell in self.cells:
            self._box.removeItem(cell.caption)
        columns = math.ceil(math.sqrt(count))
        rows = -(-count // columns)
        self._pixels = np.full((rows * (side + GAP) - GAP, columns * (side + GAP) - GAP), np.nan,
                               np.float32)
        font = QFont()
        font.setPointSizeF(theme.point_size(CAPTION_SIZE))
        th = theme.current()
        self.cells = []
        for t in range(count):
            row, col = (t // columns) * (side + GAP), (t % columns) * (side + GAP)
            # the caption sits in the top-left corner: MNIST never lights the border pixels
            caption = pg.TextItem("", color=th.css("text"), anchor=(0, 0),
                                  fill=(*th.background, 170))
            caption.setFont(font)
            caption.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            caption.setPos(col, row)
            self._box.addItem(caption)
            self.cells.append(Cell(row, col, caption))
        height, width = self._pixels.shape
        self._box.setRange(xRange=(0, width), yRange=(0, height), padding=0.02)
        self._show_captions_if_room()

    def _on_box_resized(self, *_):
        """The whole mosaic in view again: with the aspect locked, a box made shorter kept the
        old width's range and cut the bottom row off."""
        if self._pixels is not None:
            height, width = self._pixels.shape
            self._box.setRange(xRange=(0, width), yRange=(0, height), padding=0.02)
        self._show_captions_if_room()

    def _show_captions_if_room(self, *_):
        """A tile's number only where it leaves most of the picture visible: on small tiles
        (presenting at 150 % on a laptop) the numbers would hide the patterns they name."""
        if not self.cells or self._cells_for is None:
            return
        side = self._cells_for[1]
        unit = self._box.viewPixelSize()[1]          # data units per screen pixel
        tile_px = side / unit if unit > 0 else 0
        font = QFont()
        font.setPointSizeF(theme.point_size(CAPTION_SIZE))
        room = tile_px >= CAPTION_ROOM * QFontMetrics(font).height()
        for cell in self.cells:
            cell.caption.setVisible(room)

    def captions_shown(self):
        return bool(self.cells) and self.cells[0].caption.isVisible()

    def picture(self, t):
        """The array cell t of the page shows, or None for a blank cell."""
        side = self._cells_for[1]
        cell = self.cells[t]
        shown = self._pixels[cell.row:cell.row + side, cell.col:cell.col + side]
        return None if np.isnan(shown).all() else shown

    def caption(self, t):
        return self.cells[t].caption.toPlainText()

    def _set_page_controls(self, first, count, n):
        paged = n > PAGE_SIZE
        for widget in (self._prev_button, self._page_label, self._next_button):
            widget.setVisible(paged)
        self._page_label.setText(fmt(self.tr("neurons {first}–{last} of {n}"), first=first,
                                     last=first + count - 1, n=n))
        self._prev_button.setEnabled(first > 0)
        self._next_button.setEnabled(first + count < n)


def _symmetric_limit(data):
    """The PERCENTILE-th percentile of |data|: colour levels are ±this; 1.0 if it is 0 or NaN."""
    magnitudes = np.abs(data).ravel()
    k = min(int(round(PERCENTILE / 100 * (magnitudes.size - 1))), magnitudes.size - 1)
    limit = float(np.partition(magnitudes, k)[k])
    return limit if math.isfinite(limit) and limit > 0 else 1.0


def steady_limit(current, wanted):
    """`current` while `wanted` is within a factor STEADY of it, else `wanted`."""
    return current if current > 0 and 1 / STEADY <= wanted / current <= STEADY else wanted
