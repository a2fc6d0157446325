"""Robustness: how the network copes with damaged images, and when it should say "don't know".

Left, the damage: pick noise, rotation, stroke thickness or shift, and the panel measures the
test accuracy at every level of it (a background job with a progress bar), drawn as a curve with
one damaged example per level beneath. By default it uses a fixed random sample of 2,000 test
images, the same for every level and every kind, which keeps a curve to about a second; the
whole test set can be chosen instead. Right, "don't know": the network answers only when its
largest output reaches a threshold; the curves give, for every threshold, the share of clean
test images it answers and its accuracy on those, and the slider reads both off in numbers.
The math is `nnviz.core.lessons.robustness`; this file only asks for it and draws it.
"""

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSlider,
                               QVBoxLayout, QWidget)

from nnviz.core.lessons.damage import KINDS, damage
from nnviz.core.lessons.robustness import abstention_curve, accuracy_curve, answered_at
from nnviz.gui import theme
from nnviz.gui.i18n import Translated, fmt
from nnviz.gui.panels import Panel
from nnviz.gui.views.job_bar import JobBar
from nnviz.gui.views.robustness_plots import AbstentionPlot, DamagePlot
from nnviz.gui.widgets.reflow import reflow

NAMES = {"noise": QT_TRANSLATE_NOOP("RobustnessPanel", "Noise"),
         "rotation": QT_TRANSLATE_NOOP("RobustnessPanel", "Rotation"),
         "thickness": QT_TRANSLATE_NOOP("RobustnessPanel", "Stroke thickness"),
         "shift": QT_TRANSLATE_NOOP("RobustnessPanel", "Shift")}
# The core's axis labels (damage.KINDS), listed here so that lupdate offers them to translators.
AXIS_LABELS = (QT_TRANSLATE_NOOP("RobustnessPanel", "Gaussian noise σ"),
               QT_TRANSLATE_NOOP("RobustnessPanel", "rotation (± degrees)"),
               QT_TRANSLATE_NOOP("RobustnessPanel",
                                 "stroke thickness (− erode, + dilate, passes)"),
               QT_TRANSLATE_NOOP("RobustnessPanel", "shift (pixels)"))
SAMPLE = 2000
THRESHOLDS = np.linspace(0.0, 1.0, 101)
PLOT_MIN = (200, 160)   # px: narrower, the axes and legend crowd out the curve; they stack


class RobustnessPanel(Panel):
    key = "robustness"
    title = Translated(QT_TRANSLATE_NOOP("RobustnessPanel", "Robustness"))
    area = "bottom"
    order = 40

    def __init__(self, parent=None):
        super().__init__(parent)
        self.results = {}           # kind → (levels, accuracies, model token, images used)
        self.outputs = None         # (token, outputs, labels) of the clean sample
        self.kind = QComboBox()
        for key, name in NAMES.items():
            self.kind.addItem(self.tr(name), key)
        self.kind.setToolTip(self.tr("What to do to the test images: add noise, turn them, "
                                     "thin or thicken the strokes, or move them."))
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.images = QComboBox()
        self.images.addItem(fmt(self.tr("{n:,} test images"), n=SAMPLE), SAMPLE)
        self.images.addItem(self.tr("all test images"), None)
        self.images.setToolTip(fmt(self.tr(
            "A fixed random sample of {n:,} test images measures a curve in about a second; "
            "the whole test set is exact but slower."), n=SAMPLE))
        self.images.currentIndexChanged.connect(self._on_images_changed)
        self.run = QPushButton(self.tr("Measure"))
        self.run.setToolTip(self.tr("Measure the accuracy at every level of this damage "
                                    "(Ctrl+M)"))
        self.run.setShortcut("Ctrl+M")
        self.run.clicked.connect(self.measure)
        self.job_bar = JobBar()
        self.job_bar.failed.connect(self.status_message)
        self.note = QLabel(wordWrap=True)
        theme.tint(self.note, "dim")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)   # narrow: label above
        form.addRow(self.tr("Damage"), self.kind)
        form.addRow(self.tr("On"), self.images)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.run)
        left.addWidget(self.job_bar)
        left.addWidget(self.note, 1)
        side = QWidget()
        side.setLayout(left)
        side.setMaximumWidth(230)
        self.damage_plot = DamagePlot()
        self.abstention = AbstentionPlot()
        self.abstention.setMinimumSize(*PLOT_MIN)
        self.damage_plot.setMinimumSize(PLOT_MIN[0], PLOT_MIN[1]   # and its strip of images
                                        + self.damage_plot.strip.minimumHeight())
        self.slider = QSlider(Qt.Orientation.Horizontal, minimum=0, maximum=100, value=50)
        self.slider.setToolTip(self.tr("Confidence threshold: below it the network says “don't "
                                       "know”."))
        self.slider.valueChanged.connect(self._show_threshold)
        self.numbers = QLabel(wordWrap=True)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.abstention, 1)
        right.addWidget(self.slider)
        right.addWidget(self.numbers)
        self.setMinimumHeight(210)   # below this the plots' axes eat the curves
        plots = QHBoxLayout()
        plots.addWidget(self.damage_plot, 1)
        plots.addLayout(right, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(side)
        row.addLayout(plots, 2)
        # A narrow dock: the controls above the plots, and the plots one above the other
        # when even they would not fit side by side.
        reflow(self, row, plots)
        # While training, the model changes ~30×/s: the "don't know" curves follow once a second,
        # and the damage curve is measured again once training pauses.
        self.timer = QTimer(self, singleShot=True, interval=1000, timeout=self._on_model_settled)

    # ---- what to measure on ----------------------------------------------------------------
    def _token(self):
        return (id(self.context.model), self.context.step)

    def _sample(self):
        data = self.context.data
        return data.sample(self.images.currentData(), 0, "test")

    def _ready(self):
        model, data = self.context.model, self.context.data
        return model is not None and data is not None and model.sizes[0] == data.n_inputs \
            and model.sizes[-1] == data.n_classes

    # ---- behaviour ------------------------------------------------------------------------
    def refresh(self, reason):
        if reason == "input":
            return
        if not self._ready():
            self.note.setText(self.tr("Load a dataset and a matching network to measure "
                                      "robustness."))
            return
        if reason == "model":
            if not self.timer.isActive():
                self.timer.start()
            self._show_result()
            return
        if reason in ("data", "architecture"):
            self.results.clear()
        self._update_abstention()
        # Shown again, or a new model or data: a curve for an older model is measured afresh.
        if (self.current() is None or self.current()[2] != self._token()) \
                and not self.job_bar.busy():
            self.measure()
        self._show_result()

    def _on_model_settled(self):
        self._update_abstention()
        stale = self.current() is not None and self.current()[2] != self._token()
        if stale and not self.context.training and self.isVisible() and not self.job_bar.busy():
            self.measure()

    def current(self):
        return self.results.get(self.kind.currentData())

    def measure(self):
        if not self._ready():
            return
        kind, net, token = self.kind.currentData(), self.context.model.copy(), self._token()
        x, labels = self._sample()

        def work(progress, cancelled):
            result = accuracy_curve(net, x, labels, kind, progress=progress, cancelled=cancelled)
            return (kind, *result, token, len(x))

        self.job_bar.start(work, self._on_measured,
                           fmt(self.tr("Damaging {n:,} images…"), n=len(x)))
        self._show_examples(kind)

    def _on_measured(self, result):
        if result is None:
            return
        kind, levels, accuracy, token, n = result
        self.results[kind] = (levels, accuracy, token, n)
        if kind == self.kind.currentData():
            self._show_result()

    def _on_kind_changed(self):
        if self.context.data is None:
            return
        self._show_examples(self.kind.currentData())
        if self.current() is None or self.current()[2] != self._token():
            self.measure()
        else:
            self._show_result()

    def _on_images_changed(self):
        self.results.clear()
        self.outputs = None
        if self._ready() and self.isVisible():
            self._update_abstention()
            self.measure()

    def _show_examples(self, kind):
        x = self._sample()[0][:1]
        rng = np.random.default_rng(1)
        self.damage_plot.set_examples([damage(x, kind, level, rng)[0]
                                       for level in KINDS[kind][1]])

    def _show_result(self):
        kind = self.kind.currentData()
        result = self.results.get(kind)
        if result is None:
            self.damage_plot.clear()
            self.note.setText(self.tr("Press Measure to damage the test images at every "
                                      "level."))
            return
        levels, accuracy, token, n = result
        self.damage_plot.set_curve(levels, accuracy, self.tr(KINDS[kind][0]),
                                   self.context.data.n_classes)
        zero = list(levels).index(0.0)
        clean = accuracy[zero]
        worst = min((i for i in range(len(levels)) if i != zero), key=lambda i: accuracy[i])
        stale = "" if token == self._token() else \
            " " + self.tr("The network has changed since: press Measure to update.")
        self.note.setText(fmt(self.tr(
            "{damage} on {n:,} test images: {clean:.1%} undamaged, {worst:.1%} at "
            "{level:g}."), damage=self.tr(NAMES[kind]), n=n, clean=clean,
                                 worst=accuracy[worst], level=levels[worst]) + stale)

    # ---- "don't know" ---------------------------------------------------------------------
    def _update_abstention(self):
        if not self._ready() or not self.isVisible():
            return
        x, labels = self._sample()
        outputs = self.context.model.feedforward(x)
        self.outputs = (outputs, labels)
        self.abstention.set_curves(THRESHOLDS, *abstention_curve(outputs, labels, THRESHOLDS))
        self._show_threshold(self.slider.value())

    def _show_threshold(self, value):
        t = value / 100.0
        self.abstention.set_threshold(t)
        if self.outputs is None:
            return
        outputs, labels = self.outputs
        coverage, accuracy, answered = answered_at(outputs, labels, t)
        plain = answered_at(outputs, labels, 0.0)[1]
        right = "—" if answered == 0 else f"{accuracy:.1%}"
        self.numbers.setText(fmt(self.tr(
            "Threshold {t:.2f}: answers {answered:,} of {n:,} ({coverage:.1%}), {right} of "
            "them right; “don't know” for {unanswered:,}. Answering all: {plain:.1%} "
            "right."), t=t, answered=answered, n=len(labels), coverage=coverage,
                             right=right, unanswered=len(labels) - answered, plain=plain))

    def busy(self):
        """Whether a background computation is running (screenshots wait for it)."""
        return self.job_bar.busy()

    def hideEvent(self, event):
        self.job_bar.cancel()
        self.timer.stop()
        super().hideEvent(event)
