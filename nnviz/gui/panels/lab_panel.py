"""The lab: operate on a trained network and see at once what each cut does to its accuracy.

A learner picks a neuron (here or by clicking it in the diagram), shifts its bias, scales its
weights or switches it off, and turns three whole-network knobs: output temperature, noise on
every weight, pruning of the smallest weights. The edits are a plain `surgery.Edits` value
applied to a copy of the window's model, so the current network is never touched and Reset is
just "no edits". Accuracy on a fixed sample of 1,000 test images is recomputed on every move
(about 1 ms for 784-16-16-10); the full test set follows in a background job. "Use this network"
hands the edited copy to the window, which makes it current (File ▸ Save model then saves it).
"""

import time
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import (QBoxLayout, QFileDialog, QGroupBox, QLabel, QListWidget,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from nnviz.core.lessons import surgery
from nnviz.core.errors import NnvizError
from nnviz.core.files.model_io import save_model
from nnviz.core.lessons.surgery import Edits
from nnviz.gui import alerts, class_names
from nnviz.gui.i18n import Translated, fmt, text_of
from nnviz.gui.panels import Panel
from nnviz.gui.panels.lab_full import FullAccuracy
from nnviz.gui.panels.lab_knobs import GlobalKnobs
from nnviz.gui.panels.lab_neuron import NeuronInspector
from nnviz.gui.plain import escape
from nnviz.gui.widgets.flow import FlowLayout
from nnviz.gui.widgets.reflow import reflow

MODEL_REFRESH_SECONDS = 0.2   # while training, redo the lab's numbers at most 5× a second
WIDE = 720                    # px: from this width the two halves sit side by side


class LabPanel(Panel):
    key = "lab"
    title = Translated(QT_TRANSLATE_NOOP("LabPanel", "Lab"))
    area = "right"
    order = 40

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edits = Edits()
        self.edited = None               # the model with the edits applied
        self.quick = None                # (accuracy before, after) on the sample
        self.quick_cost = None           # (cost C before, after) on the sample
        self.full = None                 # (accuracy before, after) on the whole test set
        self._sample = self._sample_for = None
        self._last = 0.0
        self.inspector = NeuronInspector()
        self.knobs = GlobalKnobs()
        self.answer = QLabel(wordWrap=True)
        self.quick_label = QLabel(wordWrap=True, toolTip=self.tr(
            "Share of a fixed random sample of 1,000 test images that the network gets right, "
            "and its cost C on them, before → after your edits. Updates as you move a slider."))
        self.full_label = QLabel(wordWrap=True, toolTip=self.tr(
            "The same on every test image, computed in the background a moment later."))
        self.edit_list = QListWidget(toolTip=self.tr("Every edit now applied. Reset edits "
                                                     "removes them all."))
        self.edit_list.setMaximumHeight(90)
        self._build_layout()
        self.full_accuracy = FullAccuracy(self)
        self.full_accuracy.measured.connect(self._on_full_measured)
        self._model_timer = QTimer(self, singleShot=True, timeout=lambda: self.refresh("model"))
        self.inspector.chosen.connect(lambda *_: self._show_neuron())
        self.inspector.edited.connect(self._on_neuron_edited)
        self.knobs.changed.connect(self._on_knobs_changed)

    def _build_layout(self):
        results = QGroupBox(self.tr("Result"))
        column = QVBoxLayout(results)
        for widget in (self.answer, self.quick_label, self.full_label):
            column.addWidget(widget)
        side = QWidget()
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.addWidget(self.knobs)
        edits = QGroupBox(self.tr("Edits"))
        edits_column = QVBoxLayout(edits)
        edits_column.addWidget(self.edit_list)
        buttons = FlowLayout()    # wraps when the dock is narrow
        for text, slot, tip in (
                (self.tr("Reset edits"), self.reset_edits, self.tr(
                    "Undo every edit: back to the network the window is showing.")),
                (self.tr("Use this network"), self.use_network, self.tr(
                    "Make the edited network the window's current network (the diagram, the "
                    "pad and File ▸ Save model then use it).")),
                (self.tr("Save edited…"), self.save_dialog, self.tr(
                    "Save the edited network as a model file, without changing the window's "
                    "network."))):
            button = QPushButton(text, toolTip=tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        edits_column.addLayout(buttons)
        side_column.addWidget(edits)
        side_column.addStretch(1)
        inner = QWidget()
        # Side by side when the dock is wide, stacked when it is narrow (see resizeEvent).
        self._columns = QBoxLayout(QBoxLayout.Direction.TopToBottom, inner)
        self._columns.setContentsMargins(0, 0, 0, 0)
        self._columns.addWidget(self.inspector, 1)
        self._columns.addWidget(side, 1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(inner)
        reflow(inner, self.inspector.picture_row)   # the numbers under the picture if narrow
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(results)          # stays in view while the knobs below scroll
        outer.addWidget(scroll, 1)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        wide = event.size().width() >= WIDE
        self._columns.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                   else QBoxLayout.Direction.TopToBottom)

    # ---- from the window -------------------------------------------------------------------
    def on_neuron_clicked(self, layer, index):
        """The diagram's neuron_clicked(layer, index): inspect that neuron."""
        self.inspector.select(layer, index)

    def refresh(self, reason):
        model = self.context.model
        if model is None:
            self.answer.setText(self.tr("No network yet: train one or load a model."))
            return
        if reason == "input" and self.edited is not None:   # same networks, another input
            self._show_neuron()
            self._show_answer()
            return
        if reason == "model":        # up to 30×/s while training: keep the GUI thread free
            wait = MODEL_REFRESH_SECONDS - (time.monotonic() - self._last)
            if wait > 0:
                if not self._model_timer.isActive():
                    self._model_timer.start(int(wait * 1000) + 1)
                return
        self._last = time.monotonic()
        self.inspector.set_architecture(model.sizes)
        try:
            self.edited = surgery.apply(model, self.edits)
        except NnvizError:           # a new architecture: the old edits name other neurons
            self.reset_edits()
            self.status_message.emit(self.tr("The network changed, so the lab's edits were "
                                             "dropped."))
            return
        self._update_numbers()

    # ---- edits -----------------------------------------------------------------------------
    def _on_neuron_edited(self, layer, index, values):
        self._set_edits(self.edits.with_neuron(layer, index, **values))

    def _on_knobs_changed(self):
        self._set_edits(replace(self.edits, **self.knobs.values()))

    def _set_edits(self, edits):
        self.edits = edits
        if self.context.model is not None:
            self.edited = surgery.apply(self.context.model, edits)
            self._update_numbers()

    def reset_edits(self):
        self.knobs.reset()
        self._set_edits(Edits())
        self._show_neuron()

    def use_network(self):
        if self.edited is None:
            return
        net = self.edited
        self.reset_edits()           # the edits are now part of the network itself
        self.model_edited.emit(net)
        self.status_message.emit(self.tr("The edited network is now the current one; File ▸ "
                                         "Save model saves it."))

    def save_dialog(self):
        if self.edited is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save edited network"),
                                              "edited.npz", self.tr("nnviz model (*.npz)"))
        if path:
            self.save_edited(path if path.endswith(".npz") else path + ".npz")

    def save_edited(self, path):
        try:
            save_model(path, self.edited, self.context.classes)
        except (NnvizError, OSError) as e:
            alerts.warn(self, self.tr("Could not save"), f"{path}: {text_of(e)}")
            return False
        self.status_message.emit(fmt(self.tr("Saved the edited network to {path}"), path=path))
        return True

    # ---- numbers ---------------------------------------------------------------------------
    def _update_numbers(self):
        self.edit_list.clear()
        self.edit_list.addItems([text_of(line) for line in self.edits.describe()] or
                                [self.tr("no edits: the original network")])
        self._show_neuron()
        self._show_answer()
        data, model = self.context.data, self.context.model
        if data is None or data.n_inputs != model.sizes[0]:
            self.quick = None
            self.quick_label.setText(self.tr("Load a dataset to measure accuracy."))
            return
        if self._sample_for is not data:
            self._sample = data.sample(1000, 0, "test")
            self._sample_for = data
        x, labels = self._sample
        (c0, a0), (c1, a1) = model.evaluate(x, labels), self.edited.evaluate(x, labels)
        self.quick, self.quick_cost = (a0, a1), (c0, c1)
        self.quick_label.setText(fmt(self.tr(
            "Accuracy on {n:,} test images: {a0} → <b>{a1}</b> · cost C {c0:.3f} → "
            "<b>{c1:.3f}</b>"), n=len(labels), a0=_pct(a0), a1=_pct(a1), c0=c0, c1=c1))
        self.full_label.setText(self.tr("All test images: measuring…"))
        self.full_accuracy.request(model, self.edited, data.test_images, data.test_labels)

    def _show_neuron(self):
        model, example = self.context.model, self.context.example
        if model is None or self.edited is None:
            return
        layer, index = self.inspector.current()
        self.inspector.show_edit(self.edits.neuron(layer, index))
        self.inspector.show_weights(self.edited.w[layer - 1][index], model.w[layer - 1][index])
        name = model.output if layer == len(model.sizes) - 1 else model.activation
        if example is None or example[0].size != model.sizes[0]:
            self.inspector.show_numbers(None, None, name)
            return
        x = example[0][None, :]
        numbers = []
        for net, (zs, acts) in ((model, model.forward(x)),
                                (self.edited, surgery.lab_forward(model, self.edits, x))):
            numbers.append({"z": float(zs[layer - 1][0, index]),
                            "a": float(acts[layer][0, index]), "b": float(net.b[layer - 1][index])})
        self.inspector.show_numbers(numbers[0], numbers[1], name)

    def _show_answer(self):
        model, example = self.context.model, self.context.example
        classes = class_names.shown_all(self.context.classes)
        if example is None or example[0].size != model.sizes[0]:
            self.answer.setText(self.tr("Show an input in the diagram to see the network's "
                                        "answer."))
            return
        x, label, caption = example
        says = []
        for net in (model, self.edited):
            a = net.feedforward(x[None, :])[0]
            k = int(a.argmax())
            says.append(f"{escape(classes[k] if k < len(classes) else k)} ({a[k]:.2f})")
        known = label is not None and label < len(classes)
        if known:
            text = self.tr("For the {caption}, true label {label}: the original network says "
                           "{before}, the edited one says <b>{after}</b>.")
        else:
            text = self.tr("For the {caption}: the original network says {before}, the edited "
                           "one says <b>{after}</b>.")
        self.answer.setText(fmt(text, caption=escape(caption),
                                label=escape(classes[label]) if known else "",
                                before=says[0], after=says[1]))

    def _on_full_measured(self, before, after):
        self.full = (before, after)
        self.full_label.setText(fmt(self.tr("All {n:,} test images: {before} → <b>{after}</b>"),
                                    n=len(self.context.data.test_images),
                                    before=_pct(before), after=_pct(after)))

    def hideEvent(self, event):
        # When the window closes no job may outlive it; a tab switch just lets it finish.
        self.full_accuracy.pause()
        if not self.window().isVisible():
            self.full_accuracy.wait()
        super().hideEvent(event)

    def showEvent(self, event):
        super().showEvent(event)
        self.full_accuracy.resume()


def _pct(v):
    return fmt("{p:.1f} %", p=100 * v)
