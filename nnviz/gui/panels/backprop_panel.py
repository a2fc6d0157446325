"""Backpropagation, one example at a time: "what does this 2 want?" on the live network.

For the input the diagram shows (a training example or the drawing) and a desired digit, the panel
draws what the lesson narrates: each output neuron's nudge (y − a), the three levers of one chosen
output neuron (its bias, its weights ∝ the previous activations, the previous activations ∝ its
weights), and the wishes of all outputs summed for the last hidden layer and one layer further
back. Every number comes from `nnviz.core.lessons.explain`, i.e. from `Network.backprop` on this one row.
"Step" applies exactly this example's gradient step to a copy of the model and makes it current
(which stops a training run). The pictures live in `views/signed_bars.py` and `views/neuron_fan.py`.
A second page (`backprop_batch.py`) shows the lesson's next move: several examples of a mini-batch,
each one's wishes, and their average, which is the step; after Step mini-batch (F10) it shows the
mini-batch the trainer used and its cost before and after. "Next example" is the only thing that
changes the example while training is paused: the diagram holds what is being explained.
"""

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QButtonGroup, QDoubleSpinBox, QFrame, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QScrollArea, QSplitter, QStackedWidget,
                               QTableWidget,
                               QTableWidgetItem, QTabWidget, QToolButton, QVBoxLayout, QWidget)

from nnviz.core.lessons.explain import default_target, explain, levers, one_example_step
from nnviz.gui import class_names, numbers
from nnviz.gui.captions import input_caption
from nnviz.gui.i18n import Translated, fmt
from nnviz.gui.panels import Panel
from nnviz.gui.panels.backprop_batch import BatchPage
from nnviz.gui.views.neuron_fan import NeuronFan
from nnviz.gui.views.signed_bars import SignedBars
from nnviz.gui.plain import escape
from nnviz.gui.widgets.reflow import reflow

MIN_HEIGHT = 600   # below this the panel scrolls rather than squash the pictures
CHECKED = ("QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); "
           "font-weight: bold; }")
COLUMNS = ("k", "a_k", "∂a_j/∂w_jk", "−∂C/∂w_jk", "w_jk", "∂a_j/∂a_k", "all outputs' wish")


class BackpropPanel(Panel):
    key = "backprop"
    title = Translated(QT_TRANSLATE_NOOP("BackpropPanel", "Backprop: one example"))
    area = "right"
    order = 10

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ex = None             # the current core.explain.Explanation
        self.target = None         # the desired digit; None until an input arrives
        self.j = None              # the output neuron whose levers are shown
        self._x = None             # the input the explanation is for
        self.last_step = None      # core.explain.StepResult of the latest Step, for its label
        self._rng = np.random.default_rng(0)
        self._build()

    def _build(self):
        self.caption = QLabel()
        self.hold = QPushButton(self.tr("Hold"))
        self.hold.setToolTip(self.tr("Keep this example in the diagram instead of cycling through "
                                     "training examples (F4 follows them again)."))
        self.hold.clicked.connect(self._hold)
        self.next = QPushButton(self.tr("Next example"))
        self.next.setToolTip(self.tr("Explain another training example (the diagram keeps "
                                     "the one being explained until you ask)."))
        self.next.clicked.connect(self.next_example)
        self.wanted = QButtonGroup(self)
        self.wanted.setExclusive(True)
        self.wanted.idClicked.connect(self._on_target_clicked)
        self.wanted_row = QHBoxLayout()
        self.wanted_row.setSpacing(2)
        self.setStyleSheet(CHECKED)
        self.lr = QDoubleSpinBox(decimals=3, minimum=0.001, maximum=100.0, value=3.0,
                                 singleStep=0.5, prefix=self.tr("η = "))
        self.lr.setToolTip(self.tr("The learning rate of the one-example step: w ← w − η ∂C/∂w."))
        self.step = QPushButton(self.tr("Step"))
        self.step.setShortcut(QKeySequence("Ctrl+B"))
        self.step.setToolTip(self.tr("Apply exactly this example's gradient step (Ctrl+B) to a copy of the "
                                     "network and make it the current one.\nA training run in progress is "
                                     "stopped: the stepped network replaces the one being trained."))
        self.step.clicked.connect(self.apply_step)
        self.step_result = QLabel()
        self.step_result.hide()
        self.nudges = SignedBars()
        self._say_nudges(class_names.DIGITS)
        self.nudges.bar_clicked.connect(self.choose_neuron)
        self.fan = NeuronFan()
        self.wish_last = SignedBars()
        self.wish_back = SignedBars()
        self.summary = QLabel(wordWrap=True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setToolTip(self.tr("The chosen output neuron's inputs, most useful weight lever "
                                      "first. −∂C/∂w_jk is backprop's gradient for this one example."))
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)

        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.next)
        top.addWidget(self.hold)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("wanted:")))
        second.addLayout(self.wanted_row)
        second.addStretch(1)
        second.addWidget(self.lr)
        second.addWidget(self.step)
        out_row = QSplitter(Qt.Orientation.Horizontal)
        out_row.addWidget(self.nudges)
        out_row.addWidget(self.fan)
        out_row.setSizes([600, 380])
        back_row = QSplitter(Qt.Orientation.Horizontal)
        back_row.addWidget(self.wish_last)
        back_row.addWidget(self.wish_back)
        lower = QWidget()
        col = QVBoxLayout(lower)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.summary)
        col.addWidget(self.step_result)
        col.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        for widget, stretch in ((out_row, 5), (back_row, 3), (lower, 3)):
            split.addWidget(widget)
            split.setStretchFactor(split.count() - 1, stretch)
        split.setSizes([500, 300, 400])
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(split, 1)
        body.setMinimumHeight(MIN_HEIGHT)
        reflow(body, top, second, out_row, back_row)   # stacked in a narrow dock, not clipped
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.batch_page = BatchPage()
        self.batch_page.pick_requested.connect(self.pick_batch)
        batch_scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        batch_scroll.setWidget(self.batch_page)
        self.pages = QTabWidget()
        self.pages.addTab(scroll, self.tr("One example"))
        self.pages.addTab(batch_scroll, self.tr("Mini-batch: the average"))
        self.pages.currentChanged.connect(lambda _: self._refresh_batch())
        self.stack = QStackedWidget()
        self.stack.addWidget(self.pages)
        self.stack.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    # -- what the panel shows -----------------------------------------------------------------
    def refresh(self, reason):
        net, example = self.context.model, self.context.example
        why = (self.tr("No network yet.") if net is None else
               self.tr("No input in the diagram yet.") if example is None else
               self.tr("The network does not take this input.") if example[0].size
               != net.sizes[0] else "")
        self.stack.setCurrentWidget(self.message if why else self.stack.widget(0))
        if why:
            self.message.setText(why)
            self.ex = None
            return
        x, label, caption = example
        if self._x is None or x is not self._x and not np.array_equal(x, self._x) \
                or self.target is None or self.target >= net.sizes[-1]:
            self._x = x
            self.target = default_target(net, x, label)
            self.j = self.target
            self.last_step = None
        self._ensure_buttons(net.sizes[-1])
        self.wanted.button(self.target).setChecked(True)
        names = self._names(net.sizes[-1])
        kind = class_names.kind(names)      # shown names: a translated one is not a digit either
        if label is not None:
            truth = self.tr("label {label}").format(
                label=names[label] if 0 <= label < len(names) else label)
        elif kind == class_names.DIGITS:
            truth = self.tr("no label: pick the digit it should be")
        else:
            truth = self.tr("no label: pick the class it should be")
        self._say_nudges(kind)
        self.caption.setText(f"<b>{escape(input_caption(caption))}</b> · {escape(truth)}")
        self.ex = explain(net, x, self.target)
        self._show(net)
        if reason == "architecture":
            self.batch_page.wishes = None
            self.batch_page.forget_step()
        self._refresh_batch()

    # -- the mini-batch page (backprop_batch.py) ----------------------------------------------
    def show_batch_page(self):
        self.pages.setCurrentIndex(1)

    def _refresh_batch(self):
        if self.pages.currentIndex() == 1:
            self.batch_page.follow(self.context.model, self.context.data)

    def pick_batch(self):
        """A random mini-batch of the training set, as the trainer would draw one."""
        return self.batch_page.pick_from(self.context.model, self.context.data)

    def show_trained_batch(self, before, after, rows):
        """After Step mini-batch: the rows of the training set it used, the networks around it."""
        data = self.context.data
        if data is not None and rows is not None and len(rows):
            self.batch_page.show_step(before, after, data.train_images[rows],
                                      data.train_labels[rows])
            self.show_batch_page()

    def next_example(self):
        data = self.context.data
        if data is None:
            return
        i = int(self._rng.integers(len(data.train_images)))
        self.input_chosen.emit(data.train_images[i], int(data.train_labels[i]),
                               self.tr("training example {i:,}").format(i=i))

    def _show(self, net):
        ex, names = self.ex, self._names(net.sizes[-1])
        quadratic = net.cost == "quadratic"
        self.nudges.title = self.tr("output nudges, {formula}").format(
            formula="y − a" if quadratic else "−∂C/∂a")
        self.nudges.set_bars(ex.nudges, names, fill=ex.a[-1], scale=1.0 if quadratic else None,
                             selected=self.j)
        lv = levers(net, ex, self.j)
        self.fan.show_levers(names[self.j], ex.a[-2], ex.a[-1][self.j], lv.da_db, lv.da_dw,
                             lv.da_dprev)
        L = net.n_layers - 1
        for bars, layer in ((self.wish_last, L - 1), (self.wish_back, L - 2)):
            bars.setVisible(layer >= 1)
            if layer >= 1:
                bars.title = (self.tr("wishes for hidden {layer}") if layer == L - 1 else
                              self.tr("one layer back: hidden {layer}")).format(layer=layer)
                bars.setToolTip((
                    self.tr("What all output neurons together want from hidden layer {layer}: "
                            "−∂C/∂a, each neuron's nudges times its weights, summed.")
                    if layer == L - 1 else
                    self.tr("What all output neurons together want from hidden layer {layer}: "
                            "−∂C/∂a, each neuron's nudges times its weights, summed, propagated "
                            "one layer further.")).format(layer=layer))
                bars.set_bars(ex.wishes(layer), [str(k) for k in range(net.sizes[layer])],
                              fill=ex.a[layer])
        self.summary.setText(fmt(
            self.tr("Output {name}: a = {a:.4f}, wants y = {y:.0f}, nudge {nudge:+.4f}. "
                    "∂a/∂b = {da_db:.4f}, so −∂C/∂b = {db:+.4f} (backprop). Cost of this "
                    "example C = {C:.4f}."),
            name=names[self.j], a=ex.a[-1][self.j], y=ex.y[self.j], nudge=ex.nudges[self.j],
            da_db=lv.da_db, db=-ex.nabla_b[-1][self.j], C=ex.C))
        self._fill_table(net, lv)
        self._show_step_result()

    def _fill_table(self, net, lv):
        order = np.argsort(-np.abs(lv.da_dw), kind="stable")
        rows = np.column_stack([order, self.ex.a[-2][order], lv.da_dw[order],
                                -self.ex.nabla_w[-1][self.j][order], net.w[-1][self.j][order],
                                lv.da_dprev[order], self.ex.wishes(net.n_layers - 2)[order]])
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                item = QTableWidgetItem(f"{int(v)}" if c == 0 else numbers.signed(v, 4))
                item.setData(Qt.ItemDataRole.UserRole, float(v))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)

    def _show_step_result(self):
        s = self.last_step
        self.step_result.setVisible(s is not None)
        self.step_result.setText("" if s is None else fmt(
            self.tr("Step applied: this example's cost {before:.4f} → {after:.4f} (first-order "
                    "estimate {estimate:.4f})."),
            before=s.C_before, after=s.C_after, estimate=s.C_before + s.predicted))

    # -- interaction --------------------------------------------------------------------------
    def choose_neuron(self, j):
        if self.ex is not None and 0 <= j < self.ex.y.size:
            self.j = int(j)
            self._show(self.context.model)

    def choose_target(self, target):
        """Make `target` the desired digit (and the neuron whose levers are shown)."""
        if self.ex is None or not 0 <= target < self.ex.y.size:
            return
        self.target = self.j = int(target)
        self.last_step = None
        self.refresh("target")

    def _on_target_clicked(self, target):
        self.choose_target(target)

    def apply_step(self):
        """The one-example gradient step on a copy of the model, which then becomes current."""
        if self.ex is None:
            return
        x, label, caption = self.context.example
        self.input_chosen.emit(x, label, caption)      # hold the example to see the change
        result = one_example_step(self.context.model, x, self.target, self.lr.value())
        self.model_edited.emit(result.net)
        self.last_step = result
        self._show_step_result()
        self.status_message.emit(fmt(self.tr("One-example step: cost {before:.4f} → {after:.4f}"),
                                     before=result.C_before, after=result.C_after))

    def _hold(self):
        if self.context.example is not None:
            self.input_chosen.emit(*self.context.example)

    def _say_nudges(self, kind):
        if kind == class_names.DIGITS:
            tip = self.tr("The nudge each output neuron wants, −∂C/∂a: up for the wanted "
                          "digit, down for the others; for the quadratic cost exactly y − a."
                          "\nClick a neuron to see the three ways to raise it.")
        else:
            tip = self.tr("The nudge each output neuron wants, −∂C/∂a: up for the wanted "
                          "class, down for the others; for the quadratic cost exactly y − a."
                          "\nClick a neuron to see the three ways to raise it.")
        self.nudges.setToolTip(tip)

    def _ensure_buttons(self, k):
        if len(self.wanted.buttons()) == k and self._names(k) == self._shown_names:
            return
        for b in self.wanted.buttons():
            self.wanted.removeButton(b)
            b.deleteLater()
        self._shown_names = self._names(k)
        for i, name in enumerate(self._shown_names):
            b = QToolButton(text=name[:3], checkable=True)
            b.setToolTip(self.tr("Ask the network for {name}: y = 1 for {name}, 0 for the "
                                 "others").format(name=name))
            self.wanted.addButton(b, i)
            self.wanted_row.addWidget(b)

    _shown_names = None

    def _names(self, k):
        classes = class_names.shown_all(self.context.classes)
        return list(classes) if len(classes) == k else [str(i) for i in range(k)]
