"""The backprop panel's mini-batch page: several examples' wishes side by side, and their average.

One row per example: its image, what it wants from the ten outputs (the nudges, −∂C/∂aᴸ) and
from the last hidden layer (−∂C/∂aᴸ⁻¹); the last row is the average over the whole mini-batch,
which is the step gradient descent takes. After *Step mini-batch* (F10) the page shows exactly
the mini-batch the trainer used, with that mini-batch's cost before and after the step. The
numbers come from `core/lessons/batch_wishes.py`; this widget only lays them out and is fed by
the panel (it never sees the trainer).
"""

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QGridLayout, QLabel, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from nnviz.core.lessons.batch_wishes import batch_wishes, step_costs
from nnviz.gui.views.image_gallery import pixmap
from nnviz.gui.views.signed_bars import SignedBars
from nnviz.gui.widgets.flow import FlowLayout

MAX_ROWS = 10      # examples shown at most (the lessons' mini-batch has 10)
THUMB = 36


class BatchPage(QWidget):
    pick_requested = Signal()          # the user wants a new random mini-batch

    def __init__(self, parent=None):
        super().__init__(parent)
        self.batch_size = 10           # examples per mini-batch `pick` draws (the lessons')
        self._rng = np.random.default_rng(0)
        self.wishes = None             # core BatchWishes of the mini-batch shown
        self.step_result = None        # (C_before, C_after, n) after an F10 step, else None
        self.names = ()                # the output classes as shown; "0", "1", … when unknown
        self.intro = QLabel(wordWrap=True)
        self.intro.setText(self.tr(
            "A training step does not follow one example. Every example of the mini-batch has "
            "its own wishes; gradient descent moves by their <b>average</b> (last row)."))
        self.pick = QPushButton(self.tr("Pick another mini-batch"))
        self.pick.setToolTip(self.tr("Take a random mini-batch from the training set."))
        self.pick.clicked.connect(self.pick_requested)
        self.count = QSpinBox(minimum=1, maximum=MAX_ROWS, value=4)
        self.count.setPrefix(self.tr("show "))
        self.count.setSuffix(self.tr(" examples"))
        self.count.valueChanged.connect(self._fill)
        self.source = QLabel(wordWrap=True)
        self.result = QLabel(wordWrap=True)
        self.result.hide()
        self.trained = QWidget()              # the F10 mini-batch's images, as many a line
        self.trained_row = FlowLayout(self.trained, spacing=2)   # as the dock holds (a strip
        self.trained.hide()                   # of ten was 380 px wide in a 350 px page)
        top = FlowLayout()        # the spin box goes under the button in a narrow dock
        top.addWidget(self.pick)
        top.addWidget(self.count)
        self.grid = QGridLayout()
        self.grid.setVerticalSpacing(2)
        self.grid.addWidget(QLabel(self.tr("<b>image</b>")), 0, 0)
        self.grid.addWidget(QLabel(self.tr("<b>wishes: outputs</b>"), wordWrap=True), 0, 1)
        self.hidden_title = QLabel(wordWrap=True)
        self.grid.addWidget(self.hidden_title, 0, 2)
        self.rows = []
        for r in range(MAX_ROWS + 1):
            image = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
            image.setFixedWidth(THUMB + 22)
            out, hidden = SignedBars(), SignedBars()
            for bars in (out, hidden):
                bars.setMinimumHeight(58)
                bars.setMinimumWidth(60)
                bars.show_numbers = False
            self.grid.addWidget(image, r + 1, 0)
            self.grid.addWidget(out, r + 1, 1)
            self.grid.addWidget(hidden, r + 1, 2)
            self.rows.append((image, out, hidden))
        self.grid.setColumnStretch(1, 10)
        self.grid.setColumnStretch(2, 14)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.intro)
        column.addLayout(top)
        column.addWidget(self.result)
        column.addWidget(self.trained)
        column.addWidget(self.source)
        column.addLayout(self.grid)
        column.addStretch(1)
        self._fill()

    def pick_from(self, net, data):
        """A random mini-batch of data's training set, as the trainer would draw one; False
        when there is no network or data for it."""
        if data is None or net is None or data.n_inputs != net.sizes[0]:
            return False
        rows = self._rng.choice(len(data.train_images), self.batch_size, replace=False)
        self.forget_step()
        self.show_batch(net, data.train_images[rows], data.train_labels[rows],
                        self.tr("A random mini-batch of {n} training examples:").format(n=len(rows)))
        return True

    def follow(self, net, data):
        """The network changed: the same examples' wishes under it (a step on show stays)."""
        if net is None or self.step_result is not None:
            return
        if self.wishes is None or self.xs.shape[1] != net.sizes[0]:
            self.pick_from(net, data)
        else:
            self.show_batch(net, self.xs, self.wishes.targets, self.source.text())

    def show_batch(self, net, xs, targets, caption):
        """Each example's wishes under `net`, and their average."""
        self.net, self.xs = net, np.asarray(xs)
        self.wishes = batch_wishes(net, self.xs, targets)
        self.source.setText(caption)
        self._fill()

    def show_step(self, before, after, xs, targets):
        """An F10 step: its images, its cost before → after, and its wishes (before the step)."""
        c_before, c_after = step_costs(before, after, xs, targets)
        self.step_result = (c_before, c_after, len(xs))
        self.result.setText(self.tr(
            "<b>Step mini-batch</b> trained on these {n} images. Their cost: "
            "<b>{b:.4f} → {a:.4f}</b> ({d:+.1f} %) after one step down the average gradient.")
            .format(n=len(xs), b=c_before, a=c_after, d=100 * (c_after / max(c_before, 1e-12)
                                                                 - 1)))
        self.result.show()
        self._show_images(xs)
        self.trained.show()
        self.show_batch(before, xs, targets, self.tr(
            "What each of them wanted just before the step:"))

    def forget_step(self):
        self.step_result = None
        self.result.hide()
        self.trained.hide()

    def _show_images(self, xs):
        while self.trained_row.count():
            self.trained_row.takeAt(0).widget().deleteLater()
        side = int(round(np.sqrt(xs.shape[1])))
        for x in xs:
            self.trained_row.addWidget(QLabel(pixmap=pixmap(x.reshape(side, side), THUMB)))

    def shown_rows(self):
        """How many example rows are filled (the average row not counted)."""
        return 0 if self.wishes is None else min(self.count.value(), len(self.wishes.targets))

    def _fill(self, *_):
        bw, n = self.wishes, self.shown_rows()
        self.hidden_title.setText(self.tr("<b>last hidden layer</b>"))
        for r, (image, out, hidden) in enumerate(self.rows):
            average = r == MAX_ROWS
            visible = bw is not None and (average or r < n)
            for widget in (image, out, hidden):
                widget.setVisible(visible)
            if not visible:
                continue
            k, m = bw.nudges.shape[1], bw.hidden.shape[1]
            names = self.names if len(self.names) == k else [str(i) for i in range(k)]
            scale_out = float(np.abs(bw.nudges).max()) or 1.0
            scale_hidden = float(np.abs(bw.hidden).max()) or 1.0
            if average:
                nudges, wishes = bw.mean_nudges, bw.mean_hidden
                # the wishes partly cancel: drawn on their own scale, with the factor said
                scale_out = float(np.abs(nudges).max()) or 1.0
                scale_hidden = float(np.abs(wishes).max()) or 1.0
                image.setText(self.tr("<b>average</b><br>of all {n}<br>(×{f:.0f})").format(
                    n=len(bw.targets), f=float(np.abs(bw.nudges).max()) / scale_out))
                image.setToolTip(self.tr(
                    "The mean of every example's wishes: the direction of the step. Drawn "
                    "magnified by the factor shown, since the wishes partly cancel."))
            else:
                side = int(round(np.sqrt(self.xs.shape[1])))
                image.setPixmap(pixmap(self.xs[r].reshape(side, side), THUMB))
                image.setToolTip(self.tr("wants {t}, cost {c:.3f}").format(
                    t=names[bw.targets[r]], c=bw.costs[r]))
                nudges, wishes = bw.nudges[r], bw.hidden[r]
            out.set_bars(nudges, [name[:3] for name in names], scale=scale_out,   # as the buttons
                         selected=None if average else int(bw.targets[r]))
            hidden.set_bars(wishes, [str(i) for i in range(m)], scale=scale_hidden)
