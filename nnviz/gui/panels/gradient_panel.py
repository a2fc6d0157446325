"""Mini-batch versus full gradient: how noisy is SGD's estimate of ∇C, and why use it anyway?

The lessons describe stochastic gradient descent as trading an exact step for a cheap, rough
one. On the network as it is right now, this panel measures the trade: the cosine similarity
and relative error of mini-batch gradients (b = 1, 10, 100, 1000) against the gradient over the
whole training set, and a race of SGD against full-batch gradient descent for the same time
budget from the current parameters. Measuring runs in a background job on a copy of the network
(`nnviz.core.lessons.gradient_noise`); the pictures are in `views/gradient_view.py`.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDoubleSpinBox, QPushButton, QSpinBox

from nnviz.core.lessons.gradient_noise import gradient_noise, race
from nnviz.gui import numbers
from nnviz.gui.i18n import Translated, fmt
from nnviz.gui.panels.computed_panel import ComputedPanel, default_lr, spin
from nnviz.gui.views.gradient_view import GradientView


def measure(net, x, labels, lr, batch_size, seconds, progress=None, cancelled=None):
    """Noise statistics, then the race; progress runs 0–100 for the first, 100–300 the second."""
    gradients = QCoreApplication.translate("GradientPanel", "mini-batch gradients: {what}")
    racing = QCoreApplication.translate("GradientPanel", "racing: {what}")
    noise = gradient_noise(net, x, labels, progress=lambda d, t, text: progress(
        int(100 * d / max(t, 1)), 300, gradients.format(what=text)), cancelled=cancelled)
    sgd, gd = race(net, x, labels, lr, batch_size, seconds, progress=lambda d, t, text: progress(
        100 + d, 300, racing.format(what=text)), cancelled=cancelled)
    return noise, sgd, gd


class GradientPanel(ComputedPanel):
    key = "gradients"
    title = Translated(QT_TRANSLATE_NOOP("GradientPanel", "Mini-batch vs full gradient"))
    area = "bottom"
    order = 40

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result = None
        self.measure_button = QPushButton(self.tr("Measure"))
        self.measure_button.setToolTip(self.tr("Measure on the current parameters (F8)"))
        self.measure_button.setShortcut("F8")
        self.measure_button.clicked.connect(self.start)
        self.lr = spin(QDoubleSpinBox, 0.001, 100.0, 3.0, self.tr(
            "Learning rate η for both racers"), step=0.1, prefix="η = ")
        self.batch = spin(QSpinBox, 1, 10000, 10, self.tr("Mini-batch size of the SGD racer"),
                          prefix=self.tr("SGD batch "))
        self.seconds = spin(QDoubleSpinBox, 0.2, 30.0, 2.0, self.tr(
            "Time each racer may spend stepping"), step=0.5, suffix=self.tr(" s each"))
        self.lay_out((self.measure_button, self.lr, self.batch, self.seconds),
                     self.tr("Measure compares mini-batch gradients with the full gradient, "
                             "then races SGD against full-batch descent."), GradientView())

    def update_context(self, context, reason):
        if reason == "architecture" and context.model is not None:
            self.lr.setValue(default_lr(context.model))
        super().update_context(context, reason)

    def start(self):
        if not self.ready_to_compute(self.tr("This view")):
            return
        ctx = self.context
        net, x, labels = ctx.model.copy(), ctx.data.train_images, ctx.data.train_labels
        lr, b, secs, step = self.lr.value(), self.batch.value(), self.seconds.value(), ctx.step
        self.mark_computing()
        self.jobs.start(lambda progress, cancelled: measure(
            net, x, labels, lr, b, secs, progress, cancelled),
            lambda r: self.show_result(r, step), self.tr("Measuring gradients"))

    def show_result(self, result, step):
        self.result = result
        noise, sgd, gd = result
        self.view.set_noise(noise)
        self.view.set_race(sgd, gd)
        cosines = self.tr("Angle between a mini-batch gradient and ∇C: ") + ", ".join(
            f"b = {r.batch_size}: {numbers.angle(r.cosine)}" for r in noise.rows)
        self.info.setText(
            (fmt(self.tr("After {step:,} mini-batches:"), step=step) + " " if step else "")
            + fmt(self.tr("‖∇C‖ over all {n:,} training images = {norm:.3g}."),
                n=noise.n_examples, norm=noise.full_norm)
            + f" {cosines}. "
            + fmt(self.tr("Race over {seconds:g} s: SGD reached {sgd:.4g}, full batch {gd:.4g}"),
                  seconds=self.seconds.value(), sgd=sgd.costs[-1], gd=gd.costs[-1])
            + (" " + self.tr("(SGD diverged: try a smaller η)") if sgd.diverged else "") + ".")
