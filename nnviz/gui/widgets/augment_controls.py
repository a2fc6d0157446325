"""The "Augmentation" group of the training controls: noise, rotation and shift, switchable live.

Each setting is a spin box whose lowest value reads "off"; the group's own check box switches all
three at once without losing the numbers, so a learner can flip augmentation on and off in the
middle of a run and watch the cost curve respond. The group hands out a core `Augment` (or None
when nothing is on); the main window passes it to the trainer before its next mini-batch.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QGroupBox, QSpinBox

from nnviz.core.augment.jitter import Augment

KEYS = ("augment", "augment_noise", "augment_rotate", "augment_shift")


class AugmentControls(QGroupBox):
    changed = Signal(object)        # an Augment, or None when augmentation is off

    def __init__(self, parent=None):
        super().__init__(parent)
        self._quiet = False
        self.setTitle(self.tr("Augmentation"))   # tr needs the QObject built first
        self.setCheckable(True)
        self.setChecked(False)
        self.setToolTip(self.tr(
            "Show the network a freshly jittered copy of each training image: it learns what "
            "doesn't matter (a little noise, a slight turn or shift). Switches on and off "
            "immediately, also during training."))
        form = QFormLayout(self)
        self.noise = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=1.0, singleStep=0.05)
        self.noise.setToolTip(self.tr("Gaussian noise: σ of the random value added to every "
                                      "pixel (pixels run from 0 to 1)."))
        self.rotate = QDoubleSpinBox(decimals=0, minimum=0.0, maximum=45.0, singleStep=5.0,
                                     suffix="°")
        self.rotate.setToolTip(self.tr("Each image turns by a random angle up to this many "
                                       "degrees, either way."))
        self.shift = QSpinBox(minimum=0, maximum=6, suffix=" px")
        self.shift.setToolTip(self.tr("Each image moves by a random whole number of pixels up "
                                      "to this, horizontally and vertically."))
        for spin, label in ((self.noise, self.tr("Noise σ")),
                            (self.rotate, self.tr("Rotation ±")),
                            (self.shift, self.tr("Shift ±"))):
            spin.setSpecialValueText(self.tr("off"))
            spin.valueChanged.connect(self._emit)
            form.addRow(label, spin)
        self.toggled.connect(self._emit)

    def augment(self):
        """The current settings as a core Augment, or None when off."""
        if not self.isChecked():
            return None
        aug = Augment(noise=self.noise.value(), rotate=self.rotate.value(),
                      shift=self.shift.value())
        return aug if aug.active else None

    def values(self):
        return {"augment": self.isChecked(), "augment_noise": self.noise.value(),
                "augment_rotate": self.rotate.value(), "augment_shift": self.shift.value()}

    def set_values(self, v):
        self._quiet = True
        try:
            if "augment" in v:
                self.setChecked(bool(v["augment"]))
            for key, spin in (("augment_noise", self.noise), ("augment_rotate", self.rotate),
                              ("augment_shift", self.shift)):
                if key in v:
                    spin.setValue(v[key])
        finally:
            self._quiet = False
        self._emit()

    def _emit(self, *_):
        if not self._quiet:
            self.changed.emit(self.augment())
