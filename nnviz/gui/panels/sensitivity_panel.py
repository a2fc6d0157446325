"""Sensitivity: which weights matter — the size of each component of the gradient, on the live network.

The gradient of the cost averaged over a sample of training examples is computed (a `Job`, off
the GUI thread, at most a few times a second while training runs); the first layer's part is drawn
as a 28×28 picture per neuron, and the whole gradient is ranked: the most and least influential
weights and biases, with "the cost is N times more sensitive to this one than to that one". The
math is `nnviz.core.lessons.sensitivity`; the pictures are `views/gradient_tiles.py`.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QProgressBar,
                               QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from nnviz.core.lessons.sensitivity import ratio, sensitivity
from nnviz.gui import numbers
from nnviz.gui.i18n import Translated, fmt
from nnviz.gui.jobs import Job
from nnviz.gui.panels import Panel
from nnviz.gui.views.gradient_tiles import GradientTiles
from nnviz.gui.widgets.flow import FlowLayout
from nnviz.gui.widgets.reflow import reflow

SAMPLE_SIZES = (10, 100, 1000, 10000)
DEFAULT_SIZE = 1000
RANKED = 8
THROTTLE_MS = 250   # while training, at most ~4 recomputations a second
TABLE_MIN = 260     # px: a parameter's name, its ∂C/∂θ and the ratio without scrolling; two
                    # tables narrower than this side by side go one above the other instead


class SensitivityPanel(Panel):
    key = "sensitivity"
    title = Translated(QT_TRANSLATE_NOOP("SensitivityPanel", "Sensitivity"))
    area = "right"
    order = 11

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result = None         # core.sensitivity.Sensitivity of the latest finished job
        self.job = None
        self._pending = False
        self._seed = 0
        self._timer = QTimer(self, singleShot=True, interval=THROTTLE_MS, timeout=self._start)
        self.size_box = QComboBox()
        for n in SAMPLE_SIZES:
            self.size_box.addItem(fmt(self.tr("{n:,} training examples"), n=n), n)
        self.size_box.setCurrentIndex(SAMPLE_SIZES.index(DEFAULT_SIZE))
        self.size_box.setToolTip(self.tr("∇C is the gradient of the cost averaged over this "
                                         "many examples: 10 is like one mini-batch, larger "
                                         "samples are steadier."))
        self.size_box.currentIndexChanged.connect(lambda _: self.recompute())
        self.resample = QPushButton(self.tr("New sample"))
        self.resample.setToolTip(self.tr("Draw a different random sample of training "
                                         "examples."))
        self.resample.clicked.connect(self.new_sample)
        self.progress = QProgressBar(maximumWidth=120, textVisible=False)
        self.progress.hide()
        self.cost = QLabel()
        self.tiles = GradientTiles()
        self.sentence = QLabel(wordWrap=True)
        self.most = self._table(self.tr("most influential"))
        self.least = self._table(self.tr("least influential"))
        row = FlowLayout()        # wraps in a narrow dock
        row.addWidget(self.size_box)
        row.addWidget(self.resample)
        row.addWidget(self.progress)
        row.addWidget(self.cost)
        self.tables = tables = QWidget()
        col = QVBoxLayout(tables)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.sentence)
        pair = QHBoxLayout()
        pair.addWidget(self.most)
        pair.addWidget(self.least)
        col.addLayout(pair, 1)
        reflow(self, pair)        # one table above the other when they would not fit
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tiles)
        split.addWidget(tables)
        split.setSizes([500, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(split, 1)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit_sentence()

    def _fit_sentence(self):
        """A splitter gives its parts their minimum height, not the height a word-wrapped
        label needs at its width: the sentence lay under the tables in a narrow dock. The
        tables' part asks for the sentence's height at the width it has."""
        layout = self.tables.layout()
        width = self.sentence.width() or self.width()
        need = layout.minimumSize().height() - self.sentence.minimumSizeHint().height() \
            + self.sentence.heightForWidth(width)
        if need != self.tables.minimumHeight():
            self.tables.setMinimumHeight(need)

    @staticmethod
    def _table(title):
        t = QTableWidget(0, 3, minimumWidth=TABLE_MIN)
        t.setHorizontalHeaderLabels([title, "∂C/∂θ", "×"])
        t.verticalHeader().hide()
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        t.setWordWrap(False)
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 6)
        # all RANKED rows without a scroll bar of its own (which also took the names' room);
        # stacked in a narrow dock, the panel scrolls instead
        t.setMinimumHeight(t.horizontalHeader().sizeHint().height()
                           + RANKED * t.verticalHeader().defaultSectionSize() + 2 * t.frameWidth())
        t.setToolTip(QCoreApplication.translate(
            "SensitivityPanel", "× : how many times more sensitive the cost is to the top "
            "parameter than to this one (most influential list), or to this one than to the "
            "least (least influential list)."))
        return t

    # -- computing ------------------------------------------------------------------------------
    def refresh(self, reason):
        if reason == "input":
            return                  # the gradient is over a sample, not the shown example
        if reason == "model" and self.context.training:
            if not self._timer.isActive():
                self._timer.start()
            return
        self.recompute()

    def new_sample(self):
        self._seed += 1
        self.recompute()

    def recompute(self):
        """Start a job for the current model and sample (or queue one after the running job)."""
        self._timer.stop()
        self._start()

    def _start(self):
        net, data = self.context.model, self.context.data
        if net is None or data is None or data.n_inputs != net.sizes[0]:
            self.tiles.shown, self.tiles.message = [], (
                self.tr("No network and matching data yet.") if net is None or data is None
                else self.tr("The network does not take this data."))
            self.tiles.update()
            return
        if self.job is not None:
            self._pending = True
            return
        n = self.size_box.currentData()
        (x, labels), net = data.sample(n, self._seed), net.copy()
        self.job = Job(lambda progress, cancelled: sensitivity(
            net, x, labels, progress=progress, cancelled=cancelled), self)
        self.job.progressed.connect(self._on_progress)
        self.job.succeeded.connect(self.show_result)
        self.job.failed.connect(self.status_message)
        self.job.finished.connect(self._on_finished)
        self.progress.setVisible(n >= 10000)
        self.job.start()

    def _on_progress(self, done, total):
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_finished(self):
        self.job.deleteLater()
        self.job = None
        self.progress.hide()
        if self._pending:
            self._pending = False
            self._start()

    # -- showing --------------------------------------------------------------------------------
    def show_result(self, s):
        if s is None:
            return
        self.result = s
        self.cost.setText(fmt(self.tr("C = {C:.4f} over {n:,} examples"), C=s.C, n=s.n))
        self.tiles.set_gradient(s.nabla_w[0])
        most, least, n_zero = s.ranked(RANKED)
        self._fill(self.most, most, [ratio(most[0], p) for p in most])
        self._fill(self.least, least, [ratio(p, least[0]) for p in least])
        if not most:
            self.sentence.setText(self.tr("The gradient is zero: the cost does not change with "
                                          "any parameter for this sample."))
            return
        median = s.median()
        text = fmt(self.tr(
            "The cost is <b>{vs_median}</b> more sensitive to {top} than to the median "
            "parameter, and {vs_least} more than to {least}."),
            vs_median=numbers.times(most[0].magnitude / median), top=most[0].name(),
            vs_least=numbers.times(ratio(most[0], least[0])), least=least[0].name())
        if n_zero:
            text += " " + fmt(self.tr(
                "{n:,} parameters have ∂C/∂θ = 0 exactly (mostly weights from pixels that are "
                "dark in every example of the sample): the cost ignores them."), n=n_zero)
        self.sentence.setText(text)
        self._fit_sentence()

    @staticmethod
    def _fill(table, params, ratios):
        table.setRowCount(len(params))
        for r, (p, x) in enumerate(zip(params, ratios)):
            for c, (text, value) in enumerate(((p.name(), None), (numbers.signed(p.gradient, 4),
                                               p.gradient), (numbers.times(x), x))):
                item = QTableWidgetItem(text)
                if value is not None:
                    item.setData(Qt.ItemDataRole.UserRole, float(value))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                else:       # a narrow dock elides the name: the whole of it on hover
                    item.setToolTip(text)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def hideEvent(self, event):
        """Hidden (another tab, or the window closing): stop work, and redo it when shown."""
        super().hideEvent(event)
        self._timer.stop()
        if self.job is not None:
            self.job.cancel()
            self.job.wait(5000)     # one chunk at most: ~20 ms for 784-16-16-10
            self._stale = True
