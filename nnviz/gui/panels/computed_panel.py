"""A panel whose picture is an expensive computation on the current network, kept up to date.

The landscape and gradient-noise panels take seconds to compute, so they cannot follow every
snapshot while training. `ComputedPanel` (no `key`, so it is never a dock of its own) counts
changes of the model, waits until the parameters have been still for a second (training paused,
stopped or stepped once) and then, if the panel is visible and what it shows is out of date,
calls `start`. Work runs in its `JobBar`; hiding the panel cancels it and the next showing
computes again.
"""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout

from nnviz.gui.i18n import fmt
from nnviz.gui.panels import Panel
from nnviz.gui.views.job_bar import JobBar
from nnviz.gui.widgets.flow import FlowLayout
from nnviz.gui.widgets.reflow import reflow

SETTLE_MS = 1000


class ComputedPanel(Panel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.jobs = JobBar()
        self._version = 0          # bumped on every change of the model or data
        self._computed = None      # the version last computed (or being computed)
        self.settle = QTimer(self, singleShot=True, interval=SETTLE_MS, timeout=self._on_settled)
        # The model may have moved on while the job ran: check again once it is done.
        self.jobs.ended.connect(lambda: self._computed != self._version and self.settle.start())

    def lay_out(self, controls, hint, view):
        """A row of controls (wrapping when narrow), the job bar, a line of text (`hint`, later what the job or
        `ready_to_compute` says) and the picture, `view`, which takes the room left; the
        view's `row` of plots stacks in a dock too narrow for them side by side."""
        self.info = QLabel(hint)
        self.info.setWordWrap(True)
        self.jobs.failed.connect(self.info.setText)
        self.view = view
        row = FlowLayout()      # the controls wrap onto a second line in a narrow dock
        for widget in controls:
            row.addWidget(widget)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(row)
        column.addWidget(self.jobs)
        column.addWidget(self.info)
        column.addWidget(self.view, 1)
        reflow(self, view.row)

    def update_context(self, context, reason):
        if reason in ("model", "architecture", "data"):
            self._version += 1
        super().update_context(context, reason)

    def refresh(self, reason):
        if reason in ("model", "architecture", "data", "shown"):
            self.settle.start()

    def _on_settled(self):
        ctx = self.context
        if self.isVisible() and not self.jobs.busy() and self._computed != self._version \
                and ctx.model is not None and ctx.data is not None:
            self.start()

    def mark_computing(self):
        """Subclasses call this from `start`: the version now on screen (or on its way)."""
        self._computed = self._version

    def start(self):
        raise NotImplementedError

    def ready_to_compute(self, what):
        """True when there is a network and data that fit it; else say why in `self.info`."""
        ctx = self.context
        if ctx.model is None or ctx.data is None:
            self.info.setText(fmt(self.tr("{what} needs a network and training data: load a "
                                          "dataset in the Training panel first."), what=what))
            return False
        if ctx.model.sizes[0] != ctx.data.n_inputs:
            self.info.setText(self.tr("The network and the data do not fit together; press "
                                      "Reset."))
            return False
        return True

    def busy(self):
        return self.jobs.busy() or self.settle.isActive()

    def hideEvent(self, event):
        self.settle.stop()
        if self.jobs.busy():
            self._computed = None  # interrupted: compute again when shown
            self._stale = True
        self.jobs.cancel()
        super().hideEvent(event)


def default_lr(net):
    """The seed's η = 3 for the quadratic cost; cross-entropy's larger gradients want less."""
    return 3.0 if net is None or net.cost == "quadratic" else 0.5


def spin(cls, lo, hi, value, tip, step=None, suffix="", prefix=""):
    box = cls()
    box.setRange(lo, hi)
    box.setValue(value)
    box.setToolTip(tip)
    box.setSuffix(suffix)
    box.setPrefix(prefix)
    if step is not None:
        box.setSingleStep(step)
    return box
