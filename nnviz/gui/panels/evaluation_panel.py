"""Evaluation: test accuracy, the confusion matrix, confident mistakes, what neurons respond to.

The lessons end with "it gets 96 % right — but what does it get wrong, and what did the hidden
neurons actually learn?". This panel answers on the network as it is right now: the test set is
evaluated in a background job (again at most once a second while training), the confusion matrix
can be clicked to list the images in a cell, the most confidently wrong test images are shown
with their outputs, each hidden neuron's favourite test images can be browsed, and a saved model
can be compared side by side (`evaluation_compare.py`). Clicking any image shows it in the
diagram. The numbers come from `nnviz.core.lessons.evaluation`; this file only draws and wires them.
"""

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QSpinBox, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)

from nnviz.core.lessons.evaluation import evaluate, hidden_activations, top_activating
from nnviz.gui import class_names
from nnviz.gui.i18n import Translated, fmt
from nnviz.gui.panels import Panel
from nnviz.gui.panels.evaluation_compare import CompareTab
from nnviz.gui.views.confusion_view import ConfusionView
from nnviz.gui.views.image_gallery import ImageGallery
from nnviz.gui.views.job_bar import JobBar
from nnviz.gui.plain import escape
from nnviz.gui.widgets.reflow import reflow

N_SHOWN = 40          # images per gallery
TRAINING_PAUSE = 1000  # ms between re-evaluations while training
GALLERY_MIN = 200     # px: two columns of images; narrower, the gallery goes under the matrix


class EvaluationPanel(Panel):
    key = "evaluation"
    title = Translated(QT_TRANSLATE_NOOP("EvaluationPanel", "Evaluation"))
    area = "right"
    order = 60

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result = None        # core.evaluation.Evaluation of the current model
        self.acts = []            # hidden-layer activations on the test set, per hidden layer
        self.shown = np.empty(0, np.int64)   # test indices in the gallery last clicked from
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.jobs = JobBar()
        self.jobs.failed.connect(lambda m: self.summary.setText(m))
        self.timer = QTimer(self, singleShot=True, timeout=self.evaluate_now)
        self.tabs = QTabWidget()
        self.matrix = ConfusionView()
        self._say_rows(class_names.DIGITS)
        self.matrix.cell_clicked.connect(self.show_cell)
        self.cell_gallery = ImageGallery(self.tr("Click a cell of the matrix to see its test "
                                                 "images."))
        self.cell_gallery.setMinimumWidth(GALLERY_MIN)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.matrix)
        split.addWidget(self.cell_gallery)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.tabs.addTab(split, self.tr("Confusion"))
        self.wrong_gallery = ImageGallery(self.tr("No mistakes on the test set."))
        self.tabs.addTab(self.wrong_gallery, self.tr("Confident mistakes"))
        self.tabs.addTab(self._neuron_tab(), self.tr("Hidden neurons"))
        self.compare_tab = CompareTab()
        comparing = self.tr("Comparing")
        self.compare_tab.compare_requested.connect(
            lambda fn: self.jobs.start(fn, self._on_compared, comparing))
        self.tabs.addTab(self.compare_tab, self.tr("Compare"))
        for gallery in (self.cell_gallery, self.wrong_gallery, self.neuron_gallery):
            gallery.image_clicked.connect(lambda row, g=gallery: self.choose_image(g, row))
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(self.jobs)
        column.addWidget(self.tabs, 1)
        # a narrow dock: the gallery under the matrix, the compared matrices one above the other
        reflow(self, split, self.compare_tab.row)
        self.show_empty()

    def _neuron_tab(self):
        tab = QWidget()
        self.layer_box = QComboBox()
        self.layer_box.setToolTip(self.tr("Which hidden layer"))
        self.neuron_box = QSpinBox()
        self.neuron_box.setToolTip(self.tr("Which neuron of that layer (numbered from 0, top to "
                                           "bottom in the diagram)"))
        self.layer_box.currentIndexChanged.connect(self._on_layer_changed)
        self.neuron_box.valueChanged.connect(self.show_neuron)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Layer")))
        row.addWidget(self.layer_box)
        row.addWidget(QLabel(self.tr("neuron")))
        row.addWidget(self.neuron_box)
        row.addStretch(1)
        self.neuron_gallery = ImageGallery(self.tr("The test images that activate this neuron "
                                                   "most appear here."))
        column = QVBoxLayout(tab)
        column.addLayout(row)
        column.addWidget(self.neuron_gallery, 1)
        return tab

    # ---- context ---------------------------------------------------------------------------
    def refresh(self, reason):
        ctx = self.context
        if ctx.model is None or ctx.data is None:
            self.show_empty()
            return
        if ctx.model.sizes[0] != ctx.data.n_inputs:
            self.show_empty(fmt(self.tr("The network takes {inputs} inputs but the {name} "
                                        "images have {pixels} pixels."),
                                inputs=ctx.model.sizes[0], name=ctx.data.name,
                                pixels=ctx.data.n_inputs))
            return
        if not self.timer.isActive():
            self.timer.start(TRAINING_PAUSE if ctx.training and self.result is not None else 0)

    def show_empty(self, text=None):
        self.result = None
        self.summary.setText(text or self.tr(
            "Evaluation needs a dataset: load MNIST (or the synthetic digits) from the Training "
            "panel, and the test set is scored here."))
        self.tabs.setEnabled(False)

    def evaluate_now(self):
        ctx = self.context
        if ctx.model is None or ctx.data is None or not self.isVisible():
            return
        if self.jobs.busy():                 # one at a time; try again shortly
            self.timer.start(200)
            return
        net, x, labels = ctx.model.copy(), ctx.data.test_images, ctx.data.test_labels
        scoring = self.tr("Scoring the test set")

        def work(progress, cancelled):
            progress(0, 0, scoring)
            ev = evaluate(net, x, labels)
            return ev, [hidden_activations(net, x, l) for l in range(1, net.n_layers - 1)], \
                ctx.step, net, ctx.data
        self.jobs.start(work, self._on_evaluated, scoring)

    def _on_evaluated(self, answer):
        if answer[4] is not self.context.data:   # the data changed while scoring: score again
            self.timer.start(0)
            return
        self.result, self.acts, step, net, _ = answer
        ev, classes = self.result, class_names.shown_all(self.context.classes)
        self.tabs.setEnabled(True)
        per_class = "  ".join(f"{escape(classes[k] if k < len(classes) else k)}: {100 * a:.0f} %"
                              for k, a in enumerate(ev.per_class_accuracy) if np.isfinite(a))
        right, n = int(np.trace(ev.confusion)), len(ev.labels)
        headline = (self.tr("<b>Test accuracy {accuracy:.2f} %</b> ({right:,} of {n:,} right, "
                            "after {step:,} mini-batches)") if step else
                    self.tr("<b>Test accuracy {accuracy:.2f} %</b> ({right:,} of {n:,} right)"))
        self.summary.setText(fmt(headline, accuracy=100 * ev.accuracy, right=right, n=n,
                                 step=step) + f"<br><small>{per_class}</small>")
        self.matrix.set_matrix(ev.confusion, classes)
        self._say_rows(class_names.kind(self.context.classes))
        if self.matrix.selected is not None:
            self.show_cell(*self.matrix.selected)
        wrong = ev.confidently_wrong(N_SHOWN)
        self._fill(self.wrong_gallery, wrong, lambda i: f"{self._name(ev.labels[i])}→"
                   f"{self._name(ev.predicted[i])} {ev.outputs[i, ev.predicted[i]]:.2f}")
        layers = [fmt(self.tr("{layer} ({n} neurons)"), layer=l, n=a.shape[1])
                  for l, a in enumerate(self.acts, start=1)]
        if [self.layer_box.itemText(i) for i in range(self.layer_box.count())] != layers:
            self.layer_box.blockSignals(True)
            self.layer_box.clear()
            self.layer_box.addItems(layers)
            self.layer_box.blockSignals(False)
            self._on_layer_changed()
        else:
            self.show_neuron()
        self.compare_tab.request(net, self.context.data)   # keep the comparison current

    def _on_compared(self, result):
        self.compare_tab.show_result(result, class_names.shown_all(self.context.classes))

    def _say_rows(self, kind):
        self.matrix.setToolTip(
            self.tr("Rows: the true digit. Columns: the network's answer. Click a cell to see "
                    "its images.") if kind == class_names.DIGITS else
            self.tr("Rows: the true class. Columns: the network's answer. Click a cell to see "
                    "its images."))

    # ---- galleries ---------------------------------------------------------------------------
    def _name(self, k):
        classes = self.context.classes
        return class_names.shown(classes[k]) if k < len(classes) else str(k)

    def _fill(self, gallery, idx, caption):
        ev = self.result
        gallery.indices = np.asarray(idx)
        images = self.context.data.test_images[gallery.indices]
        tip = self.tr("test image {i:,}: true {true}, answered {answer}\noutputs: {outputs}")
        tips = [fmt(tip, i=i, true=self._name(ev.labels[i]), answer=self._name(ev.predicted[i]),
                    outputs=" ".join(f"{o:.2f}" for o in ev.outputs[i]))
                for i in gallery.indices]
        gallery.set_images(images, [caption(i) for i in gallery.indices], tips)

    def show_cell(self, true, predicted):
        if self.result is None:
            return
        idx = self.result.cell(true, predicted)
        self.matrix.select((true, predicted))
        self._fill(self.cell_gallery, idx[:N_SHOWN * 5],
                   lambda i: f"#{i} {self.result.outputs[i, predicted]:.2f}")
        self.cell_gallery.set_empty_text(fmt(self.tr(
            "No test image of {true} was answered {predicted}."),
                true=self._name(true), predicted=self._name(predicted)))

    def _on_layer_changed(self):
        layer = self.layer_box.currentIndex()
        if 0 <= layer < len(self.acts):
            self.neuron_box.setRange(0, self.acts[layer].shape[1] - 1)
        self.show_neuron()

    def show_neuron(self):
        layer = self.layer_box.currentIndex()
        if self.result is None or not 0 <= layer < len(self.acts):
            return
        a = self.acts[layer]
        neuron = self.neuron_box.value()
        self._fill(self.neuron_gallery, top_activating(a, neuron, N_SHOWN),
                   lambda i: f"a = {a[i, neuron]:.2f}")

    def choose_image(self, gallery, row):
        i = int(gallery.indices[row])
        data = self.context.data
        label = int(data.test_labels[i])
        self.input_chosen.emit(data.test_images[i].copy(), label,
                               fmt(self.tr("test image {i:,} (answered {answer})"),
                                   i=i, answer=self._name(self.result.predicted[i]))
                               if self.result is not None else
                               fmt(self.tr("test image {i:,}"), i=i))

    def busy(self):
        return self.jobs.busy() or self.timer.isActive()

    def showEvent(self, event):
        super().showEvent(event)
        if self.result is None and self.context.model is not None:
            self.refresh("shown")

    def hideEvent(self, event):
        if self.jobs.busy() or self.timer.isActive():
            self._stale = True       # finish the work when shown again
        self.jobs.cancel()
        self.timer.stop()
        super().hideEvent(event)
