"""The lab's neuron inspector: pick a neuron, read its z, a and b, see and edit its weights.

Shows one neuron of the current input's forward pass before and after the edits, side by side,
so a change of Δb is seen to move z by exactly Δb and a by σ(z + Δb) − σ(z). Its incoming
weights are drawn as a 28×28 picture for the first hidden layer (which pixels excite it, which
inhibit it) and as bars for deeper layers, whose inputs are neurons, not pixels. The widget
only displays numbers handed to it; the panel computes them with `nnviz.core.lessons.surgery`.
"""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QSpinBox, QStackedWidget, QVBoxLayout)

from nnviz.gui import numbers, theme
from nnviz.gui.i18n import fmt
from nnviz.gui.panels.lab_knobs import ValueSlider

PICTURE = 132       # px, the weights picture or bar chart


class NeuronInspector(QGroupBox):
    chosen = Signal(int, int)           # layer ≥ 1, neuron index
    edited = Signal(int, int, object)   # layer, index, {"bias_shift", "weight_scale", "off"}
    _shown = None                       # (w_in, reference) once a neuron is shown

    def __init__(self, parent=None):
        super().__init__(QCoreApplication.translate("NeuronInspector", "One neuron"), parent)
        self._sizes = ()
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        self.layer = QComboBox(toolTip=self.tr("Which layer the neuron is in. Tip: click a "
                                               "neuron in the diagram to pick it."))
        self.index = QSpinBox(toolTip=self.tr("Which neuron of that layer (counting from 0)."))
        row.addWidget(QLabel(self.tr("Layer")))
        row.addWidget(self.layer, 1)
        row.addWidget(QLabel(self.tr("Neuron")))
        row.addWidget(self.index)
        column.addLayout(row)
        self.numbers = QLabel(textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.numbers.setToolTip(self.tr("For the input shown in the diagram: the weighted sum "
                                        "z = Σ w·a + b, the activation a = σ(z) and the bias b, "
                                        "before and after your edits."))
        self.pictures = QStackedWidget()
        self.pictures.setFixedSize(PICTURE, PICTURE)
        self.image_canvas = image_canvas = pg.GraphicsLayoutWidget()
        image_canvas.ci.setContentsMargins(2, 2, 2, 2)
        box = image_canvas.addViewBox(lockAspect=True, invertY=True, enableMouse=False)
        self.image = pg.ImageItem(axisOrder="row-major")
        box.addItem(self.image)
        self.bars_plot = pg.PlotWidget()
        self.bars_plot.setMouseEnabled(False, False)
        self.bars_plot.hideButtons()
        self.bars_plot.getAxis("bottom").setStyle(showValues=False)
        self.bars = pg.BarGraphItem(x=[0], height=[0], width=0.8)
        self.bars_plot.addItem(self.bars)
        self.pictures.addWidget(image_canvas)
        self.pictures.addWidget(self.bars_plot)
        self.pictures.setToolTip(self.tr(
            "Its incoming weights after the edits, in the app's colours: blue = positive, "
            "orange = negative, background colour = zero. A picture for the first hidden layer "
            "(as in First-layer weights: blue pixels push the neuron on when lit), bars for "
            "deeper layers (as in the diagram)."))
        self.apply_theme()
        self.picture_row = row = QHBoxLayout()   # the lab stacks it in a narrow dock
        row.addWidget(self.pictures)
        row.addWidget(self.numbers, 1)
        column.addLayout(row)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)   # narrow: label above
        self.bias = ValueSlider(-10.0, 10.0, 0.0, 1, tip=self.tr(
            "Shift the bias b by Δb. z moves by exactly Δb for every input; a sigmoid neuron "
            "then fires more (Δb > 0) or less (Δb < 0) easily."))
        self.scale = ValueSlider(-1.0, 3.0, 1.0, 2, tip=self.tr(
            "Multiply the incoming weights by s. s > 1 makes the neuron more sensitive to its "
            "pattern, 0 makes it ignore its inputs (a = σ(b)), s < 0 makes it look for the "
            "opposite pattern."))
        self.off = QCheckBox(self.tr("switch off"), toolTip=self.tr(
            "Its output becomes 0 for every input: nothing after it hears it any more. Watch "
            "how much (or how little) the accuracy drops."))
        form.addRow(self.tr("Bias shift Δb"), self.bias)
        form.addRow(self.tr("Weight scale s"), self.scale)
        form.addRow("", self.off)
        column.addLayout(form)
        self.layer.currentIndexChanged.connect(self._layer_changed)
        self.index.valueChanged.connect(lambda *_: self.chosen.emit(*self.current()))
        for knob in (self.bias, self.scale):
            knob.changed.connect(self._edited)
        self.off.toggled.connect(self._edited)

    def apply_theme(self):
        t = theme.current()
        self.image_canvas.setBackground(t.css("background"))
        self.bars_plot.setBackground(t.css("background"))
        self.image.setColorMap(t.sign_colormap())
        if self._shown is not None:
            self.show_weights(*self._shown)

    # ---- selection -------------------------------------------------------------------------
    def set_architecture(self, sizes):
        """Offer every hidden and output neuron of a network with these layer sizes."""
        sizes = tuple(sizes)
        if sizes == self._sizes:
            return
        layer, index = self.current() if self._sizes else (1, 0)
        self._sizes = sizes
        self.layer.blockSignals(True)
        self.layer.clear()
        for l in range(1, len(sizes)):
            name = self.tr("output") if l == len(sizes) - 1 else \
                fmt(self.tr("hidden {layer}"), layer=l)
            self.layer.addItem(f"{name} ({sizes[l]})", l)
        self.layer.blockSignals(False)
        self.select(min(layer, len(sizes) - 1), index)

    def select(self, layer, index):
        """Make (layer, index) current, clamped to the network; emits `chosen`."""
        if not self._sizes:
            return
        layer = min(max(int(layer), 1), len(self._sizes) - 1)
        for widget in (self.layer, self.index):
            widget.blockSignals(True)
        self.layer.setCurrentIndex(layer - 1)
        self.index.setRange(0, self._sizes[layer] - 1)
        self.index.setValue(int(index))
        for widget in (self.layer, self.index):
            widget.blockSignals(False)
        self.chosen.emit(*self.current())

    def current(self):
        return (self.layer.currentData() or 1, self.index.value())

    def _layer_changed(self):
        self.select(self.layer.currentData(), self.index.value())

    # ---- display ---------------------------------------------------------------------------
    def show_edit(self, edit):
        """Put the sliders where this neuron's NeuronEdit is, without emitting `edited`."""
        self.bias.set_value(edit.bias_shift, quiet=True)
        self.scale.set_value(edit.weight_scale, quiet=True)
        self.off.blockSignals(True)
        self.off.setChecked(edit.off)
        self.off.blockSignals(False)

    def show_numbers(self, before, after, activation):
        """before/after: dicts with z, a, b (floats) or None when no input is shown."""
        if before is None:
            self.numbers.setText("<i>" + self.tr("No input in the diagram yet.") + "</i>")
            return
        rows = [("z = Σ w·a + b", "z"), (f"a = {activation}(z)", "a"), ("b", "b")]
        cells = "".join(
            f"<tr><td>{name}</td><td align=right>{_num(before[key])}</td>"
            f"<td align=right><b>{_num(after[key])}</b></td></tr>" for name, key in rows)
        original, edited = self.tr("original"), self.tr("edited")
        self.numbers.setText("<table cellspacing=0 cellpadding=2 width=100%><tr><td></td>"
                             f"<td align=right>{original}</td>"
                             f"<td align=right>{edited}</td></tr>{cells}</table>")

    def show_weights(self, w_in, reference):
        """w_in (n_in,) the edited incoming weights; `reference` (n_in,) fixes the colour scale."""
        self._shown = (w_in, reference)
        limit = float(np.percentile(np.abs(reference), 99)) or 1.0
        side = int(round(np.sqrt(w_in.size)))
        if self.current()[0] == 1 and side * side == w_in.size:
            self.image.setImage(w_in.reshape(side, side), levels=(-limit, limit))
            self.pictures.setCurrentIndex(0)
            return
        x = np.arange(w_in.size)
        t = theme.current()
        brushes = [pg.mkBrush(t.sign_color(v)) for v in w_in]
        self.bars.setOpts(x=x, height=w_in, width=0.8, brushes=brushes, pen=None)
        self.bars_plot.setXRange(-0.5, w_in.size - 0.5, padding=0.02)
        top = max(float(np.abs(w_in).max()), limit, 1e-6)
        self.bars_plot.setYRange(-top, top, padding=0.05)
        self.pictures.setCurrentIndex(1)

    def _edited(self, *_):
        layer, index = self.current()
        self.edited.emit(layer, index, {"bias_shift": self.bias.value(),
                                        "weight_scale": self.scale.value(),
                                        "off": self.off.isChecked()})


def _num(v):
    return numbers.plain(v, 3)
