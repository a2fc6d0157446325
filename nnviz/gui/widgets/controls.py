"""The training controls: dataset, architecture, hyper-parameters, presets and speed.

Values are refused at the control, with a reason beside it, before they can reach the core:
spin boxes hold only numbers in range, and the layer list is parsed as it is typed. Learning
rate and batch size apply to a running training at the next mini-batch; architecture changes
take effect at the next Reset, and the panel says so.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QSlider, QSpinBox, QVBoxLayout,
                               QWidget)

from nnviz.core.config import CHOICES, TrainingConfig
from nnviz.core.errors import ConfigError
from nnviz.core.network import parse_layers
from nnviz.core.presets import PRESETS, canonical
from nnviz.gui import choice_names, theme
from nnviz.gui.widgets.augment_controls import AugmentControls
from nnviz.gui.widgets.checked_spin import CheckedDoubleSpinBox, CheckedSpinBox
from nnviz.gui.i18n import text_of
from nnviz.gui.widgets.flow import FlowLayout
from nnviz.gui.widgets.narrow import let_narrow

ARCHITECTURE_KEYS = ("layers", "activation", "output", "cost", "init", "seed")
# The names shown for core's CHOICES["dataset"] (translated where they are shown).
DATASET_TITLES = {"mnist": "MNIST", "fashion-mnist": "Fashion-MNIST",
                  "synthetic": QT_TRANSLATE_NOOP("TrainingControls", "Synthetic digits")}
COMBOS = ("activation", "output", "cost", "init", "schedule")
NUMBERS = ("lr", "momentum", "l2", "batch_size", "epochs", "seed", "speed", "dropout")
# The speed slider: 0 is one mini-batch a second, 100 is full speed, logarithmic in between.
SLOWEST, FASTEST_LIMITED = 1.0, 3000.0
MAX_HIDDEN = 4096   # neurons in a hidden layer: above this a network is too slow to watch
NOTE_MS = 5000      # a note about a refused keystroke stays this long


# What a preset sets besides the layer sizes (dropout, augmentation and speed are the user's).
PRESET_KEYS = ("activation", "output", "cost", "init", "lr", "momentum", "l2", "schedule",
               "batch_size", "epochs", "seed")


def preset_names():
    """What the preset list shows for each preset key: what the setup is, not a code name."""
    tr = lambda text: QCoreApplication.translate("Presets", text)  # noqa: E731
    return {"lessons": tr("Lessons' setup (≈ 93 %)"), "3b1b-96": tr("3b1b: 96 %"),
            "big-98": tr("Big: 98 %")}


def speed_from_slider(value):
    """Mini-batches per second for a slider position; None means full speed."""
    if value >= 100:
        return None
    return SLOWEST * (FASTEST_LIMITED / SLOWEST) ** (value / 99.0)


class TrainingControls(QWidget):
    dataset_chosen = Signal(str)
    download_requested = Signal()
    folder_requested = Signal()
    lr_changed = Signal(float)
    batch_size_changed = Signal(int)
    speed_changed = Signal(object)          # mini-batches per second, or None for full speed
    architecture_edited = Signal()
    augment_changed = Signal(object)        # a core Augment, or None when off
    dropout_changed = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._building = True
        layout = QVBoxLayout(self)
        layout.addWidget(self._data_box())
        layout.addWidget(self._network_box())
        layout.addWidget(self._training_box())
        self.augmentation = AugmentControls()
        self.augmentation.changed.connect(self.augment_changed)
        layout.addWidget(self.augmentation)
        layout.addStretch(1)
        let_narrow(self)    # a 250 px dock holds the form in every language, at 125 % too
        self._building = False

    # ---- construction ----------------------------------------------------------------------
    def _data_box(self):
        box = QGroupBox(self.tr("Data"))
        form = QVBoxLayout(box)
        self.dataset = QComboBox()
        for key in CHOICES["dataset"]:
            self.dataset.addItem(self.tr(DATASET_TITLES[key]), key)
        self.dataset.setToolTip(self.tr("Which images to learn from. MNIST: 60,000 handwritten digits. "
                                        "Fashion-MNIST: clothes in the same format. Synthetic: digits "
                                        "drawn by nnviz itself, for when nothing else is available."))
        self.dataset.currentIndexChanged.connect(
            lambda: self._building or self.dataset_chosen.emit(self.dataset.currentData()))
        form.addWidget(self.dataset)
        row = FlowLayout(fill=True)   # the two buttons stack in a narrow dock (German, large text)
        self.download = QPushButton(self.tr("Download MNIST"))
        self.download.setToolTip(self.tr("Fetch the four MNIST files (about 11 MB), check their "
                                         "checksums and keep them in your cache folder."))
        self.download.clicked.connect(self.download_requested)
        self.folder = QPushButton(self.tr("Folder…"))
        self.folder.setToolTip(self.tr("Use MNIST files (the four .gz IDX files) from a folder."))
        self.folder.clicked.connect(self.folder_requested)
        row.addWidget(self.download)
        row.addWidget(self.folder)
        form.addLayout(row)
        self.data_status = QLabel("", textFormat=Qt.TextFormat.PlainText)   # names a folder
        self.data_status.setWordWrap(True)     # (a long folder name breaks anywhere)
        form.addWidget(self.data_status)
        return box

    def _network_box(self):
        box = QGroupBox(self.tr("Network"))
        form = QFormLayout(box)
        self.preset = QComboBox()
        self.preset.addItem(self.tr("your own settings"), None)
        names = preset_names()
        for key in PRESETS:
            self.preset.addItem(names.get(key, key), key)
        self.preset.setToolTip(self.tr(
            "Lessons' setup: Nielsen's network as in the lessons (784-16-16-10, sigmoid, "
            "quadratic cost, η = 3).\n3b1b: 96 %: the same 784-16-16-10 trained with softmax, "
            "cross-entropy and momentum.\nBig: 98 %: 784-512-256-10 with ReLU."))
        self.preset.activated.connect(lambda: self.apply_preset(self.preset.currentData()))
        form.addRow(self.tr("Preset"), self.preset)
        self.layers = QLineEdit("784,16,16,10")
        self.layers.setToolTip(self.tr("Neurons per layer, input first, output last, e.g. 784,16,16,10. "
                                       "The input and output sizes follow the dataset."))
        self.layers.textEdited.connect(self._check_layers)
        form.addRow(self.tr("Layers"), self.layers)
        self.layers_reason = QLabel("")
        theme.tint(self.layers_reason, "note")
        self.layers_reason.setWordWrap(True)
        self.layers_reason.hide()
        form.addRow(self.layers_reason)
        self.activation = self._combo(CHOICES["activation"],
                                      self.tr("σ of the hidden layers: sigmoid squashes z into (0, 1); "
                                              "ReLU is max(0, z); tanh squashes into (−1, 1)."))
        form.addRow(self.tr("Activation"), self.activation)
        self.output = self._combo(CHOICES["output"],
                                  self.tr("Output layer: sigmoid gives ten independent activations; "
                                          "softmax makes them sum to 1, like probabilities."))
        form.addRow(self.tr("Output"), self.output)
        self.cost = self._combo(CHOICES["cost"],
                                self.tr("What training minimises: quadratic is the sum of squared "
                                        "differences (the lessons'); cross-entropy learns faster when "
                                        "outputs are badly wrong."))
        form.addRow(self.tr("Cost"), self.cost)
        self.init = self._combo(CHOICES["init"],
                                self.tr("Starting weights: normal is N(0, 1) as in the lessons; scaled "
                                        "divides by √(inputs) so neurons don't start saturated."))
        form.addRow(self.tr("Init"), self.init)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setToolTip(self.tr("The same seed gives the same starting weights and order of "
                                     "examples, so a run can be repeated exactly."))
        self.seed.valueChanged.connect(self._edited)
        form.addRow(self.tr("Seed"), self.seed)
        self.arch_note = QLabel(self.tr("Press Reset to apply the new network settings."))
        theme.tint(self.arch_note, "warning")
        self.arch_note.setWordWrap(True)
        self.arch_note.hide()
        form.addRow(self.arch_note)
        return box

    def _training_box(self):
        box = QGroupBox(self.tr("Training"))
        form = QFormLayout(box)
        self.lr = CheckedDoubleSpinBox(self.tr("The learning rate"))
        self.lr.setDecimals(4)
        self.lr.setRange(0.0001, 100.0)
        self.lr.setSingleStep(0.1)
        self.lr.setToolTip(self.tr("Learning rate η: how far each step moves down the gradient. Too "
                                   "small crawls; too big overshoots and the cost blows up. Applies "
                                   "immediately."))
        self.lr.valueChanged.connect(lambda v: self._building or self.lr_changed.emit(v))
        form.addRow(self.tr("Learning rate"), self.lr)
        self.batch_size = CheckedSpinBox(self.tr("The batch size"))
        self.batch_size.setRange(1, 60000)
        self.batch_size.setToolTip(self.tr("Examples averaged per gradient step (mini-batch). Small: "
                                           "noisy but frequent steps. Applies immediately."))
        self.batch_size.valueChanged.connect(
            lambda v: self._building or self.batch_size_changed.emit(v))
        form.addRow(self.tr("Batch size"), self.batch_size)
        self.momentum = self._spin(self.tr("Momentum"), 0.0, 0.999, 0.05, self.tr("Momentum μ: each step keeps "
                                           "this fraction of the previous one, rolling through small "
                                           "bumps."))
        form.addRow(self.tr("Momentum"), self.momentum)
        self.l2 = self._spin(self.tr("L2"), 0.0, 1000.0, 0.5, self.tr("L2 regularisation λ: pulls weights "
                                     "towards zero so no single pixel dominates."))
        form.addRow(self.tr("L2"), self.l2)
        self.dropout = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=0.9, singleStep=0.1)
        self.dropout.setSpecialValueText(self.tr("off"))
        self.dropout.setToolTip(self.tr("Dropout p: while training, each hidden neuron is switched off "
                                        "with this probability, so none can rely on one partner. "
                                        "Testing uses every neuron. Applies immediately."))
        self.dropout.valueChanged.connect(lambda v: self._building or self.dropout_changed.emit(v))
        form.addRow(self.tr("Dropout"), self.dropout)
        self.schedule = self._combo(CHOICES["schedule"],
                                    self.tr("How η changes over the run: constant, halved at 1/3 and "
                                            "2/3 (step), or a smooth decay to zero (cosine)."))
        form.addRow(self.tr("Schedule"), self.schedule)
        self.epochs = CheckedSpinBox(self.tr("Epochs"))
        self.epochs.setRange(1, 10000)
        self.epochs.setToolTip(self.tr("Passes over the whole training set. More epochs keep lowering "
                                       "the training cost; the test accuracy levels off after a few."))
        form.addRow(self.tr("Epochs"), self.epochs)
        self.autosave = QSpinBox()
        self.autosave.setRange(0, 1000)
        self.autosave.setSpecialValueText(self.tr("off"))
        self.autosave.setPrefix(self.tr("every "))
        self.autosave.setSuffix(self.tr(" epochs"))
        self.autosave.setToolTip(self.tr("Save the model every N epochs to nnviz's data folder, so a "
                                         "crash or a closed window loses at most N epochs; File ▸ "
                                         "Restore autosave brings it back."))
        form.addRow(self.tr("Autosave"), self.autosave)
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(0, 100)
        self.speed.setToolTip(self.tr("Slow motion on the left (one mini-batch a second), full speed "
                                      "on the right."))
        self.speed.valueChanged.connect(self._speed_moved)
        self.speed_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.speed, 1)
        row.addWidget(self.speed_label)
        form.addRow(self.tr("Speed"), row)
        self._speed_moved(self.speed.value())
        self.reason = QLabel("")
        theme.tint(self.reason, "note")
        self.reason.setWordWrap(True)
        self.reason.hide()
        form.addRow(self.reason)
        # A note about a refused value goes as soon as the box holds a valid edit again; one
        # left after Qt kept the old value goes after a few seconds (the box is valid then).
        self._reason_timer = QTimer(self, singleShot=True, interval=NOTE_MS,
                                    timeout=self.reason.hide)
        for spin in (self.lr, self.batch_size, self.momentum, self.l2, self.epochs):
            spin.refused.connect(self._refused)
            spin.accepted.connect(self.reason.hide)
        for w in (self.lr, self.batch_size, self.seed, self.momentum, self.l2, self.schedule,
                  self.epochs):
            (w.currentIndexChanged if isinstance(w, QComboBox) else w.valueChanged).connect(
                lambda *_: self._building or self._show_matching_preset())
        return box

    def _combo(self, options, tip):
        combo = QComboBox()
        for key in options:             # the key stays the item's data; its name is shown
            combo.addItem(choice_names.shown(key), key)
        combo.setToolTip(tip)
        combo.currentIndexChanged.connect(self._edited)
        return combo

    def _spin(self, what, lo, hi, step, tip):
        spin = CheckedDoubleSpinBox(what)
        spin.setDecimals(3)
        spin.setRange(lo, hi)
        spin.setSingleStep(step)
        spin.setToolTip(tip + self.tr(" Takes effect at the next Reset."))
        return spin

    # ---- behaviour -------------------------------------------------------------------------
    def _edited(self, *_):
        if not self._building:
            self._show_matching_preset()
            self.arch_note.show()
            self.architecture_edited.emit()

    def _refused(self, reason):
        self.reason.setText(reason)
        self.reason.show()
        self._reason_timer.start()

    def set_train_size(self, n):
        """A mini-batch can't hold more examples than the training set has."""
        self.batch_size.setMaximum(n)
        self.batch_size.limit_note = self.tr(" (the training set's size)")

    def _check_layers(self, text):
        reason = layers_problem(text)
        self.layers_reason.setText(reason or "")
        self.layers_reason.setVisible(bool(reason))
        self.layers.setStyleSheet(f"border: 1px solid {theme.current().css('note')};"
                                  if reason else "")
        self._edited()

    def _speed_moved(self, value):
        rate = speed_from_slider(value)
        self.speed_label.setText(self.tr("full") if rate is None else f"{rate:,.0f}/s" if rate >= 10
                                 else f"{rate:.1f}/s")
        self.speed_label.setToolTip(self.tr("mini-batches per second"))
        if not self._building:
            self.speed_changed.emit(rate)

    def apply_preset(self, name, announce=True):
        """Every control a preset sets; `announce=False` when the network on screen was built
        with it already (the pretrained one at a first start), so no "press Reset" note."""
        if not name:
            return
        name = canonical(name)     # old names (seed, 3b1b, 98) still work
        p = PRESETS[name].as_dict()
        self.set_values({"layers": ",".join(map(str, p["layers"])),
                         **{k: p[k] for k in PRESET_KEYS}})
        self.preset.setCurrentIndex(self.preset.findData(name))
        if announce:
            self.arch_note.show()
            self.architecture_edited.emit()

    def matching_preset(self):
        """The preset whose every setting the controls hold now, or None."""
        v = self.values()
        for name, config in PRESETS.items():
            p = config.as_dict()
            if v["layers"] == tuple(p["layers"]) and all(
                    v[k] == p[k] if isinstance(p[k], str) else abs(v[k] - p[k]) < 1e-9
                    for k in PRESET_KEYS):
                return name
        return None

    def _show_matching_preset(self):
        """The Preset box says truthfully whether the settings are a preset's."""
        self.preset.setCurrentIndex(max(0, self.preset.findData(self.matching_preset())))

    def values(self):
        """The settings as plain values; `layers` is a tuple, or None while the text is invalid."""
        text = self.layers.text()
        return {
            "dataset": self.dataset.currentData(),
            "layers": parse_layer_text(text),
            "activation": self.activation.currentData(), "output": self.output.currentData(),
            "cost": self.cost.currentData(), "init": self.init.currentData(),
            "lr": self.lr.value(), "momentum": self.momentum.value(), "l2": self.l2.value(),
            "schedule": self.schedule.currentData(), "batch_size": self.batch_size.value(),
            "epochs": self.epochs.value(), "seed": self.seed.value(), "speed": self.speed.value(),
            "dropout": self.dropout.value(), **self.augmentation.values(),
            "autosave_every": self.autosave.value(),
        }

    def set_values(self, v):
        self._building = True
        try:
            if "dataset" in v:
                self.dataset.setCurrentIndex(max(0, self.dataset.findData(v["dataset"])))
            if "layers" in v:
                self.layers.setText(str(v["layers"]))
                self._check_layers(self.layers.text())
            widgets = self._widgets()
            for key in COMBOS:
                if key in v:
                    combo = widgets[key]
                    combo.setCurrentIndex(max(0, combo.findData(v[key])))
            self.augmentation.set_values(v)
            for key in NUMBERS:
                if key in v:
                    widgets[key].setValue(v[key])
            if "autosave_every" in v:
                self.autosave.setValue(v["autosave_every"])
            self.arch_note.hide()
            self._show_matching_preset()
        finally:
            self._building = False

    def _widgets(self):
        return {"activation": self.activation, "output": self.output, "cost": self.cost,
                "init": self.init, "schedule": self.schedule, "lr": self.lr,
                "momentum": self.momentum, "l2": self.l2, "batch_size": self.batch_size,
                "epochs": self.epochs, "seed": self.seed, "speed": self.speed,
                "dropout": self.dropout}

    def config(self):
        """The controls as a core TrainingConfig (`layers` None while the text is invalid)."""
        v = self.values()
        return TrainingConfig(**{k: v[k] for k in (
            "dataset", "layers", "activation", "output", "cost", "init", "lr", "momentum", "l2",
            "schedule", "batch_size", "epochs", "seed", "dropout")},
            augment=self.augmentation.augment())

    def architecture_applied(self):
        self.arch_note.hide()


def parse_layer_text(text):
    """The sizes typed in the Layers field, or None when they can't be used (`layers_problem`
    says why). The core's parser both checks and converts, so the two can never disagree."""
    return None if layers_problem(text) else parse_layers(text)


def layers_problem(text):
    """Why a layer list can't be used, in one sentence, or None when it is fine."""
    try:
        sizes = parse_layers(text)
    except ConfigError as e:
        message = text_of(e)
        return message[:1].upper() + message[1:]
    if max(sizes[1:-1], default=1) > MAX_HIDDEN:
        return QCoreApplication.translate(
            "TrainingControls", "Hidden layers above 4,096 neurons would be too slow to watch.")
    return None
