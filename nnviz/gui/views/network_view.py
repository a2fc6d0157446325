"""The network diagram: the input picture, a column of neurons per layer, the strongest weights.

Drawn like the 3Blue1Brown figures so a person can connect what they watched to what is learning:
neuron fill is its activation (0 black → 1 white), edges follow the app's sign rule (blue
positive, orange negative, see `nnviz.gui.theme`), the winning output is ringed with its value —
a probability ("97 %") after softmax, an activation ("0.97") after a sigmoid. Hovering a neuron tells its a, b and z; clicking a
first-hidden neuron opens its 784 incoming weights as a 28×28 picture, which keeps updating while
the network trains. The view receives plain arrays through `show_state` and never sees the network
or the worker. Geometry, edge selection and colour maps live in `network_layout.py`, the painter
routines in `network_paint.py`; the layout is recomputed only when the size or the architecture
changes, so a frame is a NumPy edge pick plus one pass of cheap painter calls.
"""

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QSize, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from nnviz.gui import theme
from nnviz.gui.views import network_layout as nl
from nnviz.gui.views import network_paint as paint
from nnviz.gui.plain import tooltip

HINT = QT_TRANSLATE_NOOP("NetworkView", "No network yet — press Train or load a model")


class NetworkView(QWidget):
    """Paints one forward pass of the network; see the module docstring."""

    neuron_clicked = Signal(int, int)  # (layer ≥ 1, neuron index)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._inset = None  # (neuron, QImage, ±limit, panel, image rect) while the inset is open
        self.clear()

    # ---- public API -------------------------------------------------------------------------
    def show_state(self, activations, zs, w, b, classes=None, label=None, caption="",
                   softmax=False):
        """Draw one example's forward pass.

        activations[l] (n_l,) with activations[0] the input; zs[l-1] (n_l,); w[l] (n_out, n_in);
        b[l] (n_out,). `classes` names the outputs (default "0", "1", …), `label` is the true class
        if known, `caption` a short line such as "training example 4,213"; `softmax` says the
        outputs are probabilities.
        """
        self._softmax = bool(softmax)
        self._a = [np.asarray(a, dtype=float).ravel() for a in activations]
        self._zs = [np.asarray(z, dtype=float).ravel() for z in zs]
        self._w, self._b = list(w), [np.asarray(v, dtype=float).ravel() for v in b]
        sizes = tuple(len(a) for a in self._a)
        n_out = sizes[-1]
        if not classes or len(classes) != n_out:
            classes = tuple(map(str, range(n_out)))
        classes = tuple(classes)
        self._label, self._caption = label, caption
        self._side = nl.square_side(sizes[0])
        self._winner = int(np.argmax(self._a[-1]))
        if (sizes, classes) != (self._sizes, self._classes):
            self._sizes, self._classes = sizes, classes
            self._inset = None
            self._relayout()
        self._prepare()
        self.update()

    def apply_theme(self):
        """The theme changed: rebuild the pictures made with its colours."""
        if self._a is not None and self._layout is not None:
            self._prepare()
        self.update()

    def clear(self):
        """Forget the network: the view shows only a hint until the next `show_state`."""
        self._a = self._layout = self._inset = None
        self._softmax = False
        self._sizes = self._classes = None
        self.update()

    def highlighted_output(self):
        """The output neuron drawn as the winner (the argmax), or None when empty."""
        return None if self._a is None else self._winner

    def inset_neuron(self):
        return None if self._inset is None else self._inset[0]

    def open_neuron(self, index):
        """Highlight first-hidden neuron `index` and open its weights, as clicking it does."""
        if self._layout is None or not self._side or not 0 <= index < self._sizes[1]:
            return False
        self._open_inset(index)
        self.update()
        return True

    def inset_weights(self):
        """The (side, side) weights shown in the inset, or None when it is closed."""
        if self._inset is None:
            return None
        return self._w[0][self._inset[0]].reshape(self._side, self._side)

    def neuron_pos(self, layer, index):
        """Centre of a drawn neuron (input pixels: of the pixel), or None if it is not drawn."""
        if self._layout is None:
            return None
        if layer == 0 and self._layout.image is not None:
            rect, s = self._layout.image, self._side
            cell = rect.width() / s
            return QPointF(rect.left() + (index % s + 0.5) * cell,
                           rect.top() + (index // s + 0.5) * cell)
        col = self._layout.columns[layer]
        hit = np.flatnonzero(col.indices == index)
        return QPointF(col.x, col.ys[hit[0]]) if hit.size else None

    def neuron_at(self, pos):
        """(layer, index) under a point: a circle, or (0, pixel) on the input picture; else None."""
        if self._layout is None or self._inset_panel_contains(pos):
            return None
        image = self._layout.image
        if image is not None and image.contains(pos):
            cell = image.width() / self._side
            row = min(int((pos.y() - image.top()) / cell), self._side - 1)
            col = min(int((pos.x() - image.left()) / cell), self._side - 1)
            return 0, row * self._side + col
        reach = self._layout.radius + 2
        for l, col in enumerate(self._layout.columns):
            if col is None or abs(pos.x() - col.x) > reach:
                continue
            d = np.abs(col.ys - pos.y())
            k = int(np.argmin(d))
            if d[k] <= reach:
                return l, int(col.indices[k])
        return None

    def tooltip_text(self, layer, index):
        """What hovering a neuron tells: where it is and its a, b and z to three decimals."""
        a = self._a[layer][index]
        if layer == 0:
            if self._side:
                where = self.tr("Input pixel {index} (row {row}, column {column})").format(
                    index=index, row=index // self._side, column=index % self._side)
            else:
                where = self.tr("Input {index}").format(index=index)
            return f"{where}\na = {a:.3f}"
        last = layer == len(self._sizes) - 1
        if last:
            name = self.tr("Output neuron {index} (“{name}”)").format(
                index=index, name=self._classes[index])
        else:
            name = self.tr("Hidden layer {layer}, neuron {index}").format(layer=layer, index=index)
        lines = [name, f"a = {a:.3f}", f"b = {self._b[layer - 1][index]:.3f}",
                 f"z = {self._zs[layer - 1][index]:.3f}"]
        if not 0.0 <= a <= 1.0:
            lines.append(self.tr("(the fill is clamped to 0…1)"))
        if layer == 1 and self._side:
            lines.append(self.tr("Click to see its {n} incoming weights").format(
                n=self._sizes[0]))
        return "\n".join(lines)

    # ---- Qt events ----------------------------------------------------------------------------
    def sizeHint(self):
        return QSize(800, 550)

    def minimumSizeHint(self):
        # A hint rather than setMinimumSize, so the main window may still squeeze it; below this
        # the picture stays correct but cramped.
        return QSize(340, 300)

    def resizeEvent(self, event):
        self._relayout()
        if self._a is not None:
            self._prepare()
        super().resizeEvent(event)

    def event(self, event):
        if event.type() == QEvent.Type.ToolTip:
            hit = self.neuron_at(QPointF(event.pos())) if self._a is not None else None
            if hit is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), tooltip(self.tooltip_text(*hit)), self)
            return True
        return super().event(event)

    def mouseMoveEvent(self, event):
        hit = self.neuron_at(event.position()) if self._a is not None else None
        clickable = hit is not None and hit[0] >= 1
        shape = Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        self.setCursor(shape)

    def mousePressEvent(self, event):
        if self._a is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        if self._inset_panel_contains(pos):
            return
        self._inset = None
        hit = self.neuron_at(pos)
        if hit is not None and hit[0] >= 1:
            if hit[0] == 1 and self._side:
                self._open_inset(hit[1])
            self.neuron_clicked.emit(*hit)
        self.update()

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Escape and self._inset is not None:
            self._inset = None
            self.update()
            return
        super().keyPressEvent(event)

    # ---- state preparation ----------------------------------------------------------------------
    def _relayout(self):
        if self._sizes is None:
            self._layout = None
            return
        # Text grows a little with the view (up to 1.35×) so full HD is not all tiny print.
        grow = min(max(min(self.width() / 900, self.height() / 600), 1.0), 1.35)
        self._font = paint.scaled_font(self.font(), grow)
        fm, fb = QFontMetricsF(self._font), QFontMetricsF(paint.scaled_font(self._font, bold=True))
        self._label_max = 0.17 * self.width()
        widest = max(fb.horizontalAdvance(c) for c in self._classes)
        label_w = min(widest, self._label_max) + fb.horizontalAdvance("  100%")
        ft = QFontMetricsF(paint.title_font(self._font))
        titles = paint.column_titles(self._sizes, nl.square_side(self._sizes[0]))
        title_w = max(ft.horizontalAdvance(full) for full, _ in titles)
        self._layout = nl.compute_layout(self._sizes, self.width(), self.height(), fm.height(),
                                         label_w, title_w)

    def _prepare(self):
        """Per state (and per resize): the input picture at its drawn size, and per pair of drawn
        columns the strongest edges as slot indices (see nl.strongest_edges)."""
        cols, image = self._layout.columns, self._layout.image
        self._image = None if image is None else \
            nl.grey_image(self._a[0], self._side, int(image.width()) // self._side)
        if self._inset is not None:   # follow training, and a resize
            self._open_inset(self._inset[0])
        self._edges = []
        for l in range(len(self._w)):
            if cols[l] is None:
                continue
            self._edges.append((l, *nl.strongest_edges(self._w[l], self._a[l], cols[l].indices,
                                                       cols[l + 1].indices)))

    def _open_inset(self, index):
        v = self._w[0][index]                     # (784,): neuron index's incoming weights
        limit = float(np.nan_to_num(np.abs(v).max()))  # symmetric: the background is exactly 0
        panel, rect = nl.inset_geometry(self._layout, self.width(),
                                        QFontMetricsF(self._font).height(), self._side)
        image = nl.diverging_image(v.reshape(self._side, self._side), limit,
                                   int(rect.width()) // self._side)
        self._inset = (index, image, limit, panel, rect)

    def _inset_panel_contains(self, pos):
        return self._inset is not None and self._inset[3].contains(pos)

    # ---- painting -----------------------------------------------------------------------------
    def paintEvent(self, event):
        p = QPainter(self)
        t = theme.current()
        p.fillRect(self.rect(), t.qcolor("background"))
        if self._a is None or self._layout is None:
            p.setPen(t.qcolor("dim"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr(HINT))
            return
        lay, w, h = self._layout, self.width(), self.height()
        p.setFont(self._font)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if lay.image is not None:
            paint.draw_input(p, lay.image, self._image, lay.columns[1], lay.radius)
        paint.draw_edges(p, lay.columns, self._edges)
        selected = None if self._inset is None else (1, self._inset[0])
        paint.draw_neurons(p, lay.columns, self._a, lay.radius, self._winner, selected)
        paint.draw_outputs(p, lay, self._classes, self._a[-1], self._winner, self._label_max,
                           self._softmax)
        paint.draw_titles(p, lay, self._sizes, self._side, w)
        paint.draw_header(p, lay, self._caption, self._label)
        self.legend_rect = paint.draw_legend(p, lay, w, h)    # for tests: all of it shown
        if self._inset is not None:
            index, image, limit, panel, rect = self._inset
            if len(self._sizes) == 2:
                title = self.tr("Weights into output neuron {index}").format(index=index)
            else:
                title = self.tr("Weights into hidden neuron {index}").format(index=index)
            paint.draw_inset(p, panel, rect, image, limit, title)
        p.end()
