"""The lab's knobs: a slider that holds a real number, and the three whole-network knobs.

`ValueSlider` maps an integer QSlider onto a float range (linear or logarithmic) and shows the
value beside it, so every knob reads in the units of the math (Δb, s, T, σ, %). `GlobalKnobs`
groups temperature, weight noise and pruning, which act on every neuron at once.
"""

import math

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSlider,
                               QWidget)

STEPS = 200


class ValueSlider(QWidget):
    """A horizontal slider over [lo, hi] (log-spaced if `log`), with its value printed beside."""
    changed = Signal(float)

    def __init__(self, lo, hi, value, decimals, tip, unit="", log=False, parent=None):
        super().__init__(parent)
        self._lo, self._hi, self._log = lo, hi, log
        self._decimals, self._unit = decimals, unit
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, STEPS)
        self.slider.setToolTip(tip)
        self.label = QLabel()
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("−10.00 %") + 4)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.slider, 1)
        row.addWidget(self.label)
        self.slider.valueChanged.connect(self._moved)
        self.set_value(value)

    def _to_value(self, step):
        t = step / STEPS
        if self._log:
            return math.exp(math.log(self._lo) + t * (math.log(self._hi) - math.log(self._lo)))
        return self._lo + t * (self._hi - self._lo)

    def _to_step(self, value):
        if self._log:
            t = (math.log(value) - math.log(self._lo)) / (math.log(self._hi) - math.log(self._lo))
        else:
            t = (value - self._lo) / (self._hi - self._lo)
        return round(min(max(t, 0.0), 1.0) * STEPS)

    def value(self):
        # Rounded to the printed precision, so "0.00" really is 0 and "1.00" really is 1.
        return round(self._to_value(self.slider.value()), self._decimals) + 0.0

    def text(self):
        return f"{self.value():.{self._decimals}f}{self._unit}".replace("-", "−")

    def set_value(self, value, quiet=False):
        self.slider.blockSignals(quiet)
        self.slider.setValue(self._to_step(value))
        self.slider.blockSignals(False)
        self.label.setText(self.text())

    def _moved(self, _step):
        self.label.setText(self.text())
        self.changed.emit(self.value())


class GlobalKnobs(QGroupBox):
    """Temperature, noise and pruning; `changed` fires with the four values on any move."""
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(QCoreApplication.translate("GlobalKnobs", "Whole network"), parent)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)   # narrow: label above
        self.temperature = ValueSlider(0.1, 10.0, 1.0, 2, log=True, tip=self.tr(
            "Output temperature T: the output layer computes σ(z/T). Above 1 the answers become "
            "less sure (outputs move towards the middle), below 1 more extreme. The order of the "
            "outputs never changes, so neither does the accuracy: watch the cost instead."))
        self.noise = ValueSlider(0.0, 2.0, 0.0, 2, tip=self.tr(
            "Adds Gaussian noise of standard deviation σ to every weight (the same random pattern "
            "each time, scaled by σ). Expect accuracy to hold for small σ and then collapse: "
            "how robust is what the network learnt?"))
        self.prune = ValueSlider(0.0, 100.0, 0.0, 0, unit=" %", tip=self.tr(
            "Sets the given percentage of the smallest weights (by |w|) to exactly 0. Many "
            "weights barely matter: expect accuracy to survive surprisingly heavy pruning."))
        self.scope = QComboBox()
        self.scope.addItem(self.tr("in each layer"), "layer")
        self.scope.addItem(self.tr("over all layers"), "global")
        self.scope.setToolTip(self.tr("Prune the same fraction of every weight matrix, or rank "
                                      "all weights of the network together (then the big first "
                                      "layer loses most)."))
        form.addRow(self.tr("Temperature T"), self.temperature)
        form.addRow(self.tr("Weight noise σ"), self.noise)
        form.addRow(self.tr("Prune smallest"), self.prune)
        form.addRow("", self.scope)
        for knob in (self.temperature, self.noise, self.prune):
            knob.changed.connect(lambda *_: self.changed.emit())
        self.scope.currentIndexChanged.connect(lambda *_: self.changed.emit())

    def values(self):
        return {"temperature": self.temperature.value(), "noise": self.noise.value(),
                "prune": self.prune.value(), "prune_scope": self.scope.currentData()}

    def reset(self):
        for knob, value in ((self.temperature, 1.0), (self.noise, 0.0), (self.prune, 0.0)):
            knob.set_value(value, quiet=True)
        self.scope.blockSignals(True)
        self.scope.setCurrentIndex(0)
        self.scope.blockSignals(False)
